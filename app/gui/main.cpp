#include "screenshotrunner.h"

#include <languagemanager.h>
#include <mainwindow.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>

#include <cstring>
#include <memory>

namespace {

// True when the command line requests only the help or the version text.
bool requestsInformationOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"-h", "-?", "--help", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    // --help and --version print and quit inside parser.process(). A QApplication would
    // need a display first, so they get a QCoreApplication and work over ssh or in a test.
    const std::unique_ptr<QCoreApplication> app
        = requestsInformationOnly(argc, argv)
              ? std::make_unique<QCoreApplication>(argc, argv)
              : std::make_unique<QApplication>(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Recommender Studio"));
    QApplication::setOrganizationName(QStringLiteral("RecommenderStudio"));
    QApplication::setApplicationVersion(QStringLiteral(RECSTUDIO_VERSION));

    RecStudio::Ui::LanguageManager languages;
    languages.installFromSettings();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Build and explore collaborative-filtering recommenders."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QApplication::translate("main", "Open the built-in synthetic demo dataset."));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot-dir"),
        QApplication::translate("main", "Visit every area, save one PNG per area into "
                                        "<folder> and quit."),
        QApplication::translate("main", "folder"));
    parser.addOption(demoOption);
    parser.addOption(screenshotOption);
    parser.addPositionalArgument(
        QStringLiteral("path"),
        QApplication::translate("main", "MovieLens folder or ratings file to open."),
        QStringLiteral("[path]"));
    parser.process(*app);

    // The desktop file name is the Wayland app id, so the shell matches the window to the
    // installed desktop entry and icon. From the build folder the embedded SVG is used.
    QGuiApplication::setDesktopFileName(QStringLiteral(RECSTUDIO_APP_ID));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(RECSTUDIO_APP_ID),
                                                 QIcon(QStringLiteral(":/icons/recstudio.svg"))));

    RecStudio::Ui::MainWindow window;
    window.show();

    const QStringList paths = parser.positionalArguments();
    if (parser.isSet(demoOption))
        window.openDemo();
    else if (!paths.isEmpty())
        window.openPath(QFileInfo(paths.first()).absoluteFilePath());
    else
        window.openStartupDataset();

    if (parser.isSet(screenshotOption)) {
        auto runner = new RecStudio::App::ScreenshotRunner(
            &window, parser.value(screenshotOption), app.get());
        QObject::connect(runner, &RecStudio::App::ScreenshotRunner::done, app.get(),
                         [&window](int exitCode) {
                             window.close();
                             QApplication::exit(exitCode);
                         });
        runner->start();
    }
    return QCoreApplication::exec();
}
