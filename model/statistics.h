#pragma once

#include "dataset.h"

#include <array>
#include <cstdint>

namespace RecStudio::Model {

// Quantiles of a count distribution (ratings per user or per item), nearest-rank.
struct CountQuantiles
{
    int64_t min = 0;
    int64_t p10 = 0;
    int64_t p25 = 0;
    int64_t median = 0;
    int64_t p75 = 0;
    int64_t p90 = 0;
    int64_t max = 0;
    double mean = 0.0;
};

// Summary of a dataset. Computed by counting only, so it needs no CSR view.
struct DatasetStatistics
{
    int64_t users = 0;
    int64_t items = 0;  // items with at least one rating
    int64_t movies = 0; // catalogue entries, rated or not
    int64_t ratings = 0;
    double density = 0.0; // ratings / (users * items), 0 for an empty dataset
    double meanRating = 0.0;
    double minRating = 0.0;
    double maxRating = 0.0;
    // histogram[h] counts the ratings nearest to the half star 0.5 * (h + 1), so
    // histogram[0] is 0.5 and histogram[9] is 5.0; ratings below 0.25 count in [0] and
    // above 5.0 in [9].
    std::array<int64_t, 10> histogram{};
    CountQuantiles ratingsPerUser;
    CountQuantiles ratingsPerItem;
};

DatasetStatistics computeStatistics(const Dataset &dataset);

// Quantiles of counts; the input is taken by value because it is partially sorted.
CountQuantiles countQuantiles(std::vector<int64_t> counts);

} // namespace RecStudio::Model
