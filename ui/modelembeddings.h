#pragma once

#include "session.h"

#include <embeddingpush.h>

namespace RecStudio::Ui {

// Converts a trained run into what a Nexus push sends: one vector per movie of the run's
// dataset, with its raw id and title, and the run's provenance (algorithm,
// hyperparameters, metrics, split, seed, dataset and training times).
Nexus::EmbeddingSet embeddingSetOf(const TrainedRun &run);

} // namespace RecStudio::Ui
