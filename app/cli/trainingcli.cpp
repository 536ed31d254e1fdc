#include "trainingcli.h"

#include <QTextStream>

namespace RecStudio::Cli {

using namespace Model;

std::atomic_bool interruptRequested{false};

void onInterrupt(int)
{
    interruptRequested.store(true);
}

QString qt(const std::string &text)
{
    return QString::fromStdString(text);
}

QJsonObject toJson(const ErrorMetrics &metrics)
{
    return {{QStringLiteral("mse"), metrics.mse},
            {QStringLiteral("rmse"), metrics.rmse},
            {QStringLiteral("mae"), metrics.mae},
            {QStringLiteral("count"), qint64(metrics.count)},
            {QStringLiteral("unseenUsers"), qint64(metrics.unseenUsers)},
            {QStringLiteral("unseenItems"), qint64(metrics.unseenItems)}};
}

QJsonObject toJson(const TrainConfig &config)
{
    return {{QStringLiteral("algorithm"), qt(toString(config.algorithm))},
            {QStringLiteral("factors"), config.factors},
            {QStringLiteral("epochs"), config.epochs},
            {QStringLiteral("userFactorReg"), double(config.userFactorReg)},
            {QStringLiteral("itemFactorReg"), double(config.itemFactorReg)},
            {QStringLiteral("userBiasReg"), double(config.userBiasReg)},
            {QStringLiteral("itemBiasReg"), double(config.itemBiasReg)},
            {QStringLiteral("scaling"),
             config.scaling == RegularizationScaling::ByRowCount       ? QStringLiteral("wr")
             : config.scaling == RegularizationScaling::BySqrtRowCount ? QStringLiteral("sqrt")
                                                                       : QStringLiteral("plain")},
            {QStringLiteral("solver"), qt(toString(config.alsSolver))},
            {QStringLiteral("learningRate"), double(config.learningRate)},
            {QStringLiteral("learningRateDecay"), double(config.learningRateDecay)},
            {QStringLiteral("parallelSgd"), config.parallelSgd},
            {QStringLiteral("threads"), config.threads},
            {QStringLiteral("seed"), QString::number(config.seed)},
            {QStringLiteral("description"), qt(config.describe())}};
}

QString statusName(TrainStatus status)
{
    switch (status) {
    case TrainStatus::Finished:
        return QStringLiteral("finished");
    case TrainStatus::Stopped:
        return QStringLiteral("stopped");
    case TrainStatus::Diverged:
        return QStringLiteral("diverged");
    case TrainStatus::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("unknown");
}

QString fixed(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

// Parses arguments; returns -1 to go on, or the exit code when done (help or error).
int parseArguments(QCommandLineParser &parser, const QStringList &arguments,
                   const QString &description, int positional)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help = parser.addHelpOption();
    QTextStream err(stderr);
    if (!parser.parse(arguments)) {
        err << "recstudio-cli: " << parser.errorText() << "\nRun 'recstudio-cli "
            << arguments.value(0) << " --help' for the options.\n";
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        // QCommandLineParser names the executable path; show the command line to type.
        QString text = parser.helpText();
        const qsizetype options = text.indexOf(QLatin1String(" [options]"));
        if (text.startsWith(QLatin1String("Usage: ")) && options > 0)
            text.replace(7, options - 7, QStringLiteral("recstudio-cli ") + arguments.value(0));
        QTextStream(stdout) << text;
        return ExitSuccess;
    }
    if (parser.positionalArguments().size() != positional) {
        err << "recstudio-cli " << arguments.value(0) << ": expected " << positional
            << " positional argument" << (positional == 1 ? "" : "s") << ", got "
            << parser.positionalArguments().size() << ". Run 'recstudio-cli "
            << arguments.value(0) << " --help' for the usage.\n";
        return ExitUsage;
    }
    return -1;
}

int fail(const std::string &message, int code)
{
    QTextStream(stderr) << "recstudio-cli: " << qt(message) << '\n';
    return code;
}

// Resolves a title (exact, then case-insensitive substring) or a raw id to an item index.

} // namespace RecStudio::Cli
