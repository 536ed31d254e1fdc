#include "command.h"
#include "trainingcli.h"
#include "trainingoptions.h"

#include "modelfile.h"
#include "similarity.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace RecStudio::Cli {

using namespace Model;

namespace {

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

// Counts the ids of model that data does not contain.
int32_t countMissingIds(const IdMap &model, const IdMap &data)
{
    int32_t missing = 0;
    for (int32_t index = 0; index < model.size(); ++index) {
        if (data.find(std::string_view(model.rawId(index))) < 0)
            ++missing;
    }
    return missing;
}

// A saved model was trained on PATH, or on a split of it, only when PATH contains every
// user and movie of the model. Titles and rated movies come from PATH, so a model of
// other data would silently pair its factors with the wrong movies.
Status checkModelMatchesData(const TrainedModel &trained, const Dataset &dataset,
                             const QString &modelPath, const QString &dataPath)
{
    const int32_t missingItems = countMissingIds(trained.items, dataset.items);
    const int32_t missingUsers = countMissingIds(trained.users, dataset.users);
    if (missingItems == 0 && missingUsers == 0)
        return success();
    return Error{"The model " + modelPath.toStdString() + " was trained on other data than "
                 + dataPath.toStdString() + ": " + std::to_string(missingItems) + " of its "
                 + std::to_string(trained.items.size()) + " movies and "
                 + std::to_string(missingUsers) + " of its "
                 + std::to_string(trained.users.size())
                 + " users are not in it. Give the dataset the model was trained on ("
                 + trained.datasetName + ")."};
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
        const Status matches = checkModelMatchesData(
            source.trained, source.dataset, parser.value(QStringLiteral("model")), path);
        if (!matches)
            return Error{matches.error()};
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

void addModelOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("model"),
         QStringLiteral("Use this saved model instead of training on all ratings of PATH."),
         QStringLiteral("file")},
        {QStringLiteral("json"), QStringLiteral("Print JSON instead of a list.")},
    });
}

} // namespace

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
        {QStringLiteral("min-ratings"),
         QStringLiteral("Leave out movies with fewer training ratings. Default: 0."),
         QStringLiteral("n"), QStringLiteral("0")},
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
    const int64_t minRatings = parser.value(QStringLiteral("min-ratings")).toLongLong();
    const Result<std::vector<Recommendation>> list = recommendForUser(source->trained.model, user,
                                                                      n, rated, minRatings);
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

} // namespace RecStudio::Cli
