#include "fakesearch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace RecStudio::FakeNexus {

namespace {

QJsonArray asArray(const QJsonValue &value)
{
    if (value.isArray())
        return value.toArray();
    if (value.isUndefined() || value.isNull())
        return {};
    return QJsonArray{value};
}

// Keyword equality as ElasticSearch applies it to a term: a field holding an array
// matches when any element matches; numbers compare by value.
bool valueMatches(const QJsonValue &field, const QJsonValue &expected)
{
    if (field.isArray()) {
        for (const QJsonValue &element : field.toArray())
            if (valueMatches(element, expected))
                return true;
        return false;
    }
    if (field.isDouble() && expected.isString())
        return field.toDouble() == expected.toString().toDouble();
    if (field.isString() && expected.isDouble())
        return field.toString().toDouble() == expected.toDouble();
    return field == expected;
}

} // namespace

QString unsupportedClause(const QJsonObject &query)
{
    for (auto it = query.begin(); it != query.end(); ++it) {
        const QString name = it.key();
        if (name == QLatin1String("match_all") || name == QLatin1String("term")
            || name == QLatin1String("terms") || name == QLatin1String("exists"))
            continue;
        if (name == QLatin1String("bool")) {
            const QJsonObject clauses = it.value().toObject();
            for (auto clause = clauses.begin(); clause != clauses.end(); ++clause) {
                if (clause.key() == QLatin1String("minimum_should_match"))
                    continue;
                if (clause.key() != QLatin1String("filter") && clause.key() != QLatin1String("must")
                    && clause.key() != QLatin1String("should")
                    && clause.key() != QLatin1String("must_not"))
                    return QLatin1String("bool.") + clause.key();
                for (const QJsonValue &inner : asArray(clause.value())) {
                    const QString bad = unsupportedClause(inner.toObject());
                    if (!bad.isEmpty())
                        return bad;
                }
            }
            continue;
        }
        if (name == QLatin1String("script_score")) {
            const QString bad = unsupportedClause(
                it.value().toObject().value(QLatin1String("query")).toObject());
            if (!bad.isEmpty())
                return bad;
            continue;
        }
        return name;
    }
    return {};
}

QJsonValue fieldValue(const QJsonObject &document, const QString &path)
{
    const QJsonValue direct = document.value(path);
    if (!direct.isUndefined() || !path.contains(QLatin1Char('.')))
        return direct;
    QJsonValue current = document;
    for (const QString &part : path.split(QLatin1Char('.'))) {
        if (!current.isObject())
            return QJsonValue(QJsonValue::Undefined);
        current = current.toObject().value(part);
    }
    return current;
}

bool matchesQuery(const QJsonObject &query, const QJsonObject &document)
{
    for (auto it = query.begin(); it != query.end(); ++it) {
        const QString name = it.key();
        const QJsonObject clause = it.value().toObject();
        if (name == QLatin1String("match_all"))
            continue;
        if (name == QLatin1String("term")) {
            const QString field = clause.begin().key();
            QJsonValue expected = clause.begin().value();
            if (expected.isObject())
                expected = expected.toObject().value(QLatin1String("value"));
            if (!valueMatches(fieldValue(document, field), expected))
                return false;
        } else if (name == QLatin1String("terms")) {
            const QJsonValue field = fieldValue(document, clause.begin().key());
            bool any = false;
            for (const QJsonValue &expected : clause.begin().value().toArray())
                any = any || valueMatches(field, expected);
            if (!any)
                return false;
        } else if (name == QLatin1String("exists")) {
            const QJsonValue value = fieldValue(document, clause.value(QLatin1String("field")).toString());
            if (value.isUndefined() || value.isNull())
                return false;
        } else if (name == QLatin1String("bool")) {
            for (const QJsonValue &inner : asArray(clause.value(QLatin1String("filter"))))
                if (!matchesQuery(inner.toObject(), document))
                    return false;
            for (const QJsonValue &inner : asArray(clause.value(QLatin1String("must"))))
                if (!matchesQuery(inner.toObject(), document))
                    return false;
            for (const QJsonValue &inner : asArray(clause.value(QLatin1String("must_not"))))
                if (matchesQuery(inner.toObject(), document))
                    return false;
            const QJsonArray should = asArray(clause.value(QLatin1String("should")));
            if (!should.isEmpty()) {
                bool any = false;
                for (const QJsonValue &inner : should)
                    any = any || matchesQuery(inner.toObject(), document);
                if (!any)
                    return false;
            }
        } else if (name == QLatin1String("script_score")) {
            if (!matchesQuery(clause.value(QLatin1String("query")).toObject(), document))
                return false;
        }
    }
    return true;
}

