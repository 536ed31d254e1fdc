#pragma once

#include "idmap.h"

#include <Eigen/Core>

#include <cstdint>
#include <limits>
#include <vector>

namespace RecStudio::Model {

// Row-major float matrix: one row per user or item, one column per factor.
using FactorMatrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

// Biased matrix factorization: r̂(u, i) = μ + b_u + b_i + p_u · q_i.
// Users and items without a training rating keep zero factors and zero bias, so their
// predictions fall back to μ + the other side's bias.
struct FactorModel
{
    float globalMean = 0.0f;
    Eigen::VectorXf userBias;
    Eigen::VectorXf itemBias;
    FactorMatrix userFactors; // users × factors
    FactorMatrix itemFactors; // items × factors

    // Range of the training ratings. predict() clamps to it, because no rating falls
    // outside; the default range clamps nothing.
    float minRating = -std::numeric_limits<float>::infinity();
    float maxRating = std::numeric_limits<float>::infinity();

    // Training ratings per user and per item; 0 marks a user or item unseen in training.
    // Empty when unknown (a model built by hand).
    std::vector<int32_t> userRatingCounts;
    std::vector<int32_t> itemRatingCounts;

    int32_t userCount() const { return int32_t(userBias.size()); }
    int32_t itemCount() const { return int32_t(itemBias.size()); }
    int32_t factorCount() const { return int32_t(userFactors.cols()); }

    // Sets every parameter to zero with the given shape.
    void reset(int32_t users, int32_t items, int32_t factors);

    // Fills both factor matrices with normal values of standard deviation
    // scale / sqrt(factors), users first, from a generator seeded with seed.
    void randomizeFactors(float scale, uint64_t seed);

    // Sets the factors and bias of every user and item without training ratings (per
    // the rating counts) to zero.
    void clearUnseenRows();

    // Prediction for known indices, clamped to [minRating, maxRating]; a negative index
    // means "unseen" and drops that side's bias and factors.
    float predict(int32_t user, int32_t item) const;

    // True when every parameter is finite.
    bool isFinite() const;

    // True when the user (item) had at least one training rating; false when the
    // counts are unknown.
    bool hasUser(int32_t user) const;
    bool hasItem(int32_t item) const;
};

} // namespace RecStudio::Model
