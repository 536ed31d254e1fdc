#include "pulljob.h"

#include "nexusclient.h"

#include <QJsonDocument>
#include <QLoggingCategory>

namespace RecStudio::Nexus {

Q_LOGGING_CATEGORY(lcPull, "recstudio.nexus.pull", QtWarningMsg)

QString PullReport::describePath() const
{
    switch (path) {
    case Path::DedicatedView:
        return PullJob::tr("dedicated ElasticSearch view '%1'%2")
            .arg(viewId, viewCreated ? PullJob::tr(" (created for this pull)") : QString());
    case Path::DefaultView:
        return PullJob::tr("default ElasticSearch view (payloads read from "
                           "_original_source, because the token may not create views)");
    case Path::ListingMultiFetch:
        return PullJob::tr("resource listing and multi-fetch (the token may not query "
                           "ElasticSearch views)");
    }
    return {};
}

PullJob::PullJob(NexusClient *client, const PullOptions &options, QObject *parent)
    : NexusJob(client, parent)
    , m_options(options)
{
    m_options.pageSize = std::clamp(m_options.pageSize, 1, 10000);
}

Model::Dataset PullJob::takeDataset()
{
    return std::move(m_dataset);
}

QJsonObject PullJob::viewPayload(const TypeNames &types, const QString &vocab)
{
    const QJsonObject properties{
        {QStringLiteral("@id"), mappingField("keyword")},
        {QStringLiteral("@type"), mappingField("keyword")},
        {QStringLiteral("userId"), mappingField("long")},
        {QStringLiteral("movieId"), mappingField("long")},
        {QStringLiteral("rating"), mappingField("float")},
        {QStringLiteral("timestamp"), mappingField("long")},
        {QStringLiteral("title"), mappingField("text")},
        {QStringLiteral("genres"), mappingField("keyword")},
    };
    return elasticSearchViewPayload(
        QJsonArray{QString(vocab + types.rating), QString(vocab + types.movie)}, properties);
}

void PullJob::run()
{
    emit progress(0, 0, tr("Reading project"));
    fetchProject(client(), this, [this](const ErrorOrNone &error, const ProjectInfo &project) {
        if (error) {
            fail(*error);
            return;
        }
        m_project = project;
        prepareView();
    });
}

void PullJob::prepareView()
{
    m_report.viewId = m_options.viewId;
    if (!m_options.createView) {
        waitForView();
        return;
    }
    emit progress(0, 0, tr("Preparing view '%1'").arg(m_options.viewId));
    ensureElasticSearchView(client(), this, m_options.viewId,
                            viewPayload(m_options.types, m_project.vocab),
                            [this](const ErrorOrNone &error, ViewOutcome outcome) {
                                if (error && error->kind == NexusError::Kind::Forbidden) {
                                    qCDebug(lcPull) << "no permission to create views";
                                    useDefaultView();
                                    return;
                                }
                                if (error) {
                                    fail(*error);
                                    return;
                                }
                                m_report.viewCreated = outcome != ViewOutcome::Existing;
                                waitForView();
                            });
}

void PullJob::useDefaultView()
{
    // Start over: nothing read through the dedicated view is kept, so nothing counts twice.
    m_ratings.clear();
    m_movies.clear();
    m_report.ratingHits = m_report.movieHits = m_report.skipped = 0;
    m_report.problems.clear();
    m_report.path = PullReport::Path::DefaultView;
    m_report.viewId = QStringLiteral("documents");
    m_layout = SourceLayout::OriginalSource;
    waitForView();
}

void PullJob::waitForView()
{
    const QString stage = tr("Waiting for view '%1' to index").arg(m_report.viewId);
    waitForIndexing(
        client(), this, m_report.viewId, m_options.indexing,
        [this, stage](qint64 processed, qint64 total) { emit progress(processed, total, stage); },
        [this](const ErrorOrNone &error) {
            const DocumentKind first = m_options.includeMovies ? DocumentKind::Movie
                                                               : DocumentKind::Rating;
            if (error && error->kind == NexusError::Kind::Forbidden
                && m_report.path == PullReport::Path::DefaultView) {
                useListing(first);
                return;
            }
            if (error) {
                fail(*error);
                return;
            }
            fetchPage(first);
        });
}

void PullJob::fetchPage(DocumentKind kind)
{
    if (stopIfCanceled())
        return;
    const bool dedicated = m_layout == SourceLayout::Fields;
    const QString typeName = kind == DocumentKind::Rating ? m_options.types.rating
                                                          : m_options.types.movie;
    // A dedicated view keeps `@type` as written in the payload; the default view
    // stores full IRIs.
    const QString type = dedicated ? typeName : m_project.vocab + typeName;
    const QJsonArray fields = !dedicated ? QJsonArray{QStringLiteral("@id"),
                                                      QStringLiteral("_original_source")}
        : kind == DocumentKind::Rating
        ? QJsonArray{QStringLiteral("userId"), QStringLiteral("movieId"),
                     QStringLiteral("rating"), QStringLiteral("timestamp")}
        : QJsonArray{QStringLiteral("movieId"), QStringLiteral("title"),
                     QStringLiteral("genres")};

    QJsonObject body{
        {QStringLiteral("size"), m_options.pageSize},
        {QStringLiteral("query"),
         QJsonObject{{QStringLiteral("bool"),
                      QJsonObject{{QStringLiteral("filter"),
                                   QJsonArray{QJsonObject{
                                       {QStringLiteral("term"),
                                        QJsonObject{{QStringLiteral("@type"), type}}}}}}}}}},
        {QStringLiteral("sort"),
         QJsonArray{QJsonObject{{QStringLiteral("@id"), QStringLiteral("asc")}}}},
        {QStringLiteral("_source"), fields},
    };
    if (!m_searchAfter.isEmpty())
        body.insert(QStringLiteral("search_after"), m_searchAfter);

    NexusRequest request;
    request.method = "POST";
    request.url = client()->projectEndpoint(QStringLiteral("views"),
                                            {m_report.viewId, QStringLiteral("_search")});
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.contentType = "application/json";
    request.call = kind == DocumentKind::Rating
        ? tr("read ratings from view '%1'").arg(m_report.viewId)
        : tr("read movies from view '%1'").arg(m_report.viewId);
    client()->send(request, this, [this, kind, call = request.call](const NexusReply &reply) {
        if (!reply.ok() && reply.error->kind == NexusError::Kind::Forbidden
            && m_searchAfter.isEmpty()) {
            // The view's permission (views/query by default) is missing: try the next path.
            if (m_report.path == PullReport::Path::DedicatedView) {
                useDefaultView();
                return;
            }
            useListing(kind);
            return;
        }
        if (!reply.ok()) {
            fail(*reply.error);
            return;
        }
        SearchPage page;
        const QString problem = parseSearchPage(reply.body, kind, m_layout, page);
        if (!problem.isEmpty()) {
            fail(NexusError::invalidReply(call, problem));
            return;
        }
        onPage(kind, page);
    });
}

void PullJob::onPage(DocumentKind kind, const SearchPage &page)
{
    ++m_report.pages;
    if (page.hitCount > 0 && !m_lastSortKey.isNull() && page.lastSortKey <= m_lastSortKey) {
        fail(tr("The view '%1' returned a page that does not follow the previous one (sort "
                "key '%2' after '%3'); the server ignored search_after. Check that '@id' is "
                "mapped as a keyword in the view.")
                 .arg(m_report.viewId, page.lastSortKey, m_lastSortKey));
        return;
    }
    if (m_searchAfter.isEmpty())
        m_kindTotal = page.total;

    m_report.skipped += page.skipped;
    for (const QString &problem : page.problems)
        if (m_report.problems.size() < 20)
            m_report.problems.append(problem);

    qint64 pulled = 0;
    if (kind == DocumentKind::Rating) {
        m_ratings.insert(m_ratings.end(), page.ratings.begin(), page.ratings.end());
        m_report.ratingHits += page.hitCount;
        pulled = m_report.ratingHits;
    } else {
        m_movies.insert(m_movies.end(), page.movies.begin(), page.movies.end());
        m_report.movieHits += page.hitCount;
        pulled = m_report.movieHits;
    }
    emit progress(pulled, std::max(m_kindTotal, pulled),
                  kind == DocumentKind::Rating ? tr("Reading ratings") : tr("Reading movies"));

    const bool more = page.hitCount == m_options.pageSize && !page.lastSort.isEmpty();
    if (more) {
        m_searchAfter = page.lastSort;
        m_lastSortKey = page.lastSortKey;
        fetchPage(kind);
        return;
    }
    finishKind(kind);
}

void PullJob::finishKind(DocumentKind kind)
{
    m_searchAfter = {};
    m_lastSortKey = QString();
    m_kindTotal = 0;
    if (kind == DocumentKind::Movie) {
        // The first page of ratings can take seconds. Until it arrives, the progress shows
        // the ratings stage with an unknown total instead of a finished movies stage.
        emit progress(0, 0, tr("Reading ratings"));
        if (m_report.path == PullReport::Path::ListingMultiFetch)
            useListing(DocumentKind::Rating);
        else
            fetchPage(DocumentKind::Rating);
        return;
    }
    buildDataset();
    succeed();
}

void PullJob::useListing(DocumentKind kind)
{
    m_report.path = PullReport::Path::ListingMultiFetch;
    m_report.viewId.clear();
    const QString type = m_project.vocab
        + (kind == DocumentKind::Rating ? m_options.types.rating : m_options.types.movie);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("type"), type);
    query.addQueryItem(QStringLiteral("deprecated"), QStringLiteral("false"));
    // Listings allow at most 1,000 results per page.
    query.addQueryItem(QStringLiteral("size"),
                       QString::number(std::min(m_options.pageSize, 1000)));
    fetchListingPage(kind, client()->projectEndpoint(QStringLiteral("resources"), {}, query));
}

