#include "command.h"
#include "trainingoptions.h"

#include "gridsearch.h"
#include "metrics.h"
#include "modelfile.h"
#include "similarity.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <atomic>
#include <csignal>
#include <cstdio>

namespace RecStudio::Cli {

using namespace Model;

namespace {

// Set by SIGINT so that Ctrl+C stops training after the current rows and still prints
// the epochs completed so far.
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

QString fixed(double value, int decimals = 4)
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
        QTextStream(stdout) << parser.helpText();
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

int fail(const std::string &message, int code = ExitFailure)
{
    QTextStream(stderr) << "recstudio-cli: " << qt(message) << '\n';
    return code;
}

// Resolves a title (exact, then case-insensitive substring) or a raw id to an item index.
Result<int32_t> findItem(const Dataset &dataset, const IdMap &items, const QString &title,
                         const QString &id)
{
    if (!id.isEmpty()) {
        const int32_t index = items.find(std::string_view(id.toStdString()));
        if (index < 0)
            return Error{"Item id " + id.toStdString() + " not found in the model."};
        return index;
    }
    std::vector<int32_t> exact;
    std::vector<int32_t> partial;
    for (int32_t item = 0; item < items.size(); ++item) {
        const int32_t datasetIndex = dataset.items.find(std::string_view(items.rawId(item)));
        if (datasetIndex < 0)
            continue;
        const QString itemTitle = qt(dataset.itemTitle(datasetIndex));
        if (itemTitle == title)
            exact.push_back(item);
        else if (itemTitle.contains(title, Qt::CaseInsensitive))
            partial.push_back(item);
    }
    const std::vector<int32_t> &matches = exact.empty() ? partial : exact;
    if (matches.size() == 1)
        return matches.front();
    if (matches.empty())
        return Error{"No movie title contains '" + title.toStdString()
                     + "'. Check the spelling or use --id."};
    std::string message = "The title '" + title.toStdString() + "' matches "
                          + std::to_string(matches.size()) + " movies:";
    for (std::size_t k = 0; k < std::min<std::size_t>(matches.size(), 10); ++k) {
        const int32_t datasetIndex = dataset.items.find(
            std::string_view(items.rawId(matches[k])));
        message += "\n  " + items.rawId(matches[k]) + "  " + dataset.itemTitle(datasetIndex);
    }
    return Error{message + "\nGive the full title or use --id."};
}

std::string titleOf(const Dataset &dataset, const IdMap &items, int32_t item)
{
    const int32_t datasetIndex = dataset.items.find(std::string_view(items.rawId(item)));
    return datasetIndex >= 0 ? dataset.itemTitle(datasetIndex) : "Movie " + items.rawId(item);
}

// A model for similar and recommend: loaded with --model, else trained on all ratings.
struct ModelSource
{
    Dataset dataset; // titles and ratings by raw id
    TrainedModel trained;
};

Result<ModelSource> modelFor(const QCommandLineParser &parser, const QString &path)
{
    ModelSource source;
    Result<TrainConfig> config = trainConfigFrom(parser);
    if (!config)
        return Error{config.error()};
    Result<PreparedData> data = prepareData(parser, path, config->seed);
    if (!data)
        return Error{data.error()};
    source.dataset = std::move(data->dataset);
    source.dataset.ratings = std::move(data->train);

    if (parser.isSet(QStringLiteral("model"))) {
        Result<TrainedModel> loaded = loadModel(parser.value(QStringLiteral("model")).toStdString());
        if (!loaded)
            return Error{loaded.error()};
        source.trained = std::move(loaded.value());
        return source;
    }

    source.trained.users = source.dataset.users;
    source.trained.items = source.dataset.items;
    source.trained.config = config.value();
    const TrainInput input{&source.dataset.ratings, nullptr, source.dataset.userCount(),
                           source.dataset.itemCount()};
    const TrainOutcome outcome = train(input, config.value(), source.trained.model, {},
                                       &interruptRequested);
    if (outcome.status == TrainStatus::Failed || outcome.status == TrainStatus::Diverged)
        return Error{outcome.message};
    source.trained.epochsCompleted = outcome.epochsCompleted;
    return source;
}

int runTrain(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PATH"),
                                 QStringLiteral("MovieLens or ml-100k folder, or a ratings file."));
    addSplitOptions(parser, QStringLiteral("holdout"));
    addTrainOptions(parser);
    parser.addOptions({
        {QStringLiteral("json"), QStringLiteral("Print one JSON document instead of tables.")},
        {QStringLiteral("save"), QStringLiteral("Save the trained model to this file."),
         QStringLiteral("file")},
        {QStringLiteral("export-items"),
         QStringLiteral("Write item factors with ids and titles to this CSV file."),
         QStringLiteral("file")},
        {QStringLiteral("ranking"),
         QStringLiteral("Also compute precision, recall, NDCG and MAP at this list length "
                        "on the test ratings."),
         QStringLiteral("k")},
        {QStringLiteral("threshold"),
         QStringLiteral("Lowest test rating that counts as relevant for --ranking. "
                        "Default: 4."),
         QStringLiteral("rating"), QStringLiteral("4")},
    });
    if (const int code = parseArguments(parser, arguments,
                                        QStringLiteral("Trains a recommender and prints the "
                                                       "train and test error after each "
                                                       "epoch."),
                                        1);
        code >= 0)
        return code;

