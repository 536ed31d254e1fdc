// Resource, listing, multi-fetch and file routes of FakeNexusStore.
#include "fakenexusstore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

namespace RecStudio::FakeNexus {

namespace {

HttpResponse forbidden()
{
    return errorResponse(
        403, QStringLiteral("AuthorizationFailed"),
        QStringLiteral("The supplied authentication is not authorized to access this "
                       "resource."));
}

HttpResponse notFound(const QString &id, const QString &project)
{
    return errorResponse(
        404, QStringLiteral("ResourceNotFound"),
        QStringLiteral("Resource '%1' not found in project '%2'.").arg(id, project));
}

// Parses a JSON object body the way Delta does: invalid JSON and `_` root keys are 400.
bool parsePayload(const QByteArray &body, QJsonObject &payload, HttpResponse &failure)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (!document.isObject()) {
        failure = errorResponse(400, QStringLiteral("MalformedRequestContentRejection"),
                                QStringLiteral("The request content was malformed."),
                                {{QStringLiteral("details"), parseError.errorString()}});
        return false;
    }
    payload = document.object();
    QStringList underscored;
    for (auto it = payload.begin(); it != payload.end(); ++it)
        if (it.key().startsWith(QLatin1Char('_')))
            underscored.append(it.key());
    if (!underscored.isEmpty()) {
        failure = errorResponse(400, QStringLiteral("MalformedRequestContentRejection"),
                                QStringLiteral("The request content was malformed."),
                                {{QStringLiteral("details"),
                                  QStringLiteral("Field(s) starting with _ found in payload: %1")
                                      .arg(underscored.join(QStringLiteral(", ")))}});
        return false;
    }
    return true;
}

} // namespace

HttpResponse FakeNexusStore::writeResource(const QString &fullId, const QJsonObject &payload,
                                           const HttpRequest &request, const QString &kind)
{
    const QString projectRef = m_organization + QLatin1Char('/') + m_project;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto found = m_resources.find(fullId);
    const bool hasRev = request.hasQuery(QStringLiteral("rev"));
    if (!hasRev) {
        if (found != m_resources.end())
            return errorResponse(409, QStringLiteral("ResourceAlreadyExists"),
                                 QStringLiteral("Resource '%1' already exists in project '%2'.")
                                     .arg(fullId, projectRef));
        StoredResource resource;
        resource.fullId = fullId;
        resource.writtenId = payload.value(QLatin1String("@id")).toString(fullId);
        resource.source = payload;
        resource.document = payload;
        resource.document.remove(QStringLiteral("@context"));
        for (const QJsonValue &type : payload.value(QLatin1String("@type")).isArray()
                 ? payload.value(QLatin1String("@type")).toArray()
                 : QJsonArray{payload.value(QLatin1String("@type"))})
            if (type.isString())
                resource.types.append(expandTerm(type.toString()));
        resource.kind = kind;
        resource.createdMs = resource.updatedMs = now;
        resource.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_byWrittenId[resource.writtenId] = fullId;
        const auto inserted = m_resources.emplace(fullId, std::move(resource)).first;
        recordEvent(now);
        ++m_writes;
        return metadataResponse(inserted->second, 201);
    }
    if (found == m_resources.end())
        return notFound(fullId, projectRef);
    StoredResource &resource = found->second;
    const qint64 provided = request.queryValue(QStringLiteral("rev")).toLongLong();
    if (provided != resource.rev)
        return errorResponse(
            409, QStringLiteral("IncorrectRev"),
            QStringLiteral("Incorrect revision '%1' provided, expected '%2', the "
                           "resource may have been updated since last seen.")
                .arg(provided)
                .arg(resource.rev),
            {{QStringLiteral("provided"), provided}, {QStringLiteral("expected"), resource.rev}});
    if (resource.deprecated)
        return errorResponse(400, QStringLiteral("ResourceIsDeprecated"),
                             QStringLiteral("Resource '%1' is deprecated.").arg(fullId));
    // Delta skips updates that change nothing (skip-update-no-change) and keeps the revision.
    if (payload == resource.source)
        return metadataResponse(resource, 200);
    resource.source = payload;
    resource.document = payload;
    resource.document.remove(QStringLiteral("@context"));
    resource.types.clear();
    for (const QJsonValue &type : payload.value(QLatin1String("@type")).isArray()
             ? payload.value(QLatin1String("@type")).toArray()
             : QJsonArray{payload.value(QLatin1String("@type"))})
        if (type.isString())
            resource.types.append(expandTerm(type.toString()));
    ++resource.rev;
    resource.updatedMs = now;
    recordEvent(now);
    ++m_writes;
    return metadataResponse(resource, 200);
}

