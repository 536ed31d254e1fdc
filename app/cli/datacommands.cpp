// The data commands of recstudio-cli: stats, split and generate.

#include "command.h"
#include "readoptionset.h"

#include "csvwriter.h"
#include "generator.h"
#include "readers.h"
#include "split.h"
#include "statistics.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <new>

namespace RecStudio::Cli {

namespace {

namespace M = RecStudio::Model;

QString toQString(const std::string &text)
{
    return QString::fromStdString(text);
}

QTextStream &errorStream()
{
    static QTextStream stream(stderr);
    return stream;
}

int usageError(const QString &message)
{
    errorStream() << "recstudio-cli: " << message << '\n';
    errorStream().flush();
    return ExitUsage;
}

int failure(const QString &message)
{
    errorStream() << "recstudio-cli: " << message << '\n';
    errorStream().flush();
    return ExitFailure;
}

// Parses and handles --help; returns -1 when the command should go on.
int parseArguments(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(arguments))
        return usageError(parser.errorText() + QStringLiteral("; run with --help for usage."));
    if (parser.isSet(help)) {
        // helpText() names the executable's path; name the command instead.
        QString text = parser.helpText();
        const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
        const QString usage = text.left(lineEnd);
        const qsizetype options = usage.indexOf(QLatin1String(" [options]"));
        if (options > 0)
            text.replace(0, options,
                         QStringLiteral("Usage: recstudio-cli ") + arguments.constFirst());
        QTextStream(stdout) << text;
        return ExitSuccess;
    }
    return -1;
}

// Loads PATH with the given options; prints the error and returns nullopt on failure.
std::optional<M::Dataset> loadDataset(const QString &path, const M::ReadOptions &options,
                                      double *seconds)
{
    QElapsedTimer timer;
    timer.start();
    M::Result<M::Dataset> dataset = M::loadPath(path.toStdString(), options);
    if (seconds)
        *seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!dataset) {
        failure(toQString(dataset.error()));
        return std::nullopt;
    }
    return std::move(dataset.value());
}

QString formatQuantiles(const M::CountQuantiles &q)
{
    return QStringLiteral("min %1, p10 %2, p25 %3, median %4, p75 %5, p90 %6, max %7, mean %8")
        .arg(q.min)
        .arg(q.p10)
        .arg(q.p25)
        .arg(q.median)
        .arg(q.p75)
        .arg(q.p90)
        .arg(q.max)
        .arg(q.mean, 0, 'f', 1);
}

void printLoadReport(QTextStream &out, const M::LoadReport &report)
{
    out << "Lines read:          " << report.linesRead << " (" << report.blankLines
        << " blank lines ignored)\n";
    out << "Lines skipped:       " << report.rowsSkipped;
    if (report.rowsSkipped > 0) {
        const M::SkipCounts &counts = report.skipCounts;
        out << " (field count " << counts.fieldCount << ", bad id " << counts.badId
            << ", bad rating " << counts.badRating << ", out of scale " << counts.outOfScale
            << ", bad timestamp " << counts.badTimestamp << ')';
    }
    out << '\n';
    out << "Duplicates:          " << report.duplicatePairs << " pairs, "
        << report.duplicateRows << " rows dropped (the latest timestamp wins)\n";
    if (!report.firstSkipped.empty()) {
        out << "First skipped lines:\n";
        for (const M::SkippedLine &skipped : report.firstSkipped)
            out << "  line " << skipped.line << ": " << toQString(skipped.reason) << '\n';
    }
    for (const std::string &warning : report.warnings)
        out << "Warning: " << toQString(warning) << '\n';
}

// Prints on stderr what the reader dropped, so that a split made from part of the input
// does not look like it was made from all of it.
void warnAboutDroppedRows(const M::LoadReport &report, const QString &path)
{
    QTextStream &err = errorStream();
    if (report.rowsSkipped > 0) {
        err << "recstudio-cli: warning: " << report.rowsSkipped << " of " << report.linesRead
            << " lines were skipped";
        if (!report.firstSkipped.empty()) {
            const M::SkippedLine &first = report.firstSkipped.front();
            err << " (first: line " << first.line << ": " << toQString(first.reason) << ')';
        }
        err << "; run 'recstudio-cli stats " << path << "' to list the reasons.\n";
    }
    if (report.duplicateRows > 0)
        err << "recstudio-cli: warning: " << report.duplicateRows << " duplicate rows of "
            << report.duplicatePairs
            << " (user, item) pairs were dropped; the latest timestamp wins.\n";
    for (const std::string &warning : report.warnings)
        err << "recstudio-cli: warning: " << toQString(warning) << '\n';
    err.flush();
}

