#include "searchpage.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace RecStudio::Nexus {

namespace {

constexpr int maxProblems = 10;

} // namespace

QString readRatingSource(const QJsonObject &source, PulledRating &rating)
{
    if (!readRawId(source.value(QLatin1String("userId")), rating.user))
        return QStringLiteral("missing or invalid userId");
    if (!readRawId(source.value(QLatin1String("movieId")), rating.movie))
        return QStringLiteral("missing or invalid movieId");
    const QJsonValue value = source.value(QLatin1String("rating"));
    const double number = value.isString() ? value.toString().toDouble() : value.toDouble(NAN);
    if (!std::isfinite(number))
        return QStringLiteral("missing or non-numeric rating");
    rating.rating = float(number);
    const QJsonValue time = source.value(QLatin1String("timestamp"));
    rating.timestamp = time.isString() ? time.toString().toLongLong() : time.toInteger(0);
    return {};
}

QString readMovieSource(const QJsonObject &source, PulledMovie &movie)
{
    if (!readRawId(source.value(QLatin1String("movieId")), movie.movie))
        return QStringLiteral("missing or invalid movieId");
    movie.title = source.value(QLatin1String("title")).toString();
    const QJsonValue genres = source.value(QLatin1String("genres"));
    movie.genres.clear();
    if (genres.isArray()) {
        for (const QJsonValue &genre : genres.toArray())
            movie.genres.push_back(genre.toString().toStdString());
    } else if (genres.isString()) {
        // The tutorial's CSV loader kept MovieLens' "A|B|C" text.
        const QString text = genres.toString();
        if (text != QLatin1String("(no genres listed)"))
            for (const QString &genre : text.split(QLatin1Char('|'), Qt::SkipEmptyParts))
                movie.genres.push_back(genre.toStdString());
    }
    return {};
}

QString parseSearchPage(const QByteArray &body, DocumentKind kind, SourceLayout layout,
                        SearchPage &page)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (document.isNull())
        return QStringLiteral("the body is not JSON: %1").arg(parseError.errorString());
    const QJsonObject hits = document.object().value(QLatin1String("hits")).toObject();
    const QJsonValue hitArray = hits.value(QLatin1String("hits"));
    if (!hitArray.isArray())
        return QStringLiteral("the body has no hits.hits array");
    const QJsonValue total = hits.value(QLatin1String("total"));
    page.total = total.isObject() ? total.toObject().value(QLatin1String("value")).toInteger(-1)
                                  : total.toInteger(-1);

    const QJsonArray array = hitArray.toArray();
    page.hitCount = int(array.size());
    if (kind == DocumentKind::Rating)
        page.ratings.reserve(page.ratings.size() + array.size());
    for (const QJsonValue &hitValue : array) {
        const QJsonObject hit = hitValue.toObject();
        QJsonObject source = hit.value(QLatin1String("_source")).toObject();
        if (layout == SourceLayout::OriginalSource)
            source = QJsonDocument::fromJson(
                         source.value(QLatin1String("_original_source")).toString().toUtf8())
                         .object();

        QString problem;
        if (kind == DocumentKind::Rating) {
            PulledRating rating;
            problem = readRatingSource(source, rating);
            if (problem.isEmpty())
                page.ratings.push_back(std::move(rating));
        } else {
            PulledMovie movie;
            problem = readMovieSource(source, movie);
            if (problem.isEmpty())
                page.movies.push_back(std::move(movie));
        }
        if (!problem.isEmpty()) {
            ++page.skipped;
            if (page.problems.size() < maxProblems)
                page.problems.append(hit.value(QLatin1String("_id")).toString()
                                     + QLatin1String(": ") + problem);
        }
    }
    if (!array.isEmpty()) {
        page.lastSort = array.last().toObject().value(QLatin1String("sort")).toArray();
        const QJsonValue first = page.lastSort.first();
        page.lastSortKey = first.isString() ? first.toString()
                                            : QString::number(first.toDouble(), 'g', 17);
    }
    return {};
}

} // namespace RecStudio::Nexus
