#pragma once

#include "resourcepayloads.h"

#include <QByteArray>
#include <QJsonArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace RecStudio::Nexus {

struct PulledRating
{
    RawId user;
    RawId movie;
    float rating = 0.0f;
    int64_t timestamp = 0;
};

struct PulledMovie
{
    RawId movie;
    QString title;
    std::vector<std::string> genres;
};

// Location of the resource payload in a hit: fields of `_source` (a dedicated view) or
// the JSON string `_source._original_source` (the default view).
enum class SourceLayout { Fields, OriginalSource };
enum class DocumentKind { Rating, Movie };

// One page of an ElasticSearch `_search` response over ratings or movies.
struct SearchPage
{
    qint64 total = -1;     // hits.total.value
    int hitCount = 0;      // hits in this page, parsed or not
    QJsonArray lastSort;   // `sort` of the last hit: the next page's search_after
    QString lastSortKey;   // its first value as text, for the strictly-increasing check
    std::vector<PulledRating> ratings;
    std::vector<PulledMovie> movies;
    int skipped = 0;       // hits whose payload lacks a field or has a bad value
    QStringList problems;  // the first few skipped hits, "<@id>: <reason>"
};

// Read one payload (a resource's source) into a rating or a movie; return an empty string
// or why the payload does not qualify.
QString readRatingSource(const QJsonObject &source, PulledRating &rating);
QString readMovieSource(const QJsonObject &source, PulledMovie &movie);

// Parses body into page. Returns an empty string on success, else what is wrong with
// the response as a whole (not JSON, no hits array). Bad individual hits are counted in
// page.skipped instead.
QString parseSearchPage(const QByteArray &body, DocumentKind kind, SourceLayout layout,
                        SearchPage &page);

} // namespace RecStudio::Nexus
