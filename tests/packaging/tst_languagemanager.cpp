#include "languagemanager.h"
#include "preferencesdialog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using RecStudio::Ui::LanguageManager;
using RecStudio::Ui::PreferencesDialog;

// Loads the real .qm files of the build tree and Qt's own catalogs, and checks what the
// user sees: translated strings of this app and of Qt, the stored language choice, and
// the fallback to English when a catalog is missing.
class TestLanguageManager : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void resolveLanguage_picksAvailable_data();
    void resolveLanguage_picksAvailable();
    void installLanguage_translatesAppAndQt_data();
    void installLanguage_translatesAppAndQt();
    void installLanguage_englishRemovesCatalogs();
    void installLanguage_missingCatalogKeepsEnglish();
    void storedChoice_roundTrips();
    void storedChoice_ignoresUnknownCode();
    void installFromSettings_usesStoredChoice();
    void preferencesDialog_storesChoiceOnAccept();
    void preferencesDialog_cancelKeepsChoice();
    void preferencesDialog_showsTranslatedTexts();

private:
    static QString appText(const char *source)
    {
        return QCoreApplication::translate("RecStudio::Ui::PreferencesDialog", source);
    }
    static QString qtText(const char *source)
    {
        return QCoreApplication::translate("QPlatformTheme", source);
    }
};

void TestLanguageManager::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RecommenderStudioTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_languagemanager"));
}

void TestLanguageManager::init()
{
    QSettings().clear();
}

void TestLanguageManager::cleanup()
{
    QSettings().clear();
    QLocale::setDefault(QLocale::system());
}

void TestLanguageManager::resolveLanguage_picksAvailable_data()
{
    QTest::addColumn<QString>("choice");
    QTest::addColumn<QString>("systemLocale");
    QTest::addColumn<QString>("expected");

    QTest::newRow("system French") << QString() << QStringLiteral("fr_FR") << QStringLiteral("fr");
    QTest::newRow("system Swiss German")
        << QString() << QStringLiteral("de_CH") << QStringLiteral("de");
    QTest::newRow("system Canadian French")
        << QString() << QStringLiteral("fr_CA") << QStringLiteral("fr");
    QTest::newRow("system English") << QString() << QStringLiteral("en_GB") << QStringLiteral("en");
    QTest::newRow("system Spanish falls back")
        << QString() << QStringLiteral("es_ES") << QStringLiteral("en");
    QTest::newRow("system C locale") << QString() << QStringLiteral("C") << QStringLiteral("en");
    QTest::newRow("choice beats system")
        << QStringLiteral("de") << QStringLiteral("fr_FR") << QStringLiteral("de");
    QTest::newRow("English beats system")
        << QStringLiteral("en") << QStringLiteral("de_DE") << QStringLiteral("en");
    QTest::newRow("unknown choice uses system")
        << QStringLiteral("xx") << QStringLiteral("fr_FR") << QStringLiteral("fr");
}

void TestLanguageManager::resolveLanguage_picksAvailable()
{
    QFETCH(QString, choice);
    QFETCH(QString, systemLocale);
    QFETCH(QString, expected);

    QCOMPARE(LanguageManager::resolveLanguage(choice, QLocale(systemLocale)), expected);
}

void TestLanguageManager::installLanguage_translatesAppAndQt_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("preferences");
    QTest::addColumn<QString>("cancel");

    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Préférences")
                        << QStringLiteral("Annuler");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Einstellungen")
                        << QStringLiteral("Abbrechen");
}

void TestLanguageManager::installLanguage_translatesAppAndQt()
{
    QFETCH(QString, code);
    QFETCH(QString, preferences);
    QFETCH(QString, cancel);

    LanguageManager manager(QStringLiteral(RECSTUDIO_BUILD_QM_DIR));
    QVERIFY(manager.installLanguage(code));
    QCOMPARE(manager.currentLanguage(), code);
    QCOMPARE(appText("Preferences"), preferences);
    QCOMPARE(qtText("Cancel"), cancel);
}

