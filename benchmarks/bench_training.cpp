// Training speed: per-epoch time of ALS and SGD on a generated 25-million-rating set, a
// full ALS run and the default ALS grid on ml-latest-small. Figures and commands are in
// docs/benchmarks.md.
//
// Per-epoch time comes from the trainer's own epoch timestamps: the time between the end
// of epoch 1 and the end of the last epoch, divided by the epochs in between, so data
// preparation and initialization do not count. It includes the train-error pass that
// follows every epoch.

#include "generator.h"
#include "gridsearch.h"
#include "readers.h"
#include "split.h"
#include "trainer.h"

#include <benchmark/benchmark.h>

#include <atomic>
#include <chrono>
#include <thread>

#include <sys/resource.h>

#include <ctime>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>
#include <string>

using namespace RecStudio::Model;

namespace {

double processCpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) + 1e-9 * double(now.tv_nsec);
}

double peakResidentMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
}

// Generated data sets by rating count, kept for the whole program.
const Dataset &generated(int64_t ratings)
{
    static std::map<int64_t, std::unique_ptr<Dataset>> cache;
    std::unique_ptr<Dataset> &entry = cache[ratings];
    if (!entry) {
        // The shape of MovieLens 25M: 162,541 users and 59,047 rated movies.
        GeneratorConfig config;
        config.ratings = ratings;
        config.users = int32_t(std::min<int64_t>(162541, std::max<int64_t>(ratings / 154, 100)));
        config.items = int32_t(std::min<int64_t>(59047, std::max<int64_t>(ratings / 423, 100)));
        config.seed = 7;
        entry = std::make_unique<Dataset>(generateDataset(config));
        entry->ratings.timestamp = {}; // training never reads timestamps
    }
    return *entry;
}

std::string dataFolder()
{
    const char *root = std::getenv("RECSTUDIO_DATA_DIR");
    const std::filesystem::path base = root ? root : RECSTUDIO_DEFAULT_DATA_DIR;
    return (base / "ml-latest-small").string();
}

// Args: rating count, algorithm (0 ALS Cholesky, 1 ALS CG, 2 SGD blocks), factors, threads.
void BM_Epoch(benchmark::State &state)
{
    const Dataset &data = generated(state.range(0));
    const double residentBefore = peakResidentMiB();
    TrainConfig config;
    config.factors = int32_t(state.range(2));
    config.threads = int32_t(state.range(3));
    config.epochs = 3;
    config.userFactorReg = config.itemFactorReg = 0.05f;
    config.userBiasReg = config.itemBiasReg = 0.05f;
    config.scaling = RegularizationScaling::ByRowCount;
    switch (state.range(1)) {
    case 0:
        config.algorithm = Algorithm::Als;
        break;
    case 1:
        config.algorithm = Algorithm::Als;
        config.alsSolver = AlsSolver::ConjugateGradient;
        break;
    default:
        config.algorithm = Algorithm::Sgd;
        config.parallelSgd = true;
        config.learningRate = 0.005f;
        config.scaling = RegularizationScaling::Plain;
        break;
    }
    const TrainInput input{&data.ratings, nullptr, data.userCount(), data.itemCount()};
    double trainRmse = 0.0;
    double cpuPerEpoch = 0.0;
    for (auto _ : state) {
        double firstEnd = 0.0;
        double lastEnd = 0.0;
        double firstCpu = 0.0;
        double lastCpu = 0.0;
        FactorModel model;
        const TrainOutcome outcome = train(input, config, model, [&](const EpochStats &stats) {
            if (stats.epoch == 1) {
                firstEnd = stats.elapsedSeconds;
                firstCpu = processCpuSeconds();
            }
            lastEnd = stats.elapsedSeconds;
            lastCpu = processCpuSeconds();
            trainRmse = stats.train.rmse;
            return true;
        });
        if (outcome.status != TrainStatus::Finished) {
            state.SkipWithError(outcome.message.c_str());
            return;
        }
        state.SetIterationTime((lastEnd - firstEnd) / double(config.epochs - 1));
        // CPU seconds of all threads per epoch: on a shared machine, this divided by the
        // thread count estimates the wall time the epoch would take with both cores free.
        cpuPerEpoch = (lastCpu - firstCpu) / double(config.epochs - 1);
    }
    state.counters["cpu_s_per_epoch"] = cpuPerEpoch;
    state.counters["train_rmse"] = trainRmse;
    state.counters["ratings"] = double(data.ratings.size());
    state.counters["rss_before_MiB"] = residentBefore;
    state.counters["peak_rss_MiB"] = peakResidentMiB();
}

