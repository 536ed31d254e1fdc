#pragma once

#include "trainer.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <vector>

namespace RecStudio::Model {

// A grid of training runs: every combination of factors × regularization (× learning
// rate for SGD), each scored at the iteration checkpoints of a single run.
struct GridConfig
{
    TrainConfig base; // everything the grid does not vary; base.epochs is ignored
    std::vector<int32_t> factors{5, 10, 20, 40, 80};
    std::vector<float> regularization{0.001f, 0.01f, 0.1f, 1.0f}; // all four λ terms
    std::vector<float> learningRates; // SGD only; empty uses base.learningRate
    std::vector<int32_t> checkpoints{1, 2, 5, 10, 25, 50, 100, 200};
    int32_t maxParallel = 2; // configurations trained at once

    // Returns an error naming the first invalid field.
    Status validate() const;
    // The configurations in grid order: factors outermost, then regularization, then
    // learning rate. Configuration i trains with seed mixSeed(base.seed, i), so its
    // result does not depend on scheduling, and with base.threads threads.
    std::vector<TrainConfig> configurations() const;
};

// One point of a learning curve: configuration configIndex after iteration epochs.
struct GridPoint
{
    int32_t configIndex = 0;
    int32_t iteration = 0;
    ErrorMetrics train;
    ErrorMetrics test;
    double elapsedSeconds = 0.0; // since that configuration started
};

struct GridRun
{
    TrainConfig config;
    TrainOutcome outcome;
    std::vector<GridPoint> points; // at the checkpoints reached, in order
    bool started = false;
};

struct GridSummary
{
    std::vector<GridRun> runs; // one per configuration, in grid order
    bool canceled = false;
    // Best point by test RMSE (train RMSE when there is no test set); -1 when no point
    // was reached.
    int32_t bestConfig = -1;
    int32_t bestIteration = 0;
    ErrorMetrics bestTrain;
    ErrorMetrics bestTest;
};

// Called from worker threads, one call at a time, for every checkpoint reached.
using GridSink = std::function<void(const GridPoint &)>;

// Trains every configuration on input.train only and scores it on input.test at each
// checkpoint, with at most grid.maxParallel configurations at once. After cancel is
// set, running configurations stop within about a second, no new one starts, and the
// summary keeps every point reached.
Result<GridSummary> runGridSearch(const TrainInput &input, const GridConfig &grid,
                                  const GridSink &sink = {},
                                  const std::atomic_bool *cancel = nullptr);

} // namespace RecStudio::Model