    Result<TrainConfig> config = trainConfigFrom(parser);
    if (!config)
        return fail(config.error(), ExitUsage);
    const bool json = parser.isSet(QStringLiteral("json"));
    QTextStream out(stdout);

    Result<PreparedData> data = prepareData(parser, parser.positionalArguments().front(),
                                            config->seed);
    if (!data)
        return fail(data.error());
    if (!json) {
        out << "Data: " << qt(data->dataset.name) << ", " << data->train.size() << " train and "
            << data->test.size() << " test ratings, " << data->userCount << " users, "
            << data->itemCount << " items (" << qt(data->splitDescription) << ")\n"
            << "Training: " << qt(config->describe()) << "\n\n"
            << "epoch  train RMSE  train MAE  test RMSE  test MAE  seconds\n";
        out.flush();
    }

    std::signal(SIGINT, onInterrupt);
    QJsonArray epochs;
    EpochStats last;
    TrainedModel trained;
    const TrainOutcome outcome = train(data->input(), config.value(), trained.model,
                                       [&](const EpochStats &stats) {
        last = stats;
        if (json) {
            epochs.append(QJsonObject{{QStringLiteral("epoch"), stats.epoch},
                                      {QStringLiteral("train"), toJson(stats.train)},
                                      {QStringLiteral("test"), toJson(stats.test)},
                                      {QStringLiteral("seconds"), stats.elapsedSeconds}});
        } else {
            out << QString::number(stats.epoch).rightJustified(5) << "  "
                << fixed(stats.train.rmse).rightJustified(10) << "  "
                << fixed(stats.train.mae).rightJustified(9) << "  "
                << (data->hasTest ? fixed(stats.test.rmse) : QStringLiteral("-")).rightJustified(9)
                << "  "
                << (data->hasTest ? fixed(stats.test.mae) : QStringLiteral("-")).rightJustified(8)
                << "  " << fixed(stats.elapsedSeconds, 3).rightJustified(7) << '\n';
            out.flush();
        }
        return true;
    },
                                       &interruptRequested);
    std::signal(SIGINT, SIG_DFL);
    if (outcome.status == TrainStatus::Failed)
        return fail(outcome.message);

    RankingMetrics ranking;
    const bool wantRanking = parser.isSet(QStringLiteral("ranking")) && data->hasTest
                             && outcome.epochsCompleted > 0;
    if (wantRanking) {
        const int k = parser.value(QStringLiteral("ranking")).toInt();
        const double threshold = parser.value(QStringLiteral("threshold")).toDouble();
        if (k < 1)
            return fail("Invalid value for --ranking: expected a list length of 1 or more.",
                        ExitUsage);
        ranking = rankingMetrics(trained.model, data->train, data->test, data->userCount,
                                 data->itemCount, k, threshold, config->threads);
    }