nlohmann::json quantilesJson(const M::CountQuantiles &q)
{
    return {{"min", q.min}, {"p10", q.p10},     {"p25", q.p25}, {"median", q.median},
            {"p75", q.p75}, {"p90", q.p90},     {"max", q.max}, {"mean", q.mean}};
}

int runStats(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Reads a ratings dataset and prints its statistics: users, items, "
                       "ratings, density, rating histogram, ratings per user and per item, "
                       "and what the reader skipped or merged."));
    parser.addPositionalArgument(QStringLiteral("PATH"),
                                 QStringLiteral("A MovieLens folder (ratings.csv + movies.csv, "
                                                "or ratings.dat + movies.dat), an ml-100k "
                                                "folder (u.data + u.item) or a ratings file."));
    ReadOptionSet readOptions;
    readOptions.addTo(parser);
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Print the statistics as JSON."));
    parser.addOption(json);
    if (const int code = parseArguments(parser, arguments); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return usageError(QStringLiteral("stats needs exactly one PATH; run 'recstudio-cli "
                                         "stats --help' for usage."));
    M::ReadOptions options;
    if (const QString error = readOptions.read(parser, options); !error.isEmpty())
        return usageError(error);

    double seconds = 0.0;
    const std::optional<M::Dataset> dataset = loadDataset(parser.positionalArguments().at(0),
                                                          options, &seconds);
    if (!dataset)
        return ExitFailure;
    const M::DatasetStatistics statistics = M::computeStatistics(*dataset);
    const M::LoadReport &report = dataset->report;
    const double megabytes = double(report.bytesRead) / 1e6;

    QTextStream out(stdout);
    if (parser.isSet(json)) {
        nlohmann::json document = {
            {"source", report.source},
            {"users", statistics.users},
            {"items", statistics.items},
            {"movies", statistics.movies},
            {"ratings", statistics.ratings},
            {"density", statistics.density},
            {"meanRating", statistics.meanRating},
            {"histogram", statistics.histogram},
            {"ratingsPerUser", quantilesJson(statistics.ratingsPerUser)},
            {"ratingsPerItem", quantilesJson(statistics.ratingsPerItem)},
            {"linesRead", report.linesRead},
            {"linesSkipped", report.rowsSkipped},
            {"duplicatePairs", report.duplicatePairs},
            {"duplicateRows", report.duplicateRows},
            {"readSeconds", seconds}};
        out << toQString(document.dump(2)) << '\n';
        return ExitSuccess;
    }

    out << "Source:              " << toQString(report.source) << '\n';
    out << "Ratings:             " << statistics.ratings << '\n';
    out << "Users:               " << statistics.users << '\n';
    out << "Items rated:         " << statistics.items << '\n';
    out << "Movies in catalogue: " << statistics.movies << '\n';
    out << "Density:             " << QString::number(statistics.density * 100.0, 'f', 3)
        << " %\n";
    out << "Mean rating:         " << QString::number(statistics.meanRating, 'f', 3)
        << " (min " << statistics.minRating << ", max " << statistics.maxRating << ")\n";
    out << "Rating histogram:\n";
    int64_t largest = 1;
    for (const int64_t count : statistics.histogram)
        largest = std::max(largest, count);
    for (std::size_t h = 0; h < statistics.histogram.size(); ++h) {
        const int64_t count = statistics.histogram[h];
        out << "  " << QString::number(0.5 * double(h + 1), 'f', 1) << "  "
            << QString::number(count).rightJustified(10) << "  "
            << QString(int(40 * count / largest), QLatin1Char('#')) << '\n';
    }
    out << "Ratings per user:    " << formatQuantiles(statistics.ratingsPerUser) << '\n';
    out << "Ratings per item:    " << formatQuantiles(statistics.ratingsPerItem) << '\n';
    printLoadReport(out, report);
    out << "Read time:           " << QString::number(seconds, 'f', 3) << " s";
    if (seconds > 0.0 && megabytes > 0.0)
        out << " (" << QString::number(megabytes, 'f', 1) << " MB at "
            << QString::number(megabytes / seconds, 'f', 1) << " MB/s)";
    out << '\n';
    return ExitSuccess;
}

