#pragma once

#include "result.h"

#include <cstdint>
#include <string>

namespace RecStudio::Model {

enum class Algorithm {
    Als,
    Sgd,
    GlobalMean, // baseline: predicts the training mean
    Biases,     // baseline: μ + b_u + b_i fitted by alternating ridge steps
};

enum class RegularizationScaling {
    Plain,       // λ as given
    ByRowCount,  // ALS-WR: λ × number of ratings in the row
    BySqrtRowCount, // λ × sqrt(number of ratings in the row), between the two above
};

enum class AlsSolver {
    Cholesky,          // exact solve of each row's normal equations
    ConjugateGradient, // a few warm-started CG steps per row; never forms the Gram matrix
};

// Hyperparameters of one training run. Defaults are the training engine's defaults and
// are what the GUI and the CLI start from.
struct TrainConfig
{
    Algorithm algorithm = Algorithm::Als;
    int32_t factors = 20;
    int32_t epochs = 20;

    // Regularization: factor and bias terms per side (the notebook's four parameters).
    float userFactorReg = 0.1f;
    float itemFactorReg = 0.1f;
    float userBiasReg = 0.1f;
    float itemBiasReg = 0.1f;
    // ALS and Biases only; SGD applies λ once per rating, which already scales it with
    // the row's rating count. ALS-WR is the default because plain λ = 0.1 overfits
    // badly on MovieLens-sized data.
    RegularizationScaling scaling = RegularizationScaling::ByRowCount;

    // ALS only.
    AlsSolver alsSolver = AlsSolver::Cholesky;
    int32_t cgSteps = 3; // CG steps per row and half-epoch

    // SGD only.
    float learningRate = 0.01f;
    float learningRateDecay = 1.0f; // multiplied into the rate after each epoch
    bool parallelSgd = false;       // block-parallel SGD over `threads` threads
    int32_t sgdBlocks = 0;          // blocks per side for parallel SGD; 0 picks from the data size

    float initScale = 0.1f; // standard deviation of the initial factors, scaled by 1/sqrt(factors)
    int32_t threads = 1;
    uint64_t seed = 42;

    // Returns an error that names the first invalid field and its valid range.
    Status validate() const;
    // One line such as "ALS, 20 factors, λ=0.1, 20 epochs, seed 42".
    std::string describe() const;
};

std::string toString(Algorithm algorithm);
Result<Algorithm> algorithmFromString(const std::string &name);
std::string toString(AlsSolver solver);
Result<AlsSolver> alsSolverFromString(const std::string &name);

} // namespace RecStudio::Model
