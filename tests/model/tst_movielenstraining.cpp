#include "metrics.h"
#include "readers.h"
#include "similarity.h"
#include "split.h"
#include "testdata.h"
#include "trainer.h"

#include <QTest>

#include <set>
#include <utility>

using namespace RecStudio::Model;

Q_DECLARE_METATYPE(RecStudio::Model::TrainConfig)

// Quality on the real MovieLens sets, with the settings docs/benchmarks.md lists.
// Skipped with a message when the data is not present.
class TestMovieLensTraining : public QObject
{
    Q_OBJECT

private slots:
    void ml100kU1_reachesTargetRmse_data();
    void ml100kU1_reachesTargetRmse();
    void latestSmallHoldout_alsReachesTarget();
    void latestSmall_heatHasFiveSimilar();

private:
    // Trains and returns the test RMSE of the last epoch, or -1 on failure.
    static double trainAndScore(const RatingColumns &trainRatings, const RatingColumns &test,
                                int32_t users, int32_t items, const TrainConfig &config,
                                FactorModel &model);
};

double TestMovieLensTraining::trainAndScore(const RatingColumns &trainRatings,
                                            const RatingColumns &test,
                                            int32_t users, int32_t items,
                                            const TrainConfig &config, FactorModel &model)
{
    EpochStats last;
    const TrainOutcome outcome = train(
        {&trainRatings, &test, users, items}, config, model,
        [&](const EpochStats &stats) {
            last = stats;
            return true;
        });
    if (outcome.status != TrainStatus::Finished) {
        qWarning("training failed: %s", outcome.message.c_str());
        return -1.0;
    }
    return last.test.rmse;
}

void TestMovieLensTraining::ml100kU1_reachesTargetRmse_data()
{
    QTest::addColumn<TrainConfig>("config");

    TrainConfig als;
    als.algorithm = Algorithm::Als;
    als.factors = 100;
    als.epochs = 5;
    als.userFactorReg = als.itemFactorReg = 1.2f;
    als.userBiasReg = als.itemBiasReg = 0.1f;
    als.scaling = RegularizationScaling::BySqrtRowCount;
    als.threads = 2;
    QTest::newRow("ALS") << als;

    TrainConfig sgd;
    sgd.algorithm = Algorithm::Sgd;
    sgd.factors = 100;
    sgd.epochs = 50;
    sgd.learningRate = 0.015f;
    sgd.learningRateDecay = 0.96f;
    sgd.userFactorReg = sgd.itemFactorReg = 0.05f;
    sgd.userBiasReg = sgd.itemBiasReg = 0.01f;
    QTest::newRow("SGD") << sgd;
}

void TestMovieLensTraining::ml100kU1_reachesTargetRmse()
{
    QFETCH(TrainConfig, config);
    RECSTUDIO_REQUIRE_MOVIELENS(folder, "ml-100k");
    const std::string base = QDir(folder).filePath(QStringLiteral("u1.base")).toStdString();
    const std::string testPath = QDir(folder).filePath(QStringLiteral("u1.test")).toStdString();
    Result<Dataset> train = loadPath(base);
    QVERIFY2(train.ok(), train.ok() ? "" : train.error().c_str());
    Result<Dataset> test = readRatingsFileSharingIds(testPath, train.value(), ReadOptions::ml100k());
    QVERIFY2(test.ok(), test.ok() ? "" : test.error().c_str());
    QCOMPARE(train->ratings.size(), std::size_t(80000));
    QCOMPARE(test->ratings.size(), std::size_t(20000));

    FactorModel model;
    const double rmse = trainAndScore(train->ratings, test->ratings, test->userCount(),
                                      test->itemCount(), config, model);
    QVERIFY2(rmse > 0.0 && rmse <= 0.92,
             qPrintable(QStringLiteral("test RMSE %1 with %2")
                            .arg(rmse)
                            .arg(QString::fromStdString(config.describe()))));
}