HttpResponse FakeNexusStore::handleResources(const HttpRequest &request)
{
    const QStringList &segments = request.segments; // v1 resources org proj [schema id [source]]
    const QString projectRef = m_organization + QLatin1Char('/') + m_project;
    if (segments.size() == 4 && request.method == "GET")
        return handleListing(request);
    if (segments.size() == 4 || (segments.size() == 5 && request.method == "POST")) {
        if (request.method != "POST")
            return errorResponse(405, QStringLiteral("HttpMethodNotAllowed"),
                                 QStringLiteral("HTTP method '%1' not allowed.")
                                     .arg(QString::fromLatin1(request.method)));
        if (!m_permissions.resourcesWrite)
            return forbidden();
        QJsonObject payload;
        HttpResponse failure;
        if (!parsePayload(request.body, payload, failure))
            return failure;
        const QString written = payload.value(QLatin1String("@id")).toString();
        const QString fullId = written.isEmpty()
            ? projectBase() + QUuid::createUuid().toString(QUuid::WithoutBraces)
            : expandId(written);
        return writeResource(fullId, payload, HttpRequest(), QStringLiteral("Resource"));
    }
    if (segments.size() < 6)
        return errorResponse(404, QStringLiteral("ResourceNotFound"),
                             QStringLiteral("The requested resource does not exist."));
    const QString fullId = expandId(segments.at(5));
    const bool sourceRoute = segments.size() == 7 && segments.at(6) == QLatin1String("source");
    if (segments.size() > 7 || (segments.size() == 7 && !sourceRoute))
        return errorResponse(404, QStringLiteral("ResourceNotFound"),
                             QStringLiteral("The requested resource does not exist."));

    if (request.method == "PUT" && !sourceRoute) {
        if (!m_permissions.resourcesWrite)
            return forbidden();
        QJsonObject payload;
        HttpResponse failure;
        if (!parsePayload(request.body, payload, failure))
            return failure;
        const QString written = payload.value(QLatin1String("@id")).toString();
        if (!written.isEmpty() && expandId(written) != fullId)
            return errorResponse(
                400, QStringLiteral("UnexpectedId"),
                QStringLiteral("Id '%1' does not match the id in the payload '%2'.")
                    .arg(fullId, expandId(written)));
        return writeResource(fullId, payload, request, QStringLiteral("Resource"));
    }
    if (request.method != "GET")
        return errorResponse(405, QStringLiteral("HttpMethodNotAllowed"),
                             QStringLiteral("HTTP method '%1' not allowed.")
                                 .arg(QString::fromLatin1(request.method)));

    const auto found = m_resources.find(fullId);
    if (found == m_resources.end() || found->second.kind != QLatin1String("Resource"))
        return notFound(fullId, projectRef);
    const StoredResource &resource = found->second;
    if (request.hasQuery(QStringLiteral("rev"))
        && request.queryValue(QStringLiteral("rev")).toLongLong() != resource.rev)
        return errorResponse(
            404, QStringLiteral("RevisionNotFound"),
            QStringLiteral("Revision requested '%1' not found, last known revision is "
                           "'%2'.")
                .arg(request.queryValue(QStringLiteral("rev")))
                .arg(resource.rev));
    if (sourceRoute) {
        QJsonObject body = resource.source;
        if (request.queryValue(QStringLiteral("annotate")) == QLatin1String("true")) {
            const QJsonObject meta = metadata(resource);
            for (auto it = meta.begin(); it != meta.end(); ++it)
                if (it.key().startsWith(QLatin1Char('_')))
                    body.insert(it.key(), it.value());
        }
        return jsonResponse(200, body);
    }
    QJsonObject body = metadata(resource);
    for (auto it = resource.source.begin(); it != resource.source.end(); ++it)
        if (it.key() != QLatin1String("@context"))
            body.insert(it.key(), it.value());
    body.insert(QStringLiteral("@id"), resource.writtenId);
    return jsonResponse(200, body);
}