void TestLanguageManager::installLanguage_englishRemovesCatalogs()
{
    LanguageManager manager(QStringLiteral(RECSTUDIO_BUILD_QM_DIR));
    QVERIFY(manager.installLanguage(QStringLiteral("de")));
    QCOMPARE(appText("Preferences"), QStringLiteral("Einstellungen"));

    QVERIFY(manager.installLanguage(QStringLiteral("en")));
    QCOMPARE(manager.currentLanguage(), QStringLiteral("en"));
    QCOMPARE(appText("Preferences"), QStringLiteral("Preferences"));
    QCOMPARE(qtText("Cancel"), QStringLiteral("Cancel"));
}

void TestLanguageManager::installLanguage_missingCatalogKeepsEnglish()
{
    QTemporaryDir emptyDir;
    QVERIFY(emptyDir.isValid());
    LanguageManager manager(emptyDir.path());

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("recstudio_fr")));
    QVERIFY(!manager.installLanguage(QStringLiteral("fr")));
    QCOMPARE(manager.currentLanguage(), QStringLiteral("en"));
    QCOMPARE(appText("Preferences"), QStringLiteral("Preferences"));
}

void TestLanguageManager::storedChoice_roundTrips()
{
    QCOMPARE(LanguageManager::storedChoice(), QString());

    LanguageManager::storeChoice(QStringLiteral("fr"));
    QCOMPARE(LanguageManager::storedChoice(), QStringLiteral("fr"));

    LanguageManager::storeChoice(QString());
    QCOMPARE(LanguageManager::storedChoice(), QString());
}

void TestLanguageManager::storedChoice_ignoresUnknownCode()
{
    QSettings().setValue(QStringLiteral("interface/language"), QStringLiteral("tlh"));

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("tlh")));
    QCOMPARE(LanguageManager::storedChoice(), QString());
}

void TestLanguageManager::installFromSettings_usesStoredChoice()
{
    LanguageManager::storeChoice(QStringLiteral("de"));
    LanguageManager manager(QStringLiteral(RECSTUDIO_BUILD_QM_DIR));
    manager.installFromSettings();

    QCOMPARE(manager.currentLanguage(), QStringLiteral("de"));
    QCOMPARE(appText("Preferences"), QStringLiteral("Einstellungen"));
    if (QLocale::system().language() != QLocale::German)
        QCOMPARE(QLocale().language(), QLocale::German);
}

void TestLanguageManager::preferencesDialog_storesChoiceOnAccept()
{
    PreferencesDialog dialog;
    QCOMPARE(dialog.selectedLanguage(), QString());

    dialog.selectLanguage(QStringLiteral("fr"));
    QCOMPARE(dialog.selectedLanguage(), QStringLiteral("fr"));
    dialog.accept();

    QVERIFY(dialog.languageChanged());
    QCOMPARE(LanguageManager::storedChoice(), QStringLiteral("fr"));

    // Reopening shows the stored choice, and accepting it unchanged reports no change.
    PreferencesDialog reopened;
    QCOMPARE(reopened.selectedLanguage(), QStringLiteral("fr"));
    reopened.accept();
    QVERIFY(!reopened.languageChanged());
}

void TestLanguageManager::preferencesDialog_cancelKeepsChoice()
{
    LanguageManager::storeChoice(QStringLiteral("de"));
    PreferencesDialog dialog;
    dialog.selectLanguage(QStringLiteral("en"));
    dialog.reject();

    QVERIFY(!dialog.languageChanged());
    QCOMPARE(LanguageManager::storedChoice(), QStringLiteral("de"));
}

void TestLanguageManager::preferencesDialog_showsTranslatedTexts()
{
    LanguageManager manager(QStringLiteral(RECSTUDIO_BUILD_QM_DIR));
    QVERIFY(manager.installLanguage(QStringLiteral("fr")));

    PreferencesDialog dialog;
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Préférences"));
    const auto *combo = dialog.findChild<QComboBox *>();
    QVERIFY(combo);
    QCOMPARE(combo->count(), 4);
    QVERIFY2(combo->itemText(0).startsWith(QStringLiteral("Langue du système")),
             qPrintable(combo->itemText(0)));
    QCOMPARE(combo->itemText(1), QStringLiteral("English"));
    QCOMPARE(combo->itemText(2), QStringLiteral("Français"));
    QCOMPARE(combo->itemText(3), QStringLiteral("Deutsch"));
}

QTEST_MAIN(TestLanguageManager)
#include "tst_languagemanager.moc"