// Time from setting the cancel flag to train() returning, with the flag set in the
// middle of an epoch. Args: rating count, algorithm (as for BM_Epoch).
void BM_CancelLatency(benchmark::State &state)
{
    const Dataset &data = generated(state.range(0));
    TrainConfig config;
    config.factors = 64;
    config.threads = 2;
    config.epochs = 1000;
    config.algorithm = state.range(1) == 2 ? Algorithm::Sgd : Algorithm::Als;
    config.parallelSgd = true;
    config.learningRate = 0.005f;
    config.alsSolver = state.range(1) == 1 ? AlsSolver::ConjugateGradient : AlsSolver::Cholesky;
    const TrainInput input{&data.ratings, nullptr, data.userCount(), data.itemCount()};
    for (auto _ : state) {
        std::atomic_bool cancel{false};
        std::atomic_int epochs{0};
        std::chrono::steady_clock::time_point returned;
        FactorModel model;
        std::thread worker([&] {
            train(input, config, model, [&](const EpochStats &) {
                ++epochs;
                return true;
            }, &cancel);
            returned = std::chrono::steady_clock::now();
        });
        while (epochs.load() < 1)
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        const auto canceledAt = std::chrono::steady_clock::now();
        cancel = true;
        worker.join();
        state.SetIterationTime(std::chrono::duration<double>(returned - canceledAt).count());
    }
}

// Full ALS run on ml-latest-small: 20 epochs, 20 factors, all ratings; the argument is
// the thread count.
void BM_AlsFullRunLatestSmall(benchmark::State &state)
{
    static Result<Dataset> dataset = loadPath(dataFolder());
    if (!dataset) {
        state.SkipWithError(dataset.error().c_str());
        return;
    }
    TrainConfig config;
    config.factors = 20;
    config.epochs = 20;
    config.scaling = RegularizationScaling::ByRowCount;
    config.threads = int32_t(state.range(0));
    const TrainInput input{&dataset->ratings, nullptr, dataset->userCount(),
                           dataset->itemCount()};
    const double cpuBefore = processCpuSeconds();
    for (auto _ : state) {
        FactorModel model;
        benchmark::DoNotOptimize(train(input, config, model, {}).epochsCompleted);
    }
    state.counters["process_cpu_s"] = (processCpuSeconds() - cpuBefore)
                                      / double(state.iterations());
}

// The default grid (5 factor counts × 4 λ, checkpoints up to 200 iterations) with ALS
// on ml-latest-small, per-user holdout of 10, two configurations at once.
void BM_AlsDefaultGridLatestSmall(benchmark::State &state)
{
    static Result<Dataset> dataset = loadPath(dataFolder());
    if (!dataset) {
        state.SkipWithError(dataset.error().c_str());
        return;
    }
    static Result<Split> split = splitDataset(dataset.value(), SplitConfig());
    GridConfig grid;
    grid.base.alsSolver = state.range(0) == 0 ? AlsSolver::Cholesky : AlsSolver::ConjugateGradient;
    grid.maxParallel = 2;
    const TrainInput input{&split->train, &split->test, dataset->userCount(),
                           dataset->itemCount()};
    double best = 0.0;
    const double cpuBefore = processCpuSeconds();
    for (auto _ : state) {
        Result<GridSummary> summary = runGridSearch(input, grid);
        if (!summary) {
            state.SkipWithError(summary.error().c_str());
            return;
        }
        best = summary->bestTest.rmse;
    }
    state.counters["best_test_rmse"] = best;
    state.counters["process_cpu_s"] = (processCpuSeconds() - cpuBefore)
                                      / double(state.iterations());
}

} // namespace

BENCHMARK(BM_Epoch)
    ->ArgNames({"ratings", "algorithm", "factors", "threads"})
    ->Args({2'500'000, 0, 64, 2})
    ->Args({2'500'000, 1, 64, 2})
    ->Args({2'500'000, 2, 64, 2})
    ->Args({25'000'000, 0, 64, 2})
    ->Args({25'000'000, 1, 64, 2})
    ->Args({25'000'000, 2, 64, 2})
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1);
BENCHMARK(BM_CancelLatency)
    ->ArgNames({"ratings", "algorithm"})
    ->Args({25'000'000, 1})
    ->Args({25'000'000, 2})
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1);
BENCHMARK(BM_AlsFullRunLatestSmall)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_AlsDefaultGridLatestSmall)
    ->Arg(0)
    ->Arg(1)
    ->Unit(benchmark::kSecond)
    ->UseRealTime()
    ->Iterations(1);

BENCHMARK_MAIN();
