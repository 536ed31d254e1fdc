// Speed of the data table's sort and filter (ui/ratingsquery.cpp) on generated ratings:
// the work that runs on a worker thread before the table shows a new order.
#include <ratingsquery.h>
#include <ratingstablemodel.h>

#include <dataset.h>
#include <generator.h>

#include <benchmark/benchmark.h>

#include <map>
#include <memory>

using namespace RecStudio;

namespace {

// Generated once per size and kept for every benchmark of that size.
const Model::Dataset &datasetOfSize(int64_t ratings)
{
    static std::map<int64_t, std::unique_ptr<Model::Dataset>> cache;
    std::unique_ptr<Model::Dataset> &entry = cache[ratings];
    if (!entry) {
        Model::GeneratorConfig config;
        config.ratings = ratings;
        config.users = int32_t(std::max<int64_t>(600, ratings / 150));
        config.items = int32_t(std::max<int64_t>(2000, ratings / 420));
        entry = std::make_unique<Model::Dataset>(Model::generateDataset(config));
    }
    return *entry;
}

void runQuery(benchmark::State &state, const Ui::RatingsQuery &query)
{
    const Model::Dataset &dataset = datasetOfSize(state.range(0));
    std::size_t rows = 0;
    for (auto _ : state) {
        const Ui::RowOrder order = Ui::computeRowOrder(dataset, query, [] { return false; });
        rows = order->size();
        benchmark::DoNotOptimize(order);
    }
    state.counters["rows"] = double(rows);
    state.counters["ratings/s"] = benchmark::Counter(double(dataset.ratings.size()),
                                                     benchmark::Counter::kIsIterationInvariantRate);
}

void BM_SortByRating(benchmark::State &state)
{
    Ui::RatingsQuery query;
    query.sortColumn = Ui::RatingsTableModel::Rating;
    query.descending = true;
    runQuery(state, query);
}

void BM_SortByTitle(benchmark::State &state)
{
    Ui::RatingsQuery query;
    query.sortColumn = Ui::RatingsTableModel::Title;
    runQuery(state, query);
}

void BM_FilterByTitleAndRating(benchmark::State &state)
{
    Ui::RatingsQuery query;
    query.titleText = QStringLiteral("the");
    query.minRating = 4.0f;
    runQuery(state, query);
}

} // namespace

BENCHMARK(BM_SortByRating)->Arg(1'000'000)->Arg(25'000'000)->Unit(benchmark::kMillisecond)->Iterations(2);
BENCHMARK(BM_SortByTitle)->Arg(1'000'000)->Arg(25'000'000)->Unit(benchmark::kMillisecond)->Iterations(2);
BENCHMARK(BM_FilterByTitleAndRating)->Arg(1'000'000)->Arg(25'000'000)->Unit(benchmark::kMillisecond)->Iterations(2);

BENCHMARK_MAIN();