// Parses an integer option; returns false and prints an error when it is invalid.
bool readInteger(const QCommandLineParser &parser, const QCommandLineOption &option,
                 int64_t minimum, int64_t &value)
{
    bool ok = false;
    value = parser.value(option).toLongLong(&ok);
    if (!ok || value < minimum) {
        usageError(QStringLiteral("invalid --%1 '%2': expected a whole number of at least %3.")
                       .arg(option.names().constFirst(), parser.value(option))
                       .arg(minimum));
        return false;
    }
    return true;
}

bool readSeed(const QCommandLineParser &parser, const QCommandLineOption &option,
              uint64_t &seed)
{
    bool ok = false;
    seed = parser.value(option).toULongLong(&ok);
    if (!ok)
        usageError(QStringLiteral("invalid --seed '%1': expected a whole number of 0 or more.")
                       .arg(parser.value(option)));
    return ok;
}

int runSplit(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Splits a ratings dataset into train.csv and test.csv (MovieLens "
                       "layout) plus split.json with the summary. holdout: k random ratings "
                       "of each user go to test; temporal: each user's k most recent; random: "
                       "a fraction of all ratings. A user always keeps --min-train ratings in "
                       "train, so users with few ratings give fewer than k."));
    parser.addPositionalArgument(QStringLiteral("PATH"),
                                 QStringLiteral("A MovieLens or ml-100k folder, or a ratings "
                                                "file."));
    ReadOptionSet readOptions;
    readOptions.addTo(parser);
    const QCommandLineOption strategy(QStringLiteral("strategy"),
                                      QStringLiteral("holdout, random or temporal (default: "
                                                     "holdout)."),
                                      QStringLiteral("name"), QStringLiteral("holdout"));
    const QCommandLineOption k(QStringLiteral("k"),
                               QStringLiteral("Test ratings per user for holdout and temporal "
                                              "(default: 10)."),
                               QStringLiteral("count"), QStringLiteral("10"));
    const QCommandLineOption fraction(QStringLiteral("fraction"),
                                      QStringLiteral("Fraction of all ratings in test for "
                                                     "random (default: 0.1)."),
                                      QStringLiteral("value"), QStringLiteral("0.1"));
    const QCommandLineOption minTrain(QStringLiteral("min-train"),
                                      QStringLiteral("Ratings each user keeps in train for "
                                                     "holdout and temporal (default: 1)."),
                                      QStringLiteral("count"), QStringLiteral("1"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Random seed; the same seed gives the same "
                                                 "split (default: 42)."),
                                  QStringLiteral("number"), QStringLiteral("42"));
    const QCommandLineOption outDir(QStringLiteral("out"),
                                    QStringLiteral("Folder for train.csv, test.csv, movies.csv "
                                                   "and split.json (created when missing)."),
                                    QStringLiteral("folder"));
    parser.addOptions({strategy, k, fraction, minTrain, seed, outDir});
    if (const int code = parseArguments(parser, arguments); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return usageError(QStringLiteral("split needs exactly one PATH; run 'recstudio-cli "
                                         "split --help' for usage."));
    if (!parser.isSet(outDir))
        return usageError(QStringLiteral("split needs --out FOLDER for the train and test "
                                         "files."));
    M::ReadOptions options;
    if (const QString error = readOptions.read(parser, options); !error.isEmpty())
        return usageError(error);

    M::SplitConfig config;
    const M::Result<M::SplitStrategy> chosen
        = M::splitStrategyFromString(parser.value(strategy).toStdString());
    if (!chosen)
        return usageError(toQString(chosen.error()));
    config.strategy = chosen.value();
    int64_t number = 0;
    if (!readInteger(parser, k, 1, number))
        return ExitUsage;
    config.testPerUser = int32_t(std::min<int64_t>(number, INT32_MAX));
    if (!readInteger(parser, minTrain, 0, number))
        return ExitUsage;
    config.minTrainPerUser = int32_t(std::min<int64_t>(number, INT32_MAX));
    bool ok = false;
    config.testFraction = parser.value(fraction).toDouble(&ok);
    if (!ok)
        return usageError(QStringLiteral("invalid --fraction '%1': expected a number between "
                                         "0 and 1 such as 0.1.")
                              .arg(parser.value(fraction)));
    if (!readSeed(parser, seed, config.seed))
        return ExitUsage;
    if (M::Status valid = config.validate(); !valid)
        return usageError(toQString(valid.error()));

    const std::optional<M::Dataset> dataset = loadDataset(parser.positionalArguments().at(0),
                                                          options, nullptr);
    if (!dataset)
        return ExitFailure;
    warnAboutDroppedRows(dataset->report, parser.positionalArguments().at(0));
    M::Result<M::Split> split = M::splitDataset(*dataset, config);
    if (!split)
        return failure(toQString(split.error()));

    const QDir folder(parser.value(outDir));
    if (!folder.mkpath(QStringLiteral(".")))
        return failure(QStringLiteral("cannot create the folder %1; check the path and "
                                      "permissions.")
                           .arg(folder.path()));
    // The files are written to a staging folder and moved into place only when all of them
    // were written. A failed write then leaves the previous split in the folder untouched.
    QTemporaryDir staging(folder.filePath(QStringLiteral(".split-XXXXXX")));
    if (!staging.isValid())
        return failure(QStringLiteral("cannot write in the folder %1: %2; check the path and "
                                      "permissions.")
                           .arg(folder.path(), staging.errorString()));
    const QDir stagingFolder(staging.path());
    QStringList names = {QStringLiteral("train.csv"), QStringLiteral("test.csv")};
    if (!dataset->movies.empty())
        names.append(QStringLiteral("movies.csv"));
    names.append(QStringLiteral("split.json"));
    const auto stagedPath = [&stagingFolder](const QString &name) {
        return stagingFolder.filePath(name).toStdString();
    };

    if (M::Status status = M::writeRatingsCsv(stagedPath(names.at(0)), *dataset, split->train);
        !status)
        return failure(toQString(status.error()));
    if (M::Status status = M::writeRatingsCsv(stagedPath(names.at(1)), *dataset, split->test);
        !status)
        return failure(toQString(status.error()));
    if (!dataset->movies.empty()) {
        if (M::Status status = M::writeMoviesCsv(stagedPath(names.at(2)), dataset->movies);
            !status)
            return failure(toQString(status.error()));
    }

    const M::SplitSummary &summary = split->summary;
    const nlohmann::json document = {
        {"source", dataset->report.source},
        {"strategy", M::toString(config.strategy)},
        {"testPerUser", config.testPerUser},
        {"minTrainPerUser", config.minTrainPerUser},
        {"testFraction", config.testFraction},
        {"seed", config.seed},
        {"trainRatings", summary.trainRatings},
        {"testRatings", summary.testRatings},
        {"usersShortened", summary.usersShortened},
        {"usersOnlyInTest", summary.usersOnlyInTest},
        {"itemsOnlyInTest", summary.itemsOnlyInTest}};
    M::AtomicFileWriter writer;
    if (M::Status status = writer.open(stagedPath(names.constLast())); !status)
        return failure(toQString(status.error()));
    writer.write(document.dump(2) + "\n");
    if (M::Status status = writer.commit(); !status)
        return failure(toQString(status.error()));

    for (const QString &name : std::as_const(names)) {
        const QFileInfo target(folder.filePath(name));
        if (target.exists() && !target.isFile())
            return failure(QStringLiteral("cannot replace %1 because it is not a file; remove "
                                          "it or choose another --out folder.")
                               .arg(target.filePath()));
    }
    for (const QString &name : std::as_const(names)) {
        // rename() replaces an existing file in one step on POSIX file systems.
        // NOTE: a rename that fails after an earlier one succeeded still mixes two runs.
        std::error_code error;
        std::filesystem::rename(stagedPath(name), folder.filePath(name).toStdString(), error);
        if (error)
            return failure(QStringLiteral("cannot move %1 into %2: %3.")
                               .arg(name, folder.path(), toQString(error.message())));
    }

    QTextStream out(stdout);
    out << "Split:          " << toQString(summary.describe()) << '\n';
    out << "Train ratings:  " << summary.trainRatings << '\n';
    out << "Test ratings:   " << summary.testRatings << '\n';
    out << "Users shortened: " << summary.usersShortened << '\n';
    out << "Users only in test: " << summary.usersOnlyInTest << '\n';
    out << "Items only in test: " << summary.itemsOnlyInTest << '\n';
    out << "Wrote " << QDir::toNativeSeparators(folder.path()) << "/{"
        << names.join(QStringLiteral(", ")) << "}\n";
    return ExitSuccess;
}

