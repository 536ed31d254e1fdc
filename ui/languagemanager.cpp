#include "languagemanager.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QSettings>
#include <QTranslator>

#include <algorithm>

#ifndef RECSTUDIO_TRANSLATIONS_RELATIVE_DIR
#error "RECSTUDIO_TRANSLATIONS_RELATIVE_DIR must name the .qm folder relative to the bin folder"
#endif

namespace RecStudio::Ui {

namespace {

Q_LOGGING_CATEGORY(lcLanguage, "recstudio.ui.languagemanager", QtWarningMsg)

const char settingsKey[] = "interface/language";

bool isAvailable(const QString &code)
{
    const QList<LanguageManager::Language> languages = LanguageManager::availableLanguages();
    return std::any_of(languages.cbegin(), languages.cend(),
                       [&code](const LanguageManager::Language &language) {
                           return language.code == code;
                       });
}

// The language part of a BCP 47 tag such as "de-CH" or "fr".
QString languagePart(const QString &tag)
{
    return tag.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
}

} // namespace

LanguageManager::LanguageManager(QString translationsDirectory)
    : m_translationsDirectory(std::move(translationsDirectory))
    , m_currentLanguage(sourceLanguage())
{}

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

QString LanguageManager::sourceLanguage()
{
    return QStringLiteral("en");
}

QString LanguageManager::defaultTranslationsDirectory()
{
    const QDir binDir(QCoreApplication::applicationDirPath());
    return QDir::cleanPath(binDir.filePath(QStringLiteral(RECSTUDIO_TRANSLATIONS_RELATIVE_DIR)));
}

QList<LanguageManager::Language> LanguageManager::availableLanguages()
{
    // Native names are deliberately not translated: a user who cannot read the current
    // language must still find their own.
    return {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
    };
}

QString LanguageManager::storedChoice()
{
    const QString stored = QSettings().value(QLatin1String(settingsKey)).toString();
    if (!stored.isEmpty() && !isAvailable(stored)) {
        qCWarning(lcLanguage) << "Ignoring the unknown language" << stored << "in the settings";
        return {};
    }
    return stored;
}

void LanguageManager::storeChoice(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(QLatin1String(settingsKey));
    else
        settings.setValue(QLatin1String(settingsKey), code);
}

QString LanguageManager::resolveLanguage(const QString &choice, const QLocale &systemLocale)
{
    if (!choice.isEmpty() && isAvailable(choice))
        return choice;

    // uiLanguages() lists the user's preferences in order (LANGUAGE, then LC_MESSAGES or
    // LANG on Unix), so the first available one wins, and English among them stops the
    // search even when a later entry has a catalog.
    const QStringList preferred = systemLocale.uiLanguages();
    for (const QString &tag : preferred) {
        const QString code = languagePart(tag);
        if (isAvailable(code))
            return code;
    }
    return sourceLanguage();
}

void LanguageManager::installFromSettings()
{
    const QString choice = storedChoice();
    const QLocale systemLocale = QLocale::system();
    installLanguage(resolveLanguage(choice, systemLocale));

    // Numbers and dates keep the system formats unless the user chose a language that
    // the system locale does not speak: a Swiss user keeps Swiss formats in German, and
    // a French user who chose English gets English formats.
    if (!choice.isEmpty() && languagePart(systemLocale.name()) != m_currentLanguage)
        QLocale::setDefault(QLocale(m_currentLanguage));
}

bool LanguageManager::installLanguage(const QString &code)
{
    removeTranslators();
    m_currentLanguage = sourceLanguage();
    if (code == sourceLanguage())
        return true;
    if (!isAvailable(code)) {
        qCWarning(lcLanguage) << "No translation exists for the language" << code;
        return false;
    }

    auto applicationTranslator = std::make_unique<QTranslator>();
    const QString catalog = QStringLiteral("recstudio_") + code;
    if (!applicationTranslator->load(catalog, m_translationsDirectory)) {
        qCWarning(lcLanguage) << "Cannot load the translation" << catalog << "from"
                              << m_translationsDirectory << "; the interface stays in English";
        return false;
    }
    QCoreApplication::installTranslator(applicationTranslator.get());
    m_applicationTranslator = std::move(applicationTranslator);
    m_currentLanguage = code;

    auto qtTranslator = std::make_unique<QTranslator>();
    const QString qtDirectory = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (qtTranslator->load(QStringLiteral("qtbase_") + code, qtDirectory)) {
        QCoreApplication::installTranslator(qtTranslator.get());
        m_qtTranslator = std::move(qtTranslator);
    } else {
        qCWarning(lcLanguage) << "Cannot load Qt's own translation of" << code << "from"
                              << qtDirectory << "; standard buttons and dialogs stay in English";
    }
    return true;
}

void LanguageManager::removeTranslators()
{
    if (m_applicationTranslator)
        QCoreApplication::removeTranslator(m_applicationTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    m_applicationTranslator.reset();
    m_qtTranslator.reset();
}

} // namespace RecStudio::Ui
