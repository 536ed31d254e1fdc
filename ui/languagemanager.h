#pragma once

#include <QList>
#include <QLocale>
#include <QString>

#include <memory>

class QTranslator;

namespace RecStudio::Ui {

// Installs the translators of the user interface: the application's own catalog
// (recstudio_<lang>.qm) and Qt's qtbase catalog for the same language. Create one
// at startup, after the QCoreApplication and before the first widget, and keep it
// alive as long as the application runs. The language follows the system locale
// unless the user chose one in the preferences. A new choice takes effect at the
// next start, because the widgets set their texts when they are built.
class LanguageManager final
{
public:
    struct Language
    {
        QString code;       // ISO 639 code, as in the .qm file names
        QString nativeName; // the name of the language in that language
    };

    // The language of the source strings, "en", which needs no catalog.
    static QString sourceLanguage();

    explicit LanguageManager(QString translationsDirectory = defaultTranslationsDirectory());
    ~LanguageManager();

    LanguageManager(const LanguageManager &) = delete;
    LanguageManager &operator=(const LanguageManager &) = delete;

    // The folder of the installed .qm files: share/recstudio/translations next to the
    // bin folder of the running executable. The build tree uses the same layout.
    static QString defaultTranslationsDirectory();

    // English, French and German, in that order.
    static QList<Language> availableLanguages();

    // The language stored in the settings: a code of availableLanguages(), or an empty
    // string to follow the system locale.
    static QString storedChoice();
    static void storeChoice(const QString &code);

    // Resolves a choice (a language code, or empty for the system locale) to the code
    // of an available language. The system's preferred UI languages are tried in
    // order, and English is used when none of them is available.
    static QString resolveLanguage(const QString &choice, const QLocale &systemLocale);

    // Installs the catalogs for the stored choice and sets the default QLocale.
    void installFromSettings();

    // Replaces the installed catalogs with those of `code`, which must be one of
    // availableLanguages(). Returns false, logs a warning and keeps the English source
    // strings when the application catalog cannot be loaded. A missing qtbase catalog
    // only logs a warning, because Qt's own texts then stay in English.
    bool installLanguage(const QString &code);

    // The code of the language whose catalogs are installed, "en" before any install.
    QString currentLanguage() const { return m_currentLanguage; }

    QString translationsDirectory() const { return m_translationsDirectory; }

private:
    void removeTranslators();

    QString m_translationsDirectory;
    QString m_currentLanguage;
    std::unique_ptr<QTranslator> m_applicationTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
};

} // namespace RecStudio::Ui
