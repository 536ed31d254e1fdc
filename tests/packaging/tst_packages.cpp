#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Builds the Debian package and the tarball with cpack and unpacks the .deb with dpkg-deb
// into a temporary root. Checks that every file lands where a desktop expects it and that
// the package declares its runtime dependencies. The unpacked binaries must run and find
// their translations.

namespace {

struct ProcessResult
{
    int exitCode = -1;
    QString output; // standard output and error, merged
};

ProcessResult run(const QString &program, const QStringList &arguments,
                  const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
                  int timeoutMs = 60000)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    ProcessResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.output = QStringLiteral("%1 did not finish: %2").arg(program, process.errorString());
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.output = QString::fromUtf8(process.readAll());
    return result;
}

// Width and height from the IHDR chunk of a PNG file, or (0, 0) when it is not a PNG.
QSize pngSize(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray header = file.read(24);
    if (header.size() < 24 || !header.startsWith("\x89PNG\r\n\x1a\n") || header.mid(12, 4) != "IHDR")
        return {};
    const auto bigEndian = [&header](int offset) {
        int value = 0;
        for (int i = 0; i < 4; ++i)
            value = (value << 8) | static_cast<unsigned char>(header.at(offset + i));
        return value;
    };
    return {bigEndian(16), bigEndian(20)};
}

QString appId()
{
    return QStringLiteral(RECSTUDIO_APP_ID);
}

QStringList iconSizes()
{
    return QStringLiteral(RECSTUDIO_ICON_SIZES).split(QLatin1Char('|'));
}

// The files every package must contain, relative to the installation prefix.
QStringList expectedFiles()
{
    QStringList files = {
        QStringLiteral("bin/recstudio"),
        QStringLiteral("bin/recstudio-cli"),
        QStringLiteral(RECSTUDIO_TRANSLATIONS_INSTALL_DIR "/recstudio_fr.qm"),
        QStringLiteral(RECSTUDIO_TRANSLATIONS_INSTALL_DIR "/recstudio_de.qm"),
        QStringLiteral("share/applications/") + appId() + QStringLiteral(".desktop"),
        QStringLiteral("share/metainfo/") + appId() + QStringLiteral(".metainfo.xml"),
        QStringLiteral("share/icons/hicolor/scalable/apps/") + appId() + QStringLiteral(".svg"),
    };
    for (const QString &size : iconSizes())
        files.append(QStringLiteral("share/icons/hicolor/%1x%1/apps/").arg(size) + appId()
                     + QStringLiteral(".png"));
    return files;
}

} // namespace

class TestPackages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void deb_installsFilesInPlace();
    void deb_iconsHaveTheirSize();
    void deb_declaresRuntimeDependencies();
    void deb_binariesPrintVersion();
    void deb_binaryFindsTranslations_data();
    void deb_binaryFindsTranslations();
    void tarball_containsSameFiles();

private:
    QString findOutput(const QString &pattern) const;

    QTemporaryDir m_dir;
    QString m_deb;
    QString m_tarball;
    QString m_root; // the .deb unpacked
};

QString TestPackages::findOutput(const QString &pattern) const
{
    const QStringList found = QDir(m_dir.filePath(QStringLiteral("packages")))
                                  .entryList({pattern}, QDir::Files);
    return found.size() == 1 ? m_dir.filePath(QStringLiteral("packages/") + found.constFirst())
                             : QString();
}

void TestPackages::initTestCase()
{
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));

    // cpack installs what the build folder contains into its own staging folder, so every
    // target must be built first.
    const ProcessResult cpack = run(QStringLiteral(RECSTUDIO_CPACK_EXECUTABLE),
                                    {QStringLiteral("--config"),
                                     QStringLiteral(RECSTUDIO_CPACK_CONFIG),
                                     QStringLiteral("-G"), QStringLiteral("DEB;TGZ"),
                                     QStringLiteral("-B"), m_dir.filePath(QStringLiteral("packages"))},
                                    QProcessEnvironment::systemEnvironment(), 480000);
    QVERIFY2(cpack.exitCode == 0, qPrintable(cpack.output));

    m_deb = findOutput(QStringLiteral("recstudio_" RECSTUDIO_PROJECT_VERSION "_*.deb"));
    QVERIFY2(!m_deb.isEmpty(), qPrintable(QStringLiteral("no .deb in cpack's output:\n")
                                          + cpack.output));
    m_tarball = findOutput(QStringLiteral("recstudio-" RECSTUDIO_PROJECT_VERSION "-*.tar.gz"));
    QVERIFY2(!m_tarball.isEmpty(), qPrintable(QStringLiteral("no tarball in cpack's output:\n")
                                              + cpack.output));

    m_root = m_dir.filePath(QStringLiteral("root"));
    const ProcessResult extract = run(QStringLiteral("dpkg-deb"),
                                      {QStringLiteral("-x"), m_deb, m_root});
    QVERIFY2(extract.exitCode == 0, qPrintable(extract.output));
}

