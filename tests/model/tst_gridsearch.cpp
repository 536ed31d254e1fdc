#include "gridsearch.h"
#include "plantedratings.h"

#include <QTest>

#include <atomic>
#include <cmath>
#include <mutex>

using namespace RecStudio::Model;
using RecStudio::Tests::PlantedRatings;
using RecStudio::Tests::plantedRatings;

namespace {

GridConfig smallGrid()
{
    GridConfig grid;
    grid.factors = {2, 4};
    grid.regularization = {0.01f, 0.1f};
    grid.checkpoints = {5, 1, 3};
    grid.maxParallel = 2;
    return grid;
}

} // namespace

class TestGridSearch : public QObject
{
    Q_OBJECT

private slots:
    void defaultGrid_isTutorialGrid();
    void runGrid_streamsEveryCheckpoint();
    void runGrid_independentOfParallelism();
    void runGrid_cancelKeepsFinishedPoints();
    void invalidGrid_rejected();
};

void TestGridSearch::defaultGrid_isTutorialGrid()
{
    const GridConfig grid;
    const std::vector<TrainConfig> configs = grid.configurations();
    QCOMPARE(configs.size(), std::size_t(20));
    QCOMPARE(configs.front().factors, 5);
    QCOMPARE(configs.front().userFactorReg, 0.001f);
    QCOMPARE(configs.back().factors, 80);
    QCOMPARE(configs.back().itemBiasReg, 1.0f);
    QCOMPARE(configs.back().epochs, 200);
    QVERIFY(configs[0].seed != configs[1].seed);

    GridConfig sgd;
    sgd.base.algorithm = Algorithm::Sgd;
    sgd.learningRates = {0.01f, 0.005f};
    QCOMPARE(sgd.configurations().size(), std::size_t(40));
}

void TestGridSearch::runGrid_streamsEveryCheckpoint()
{
    const PlantedRatings planted = plantedRatings(300, 150, 40, 5, 3, 0.3, 41);
    const TrainInput input{&planted.train, &planted.test, planted.users, planted.items};
    std::mutex mutex;
    std::vector<GridPoint> streamed;
    const Result<GridSummary> summary = runGridSearch(input, smallGrid(),
                                                      [&](const GridPoint &point) {
                                                          std::lock_guard lock(mutex);
                                                          streamed.push_back(point);
                                                      });
    QVERIFY(summary.ok());
    QCOMPARE(streamed.size(), std::size_t(12));
    QCOMPARE(summary->runs.size(), std::size_t(4));
    double best = INFINITY;
    for (const GridRun &run : summary->runs) {
        QCOMPARE(run.outcome.status, TrainStatus::Finished);
        QCOMPARE(run.points.size(), std::size_t(3));
        QCOMPARE(run.points[0].iteration, 1);
        QCOMPARE(run.points[2].iteration, 5);
        for (const GridPoint &point : run.points) {
            QCOMPARE(point.test.count, int64_t(planted.test.size()));
            best = std::min(best, point.test.rmse);
        }
    }
    QVERIFY(summary->bestConfig >= 0);
    QCOMPARE(summary->bestTest.rmse, best);
    const GridRun &bestRun = summary->runs[std::size_t(summary->bestConfig)];
    bool found = false;
    for (const GridPoint &point : bestRun.points)
        found = found || (point.iteration == summary->bestIteration && point.test.rmse == best);
    QVERIFY(found);
}

void TestGridSearch::runGrid_independentOfParallelism()
{
    const PlantedRatings planted = plantedRatings(200, 100, 30, 5, 3, 0.3, 42);
    const TrainInput input{&planted.train, &planted.test, planted.users, planted.items};
    GridConfig grid = smallGrid();
    grid.maxParallel = 1;
    const Result<GridSummary> serial = runGridSearch(input, grid);
    grid.maxParallel = 3;
    const Result<GridSummary> parallel = runGridSearch(input, grid);
    QVERIFY(serial.ok() && parallel.ok());
    for (std::size_t run = 0; run < serial->runs.size(); ++run) {
        for (std::size_t point = 0; point < serial->runs[run].points.size(); ++point) {
            QCOMPARE(serial->runs[run].points[point].test.mse,
                     parallel->runs[run].points[point].test.mse);
        }
    }
    QCOMPARE(serial->bestConfig, parallel->bestConfig);
}

void TestGridSearch::runGrid_cancelKeepsFinishedPoints()
{
    const PlantedRatings planted = plantedRatings(200, 100, 30, 5, 3, 0.3, 43);
    const TrainInput input{&planted.train, &planted.test, planted.users, planted.items};
    GridConfig grid = smallGrid();
    grid.maxParallel = 1;
    std::atomic_bool cancel{false};
    const Result<GridSummary> summary = runGridSearch(input, grid,
                                                      [&](const GridPoint &point) {
                                                          if (point.iteration == 3)
                                                              cancel = true;
                                                      },
                                                      &cancel);
    QVERIFY(summary.ok());
    QVERIFY(summary->canceled);
    QCOMPARE(summary->runs[0].outcome.status, TrainStatus::Stopped);
    QCOMPARE(summary->runs[0].points.size(), std::size_t(2));
    QVERIFY(!summary->runs[1].started);
    QCOMPARE(summary->bestConfig, 0);
}

void TestGridSearch::invalidGrid_rejected()
{
    const PlantedRatings planted = plantedRatings(20, 10, 5, 1, 2, 0.3, 44);
    const TrainInput input{&planted.train, &planted.test, planted.users, planted.items};
    GridConfig grid = smallGrid();
    grid.checkpoints = {};
    QVERIFY(!runGridSearch(input, grid).ok());
    grid = smallGrid();
    grid.regularization = {-1.0f};
    const Result<GridSummary> negative = runGridSearch(input, grid);
    QVERIFY(!negative.ok());
    QVERIFY2(negative.error().find("regularization -1") != std::string::npos,
             negative.error().c_str());
}

QTEST_APPLESS_MAIN(TestGridSearch)
#include "tst_gridsearch.moc"
