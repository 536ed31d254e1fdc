#include "preferencesdialog.h"

#include "languagemanager.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace RecStudio::Ui {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_languageCombo(new QComboBox(this))
    , m_restartNote(new QLabel(this))
    , m_initialLanguage(LanguageManager::storedChoice())
{
    setWindowTitle(tr("Preferences"));

    const QString systemLanguage = LanguageManager::resolveLanguage({}, QLocale::system());
    const QList<LanguageManager::Language> languages = LanguageManager::availableLanguages();
    QString systemLanguageName = systemLanguage;
    for (const LanguageManager::Language &language : languages) {
        if (language.code == systemLanguage)
            systemLanguageName = language.nativeName;
    }
    //: %1 is the native name of the language the system locale selects, e.g. "Deutsch"
    m_languageCombo->addItem(tr("System default (%1)").arg(systemLanguageName), QString());
    for (const LanguageManager::Language &language : languages)
        m_languageCombo->addItem(language.nativeName, language.code);
    m_languageCombo->setToolTip(tr("The language of menus, dialogs and messages."));
    selectLanguage(m_initialLanguage);

    m_restartNote->setText(
        tr("The new language takes effect the next time you start Recommender Studio."));
    m_restartNote->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_languageCombo);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_restartNote);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_languageCombo, &QComboBox::currentIndexChanged, this,
            &PreferencesDialog::updateRestartNote);
    updateRestartNote();
}

QString PreferencesDialog::selectedLanguage() const
{
    return m_languageCombo->currentData().toString();
}

void PreferencesDialog::selectLanguage(const QString &code)
{
    const int index = m_languageCombo->findData(code);
    m_languageCombo->setCurrentIndex(index >= 0 ? index : 0);
}

void PreferencesDialog::accept()
{
    const QString language = selectedLanguage();
    m_languageChanged = language != m_initialLanguage;
    if (m_languageChanged)
        LanguageManager::storeChoice(language);
    QDialog::accept();
}

void PreferencesDialog::updateRestartNote()
{
    m_restartNote->setVisible(selectedLanguage() != m_initialLanguage);
}

} // namespace RecStudio::Ui
