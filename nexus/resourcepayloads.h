#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <string>
#include <vector>

namespace RecStudio::Nexus {

// Type names of the resources the client reads and writes. The defaults follow the
// MovieLens modelling of the Nexus tutorials: no @context, so the project vocab expands
// "Rating" to {vocab}Rating and the payload keys become {vocab}userId and so on.
struct TypeNames
{
    QString rating = QStringLiteral("Rating");
    QString movie = QStringLiteral("Movie");
    QString dataset = QStringLiteral("Dataset");
    QString embedding = QStringLiteral("ItemEmbedding");
    QString model = QStringLiteral("EmbeddingModel");
};

// A raw user or movie id as it appears in a payload: an integer for MovieLens data,
// text for any other id.
struct RawId
{
    bool numeric = true;
    int64_t number = 0;
    std::string text;

    QJsonValue toJson() const;
    QString toString() const;
    bool operator==(const RawId &other) const = default;
};

// Deterministic resource ids, relative to the project base, so a second import or push
// addresses the same resources instead of creating new ones.
QString ratingResourceId(const RawId &user, const RawId &movie);
QString movieResourceId(const RawId &movie);
QString embeddingResourceId(const RawId &movie, const QString &runId);
QString modelResourceId(const QString &runId);

QJsonObject ratingPayload(const QString &type, const RawId &user, const RawId &movie,
                          double rating, int64_t timestamp);
QJsonObject moviePayload(const QString &type, const RawId &movie, const QString &title,
                         const std::vector<std::string> &genres);

// Legacy ElasticSearchView payload (accepted by every Delta version) that indexes the
// resources of resourceTypes as JSON documents with only the mapped properties.
QJsonObject elasticSearchViewPayload(const QJsonArray &resourceTypes,
                                     const QJsonObject &properties);
// An ElasticSearch mapping entry of one field type, such as "keyword" or "long".
QJsonObject mappingField(const char *type);

// Reads an id field from a payload: integral numbers and strings are accepted.
bool readRawId(const QJsonValue &value, RawId &id);

} // namespace RecStudio::Nexus
