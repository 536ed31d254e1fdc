#include "trainingoptions.h"

#include "readers.h"
#include "split.h"

#include <cmath>
#include <filesystem>

namespace RecStudio::Cli {

using namespace Model;

namespace {

Result<int32_t> intOption(const QCommandLineParser &parser, const QString &name, int32_t fallback)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok)
        return Error{"Invalid value '" + parser.value(name).toStdString() + "' for --"
                     + name.toStdString() + ": expected an integer."};
    return int32_t(value);
}

Result<float> floatOption(const QCommandLineParser &parser, const QString &name, float fallback)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const float value = parser.value(name).toFloat(&ok);
    if (!ok || !std::isfinite(value))
        return Error{"Invalid value '" + parser.value(name).toStdString() + "' for --"
                     + name.toStdString() + ": expected a number."};
    return value;
}

bool isMl100kFile(const std::string &path)
{
    const std::string name = std::filesystem::path(path).filename().string();
    return name == "u.data"
           || (name.size() == 7 && name[0] == 'u'
               && (name.substr(2) == ".base" || name.substr(2) == ".test"));
}

// A ratings file opened on its own gets titles from the catalogue next to it.
void attachCatalogue(Dataset &dataset, const std::string &path)
{
    namespace fs = std::filesystem;
    std::error_code error;
    if (!dataset.movies.empty() || fs::is_directory(path, error))
        return;
    const fs::path folder = fs::path(path).parent_path();
    if (fs::exists(folder / "u.item", error)) {
        if (Result<std::vector<Movie>> movies = readMl100kItems((folder / "u.item").string()))
            dataset.movies = std::move(movies.value());
    } else if (fs::exists(folder / "movies.csv", error)) {
        if (Result<std::vector<Movie>> movies = readMoviesFile((folder / "movies.csv").string()))
            dataset.movies = std::move(movies.value());
    }
    dataset.linkCatalogue();
}

} // namespace

void addSplitOptions(QCommandLineParser &parser, const QString &defaultSplit)
{
    parser.addOptions({
        {QStringLiteral("test"),
         QStringLiteral("Test ratings file scored against the model (for example ml-100k "
                        "u1.test with u1.base as PATH); replaces --split."),
         QStringLiteral("file")},
        {QStringLiteral("split"),
         QStringLiteral("How to pick test ratings: holdout (random per user), random (a "
                        "fraction of all), temporal (latest per user) or none. Default: %1.")
             .arg(defaultSplit),
         QStringLiteral("strategy"), defaultSplit},
        {QStringLiteral("test-per-user"),
         QStringLiteral("Test ratings per user for holdout and temporal splits. Default: 10."),
         QStringLiteral("n"), QStringLiteral("10")},
        {QStringLiteral("test-fraction"),
         QStringLiteral("Fraction of ratings in test for the random split. Default: 0.1."),
         QStringLiteral("fraction"), QStringLiteral("0.1")},
        {QStringLiteral("min-train"),
         QStringLiteral("Ratings a user keeps in train for holdout and temporal splits. "
                        "Default: 1."),
         QStringLiteral("n"), QStringLiteral("1")},
    });
}

