#include "readers.h"
#include "statistics.h"
#include "testdata.h"

#include <QTest>

using namespace RecStudio::Model;

class TestStatistics : public QObject
{
    Q_OBJECT

private slots:
    void quantiles_nearestRank_data();
    void quantiles_nearestRank();
    void smallDataset_exactFigures();
    void emptyDataset_allZero();
    void halfStarHistogram_roundsToNearest();
    void movieLensSmall_figures();
};

void TestStatistics::quantiles_nearestRank_data()
{
    QTest::addColumn<QList<qint64>>("counts");
    QTest::addColumn<qint64>("p10");
    QTest::addColumn<qint64>("median");
    QTest::addColumn<qint64>("p90");
    QTest::addColumn<double>("mean");
    QTest::newRow("one value") << QList<qint64>{7} << qint64(7) << qint64(7) << qint64(7) << 7.0;
    QTest::newRow("1 to 10") << QList<qint64>{10, 9, 8, 7, 6, 5, 4, 3, 2, 1} << qint64(1)
                             << qint64(5) << qint64(9) << 5.5;
    QTest::newRow("skewed") << QList<qint64>{1, 1, 1, 1, 100} << qint64(1) << qint64(1)
                            << qint64(100) << 20.8;
}

void TestStatistics::quantiles_nearestRank()
{
    QFETCH(QList<qint64>, counts);
    QFETCH(qint64, p10);
    QFETCH(qint64, median);
    QFETCH(qint64, p90);
    QFETCH(double, mean);
    const CountQuantiles quantiles = countQuantiles(std::vector<int64_t>(counts.begin(),
                                                                         counts.end()));
    QCOMPARE(quantiles.p10, int64_t(p10));
    QCOMPARE(quantiles.median, int64_t(median));
    QCOMPARE(quantiles.p90, int64_t(p90));
    QCOMPARE(quantiles.mean, mean);
    QCOMPARE(quantiles.min, *std::min_element(counts.begin(), counts.end()));
    QCOMPARE(quantiles.max, *std::max_element(counts.begin(), counts.end()));
}

void TestStatistics::smallDataset_exactFigures()
{
    const Result<Dataset> dataset = loadPath(
        RecStudio::Tests::fixturePath(QStringLiteral("movielens_folder")).toStdString());
    QVERIFY(dataset.ok());
    const DatasetStatistics statistics = computeStatistics(dataset.value());
    QCOMPARE(statistics.users, int64_t(2));
    QCOMPARE(statistics.items, int64_t(2));
    QCOMPARE(statistics.movies, int64_t(3));
    QCOMPARE(statistics.ratings, int64_t(3));
    QCOMPARE(statistics.density, 0.75);
    QCOMPARE(statistics.meanRating, 12.5 / 3.0);
    QCOMPARE(statistics.minRating, 3.5);
    QCOMPARE(statistics.maxRating, 5.0);
    QCOMPARE(statistics.histogram[6], int64_t(1)); // 3.5
    QCOMPARE(statistics.histogram[7], int64_t(1)); // 4.0
    QCOMPARE(statistics.histogram[9], int64_t(1)); // 5.0
    QCOMPARE(statistics.ratingsPerUser.max, int64_t(2));
    QCOMPARE(statistics.ratingsPerUser.min, int64_t(1));
    QCOMPARE(statistics.ratingsPerItem.max, int64_t(2));
}

void TestStatistics::emptyDataset_allZero()
{
    const DatasetStatistics statistics = computeStatistics(Dataset());
    QCOMPARE(statistics.ratings, int64_t(0));
    QCOMPARE(statistics.density, 0.0);
    QCOMPARE(statistics.meanRating, 0.0);
    QCOMPARE(statistics.ratingsPerUser.max, int64_t(0));
}

void TestStatistics::halfStarHistogram_roundsToNearest()
{
    Dataset dataset;
    dataset.users.insert(int64_t(1));
    for (int64_t item = 0; item < 4; ++item)
        dataset.items.insert(item);
    dataset.ratings.push_back(0, 0, 3.7f, 0);  // nearest half star 3.5
    dataset.ratings.push_back(0, 1, 3.8f, 0);  // 4.0
    dataset.ratings.push_back(0, 2, 0.1f, 0);  // below the scale: first bucket
    dataset.ratings.push_back(0, 3, 7.0f, 0);  // above the scale: last bucket
    const DatasetStatistics statistics = computeStatistics(dataset);
    QCOMPARE(statistics.histogram[6], int64_t(1));
    QCOMPARE(statistics.histogram[7], int64_t(1));
    QCOMPARE(statistics.histogram[0], int64_t(1));
    QCOMPARE(statistics.histogram[9], int64_t(1));
}

void TestStatistics::movieLensSmall_figures()
{
    RECSTUDIO_REQUIRE_MOVIELENS(folder, "ml-latest-small");
    const Result<Dataset> dataset = loadPath(folder.toStdString());
    QVERIFY(dataset.ok());
    const DatasetStatistics statistics = computeStatistics(dataset.value());
    QCOMPARE(statistics.users, int64_t(610));
    QCOMPARE(statistics.items, int64_t(9724));
    QCOMPARE(statistics.movies, int64_t(9742));
    QCOMPARE(statistics.ratings, int64_t(100836));
    QCOMPARE(statistics.ratingsPerUser.min, int64_t(20)); // MovieLens keeps users with >= 20
    QCOMPARE(statistics.histogram[7], int64_t(26818));    // 4.0 is the most common rating
    QVERIFY(std::abs(statistics.density - 100836.0 / (610.0 * 9724.0)) < 1e-12);
}

QTEST_APPLESS_MAIN(TestStatistics)
#include "tst_statistics.moc"
