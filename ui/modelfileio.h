#pragma once

#include "session.h"

#include <QString>

#include <memory>

namespace RecStudio::Ui {

// Writes run to path atomically; returns an empty string on success, else the reason.
QString saveTrainedRun(const TrainedRun &run, const QString &path);

// Reads a model file. The model's items are matched to dataset by raw id, so that
// titles and rating counts come from the open dataset; returns null and sets error
// when the file is invalid or does not fit the dataset.
std::shared_ptr<const TrainedRun> openTrainedRun(
    const QString &path, const std::shared_ptr<const Model::Dataset> &dataset, QString *error);

} // namespace RecStudio::Ui
