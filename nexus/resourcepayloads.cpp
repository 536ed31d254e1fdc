#include "resourcepayloads.h"

#include <cmath>

namespace RecStudio::Nexus {

QJsonValue RawId::toJson() const
{
    if (numeric)
        return QJsonValue(qint64(number));
    return QJsonValue(QString::fromStdString(text));
}

QString RawId::toString() const
{
    return numeric ? QString::number(number) : QString::fromStdString(text);
}

QString ratingResourceId(const RawId &user, const RawId &movie)
{
    return QLatin1String("Rating_u") + user.toString() + QLatin1String("_m") + movie.toString();
}

QString movieResourceId(const RawId &movie)
{
    return QLatin1String("Movie_") + movie.toString();
}

QString embeddingResourceId(const RawId &movie, const QString &runId)
{
    return QLatin1String("ItemEmbedding_m") + movie.toString() + QLatin1Char('_') + runId;
}

QString modelResourceId(const QString &runId)
{
    return QLatin1String("EmbeddingModel_") + runId;
}

QJsonObject ratingPayload(const QString &type, const RawId &user, const RawId &movie,
                          double rating, int64_t timestamp)
{
    return QJsonObject{
        {QStringLiteral("@id"), ratingResourceId(user, movie)},
        {QStringLiteral("@type"), type},
        {QStringLiteral("userId"), user.toJson()},
        {QStringLiteral("movieId"), movie.toJson()},
        {QStringLiteral("rating"), rating},
        {QStringLiteral("timestamp"), qint64(timestamp)},
    };
}

QJsonObject moviePayload(const QString &type, const RawId &movie, const QString &title,
                         const std::vector<std::string> &genres)
{
    QJsonArray genreArray;
    for (const std::string &genre : genres)
        genreArray.append(QString::fromStdString(genre));
    return QJsonObject{
        {QStringLiteral("@id"), movieResourceId(movie)},
        {QStringLiteral("@type"), type},
        {QStringLiteral("movieId"), movie.toJson()},
        {QStringLiteral("title"), title},
        {QStringLiteral("genres"), genreArray},
    };
}

bool readRawId(const QJsonValue &value, RawId &id)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (!std::isfinite(number) || std::floor(number) != number || std::fabs(number) > 9.0e15)
            return false;
        id.numeric = true;
        id.number = int64_t(number);
        id.text.clear();
        return true;
    }
    if (value.isString() && !value.toString().isEmpty()) {
        const QString text = value.toString();
        bool isNumber = false;
        const qlonglong number = text.toLongLong(&isNumber);
        if (isNumber && QString::number(number) == text) {
            id.numeric = true;
            id.number = number;
            id.text.clear();
        } else {
            id.numeric = false;
            id.text = text.toStdString();
        }
        return true;
    }
    return false;
}

QJsonObject elasticSearchViewPayload(const QJsonArray &resourceTypes,
                                     const QJsonObject &properties)
{
    return QJsonObject{
        {QStringLiteral("@type"), QStringLiteral("ElasticSearchView")},
        {QStringLiteral("resourceTypes"), resourceTypes},
        {QStringLiteral("resourceSchemas"), QJsonArray{}},
        {QStringLiteral("includeMetadata"), false},
        {QStringLiteral("includeDeprecated"), false},
        {QStringLiteral("sourceAsText"), false},
        {QStringLiteral("mapping"),
         QJsonObject{{QStringLiteral("dynamic"), false},
                     {QStringLiteral("properties"), properties}}},
    };
}

QJsonObject mappingField(const char *type)
{
    return QJsonObject{{QStringLiteral("type"), QLatin1String(type)}};
}

} // namespace RecStudio::Nexus
