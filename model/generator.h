#pragma once

#include "dataset.h"
#include "result.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace RecStudio::Model {

// Parameters of the synthetic dataset generator. A rating is
//   globalMean + userBias + itemBias + dot(userFactors, itemFactors) + noise,
// with item factors drawn around the factors of the item's genres, then clamped to
// [0.5, 5] and rounded to the half star unless rounded is false.
struct GeneratorConfig
{
    int32_t users = 600;
    int32_t items = 2000;
    int64_t ratings = 60000; // distinct (user, item) pairs; at most users * items
    uint64_t seed = 42;
    int32_t factors = 8;
    double noise = 0.5;           // standard deviation of the Gaussian noise, in stars
    double globalMean = 3.5;
    double userBiasStdDev = 0.35;
    double itemBiasStdDev = 0.45;
    double factorStdDev = 0.8;    // standard deviation of dot(userFactors, itemFactors)
    double popularityExponent = 0.9; // Zipf exponent of item popularity
    int32_t genres = 18;           // at most the number of built-in genre names (18)
    bool rounded = true;           // false keeps the unclamped, unrounded value

    Status validate() const;
};

// The parameters the ratings were generated from, for tests that check what a trainer
// recovers.
struct GroundTruth
{
    double globalMean = 0.0;
    std::vector<float> userBias;
    std::vector<float> itemBias;
    std::vector<float> userFactors; // users x factors, row major
    std::vector<float> itemFactors; // items x factors, row major
    int32_t factors = 0;
    double noise = 0.0;        // configured noise standard deviation
    // RMS of (stored rating - noiseless value): noise plus rounding, about the lowest RMSE
    // a model can reach on these ratings.
    double residualRmse = 0.0;
};

struct GeneratedDataset
{
    Dataset dataset;
    GroundTruth truth;
};

// Generates a dataset; deterministic for a given config. User index u has raw id u + 1;
// items with at least one rating are indexed in increasing raw id order.
// NOTE: log, cos and pow come from the C library, so a platform with another C library may
// round some ratings differently.
GeneratedDataset generateWithTruth(const GeneratorConfig &config);
Dataset generateDataset(const GeneratorConfig &config);

// Small built-in dataset: about 600 users x 2,000 items x 60,000 ratings.
Dataset demoDataset();

// Writes ratings.csv and movies.csv in the MovieLens layout into folder (created when
// missing). Each file is written to a temporary file in the folder, then renamed.
Status writeMovieLensCsv(const Dataset &dataset, const std::string &folder);

// Generates straight into ratings.csv and movies.csv without keeping the ratings in
// memory; gives the same files as writeMovieLensCsv(generateDataset(config), folder).
Status writeGeneratedMovieLensCsv(const GeneratorConfig &config, const std::string &folder,
                                  const std::function<bool(double)> &progress = {});

} // namespace RecStudio::Model
