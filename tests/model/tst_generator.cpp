#include "generator.h"
#include "readers.h"
#include "statistics.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <set>

using namespace RecStudio::Model;

class TestGenerator : public QObject
{
    Q_OBJECT

private slots:
    void generate_exactCountsAndUniquePairs_data();
    void generate_exactCountsAndUniquePairs();
    void generate_deterministicBySeed();
    void generate_halfStarScale();
    void unrounded_residualMatchesNoise();
    void truth_predictsBetterThanMean();
    void popularity_isSkewed();
    void catalogue_hasGenresAndTitles();
    void config_invalidFieldNamed_data();
    void config_invalidFieldNamed();
    void demo_hasDocumentedSize();
    void writeCsv_roundTripsThroughReader();
    void streamedFiles_equalInMemoryFiles();
};

void TestGenerator::generate_exactCountsAndUniquePairs_data()
{
    QTest::addColumn<int>("users");
    QTest::addColumn<int>("items");
    QTest::addColumn<qint64>("ratings");
    QTest::newRow("tiny") << 20 << 30 << qint64(300);
    QTest::newRow("dense") << 10 << 12 << qint64(120);
    QTest::newRow("demo shape") << 600 << 2000 << qint64(60000);
    QTest::newRow("one rating each") << 50 << 1000 << qint64(50);
}

void TestGenerator::generate_exactCountsAndUniquePairs()
{
    QFETCH(int, users);
    QFETCH(int, items);
    QFETCH(qint64, ratings);
    GeneratorConfig config;
    config.users = users;
    config.items = items;
    config.ratings = ratings;
    const Dataset dataset = generateDataset(config);
    QCOMPARE(int64_t(dataset.ratings.size()), int64_t(ratings));
    QCOMPARE(dataset.userCount(), users);
    QVERIFY(dataset.itemCount() <= items);
    QCOMPARE(dataset.movies.size(), std::size_t(items));
    std::set<std::pair<int32_t, int32_t>> pairs;
    for (std::size_t k = 0; k < dataset.ratings.size(); ++k)
        pairs.insert({dataset.ratings.user[k], dataset.ratings.item[k]});
    QCOMPARE(pairs.size(), dataset.ratings.size());
    // Every item in the map has a rating.
    QCOMPARE(computeStatistics(dataset).ratingsPerItem.min > 0, true);
}

void TestGenerator::generate_deterministicBySeed()
{
    GeneratorConfig config;
    config.users = 200;
    config.items = 300;
    config.ratings = 5000;
    const Dataset first = generateDataset(config);
    const Dataset second = generateDataset(config);
    QVERIFY(first.ratings.rating == second.ratings.rating);
    QVERIFY(first.ratings.item == second.ratings.item);
    QVERIFY(first.ratings.timestamp == second.ratings.timestamp);
    QCOMPARE(first.movies[7].title, second.movies[7].title);
    config.seed = 43;
    const Dataset other = generateDataset(config);
    QVERIFY(other.ratings.rating != first.ratings.rating);
}

void TestGenerator::generate_halfStarScale()
{
    const Dataset dataset = generateDataset(GeneratorConfig{});
    for (const float rating : dataset.ratings.rating) {
        QVERIFY(rating >= 0.5f && rating <= 5.0f);
        QCOMPARE(rating * 2.0f, std::round(rating * 2.0f));
    }
    const DatasetStatistics statistics = computeStatistics(dataset);
    for (const int64_t count : statistics.histogram)
        QVERIFY(count > 0); // every half star occurs
    QVERIFY(std::abs(statistics.meanRating - 3.5) < 0.3);
}

void TestGenerator::unrounded_residualMatchesNoise()
{
    GeneratorConfig config;
    config.rounded = false;
    config.noise = 0.3;
    const GeneratedDataset generated = generateWithTruth(config);
    QCOMPARE(generated.truth.noise, 0.3);
    // 60,000 Gaussian draws: the root mean square is within 0.005 of 0.3 with
    // overwhelming probability (its standard error is 0.3 / sqrt(120000), about 0.0009).
    QVERIFY2(std::abs(generated.truth.residualRmse - 0.3) < 0.005,
             qPrintable(QString::number(generated.truth.residualRmse)));
}

