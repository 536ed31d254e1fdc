#include "embeddingpush.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace RecStudio::Nexus {

namespace {

// Translation context of the free functions below; lupdate finds it through the macro.
struct EmbeddingPush
{
    Q_DECLARE_TR_FUNCTIONS(RecStudio::Nexus::EmbeddingPush)
};

} // namespace

QString runIdFor(const ModelProvenance &provenance)
{
    const QJsonObject key{
        {QStringLiteral("algorithm"), provenance.algorithm},
        {QStringLiteral("hyperparameters"), provenance.hyperparameters},
        {QStringLiteral("split"), provenance.split},
        {QStringLiteral("seed"), QString::number(provenance.seed)},
        {QStringLiteral("dataset"), provenance.datasetFingerprint},
        {QStringLiteral("startedAt"), provenance.startedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("endedAt"), provenance.endedAt.toString(Qt::ISODateWithMs)},
    };
    const QByteArray digest = QCryptographicHash::hash(
        QJsonDocument(key).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toHex().left(16));
}

QString validateEmbeddings(const EmbeddingSet &set)
{
    if (set.items.empty())
        return EmbeddingPush::tr("The model has no item vectors to push.");
    const std::size_t dimension = set.items.front().vector.size();
    if (dimension == 0)
        return EmbeddingPush::tr("The item vectors are empty; train a model with at least one factor.");
    for (const EmbeddingItem &item : set.items) {
        if (item.vector.size() != dimension)
            return EmbeddingPush::tr("Movie %1 has %2 factors but the others have %3; the model is "
                      "inconsistent, train or load it again.")
                .arg(item.movie.toString())
                .arg(item.vector.size())
                .arg(dimension);
        for (std::size_t f = 0; f < dimension; ++f)
            if (!std::isfinite(item.vector[f]))
                return EmbeddingPush::tr("Movie %1 has a non-finite factor %2 (%3); NaN and infinity are never "
                          "sent to Nexus. Retrain with a smaller learning rate or stronger "
                          "regularization.")
                    .arg(item.movie.toString())
                    .arg(f + 1)
                    .arg(double(item.vector[f]));
    }
    return {};
}

QJsonObject embeddingPayload(const QString &type, const EmbeddingItem &item, const QString &runId)
{
    QJsonArray vector;
    for (const float value : item.vector)
        vector.append(double(value));
    return QJsonObject{
        {QStringLiteral("@id"), embeddingResourceId(item.movie, runId)},
        {QStringLiteral("@type"), type},
        {QStringLiteral("movieId"), item.movie.toJson()},
        {QStringLiteral("title"), item.title},
        {QStringLiteral("modelRun"), runId},
        {QStringLiteral("model"), QJsonObject{{QStringLiteral("@id"), modelResourceId(runId)}}},
        {QStringLiteral("embedding"), vector},
    };
}

QJsonObject modelPayload(const QString &type, const EmbeddingSet &set, const QString &runId)
{
    const ModelProvenance &provenance = set.provenance;
    QJsonObject payload{
        {QStringLiteral("@id"), modelResourceId(runId)},
        {QStringLiteral("@type"), type},
        {QStringLiteral("name"), QStringLiteral("%1 item embeddings, run %2")
                                     .arg(provenance.algorithm, runId)},
        {QStringLiteral("runId"), runId},
        {QStringLiteral("algorithm"), provenance.algorithm},
        {QStringLiteral("dimension"), set.dimension()},
        {QStringLiteral("itemCount"), qint64(set.items.size())},
        {QStringLiteral("hyperparameters"), provenance.hyperparameters},
        {QStringLiteral("trainMetrics"), provenance.trainMetrics},
        {QStringLiteral("testMetrics"), provenance.testMetrics},
        {QStringLiteral("split"), provenance.split},
        // A decimal string: JSON numbers lose precision above 2^53.
        {QStringLiteral("seed"), QString::number(provenance.seed)},
        {QStringLiteral("datasetName"), provenance.datasetName},
        {QStringLiteral("datasetFingerprint"), provenance.datasetFingerprint},
        {QStringLiteral("softwareVersion"), provenance.softwareVersion},
    };
    if (!provenance.datasetResourceId.isEmpty())
        payload.insert(QStringLiteral("trainedOn"),
                       QJsonObject{{QStringLiteral("@id"), provenance.datasetResourceId}});
    if (provenance.startedAt.isValid())
        payload.insert(QStringLiteral("startedAtTime"),
                       provenance.startedAt.toUTC().toString(Qt::ISODateWithMs));
    if (provenance.endedAt.isValid())
        payload.insert(QStringLiteral("endedAtTime"),
                       provenance.endedAt.toUTC().toString(Qt::ISODateWithMs));
    return payload;
}

QJsonObject embeddingViewPayload(const QString &embeddingTypeIri, int dimension)
{
    const QJsonObject properties{
        {QStringLiteral("@id"), mappingField("keyword")},
        {QStringLiteral("@type"), mappingField("keyword")},
        {QStringLiteral("movieId"), mappingField("keyword")},
        {QStringLiteral("title"), mappingField("text")},
        {QStringLiteral("modelRun"), mappingField("keyword")},
        {QStringLiteral("embedding"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("dense_vector")},
                     {QStringLiteral("dims"), dimension},
                     {QStringLiteral("index"), true},
                     {QStringLiteral("similarity"), QStringLiteral("cosine")}}},
    };
    return elasticSearchViewPayload(QJsonArray{embeddingTypeIri}, properties);
}

} // namespace RecStudio::Nexus