void TestPackages::deb_installsFilesInPlace()
{
    const QDir usr(m_root + QStringLiteral("/usr"));
    for (const QString &file : expectedFiles()) {
        const QFileInfo info(usr.filePath(file));
        QVERIFY2(info.isFile(), qPrintable(QStringLiteral("missing /usr/") + file));
        QVERIFY2(info.size() > 0, qPrintable(QStringLiteral("empty /usr/") + file));
    }
    QVERIFY(QFileInfo(usr.filePath(QStringLiteral("bin/recstudio"))).isExecutable());
    QVERIFY(QFileInfo(usr.filePath(QStringLiteral("bin/recstudio-cli"))).isExecutable());

    // Nothing outside /usr, and no build or test artefact inside it.
    const QStringList topLevel = QDir(m_root).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    QCOMPARE(topLevel, QStringList{QStringLiteral("usr")});
    QStringList unexpected;
    const QStringList expected = expectedFiles();
    QDirIterator it(usr.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString relative = usr.relativeFilePath(it.next());
        if (!expected.contains(relative) && !relative.startsWith(QLatin1String("share/doc/")))
            unexpected.append(relative);
    }
    QVERIFY2(unexpected.isEmpty(), qPrintable(QStringLiteral("unexpected files: ")
                                              + unexpected.join(QStringLiteral(", "))));
}

void TestPackages::deb_iconsHaveTheirSize()
{
    for (const QString &size : iconSizes()) {
        const QString path = m_root
                             + QStringLiteral("/usr/share/icons/hicolor/%1x%1/apps/").arg(size)
                             + appId() + QStringLiteral(".png");
        const int pixels = size.toInt();
        QCOMPARE(pngSize(path), QSize(pixels, pixels));
    }
}

void TestPackages::deb_declaresRuntimeDependencies()
{
    const ProcessResult fields = run(QStringLiteral("dpkg-deb"),
                                     {QStringLiteral("-f"), m_deb, QStringLiteral("Package"),
                                      QStringLiteral("Version"), QStringLiteral("Depends"),
                                      QStringLiteral("Recommends")});
    QVERIFY2(fields.exitCode == 0, qPrintable(fields.output));
    QVERIFY2(fields.output.contains(QStringLiteral("Package: recstudio\n")),
             qPrintable(fields.output));
    QVERIFY2(fields.output.contains(QStringLiteral("Version: " RECSTUDIO_PROJECT_VERSION "\n")),
             qPrintable(fields.output));

    // dpkg-shlibdeps derives the libraries. The SVG icon engine is a plugin, so it is
    // listed by hand. Eigen and nlohmann-json are header-only and must not appear.
    for (const char *package : {"libqt6core6", "libqt6gui6", "libqt6widgets6", "libqt6network6",
                                "libqt6charts6", "libqt6keychain1", "libqt6svg6", "libstdc++6"}) {
        QVERIFY2(fields.output.contains(QLatin1String(package)),
                 qPrintable(QStringLiteral("Depends lacks %1:\n%2")
                                .arg(QLatin1String(package), fields.output)));
    }
    QVERIFY2(!fields.output.contains(QLatin1String("eigen")), qPrintable(fields.output));
    QVERIFY2(!fields.output.contains(QLatin1String("nlohmann")), qPrintable(fields.output));
    QVERIFY2(!fields.output.contains(QLatin1String("-dev")), qPrintable(fields.output));
    // Qt's own catalogs translate the standard buttons and dialogs.
    QVERIFY2(fields.output.contains(QStringLiteral("Recommends: qt6-translations-l10n")),
             qPrintable(fields.output));
}

void TestPackages::deb_binariesPrintVersion()
{
    const ProcessResult gui = run(m_root + QStringLiteral("/usr/bin/recstudio"),
                                  {QStringLiteral("--version")});
    QCOMPARE(gui.exitCode, 0);
    QCOMPARE(gui.output.trimmed(), QStringLiteral("Recommender Studio " RECSTUDIO_PROJECT_VERSION));

    const ProcessResult cli = run(m_root + QStringLiteral("/usr/bin/recstudio-cli"),
                                  {QStringLiteral("--version")});
    QCOMPARE(cli.exitCode, 0);
    QCOMPARE(cli.output.trimmed(), QStringLiteral("recstudio-cli " RECSTUDIO_PROJECT_VERSION));
}

void TestPackages::deb_binaryFindsTranslations_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("appText");
    QTest::addColumn<QString>("qtText");

    // The description comes from recstudio_<lang>.qm, the option help from Qt's catalog.
    QTest::newRow("fr") << QStringLiteral("fr_FR.UTF-8") << QStringLiteral("filtrage collaboratif")
                        << QStringLiteral("Utilisation");
    QTest::newRow("de") << QStringLiteral("de_DE.UTF-8") << QStringLiteral("kollaborativem Filtern")
                        << QStringLiteral("Zeigt Hilfe");
}

void TestPackages::deb_binaryFindsTranslations()
{
    QFETCH(QString, locale);
    QFETCH(QString, appText);
    QFETCH(QString, qtText);

    QTemporaryDir config;
    QVERIFY(config.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), locale);
    environment.insert(QStringLiteral("LANGUAGE"), locale.left(2));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path()); // no stored choice

    const ProcessResult help = run(m_root + QStringLiteral("/usr/bin/recstudio"),
                                   {QStringLiteral("--help")}, environment);
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.output.contains(appText), qPrintable(help.output));
    QVERIFY2(help.output.contains(qtText), qPrintable(help.output));
}

void TestPackages::tarball_containsSameFiles()
{
    const ProcessResult listing = run(QStringLiteral("tar"), {QStringLiteral("-tzf"), m_tarball});
    QVERIFY2(listing.exitCode == 0, qPrintable(listing.output));

    const QString topFolder = QFileInfo(m_tarball).fileName().chopped(int(qstrlen(".tar.gz")));
    const QStringList entries = listing.output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &file : expectedFiles()) {
        const QString entry = topFolder + QLatin1Char('/') + file;
        QVERIFY2(entries.contains(entry), qPrintable(QStringLiteral("tarball lacks ") + entry));
    }
}

QTEST_GUILESS_MAIN(TestPackages)
#include "tst_packages.moc"
