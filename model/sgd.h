#pragma once

#include "epochsolver.h"
#include "ratings.h"
#include "trainconfig.h"

#include <cstdint>
#include <random>
#include <vector>

namespace RecStudio::Model {

// Stochastic gradient descent for the biased model. For each rating, with
// e = r − r̂(u, i) and rate η:
//   b_u += η (e − λ_bu b_u)            b_i += η (e − λ_bi b_i)
//   p_u += η (e q_i − λ_pu p_u)        q_i += η (e p_u − λ_qi q_i)
// where both factor updates use the values from before the step. η is multiplied by
// the decay after every epoch.
//
// Sequential mode visits all ratings in a fresh seeded shuffle each epoch. Block mode
// (as in LIBMF) splits users and items into B random groups each, giving B × B blocks
// whose ratings are stored together and sorted by user. An epoch runs B strata of B
// blocks that share no user and no item, and the blocks of a stratum run in parallel. For
// locality, block mode trains a copy of the model whose rows are reordered so that each
// group is contiguous: a block then streams through its users and keeps its items in
// cache. Block results do not depend on which thread runs them, so both modes are
// deterministic for a seed and block mode gives the same model with any thread count.
class SgdTrainer final : public EpochSolver
{
public:
    SgdTrainer(const RatingColumns &train, int32_t userCount, int32_t itemCount,
               const TrainConfig &config);

    int32_t blocksPerSide() const { return m_blocks; }

    void initialize(FactorModel &model) override;
    bool runEpoch(int32_t epoch, FactorModel &model, const std::atomic_bool *cancel) override;
    ErrorMetrics trainErrors(const FactorModel &model) override;

private:
    struct Entry
    {
        int32_t user;
        int32_t item;
        float rating;
    };

    static int32_t chooseBlocks(const TrainConfig &config, int64_t ratings, int32_t items);
    void buildBlocks(int32_t userCount, int32_t itemCount);
    bool runRange(FactorModel &model, int64_t begin, int64_t end, float rate,
                  const std::atomic_bool *cancel, std::vector<float> &scratch) const;
    // Copies parameters between the model and the reordered working copy.
    void copyToWork(const FactorModel &model);
    void copyFromWork(FactorModel &model) const;

    TrainConfig m_config;
    std::vector<Entry> m_entries; // block mode: indices are positions in m_work
    int32_t m_blocks = 1;              // per side; 1 in sequential mode
    std::vector<int64_t> m_blockStart; // B × B + 1 offsets into m_entries, row-major by block
    std::vector<int32_t> m_userAt;     // block mode: user index of each row of m_work
    std::vector<int32_t> m_itemAt;
    FactorModel m_work;
    std::mt19937_64 m_random;
};

} // namespace RecStudio::Model
