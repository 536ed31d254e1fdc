// Reading speed of the ratings readers on synthetic MovieLens files.
//
// The files are generated into a temporary folder on first use. Sizes stay modest so that
// a run takes seconds; docs/benchmarks.md records the 25-million-row figure measured with
// recstudio-cli stats.

#include "generator.h"
#include "readers.h"
#include "statistics.h"

#include <benchmark/benchmark.h>

#include <filesystem>
#include <map>
#include <string>
#include <system_error>

using namespace RecStudio::Model;

namespace {

// Folder with ratings.csv of the given number of ratings, generated once per process.
const std::string &generatedFolder(int64_t ratings)
{
    static std::map<int64_t, std::string> folders;
    auto found = folders.find(ratings);
    if (found != folders.end())
        return found->second;
    const std::filesystem::path folder = std::filesystem::temp_directory_path()
                                         / ("recstudio-bench-readers-" + std::to_string(ratings));
    GeneratorConfig config;
    config.users = int32_t(std::max<int64_t>(100, ratings / 150));
    config.items = int32_t(std::max<int64_t>(200, ratings / 400));
    config.ratings = ratings;
    config.seed = 7;
    std::error_code error;
    if (!std::filesystem::exists(folder / "ratings.csv", error)) {
        const Status status = writeGeneratedMovieLensCsv(config, folder.string());
        if (!status)
            return folders[ratings] = std::string();
    }
    return folders[ratings] = folder.string();
}

void readRatingsCsv(benchmark::State &state)
{
    const std::string &folder = generatedFolder(state.range(0));
    if (folder.empty()) {
        state.SkipWithError("cannot generate the input file");
        return;
    }
    const std::string path = folder + "/ratings.csv";
    const auto bytes = int64_t(std::filesystem::file_size(path));
    for (auto _ : state) {
        Result<Dataset> dataset = readRatingsFile(path);
        if (!dataset) {
            state.SkipWithError(dataset.error().c_str());
            return;
        }
        benchmark::DoNotOptimize(dataset->ratings.rating.data());
    }
    state.SetBytesProcessed(state.iterations() * bytes);
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(readRatingsCsv)->Arg(100'000)->Arg(2'000'000)->Unit(benchmark::kMillisecond);

void readMovieLensSmall(benchmark::State &state)
{
    const char *root = std::getenv("RECSTUDIO_DATA_DIR");
    const std::string folder = std::string(root ? root : "../shared/data") + "/ml-latest-small";
    std::error_code error;
    if (!std::filesystem::exists(folder + "/ratings.csv", error)) {
        state.SkipWithError("ml-latest-small not found; set RECSTUDIO_DATA_DIR");
        return;
    }
    for (auto _ : state) {
        Result<Dataset> dataset = loadPath(folder);
        if (!dataset) {
            state.SkipWithError(dataset.error().c_str());
            return;
        }
        benchmark::DoNotOptimize(dataset->movies.data());
    }
    state.SetBytesProcessed(state.iterations()
                            * int64_t(std::filesystem::file_size(folder + "/ratings.csv")
                                      + std::filesystem::file_size(folder + "/movies.csv")));
}
BENCHMARK(readMovieLensSmall)->Unit(benchmark::kMillisecond);

void computeStatisticsOnRatings(benchmark::State &state)
{
    GeneratorConfig config;
    config.users = 13000;
    config.items = 5000;
    config.ratings = state.range(0);
    const Dataset dataset = generateDataset(config);
    for (auto _ : state) {
        const DatasetStatistics statistics = computeStatistics(dataset);
        benchmark::DoNotOptimize(statistics.density);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(computeStatisticsOnRatings)->Arg(2'000'000)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
