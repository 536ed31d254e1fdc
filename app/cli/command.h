#pragma once

#include <QStringList>

#include <vector>

namespace RecStudio::Cli {

// One subcommand of recstudio-cli. run() receives the arguments after the command
// name (argv[0] is the command name itself, as QCommandLineParser expects), prints
// results on stdout and errors on stderr, and returns the process exit code.
struct Command
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &arguments);
};

// Exit codes shared by every command.
enum ExitCode {
    ExitSuccess = 0,
    ExitFailure = 1, // the command ran and failed (bad data, network error, ...)
    ExitUsage = 2,   // bad command line
    ExitCanceled = 3,
};

std::vector<Command> dataCommands();     // stats, split, generate
std::vector<Command> trainingCommands(); // train, grid, similar, recommend
std::vector<Command> nexusCommands();    // nexus check|pull|import|push|similar

} // namespace RecStudio::Cli
