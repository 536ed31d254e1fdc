#pragma once

#include "command.h"
#include "trainconfig.h"
#include "trainer.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <string>

// Pieces shared by the train, grid, similar and recommend commands.
namespace RecStudio::Cli {

// Set by SIGINT so that Ctrl+C stops training after the current rows and still prints
// the epochs completed so far.
extern std::atomic_bool interruptRequested;
void onInterrupt(int);

QString qt(const std::string &text);
QJsonObject toJson(const Model::ErrorMetrics &metrics);
QJsonObject toJson(const Model::TrainConfig &config);
QString statusName(Model::TrainStatus status);
QString fixed(double value, int decimals = 4);

// Parses arguments; returns -1 to go on, or the exit code when done (help or error).
int parseArguments(QCommandLineParser &parser, const QStringList &arguments,
                   const QString &description, int positional);

// Prints message on stderr and returns code.
int fail(const std::string &message, int code = ExitFailure);

int runSimilar(const QStringList &arguments);
int runRecommend(const QStringList &arguments);

} // namespace RecStudio::Cli
