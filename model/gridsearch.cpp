#include "gridsearch.h"

#include "parallel.h"

#include <algorithm>
#include <cmath>
#include <mutex>
#include <thread>

namespace RecStudio::Model {

Status GridConfig::validate() const
{
    if (factors.empty())
        return Error{"Invalid grid: the list of factors is empty."};
    if (regularization.empty())
        return Error{"Invalid grid: the list of regularization values is empty."};
    if (checkpoints.empty())
        return Error{"Invalid grid: the list of checkpoints is empty."};
    for (int32_t checkpoint : checkpoints) {
        if (checkpoint < 1 || checkpoint > 100000)
            return Error{"Invalid grid checkpoint " + std::to_string(checkpoint)
                         + ": expected 1 to 100000 iterations."};
    }
    if (maxParallel < 1 || maxParallel > 256)
        return Error{"Invalid grid parallelism " + std::to_string(maxParallel)
                     + ": expected 1 to 256 configurations at once."};
    for (const TrainConfig &config : configurations()) {
        if (Status status = config.validate(); !status)
            return Error{"Invalid grid configuration " + config.describe() + ": "
                         + status.error()};
    }
    return success();
}

std::vector<TrainConfig> GridConfig::configurations() const
{
    const int32_t lastCheckpoint = checkpoints.empty()
                                       ? 1
                                       : *std::max_element(checkpoints.begin(), checkpoints.end());
    std::vector<float> rates = learningRates;
    if (rates.empty() || base.algorithm != Algorithm::Sgd)
        rates = {base.learningRate};
    std::vector<TrainConfig> result;
    for (int32_t factorCount : factors) {
        for (float reg : regularization) {
            for (float rate : rates) {
                TrainConfig config = base;
                config.factors = factorCount;
                config.userFactorReg = config.itemFactorReg = reg;
                config.userBiasReg = config.itemBiasReg = reg;
                config.learningRate = rate;
                config.epochs = lastCheckpoint;
                config.seed = mixSeed(base.seed, result.size());
                result.push_back(config);
            }
        }
    }
    return result;
}

Result<GridSummary> runGridSearch(const TrainInput &input, const GridConfig &grid,
                                  const GridSink &sink, const std::atomic_bool *cancel)
{
    if (Status status = grid.validate(); !status)
        return Error{status.error()};

    std::vector<int32_t> checkpoints = grid.checkpoints;
    std::sort(checkpoints.begin(), checkpoints.end());
    checkpoints.erase(std::unique(checkpoints.begin(), checkpoints.end()), checkpoints.end());

    GridSummary summary;
    for (const TrainConfig &config : grid.configurations())
        summary.runs.push_back({config, {}, {}, false});

    std::mutex sinkMutex;
    std::atomic<std::size_t> next{0};
    auto worker = [&] {
        for (;;) {
            if (cancel && cancel->load())
                return;
            const std::size_t index = next.fetch_add(1);
            if (index >= summary.runs.size())
                return;
            GridRun &run = summary.runs[index];
            run.started = true;
            FactorModel model;
            run.outcome = train(input, run.config, model, [&](const EpochStats &stats) {
                if (std::binary_search(checkpoints.begin(), checkpoints.end(), stats.epoch)) {
                    GridPoint point{int32_t(index), stats.epoch, stats.train, stats.test,
                                    stats.elapsedSeconds};
                    run.points.push_back(point);
                    if (sink) {
                        std::lock_guard lock(sinkMutex);
                        sink(point);
                    }
                }
                return true;
            }, cancel);
        }
    };
    const std::size_t workers = std::min<std::size_t>(std::size_t(grid.maxParallel),
                                                      summary.runs.size());
    std::vector<std::thread> pool;
    for (std::size_t t = 1; t < workers; ++t)
        pool.emplace_back(worker);
    worker();
    for (std::thread &thread : pool)
        thread.join();

    summary.canceled = cancel && cancel->load();
    const bool byTest = input.test && !input.test->empty();
    double best = INFINITY;
    for (const GridRun &run : summary.runs) {
        for (const GridPoint &point : run.points) {
            const double score = byTest ? point.test.rmse : point.train.rmse;
            if (score < best) {
                best = score;
                summary.bestConfig = point.configIndex;
                summary.bestIteration = point.iteration;
                summary.bestTrain = point.train;
                summary.bestTest = point.test;
            }
        }
    }
    return summary;
}

} // namespace RecStudio::Model