void addTrainOptions(QCommandLineParser &parser)
{
    const TrainConfig defaults;
    auto number = [](double value) { return QString::number(value); };
    parser.addOptions({
        {QStringLiteral("algorithm"),
         QStringLiteral("als, sgd, mean (global mean) or biases. Default: als."),
         QStringLiteral("name"), QStringLiteral("als")},
        {QStringLiteral("factors"),
         QStringLiteral("Latent factors per user and item. Default: %1.").arg(defaults.factors),
         QStringLiteral("n")},
        {QStringLiteral("epochs"),
         QStringLiteral("Training epochs (ALS sweeps or SGD passes). Default: %1.")
             .arg(defaults.epochs),
         QStringLiteral("n")},
        {QStringLiteral("reg"),
         QStringLiteral("Sets all four regularization terms (λ). Default: %1.")
             .arg(number(defaults.userFactorReg)),
         QStringLiteral("lambda")},
        {QStringLiteral("user-reg"), QStringLiteral("λ of the user factors."),
         QStringLiteral("lambda")},
        {QStringLiteral("item-reg"), QStringLiteral("λ of the item factors."),
         QStringLiteral("lambda")},
        {QStringLiteral("user-bias-reg"), QStringLiteral("λ of the user biases."),
         QStringLiteral("lambda")},
        {QStringLiteral("item-bias-reg"), QStringLiteral("λ of the item biases."),
         QStringLiteral("lambda")},
        {QStringLiteral("scaling"),
         QStringLiteral("ALS and biases: wr multiplies λ by each row's rating count "
                        "(ALS-WR), sqrt by its square root, plain leaves λ as given. "
                        "Default: wr."),
         QStringLiteral("mode"), QStringLiteral("wr")},
        {QStringLiteral("solver"),
         QStringLiteral("ALS solver: cholesky (exact) or cg (conjugate gradient). "
                        "Default: cholesky."),
         QStringLiteral("name"), QStringLiteral("cholesky")},
        {QStringLiteral("cg-steps"),
         QStringLiteral("Conjugate-gradient steps per row and half-epoch. Default: %1.")
             .arg(defaults.cgSteps),
         QStringLiteral("n")},
        {QStringLiteral("learning-rate"),
         QStringLiteral("SGD learning rate. Default: %1.").arg(number(defaults.learningRate)),
         QStringLiteral("rate")},
        {QStringLiteral("decay"),
         QStringLiteral("SGD learning-rate factor applied after each epoch. Default: 1."),
         QStringLiteral("factor")},
        {QStringLiteral("parallel-sgd"),
         QStringLiteral("Run SGD on blocks of users and items in parallel (uses --threads).")},
        {QStringLiteral("blocks"),
         QStringLiteral("Blocks per side for parallel SGD. Default: 0 (chosen from the data)."),
         QStringLiteral("n")},
        {QStringLiteral("init-scale"),
         QStringLiteral("Standard deviation of the initial factors times sqrt(factors). "
                        "Default: %1.")
             .arg(number(defaults.initScale)),
         QStringLiteral("scale")},
        {QStringLiteral("threads"),
         QStringLiteral("Worker threads. Default: %1.").arg(defaults.threads),
         QStringLiteral("n")},
        {QStringLiteral("seed"),
         QStringLiteral("Seed of the split, the initialization and the SGD order. "
                        "Default: %1.")
             .arg(defaults.seed),
         QStringLiteral("n")},
    });
}

Result<TrainConfig> trainConfigFrom(const QCommandLineParser &parser)
{
    TrainConfig config;
    Result<Algorithm> algorithm = algorithmFromString(
        parser.value(QStringLiteral("algorithm")).toStdString());
    if (!algorithm)
        return Error{algorithm.error()};
    config.algorithm = algorithm.value();
    Result<AlsSolver> solver = alsSolverFromString(
        parser.value(QStringLiteral("solver")).toStdString());
    if (!solver)
        return Error{solver.error()};
    config.alsSolver = solver.value();

    const QString scaling = parser.value(QStringLiteral("scaling"));
    if (scaling == QLatin1String("wr") || scaling == QLatin1String("als-wr"))
        config.scaling = RegularizationScaling::ByRowCount;
    else if (scaling == QLatin1String("sqrt"))
        config.scaling = RegularizationScaling::BySqrtRowCount;
    else if (scaling == QLatin1String("plain"))
        config.scaling = RegularizationScaling::Plain;
    else
        return Error{"Invalid value '" + scaling.toStdString()
                     + "' for --scaling: expected plain, wr or sqrt."};

    struct IntField
    {
        const char *option;
        int32_t *target;
    };
    for (const IntField &field : {IntField{"factors", &config.factors},
                                  IntField{"epochs", &config.epochs},
                                  IntField{"cg-steps", &config.cgSteps},
                                  IntField{"blocks", &config.sgdBlocks},
                                  IntField{"threads", &config.threads}}) {
        Result<int32_t> value = intOption(parser, QLatin1String(field.option), *field.target);
        if (!value)
            return Error{value.error()};
        *field.target = value.value();
    }

    Result<float> reg = floatOption(parser, QStringLiteral("reg"), config.userFactorReg);
    if (!reg)
        return Error{reg.error()};
    config.userFactorReg = config.itemFactorReg = reg.value();
    config.userBiasReg = config.itemBiasReg = reg.value();
    struct FloatField
    {
        const char *option;
        float *target;
    };
    for (const FloatField &field : {FloatField{"user-reg", &config.userFactorReg},
                                    FloatField{"item-reg", &config.itemFactorReg},
                                    FloatField{"user-bias-reg", &config.userBiasReg},
                                    FloatField{"item-bias-reg", &config.itemBiasReg},
                                    FloatField{"learning-rate", &config.learningRate},
                                    FloatField{"decay", &config.learningRateDecay},
                                    FloatField{"init-scale", &config.initScale}}) {
        Result<float> value = floatOption(parser, QLatin1String(field.option), *field.target);
        if (!value)
            return Error{value.error()};
        *field.target = value.value();
    }
    config.parallelSgd = parser.isSet(QStringLiteral("parallel-sgd"));

    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        config.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return Error{"Invalid value '" + parser.value(QStringLiteral("seed")).toStdString()
                         + "' for --seed: expected a non-negative integer."};
    }
    if (Status status = config.validate(); !status)
        return Error{status.error()};
    return config;
}

