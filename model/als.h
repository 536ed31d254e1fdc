#pragma once

#include "epochsolver.h"
#include "ratings.h"
#include "result.h"
#include "trainconfig.h"

#include <cstdint>
#include <vector>

namespace RecStudio::Model {

// Alternating least squares for the biased model r̂ = μ + b_u + b_i + p_u · q_i over the
// observed ratings only (a missing rating is never a zero). Each epoch solves every
// user's, then every item's, (k + 1)-dimensional ridge problem with the bias as an
// extra column of ones:
//   min over [p_u; b_u] of  Σ_i (r_ui − μ − b_i − q_i·p_u − b_u)² + λ_f |p_u|² + λ_b b_u²
// where λ is multiplied by the row's rating count with ALS-WR scaling. Rows are solved
// in parallel; each row writes only its own parameters, so the result does not depend
// on the thread count. Rows without a training rating get zero factors and bias.
class AlsTrainer final : public EpochSolver
{
public:
    AlsTrainer(const RatingColumns &train, int32_t userCount, int32_t itemCount,
               const TrainConfig &config);

    // Rejects a singular problem: a factor regularization of 0 on a side where some row
    // has fewer ratings than factors + 1, so that its normal equations have no unique
    // solution.
    Status checkSolvable() const;

    void initialize(FactorModel &model) override;
    bool runEpoch(int32_t epoch, FactorModel &model, const std::atomic_bool *cancel) override;
    ErrorMetrics trainErrors(const FactorModel &model) override;

private:
    // Ratings of one side grouped by row: entries [offsets[r], offsets[r + 1]).
    struct Rows
    {
        std::vector<int64_t> offsets;
        std::vector<int32_t> index; // the other side's index
        std::vector<float> value;
        int64_t maxLength = 0;
        // Rows [chunkStart[c], chunkStart[c + 1]) form work chunk c: a few rows, or one
        // long row alone, so that threads share long rows evenly.
        std::vector<int32_t> chunkStart;
    };

    static Rows groupByRow(const std::vector<int32_t> &rowOf, const std::vector<int32_t> &colOf,
                           const std::vector<float> &values, int32_t rows);
    bool solveSide(bool users, FactorModel &model, const std::atomic_bool *cancel);

    TrainConfig m_config;
    Rows m_byUser;
    Rows m_byItem;
    // Squared and absolute residuals per item from the last item step, summed in item
    // order so that train errors do not depend on the thread count.
    std::vector<double> m_itemSquaredError;
    std::vector<double> m_itemAbsoluteError;
    int64_t m_ratingCount = 0;
};

} // namespace RecStudio::Model
