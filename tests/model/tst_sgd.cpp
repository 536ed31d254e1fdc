#include "plantedratings.h"
#include "trainer.h"

#include <QTest>

#include <atomic>
#include <cmath>
#include <cstring>
#include <thread>

using namespace RecStudio::Model;
using RecStudio::Tests::PlantedRatings;
using RecStudio::Tests::plantedRatings;
using RecStudio::Tests::inputOf;
using RecStudio::Tests::sameBits;
using RecStudio::Tests::TrainRun;
using RecStudio::Tests::trainWithHistory;

namespace {

TrainConfig sgdConfig()
{
    TrainConfig config;
    config.algorithm = Algorithm::Sgd;
    config.factors = 5;
    config.epochs = 40;
    config.learningRate = 0.01f;
    config.userFactorReg = config.itemFactorReg = 0.02f;
    config.userBiasReg = config.itemBiasReg = 0.02f;
    return config;
}

} // namespace

class TestSgd : public QObject
{
    Q_OBJECT

private slots:
    void plantedStructure_reachesNoiseLevel_data();
    void plantedStructure_reachesNoiseLevel();
    void singleRating_followsUpdateRule();
    void sequential_sameSeedBitIdentical();
    void blocks_threadCountDoesNotChangeModel();
    void learningRateDecay_changesModel();
    void hugeLearningRate_diverges();
    void cancelMidEpoch_restoresLastEpoch();
    void baselines_fitMeanAndBiases();
    void rowWithoutRatings_keepsZeroParameters();
    void nearPerfectFit_notDivergence();
};

// Equal ratings are fitted almost exactly. The train MSE then moves among tiny values,
// where relative growth means nothing, and training must still finish.
void TestSgd::nearPerfectFit_notDivergence()
{
    RatingColumns ratings;
    for (int32_t user = 0; user < 20; ++user)
        for (int32_t item = 0; item < 10; ++item)
            ratings.push_back(user, item, 4.0f, 0);
    for (Algorithm algorithm : {Algorithm::Sgd, Algorithm::Als}) {
        TrainConfig config = sgdConfig();
        config.algorithm = algorithm;
        config.epochs = 30;
        FactorModel model;
        double lastMse = 1.0;
        const TrainOutcome outcome = train({&ratings, nullptr, 20, 10}, config, model,
                                           [&](const EpochStats &stats) {
                                               lastMse = stats.train.mse;
                                               return true;
                                           });
        QCOMPARE(outcome.status, TrainStatus::Finished);
        QVERIFY(lastMse < 1e-6);
    }
}

void TestSgd::rowWithoutRatings_keepsZeroParameters()
{
    for (bool parallel : {false, true}) {
        RatingColumns ratings;
        ratings.push_back(0, 0, 4.0f, 0);
        ratings.push_back(1, 1, 2.0f, 0);
        TrainConfig config = sgdConfig();
        config.epochs = 3;
        config.parallelSgd = parallel;
        FactorModel model;
        // User 2 and item 2 have no training rating.
        QCOMPARE(train({&ratings, nullptr, 3, 3}, config, model, {}).status,
                 TrainStatus::Finished);
        QVERIFY(model.userFactors.row(2).isZero(0.0f));
        QVERIFY(model.itemFactors.row(2).isZero(0.0f));
        QCOMPARE(model.userBias[2], 0.0f);
        QVERIFY(!model.userFactors.row(0).isZero(0.0f));
    }
}

void TestSgd::plantedStructure_reachesNoiseLevel_data()
{
    QTest::addColumn<bool>("parallel");
    QTest::newRow("sequential") << false;
    QTest::newRow("blocks") << true;
}

void TestSgd::plantedStructure_reachesNoiseLevel()
{
    QFETCH(bool, parallel);
    const double noise = 0.5;
    const PlantedRatings planted = plantedRatings(1000, 500, 200, 20, 5, noise, 21);
    TrainConfig config = sgdConfig();
    config.parallelSgd = parallel;
    config.threads = 2;
    config.learningRateDecay = 0.95f;
    FactorModel model;
    const TrainRun run = trainWithHistory(planted, config, model);
    const TrainOutcome &outcome = run.outcome;
    const std::vector<EpochStats> &history = run.history;
    QCOMPARE(outcome.status, TrainStatus::Finished);
    QCOMPARE(int(history.size()), config.epochs);
    QVERIFY(history.back().train.mse < history.front().train.mse);
    const double testRmse = history.back().test.rmse;
    QVERIFY2(testRmse <= 1.05 * noise,
             qPrintable(QStringLiteral("test RMSE %1, noise %2").arg(testRmse).arg(noise)));
}

