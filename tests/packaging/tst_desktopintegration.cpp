#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

// Validates the desktop entry and the AppStream metainfo with the reference tools of
// freedesktop.org and AppStream, and checks that both name the same application, icon and
// version as the build.
class TestDesktopIntegration : public QObject
{
    Q_OBJECT

private slots:
    void desktopFile_passesValidator();
    void desktopFile_namesAppAndIcon();
    void metainfo_passesValidator();
    void metainfo_matchesDesktopFileAndVersion();

private:
    static QString runTool(const QString &tool, const QStringList &arguments, int *exitCode);
    static QString readFile(const QString &path);
};

QString TestDesktopIntegration::runTool(const QString &tool, const QStringList &arguments,
                                        int *exitCode)
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty()) {
        *exitCode = -1;
        return QStringLiteral("%1 not found; run packaging/install-deps.sh").arg(tool);
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(60000)) {
        *exitCode = -1;
        return QStringLiteral("%1 did not finish: %2").arg(tool, process.errorString());
    }
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAll());
}

QString TestDesktopIntegration::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void TestDesktopIntegration::desktopFile_passesValidator()
{
    int exitCode = 0;
    const QString output = runTool(QStringLiteral("desktop-file-validate"),
                                   {QStringLiteral(RECSTUDIO_DESKTOP_FILE)}, &exitCode);
    QVERIFY2(exitCode == 0, qPrintable(output));
    // The validator exits with 0 on warnings and hints too, and the file should have none.
    QVERIFY2(output.trimmed().isEmpty(), qPrintable(output));
}

void TestDesktopIntegration::desktopFile_namesAppAndIcon()
{
    const QString path = QStringLiteral(RECSTUDIO_DESKTOP_FILE);
    QCOMPARE(QFileInfo(path).fileName(), QStringLiteral(RECSTUDIO_APP_ID ".desktop"));

    const QString text = readFile(path);
    QVERIFY(!text.isEmpty());
    QVERIFY2(text.contains(QStringLiteral("\nExec=recstudio %f\n")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("\nIcon=" RECSTUDIO_APP_ID "\n")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("\nName=Recommender Studio\n")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("\nComment[fr]=")), "French comment missing");
    QVERIFY2(text.contains(QStringLiteral("\nComment[de]=")), "German comment missing");
}

void TestDesktopIntegration::metainfo_passesValidator()
{
    int exitCode = 0;
    const QString output = runTool(QStringLiteral("appstreamcli"),
                                   {QStringLiteral("validate"), QStringLiteral("--no-net"),
                                    QStringLiteral(RECSTUDIO_METAINFO_FILE)},
                                   &exitCode);
    QVERIFY2(exitCode == 0, qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("Validation was successful")), qPrintable(output));
    // Errors (E:) and warnings (W:) fail validation, and info (I:) lines are worth fixing.
    const QRegularExpression issue(QStringLiteral("^[EWI]: "),
                                   QRegularExpression::MultilineOption);
    QVERIFY2(!issue.match(output).hasMatch(), qPrintable(output));
}

void TestDesktopIntegration::metainfo_matchesDesktopFileAndVersion()
{
    const QString text = readFile(QStringLiteral(RECSTUDIO_METAINFO_FILE));
    QVERIFY(!text.isEmpty());
    QVERIFY(text.contains(QStringLiteral("<id>" RECSTUDIO_APP_ID "</id>")));
    QVERIFY(text.contains(QStringLiteral(
        "<launchable type=\"desktop-id\">" RECSTUDIO_APP_ID ".desktop</launchable>")));
    QVERIFY(text.contains(QStringLiteral("<icon type=\"stock\">" RECSTUDIO_APP_ID "</icon>")));
    QVERIFY2(text.contains(QStringLiteral("<release version=\"" RECSTUDIO_PROJECT_VERSION "\"")),
             "the metainfo release does not name the project version");
}

QTEST_GUILESS_MAIN(TestDesktopIntegration)
#include "tst_desktopintegration.moc"