int runGenerate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Generates a synthetic MovieLens-style dataset (ratings.csv and "
                       "movies.csv) with planted user and item factors, named genres and "
                       "power-law item popularity. The same options and seed give the same "
                       "files."));
    const QCommandLineOption users(QStringLiteral("users"), QStringLiteral("Number of users."),
                                   QStringLiteral("count"));
    const QCommandLineOption items(QStringLiteral("items"), QStringLiteral("Number of items."),
                                   QStringLiteral("count"));
    const QCommandLineOption ratings(QStringLiteral("ratings"),
                                     QStringLiteral("Number of ratings, at least the number of "
                                                    "users."),
                                     QStringLiteral("count"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Random seed (default: 42)."),
                                  QStringLiteral("number"), QStringLiteral("42"));
    const QCommandLineOption factors(QStringLiteral("factors"),
                                     QStringLiteral("Planted latent factors (default: 8)."),
                                     QStringLiteral("count"), QStringLiteral("8"));
    const QCommandLineOption noise(QStringLiteral("noise"),
                                   QStringLiteral("Standard deviation of the rating noise in "
                                                  "stars (default: 0.5)."),
                                   QStringLiteral("stars"), QStringLiteral("0.5"));
    const QCommandLineOption outDir(QStringLiteral("out"),
                                    QStringLiteral("Folder for ratings.csv and movies.csv "
                                                   "(created when missing)."),
                                    QStringLiteral("folder"));
    parser.addOptions({users, items, ratings, seed, factors, noise, outDir});
    if (const int code = parseArguments(parser, arguments); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("generate takes no positional argument; run "
                                         "'recstudio-cli generate --help' for usage."));
    for (const QCommandLineOption *required : {&users, &items, &ratings, &outDir}) {
        if (!parser.isSet(*required))
            return usageError(QStringLiteral("generate needs --%1; run 'recstudio-cli "
                                             "generate --help' for usage.")
                                  .arg(required->names().constFirst()));
    }

    M::GeneratorConfig config;
    int64_t number = 0;
    if (!readInteger(parser, users, 1, number))
        return ExitUsage;
    if (number > INT32_MAX)
        return usageError(QStringLiteral("--users is too large: at most %1.").arg(INT32_MAX));
    config.users = int32_t(number);
    if (!readInteger(parser, items, 1, number))
        return ExitUsage;
    if (number > INT32_MAX)
        return usageError(QStringLiteral("--items is too large: at most %1.").arg(INT32_MAX));
    config.items = int32_t(number);
    if (!readInteger(parser, ratings, 1, config.ratings))
        return ExitUsage;
    if (!readInteger(parser, factors, 1, number))
        return ExitUsage;
    config.factors = int32_t(std::min<int64_t>(number, INT32_MAX));
    bool ok = false;
    config.noise = parser.value(noise).toDouble(&ok);
    if (!ok)
        return usageError(QStringLiteral("invalid --noise '%1': expected a number of stars "
                                         "such as 0.5.")
                              .arg(parser.value(noise)));
    if (!readSeed(parser, seed, config.seed))
        return ExitUsage;
    if (M::Status valid = config.validate(); !valid)
        return usageError(toQString(valid.error()));

    QElapsedTimer timer;
    timer.start();
    const QString folder = parser.value(outDir);
    try {
        if (M::Status status = M::writeGeneratedMovieLensCsv(config, folder.toStdString());
            !status)
            return failure(toQString(status.error()));
    } catch (const std::bad_alloc &) {
        return failure(QStringLiteral("not enough memory to generate %1 ratings of %2 users on "
                                      "%3 items with %4 factors; lower --users, --items or "
                                      "--ratings.")
                           .arg(config.ratings)
                           .arg(config.users)
                           .arg(config.items)
                           .arg(config.factors));
    }
    QTextStream(stdout) << "Wrote " << config.ratings << " ratings of " << config.users
                        << " users on " << config.items << " items to "
                        << QDir(folder).filePath(QStringLiteral("ratings.csv")) << " and "
                        << QDir(folder).filePath(QStringLiteral("movies.csv")) << " in "
                        << QString::number(double(timer.elapsed()) / 1000.0, 'f', 2)
                        << " s\n";
    return ExitSuccess;
}

} // namespace

std::vector<Command> dataCommands()
{
    return {
        {"stats", "Print the statistics of a ratings dataset", &runStats},
        {"split", "Split a dataset into train and test files", &runSplit},
        {"generate", "Generate a synthetic MovieLens-style dataset", &runGenerate},
    };
}

} // namespace RecStudio::Cli
