#include "baselines.h"

#include "metrics.h"

#include <cmath>

namespace RecStudio::Model {

BaselineTrainer::BaselineTrainer(const RatingColumns &train, const TrainConfig &config)
    : m_train(train), m_config(config)
{}

void BaselineTrainer::initialize(FactorModel &model)
{
    model.userBias.setZero();
    model.itemBias.setZero();
    model.userFactors.setZero();
    model.itemFactors.setZero();
}

bool BaselineTrainer::runEpoch(int32_t, FactorModel &model, const std::atomic_bool *cancel)
{
    if (m_config.algorithm != Algorithm::Biases)
        return true;
    std::vector<double> sums;
    auto solve = [&](bool users) {
        const std::vector<int32_t> &rowOf = users ? m_train.user : m_train.item;
        const std::vector<int32_t> &colOf = users ? m_train.item : m_train.user;
        Eigen::VectorXf &solved = users ? model.userBias : model.itemBias;
        const Eigen::VectorXf &fixed = users ? model.itemBias : model.userBias;
        const std::vector<int32_t> &counts = users ? model.userRatingCounts
                                                   : model.itemRatingCounts;
        const float reg = users ? m_config.userBiasReg : m_config.itemBiasReg;
        sums.assign(std::size_t(solved.size()), 0.0);
        for (std::size_t k = 0; k < rowOf.size(); ++k) {
            sums[std::size_t(rowOf[k])] += double(m_train.rating[k]) - double(model.globalMean)
                                           - double(fixed[colOf[k]]);
        }
        for (Eigen::Index row = 0; row < solved.size(); ++row) {
            const double count = double(counts[std::size_t(row)]);
            const double scale = m_config.scaling == RegularizationScaling::ByRowCount ? count
                                 : m_config.scaling == RegularizationScaling::BySqrtRowCount
                                     ? std::sqrt(count)
                                     : 1.0;
            const double ridge = double(reg) * scale;
            solved[row] = count > 0 ? float(sums[std::size_t(row)] / (ridge + count)) : 0.0f;
        }
    };
    solve(true);
    if (cancel && cancel->load())
        return false;
    solve(false);
    return true;
}

ErrorMetrics BaselineTrainer::trainErrors(const FactorModel &model)
{
    return errorMetrics(model, m_train, m_config.threads);
}

} // namespace RecStudio::Model