void TestGenerator::truth_predictsBetterThanMean()
{
    const GeneratedDataset generated = generateWithTruth(GeneratorConfig{});
    const Dataset &dataset = generated.dataset;
    const GroundTruth &truth = generated.truth;
    QCOMPARE(truth.userBias.size(), std::size_t(dataset.userCount()));
    QCOMPARE(truth.itemBias.size(), std::size_t(dataset.itemCount()));
    QCOMPARE(truth.itemFactors.size(), std::size_t(dataset.itemCount() * truth.factors));
    double truthError = 0.0;
    double meanError = 0.0;
    const auto f = std::size_t(truth.factors);
    for (std::size_t k = 0; k < dataset.ratings.size(); ++k) {
        const auto u = std::size_t(dataset.ratings.user[k]);
        const auto i = std::size_t(dataset.ratings.item[k]);
        double prediction = truth.globalMean + truth.userBias[u] + truth.itemBias[i];
        for (std::size_t j = 0; j < f; ++j)
            prediction += double(truth.userFactors[u * f + j]) * truth.itemFactors[i * f + j];
        prediction = std::clamp(prediction, 0.5, 5.0);
        truthError += std::pow(dataset.ratings.rating[k] - prediction, 2);
        meanError += std::pow(dataset.ratings.rating[k] - 3.5, 2);
    }
    const double truthRmse = std::sqrt(truthError / double(dataset.ratings.size()));
    const double meanRmse = std::sqrt(meanError / double(dataset.ratings.size()));
    // The planted structure explains most of the variance: the true model's error is
    // close to the noise level, far below predicting the mean.
    QVERIFY2(truthRmse < 0.6, qPrintable(QString::number(truthRmse)));
    QVERIFY2(meanRmse > 1.0, qPrintable(QString::number(meanRmse)));
}

void TestGenerator::popularity_isSkewed()
{
    const DatasetStatistics statistics = computeStatistics(generateDataset(GeneratorConfig{}));
    // Power-law popularity: the most rated item has many times the median count.
    QVERIFY(statistics.ratingsPerItem.max > 10 * statistics.ratingsPerItem.median);
    QVERIFY(statistics.ratingsPerUser.max > 3 * statistics.ratingsPerUser.median);
}

void TestGenerator::catalogue_hasGenresAndTitles()
{
    const Dataset dataset = generateDataset(GeneratorConfig{});
    std::set<std::string> genres;
    for (const Movie &movie : dataset.movies) {
        QVERIFY(!movie.genres.empty() && movie.genres.size() <= 3);
        genres.insert(movie.genres.begin(), movie.genres.end());
        // "... (YYYY)"
        QVERIFY(movie.title.size() > 7);
        QCOMPARE(movie.title.back(), ')');
        QCOMPARE(movie.title[movie.title.size() - 6], '(');
    }
    QCOMPARE(genres.size(), std::size_t(18));
    QVERIFY(genres.count("Drama"));
    QVERIFY(genres.count("Sci-Fi"));
    QCOMPARE(dataset.movies[0].rawId, std::string("1"));
}

void TestGenerator::config_invalidFieldNamed_data()
{
    QTest::addColumn<int>("users");
    QTest::addColumn<int>("items");
    QTest::addColumn<qint64>("ratings");
    QTest::addColumn<double>("noise");
    QTest::addColumn<QString>("field");
    QTest::newRow("no users") << 0 << 10 << qint64(10) << 0.5 << QStringLiteral("users");
    QTest::newRow("no items") << 10 << 0 << qint64(10) << 0.5 << QStringLiteral("items");
    QTest::newRow("too few ratings") << 10 << 10 << qint64(9) << 0.5 << QStringLiteral("ratings");
    QTest::newRow("too many ratings") << 10 << 10 << qint64(101) << 0.5
                                      << QStringLiteral("users x items");
    QTest::newRow("negative noise") << 10 << 10 << qint64(20) << -0.1 << QStringLiteral("noise");
}

