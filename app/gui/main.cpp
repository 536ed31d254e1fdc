#include "screenshotrunner.h"

#include <languagemanager.h>
#include <mainwindow.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
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
    parser.process(app);

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
        auto runner = new RecStudio::App::ScreenshotRunner(&window,
                                                           parser.value(screenshotOption), &app);
        QObject::connect(runner, &RecStudio::App::ScreenshotRunner::done, &app,
                         [&window](int exitCode) {
                             window.close();
                             QApplication::exit(exitCode);
                         });
        runner->start();
    }
    return app.exec();
}