    trained.users = data->dataset.users;
    trained.items = data->dataset.items;
    trained.config = config.value();
    trained.epochsCompleted = outcome.epochsCompleted;
    trained.trainMetrics = last.train;
    trained.testMetrics = last.test;
    trained.datasetName = data->dataset.name;
    trained.splitDescription = data->splitDescription;
    trained.fingerprint = fingerprintOf(data->train, trained.users, trained.items);
    if (parser.isSet(QStringLiteral("save")) && outcome.epochsCompleted > 0) {
        if (Status status = saveModel(trained, parser.value(QStringLiteral("save")).toStdString());
            !status)
            return fail(status.error());
    }
    if (parser.isSet(QStringLiteral("export-items")) && outcome.epochsCompleted > 0) {
        std::vector<std::string> titles;
        for (int32_t item = 0; item < trained.items.size(); ++item)
            titles.push_back(data->dataset.itemTitle(item));
        if (Status status = exportItemFactorsCsv(
                trained, titles, parser.value(QStringLiteral("export-items")).toStdString());
            !status)
            return fail(status.error());
    }

    if (json) {
        QJsonObject document{{QStringLiteral("command"), QStringLiteral("train")},
                             {QStringLiteral("dataset"), qt(data->dataset.name)},
                             {QStringLiteral("split"), qt(data->splitDescription)},
                             {QStringLiteral("trainRatings"), qint64(data->train.size())},
                             {QStringLiteral("testRatings"), qint64(data->test.size())},
                             {QStringLiteral("users"), data->userCount},
                             {QStringLiteral("items"), data->itemCount},
                             {QStringLiteral("config"), toJson(config.value())},
                             {QStringLiteral("status"), statusName(outcome.status)},
                             {QStringLiteral("message"), qt(outcome.message)},
                             {QStringLiteral("epochsCompleted"), outcome.epochsCompleted},
                             {QStringLiteral("epochs"), epochs}};
        if (outcome.epochsCompleted > 0) {
            document.insert(QStringLiteral("final"),
                            QJsonObject{{QStringLiteral("train"), toJson(last.train)},
                                        {QStringLiteral("test"), toJson(last.test)},
                                        {QStringLiteral("seconds"), last.elapsedSeconds}});
        }
        if (wantRanking) {
            document.insert(QStringLiteral("ranking"),
                            QJsonObject{{QStringLiteral("k"), ranking.k},
                                        {QStringLiteral("threshold"), ranking.threshold},
                                        {QStringLiteral("precision"), ranking.precision},
                                        {QStringLiteral("recall"), ranking.recall},
                                        {QStringLiteral("ndcg"), ranking.ndcg},
                                        {QStringLiteral("map"), ranking.map},
                                        {QStringLiteral("coverage"), ranking.coverage},
                                        {QStringLiteral("users"), ranking.usersEvaluated}});
        }
        out << QJsonDocument(document).toJson(QJsonDocument::Indented);
    } else {
        out << '\n' << statusName(outcome.status).at(0).toUpper()
            << statusName(outcome.status).mid(1) << " after " << outcome.epochsCompleted
            << " epochs in " << fixed(last.elapsedSeconds, 2) << " s";
        if (outcome.epochsCompleted > 0) {
            out << ": train RMSE " << fixed(last.train.rmse) << ", MAE " << fixed(last.train.mae);
            if (data->hasTest)
                out << "; test RMSE " << fixed(last.test.rmse) << ", MAE "
                    << fixed(last.test.mae) << " over " << last.test.count << " ratings ("
                    << last.test.unseenUsers << " with unseen users, " << last.test.unseenItems
                    << " with unseen items)";
        }
        out << ".\n";
        if (!outcome.message.empty())
            out << qt(outcome.message) << '\n';
        if (wantRanking)
            out << "Ranking at " << ranking.k << " (relevant: rating >= " << ranking.threshold
                << ", " << ranking.usersEvaluated << " users): precision "
                << fixed(ranking.precision) << ", recall " << fixed(ranking.recall) << ", NDCG "
                << fixed(ranking.ndcg) << ", MAP " << fixed(ranking.map) << ", coverage "
                << fixed(ranking.coverage) << '\n';
        if (parser.isSet(QStringLiteral("save")) && outcome.epochsCompleted > 0)
            out << "Saved the model to " << parser.value(QStringLiteral("save")) << '\n';
    }
    switch (outcome.status) {
    case TrainStatus::Finished:
        return ExitSuccess;
    case TrainStatus::Stopped:
        return ExitCanceled;
    default:
        return ExitFailure;
    }
}

int runGrid(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PATH"),
                                 QStringLiteral("MovieLens or ml-100k folder, or a ratings file."));
    addSplitOptions(parser, QStringLiteral("holdout"));
    addTrainOptions(parser);
    const GridConfig defaults;
    parser.addOptions({
        {QStringLiteral("factor-list"),
         QStringLiteral("Factors to try. Default: 5,10,20,40,80."), QStringLiteral("list")},
        {QStringLiteral("reg-list"),
         QStringLiteral("Regularization values to try (all four λ). Default: 0.001,0.01,0.1,1."),
         QStringLiteral("list")},
        {QStringLiteral("rate-list"),
         QStringLiteral("SGD learning rates to try. Default: --learning-rate."),
         QStringLiteral("list")},
        {QStringLiteral("checkpoints"),
         QStringLiteral("Iterations at which each run is scored. Default: "
                        "1,2,5,10,25,50,100,200."),
         QStringLiteral("list")},
        {QStringLiteral("parallel"),
         QStringLiteral("Configurations trained at once. Default: %1.").arg(defaults.maxParallel),
         QStringLiteral("n")},
        {QStringLiteral("json"), QStringLiteral("Print one JSON document instead of tables.")},
    });
    if (const int code = parseArguments(parser, arguments,
                                        QStringLiteral("Trains a grid of configurations, each "
                                                       "scored on the test ratings at "
                                                       "iteration checkpoints of one run."),
                                        1);
        code >= 0)
        return code;

