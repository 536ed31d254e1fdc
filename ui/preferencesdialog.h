#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

namespace RecStudio::Ui {

// The application preferences, which today contain the interface language. "System
// default" follows the system locale, or the user picks English, French or German.
// Accepting the dialog stores the choice, and it takes effect at the next start.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // The selected language code, or an empty string for the system default.
    QString selectedLanguage() const;
    void selectLanguage(const QString &code);

    // True when the accepted choice differs from the one stored before the dialog opened.
    bool languageChanged() const { return m_languageChanged; }

    void accept() override;

private:
    void updateRestartNote();

    QComboBox *m_languageCombo = nullptr;
    QLabel *m_restartNote = nullptr;
    QString m_initialLanguage;
    bool m_languageChanged = false;
};

} // namespace RecStudio::Ui
