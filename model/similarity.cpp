#include "similarity.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace RecStudio::Model {

ExactCosineIndex::ExactCosineIndex(const FactorMatrix &itemFactors)
    : m_unitFactors(itemFactors), m_isZero(std::size_t(itemFactors.rows()), 0)
{
    for (Eigen::Index item = 0; item < m_unitFactors.rows(); ++item) {
        const float norm = m_unitFactors.row(item).norm();
        if (norm > 0.0f && std::isfinite(norm))
            m_unitFactors.row(item) /= norm;
        else {
            m_unitFactors.row(item).setZero();
            m_isZero[std::size_t(item)] = 1;
        }
    }
}

Result<std::vector<Neighbor>> ExactCosineIndex::search(
    const SimilarityQuery &query, const std::vector<int64_t> &itemRatingCounts) const
{
    const int32_t itemCount = int32_t(m_unitFactors.rows());
    if (query.item < 0 || query.item >= itemCount)
        return Error{"Item index " + std::to_string(query.item) + " is outside the model, which has "
                     + std::to_string(itemCount) + " items."};
    if (query.k < 1)
        return Error{"Invalid number of similar items " + std::to_string(query.k)
                     + ": expected 1 or more."};
    if (m_isZero[std::size_t(query.item)])
        return Error{"Item " + std::to_string(query.item)
                     + " has a zero factor vector (usually because it had no training "
                       "ratings), so no item is similar to it by cosine."};

    const Eigen::VectorXf scores = m_unitFactors * m_unitFactors.row(query.item).transpose();
    const bool filterByCount = query.minRatings > 0 && !itemRatingCounts.empty();
    std::vector<int32_t> candidates;
    candidates.reserve(std::size_t(itemCount));
    for (int32_t item = 0; item < itemCount; ++item) {
        if (item == query.item || m_isZero[std::size_t(item)])
            continue;
        if (filterByCount
            && (std::size_t(item) >= itemRatingCounts.size()
                || itemRatingCounts[std::size_t(item)] < query.minRatings))
            continue;
        candidates.push_back(item);
    }
    const std::size_t count = std::min(candidates.size(), std::size_t(query.k));
    std::partial_sort(candidates.begin(), candidates.begin() + std::ptrdiff_t(count),
                      candidates.end(), [&](int32_t a, int32_t b) {
                          if (scores[a] != scores[b])
                              return scores[a] > scores[b];
                          return a < b;
                      });
    std::vector<Neighbor> neighbors;
    neighbors.reserve(count);
    for (std::size_t rank = 0; rank < count; ++rank)
        neighbors.push_back({candidates[rank], scores[candidates[rank]]});
    return neighbors;
}

Result<std::vector<Neighbor>> similarItems(const FactorModel &model, const SimilarityQuery &query,
                                           const std::vector<int64_t> &itemRatingCounts)
{
    return ExactCosineIndex(model.itemFactors).search(query, itemRatingCounts);
}

Result<std::vector<Recommendation>> recommendForUser(const FactorModel &model, int32_t user,
                                                     int32_t n,
                                                     const std::vector<int32_t> &ratedItems,
                                                     int64_t minRatings)
{
    if (user < 0 || user >= model.userCount())
        return Error{"User index " + std::to_string(user) + " is outside the model, which has "
                     + std::to_string(model.userCount()) + " users."};
    if (n < 1)
        return Error{"Invalid number of recommendations " + std::to_string(n)
                     + ": expected 1 or more."};

    Eigen::VectorXf scores = model.itemFactors * model.userFactors.row(user).transpose();
    scores.array() += model.itemBias.array() + (model.globalMean + model.userBias[user]);
    std::vector<uint8_t> rated(std::size_t(model.itemCount()), 0);
    for (int32_t item : ratedItems) {
        if (item >= 0 && item < model.itemCount())
            rated[std::size_t(item)] = 1;
    }
    std::vector<int32_t> candidates;
    candidates.reserve(std::size_t(model.itemCount()));
    const bool filterByCount = minRatings > 0
                               && model.itemRatingCounts.size() == std::size_t(model.itemCount());
    for (int32_t item = 0; item < model.itemCount(); ++item) {
        if (rated[std::size_t(item)])
            continue;
        if (filterByCount && model.itemRatingCounts[std::size_t(item)] < minRatings)
            continue;
        candidates.push_back(item);
    }
    const std::size_t count = std::min(candidates.size(), std::size_t(n));
    std::partial_sort(candidates.begin(), candidates.begin() + std::ptrdiff_t(count),
                      candidates.end(), [&](int32_t a, int32_t b) {
                          if (scores[a] != scores[b])
                              return scores[a] > scores[b];
                          return a < b;
                      });
    std::vector<Recommendation> result;
    result.reserve(count);
    for (std::size_t rank = 0; rank < count; ++rank)
        result.push_back({candidates[rank], scores[candidates[rank]]});
    return result;
}

} // namespace RecStudio::Model