    Result<TrainConfig> base = trainConfigFrom(parser);
    if (!base)
        return fail(base.error(), ExitUsage);
    GridConfig grid;
    grid.base = base.value();
    if (parser.isSet(QStringLiteral("factor-list"))) {
        Result<std::vector<int32_t>> list = parseIntList(parser.value(QStringLiteral("factor-list")),
                                                         QStringLiteral("factor-list"));
        if (!list)
            return fail(list.error(), ExitUsage);
        grid.factors = list.value();
    }
    if (parser.isSet(QStringLiteral("reg-list"))) {
        Result<std::vector<float>> list = parseFloatList(parser.value(QStringLiteral("reg-list")),
                                                         QStringLiteral("reg-list"));
        if (!list)
            return fail(list.error(), ExitUsage);
        grid.regularization = list.value();
    }
    if (parser.isSet(QStringLiteral("rate-list"))) {
        Result<std::vector<float>> list = parseFloatList(parser.value(QStringLiteral("rate-list")),
                                                         QStringLiteral("rate-list"));
        if (!list)
            return fail(list.error(), ExitUsage);
        grid.learningRates = list.value();
    }
    if (parser.isSet(QStringLiteral("checkpoints"))) {
        Result<std::vector<int32_t>> list = parseIntList(parser.value(QStringLiteral("checkpoints")),
                                                         QStringLiteral("checkpoints"));
        if (!list)
            return fail(list.error(), ExitUsage);
        grid.checkpoints = list.value();
    }
    if (parser.isSet(QStringLiteral("parallel")))
        grid.maxParallel = parser.value(QStringLiteral("parallel")).toInt();
    if (Status status = grid.validate(); !status)
        return fail(status.error(), ExitUsage);

