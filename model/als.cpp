#include "als.h"

#include "parallel.h"

#include <Eigen/Cholesky>
#include <Eigen/Core>

#include <algorithm>
#include <cmath>

namespace RecStudio::Model {

namespace {

using RowMajorMatrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

// Per-thread buffers, allocated once per half-epoch and reused for every row.
struct Workspace
{
    std::vector<float> features; // row-major n × (k + 1): [q_i, 1] per rating
    Eigen::VectorXf target;      // r − μ − other side's bias
    Eigen::MatrixXf gram;
    Eigen::LLT<Eigen::MatrixXf> cholesky;
    Eigen::VectorXf rhs, solution, residual, direction, product, errors;
    Eigen::VectorXf projected, stepProjection; // CG: Fx and F·direction, one entry per rating
    Eigen::VectorXf inverseRidge, dualSolution; // short rows, see the Woodbury branch
    Eigen::MatrixXf scaled, dual;

    explicit Workspace(Eigen::Index dimension)
        : gram(dimension, dimension), cholesky(dimension), rhs(dimension),
          solution(dimension), residual(dimension), direction(dimension), product(dimension)
    {}
};

constexpr int32_t RowsPerChunk = 32;
constexpr int64_t RatingsPerChunk = 16384;
// How many ratings ahead the gather prefetches the other side's factor row.
constexpr int64_t PrefetchDistance = 24;
// Below this many ratings, rank-one updates build the Gram matrix faster than Eigen's
// blocked product, whose packing overhead dominates for short rows.
constexpr int64_t ShortRow = 32;

} // namespace

AlsTrainer::AlsTrainer(const RatingColumns &train, int32_t userCount, int32_t itemCount,
                       const TrainConfig &config)
    : m_config(config),
      m_byUser(groupByRow(train.user, train.item, train.rating, userCount)),
      m_byItem(groupByRow(train.item, train.user, train.rating, itemCount)),
      m_itemSquaredError(std::size_t(itemCount), 0.0),
      m_itemAbsoluteError(std::size_t(itemCount), 0.0),
      m_ratingCount(int64_t(train.size()))
{}

AlsTrainer::Rows AlsTrainer::groupByRow(const std::vector<int32_t> &rowOf,
                                        const std::vector<int32_t> &colOf,
                                        const std::vector<float> &values, int32_t rows)
{
    Rows grouped;
    grouped.offsets.assign(std::size_t(rows) + 1, 0);
    for (int32_t row : rowOf)
        ++grouped.offsets[std::size_t(row) + 1];
    for (int32_t row = 0; row < rows; ++row) {
        grouped.maxLength = std::max(grouped.maxLength, grouped.offsets[std::size_t(row) + 1]);
        grouped.offsets[std::size_t(row) + 1] += grouped.offsets[std::size_t(row)];
    }
    grouped.chunkStart.push_back(0);
    int64_t chunkRatings = 0;
    for (int32_t row = 0; row < rows; ++row) {
        const int64_t length = grouped.offsets[std::size_t(row) + 1]
                               - grouped.offsets[std::size_t(row)];
        const int32_t chunkRows = row - grouped.chunkStart.back();
        if (chunkRows > 0 && (chunkRows >= RowsPerChunk || chunkRatings + length > RatingsPerChunk)) {
            grouped.chunkStart.push_back(row);
            chunkRatings = 0;
        }
        chunkRatings += length;
    }
    grouped.chunkStart.push_back(rows);

    grouped.index.resize(values.size());
    grouped.value.resize(values.size());
    std::vector<int64_t> next(grouped.offsets.begin(), grouped.offsets.end() - 1);
    for (std::size_t k = 0; k < values.size(); ++k) {
        const int64_t position = next[std::size_t(rowOf[k])]++;
        grouped.index[std::size_t(position)] = colOf[k];
        grouped.value[std::size_t(position)] = values[k];
    }
    return grouped;
}

Status AlsTrainer::checkSolvable() const
{
    const int64_t needed = int64_t(m_config.factors) + 1;
    auto check = [&](const Rows &rows, float reg, const char *side,
                     const char *option) -> Status {
        if (reg > 0.0f)
            return success();
        int64_t shortRows = 0;
        for (std::size_t r = 0; r + 1 < rows.offsets.size(); ++r) {
            const int64_t length = rows.offsets[r + 1] - rows.offsets[r];
            if (length > 0 && length < needed)
                ++shortRows;
        }
        if (shortRows == 0)
            return success();
        return Error{"ALS with " + std::string(side) + " factor regularization 0 is singular: "
                     + std::to_string(shortRows) + " " + side + "s have fewer than "
                     + std::to_string(needed) + " training ratings (factors + 1). Set the "
                     + option + " above 0, for example 0.05."};
    };
    if (Status status = check(m_byUser, m_config.userFactorReg, "user",
                              "user factor regularization");
        !status)
        return status;
    return check(m_byItem, m_config.itemFactorReg, "item", "item factor regularization");
}

void AlsTrainer::initialize(FactorModel &model)
{
    model.randomizeFactors(m_config.initScale, m_config.seed);
    model.userBias.setZero();
    model.itemBias.setZero();
    model.clearUnseenRows();
}

bool AlsTrainer::runEpoch(int32_t, FactorModel &model, const std::atomic_bool *cancel)
{
    return solveSide(true, model, cancel) && solveSide(false, model, cancel);
}

ErrorMetrics AlsTrainer::trainErrors(const FactorModel &)
{
    ErrorMetrics metrics;
    double squared = 0.0;
    double absolute = 0.0;
    for (std::size_t i = 0; i < m_itemSquaredError.size(); ++i) {
        squared += m_itemSquaredError[i];
        absolute += m_itemAbsoluteError[i];
    }
    metrics.count = m_ratingCount;
    if (m_ratingCount > 0) {
        metrics.mse = squared / double(m_ratingCount);
        metrics.rmse = std::sqrt(metrics.mse);
        metrics.mae = absolute / double(m_ratingCount);
    }
    return metrics;
}

bool AlsTrainer::solveSide(bool users, FactorModel &model, const std::atomic_bool *cancel)
{
    const Rows &rows = users ? m_byUser : m_byItem;
    FactorMatrix &solved = users ? model.userFactors : model.itemFactors;
    Eigen::VectorXf &solvedBias = users ? model.userBias : model.itemBias;
    const FactorMatrix &fixed = users ? model.itemFactors : model.userFactors;
    const Eigen::VectorXf &fixedBias = users ? model.itemBias : model.userBias;
    const float factorReg = users ? m_config.userFactorReg : m_config.itemFactorReg;
    const float biasReg = users ? m_config.userBiasReg : m_config.itemBiasReg;
    const RegularizationScaling scaling = m_config.scaling;
    const bool exact = m_config.alsSolver == AlsSolver::Cholesky;
    const int32_t k = m_config.factors;
    const Eigen::Index dimension = k + 1;
    const float mean = model.globalMean;

    std::vector<Workspace> workspaces;
    const int32_t threads = std::max(1, m_config.threads);
    workspaces.reserve(std::size_t(threads));
    for (int32_t t = 0; t < threads; ++t)
        workspaces.emplace_back(dimension);

    std::atomic_bool canceled{false};
    const int64_t chunkCount = int64_t(rows.chunkStart.size()) - 1;
    parallelChunks(threads, chunkCount, 1,
                   [&](int32_t worker, int64_t chunk, int64_t, int64_t) {
        const int64_t begin = rows.chunkStart[std::size_t(chunk)];
        const int64_t end = rows.chunkStart[std::size_t(chunk) + 1];
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            canceled.store(true);
            return false;
        }
        Workspace &w = workspaces[std::size_t(worker)];
        for (int64_t row = begin; row < end; ++row) {
            const int64_t first = rows.offsets[std::size_t(row)];
            const int64_t length = rows.offsets[std::size_t(row) + 1] - first;
            if (length == 0) {
                solved.row(row).setZero();
                solvedBias[row] = 0.0f;
                continue;
            }

            // Gather [q_j, 1] for each rating of the row and the targets without the
            // known parts of the prediction.
            if (w.features.size() < std::size_t(length * dimension))
                w.features.resize(std::size_t(length * dimension));
            Eigen::Map<RowMajorMatrix> features(w.features.data(), length, dimension);
            w.target.resize(length);
            if (!exact) {
                // CG starts from the current parameters. Its initial residual
                // Fᵀ(t − Fx) − Λx is accumulated during the gather, while each row of F is
                // still in L1, and projected keeps Fx up to date for the train errors.
                w.solution.head(k) = solved.row(row).transpose();
                w.solution[k] = solvedBias[row];
                w.residual.setZero();
                w.projected.resize(length);
                w.stepProjection.resize(length);
            }
            for (int64_t j = 0; j < length; ++j) {
                const int32_t other = rows.index[std::size_t(first + j)];
                // The rows of the other side come from all over the matrix: fetch ahead
                // so that several cache misses overlap.
                if (j + PrefetchDistance < length) {
                    const float *ahead =
                        fixed.row(rows.index[std::size_t(first + j + PrefetchDistance)]).data();
                    for (int32_t offset = 0; offset < k; offset += 16)
                        __builtin_prefetch(ahead + offset);
                }
                features.row(j).head(k) = fixed.row(other);
                features(j, k) = 1.0f;
                w.target[j] = rows.value[std::size_t(first + j)] - mean - fixedBias[other];
                if (!exact) {
                    const Eigen::Map<const Eigen::VectorXf> feature(
                        w.features.data() + j * dimension, dimension);
                    const float projection = feature.dot(w.solution);
                    w.projected[j] = projection;
                    w.residual.noalias() += (w.target[j] - projection) * feature;
                }
            }

            const float scale = scaling == RegularizationScaling::ByRowCount ? float(length)
                                : scaling == RegularizationScaling::BySqrtRowCount
                                    ? std::sqrt(float(length))
                                    : 1.0f;
            const float ridgeFactor = factorReg * scale;
            const float ridgeBias = biasReg * scale;

            if (exact && length < dimension && ridgeFactor > 0.0f && ridgeBias > 0.0f) {
                // Fewer ratings than unknowns: the same solution from the n × n system of
                // the Woodbury identity, x = Λ⁻¹Fᵀ(FΛ⁻¹Fᵀ + I)⁻¹t, which is much
                // smaller than the (k + 1) × (k + 1) normal equations.
                w.inverseRidge.resize(dimension);
                w.inverseRidge.head(k).setConstant(1.0f / ridgeFactor);
                w.inverseRidge[k] = 1.0f / ridgeBias;
                w.scaled.resize(length, dimension);
                w.scaled.noalias() = features * w.inverseRidge.asDiagonal();
                w.dual.resize(length, length);
                w.dual.noalias() = w.scaled * features.transpose();
                w.dual.diagonal().array() += 1.0f;
                w.dualSolution = w.dual.llt().solve(w.target);
                w.solution.noalias() = w.scaled.transpose() * w.dualSolution;
            } else if (exact) {
                w.rhs.noalias() = features.transpose() * w.target;
                w.gram.setZero();
                if (length < ShortRow) {
                    for (int64_t j = 0; j < length; ++j)
                        w.gram.selfadjointView<Eigen::Lower>().rankUpdate(
                            features.row(j).transpose());
                } else {
                    w.gram.selfadjointView<Eigen::Lower>().rankUpdate(features.transpose());
                }
                w.gram.diagonal().head(k).array() += ridgeFactor;
                w.gram(k, k) += ridgeBias;
                w.cholesky.compute(w.gram);
                if (w.cholesky.info() == Eigen::Success) {
                    w.solution = w.cholesky.solve(w.rhs);
                } else {
                    // Numerically semidefinite (for example collinear factors): LDLT
                    // still returns a least-squares-like solution instead of failing.
                    w.gram.triangularView<Eigen::StrictlyUpper>() =
                        w.gram.transpose().triangularView<Eigen::StrictlyUpper>();
                    w.solution = w.gram.ldlt().solve(w.rhs);
                }
            } else {
                // Conjugate gradient on (FᵀF + Λ) x = Fᵀt, warm-started from the current
                // parameters. Each product with FᵀF is one pass over the rows of F (dot,
                // then axpy on the same cached row), so long rows cost one read per step.
                const float *data = w.features.data();
                auto applyNormal = [&](const Eigen::VectorXf &x, Eigen::VectorXf &out) {
                    out.setZero();
                    for (int64_t j = 0; j < length; ++j) {
                        const Eigen::Map<const Eigen::VectorXf> feature(data + j * dimension,
                                                                        dimension);
                        const float projection = feature.dot(x);
                        w.stepProjection[j] = projection;
                        out.noalias() += projection * feature;
                    }
                    out.head(k) += ridgeFactor * x.head(k);
                    out[k] += ridgeBias * x[k];
                };
                w.residual.head(k) -= ridgeFactor * w.solution.head(k);
                w.residual[k] -= ridgeBias * w.solution[k];
                w.direction = w.residual;
                float residualNorm = w.residual.squaredNorm();
                for (int32_t step = 0; step < m_config.cgSteps; ++step) {
                    if (!(residualNorm > 1e-12f))
                        break;
                    applyNormal(w.direction, w.product);
                    const float curvature = w.direction.dot(w.product);
                    if (!(curvature > 0.0f))
                        break;
                    const float alpha = residualNorm / curvature;
                    w.solution += alpha * w.direction;
                    w.projected += alpha * w.stepProjection;
                    w.residual -= alpha * w.product;
                    const float nextNorm = w.residual.squaredNorm();
                    w.direction = w.residual + (nextNorm / residualNorm) * w.direction;
                    residualNorm = nextNorm;
                }
            }
            solved.row(row) = w.solution.head(k).transpose();
            solvedBias[row] = w.solution[k];

            if (!users) {
                // The item step runs last, so these residuals are the train errors of
                // the model as it leaves the epoch.
                // The prediction is rating − residual, clamped as predict() does.
                if (exact)
                    w.errors.noalias() = features * w.solution;
                else
                    w.errors = w.projected;
                w.errors = w.target - w.errors;
                double squared = 0.0;
                double absolute = 0.0;
                for (Eigen::Index j = 0; j < length; ++j) {
                    const float rating = rows.value[std::size_t(first + j)];
                    const float predicted = std::clamp(rating - w.errors[j], model.minRating,
                                                       model.maxRating);
                    const double error = double(rating) - double(predicted);
                    squared += error * error;
                    absolute += std::abs(error);
                }
                m_itemSquaredError[std::size_t(row)] = squared;
                m_itemAbsoluteError[std::size_t(row)] = absolute;
            }
        }
        return true;
    });
    return !canceled.load();
}

} // namespace RecStudio::Model
