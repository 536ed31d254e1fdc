#include "metrics.h"
#include "plantedratings.h"
#include "trainer.h"

#include <QTest>

#include <atomic>
#include <chrono>
#include <cstring>
#include <thread>

using namespace RecStudio::Model;
using RecStudio::Tests::PlantedRatings;
using RecStudio::Tests::plantedRatings;
using RecStudio::Tests::inputOf;
using RecStudio::Tests::sameBits;
using RecStudio::Tests::TrainRun;
using RecStudio::Tests::trainWithHistory;

Q_DECLARE_METATYPE(RecStudio::Model::AlsSolver)

class TestAls : public QObject
{
    Q_OBJECT

private slots:
    void plantedStructure_reachesNoiseLevel_data();
    void plantedStructure_reachesNoiseLevel();
    void missingRatings_areNotZeros();
    void rowWithoutRatings_keepsZeroParameters();
    void zeroRegularization_shortRows_rejected();
    void zeroRegularization_longRows_solved();
    void sameSeed_bitIdentical();
    void threadCount_doesNotChangeModel();
    void testRatings_notUsedInTraining();
    void sinkReturningFalse_stops();
    void cancelMidRun_stopsWithLastEpoch();
    void invalidInput_failsWithMessage();
};

void TestAls::plantedStructure_reachesNoiseLevel_data()
{
    QTest::addColumn<AlsSolver>("solver");
    QTest::addColumn<int>("epochs");
    QTest::newRow("cholesky") << AlsSolver::Cholesky << 15;
    QTest::newRow("conjugate gradient") << AlsSolver::ConjugateGradient << 25;
}

void TestAls::plantedStructure_reachesNoiseLevel()
{
    QFETCH(AlsSolver, solver);
    QFETCH(int, epochs);
    const double noise = 0.5;
    const PlantedRatings planted = plantedRatings(1000, 500, 200, 20, 5, noise, 7);

    TrainConfig config;
    config.factors = 5;
    config.epochs = epochs;
    config.alsSolver = solver;
    config.userFactorReg = config.itemFactorReg = 0.02f;
    config.userBiasReg = config.itemBiasReg = 0.02f;
    config.scaling = RegularizationScaling::ByRowCount;
    config.threads = 2;

    FactorModel model;
    const TrainRun run = trainWithHistory(planted, config, model);
    const TrainOutcome &outcome = run.outcome;
    const std::vector<EpochStats> &history = run.history;
    QCOMPARE(outcome.status, TrainStatus::Finished);
    QCOMPARE(int(history.size()), epochs);
    QVERIFY(history.back().train.mse < history.front().train.mse);
    const double testRmse = history.back().test.rmse;
    QVERIFY2(testRmse <= 1.05 * noise,
             qPrintable(QStringLiteral("test RMSE %1, noise %2").arg(testRmse).arg(noise)));
    // Training error cannot be far below the noise either, or the model memorized noise.
    QVERIFY(history.back().train.rmse > 0.9 * noise);
    QCOMPARE(history.back().test.count, int64_t(planted.test.size()));
}

// A naive ALS treats every missing rating as a 0. Here every observed rating
// is 5: fitting observed entries only predicts 5 for the missing pairs too, while
// zero-filling would pull them (and the observed ones) far below 5.
void TestAls::missingRatings_areNotZeros()
{
    RatingColumns ratings;
    ratings.push_back(0, 0, 5.0f, 0);
    ratings.push_back(0, 1, 5.0f, 0);
    ratings.push_back(1, 1, 5.0f, 0);
    ratings.push_back(1, 2, 5.0f, 0);
    ratings.push_back(2, 2, 5.0f, 0);
    ratings.push_back(2, 3, 5.0f, 0);
    TrainConfig config;
    config.factors = 2;
    config.epochs = 10;
    FactorModel model;
    const TrainOutcome outcome = train({&ratings, nullptr, 3, 4}, config, model, {});
    QCOMPARE(outcome.status, TrainStatus::Finished);
    QCOMPARE(model.globalMean, 5.0f);
    QVERIFY(std::abs(model.predict(0, 0) - 5.0f) < 1e-3f);
    // (0, 3) and (2, 0) were never rated.
    QVERIFY(std::abs(model.predict(0, 3) - 5.0f) < 1e-3f);
    QVERIFY(std::abs(model.predict(2, 0) - 5.0f) < 1e-3f);
}

