#pragma once

#include "factormodel.h"
#include "ratings.h"
#include "result.h"
#include "trainconfig.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>

namespace RecStudio::Model {

struct ErrorMetrics
{
    double mse = 0.0;
    double rmse = 0.0;
    double mae = 0.0;
    int64_t count = 0;        // pairs scored
    int64_t unseenUsers = 0;  // pairs whose user had no training rating
    int64_t unseenItems = 0;  // pairs whose item had no training rating
};

// Sent after every epoch. Never contains a non-finite value: a diverged epoch is
// reported through TrainOutcome instead.
struct EpochStats
{
    int32_t epoch = 0; // 1-based
    ErrorMetrics train;
    ErrorMetrics test; // count == 0 when there is no test set
    double elapsedSeconds = 0.0; // since training started
};

enum class TrainStatus {
    Finished,
    Stopped,  // the sink asked to stop or the cancel flag was set
    Diverged, // a non-finite value or an exploding loss; the model is the last finite one
    Failed,   // invalid configuration or data; see message
};

struct TrainOutcome
{
    TrainStatus status = TrainStatus::Finished;
    int32_t epochsCompleted = 0;
    std::string message; // for Diverged: the epoch and the settings; for Failed: the reason
};

// Called after every epoch; returning false stops training after that epoch.
using EpochSink = std::function<bool(const EpochStats &)>;

struct TrainInput
{
    const RatingColumns *train = nullptr;
    const RatingColumns *test = nullptr; // may be null
    int32_t userCount = 0;
    int32_t itemCount = 0;
};

// Trains model from scratch. cancel, when given, is polled often enough that a cancel
// takes effect within a second even on 25 million ratings.
TrainOutcome train(const TrainInput &input, const TrainConfig &config, FactorModel &model,
                   const EpochSink &sink, const std::atomic_bool *cancel = nullptr);

} // namespace RecStudio::Model
