#include "metrics.h"

#include "parallel.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace RecStudio::Model {

namespace {

constexpr int64_t PairsPerChunk = 65536;
constexpr int64_t UsersPerChunk = 16;

// Entries of a side grouped by row, without the values' order mattering.
struct Grouped
{
    std::vector<int64_t> offsets;
    std::vector<int32_t> items;
    std::vector<float> ratings;
};

Grouped groupByUser(const RatingColumns &ratings, int32_t userCount)
{
    Grouped grouped;
    grouped.offsets.assign(std::size_t(userCount) + 1, 0);
    for (int32_t user : ratings.user) {
        if (user >= 0 && user < userCount)
            ++grouped.offsets[std::size_t(user) + 1];
    }
    std::partial_sum(grouped.offsets.begin(), grouped.offsets.end(), grouped.offsets.begin());
    grouped.items.resize(std::size_t(grouped.offsets.back()));
    grouped.ratings.resize(grouped.items.size());
    std::vector<int64_t> next(grouped.offsets.begin(), grouped.offsets.end() - 1);
    for (std::size_t k = 0; k < ratings.size(); ++k) {
        const int32_t user = ratings.user[k];
        if (user < 0 || user >= userCount)
            continue;
        const int64_t position = next[std::size_t(user)]++;
        grouped.items[std::size_t(position)] = ratings.item[k];
        grouped.ratings[std::size_t(position)] = ratings.rating[k];
    }
    return grouped;
}

} // namespace

ErrorMetrics errorMetrics(const FactorModel &model, const RatingColumns &ratings,
                          int32_t threads)
{
    struct Partial
    {
        double squared = 0.0;
        double absolute = 0.0;
        int64_t unseenUsers = 0;
        int64_t unseenItems = 0;
    };
    const int64_t count = int64_t(ratings.size());
    std::vector<Partial> partials(std::size_t((count + PairsPerChunk - 1) / PairsPerChunk));
    const bool countsKnown = !model.userRatingCounts.empty() && !model.itemRatingCounts.empty();

    parallelChunks(threads, count, PairsPerChunk,
                   [&](int32_t, int64_t chunk, int64_t begin, int64_t end) {
        Partial partial;
        for (int64_t k = begin; k < end; ++k) {
            const int32_t user = ratings.user[std::size_t(k)];
            const int32_t item = ratings.item[std::size_t(k)];
            const bool userInModel = user >= 0 && user < model.userCount();
            const bool itemInModel = item >= 0 && item < model.itemCount();
            if (!userInModel || (countsKnown && !model.hasUser(user)))
                ++partial.unseenUsers;
            if (!itemInModel || (countsKnown && !model.hasItem(item)))
                ++partial.unseenItems;
            const double error = double(ratings.rating[std::size_t(k)])
                                 - double(model.predict(userInModel ? user : -1,
                                                        itemInModel ? item : -1));
            partial.squared += error * error;
            partial.absolute += std::abs(error);
        }
        partials[std::size_t(chunk)] = partial;
        return true;
    });

    ErrorMetrics metrics;
    metrics.count = count;
    double squared = 0.0;
    double absolute = 0.0;
    for (const Partial &partial : partials) {
        squared += partial.squared;
        absolute += partial.absolute;
        metrics.unseenUsers += partial.unseenUsers;
        metrics.unseenItems += partial.unseenItems;
    }
    if (count > 0) {
        metrics.mse = squared / double(count);
        metrics.rmse = std::sqrt(metrics.mse);
        metrics.mae = absolute / double(count);
    }
    return metrics;
}