void PullJob::fetchListingPage(DocumentKind kind, const QUrl &url)
{
    if (stopIfCanceled())
        return;
    NexusRequest request;
    request.url = url;
    request.call = kind == DocumentKind::Rating ? tr("list the ratings") : tr("list the movies");
    client()->send(request, this, [this, kind, call = request.call](const NexusReply &reply) {
        if (!reply.ok()) {
            fail(*reply.error);
            return;
        }
        const QJsonObject page = QJsonDocument::fromJson(reply.body).object();
        if (!page.value(QLatin1String("_results")).isArray()) {
            fail(NexusError::invalidReply(call, tr("no '_results' array")));
            return;
        }
        QStringList ids;
        for (const QJsonValue &result : page.value(QLatin1String("_results")).toArray()) {
            const QString id = result.toObject().value(QLatin1String("@id")).toString();
            if (!id.isEmpty() && !m_listedIds.contains(id))
                ids.append(id);
        }
        // Follow `_next` only within the deployment, so the token never goes elsewhere.
        QUrl next(page.value(QLatin1String("_next")).toString());
        const QUrl base = client()->config().deployment;
        if (next.isValid() && !next.isEmpty()
            && (next.scheme() != base.scheme() || next.host() != base.host()
                || next.port() != base.port())) {
            fail(NexusError::invalidReply(call, tr("the _next link '%1' leaves the deployment")
                                                    .arg(next.toDisplayString())));
            return;
        }
        fetchPayloads(kind, ids, next, page.value(QLatin1String("_total")).toInteger(0));
    });
}

