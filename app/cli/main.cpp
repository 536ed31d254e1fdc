#include "command.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace RecStudio::Cli;

namespace {

std::vector<Command> allCommands()
{
    std::vector<Command> commands = dataCommands();
    for (const Command &command : trainingCommands())
        commands.push_back(command);
    for (const Command &command : nexusCommands())
        commands.push_back(command);
    return commands;
}

void printUsage(QTextStream &out, const std::vector<Command> &commands)
{
    out << "Usage: recstudio-cli COMMAND [OPTIONS]\n"
           "       recstudio-cli COMMAND --help\n\n"
           "Builds and explores collaborative-filtering recommenders from the command line.\n\n"
           "Commands:\n";
    for (const Command &command : commands)
        out << "  " << QString::fromLatin1(command.name).leftJustified(12) << ' '
            << QString::fromUtf8(command.summary) << '\n';
    out << "\nOptions:\n"
           "  -h, --help     Show this help\n"
           "  -v, --version  Show the version\n";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("recstudio-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("RecommenderStudio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RECSTUDIO_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const std::vector<Command> commands = allCommands();
    const QStringList arguments = QCoreApplication::arguments();

    if (arguments.size() < 2) {
        printUsage(err, commands);
        return ExitUsage;
    }
    const QString name = arguments.at(1);
    if (name == QLatin1String("-h") || name == QLatin1String("--help") || name == QLatin1String("help")) {
        printUsage(out, commands);
        return ExitSuccess;
    }
    if (name == QLatin1String("-v") || name == QLatin1String("--version")) {
        out << "recstudio-cli " << QCoreApplication::applicationVersion() << '\n';
        return ExitSuccess;
    }

    for (const Command &command : commands) {
        if (name == QLatin1String(command.name)) {
            out.flush();
            return command.run(arguments.mid(1));
        }
    }
    err << "recstudio-cli: unknown command '" << name
        << "'. Run 'recstudio-cli --help' to list the commands.\n";
    return ExitUsage;
}
