#pragma once

#include "factormodel.h"
#include "ratings.h"
#include "trainer.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <numeric>
#include <random>
#include <vector>

namespace RecStudio::Tests {

// Ratings drawn from a known biased factor model plus Gaussian noise, for tests that
// check how close training gets to the noise level. Every user rates perUser distinct
// items; testPerUser of them go to test. Values are not rounded or clipped, so the
// best possible RMSE is the noise level.
struct PlantedRatings
{
    Model::RatingColumns train;
    Model::RatingColumns test;
    int32_t users = 0;
    int32_t items = 0;
};

inline PlantedRatings plantedRatings(int32_t users, int32_t items, int32_t perUser,
                                     int32_t testPerUser, int32_t factors, double noise,
                                     uint64_t seed)
{
    std::mt19937_64 random(seed);
    std::normal_distribution<double> normal(0.0, 1.0);
    // p·q then has unit variance whatever the number of factors.
    const double scale = std::pow(double(factors), -0.25);
    std::vector<double> userFactors(std::size_t(users) * std::size_t(factors));
    std::vector<double> itemFactors(std::size_t(items) * std::size_t(factors));
    std::vector<double> userBias(static_cast<std::size_t>(users));
    std::vector<double> itemBias(static_cast<std::size_t>(items));
    for (double &value : userFactors)
        value = normal(random) * scale;
    for (double &value : itemFactors)
        value = normal(random) * scale;
    for (double &value : userBias)
        value = 0.3 * normal(random);
    for (double &value : itemBias)
        value = 0.3 * normal(random);

    PlantedRatings planted;
    planted.users = users;
    planted.items = items;
    std::vector<int32_t> order(static_cast<std::size_t>(items));
    std::iota(order.begin(), order.end(), 0);
    for (int32_t user = 0; user < users; ++user) {
        std::shuffle(order.begin(), order.end(), random);
        for (int32_t j = 0; j < perUser; ++j) {
            const int32_t item = order[std::size_t(j)];
            double value = 3.5 + userBias[std::size_t(user)] + itemBias[std::size_t(item)];
            for (int32_t f = 0; f < factors; ++f)
                value += userFactors[std::size_t(user) * std::size_t(factors) + std::size_t(f)]
                         * itemFactors[std::size_t(item) * std::size_t(factors) + std::size_t(f)];
            value += noise * normal(random);
            Model::RatingColumns &target = j < testPerUser ? planted.test : planted.train;
            target.push_back(user, item, float(value), 0);
        }
    }
    return planted;
}

// True when both models hold bit-identical parameters.
inline bool sameBits(const Model::FactorModel &a, const Model::FactorModel &b)
{
    auto same = [](const auto &x, const auto &y) {
        return x.size() == y.size()
               && std::memcmp(x.data(), y.data(), std::size_t(x.size()) * sizeof(float)) == 0;
    };
    return a.globalMean == b.globalMean && same(a.userBias, b.userBias)
           && same(a.itemBias, b.itemBias) && same(a.userFactors, b.userFactors)
           && same(a.itemFactors, b.itemFactors);
}

// Training input of planted ratings, with or without its test part.
inline Model::TrainInput inputOf(const PlantedRatings &planted, bool withTest = true)
{
    return {&planted.train, withTest ? &planted.test : nullptr, planted.users, planted.items};
}

// Outcome of a training run with the statistics of every epoch.
struct TrainRun
{
    Model::TrainOutcome outcome;
    std::vector<Model::EpochStats> history;
};

// Trains model from scratch on planted and its test part, recording every epoch.
inline TrainRun trainWithHistory(const PlantedRatings &planted, const Model::TrainConfig &config,
                                 Model::FactorModel &model)
{
    TrainRun run;
    run.outcome = Model::train(inputOf(planted), config, model,
                               [&run](const Model::EpochStats &stats) {
                                   run.history.push_back(stats);
                                   return true;
                               });
    return run;
}

} // namespace RecStudio::Tests