    Result<PreparedData> data = prepareData(parser, parser.positionalArguments().front(),
                                            grid.base.seed);
    if (!data)
        return fail(data.error());
    const bool json = parser.isSet(QStringLiteral("json"));
    QTextStream out(stdout);
    const std::vector<TrainConfig> configs = grid.configurations();
    if (!json) {
        out << "Grid: " << configs.size() << " configurations of " << qt(toString(grid.base.algorithm))
            << " on " << data->train.size() << " train and " << data->test.size()
            << " test ratings (" << qt(data->splitDescription) << "), " << grid.maxParallel
            << " at once\n\n"
            << "config  factors  lambda    rate  iteration  train RMSE  test RMSE  seconds\n";
        out.flush();
    }
    std::signal(SIGINT, onInterrupt);
    const Result<GridSummary> summary = runGridSearch(
        data->input(), grid,
        [&](const GridPoint &point) {
            if (json)
                return;
            const TrainConfig &config = configs[std::size_t(point.configIndex)];
            out << QString::number(point.configIndex).rightJustified(6) << "  "
                << QString::number(config.factors).rightJustified(7) << "  "
                << QString::number(double(config.userFactorReg)).rightJustified(6) << "  "
                << QString::number(double(config.learningRate)).rightJustified(6) << "  "
                << QString::number(point.iteration).rightJustified(9) << "  "
                << fixed(point.train.rmse).rightJustified(10) << "  "
                << fixed(point.test.rmse).rightJustified(9) << "  "
                << fixed(point.elapsedSeconds, 2).rightJustified(7) << '\n';
            out.flush();
        },
        &interruptRequested);
    std::signal(SIGINT, SIG_DFL);
    if (!summary)
        return fail(summary.error());

    if (json) {
        QJsonArray runs;
        for (const GridRun &run : summary->runs) {
            QJsonArray points;
            for (const GridPoint &point : run.points)
                points.append(QJsonObject{{QStringLiteral("iteration"), point.iteration},
                                          {QStringLiteral("train"), toJson(point.train)},
                                          {QStringLiteral("test"), toJson(point.test)},
                                          {QStringLiteral("seconds"), point.elapsedSeconds}});
            runs.append(QJsonObject{{QStringLiteral("config"), toJson(run.config)},
                                    {QStringLiteral("status"), run.started
                                                                   ? statusName(run.outcome.status)
                                                                   : QStringLiteral("not started")},
                                    {QStringLiteral("message"), qt(run.outcome.message)},
                                    {QStringLiteral("points"), points}});
        }
        QJsonObject document{{QStringLiteral("command"), QStringLiteral("grid")},
                             {QStringLiteral("dataset"), qt(data->dataset.name)},
                             {QStringLiteral("split"), qt(data->splitDescription)},
                             {QStringLiteral("canceled"), summary->canceled},
                             {QStringLiteral("runs"), runs}};
        if (summary->bestConfig >= 0)
            document.insert(QStringLiteral("best"),
                            QJsonObject{{QStringLiteral("config"), summary->bestConfig},
                                        {QStringLiteral("iteration"), summary->bestIteration},
                                        {QStringLiteral("train"), toJson(summary->bestTrain)},
                                        {QStringLiteral("test"), toJson(summary->bestTest)}});
        out << QJsonDocument(document).toJson(QJsonDocument::Indented);
    } else {
        for (const GridRun &run : summary->runs) {
            if (run.started && run.outcome.status != TrainStatus::Finished
                && !run.outcome.message.empty())
                out << "Note: " << qt(run.config.describe()) << ": " << qt(run.outcome.message)
                    << '\n';
        }
        if (summary->bestConfig >= 0) {
            const TrainConfig &best = configs[std::size_t(summary->bestConfig)];
            out << "\nBest by " << (data->hasTest ? "test" : "train") << " RMSE: configuration "
                << summary->bestConfig << " (" << qt(best.describe()) << ") at iteration "
                << summary->bestIteration << ": test RMSE " << fixed(summary->bestTest.rmse)
                << ", train RMSE " << fixed(summary->bestTrain.rmse) << '\n';
        }
        if (summary->canceled)
            out << "Canceled; the table lists every point reached.\n";
    }
    return summary->canceled ? ExitCanceled : ExitSuccess;
}

void addModelOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("model"),
         QStringLiteral("Use this saved model instead of training on all ratings of PATH."),
         QStringLiteral("file")},
        {QStringLiteral("json"), QStringLiteral("Print JSON instead of a list.")},
    });
}

int runSimilar(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PATH"),
                                 QStringLiteral("MovieLens or ml-100k folder, or a ratings file "
                                                "(for titles, and for training without --model)."));
    addSplitOptions(parser, QStringLiteral("none"));
    addTrainOptions(parser);
    addModelOptions(parser);
    parser.addOptions({
        {QStringLiteral("title"), QStringLiteral("Movie title, exact or a unique part of it."),
         QStringLiteral("title")},
        {QStringLiteral("id"), QStringLiteral("Movie id as in the ratings file."),
         QStringLiteral("id")},
        {{QStringLiteral("k"), QStringLiteral("count")},
         QStringLiteral("Number of similar movies. Default: 10."), QStringLiteral("n"),
         QStringLiteral("10")},
        {QStringLiteral("min-ratings"),
         QStringLiteral("Leave out movies with fewer training ratings. Default: 0."),
         QStringLiteral("n"), QStringLiteral("0")},
    });
    if (const int code = parseArguments(parser, arguments,
                                        QStringLiteral("Lists the movies most similar to one "
                                                       "movie by cosine similarity of item "
                                                       "factors."),
                                        1);
        code >= 0)
        return code;
    if (parser.isSet(QStringLiteral("title")) == parser.isSet(QStringLiteral("id")))
        return fail("Give exactly one of --title and --id.", ExitUsage);

    Result<ModelSource> source = modelFor(parser, parser.positionalArguments().front());
    if (!source)
        return fail(source.error());
    Result<int32_t> item = findItem(source->dataset, source->trained.items,
                                    parser.value(QStringLiteral("title")),
                                    parser.value(QStringLiteral("id")));
    if (!item)
        return fail(item.error());

    SimilarityQuery query;
    query.item = item.value();
    query.k = parser.value(QStringLiteral("k")).toInt();
    query.minRatings = parser.value(QStringLiteral("min-ratings")).toLongLong();
    const std::vector<int32_t> &counts32 = source->trained.model.itemRatingCounts;
    const std::vector<int64_t> counts(counts32.begin(), counts32.end());
    const Result<std::vector<Neighbor>> neighbors = similarItems(source->trained.model, query,
                                                                 counts);
    const std::string queryTitle = titleOf(source->dataset, source->trained.items, query.item);
    if (!neighbors)
        return fail(queryTitle + ": " + neighbors.error());

    QTextStream out(stdout);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const Neighbor &neighbor : neighbors.value())
            list.append(QJsonObject{
                {QStringLiteral("id"), qt(source->trained.items.rawId(neighbor.item))},
                {QStringLiteral("title"),
                 qt(titleOf(source->dataset, source->trained.items, neighbor.item))},
                {QStringLiteral("similarity"), double(neighbor.similarity)}});
        out << QJsonDocument(QJsonObject{{QStringLiteral("command"), QStringLiteral("similar")},
                                         {QStringLiteral("id"),
                                          qt(source->trained.items.rawId(query.item))},
                                         {QStringLiteral("title"), qt(queryTitle)},
                                         {QStringLiteral("similar"), list}})
                   .toJson(QJsonDocument::Indented);
        return ExitSuccess;
    }
    out << "Movies similar to " << qt(queryTitle) << " (" << qt(source->trained.config.describe())
        << "):\n";
    for (const Neighbor &neighbor : neighbors.value())
        out << "  " << fixed(neighbor.similarity, 3) << "  "
            << qt(titleOf(source->dataset, source->trained.items, neighbor.item)) << '\n';
    return ExitSuccess;
}