void TestMovieLensTraining::latestSmallHoldout_alsReachesTarget()
{
    RECSTUDIO_REQUIRE_MOVIELENS(folder, "ml-latest-small");
    Result<Dataset> dataset = loadPath(folder.toStdString());
    QVERIFY2(dataset.ok(), dataset.ok() ? "" : dataset.error().c_str());
    SplitConfig splitConfig; // per-user holdout of 10, seed 42
    Result<Split> split = splitDataset(dataset.value(), splitConfig);
    QVERIFY2(split.ok(), split.ok() ? "" : split.error().c_str());

    // No test pair may appear in train.
    std::set<std::pair<int32_t, int32_t>> trainPairs;
    for (std::size_t k = 0; k < split->train.size(); ++k)
        trainPairs.emplace(split->train.user[k], split->train.item[k]);
    for (std::size_t k = 0; k < split->test.size(); ++k)
        QVERIFY(!trainPairs.count({split->test.user[k], split->test.item[k]}));

    TrainConfig config;
    config.factors = 20;
    config.epochs = 20;
    config.userFactorReg = config.itemFactorReg = 0.1f;
    config.userBiasReg = config.itemBiasReg = 0.1f;
    config.scaling = RegularizationScaling::ByRowCount;
    config.threads = 2;
    FactorModel model;
    const double rmse = trainAndScore(split->train, split->test, dataset->userCount(),
                                      dataset->itemCount(), config, model);
    QVERIFY2(rmse > 0.0 && rmse <= 0.90, qPrintable(QString::number(rmse)));

    // Ranking metrics on the same split stay in their valid ranges.
    const RankingMetrics ranking = rankingMetrics(model, split->train, split->test,
                                                  dataset->userCount(), dataset->itemCount(),
                                                  10, 4.0, 2);
    QVERIFY(ranking.usersEvaluated > 0);
    QVERIFY(ranking.precision >= 0.0 && ranking.precision <= 1.0);
    QVERIFY(ranking.ndcg >= 0.0 && ranking.ndcg <= 1.0);
    QVERIFY(ranking.coverage > 0.0 && ranking.coverage <= 1.0);
}

void TestMovieLensTraining::latestSmall_heatHasFiveSimilar()
{
    RECSTUDIO_REQUIRE_MOVIELENS(folder, "ml-latest-small");
    Result<Dataset> dataset = loadPath(folder.toStdString());
    QVERIFY2(dataset.ok(), dataset.ok() ? "" : dataset.error().c_str());
    int32_t heat = -1;
    for (int32_t item = 0; item < dataset->itemCount(); ++item) {
        if (dataset->itemTitle(item) == "Heat (1995)")
            heat = item;
    }
    QVERIFY(heat >= 0);

    TrainConfig config;
    config.factors = 20;
    config.epochs = 20;
    config.scaling = RegularizationScaling::ByRowCount;
    config.threads = 2;
    FactorModel model;
    QCOMPARE(train({&dataset->ratings, nullptr, dataset->userCount(), dataset->itemCount()},
                   config, model, {})
                 .status,
             TrainStatus::Finished);
    const Result<std::vector<Neighbor>> similar = similarItems(model, {heat, 5, 0}, {});
    QVERIFY2(similar.ok(), similar.ok() ? "" : similar.error().c_str());
    QCOMPARE(similar->size(), std::size_t(5));
    std::set<int32_t> distinct;
    for (const Neighbor &neighbor : similar.value()) {
        QVERIFY(neighbor.item != heat);
        QVERIFY(dataset->itemTitle(neighbor.item) != "Heat (1995)");
        distinct.insert(neighbor.item);
    }
    QCOMPARE(distinct.size(), std::size_t(5));
    for (std::size_t rank = 1; rank < similar->size(); ++rank)
        QVERIFY(similar.value()[rank - 1].similarity >= similar.value()[rank].similarity);
}

QTEST_APPLESS_MAIN(TestMovieLensTraining)
#include "tst_movielenstraining.moc"