Result<PreparedData> prepareData(const QCommandLineParser &parser, const QString &path,
                                 uint64_t seed)
{
    PreparedData data;
    const std::string trainPath = path.toStdString();
    Result<Dataset> loaded = loadPath(trainPath);
    if (!loaded)
        return Error{loaded.error()};
    data.dataset = std::move(loaded.value());
    attachCatalogue(data.dataset, trainPath);

    if (parser.isSet(QStringLiteral("test"))) {
        const std::string testPath = parser.value(QStringLiteral("test")).toStdString();
        const ReadOptions options = isMl100kFile(testPath) ? ReadOptions::ml100k()
                                                           : ReadOptions();
        Result<Dataset> test = readRatingsFileSharingIds(testPath, data.dataset, options);
        if (!test)
            return Error{test.error()};
        data.train = std::move(data.dataset.ratings);
        data.test = std::move(test->ratings);
        data.userCount = test->userCount();
        data.itemCount = test->itemCount();
        data.hasTest = true;
        data.splitDescription = "test file " + testPath;
        // Ids seen only in the test file need entries in the maps for saved models.
        for (int32_t user = data.dataset.userCount(); user < data.userCount; ++user)
            data.dataset.users.insert(std::string_view(test->users.rawId(user)));
        for (int32_t item = data.dataset.itemCount(); item < data.itemCount; ++item)
            data.dataset.items.insert(std::string_view(test->items.rawId(item)));
        data.dataset.clearCaches();
        return data;
    }

    const QString strategy = parser.value(QStringLiteral("split"));
    data.userCount = data.dataset.userCount();
    data.itemCount = data.dataset.itemCount();
    if (strategy == QLatin1String("none")) {
        data.train = std::move(data.dataset.ratings);
        data.dataset.clearCaches();
        data.splitDescription = "no split: all ratings train";
        return data;
    }

    SplitConfig split;
    Result<SplitStrategy> parsed = splitStrategyFromString(strategy.toStdString());
    if (!parsed)
        return Error{parsed.error()};
    split.strategy = parsed.value();
    split.seed = seed;
    bool ok = true;
    split.testPerUser = parser.value(QStringLiteral("test-per-user")).toInt(&ok);
    if (!ok)
        return Error{"Invalid value for --test-per-user: expected an integer."};
    split.minTrainPerUser = parser.value(QStringLiteral("min-train")).toInt(&ok);
    if (!ok)
        return Error{"Invalid value for --min-train: expected an integer."};
    split.testFraction = parser.value(QStringLiteral("test-fraction")).toDouble(&ok);
    if (!ok)
        return Error{"Invalid value for --test-fraction: expected a number."};
    Result<Split> result = splitDataset(data.dataset, split);
    if (!result)
        return Error{result.error()};
    data.train = std::move(result->train);
    data.test = std::move(result->test);
    data.splitDescription = result->summary.describe();
    data.hasTest = !data.test.empty();
    data.dataset.ratings = RatingColumns();
    data.dataset.clearCaches();
    return data;
}

Result<std::vector<int32_t>> parseIntList(const QString &text, const QString &option)
{
    std::vector<int32_t> values;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int value = part.trimmed().toInt(&ok);
        if (!ok)
            return Error{"Invalid value '" + part.toStdString() + "' in --" + option.toStdString()
                         + ": expected comma-separated integers such as 5,10,20."};
        values.push_back(value);
    }
    return values;
}

Result<std::vector<float>> parseFloatList(const QString &text, const QString &option)
{
    std::vector<float> values;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const float value = part.trimmed().toFloat(&ok);
        if (!ok || !std::isfinite(value))
            return Error{"Invalid value '" + part.toStdString() + "' in --" + option.toStdString()
                         + ": expected comma-separated numbers such as 0.01,0.1."};
        values.push_back(value);
    }
    return values;
}

} // namespace RecStudio::Cli
