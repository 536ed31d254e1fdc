#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace RecStudio::FakeNexus {

// The subset of the ElasticSearch query language the fake understands: match_all, term,
// terms, exists, bool (filter, must, should, must_not) and script_score with
// cosineSimilarity(params.query_vector, 'field') [+ constant].

// Returns the name of the first unsupported query clause, or an empty string.
QString unsupportedClause(const QJsonObject &query);

// Value at a dotted field path ("model.@id"), or undefined.
QJsonValue fieldValue(const QJsonObject &document, const QString &path);

bool matchesQuery(const QJsonObject &query, const QJsonObject &document);

// Score of script_score for document; returns false with error set when the script or
// the vectors are invalid.
bool scriptScore(const QJsonObject &scriptScoreClause, const QJsonObject &document,
                 double &score, QString &error);

// Applies a `_source` specification (array of fields, a field, false, or
// {includes, excludes}) to document.
QJsonValue filterSource(const QJsonObject &document, const QJsonValue &sourceSpec);

// A raw ElasticSearch error body as Nexus passes it through (only @context added).
QByteArray elasticSearchErrorBody(int status, const QString &type, const QString &reason);

} // namespace RecStudio::FakeNexus