void TestGenerator::config_invalidFieldNamed()
{
    QFETCH(int, users);
    QFETCH(int, items);
    QFETCH(qint64, ratings);
    QFETCH(double, noise);
    QFETCH(QString, field);
    GeneratorConfig config;
    config.users = users;
    config.items = items;
    config.ratings = ratings;
    config.noise = noise;
    const Status status = config.validate();
    QVERIFY(!status.ok());
    QVERIFY2(status.error().find(field.toStdString()) != std::string::npos,
             status.error().c_str());
}

void TestGenerator::demo_hasDocumentedSize()
{
    const Dataset demo = demoDataset();
    QCOMPARE(demo.userCount(), 600);
    QCOMPARE(demo.ratings.size(), std::size_t(60000));
    QVERIFY(demo.itemCount() > 1900);
    QVERIFY(demo.movieOfItem(0) >= 0);
    QVERIFY(!demo.name.empty());
}

void TestGenerator::writeCsv_roundTripsThroughReader()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const Dataset dataset = demoDataset();
    const Status written = writeMovieLensCsv(dataset, folder.path().toStdString());
    QVERIFY2(written.ok(), written.ok() ? "" : written.error().c_str());
    // No temporary file is left behind.
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files).size(), 2);

    const Result<Dataset> read = loadPath(folder.path().toStdString());
    QVERIFY2(read.ok(), read.ok() ? "" : read.error().c_str());
    QCOMPARE(read->ratings.size(), dataset.ratings.size());
    QCOMPARE(read->movies.size(), dataset.movies.size());
    QVERIFY(read->ratings.rating == dataset.ratings.rating);
    QVERIFY(read->ratings.timestamp == dataset.ratings.timestamp);
    for (std::size_t k = 0; k < dataset.ratings.size(); k += 997) {
        QCOMPARE(read->users.rawId(read->ratings.user[k]),
                 dataset.users.rawId(dataset.ratings.user[k]));
        QCOMPARE(read->items.rawId(read->ratings.item[k]),
                 dataset.items.rawId(dataset.ratings.item[k]));
        QCOMPARE(read->itemTitle(read->ratings.item[k]),
                 dataset.itemTitle(dataset.ratings.item[k]));
    }
    for (std::size_t m = 0; m < dataset.movies.size(); ++m) {
        QCOMPARE(read->movies[m].title, dataset.movies[m].title);
        QCOMPARE(read->movies[m].genres, dataset.movies[m].genres);
    }
}

void TestGenerator::streamedFiles_equalInMemoryFiles()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    GeneratorConfig config;
    config.users = 300;
    config.items = 500;
    config.ratings = 20000;
    const QString streamed = folder.filePath(QStringLiteral("streamed"));
    const QString inMemory = folder.filePath(QStringLiteral("memory"));
    QVERIFY(writeGeneratedMovieLensCsv(config, streamed.toStdString()).ok());
    QVERIFY(writeMovieLensCsv(generateDataset(config), inMemory.toStdString()).ok());
    for (const QString &name : {QStringLiteral("ratings.csv"), QStringLiteral("movies.csv")}) {
        QFile a(QDir(streamed).filePath(name));
        QFile b(QDir(inMemory).filePath(name));
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(a.readAll(), b.readAll());
    }

    const Status canceled = writeGeneratedMovieLensCsv(
        config, folder.filePath(QStringLiteral("canceled")).toStdString(),
        [](double) { return false; });
    QVERIFY(!canceled.ok());
    QVERIFY(!QFile::exists(folder.filePath(QStringLiteral("canceled/ratings.csv"))));
}

QTEST_APPLESS_MAIN(TestGenerator)
#include "tst_generator.moc"
