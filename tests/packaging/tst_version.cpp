#include <QProcess>
#include <QTest>

// Runs both executables with --version and checks that they print the version that
// CMake's project() declares, so a release never ships a stale number.
class TestVersion : public QObject
{
    Q_OBJECT

private slots:
    void version_printsProjectVersion_data();
    void version_printsProjectVersion();
};

void TestVersion::version_printsProjectVersion_data()
{
    QTest::addColumn<QString>("executable");
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("expected");

    const QString version = QStringLiteral(RECSTUDIO_PROJECT_VERSION);
    const QString cli = QStringLiteral(RECSTUDIO_CLI_EXECUTABLE);
    QTest::newRow("cli --version") << cli << QStringLiteral("--version")
                                   << QStringLiteral("recstudio-cli ") + version;
    QTest::newRow("cli -v") << cli << QStringLiteral("-v")
                            << QStringLiteral("recstudio-cli ") + version;
#ifdef RECSTUDIO_GUI_EXECUTABLE
    const QString gui = QStringLiteral(RECSTUDIO_GUI_EXECUTABLE);
    // QCommandLineParser prints the application name, which names the settings too.
    QTest::newRow("gui --version") << gui << QStringLiteral("--version")
                                   << QStringLiteral("Recommender Studio ") + version;
    QTest::newRow("gui -v") << gui << QStringLiteral("-v")
                            << QStringLiteral("Recommender Studio ") + version;
#endif
}

void TestVersion::version_printsProjectVersion()
{
    QFETCH(QString, executable);
    QFETCH(QString, argument);
    QFETCH(QString, expected);

    QProcess process;
    // No display: --version must not need one, so the GUI may not open a window.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(environment);
    process.start(executable, {argument});
    QVERIFY2(process.waitForFinished(30000), qPrintable(process.errorString()));

    const QString output = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(output, expected);
    QCOMPARE(QString::fromUtf8(process.readAllStandardError()), QString());
}

QTEST_GUILESS_MAIN(TestVersion)
#include "tst_version.moc"
