#include "factormodel.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace RecStudio::Model {

void FactorModel::reset(int32_t users, int32_t items, int32_t factors)
{
    globalMean = 0.0f;
    minRating = -std::numeric_limits<float>::infinity();
    maxRating = std::numeric_limits<float>::infinity();
    userBias = Eigen::VectorXf::Zero(users);
    itemBias = Eigen::VectorXf::Zero(items);
    userFactors = FactorMatrix::Zero(users, factors);
    itemFactors = FactorMatrix::Zero(items, factors);
    userRatingCounts.assign(std::size_t(users), 0);
    itemRatingCounts.assign(std::size_t(items), 0);
}

void FactorModel::randomizeFactors(float scale, uint64_t seed)
{
    // Box-Muller on std::mt19937_64, whose output the standard fixes, so that a seed
    // gives the same factors with every standard library.
    std::mt19937_64 generator(seed);
    const double stddev = double(scale) / std::sqrt(double(std::max(factorCount(), 1)));
    const double twoPi = 6.283185307179586;
    auto uniform = [&generator] { return (double(generator() >> 11) + 0.5) * 0x1.0p-53; };
    auto fill = [&](FactorMatrix &matrix) {
        float *data = matrix.data();
        const Eigen::Index size = matrix.size();
        for (Eigen::Index k = 0; k < size; k += 2) {
            const double radius = std::sqrt(-2.0 * std::log(uniform())) * stddev;
            const double angle = twoPi * uniform();
            data[k] = float(radius * std::cos(angle));
            if (k + 1 < size)
                data[k + 1] = float(radius * std::sin(angle));
        }
    };
    fill(userFactors);
    fill(itemFactors);
}

void FactorModel::clearUnseenRows()
{
    for (std::size_t user = 0; user < userRatingCounts.size(); ++user) {
        if (userRatingCounts[user] == 0) {
            userFactors.row(Eigen::Index(user)).setZero();
            userBias[Eigen::Index(user)] = 0.0f;
        }
    }
    for (std::size_t item = 0; item < itemRatingCounts.size(); ++item) {
        if (itemRatingCounts[item] == 0) {
            itemFactors.row(Eigen::Index(item)).setZero();
            itemBias[Eigen::Index(item)] = 0.0f;
        }
    }
}

float FactorModel::predict(int32_t user, int32_t item) const
{
    float value = globalMean;
    const bool knownUser = user >= 0 && user < userCount();
    const bool knownItem = item >= 0 && item < itemCount();
    if (knownUser)
        value += userBias[user];
    if (knownItem)
        value += itemBias[item];
    if (knownUser && knownItem)
        value += userFactors.row(user).dot(itemFactors.row(item));
    return std::clamp(value, minRating, maxRating);
}

bool FactorModel::isFinite() const
{
    return std::isfinite(globalMean) && userBias.allFinite() && itemBias.allFinite()
           && userFactors.allFinite() && itemFactors.allFinite();
}

bool FactorModel::hasUser(int32_t user) const
{
    return user >= 0 && std::size_t(user) < userRatingCounts.size()
           && userRatingCounts[std::size_t(user)] > 0;
}

bool FactorModel::hasItem(int32_t item) const
{
    return item >= 0 && std::size_t(item) < itemRatingCounts.size()
           && itemRatingCounts[std::size_t(item)] > 0;
}

} // namespace RecStudio::Model
