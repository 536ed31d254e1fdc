#pragma once

#include "factormodel.h"
#include "trainer.h"

#include <atomic>
#include <cstdint>

namespace RecStudio::Model {

// One training algorithm as the epoch loop in train() drives it. Implementations keep
// their own copy of the training ratings in the layout they need.
class EpochSolver
{
public:
    virtual ~EpochSolver() = default;

    // Initializes the parameters the algorithm starts from (the model already has its
    // shape, global mean and rating counts).
    virtual void initialize(FactorModel &model) = 0;

    // Runs epoch (1-based) on model. Returns false when cancel was set during the
    // epoch; the model is then partly updated and the caller restores its snapshot.
    virtual bool runEpoch(int32_t epoch, FactorModel &model, const std::atomic_bool *cancel) = 0;

    // Error of model over the training ratings, as it is after the last runEpoch().
    virtual ErrorMetrics trainErrors(const FactorModel &model) = 0;
};

} // namespace RecStudio::Model
