#include "command.h"
#include "trainingcli.h"
#include "trainingoptions.h"

#include "gridsearch.h"
#include "metrics.h"
#include "modelfile.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cmath>
#include <csignal>

namespace RecStudio::Cli {

using namespace Model;

namespace {

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

    // Checked before reading and training, so a typo costs no training run.
    int rankingLength = 0;
    double threshold = 0.0;
    if (parser.isSet(QStringLiteral("ranking"))) {
        bool lengthOk = false;
        rankingLength = parser.value(QStringLiteral("ranking")).toInt(&lengthOk);
        if (!lengthOk || rankingLength < 1)
            return fail("Invalid value '" + parser.value(QStringLiteral("ranking")).toStdString()
                            + "' for --ranking: expected a list length of 1 or more.",
                        ExitUsage);
        bool thresholdOk = false;
        threshold = parser.value(QStringLiteral("threshold")).toDouble(&thresholdOk);
        if (!thresholdOk || !std::isfinite(threshold))
            return fail("Invalid value '"
                            + parser.value(QStringLiteral("threshold")).toStdString()
                            + "' for --threshold: expected a rating such as 4 or 3.5.",
                        ExitUsage);
    }

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
        ranking = rankingMetrics(trained.model, data->train, data->test, data->userCount,
                                 data->itemCount, rankingLength, threshold, config->threads);
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
        if (outcome.status == TrainStatus::Diverged) {
            out.flush();
            fail(outcome.message);
        } else if (!outcome.message.empty()) {
            out << qt(outcome.message) << '\n';
        }
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
                << (config.algorithm == Algorithm::Sgd ? QString::number(double(config.learningRate))
                                                        : QStringLiteral("-"))
                       .rightJustified(6)
                << "  "
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
    if (summary->canceled)
        return ExitCanceled;
    if (summary->bestConfig < 0) {
        out.flush();
        return fail("No configuration of the grid finished, so there is no best one. Lower "
                    "the learning rate or raise the regularization, as the notes above say.");
    }
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