HttpResponse FakeNexusStore::handleListing(const HttpRequest &request)
{
    const bool hasFrom = request.hasQuery(QStringLiteral("from"));
    const bool hasAfter = request.hasQuery(QStringLiteral("after"));
    if (hasFrom && hasAfter)
        return errorResponse(
            400, QStringLiteral("MalformedQueryParamRejection"),
            QStringLiteral("The query parameter 'from' was malformed."),
            {{QStringLiteral("details"),
              QStringLiteral("'from' and 'after' cannot be provided at the same time.")}});
    const qint64 from = request.queryValue(QStringLiteral("from")).toLongLong();
    const qint64 size = request.hasQuery(QStringLiteral("size"))
        ? request.queryValue(QStringLiteral("size")).toLongLong()
        : 30;
    if (from < 0 || from > 10000)
        return errorResponse(
            400, QStringLiteral("MalformedQueryParamRejection"),
            QStringLiteral("The query parameter 'from' was malformed."),
            {{QStringLiteral("details"), QStringLiteral("'from' must be between 0 and 10000.")}});
    if (size < 1 || size > 1000)
        return errorResponse(
            400, QStringLiteral("MalformedQueryParamRejection"),
            QStringLiteral("The query parameter 'size' was malformed."),
            {{QStringLiteral("details"), QStringLiteral("'size' must be between 1 and 1000.")}});
    QStringList types;
    for (const QString &type : request.query.allQueryItemValues(QStringLiteral("type"),
                                                                 QUrl::FullyDecoded))
        types.append(expandTerm(type));
    QString after;
    if (hasAfter)
        after = QJsonDocument::fromJson(request.queryValue(QStringLiteral("after")).toUtf8())
                    .array()
                    .first()
                    .toString();

    StoredView everything;
    everything.isDefault = true;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto matches = [&](const StoredResource &resource) {
        if (!visible(resource, everything, now))
            return false;
        bool typed = types.isEmpty();
        for (const QString &type : types)
            typed = typed || resource.types.contains(type);
        return typed;
    };
    // The total needs a full scan. It is cached while nothing is written and nothing waits
    // for the indexing lag, so paging stays linear in the page size.
    const QString cacheKey = QStringLiteral("listing:") + types.join(QLatin1Char(' '));
    const bool cacheable = m_events.empty() || m_events.back() + m_faults.indexingLagMs <= now;
    if (m_totalCacheGeneration != m_generation) {
        m_totalCache.clear();
        m_totalCacheGeneration = m_generation;
    }
    qint64 total = 0;
    if (cacheable && m_totalCache.contains(cacheKey)) {
        total = m_totalCache.value(cacheKey);
    } else {
        for (const auto &[id, resource] : m_resources)
            total += matches(resource) ? 1 : 0;
        if (cacheable)
            m_totalCache.insert(cacheKey, total);
    }
    qint64 skipped = 0;
    QJsonArray results;
    QString last;
    bool more = false;
    for (auto it = hasAfter ? m_resources.upper_bound(after) : m_resources.begin();
         it != m_resources.end(); ++it) {
        if (!matches(it->second))
            continue;
        if (skipped < from) {
            ++skipped;
            continue;
        }
        if (results.size() == size) {
            more = true; // Delta emits `_next` only when another result exists
            break;
        }
        results.append(metadata(it->second));
        last = it->first;
    }
    QJsonObject body{
        {QStringLiteral("@context"),
         QJsonArray{QStringLiteral("https://bluebrain.github.io/nexus/contexts/metadata.json"),
                    QStringLiteral("https://bluebrain.github.io/nexus/contexts/search.json"),
                    QStringLiteral("https://bluebrain.github.io/nexus/contexts/search-metadata.json")}},
        {QStringLiteral("_total"), total},
        {QStringLiteral("_results"), results},
    };
    if (more) {
        QUrlQuery next = request.query;
        next.removeAllQueryItems(QStringLiteral("from"));
        next.removeAllQueryItems(QStringLiteral("after"));
        next.addQueryItem(QStringLiteral("after"),
                          QString::fromUtf8(QUrl::toPercentEncoding(QString::fromUtf8(
                              QJsonDocument(QJsonArray{last}).toJson(QJsonDocument::Compact)))));
        body.insert(QStringLiteral("_next"),
                    QString(m_baseUri + QStringLiteral("/resources/") + m_organization
                            + QLatin1Char('/') + m_project + QLatin1Char('?')
                            + next.toString(QUrl::FullyEncoded)));
    }
    return jsonResponse(200, body);
}

