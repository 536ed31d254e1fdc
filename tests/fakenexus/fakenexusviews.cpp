// ElasticSearch view routes of FakeNexusStore: create, update, fetch, _search, statistics.
#include "fakenexusstore.h"

#include "fakesearch.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <algorithm>

namespace RecStudio::FakeNexus {

namespace {

HttpResponse esError(int status, const QString &type, const QString &reason)
{
    HttpResponse response;
    response.status = status;
    response.contentType = "application/json";
    response.body = elasticSearchErrorBody(status, type, reason);
    return response;
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

// Checks the mapping the way ElasticSearch would when Delta test-creates the index.
QString invalidMapping(const QJsonObject &mapping)
{
    const QJsonObject properties = mapping.value(QLatin1String("properties")).toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        const QJsonObject field = it.value().toObject();
        if (field.value(QLatin1String("type")).toString() != QLatin1String("dense_vector"))
            continue;
        const int dims = field.value(QLatin1String("dims")).toInt(-1);
        if (dims < 1 || dims > 4096)
            return QStringLiteral("The number of dimensions for field [%1] should be in the "
                                  "range [1, 4096] but was [%2]")
                .arg(it.key())
                .arg(dims);
    }
    return {};
}

struct SortKey
{
    bool byScore = false;
    bool ascending = true;
};

} // namespace

const StoredView *FakeNexusStore::findView(const QString &segment) const
{
    const auto found = m_views.find(expandId(segment));
    return found == m_views.end() ? nullptr : &found->second;
}

HttpResponse FakeNexusStore::handleViews(const HttpRequest &request, LoggedRequest &log)
{
    const QStringList &segments = request.segments; // v1 views org proj id [sub]
    const QString projectRef = m_organization + QLatin1Char('/') + m_project;
    if (segments.size() < 5 || segments.size() > 6)
        return errorResponse(404, QStringLiteral("ResourceNotFound"),
                             QStringLiteral("The requested resource does not exist."));
    const QString fullId = expandId(segments.at(4));
    const QString sub = segments.value(5);
    const StoredView *view = findView(segments.at(4));

    if (request.method == "PUT" && sub.isEmpty()) {
        if (view && view->isDefault)
            return errorResponse(
                403, QStringLiteral("ViewIsDefaultView"),
                QStringLiteral("Cannot perform write operations on a default view."));
        if (!m_permissions.viewsWrite)
            return errorResponse(403, QStringLiteral("AuthorizationFailed"),
                                 QStringLiteral("The supplied authentication is not authorized to "
                                                "access this resource."));
        const QJsonDocument document = QJsonDocument::fromJson(request.body);
        if (!document.isObject())
            return errorResponse(400, QStringLiteral("MalformedRequestContentRejection"),
                                 QStringLiteral("The request content was malformed."));
        const QJsonObject payload = document.object();
        const QJsonValue type = payload.value(QLatin1String("@type"));
        const bool typed = type.toString() == QLatin1String("ElasticSearchView")
            || type.toArray().contains(QStringLiteral("ElasticSearchView"));
        if (!typed)
            return errorResponse(400, QStringLiteral("DifferentElasticSearchViewType"),
                                 QStringLiteral("Incorrect ElasticSearch view type, expected "
                                                "'ElasticSearchView'."));
        const bool pipelineStyle = payload.contains(QLatin1String("pipeline"));
        if (!pipelineStyle && !payload.value(QLatin1String("mapping")).isObject())
            return errorResponse(400, QStringLiteral("DecodingFailed"),
                                 QStringLiteral("The legacy ElasticSearchView payload requires a "
                                                "'mapping' object."));
        const QString mappingProblem
            = invalidMapping(payload.value(QLatin1String("mapping")).toObject());
        if (!mappingProblem.isEmpty())
            return errorResponse(
                400, QStringLiteral("InvalidElasticSearchIndexPayload"),
                QStringLiteral("The provided ElasticSearch mapping/settings value is "
                               "invalid."),
                {{QStringLiteral("details"), mappingProblem}});

        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        StoredView updated;
        if (request.hasQuery(QStringLiteral("rev"))) {
            if (!view)
                return errorResponse(
                    404, QStringLiteral("ResourceNotFound"),
                    QStringLiteral("ElasticSearch view '%1' not found in project '%2'.")
                        .arg(fullId, projectRef));
            const qint64 provided = request.queryValue(QStringLiteral("rev")).toLongLong();
            if (provided != view->rev)
                return errorResponse(
                    409, QStringLiteral("IncorrectRev"),
                    QStringLiteral("Incorrect revision '%1' provided, expected '%2', "
                                   "the view may have been updated since last seen.")
                        .arg(provided)
                        .arg(view->rev),
                    {{QStringLiteral("provided"), provided},
                     {QStringLiteral("expected"), view->rev}});
            updated = *view;
            ++updated.rev;
        } else if (view) {
            return errorResponse(409, QStringLiteral("ResourceAlreadyExists"),
                                 QStringLiteral("Resource '%1' already exists in project '%2'.")
                                     .arg(fullId, projectRef));
        } else {
            updated.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        }
        updated.fullId = fullId;
        updated.source = payload;
        updated.resourceTypes.clear();
        const auto addTypes = [this, &updated](const QJsonArray &types) {
            for (const QJsonValue &value : types)
                updated.resourceTypes.append(expandTerm(value.toString()));
        };
        if (pipelineStyle) {
            for (const QJsonValue &pipe : payload.value(QLatin1String("pipeline")).toArray())
                if (pipe.toObject().value(QLatin1String("name")).toString()
                    == QLatin1String("filterByType"))
                    addTypes(pipe.toObject()
                                 .value(QLatin1String("config"))
                                 .toObject()
                                 .value(QLatin1String("types"))
                                 .toArray());
        } else {
            addTypes(payload.value(QLatin1String("resourceTypes")).toArray());
        }
        updated.sourceAsText = payload.value(QLatin1String("sourceAsText")).toBool(false);
        updated.createdMs = now; // a new or changed view reindexes from zero
        const bool created = updated.rev == 1;
        m_views[fullId] = updated;
        recordEvent(now);
        return jsonResponse(
            created ? 201 : 200,
            QJsonObject {
                {QStringLiteral("@context"),
                 QStringLiteral("https://bluebrain.github.io/nexus/contexts/metadata.json")},
                {QStringLiteral("@id"), fullId},
                {QStringLiteral("@type"),
                 QJsonArray {QStringLiteral("ElasticSearchView"), QStringLiteral("View")}},
                {QStringLiteral("_uuid"), updated.uuid},
                {QStringLiteral("_project"), projectRef},
                {QStringLiteral("_rev"), updated.rev},
                {QStringLiteral("_deprecated"), false},
                {QStringLiteral("_createdAt"), isoTime(now)},
                {QStringLiteral("_updatedAt"), isoTime(now)},
            });
    }

    if (!view)
        return errorResponse(404, QStringLiteral("ResourceNotFound"),
                             QStringLiteral("ElasticSearch view '%1' not found in project '%2'.")
                                 .arg(fullId, projectRef));
    if (request.method == "POST" && sub == QLatin1String("_search")) {
        if (!m_permissions.viewsQuery)
            return errorResponse(403, QStringLiteral("AuthorizationFailed"),
                                 QStringLiteral("The supplied authentication is not authorized to "
                                                "access this resource."));
        return handleSearch(*view, request, log);
    }
    if (request.method == "GET" && sub == QLatin1String("statistics"))
        return handleStatistics(*view);
    if (request.method == "GET" && (sub.isEmpty() || sub == QLatin1String("source"))) {
        QJsonObject body = view->source;
        if (sub.isEmpty() || request.queryValue(QStringLiteral("annotate")) == QLatin1String("true")) {
            body.insert(QStringLiteral("@id"), fullId);
            body.insert(QStringLiteral("_rev"), view->rev);
            body.insert(QStringLiteral("_uuid"), view->uuid);
            body.insert(QStringLiteral("_project"), projectRef);
            body.insert(QStringLiteral("_deprecated"), false);
        }
        return jsonResponse(200, body);
    }
    return errorResponse(
        405, QStringLiteral("HttpMethodNotAllowed"),
        QStringLiteral("HTTP method '%1' not allowed.").arg(QString::fromLatin1(request.method)));
}

HttpResponse FakeNexusStore::handleStatistics(const StoredView &view)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 total = qint64(m_events.size());
    // An event is processed once the lag has passed since it happened and since the view
    // (re)started indexing.
    const qint64 horizon = now - m_faults.indexingLagMs;
    qint64 processed = 0;
    if (horizon >= view.createdMs)
        processed = std::upper_bound(m_events.begin(), m_events.end(), horizon) - m_events.begin();
    const qint64 lastEvent = m_events.empty() ? 0 : m_events.back();
    const qint64 lastProcessed = processed > 0 ? m_events[processed - 1] : 0;
    return jsonResponse(
        200,
        QJsonObject {
            {QStringLiteral("@context"),
             QStringLiteral("https://bluebrain.github.io/nexus/contexts/statistics.json")},
            {QStringLiteral("@type"), QStringLiteral("ViewStatistics")},
            {QStringLiteral("totalEvents"), total},
            {QStringLiteral("processedEvents"), processed},
            {QStringLiteral("evaluatedEvents"), processed},
            {QStringLiteral("remainingEvents"), total - processed},
            {QStringLiteral("discardedEvents"), 0},
            {QStringLiteral("failedEvents"), 0},
            {QStringLiteral("delayInSeconds"), (now - lastProcessed) / 1000},
            {QStringLiteral("lastEventDateTime"), isoTime(lastEvent)},
            {QStringLiteral("lastProcessedEventDateTime"), isoTime(lastProcessed)},
        });
}

