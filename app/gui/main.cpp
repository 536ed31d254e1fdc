#include "languagemanager.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTextStream>

#include <cstring>
#include <optional>

namespace {

struct CommandLineOptions
{
    QCommandLineOption version{{QStringLiteral("v"), QStringLiteral("version")},
                               QCoreApplication::translate("RecStudio::App",
                                                           "Display version information.")};
};

// Declares every option of the GUI, so that --help lists them all.
void configureParser(QCommandLineParser &parser, const CommandLineOptions &options)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "RecStudio::App",
        "Build and explore collaborative-filtering recommenders from movie ratings."));
    parser.addHelpOption();
    parser.addOption(options.version);
}

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

// Prints the help or the version and returns the exit code, with a QCoreApplication
// only: a QApplication would need a display, and these options must work without one,
// for example over ssh or in a packaging test.
int printInformation(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    RecStudio::Ui::LanguageManager languages;
    languages.installFromSettings();

    QCommandLineParser parser;
    const CommandLineOptions options;
    configureParser(parser, options);
    parser.process(app); // prints the help and exits for --help, or the error for a typo
    if (parser.isSet(options.version)) {
        QTextStream(stdout) << "recstudio " << QCoreApplication::applicationVersion() << '\n';
        return EXIT_SUCCESS;
    }
    return EXIT_FAILURE;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication::setApplicationName(QStringLiteral("Recommender Studio"));
    QApplication::setOrganizationName(QStringLiteral("RecommenderStudio"));
    QApplication::setApplicationVersion(QStringLiteral(RECSTUDIO_VERSION));
    if (requestsInformationOnly(argc, argv))
        return printInformation(argc, argv);

    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(QStringLiteral(RECSTUDIO_APP_ID));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(RECSTUDIO_APP_ID),
                                                 QIcon(QStringLiteral(":/icons/recstudio.svg"))));
    RecStudio::Ui::LanguageManager languages;
    languages.installFromSettings();

    QCommandLineParser parser;
    const CommandLineOptions options;
    configureParser(parser, options);
    parser.process(app);

    RecStudio::Ui::MainWindow window;
    window.show();
    return app.exec();
}