HttpResponse FakeNexusStore::handleMultiFetch(const HttpRequest &request)
{
    QJsonObject payload;
    HttpResponse failure;
    if (!parsePayload(request.body, payload, failure))
        return failure;
    const QString format = payload.value(QLatin1String("format")).toString();
    const QString projectRef = m_organization + QLatin1Char('/') + m_project;
    QJsonArray resources;
    for (const QJsonValue &entry : payload.value(QLatin1String("resources")).toArray()) {
        const QString id = entry.toObject().value(QLatin1String("id")).toString();
        const QString project = entry.toObject().value(QLatin1String("project")).toString();
        QJsonObject item{{QStringLiteral("@id"), id}, {QStringLiteral("project"), project}};
        const auto found = m_resources.find(expandId(id));
        if (project != projectRef || found == m_resources.end()) {
            item.insert(QStringLiteral("error"),
                        QJsonObject{{QStringLiteral("@type"), QStringLiteral("NotFound")},
                                    {QStringLiteral("reason"),
                                     QStringLiteral("The resource '%1' was not found in project "
                                                    "'%2'.")
                                         .arg(id, project)}});
        } else {
            item.insert(QStringLiteral("value"), found->second.source);
        }
        resources.append(item);
    }
    return jsonResponse(
        200,
        QJsonObject {{QStringLiteral("format"), format}, {QStringLiteral("resources"), resources}});
}