void TestAls::rowWithoutRatings_keepsZeroParameters()
{
    RatingColumns ratings;
    ratings.push_back(0, 0, 4.0f, 0);
    ratings.push_back(0, 1, 2.0f, 0);
    ratings.push_back(1, 0, 5.0f, 0);
    ratings.push_back(1, 1, 3.0f, 0);
    TrainConfig config;
    config.factors = 3;
    config.epochs = 3;
    FactorModel model;
    // User 2 and item 2 exist in the maps but have no training rating.
    QCOMPARE(train({&ratings, nullptr, 3, 3}, config, model, {}).status, TrainStatus::Finished);
    QVERIFY(model.userFactors.row(2).isZero(0.0f));
    QCOMPARE(model.userBias[2], 0.0f);
    QVERIFY(model.itemFactors.row(2).isZero(0.0f));
    QCOMPARE(model.itemBias[2], 0.0f);
    QVERIFY(!model.hasUser(2));
    QVERIFY(model.hasUser(1));
    QCOMPARE(model.predict(2, 0), model.globalMean + model.itemBias[0]);
}

void TestAls::zeroRegularization_shortRows_rejected()
{
    const PlantedRatings planted = plantedRatings(50, 40, 4, 0, 3, 0.1, 3);
    TrainConfig config;
    config.factors = 10;
    config.userFactorReg = 0.0f;
    FactorModel model;
    const TrainOutcome outcome = train(inputOf(planted, false), config, model, {});
    QCOMPARE(outcome.status, TrainStatus::Failed);
    QVERIFY2(outcome.message.find("singular") != std::string::npos, outcome.message.c_str());
    QVERIFY2(outcome.message.find("50 users have fewer than 11") != std::string::npos,
             outcome.message.c_str());
}

void TestAls::zeroRegularization_longRows_solved()
{
    const PlantedRatings planted = plantedRatings(60, 40, 30, 0, 3, 0.1, 3);
    TrainConfig config;
    config.factors = 3;
    config.epochs = 5;
    config.userFactorReg = config.itemFactorReg = 0.0f;
    config.userBiasReg = config.itemBiasReg = 0.0f;
    FactorModel model;
    EpochStats last;
    const TrainOutcome outcome = train(inputOf(planted, false), config, model,
                                       [&](const EpochStats &stats) {
                                           last = stats;
                                           return true;
                                       });
    QCOMPARE(outcome.status, TrainStatus::Finished);
    QVERIFY(model.isFinite());
    QVERIFY(last.train.rmse < 0.15);
}

void TestAls::sameSeed_bitIdentical()
{
    const PlantedRatings planted = plantedRatings(200, 100, 30, 5, 4, 0.3, 11);
    TrainConfig config;
    config.factors = 8;
    config.epochs = 4;
    FactorModel first, second;
    QCOMPARE(train(inputOf(planted), config, first, {}).status, TrainStatus::Finished);
    QCOMPARE(train(inputOf(planted), config, second, {}).status, TrainStatus::Finished);
    QVERIFY(sameBits(first, second));

    config.seed = 43;
    FactorModel other;
    QCOMPARE(train(inputOf(planted), config, other, {}).status, TrainStatus::Finished);
    QVERIFY(!sameBits(first, other));
}

void TestAls::threadCount_doesNotChangeModel()
{
    const PlantedRatings planted = plantedRatings(300, 120, 30, 5, 4, 0.3, 12);
    for (AlsSolver solver : {AlsSolver::Cholesky, AlsSolver::ConjugateGradient}) {
        TrainConfig config;
        config.factors = 6;
        config.epochs = 3;
        config.alsSolver = solver;
        FactorModel single, parallel;
        QCOMPARE(train(inputOf(planted), config, single, {}).status, TrainStatus::Finished);
        config.threads = 2;
        QCOMPARE(train(inputOf(planted), config, parallel, {}).status, TrainStatus::Finished);
        QVERIFY(sameBits(single, parallel));
    }
}

