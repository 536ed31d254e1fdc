#include "trainconfig.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>

namespace RecStudio::Model {

namespace {

std::string formatNumber(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", value);
    return buffer;
}

Status invalid(const std::string &field, const std::string &value, const std::string &range)
{
    return Error{"Invalid " + field + " " + value + ": expected " + range + "."};
}

Status checkRegularization(const char *field, float value)
{
    if (!std::isfinite(value) || value < 0.0f)
        return invalid(field, formatNumber(value), "a finite number >= 0");
    return success();
}

std::string lowerCase(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return text;
}

} // namespace

Status TrainConfig::validate() const
{
    if (factors < 1 || factors > 1024)
        return invalid("factors", std::to_string(factors), "1 to 1024");
    if (epochs < 1 || epochs > 100000)
        return invalid("epochs", std::to_string(epochs), "1 to 100000");
    for (const auto &[field, value] :
         {std::pair{"user factor regularization", userFactorReg},
          std::pair{"item factor regularization", itemFactorReg},
          std::pair{"user bias regularization", userBiasReg},
          std::pair{"item bias regularization", itemBiasReg}}) {
        if (Status status = checkRegularization(field, value); !status)
            return status;
    }
    if (!std::isfinite(learningRate) || learningRate <= 0.0f)
        return invalid("learning rate", formatNumber(learningRate), "a finite number > 0");
    if (!std::isfinite(learningRateDecay) || learningRateDecay <= 0.0f
        || learningRateDecay > 1.0f)
        return invalid("learning rate decay", formatNumber(learningRateDecay),
                       "a factor in (0, 1]; 1 keeps the rate constant");
    if (!std::isfinite(initScale) || initScale <= 0.0f || initScale > 10.0f)
        return invalid("initial scale", formatNumber(initScale), "a number in (0, 10]");
    if (threads < 1 || threads > 256)
        return invalid("threads", std::to_string(threads), "1 to 256");
    if (cgSteps < 1 || cgSteps > 100)
        return invalid("CG steps", std::to_string(cgSteps), "1 to 100");
    if (sgdBlocks < 0 || sgdBlocks > 4096)
        return invalid("SGD blocks", std::to_string(sgdBlocks),
                       "0 (choose from the data size) to 4096");
    return success();
}

std::string TrainConfig::describe() const
{
    std::string text = toString(algorithm);
    if (algorithm == Algorithm::GlobalMean)
        return text;
    if (algorithm == Algorithm::Als)
        text += " (" + toString(alsSolver) + ")";
    if (algorithm != Algorithm::Biases)
        text += ", " + std::to_string(factors) + " factors";

    const bool uniform = userFactorReg == itemFactorReg && userFactorReg == userBiasReg
                         && userFactorReg == itemBiasReg;
    if (algorithm == Algorithm::Biases) {
        text += ", λ bias " + formatNumber(userBiasReg) + "/" + formatNumber(itemBiasReg)
                + " (user/item)";
    } else if (uniform) {
        text += ", λ=" + formatNumber(userFactorReg);
    } else {
        text += ", λ factors " + formatNumber(userFactorReg) + "/" + formatNumber(itemFactorReg)
                + ", bias " + formatNumber(userBiasReg) + "/" + formatNumber(itemBiasReg)
                + " (user/item)";
    }
    const bool scaled = algorithm == Algorithm::Als || algorithm == Algorithm::Biases;
    if (scaled && scaling == RegularizationScaling::ByRowCount)
        text += " × ratings per row (ALS-WR)";
    else if (scaled && scaling == RegularizationScaling::BySqrtRowCount)
        text += " × sqrt(ratings per row)";

    if (algorithm == Algorithm::Sgd) {
        text += ", learning rate " + formatNumber(learningRate);
        if (learningRateDecay != 1.0f)
            text += " × " + formatNumber(learningRateDecay) + " per epoch";
        text += parallelSgd ? ", block-parallel" : ", sequential";
    }
    text += ", " + std::to_string(epochs) + " epochs";
    if (threads > 1)
        text += ", " + std::to_string(threads) + " threads";
    text += ", seed " + std::to_string(seed);
    return text;
}

std::string toString(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::Als:
        return "ALS";
    case Algorithm::Sgd:
        return "SGD";
    case Algorithm::GlobalMean:
        return "global mean";
    case Algorithm::Biases:
        return "biases";
    }
    return "unknown";
}

Result<Algorithm> algorithmFromString(const std::string &name)
{
    const std::string key = lowerCase(name);
    if (key == "als")
        return Algorithm::Als;
    if (key == "sgd")
        return Algorithm::Sgd;
    if (key == "mean" || key == "global-mean" || key == "globalmean" || key == "global mean")
        return Algorithm::GlobalMean;
    if (key == "biases" || key == "bias")
        return Algorithm::Biases;
    return Error{"Unknown algorithm '" + name + "': expected als, sgd, mean or biases."};
}

std::string toString(AlsSolver solver)
{
    return solver == AlsSolver::Cholesky ? "Cholesky" : "CG";
}

Result<AlsSolver> alsSolverFromString(const std::string &name)
{
    const std::string key = lowerCase(name);
    if (key == "cholesky" || key == "exact")
        return AlsSolver::Cholesky;
    if (key == "cg" || key == "conjugate-gradient")
        return AlsSolver::ConjugateGradient;
    return Error{"Unknown ALS solver '" + name + "': expected cholesky or cg."};
}

} // namespace RecStudio::Model
