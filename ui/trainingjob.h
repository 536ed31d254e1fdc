#pragma once

#include "session.h"

#include <metrics.h>
#include <split.h>
#include <trainer.h>

#include <QPromise>
#include <QString>

#include <atomic>
#include <memory>

namespace RecStudio::Ui {

// Everything a training run needs, copied or shared so the worker never reads widgets.
struct TrainingRequest
{
    std::shared_ptr<const Model::Dataset> dataset;
    Model::TrainConfig config;
    Model::SplitConfig splitConfig;
    bool allData = false; // train on every rating, with no test set
    // A split of the same dataset made with splitConfig, reused instead of splitting again.
    std::shared_ptr<const Model::Split> split;
    // Set by the GUI (directly, not through the event loop) to stop within an epoch.
    std::shared_ptr<std::atomic_bool> cancel;
};

// Outcome of a training run, read by the GUI after the future has finished.
struct TrainingResult
{
    Model::TrainOutcome outcome;
    std::shared_ptr<const TrainedRun> run; // null unless the run finished
    std::shared_ptr<const Model::Split> split;
    Model::RankingMetrics ranking;
    bool hasRanking = false;
    QString rankingSkippedReason;
    QString error; // split or configuration error
};

// Worker body of a training run: splits (unless allData), trains with one promise result
// per epoch and progress in epochs, then scores the model. Cancellation through the
// promise or request.cancel stops after the current step.
void runTraining(QPromise<Model::EpochStats> &promise, const TrainingRequest &request,
                 const std::shared_ptr<TrainingResult> &result);

} // namespace RecStudio::Ui
