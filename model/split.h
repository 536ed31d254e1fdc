#pragma once

#include "dataset.h"
#include "result.h"

#include <cstdint>
#include <string>

namespace RecStudio::Model {

enum class SplitStrategy {
    Holdout,  // per user, k ratings chosen at random go to test
    Random,   // a random fraction of all ratings goes to test
    Temporal, // per user, the k most recent ratings go to test
};

struct SplitConfig
{
    SplitStrategy strategy = SplitStrategy::Holdout;
    int32_t testPerUser = 10;     // k for Holdout and Temporal
    int32_t minTrainPerUser = 1;  // Holdout/Temporal: a user keeps at least this many in train
    double testFraction = 0.1;    // Random
    uint64_t seed = 42;

    // Returns an error naming the first invalid field.
    Status validate() const;
};

struct SplitSummary
{
    SplitConfig config;
    int64_t trainRatings = 0;
    int64_t testRatings = 0;
    int32_t usersShortened = 0;   // users with too few ratings to give k to test
    int32_t usersOnlyInTest = 0;  // users with test ratings and no train rating
    int32_t itemsOnlyInTest = 0;  // items with test ratings and no train rating
    std::string describe() const; // one line, for logs and model provenance
};

// Train and test share the dataset's id maps, so indices mean the same in both.
struct Split
{
    RatingColumns train;
    RatingColumns test;
    SplitSummary summary;
};

// Splits a dataset; deterministic for a given seed. Train and test are disjoint.
// Rule for short users (Holdout, Temporal): a user with n ratings gives
// min(k, max(0, n - minTrainPerUser)) ratings to test and is counted in usersShortened
// when that is less than k.
Result<Split> splitDataset(const Dataset &dataset, const SplitConfig &config);

std::string toString(SplitStrategy strategy);
Result<SplitStrategy> splitStrategyFromString(const std::string &name);

} // namespace RecStudio::Model
