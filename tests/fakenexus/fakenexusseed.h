#pragma once

#include "fakenexusstore.h"

#include <dataset.h>

namespace RecStudio::FakeNexus {

// Stores every rating and movie of dataset in store with the client's modelling
// (Rating_u{user}_m{movie}, Movie_{id}, types "Rating" and "Movie"), as if imported.
void seedDataset(FakeNexusStore &store, const Model::Dataset &dataset);

} // namespace RecStudio::FakeNexus
