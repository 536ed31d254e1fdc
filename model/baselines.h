#pragma once

#include "epochsolver.h"
#include "ratings.h"
#include "trainconfig.h"

#include <vector>

namespace RecStudio::Model {

// The comparison baselines; factors stay zero.
// GlobalMean predicts the training mean and does its work in one epoch.
// Biases fits r̂ = μ + b_u + b_i by alternating exact ridge steps, one per epoch:
//   b_u = Σ_i (r_ui − μ − b_i) / (λ_bu + n_u), then b_i likewise with the new b_u,
// where λ is multiplied by the row's rating count n with ALS-WR scaling.
class BaselineTrainer final : public EpochSolver
{
public:
    BaselineTrainer(const RatingColumns &train, const TrainConfig &config);

    void initialize(FactorModel &model) override;
    bool runEpoch(int32_t epoch, FactorModel &model, const std::atomic_bool *cancel) override;
    ErrorMetrics trainErrors(const FactorModel &model) override;

private:
    const RatingColumns &m_train;
    TrainConfig m_config;
};

} // namespace RecStudio::Model
