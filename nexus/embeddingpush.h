#pragma once

#include "resourcepayloads.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace RecStudio::Nexus {

// Provenance of a model, written into its EmbeddingModel resource.
struct ModelProvenance
{
    QString algorithm;            // "ALS", "SGD", ...
    QJsonObject hyperparameters;  // factors, regularization, learning rate, epochs, ...
    QJsonObject trainMetrics;     // mse, rmse, mae, count
    QJsonObject testMetrics;
    QString split;                // how train and test were separated
    quint64 seed = 0;
    QString datasetName;
    QString datasetFingerprint;
    QString datasetResourceId;    // Dataset resource of an import, when known
    QString softwareVersion;
    QDateTime startedAt;          // invalid when unknown
    QDateTime endedAt;
};

struct EmbeddingItem
{
    RawId movie;
    QString title;
    std::vector<float> vector;
};

// Everything a push sends: one vector per item and the model's provenance.
struct EmbeddingSet
{
    std::vector<EmbeddingItem> items;
    ModelProvenance provenance;
    QString runId; // empty: derived from the provenance by runIdFor()

    int dimension() const { return items.empty() ? 0 : int(items.front().vector.size()); }
};

// A stable id for one training run: 16 hex digits of SHA-256 over the provenance (not
// the vectors), so re-pushing the same run addresses the same resources.
QString runIdFor(const ModelProvenance &provenance);

// Returns an empty string when every vector is finite and of one dimension, else a
// message that names the first bad item.
QString validateEmbeddings(const EmbeddingSet &set);

QJsonObject embeddingPayload(const QString &type, const EmbeddingItem &item, const QString &runId);
QJsonObject modelPayload(const QString &type, const EmbeddingSet &set, const QString &runId);
// Legacy-style ElasticSearch view indexing the embeddings with a dense_vector mapping.
QJsonObject embeddingViewPayload(const QString &embeddingTypeIri, int dimension);

} // namespace RecStudio::Nexus