HttpResponse FakeNexusStore::handleSearch(const StoredView &view, const HttpRequest &request,
                                          LoggedRequest &log)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (!document.isObject())
        return esError(400, QStringLiteral("parse_exception"),
                       QStringLiteral("request body is required or malformed: %1")
                           .arg(parseError.errorString()));
    const QJsonObject body = document.object();
    const qint64 from = body.value(QLatin1String("from")).toInteger(0);
    const qint64 size = body.value(QLatin1String("size")).toInteger(10);
    log.searchFrom = body.contains(QLatin1String("from")) ? from : -1;
    log.searchSize = body.contains(QLatin1String("size")) ? size : -1;
    log.searchAfter = body.contains(QLatin1String("search_after"));
    if (from < 0 || size < 0)
        return esError(400, QStringLiteral("illegal_argument_exception"),
                       QStringLiteral("[from] and [size] must be non-negative"));
    if (from + size > 10000)
        return esError(400, QStringLiteral("illegal_argument_exception"),
                       QStringLiteral("Result window is too large, from + size must be less "
                                      "than or equal to: [10000] but was [%1]. See the scroll "
                                      "api for a more efficient way to request large data sets.")
                           .arg(from + size));

    QJsonObject query = body.value(QLatin1String("query")).toObject();
    if (query.isEmpty())
        query = QJsonObject{{QStringLiteral("match_all"), QJsonObject{}}};
    const QString unsupported = unsupportedClause(query);
    if (!unsupported.isEmpty())
        return esError(400, QStringLiteral("parsing_exception"),
                       QStringLiteral("unknown query [%1]").arg(unsupported));
    const QJsonObject scoreClause = query.value(QLatin1String("script_score")).toObject();

    // Sort: only the keyword "@id" and "_score" are sortable in the views the client uses.
    std::vector<SortKey> sort;
    for (const QJsonValue &entry : body.value(QLatin1String("sort")).toArray()) {
        QString field;
        QString order = QStringLiteral("asc");
        if (entry.isString()) {
            field = entry.toString();
        } else {
            const QJsonObject object = entry.toObject();
            field = object.begin().key();
            const QJsonValue spec = object.begin().value();
            order = spec.isObject() ? spec.toObject().value(QLatin1String("order")).toString()
                                    : spec.toString();
        }
        if (field != QLatin1String("@id") && field != QLatin1String("_score"))
            return esError(400, QStringLiteral("search_phase_execution_exception"),
                           QStringLiteral("No mapping found for [%1] in order to sort on").arg(field));
        sort.push_back({field == QLatin1String("_score"), order != QLatin1String("desc")});
    }
    const QJsonArray searchAfter = body.value(QLatin1String("search_after")).toArray();
    if (!searchAfter.isEmpty() && searchAfter.size() != qsizetype(sort.size()))
        return esError(400, QStringLiteral("illegal_argument_exception"),
                       QStringLiteral("search_after has %1 value(s) but sort has %2.")
                           .arg(searchAfter.size())
                           .arg(sort.size()));

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto documentOf = [&](const StoredResource &resource) {
        if (!view.isDefault && !view.sourceAsText)
            return resource.document;
        QJsonArray types;
        for (const QString &type : resource.types)
            types.append(type);
        return QJsonObject{
            {QStringLiteral("@id"), resource.fullId},
            {QStringLiteral("@type"), types.size() == 1 ? types.first() : QJsonValue(types)},
            {QStringLiteral("_deprecated"), resource.deprecated},
            {QStringLiteral("_rev"), resource.rev},
            {QStringLiteral("_project"), QString(m_organization + QLatin1Char('/') + m_project)},
            {QStringLiteral("_original_source"),
             QString::fromUtf8(QJsonDocument(resource.source).toJson(QJsonDocument::Compact))},
        };
    };
    const bool byWrittenId = !view.isDefault && !view.sourceAsText;

    struct Hit
    {
        const StoredResource *resource;
        QJsonObject document;
        QString sortId;
        double score;
    };
    std::vector<Hit> hits;
    qint64 total = 0;
    const bool idOrder = scoreClause.isEmpty() && sort.size() == 1 && !sort[0].byScore
        && sort[0].ascending;

    if (idOrder) {
        // Fast path for search_after paging: walk the ids in order from the cursor.
        const QString cursor = searchAfter.isEmpty() ? QString() : searchAfter.first().toString();
        const QString cacheKey = view.fullId + QString::fromUtf8(
                                     QJsonDocument(query).toJson(QJsonDocument::Compact));
        const bool cacheable = m_events.empty()
            || std::max(m_events.back(), view.createdMs) + m_faults.indexingLagMs <= now;
        if (m_totalCacheGeneration != m_generation) {
            m_totalCache.clear();
            m_totalCacheGeneration = m_generation;
        }
        const bool cached = cacheable && m_totalCache.contains(cacheKey);
        const auto visit = [&](const QString &sortId, const StoredResource &resource) {
            if (!visible(resource, view, now))
                return true;
            const bool needed = qint64(hits.size()) < from + size
                && (searchAfter.isEmpty() || sortId > cursor);
            if (!needed && cached)
                return false;
            QJsonObject doc = documentOf(resource);
            if (!matchesQuery(query, doc))
                return true;
            ++total;
            if (needed)
                hits.push_back({&resource, std::move(doc), sortId, 1.0});
            return true;
        };
        if (byWrittenId) {
            auto it = searchAfter.isEmpty() || !cached ? m_byWrittenId.begin()
                                                       : m_byWrittenId.upper_bound(cursor);
            for (; it != m_byWrittenId.end(); ++it)
                if (!visit(it->first, m_resources.at(it->second)))
                    break;
        } else {
            auto it = searchAfter.isEmpty() || !cached ? m_resources.begin()
                                                       : m_resources.upper_bound(cursor);
            for (; it != m_resources.end(); ++it)
                if (!visit(it->first, it->second))
                    break;
        }
        if (cached)
            total = m_totalCache.value(cacheKey);
        else if (cacheable)
            m_totalCache.insert(cacheKey, total);
    } else {
        for (const auto &[id, resource] : m_resources) {
            if (!visible(resource, view, now))
                continue;
            QJsonObject doc = documentOf(resource);
            if (!matchesQuery(query, doc))
                continue;
            double score = 1.0;
            if (!scoreClause.isEmpty()) {
                QString problem;
                if (!scriptScore(scoreClause, doc, score, problem))
                    return esError(400, QStringLiteral("script_exception"), problem);
            }
            ++total;
            hits.push_back({&resource, std::move(doc),
                            byWrittenId ? resource.writtenId : resource.fullId, score});
        }
        const auto before = [&](const Hit &a, const Hit &b) {
            for (const SortKey &key : sort) {
                if (key.byScore && a.score != b.score)
                    return key.ascending ? a.score < b.score : a.score > b.score;
                if (!key.byScore && a.sortId != b.sortId)
                    return key.ascending ? a.sortId < b.sortId : a.sortId > b.sortId;
            }
            if (sort.empty() && a.score != b.score)
                return a.score > b.score; // relevance order
            return a.sortId < b.sortId;
        };
        std::stable_sort(hits.begin(), hits.end(), before);
        if (!searchAfter.isEmpty()) {
            Hit cursor{nullptr, {}, {}, 0.0};
            for (std::size_t i = 0; i < sort.size(); ++i) {
                if (sort[i].byScore)
                    cursor.score = searchAfter.at(i).toDouble();
                else
                    cursor.sortId = searchAfter.at(i).toString();
            }
            hits.erase(hits.begin(), std::upper_bound(hits.begin(), hits.end(), cursor, before));
        }
    }

    QJsonArray hitArray;
    double maxScore = 0.0;
    const qint64 end = std::min<qint64>(qint64(hits.size()), from + size);
    for (qint64 i = from; i < end; ++i) {
        const Hit &hit = hits[std::size_t(i)];
        maxScore = std::max(maxScore, hit.score);
        QJsonObject entry{
            {QStringLiteral("_index"),
             QString(QStringLiteral("delta_") + view.uuid + QLatin1Char('_')
                     + QString::number(view.rev))},
            {QStringLiteral("_id"), hit.resource->fullId},
            {QStringLiteral("_score"), sort.empty() || scoreClause.size() ? QJsonValue(hit.score)
                                                                          : QJsonValue()},
        };
        const QJsonValue source = filterSource(hit.document, body.value(QLatin1String("_source")));
        if (!source.isUndefined())
            entry.insert(QStringLiteral("_source"), source);
        if (!sort.empty()) {
            QJsonArray sortValues;
            for (const SortKey &key : sort)
                sortValues.append(key.byScore ? QJsonValue(hit.score) : QJsonValue(hit.sortId));
            entry.insert(QStringLiteral("sort"), sortValues);
        }
        hitArray.append(entry);
    }
    return jsonResponse(
        200,
        QJsonObject {
            {QStringLiteral("took"), 1},
            {QStringLiteral("timed_out"), false},
            {QStringLiteral("_shards"),
             QJsonObject {{QStringLiteral("total"), 1},
                          {QStringLiteral("successful"), 1},
                          {QStringLiteral("skipped"), 0},
                          {QStringLiteral("failed"), 0}}},
            {QStringLiteral("hits"),
             QJsonObject {{QStringLiteral("total"),
                           QJsonObject {{QStringLiteral("value"), total},
                                        {QStringLiteral("relation"), QStringLiteral("eq")}}},
                          {QStringLiteral("max_score"),
                           hitArray.isEmpty() ? QJsonValue() : QJsonValue(maxScore)},
                          {QStringLiteral("hits"), hitArray}}},
        });
}

} // namespace RecStudio::FakeNexus