int runRecommend(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PATH"),
                                 QStringLiteral("MovieLens or ml-100k folder, or a ratings file "
                                                "(the user's ratings and titles)."));
    addSplitOptions(parser, QStringLiteral("none"));
    addTrainOptions(parser);
    addModelOptions(parser);
    parser.addOptions({
        {QStringLiteral("user"), QStringLiteral("User id as in the ratings file."),
         QStringLiteral("id")},
        {{QStringLiteral("n"), QStringLiteral("count")},
         QStringLiteral("Number of recommendations. Default: 10."), QStringLiteral("n"),
         QStringLiteral("10")},
    });
    if (const int code = parseArguments(parser, arguments,
                                        QStringLiteral("Recommends movies a user has not rated, "
                                                       "by predicted rating."),
                                        1);
        code >= 0)
        return code;
    if (!parser.isSet(QStringLiteral("user")))
        return fail("Missing --user: give the user id to recommend for.", ExitUsage);

    Result<ModelSource> source = modelFor(parser, parser.positionalArguments().front());
    if (!source)
        return fail(source.error());
    const std::string userId = parser.value(QStringLiteral("user")).toStdString();
    const int32_t user = source->trained.users.find(std::string_view(userId));
    if (user < 0)
        return fail("User id " + userId + " not found in the model.");

    // Everything the user rated in PATH is left out, mapped to the model's item indices.
    std::vector<int32_t> rated;
    const int32_t datasetUser = source->dataset.users.find(std::string_view(userId));
    const RatingColumns &ratings = source->dataset.ratings;
    for (std::size_t k = 0; k < ratings.size(); ++k) {
        if (ratings.user[k] == datasetUser) {
            const int32_t item = source->trained.items.find(
                std::string_view(source->dataset.items.rawId(ratings.item[k])));
            if (item >= 0)
                rated.push_back(item);
        }
    }
    const int n = parser.value(QStringLiteral("n")).toInt();
    const Result<std::vector<Recommendation>> list = recommendForUser(source->trained.model, user,
                                                                      n, rated);
    if (!list)
        return fail(list.error(), ExitUsage);

    QTextStream out(stdout);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray items;
        for (const Recommendation &entry : list.value())
            items.append(QJsonObject{
                {QStringLiteral("id"), qt(source->trained.items.rawId(entry.item))},
                {QStringLiteral("title"),
                 qt(titleOf(source->dataset, source->trained.items, entry.item))},
                {QStringLiteral("predicted"), double(entry.score)}});
        out << QJsonDocument(QJsonObject{{QStringLiteral("command"), QStringLiteral("recommend")},
                                         {QStringLiteral("user"), qt(userId)},
                                         {QStringLiteral("rated"), qint64(rated.size())},
                                         {QStringLiteral("recommendations"), items}})
                   .toJson(QJsonDocument::Indented);
        return ExitSuccess;
    }
    out << "Top " << list->size() << " for user " << qt(userId) << " (" << rated.size()
        << " rated movies left out; " << qt(source->trained.config.describe()) << "):\n";
    for (const Recommendation &entry : list.value())
        out << "  " << fixed(entry.score, 2) << "  "
            << qt(titleOf(source->dataset, source->trained.items, entry.item)) << '\n';
    return ExitSuccess;
}

} // namespace

std::vector<Command> trainingCommands()
{
    return {
        {"train", "Train ALS, SGD or a baseline and print errors per epoch", runTrain},
        {"grid", "Grid search over factors and regularization with learning curves", runGrid},
        {"similar", "Movies most similar to a movie by item factors", runSimilar},
        {"recommend", "Top movies for a user, leaving out rated ones", runRecommend},
    };
}

} // namespace RecStudio::Cli