bool scriptScore(const QJsonObject &scriptScoreClause, const QJsonObject &document,
                 double &score, QString &error)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^\s*cosineSimilarity\(\s*params\.(\w+)\s*,\s*'([^']+)'\s*\)\s*(?:\+\s*([0-9.]+))?\s*$)"));
    const QJsonObject script = scriptScoreClause.value(QLatin1String("script")).toObject();
    const QRegularExpressionMatch match
        = pattern.match(script.value(QLatin1String("source")).toString());
    if (!match.hasMatch()) {
        error = QStringLiteral("compile error: the fake only runs "
                               "cosineSimilarity(params.x, 'field') [+ c]");
        return false;
    }
    const QJsonArray query = script.value(QLatin1String("params"))
                                 .toObject()
                                 .value(match.captured(1))
                                 .toArray();
    const QJsonArray vector = fieldValue(document, match.captured(2)).toArray();
    if (vector.isEmpty()) {
        error = QStringLiteral("A document doesn't have a value for a field! Use "
                               "doc[<field>].size()==0 to check if a document is missing a field!");
        return false;
    }
    if (vector.size() != query.size()) {
        error = QStringLiteral("The query vector has a different number of dimensions [%1] "
                               "than the document vectors [%2].")
                    .arg(query.size())
                    .arg(vector.size());
        return false;
    }
    double dot = 0.0;
    double queryNorm = 0.0;
    double vectorNorm = 0.0;
    for (qsizetype i = 0; i < vector.size(); ++i) {
        const double a = query.at(i).toDouble();
        const double b = vector.at(i).toDouble();
        dot += a * b;
        queryNorm += a * a;
        vectorNorm += b * b;
    }
    if (queryNorm == 0.0 || vectorNorm == 0.0) {
        error = QStringLiteral("The [cosine] similarity does not support vectors with zero "
                               "magnitude.");
        return false;
    }
    score = dot / std::sqrt(queryNorm * vectorNorm) + match.captured(3).toDouble();
    return true;
}

QJsonValue filterSource(const QJsonObject &document, const QJsonValue &sourceSpec)
{
    if (sourceSpec.isUndefined() || (sourceSpec.isBool() && sourceSpec.toBool()))
        return document;
    if (sourceSpec.isBool())
        return QJsonValue(QJsonValue::Undefined);
    QJsonArray includes;
    QJsonArray excludes;
    if (sourceSpec.isObject()) {
        includes = asArray(sourceSpec.toObject().value(QLatin1String("includes")));
        excludes = asArray(sourceSpec.toObject().value(QLatin1String("excludes")));
    } else {
        includes = asArray(sourceSpec);
    }
    QJsonObject filtered;
    if (includes.isEmpty()) {
        filtered = document;
    } else {
        for (const QJsonValue &field : includes) {
            const QString name = field.toString();
            if (document.contains(name))
                filtered.insert(name, document.value(name));
        }
    }
    for (const QJsonValue &field : excludes)
        filtered.remove(field.toString());
    return filtered;
}

QByteArray elasticSearchErrorBody(int status, const QString &type, const QString &reason)
{
    const QJsonObject cause{{QStringLiteral("type"), type}, {QStringLiteral("reason"), reason}};
    QJsonObject error = cause;
    error.insert(QStringLiteral("root_cause"), QJsonArray{cause});
    const QJsonObject body{
        {QStringLiteral("@context"),
         QStringLiteral("https://bluebrain.github.io/nexus/contexts/error.json")},
        {QStringLiteral("error"), error},
        {QStringLiteral("status"), status},
    };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace RecStudio::FakeNexus