// One rating, one epoch: the result must match the update rule computed by hand.
void TestSgd::singleRating_followsUpdateRule()
{
    RatingColumns ratings;
    ratings.push_back(0, 0, 4.0f, 0);
    ratings.push_back(1, 1, 2.0f, 0);
    TrainConfig config = sgdConfig();
    config.factors = 2;
    config.epochs = 1;
    config.learningRate = 0.1f;
    config.userFactorReg = 0.5f;
    config.itemFactorReg = 0.25f;
    config.userBiasReg = 0.2f;
    config.itemBiasReg = 0.4f;

    // Same initial factors as train() uses.
    FactorModel initial;
    initial.reset(2, 2, 2);
    initial.randomizeFactors(config.initScale, config.seed);

    FactorModel model;
    QCOMPARE(train({&ratings, nullptr, 2, 2}, config, model, {}).status, TrainStatus::Finished);
    QCOMPARE(model.globalMean, 3.0f);

    // User 0 and item 0 meet only in rating (0, 0), so their update is exactly one step.
    const double eta = 0.1;
    const Eigen::Vector2d p = initial.userFactors.row(0).transpose().cast<double>();
    const Eigen::Vector2d q = initial.itemFactors.row(0).transpose().cast<double>();
    const double error = 4.0 - (3.0 + p.dot(q));
    const Eigen::Vector2d expectedP = p + eta * (error * q - 0.5 * p);
    const Eigen::Vector2d expectedQ = q + eta * (error * p - 0.25 * q);
    QVERIFY(std::abs(model.userBias[0] - eta * error) < 1e-6);
    QVERIFY(std::abs(model.itemBias[0] - eta * error) < 1e-6);
    QVERIFY((model.userFactors.row(0).transpose().cast<double>() - expectedP).norm() < 1e-6);
    QVERIFY((model.itemFactors.row(0).transpose().cast<double>() - expectedQ).norm() < 1e-6);
}

void TestSgd::sequential_sameSeedBitIdentical()
{
    const PlantedRatings planted = plantedRatings(200, 100, 30, 5, 4, 0.3, 22);
    TrainConfig config = sgdConfig();
    config.epochs = 5;
    FactorModel first, second, otherSeed;
    QCOMPARE(train(inputOf(planted), config, first, {}).status, TrainStatus::Finished);
    QCOMPARE(train(inputOf(planted), config, second, {}).status, TrainStatus::Finished);
    QVERIFY(sameBits(first, second));
    config.seed = 7;
    QCOMPARE(train(inputOf(planted), config, otherSeed, {}).status, TrainStatus::Finished);
    QVERIFY(!sameBits(first, otherSeed));
}

void TestSgd::blocks_threadCountDoesNotChangeModel()
{
    const PlantedRatings planted = plantedRatings(400, 300, 40, 5, 4, 0.3, 23);
    TrainConfig config = sgdConfig();
    config.epochs = 4;
    config.parallelSgd = true;
    config.sgdBlocks = 6;
    FactorModel single, parallel, again;
    config.threads = 1;
    QCOMPARE(train(inputOf(planted), config, single, {}).status, TrainStatus::Finished);
    config.threads = 2;
    QCOMPARE(train(inputOf(planted), config, parallel, {}).status, TrainStatus::Finished);
    QCOMPARE(train(inputOf(planted), config, again, {}).status, TrainStatus::Finished);
    QVERIFY(sameBits(single, parallel));
    QVERIFY(sameBits(parallel, again));
}

void TestSgd::learningRateDecay_changesModel()
{
    const PlantedRatings planted = plantedRatings(100, 80, 20, 0, 3, 0.3, 24);
    TrainConfig config = sgdConfig();
    config.epochs = 3;
    FactorModel constant, decayed;
    QCOMPARE(train(inputOf(planted, false), config, constant, {}).status, TrainStatus::Finished);
    config.learningRateDecay = 0.5f;
    QCOMPARE(train(inputOf(planted, false), config, decayed, {}).status, TrainStatus::Finished);
    QVERIFY(!sameBits(constant, decayed));
    // With one epoch, decay has not applied yet.
    config.epochs = 1;
    FactorModel oneDecayed, oneConstant;
    QCOMPARE(train(inputOf(planted, false), config, oneDecayed, {}).status,
             TrainStatus::Finished);
    config.learningRateDecay = 1.0f;
    QCOMPARE(train(inputOf(planted, false), config, oneConstant, {}).status,
             TrainStatus::Finished);
    QVERIFY(sameBits(oneDecayed, oneConstant));
}