RankingMetrics rankingMetrics(const FactorModel &model, const RatingColumns &train,
                              const RatingColumns &test, int32_t userCount, int32_t itemCount,
                              int32_t k, double threshold, int32_t threads)
{
    RankingMetrics result;
    result.k = k;
    result.threshold = threshold;
    userCount = std::min(userCount, model.userCount());
    itemCount = std::min(itemCount, model.itemCount());
    if (k <= 0 || userCount <= 0 || itemCount <= 0)
        return result;

    const Grouped trainByUser = groupByUser(train, userCount);
    const Grouped testByUser = groupByUser(test, userCount);

    struct UserScore
    {
        double precision = 0.0, recall = 0.0, ndcg = 0.0, ap = 0.0;
        bool evaluated = false;
    };
    std::vector<UserScore> scores(static_cast<std::size_t>(userCount));
    const int32_t workers = std::max(1, threads);
    std::vector<std::vector<uint8_t>> recommendedBy(std::size_t(workers),
                                                    std::vector<uint8_t>(std::size_t(itemCount), 0));

    // Ideal DCG and discounts for ranks 1..k.
    std::vector<double> discount(static_cast<std::size_t>(k));
    for (int32_t rank = 0; rank < k; ++rank)
        discount[std::size_t(rank)] = 1.0 / std::log2(double(rank) + 2.0);

    parallelChunks(workers, userCount, UsersPerChunk,
                   [&](int32_t worker, int64_t, int64_t begin, int64_t end) {
        Eigen::VectorXf predicted(itemCount);
        std::vector<uint8_t> excluded(std::size_t(itemCount), 0);
        std::vector<uint8_t> relevant(std::size_t(itemCount), 0);
        std::vector<int32_t> candidates;
        std::vector<uint8_t> &recommended = recommendedBy[std::size_t(worker)];
        for (int64_t user = begin; user < end; ++user) {
            int32_t relevantCount = 0;
            for (int64_t e = testByUser.offsets[std::size_t(user)];
                 e < testByUser.offsets[std::size_t(user) + 1]; ++e) {
                const int32_t item = testByUser.items[std::size_t(e)];
                if (item >= 0 && item < itemCount
                    && testByUser.ratings[std::size_t(e)] >= threshold
                    && !relevant[std::size_t(item)]) {
                    relevant[std::size_t(item)] = 1;
                    ++relevantCount;
                }
            }
            const int64_t trainBegin = trainByUser.offsets[std::size_t(user)];
            const int64_t trainEnd = trainByUser.offsets[std::size_t(user) + 1];
            for (int64_t e = trainBegin; e < trainEnd; ++e) {
                const int32_t item = trainByUser.items[std::size_t(e)];
                if (item >= 0 && item < itemCount)
                    excluded[std::size_t(item)] = 1;
            }

            if (relevantCount > 0) {
                // One user's scores: μ + b_u + b_i + Q p_u, never a users × items matrix.
                predicted.noalias() = model.itemFactors.topRows(itemCount)
                                      * model.userFactors.row(user).transpose();
                predicted.array() += model.itemBias.head(itemCount).array()
                                     + (model.globalMean + model.userBias[user]);
                candidates.clear();
                for (int32_t item = 0; item < itemCount; ++item) {
                    if (!excluded[std::size_t(item)])
                        candidates.push_back(item);
                }
                const std::size_t listSize = std::min<std::size_t>(std::size_t(k),
                                                                   candidates.size());
                auto better = [&](int32_t a, int32_t b) {
                    if (predicted[a] != predicted[b])
                        return predicted[a] > predicted[b];
                    return a < b;
                };
                std::partial_sort(candidates.begin(),
                                  candidates.begin() + std::ptrdiff_t(listSize),
                                  candidates.end(), better);

                UserScore &score = scores[std::size_t(user)];
                score.evaluated = true;
                int32_t hits = 0;
                double dcg = 0.0;
                double precisionSum = 0.0;
                for (std::size_t rank = 0; rank < listSize; ++rank) {
                    const int32_t item = candidates[rank];
                    recommended[std::size_t(item)] = 1;
                    if (relevant[std::size_t(item)]) {
                        ++hits;
                        dcg += discount[rank];
                        precisionSum += double(hits) / double(rank + 1);
                    }
                }
                double idealDcg = 0.0;
                const int32_t idealHits = std::min(k, relevantCount);
                for (int32_t rank = 0; rank < idealHits; ++rank)
                    idealDcg += discount[std::size_t(rank)];
                score.precision = double(hits) / double(k);
                score.recall = double(hits) / double(relevantCount);
                score.ndcg = dcg / idealDcg;
                score.ap = precisionSum / double(idealHits);
            }

            // Clear the per-user marks for the next user.
            for (int64_t e = trainBegin; e < trainEnd; ++e) {
                const int32_t item = trainByUser.items[std::size_t(e)];
                if (item >= 0 && item < itemCount)
                    excluded[std::size_t(item)] = 0;
            }
            for (int64_t e = testByUser.offsets[std::size_t(user)];
                 e < testByUser.offsets[std::size_t(user) + 1]; ++e) {
                const int32_t item = testByUser.items[std::size_t(e)];
                if (item >= 0 && item < itemCount)
                    relevant[std::size_t(item)] = 0;
            }
        }
        return true;
    });

    for (const UserScore &score : scores) {
        if (!score.evaluated)
            continue;
        ++result.usersEvaluated;
        result.precision += score.precision;
        result.recall += score.recall;
        result.ndcg += score.ndcg;
        result.map += score.ap;
    }
    if (result.usersEvaluated > 0) {
        const double users = double(result.usersEvaluated);
        result.precision /= users;
        result.recall /= users;
        result.ndcg /= users;
        result.map /= users;
    }
    int64_t covered = 0;
    for (int32_t item = 0; item < itemCount; ++item) {
        for (const std::vector<uint8_t> &recommended : recommendedBy) {
            if (recommended[std::size_t(item)]) {
                ++covered;
                break;
            }
        }
    }
    result.coverage = double(covered) / double(itemCount);
    return result;
}

} // namespace RecStudio::Model
