#include "split.h"

#include "randomsource.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <sstream>

namespace RecStudio::Model {

namespace {

// Moves the chosen count of entries of positions to its end, chosen uniformly without
// replacement (a partial Fisher-Yates shuffle from the back).
void chooseAtEnd(std::vector<int64_t> &positions, std::size_t count, RandomSource &random)
{
    const std::size_t size = positions.size();
    for (std::size_t j = 0; j < count; ++j) {
        const std::size_t last = size - 1 - j;
        const std::size_t pick = std::size_t(random.below(uint64_t(last + 1)));
        std::swap(positions[pick], positions[last]);
    }
}

// Per-user strategies: returns the test flag of every rating.
std::vector<uint8_t> markPerUser(const Dataset &dataset, const SplitConfig &config,
                                 SplitSummary &summary)
{
    const RatingColumns &ratings = dataset.ratings;
    std::vector<uint8_t> inTest(ratings.size(), 0);
    RandomSource random(config.seed);

    // Group rating positions by user in file order (a counting sort), so the result
    // does not depend on how the CSR view orders a row.
    const int32_t userCount = dataset.userCount();
    std::vector<int64_t> offsets(std::size_t(userCount) + 1, 0);
    for (const int32_t user : ratings.user)
        ++offsets[std::size_t(user) + 1];
    std::partial_sum(offsets.begin(), offsets.end(), offsets.begin());
    std::vector<int64_t> grouped(ratings.size());
    {
        std::vector<int64_t> next(offsets.begin(), offsets.end() - 1);
        for (std::size_t k = 0; k < ratings.size(); ++k)
            grouped[std::size_t(next[std::size_t(ratings.user[k])]++)] = int64_t(k);
    }

    std::vector<int64_t> positions;
    for (int32_t user = 0; user < userCount; ++user) {
        positions.assign(grouped.begin() + offsets[std::size_t(user)],
                         grouped.begin() + offsets[std::size_t(user) + 1]);
        const int64_t n = int64_t(positions.size());
        if (n == 0)
            continue;
        const int64_t testCount = std::min<int64_t>(
            config.testPerUser, std::max<int64_t>(0, n - config.minTrainPerUser));
        if (testCount < config.testPerUser)
            ++summary.usersShortened;
        if (testCount == 0)
            continue;

        if (config.strategy == SplitStrategy::Temporal) {
            // Most recent last; on equal timestamps the later row counts as more recent.
            std::stable_sort(positions.begin(), positions.end(), [&](int64_t a, int64_t b) {
                return ratings.timestamp[std::size_t(a)] < ratings.timestamp[std::size_t(b)];
            });
        } else {
            chooseAtEnd(positions, std::size_t(testCount), random);
        }
        for (int64_t j = n - testCount; j < n; ++j)
            inTest[std::size_t(positions[std::size_t(j)])] = 1;
    }
    return inTest;
}

std::vector<uint8_t> markRandom(const Dataset &dataset, const SplitConfig &config)
{
    const std::size_t size = dataset.ratings.size();
    std::vector<uint8_t> inTest(size, 0);
    const auto testCount = std::size_t(std::llround(config.testFraction * double(size)));
    std::vector<int64_t> positions(size);
    std::iota(positions.begin(), positions.end(), int64_t(0));
    RandomSource random(config.seed);
    chooseAtEnd(positions, testCount, random);
    for (std::size_t j = size - testCount; j < size; ++j)
        inTest[std::size_t(positions[j])] = 1;
    return inTest;
}

} // namespace

Status SplitConfig::validate() const
{
    if (strategy == SplitStrategy::Random) {
        if (!(testFraction > 0.0 && testFraction < 1.0))
            return Error{"testFraction is " + std::to_string(testFraction)
                         + ": it must be greater than 0 and less than 1, for example 0.1."};
        return success();
    }
    if (testPerUser < 1)
        return Error{"testPerUser is " + std::to_string(testPerUser)
                     + ": each user must give at least 1 rating to test."};
    if (minTrainPerUser < 0)
        return Error{"minTrainPerUser is " + std::to_string(minTrainPerUser)
                     + ": it must be 0 or more."};
    return success();
}

std::string SplitSummary::describe() const
{
    std::ostringstream text;
    text << toString(config.strategy);
    if (config.strategy == SplitStrategy::Random)
        text << " fraction=" << config.testFraction;
    else
        text << " k=" << config.testPerUser << " minTrain=" << config.minTrainPerUser;
    text << " seed=" << config.seed << ": " << trainRatings << " train, " << testRatings
         << " test, " << usersShortened << " users shortened, " << usersOnlyInTest
         << " users only in test, " << itemsOnlyInTest << " items only in test";
    return text.str();
}

Result<Split> splitDataset(const Dataset &dataset, const SplitConfig &config)
{
    if (Status valid = config.validate(); !valid)
        return Error{valid.error()};

    Split split;
    split.summary.config = config;
    const std::vector<uint8_t> inTest = config.strategy == SplitStrategy::Random
                                            ? markRandom(dataset, config)
                                            : markPerUser(dataset, config, split.summary);

    // Both parts keep the dataset's row order.
    const RatingColumns &ratings = dataset.ratings;
    const auto testCount = std::size_t(std::count(inTest.begin(), inTest.end(), uint8_t(1)));
    split.test.reserve(testCount);
    split.train.reserve(ratings.size() - testCount);
    std::vector<uint8_t> userInTrain(std::size_t(dataset.userCount()), 0);
    std::vector<uint8_t> itemInTrain(std::size_t(dataset.itemCount()), 0);
    for (std::size_t k = 0; k < ratings.size(); ++k) {
        RatingColumns &part = inTest[k] ? split.test : split.train;
        part.push_back(ratings.user[k], ratings.item[k], ratings.rating[k], ratings.timestamp[k]);
        if (!inTest[k]) {
            userInTrain[std::size_t(ratings.user[k])] = 1;
            itemInTrain[std::size_t(ratings.item[k])] = 1;
        }
    }

    std::vector<uint8_t> userCounted(userInTrain.size(), 0);
    std::vector<uint8_t> itemCounted(itemInTrain.size(), 0);
    for (std::size_t k = 0; k < split.test.size(); ++k) {
        const auto user = std::size_t(split.test.user[k]);
        const auto item = std::size_t(split.test.item[k]);
        if (!userInTrain[user] && !userCounted[user]) {
            userCounted[user] = 1;
            ++split.summary.usersOnlyInTest;
        }
        if (!itemInTrain[item] && !itemCounted[item]) {
            itemCounted[item] = 1;
            ++split.summary.itemsOnlyInTest;
        }
    }
    split.summary.trainRatings = int64_t(split.train.size());
    split.summary.testRatings = int64_t(split.test.size());
    return split;
}

std::string toString(SplitStrategy strategy)
{
    switch (strategy) {
    case SplitStrategy::Holdout:
        return "holdout";
    case SplitStrategy::Random:
        return "random";
    case SplitStrategy::Temporal:
        return "temporal";
    }
    return "holdout";
}

Result<SplitStrategy> splitStrategyFromString(const std::string &name)
{
    if (name == "holdout")
        return SplitStrategy::Holdout;
    if (name == "random")
        return SplitStrategy::Random;
    if (name == "temporal")
        return SplitStrategy::Temporal;
    return Error{"Unknown split strategy '" + name
                 + "': use holdout, random or temporal."};
}

} // namespace RecStudio::Model
