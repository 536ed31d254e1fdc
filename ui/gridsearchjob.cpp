#include "gridsearchjob.h"

#include <algorithm>

namespace RecStudio::Ui {

void runGridTask(QPromise<Model::GridPoint> &promise, const GridTask &task)
{
    if (promise.isCanceled() || task.cancel->load()) {
        task.outcome->status = Model::TrainStatus::Stopped;
        return;
    }
    promise.setProgressRange(0, task.config.epochs);
    Model::TrainInput input;
    input.train = &task.split->train;
    input.test = &task.split->test;
    input.userCount = task.userCount;
    input.itemCount = task.itemCount;

    Model::FactorModel model;
    const Model::EpochSink sink = [&](const Model::EpochStats &stats) {
        if (std::binary_search(task.checkpoints.begin(), task.checkpoints.end(), stats.epoch)) {
            Model::GridPoint point;
            point.configIndex = task.configIndex;
            point.iteration = stats.epoch;
            point.train = stats.train;
            point.test = stats.test;
            point.elapsedSeconds = stats.elapsedSeconds;
            promise.addResult(point);
        }
        promise.setProgressValue(stats.epoch);
        return !promise.isCanceled() && !task.cancel->load();
    };
    *task.outcome = Model::train(input, task.config, model, sink, task.cancel.get());
}

} // namespace RecStudio::Ui