void TestSgd::hugeLearningRate_diverges()
{
    const PlantedRatings planted = plantedRatings(200, 100, 30, 5, 4, 0.3, 25);
    TrainConfig config = sgdConfig();
    config.learningRate = 5.0f;
    config.epochs = 20;
    FactorModel model;
    const TrainRun run = trainWithHistory(planted, config, model);
    const TrainOutcome &outcome = run.outcome;
    const std::vector<EpochStats> &history = run.history;
    QCOMPARE(outcome.status, TrainStatus::Diverged);
    const std::string epoch = "epoch " + std::to_string(outcome.epochsCompleted + 1);
    QVERIFY2(outcome.message.find(epoch) != std::string::npos, outcome.message.c_str());
    QVERIFY2(outcome.message.find("learning rate 5") != std::string::npos,
             outcome.message.c_str());
    QVERIFY(model.isFinite());
    QCOMPARE(int(history.size()), outcome.epochsCompleted);
    for (const EpochStats &stats : history) {
        QVERIFY(std::isfinite(stats.train.mse));
        QVERIFY(std::isfinite(stats.test.rmse));
    }
}

void TestSgd::cancelMidEpoch_restoresLastEpoch()
{
    // Large enough that an epoch takes a while, so the flag lands inside one.
    const PlantedRatings planted = plantedRatings(4000, 2000, 250, 0, 5, 0.3, 26);
    TrainConfig config = sgdConfig();
    config.factors = 64;
    config.epochs = 100000;
    std::atomic_bool cancel{false};
    FactorModel model;
    std::vector<FactorModel> snapshots;
    TrainOutcome outcome;
    std::atomic_int epochs{0};
    std::thread worker([&] {
        outcome = train(inputOf(planted, false), config, model,
                        [&](const EpochStats &) {
                            ++epochs;
                            return true;
                        },
                        &cancel);
    });
    while (epochs.load() < 1)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    cancel = true;
    worker.join();
    QCOMPARE(outcome.status, TrainStatus::Stopped);
    QVERIFY(outcome.epochsCompleted >= 1);
    QVERIFY(model.isFinite());

    // The returned model is the one of the last completed epoch: retraining that many
    // epochs gives the same bits.
    TrainConfig replay = config;
    replay.epochs = outcome.epochsCompleted;
    FactorModel expected;
    QCOMPARE(train(inputOf(planted, false), replay, expected, {}).status, TrainStatus::Finished);
    QVERIFY(sameBits(model, expected));
}

void TestSgd::baselines_fitMeanAndBiases()
{
    RatingColumns ratings;
    ratings.push_back(0, 0, 5.0f, 0);
    ratings.push_back(0, 1, 3.0f, 0);
    ratings.push_back(1, 0, 4.0f, 0);
    RatingColumns test;
    test.push_back(1, 1, 2.0f, 0);
    test.push_back(2, 1, 3.0f, 0); // user 2 never rated in train

    TrainConfig config;
    config.algorithm = Algorithm::GlobalMean;
    FactorModel model;
    EpochStats last;
    auto keep = [&](const EpochStats &stats) {
        last = stats;
        return true;
    };
    QCOMPARE(train({&ratings, &test, 3, 2}, config, model, keep).status, TrainStatus::Finished);
    QCOMPARE(last.epoch, 1);
    QCOMPARE(model.predict(1, 1), 4.0f);
    QVERIFY(std::abs(last.test.mse - (4.0 + 1.0) / 2.0) < 1e-9);
    QCOMPARE(last.test.unseenUsers, int64_t(1));
    QCOMPARE(last.test.unseenItems, int64_t(0));

    // Without regularization the alternating steps converge to a fit of the three
    // ratings: b_u0 − b_u1 = 1 from item 0, and user 0 alone fixes item 1 relative to it.
    config.algorithm = Algorithm::Biases;
    config.userBiasReg = config.itemBiasReg = 0.0f;
    config.epochs = 200;
    QCOMPARE(train({&ratings, &test, 3, 2}, config, model, keep).status, TrainStatus::Finished);
    QVERIFY(last.train.rmse < 1e-4);
    QVERIFY(std::abs(model.globalMean + model.userBias[1] + model.itemBias[1] - 2.0f) < 1e-3f);
    // Predictions are clamped to the range of the training ratings, 3 to 5.
    QCOMPARE(model.predict(1, 1), 3.0f);
    // User 2 is unseen: μ + b_i = 4 − 4/3, clamped to 3 as well.
    QVERIFY(std::abs(model.globalMean + model.itemBias[1] - 8.0f / 3.0f) < 1e-3f);
    QCOMPARE(model.predict(2, 1), 3.0f);
}

QTEST_APPLESS_MAIN(TestSgd)
#include "tst_sgd.moc"
