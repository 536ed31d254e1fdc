#include "metrics.h"

#include <QTest>

#include <cmath>

using namespace RecStudio::Model;

namespace {

// Six items ranked by bias alone (no factors): item 0 scores highest, item 5 lowest.
FactorModel rankedByIndex()
{
    FactorModel model;
    model.reset(2, 6, 0);
    model.globalMean = 3.0f;
    model.itemBias << 0.6f, 0.5f, 0.4f, 0.3f, 0.2f, 0.1f;
    return model;
}

} // namespace

class TestMetrics : public QObject
{
    Q_OBJECT

private slots:
    void errorMetrics_countsUnseen();
    void errorMetrics_threadsGiveSameSums();
    void rankingMetrics_handComputed_data();
    void rankingMetrics_handComputed();
    void rankingMetrics_excludesTrainingItems();
};

void TestMetrics::errorMetrics_countsUnseen()
{
    FactorModel model;
    model.reset(3, 3, 1);
    model.globalMean = 3.0f;
    model.userBias << 0.5f, -0.5f, 0.0f;
    model.itemBias << 0.25f, 0.0f, 0.0f;
    model.userFactors << 1.0f, 2.0f, 0.0f;
    model.itemFactors << 0.5f, 1.0f, 0.0f;
    model.userRatingCounts = {4, 2, 0}; // user 2 unseen
    model.itemRatingCounts = {3, 3, 0}; // item 2 unseen

    RatingColumns test;
    test.push_back(0, 0, 4.0f, 0); // 3 + 0.5 + 0.25 + 0.5 = 4.25, error −0.25
    test.push_back(1, 1, 5.0f, 0); // 3 − 0.5 + 0 + 2 = 4.5, error 0.5
    test.push_back(2, 0, 2.0f, 0); // unseen user: 3 + 0.25 = 3.25, error −1.25
    test.push_back(0, 2, 3.0f, 0); // unseen item: 3 + 0.5 = 3.5, error −0.5
    const ErrorMetrics metrics = errorMetrics(model, test);
    QCOMPARE(metrics.count, int64_t(4));
    QCOMPARE(metrics.unseenUsers, int64_t(1));
    QCOMPARE(metrics.unseenItems, int64_t(1));
    const double mse = (0.0625 + 0.25 + 1.5625 + 0.25) / 4.0;
    QVERIFY(std::abs(metrics.mse - mse) < 1e-9);
    QVERIFY(std::abs(metrics.rmse - std::sqrt(mse)) < 1e-9);
    QVERIFY(std::abs(metrics.mae - (0.25 + 0.5 + 1.25 + 0.5) / 4.0) < 1e-9);

    const ErrorMetrics empty = errorMetrics(model, RatingColumns());
    QCOMPARE(empty.count, int64_t(0));
    QCOMPARE(empty.rmse, 0.0);
}

void TestMetrics::errorMetrics_threadsGiveSameSums()
{
    FactorModel model;
    model.reset(50, 40, 3);
    model.randomizeFactors(1.0f, 5);
    RatingColumns ratings;
    for (int32_t k = 0; k < 300000; ++k)
        ratings.push_back(k % 50, (k * 7) % 40, float(1 + k % 5), 0);
    const ErrorMetrics one = errorMetrics(model, ratings, 1);
    const ErrorMetrics two = errorMetrics(model, ratings, 2);
    QCOMPARE(one.mse, two.mse);
    QCOMPARE(one.mae, two.mae);
}

void TestMetrics::rankingMetrics_handComputed_data()
{
    QTest::addColumn<int>("k");
    QTest::addColumn<double>("threshold");
    QTest::addColumn<double>("precision");
    QTest::addColumn<double>("recall");
    QTest::addColumn<double>("ndcg");
    QTest::addColumn<double>("map");
    QTest::addColumn<double>("coverage");

    // User 0 rated item 0 in train, so its list is 1, 2, 3; relevant test items 2 and 4.
    // User 1 has no train rating: list 0, 1, 2; relevant test items 0 and 5.
    const double d2 = 1.0 / std::log2(3.0);
    QTest::newRow("k=3, threshold 4")
        << 3 << 4.0 << 1.0 / 3.0 << 0.5 << (d2 / (1 + d2) + 1 / (1 + d2)) / 2 << 0.375
        << 4.0 / 6.0;
    // Only the 5.0 and 4.5 ratings are relevant: item 2 for user 0, item 0 for user 1.
    QTest::newRow("k=3, threshold 4.5")
        << 3 << 4.5 << 1.0 / 3.0 << 1.0 << (d2 + 1.0) / 2 << 0.75 << 4.0 / 6.0;
    QTest::newRow("k=1, threshold 4") << 1 << 4.0 << 0.5 << 0.25 << 0.5 << 0.5 << 2.0 / 6.0;
}

void TestMetrics::rankingMetrics_handComputed()
{
    QFETCH(int, k);
    QFETCH(double, threshold);
    QFETCH(double, precision);
    QFETCH(double, recall);
    QFETCH(double, ndcg);
    QFETCH(double, map);
    QFETCH(double, coverage);

    RatingColumns train;
    train.push_back(0, 0, 5.0f, 0);
    RatingColumns test;
    test.push_back(0, 2, 5.0f, 0);
    test.push_back(0, 4, 4.0f, 0);
    test.push_back(0, 3, 3.0f, 0);
    test.push_back(1, 0, 4.5f, 0);
    test.push_back(1, 5, 4.0f, 0);

    const RankingMetrics metrics = rankingMetrics(rankedByIndex(), train, test, 2, 6, k,
                                                  threshold, 2);
    QCOMPARE(metrics.usersEvaluated, 2);
    QCOMPARE(metrics.k, k);
    QVERIFY2(std::abs(metrics.precision - precision) < 1e-9, qPrintable(QString::number(metrics.precision)));
    QVERIFY2(std::abs(metrics.recall - recall) < 1e-9, qPrintable(QString::number(metrics.recall)));
    QVERIFY2(std::abs(metrics.ndcg - ndcg) < 1e-9, qPrintable(QString::number(metrics.ndcg)));
    QVERIFY2(std::abs(metrics.map - map) < 1e-9, qPrintable(QString::number(metrics.map)));
    QVERIFY2(std::abs(metrics.coverage - coverage) < 1e-9,
             qPrintable(QString::number(metrics.coverage)));
}

void TestMetrics::rankingMetrics_excludesTrainingItems()
{
    // The relevant test item would rank first, but the user also rated it in train
    // (a duplicate across the split), so it must not be recommended and scores 0.
    RatingColumns train;
    train.push_back(0, 0, 5.0f, 0);
    RatingColumns test;
    test.push_back(0, 0, 5.0f, 0);
    const RankingMetrics metrics = rankingMetrics(rankedByIndex(), train, test, 2, 6, 2, 4.0, 1);
    QCOMPARE(metrics.usersEvaluated, 1);
    QCOMPARE(metrics.precision, 0.0);
    QCOMPARE(metrics.coverage, 2.0 / 6.0);
}

QTEST_APPLESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