void TestAls::testRatings_notUsedInTraining()
{
    PlantedRatings planted = plantedRatings(100, 60, 20, 5, 3, 0.3, 13);
    TrainConfig config;
    config.factors = 4;
    config.epochs = 3;
    FactorModel withTest, withoutTest, withChangedTest;
    QCOMPARE(train(inputOf(planted, true), config, withTest, {}).status, TrainStatus::Finished);
    QCOMPARE(train(inputOf(planted, false), config, withoutTest, {}).status,
             TrainStatus::Finished);
    for (float &value : planted.test.rating)
        value = 100.0f;
    QCOMPARE(train(inputOf(planted, true), config, withChangedTest, {}).status,
             TrainStatus::Finished);
    QVERIFY(sameBits(withTest, withoutTest));
    QVERIFY(sameBits(withTest, withChangedTest));
}

void TestAls::sinkReturningFalse_stops()
{
    const PlantedRatings planted = plantedRatings(100, 60, 20, 5, 3, 0.3, 14);
    TrainConfig config;
    config.epochs = 10;
    FactorModel model;
    int calls = 0;
    const TrainOutcome outcome = train(inputOf(planted), config, model,
                                       [&](const EpochStats &stats) {
                                           ++calls;
                                           return stats.epoch < 3;
                                       });
    QCOMPARE(outcome.status, TrainStatus::Stopped);
    QCOMPARE(outcome.epochsCompleted, 3);
    QCOMPARE(calls, 3);
}

void TestAls::cancelMidRun_stopsWithLastEpoch()
{
    const PlantedRatings planted = plantedRatings(2000, 1000, 100, 0, 5, 0.3, 15);
    TrainConfig config;
    config.factors = 32;
    config.epochs = 100000;
    std::atomic_bool cancel{false};
    std::atomic_int epochsSeen{0};
    FactorModel model;
    TrainOutcome outcome;
    std::chrono::steady_clock::time_point canceledAt;
    std::thread worker([&] {
        outcome = train(inputOf(planted, false), config, model,
                        [&](const EpochStats &) {
                            ++epochsSeen;
                            return true;
                        },
                        &cancel);
    });
    while (epochsSeen.load() < 2)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    canceledAt = std::chrono::steady_clock::now();
    cancel = true;
    worker.join();
    const double latency = std::chrono::duration<double>(std::chrono::steady_clock::now()
                                                         - canceledAt)
                               .count();
    QCOMPARE(outcome.status, TrainStatus::Stopped);
    QVERIFY(outcome.epochsCompleted >= 2);
    QVERIFY(outcome.epochsCompleted < config.epochs);
    QVERIFY(model.isFinite());
    // A generous bound: the cancel flag is polled every few rows, not once an epoch.
    QVERIFY2(latency < 5.0, qPrintable(QString::number(latency)));
}

void TestAls::invalidInput_failsWithMessage()
{
    RatingColumns ratings;
    ratings.push_back(0, 7, 4.0f, 0);
    TrainConfig config;
    FactorModel model;
    TrainOutcome outcome = train({&ratings, nullptr, 1, 3}, config, model, {});
    QCOMPARE(outcome.status, TrainStatus::Failed);
    QVERIFY2(outcome.message.find("item 7") != std::string::npos, outcome.message.c_str());

    RatingColumns empty;
    outcome = train({&empty, nullptr, 1, 1}, config, model, {});
    QCOMPARE(outcome.status, TrainStatus::Failed);

    config.factors = 0;
    outcome = train({&ratings, nullptr, 1, 8}, config, model, {});
    QCOMPARE(outcome.status, TrainStatus::Failed);
    QVERIFY2(outcome.message.find("factors 0") != std::string::npos, outcome.message.c_str());
}

QTEST_APPLESS_MAIN(TestAls)
#include "tst_als.moc"