HttpResponse FakeNexusStore::handleFiles(const HttpRequest &request)
{
    const QStringList &segments = request.segments; // v1 files org proj [id]
    const QString projectRef = m_organization + QLatin1Char('/') + m_project;
    if (request.method == "GET" && segments.size() == 5) {
        const auto found = m_resources.find(expandId(segments.at(4)));
        if (found == m_resources.end() || found->second.kind != QLatin1String("File"))
            return errorResponse(404, QStringLiteral("ResourceNotFound"),
                                 QStringLiteral("File '%1' not found in project '%2'.")
                                     .arg(expandId(segments.at(4)), projectRef));
        const StoredResource &file = found->second;
        const QByteArray accept = request.header("accept");
        if (accept.isEmpty())
            return errorResponse(
                406, QStringLiteral("UnacceptedResponseContentTypeRejection"),
                QStringLiteral("Resource representation is only available with these "
                               "types: '*/*'"));
        if (accept.contains("json")) {
            QJsonObject body = metadata(file);
            body.insert(QStringLiteral("@context"),
                        QJsonArray{QStringLiteral("https://bluebrain.github.io/nexus/contexts/files.json"),
                                   QStringLiteral("https://bluebrain.github.io/nexus/contexts/metadata.json")});
            body.insert(QStringLiteral("@type"), QStringLiteral("File"));
            body.insert(QStringLiteral("_bytes"), qint64(file.bytes.size()));
            body.insert(QStringLiteral("_filename"), file.filename);
            body.insert(QStringLiteral("_mediaType"), QString::fromLatin1(file.mediaType));
            body.insert(QStringLiteral("_digest"),
                        QJsonObject{{QStringLiteral("_algorithm"), QStringLiteral("SHA-256")},
                                    {QStringLiteral("_value"), file.digest}});
            return jsonResponse(200, body);
        }
        HttpResponse response;
        response.contentType = file.mediaType;
        response.body = file.bytes;
        response.headers.append({"Content-Disposition",
                                 "attachment; filename=\"" + file.filename.toUtf8() + '"'});
        return response;
    }
    if ((request.method == "POST" && segments.size() == 4)
        || (request.method == "PUT" && segments.size() == 5)) {
        const QByteArray contentType = request.header("content-type");
        static const QRegularExpression boundaryPattern(QStringLiteral("boundary=\"?([^\";]+)\"?"));
        const QRegularExpressionMatch boundaryMatch
            = boundaryPattern.match(QString::fromLatin1(contentType));
        if (!contentType.startsWith("multipart/form-data") || !boundaryMatch.hasMatch())
            return errorResponse(
                415, QStringLiteral("UnsupportedRequestContentTypeRejection"),
                QStringLiteral("The request's Content-Type is not supported. Expected:\n"
                               "multipart/form-data"));
        const QByteArray delimiter = "--" + boundaryMatch.captured(1).toLatin1();
        QByteArray bytes;
        QString filename;
        QByteArray mediaType;
        bool found = false;
        qsizetype position = request.body.indexOf(delimiter);
        while (position >= 0 && !found) {
            const qsizetype headerStart = position + delimiter.size() + 2;
            const qsizetype headerEnd = request.body.indexOf("\r\n\r\n", headerStart);
            const qsizetype next = request.body.indexOf(QByteArray("\r\n" + delimiter), headerEnd);
            if (headerEnd < 0 || next < 0)
                break;
            const QByteArray headers = request.body.mid(headerStart, headerEnd - headerStart);
            if (headers.contains("name=\"file\"")) {
                found = true;
                bytes = request.body.mid(headerEnd + 4, next - headerEnd - 4);
                const qsizetype nameAt = headers.indexOf("filename=\"");
                if (nameAt >= 0) {
                    const qsizetype nameEnd = headers.indexOf('"', nameAt + 10);
                    filename = QString::fromUtf8(headers.mid(nameAt + 10, nameEnd - nameAt - 10));
                }
                for (const QByteArray &line : headers.split('\n'))
                    if (line.toLower().startsWith("content-type:"))
                        mediaType = line.mid(13).trimmed();
            }
            position = next + 2;
        }
        if (!found)
            return errorResponse(
                400, QStringLiteral("MalformedRequestContentRejection"),
                QStringLiteral("Multipart/Form-Data payload does not contain a 'file' "
                               "part."));
        const QString fullId = segments.size() == 5
            ? expandId(segments.at(4))
            : projectBase() + QUuid::createUuid().toString(QUuid::WithoutBraces);
        // NOTE: a content update (`?rev=N`) is accepted without checking N against the
        // file's revision; the client never replaces file content.
        if (m_resources.count(fullId) && !request.hasQuery(QStringLiteral("rev")))
            return errorResponse(409, QStringLiteral("ResourceAlreadyExists"),
                                 QStringLiteral("File '%1' already exists in project '%2'.")
                                     .arg(fullId, projectRef));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        StoredResource &file = m_resources[fullId];
        file.rev = file.fullId.isEmpty() ? 1 : file.rev + 1;
        file.fullId = fullId;
        file.writtenId = fullId;
        file.kind = QStringLiteral("File");
        file.types = QStringList{QStringLiteral("https://bluebrain.github.io/nexus/vocabulary/File")};
        file.bytes = bytes;
        file.filename = filename;
        file.mediaType = mediaType.isEmpty() ? QByteArray("application/octet-stream") : mediaType;
        file.digest = QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        file.createdMs = file.createdMs ? file.createdMs : now;
        file.updatedMs = now;
        file.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        recordEvent(now);
        ++m_writes;
        QJsonObject body = metadata(file);
        body.insert(QStringLiteral("@context"),
                    QJsonArray{QStringLiteral("https://bluebrain.github.io/nexus/contexts/files.json"),
                               QStringLiteral("https://bluebrain.github.io/nexus/contexts/metadata.json")});
        body.insert(QStringLiteral("@type"), QStringLiteral("File"));
        body.insert(QStringLiteral("_bytes"), qint64(bytes.size()));
        body.insert(QStringLiteral("_filename"), filename);
        body.insert(QStringLiteral("_mediaType"), QString::fromLatin1(file.mediaType));
        body.insert(QStringLiteral("_origin"), QStringLiteral("Client"));
        body.insert(QStringLiteral("_uuid"), file.uuid);
        body.insert(QStringLiteral("_digest"),
                    QJsonObject{{QStringLiteral("_algorithm"), QStringLiteral("SHA-256")},
                                {QStringLiteral("_value"), file.digest}});
        body.insert(QStringLiteral("_storage"),
                    QJsonObject{{QStringLiteral("@id"),
                                 QStringLiteral("https://bluebrain.github.io/nexus/vocabulary/diskStorageDefault")},
                                {QStringLiteral("@type"), QStringLiteral("DiskStorage")},
                                {QStringLiteral("_rev"), 1}});
        return jsonResponse(file.rev == 1 ? 201 : 200, body);
    }
    return errorResponse(404, QStringLiteral("ResourceNotFound"),
                         QStringLiteral("The requested resource does not exist."));
}

} // namespace RecStudio::FakeNexus
