#pragma once

#include "factormodel.h"
#include "idmap.h"
#include "ratings.h"
#include "result.h"
#include "trainconfig.h"
#include "trainer.h"

#include <cstdint>
#include <string>
#include <vector>

namespace RecStudio::Model {

// Identifies the training data a model was fitted on: counts plus a 64-bit FNV-1a hash
// of the raw ids and of every (user, item, rating) triple in order.
struct DataFingerprint
{
    int64_t ratings = 0;
    int32_t users = 0;
    int32_t items = 0;
    uint64_t hash = 0;

    std::string describe() const; // "100836 ratings, 610 users, 9724 items, hash 1a2b…"
    bool operator==(const DataFingerprint &) const = default;
};

DataFingerprint fingerprintOf(const RatingColumns &ratings, const IdMap &users,
                              const IdMap &items);

// A model with everything needed to use it again and to say where it came from.
struct TrainedModel
{
    FactorModel model;
    IdMap users; // index -> raw id of the model's rows
    IdMap items;
    TrainConfig config;
    int32_t epochsCompleted = 0;
    ErrorMetrics trainMetrics;
    ErrorMetrics testMetrics;
    std::string datasetName;
    std::string splitDescription;
    DataFingerprint fingerprint;
};

// Writes a model file: the line "RECSTUDIO-MODEL 1", the byte length of a JSON header
// on the next line, the header (id maps, hyperparameters, metrics, provenance, body
// layout and checksum), then the parameters as little-endian float32 and int32 arrays.
// The file is written next to path and renamed over it, so a failure never leaves a
// half-written model at path.
Status saveModel(const TrainedModel &trained, const std::string &path);

// Reads a file written by saveModel. A missing, truncated, damaged or inconsistent file
// is an error that names the file and the problem.
Result<TrainedModel> loadModel(const std::string &path);

// Returns an error when the model was trained on other data than fingerprint describes.
Status checkFingerprint(const TrainedModel &trained, const DataFingerprint &fingerprint);

// Writes item factors as CSV: itemId,title,bias,f1..fk, one row per item, written
// atomically like saveModel. titles is indexed by item; missing titles stay empty.
Status exportItemFactorsCsv(const TrainedModel &trained, const std::vector<std::string> &titles,
                            const std::string &path);

} // namespace RecStudio::Model
