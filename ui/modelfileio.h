#pragma once

#include "session.h"

#include <QString>

#include <memory>

namespace RecStudio::Ui {

// Writes run to path atomically; returns an empty string on success, else the reason.
QString saveTrainedRun(const TrainedRun &run, const QString &path);

// Reads a model file and matches its users and items to dataset by raw id, so titles
// and rating counts come from the open dataset. Returns null and sets error when the
// file is invalid or none of its movies occur in the dataset.
std::shared_ptr<const TrainedRun> openTrainedRun(
    const QString &path, const std::shared_ptr<const Model::Dataset> &dataset, QString *error);

} // namespace RecStudio::Ui