void PullJob::fetchPayloads(DocumentKind kind, const QStringList &ids, const QUrl &next,
                            qint64 total)
{
    ++m_report.pages;
    if (ids.isEmpty()) {
        if (next.isEmpty())
            finishKind(kind);
        else
            fetchListingPage(kind, next);
        return;
    }
    QJsonArray resources;
    for (const QString &id : ids)
        resources.append(QJsonObject{{QStringLiteral("id"), id},
                                     {QStringLiteral("project"), client()->config().projectRef()}});
    NexusRequest request;
    request.method = "POST";
    request.url = client()->endpoint({QStringLiteral("multi-fetch"), QStringLiteral("resources")});
    request.body = QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("source")},
                                             {QStringLiteral("resources"), resources}})
                       .toJson(QJsonDocument::Compact);
    request.contentType = "application/json";
    request.call = tr("fetch %1 resources").arg(ids.size());
    client()->send(request, this, [this, kind, next, total, call = request.call](const NexusReply &reply) {
        if (!reply.ok()) {
            fail(*reply.error);
            return;
        }
        const QJsonValue items = QJsonDocument::fromJson(reply.body).object().value(QLatin1String("resources"));
        if (!items.isArray()) {
            fail(NexusError::invalidReply(call, tr("no 'resources' array")));
            return;
        }
        qint64 &hits = kind == DocumentKind::Rating ? m_report.ratingHits : m_report.movieHits;
        for (const QJsonValue &value : items.toArray()) {
            const QJsonObject item = value.toObject();
            const QString id = item.value(QLatin1String("@id")).toString();
            m_listedIds.insert(id);
            ++hits;
            QString problem;
            if (item.contains(QLatin1String("error"))) {
                problem = item.value(QLatin1String("error")).toObject().value(QLatin1String("reason")).toString();
            } else if (kind == DocumentKind::Rating) {
                PulledRating rating;
                problem = readRatingSource(item.value(QLatin1String("value")).toObject(), rating);
                if (problem.isEmpty())
                    m_ratings.push_back(std::move(rating));
            } else {
                PulledMovie movie;
                problem = readMovieSource(item.value(QLatin1String("value")).toObject(), movie);
                if (problem.isEmpty())
                    m_movies.push_back(std::move(movie));
            }
            if (!problem.isEmpty()) {
                ++m_report.skipped;
                if (m_report.problems.size() < 20)
                    m_report.problems.append(id + QLatin1String(": ") + problem);
            }
        }
        emit progress(hits, std::max(total, hits),
                      kind == DocumentKind::Rating ? tr("Reading ratings") : tr("Reading movies"));
        if (next.isEmpty())
            finishKind(kind);
        else
            fetchListingPage(kind, next);
    });
}

