#pragma once

#include <gridsearch.h>
#include <split.h>

#include <QPromise>

#include <atomic>
#include <memory>
#include <vector>

namespace RecStudio::Ui {

// Input of one grid configuration on its worker thread.
struct GridTask
{
    std::shared_ptr<const Model::Split> split;
    int32_t userCount = 0;
    int32_t itemCount = 0;
    Model::TrainConfig config; // epochs = the last checkpoint
    int configIndex = 0;
    std::vector<int32_t> checkpoints; // sorted, unique
    std::shared_ptr<std::atomic_bool> cancel;
    // Written by the worker before its future finishes; read by the GUI afterwards.
    std::shared_ptr<Model::TrainOutcome> outcome;
};

// Trains one configuration once, on the training split only, and adds a GridPoint with
// train and test errors at every checkpoint: the learning curve of a single run.
void runGridTask(QPromise<Model::GridPoint> &promise, const GridTask &task);

} // namespace RecStudio::Ui
