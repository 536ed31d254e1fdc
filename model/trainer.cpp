#include "trainer.h"

#include "als.h"
#include "baselines.h"
#include "metrics.h"
#include "sgd.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <memory>

namespace RecStudio::Model {

namespace {

// A train MSE above this, or a rise by this factor from one epoch to the next, counts
// as divergence: ratings on any usual scale never give errors near these values.
constexpr double ExplodingMse = 1e6;
constexpr double ExplodingGrowth = 100.0;
// The growth test applies only above this MSE, so that a near-perfect fit whose error
// moves between 1e-12 and 1e-10 does not count as exploding.
constexpr double GrowthFloorMse = 1.0;

std::string formatNumber(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.4g", value);
    return buffer;
}

Status checkInput(const TrainInput &input)
{
    if (!input.train || input.train->empty())
        return Error{"No training ratings: the training set is empty. Load ratings or "
                     "choose a split that leaves ratings for training."};
    if (input.userCount <= 0 || input.itemCount <= 0)
        return Error{"Invalid shape " + std::to_string(input.userCount) + " users × "
                     + std::to_string(input.itemCount)
                     + " items: both counts must be positive."};
    auto checkColumns = [&](const RatingColumns &ratings, const char *name) -> Status {
        if (ratings.user.size() != ratings.size() || ratings.item.size() != ratings.size())
            return Error{std::string("The ") + name
                         + " ratings are inconsistent: user, item and rating columns differ in "
                           "length."};
        for (std::size_t k = 0; k < ratings.size(); ++k) {
            const int32_t user = ratings.user[k];
            const int32_t item = ratings.item[k];
            if (user < 0 || user >= input.userCount || item < 0 || item >= input.itemCount)
                return Error{std::string("The ") + name + " rating at position "
                             + std::to_string(k) + " refers to user " + std::to_string(user)
                             + " and item " + std::to_string(item) + ", outside the "
                             + std::to_string(input.userCount) + " × "
                             + std::to_string(input.itemCount)
                             + " matrix: pass the counts of the dataset's id maps."};
            if (!std::isfinite(ratings.rating[k]))
                return Error{std::string("The ") + name + " rating at position "
                             + std::to_string(k) + " is not a finite number."};
        }
        return success();
    };
    if (Status status = checkColumns(*input.train, "training"); !status)
        return status;
    if (input.test)
        return checkColumns(*input.test, "test");
    return success();
}

std::string divergenceMessage(const TrainConfig &config, int32_t epoch, double trainMse,
                              const std::string &reason)
{
    std::string advice;
    if (config.algorithm == Algorithm::Sgd)
        advice = " Lower the learning rate (now " + formatNumber(config.learningRate)
                 + ") or raise the regularization.";
    else
        advice = " Raise the regularization.";
    return toString(config.algorithm) + " diverged at epoch " + std::to_string(epoch) + " ("
           + reason + (std::isfinite(trainMse) ? ", train MSE " + formatNumber(trainMse) : "")
           + ") with " + config.describe() + "." + advice
           + " The model was kept as it was after epoch " + std::to_string(epoch - 1) + ".";
}

bool metricsFinite(const ErrorMetrics &metrics)
{
    return std::isfinite(metrics.mse) && std::isfinite(metrics.rmse) && std::isfinite(metrics.mae);
}

} // namespace

TrainOutcome train(const TrainInput &input, const TrainConfig &config, FactorModel &model,
                   const EpochSink &sink, const std::atomic_bool *cancel)
{
    using Clock = std::chrono::steady_clock;
    const Clock::time_point start = Clock::now();
    TrainOutcome outcome;

    if (Status status = config.validate(); !status)
        return {TrainStatus::Failed, 0, status.error()};
    if (Status status = checkInput(input); !status)
        return {TrainStatus::Failed, 0, status.error()};

    const RatingColumns &ratings = *input.train;
    model.reset(input.userCount, input.itemCount,
                config.algorithm == Algorithm::Als || config.algorithm == Algorithm::Sgd
                    ? config.factors
                    : 0);
    double sum = 0.0;
    model.minRating = ratings.rating.front();
    model.maxRating = ratings.rating.front();
    for (std::size_t k = 0; k < ratings.size(); ++k) {
        sum += ratings.rating[k];
        model.minRating = std::min(model.minRating, ratings.rating[k]);
        model.maxRating = std::max(model.maxRating, ratings.rating[k]);
        ++model.userRatingCounts[std::size_t(ratings.user[k])];
        ++model.itemRatingCounts[std::size_t(ratings.item[k])];
    }
    model.globalMean = float(sum / double(ratings.size()));

    std::unique_ptr<EpochSolver> solver;
    switch (config.algorithm) {
    case Algorithm::Als: {
        auto als = std::make_unique<AlsTrainer>(ratings, input.userCount, input.itemCount,
                                                config);
        if (Status status = als->checkSolvable(); !status)
            return {TrainStatus::Failed, 0, status.error()};
        solver = std::move(als);
        break;
    }
    case Algorithm::Sgd:
        solver = std::make_unique<SgdTrainer>(ratings, input.userCount, input.itemCount, config);
        break;
    case Algorithm::GlobalMean:
    case Algorithm::Biases:
        solver = std::make_unique<BaselineTrainer>(ratings, config);
        break;
    }
    solver->initialize(model);

    // The last model that passed the divergence checks. Divergence and a cancel in the
    // middle of an epoch restore it, so the model always matches a reported epoch.
    FactorModel lastGood = model;
    const int32_t epochs = config.algorithm == Algorithm::GlobalMean ? 1 : config.epochs;
    double previousMse = 0.0;
    for (int32_t epoch = 1; epoch <= epochs; ++epoch) {
        if (cancel && cancel->load()) {
            outcome.status = TrainStatus::Stopped;
            outcome.message = "Training was canceled after epoch " + std::to_string(epoch - 1) + ".";
            return outcome;
        }
        if (!solver->runEpoch(epoch, model, cancel)) {
            model = std::move(lastGood);
            outcome.status = TrainStatus::Stopped;
            outcome.message = "Training was canceled during epoch " + std::to_string(epoch)
                              + "; the model is the one after epoch "
                              + std::to_string(epoch - 1) + ".";
            return outcome;
        }

        EpochStats stats;
        stats.epoch = epoch;
        stats.train = solver->trainErrors(model);
        std::string reason;
        if (!metricsFinite(stats.train) || !model.isFinite())
            reason = "a parameter became infinite or NaN";
        else if (stats.train.mse > ExplodingMse)
            reason = "train MSE above " + formatNumber(ExplodingMse);
        else if (epoch > 1 && stats.train.mse > GrowthFloorMse
                 && stats.train.mse > ExplodingGrowth * previousMse)
            reason = "train MSE grew more than " + formatNumber(ExplodingGrowth) + " times";
        if (reason.empty() && input.test) {
            stats.test = errorMetrics(model, *input.test, config.threads);
            if (!metricsFinite(stats.test))
                reason = "test predictions overflowed";
        }
        if (!reason.empty()) {
            model = std::move(lastGood);
            outcome.status = TrainStatus::Diverged;
            outcome.message = divergenceMessage(config, epoch, stats.train.mse, reason);
            return outcome;
        }

        previousMse = stats.train.mse;
        stats.elapsedSeconds = std::chrono::duration<double>(Clock::now() - start).count();
        outcome.epochsCompleted = epoch;
        if (epoch < epochs)
            lastGood = model;
        if (sink && !sink(stats)) {
            outcome.status = TrainStatus::Stopped;
            outcome.message = "Training was stopped after epoch " + std::to_string(epoch) + ".";
            return outcome;
        }
    }
    outcome.status = TrainStatus::Finished;
    return outcome;
}

} // namespace RecStudio::Model