void PullJob::buildDataset()
{
    const auto insert = [](Model::IdMap &map, const RawId &id) {
        return id.numeric ? map.insert(int64_t(id.number)) : map.insert(std::string_view(id.text));
    };
    m_dataset = Model::Dataset();
    m_dataset.name = client()->config().projectRef().toStdString();
    m_dataset.ratings.reserve(m_ratings.size());
    for (const PulledRating &rating : m_ratings) {
        const int32_t user = insert(m_dataset.users, rating.user);
        const int32_t item = insert(m_dataset.items, rating.movie);
        m_dataset.ratings.push_back(user, item, rating.rating, rating.timestamp);
    }
    m_dataset.movies.reserve(m_movies.size());
    for (const PulledMovie &movie : m_movies)
        m_dataset.movies.push_back(Model::Movie{movie.movie.toString().toStdString(),
                                                movie.title.toStdString(), movie.genres});
    m_dataset.linkCatalogue();

    Model::LoadReport &report = m_dataset.report;
    report.source = client()->projectEndpoint(QStringLiteral("views"), {m_report.viewId})
                        .toDisplayString()
                        .toStdString();
    report.linesRead = m_report.ratingHits;
    report.rowsKept = qint64(m_ratings.size());
    report.rowsSkipped = m_report.skipped;
    report.warnings.push_back(tr("Read through the %1.").arg(m_report.describePath()).toStdString());
    for (const QString &problem : m_report.problems)
        report.warnings.push_back(tr("Skipped %1").arg(problem).toStdString());
    m_ratings = {};
    m_movies = {};
}

} // namespace RecStudio::Nexus
