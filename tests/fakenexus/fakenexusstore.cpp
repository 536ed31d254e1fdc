#include "fakenexusstore.h"

#include "fakesearch.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <algorithm>

namespace RecStudio::FakeNexus {

namespace {

const QString errorContext = QStringLiteral("https://bluebrain.github.io/nexus/contexts/error.json");
const QString metadataContext = QStringLiteral("https://bluebrain.github.io/nexus/contexts/metadata.json");
const QString nxv = QStringLiteral("https://bluebrain.github.io/nexus/vocabulary/");
const QString defaultViewId = nxv + QStringLiteral("defaultElasticSearchIndex");
constexpr qsizetype maxJsonBody = 262144;  // Delta's default akka max-content-length
constexpr qint64 maxResultWindow = 10000;  // ElasticSearch index.max_result_window

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

HttpResponse notFoundRoute()
{
    return errorResponse(404, QStringLiteral("ResourceNotFound"),
                         QStringLiteral("The requested resource does not exist."));
}

QStringList typesOf(const QJsonObject &payload)
{
    const QJsonValue type = payload.value(QLatin1String("@type"));
    QStringList types;
    if (type.isString())
        types.append(type.toString());
    for (const QJsonValue &value : type.toArray())
        types.append(value.toString());
    return types;
}

} // namespace

QByteArray nexusErrorBody(const QString &type, const QString &reason, const QJsonObject &extra)
{
    QJsonObject body = extra;
    body.insert(QStringLiteral("@context"), errorContext);
    body.insert(QStringLiteral("@type"), type);
    body.insert(QStringLiteral("reason"), reason);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

HttpResponse jsonResponse(int status, const QJsonObject &body)
{
    HttpResponse response;
    response.status = status;
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return response;
}

HttpResponse errorResponse(int status, const QString &type, const QString &reason,
                           const QJsonObject &extra)
{
    HttpResponse response;
    response.status = status;
    response.body = nexusErrorBody(type, reason, extra);
    return response;
}

FakeNexusStore::FakeNexusStore(const QString &organization, const QString &project)
    : m_organization(organization)
    , m_project(project)
    , m_baseUri(QStringLiteral("http://127.0.0.1/v1"))
    , m_token(QStringLiteral("fake-token"))
{
    StoredView view;
    view.fullId = defaultViewId;
    view.isDefault = true;
    view.sourceAsText = true;
    view.createdMs = 0;
    view.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_views.emplace(view.fullId, view);
}

void FakeNexusStore::setBaseUri(const QString &baseUri)
{
    QMutexLocker lock(&m_mutex);
    m_baseUri = baseUri;
}

QString FakeNexusStore::baseUri() const
{
    QMutexLocker lock(&m_mutex);
    return m_baseUri;
}

QString FakeNexusStore::projectBase() const
{
    return m_baseUri + QStringLiteral("/resources/") + m_organization + QLatin1Char('/')
        + m_project + QStringLiteral("/_/");
}

QString FakeNexusStore::projectVocab() const
{
    return m_baseUri + QStringLiteral("/vocabs/") + m_organization + QLatin1Char('/') + m_project
        + QLatin1Char('/');
}

void FakeNexusStore::setToken(const QString &token)
{
    QMutexLocker lock(&m_mutex);
    m_token = token;
    m_tokenRequests = 0;
}

QString FakeNexusStore::token() const
{
    QMutexLocker lock(&m_mutex);
    return m_token;
}

void FakeNexusStore::setFaults(const FaultPlan &faults)
{
    QMutexLocker lock(&m_mutex);
    m_faults = faults;
    m_requestCount = 0;
    m_tokenRequests = 0;
}

FaultPlan FakeNexusStore::faults() const
{
    QMutexLocker lock(&m_mutex);
    return m_faults;
}

void FakeNexusStore::setPermissions(const Permissions &permissions)
{
    QMutexLocker lock(&m_mutex);
    m_permissions = permissions;
}

std::vector<LoggedRequest> FakeNexusStore::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_log;
}

void FakeNexusStore::clearRequests()
{
    QMutexLocker lock(&m_mutex);
    m_log.clear();
}

int FakeNexusStore::resourceCount(const QString &typeIri) const
{
    QMutexLocker lock(&m_mutex);
    int count = 0;
    for (const auto &[id, resource] : m_resources)
        if (typeIri.isEmpty() || resource.types.contains(typeIri))
            ++count;
    return count;
}

qint64 FakeNexusStore::revision(const QString &relativeId) const
{
    QMutexLocker lock(&m_mutex);
    const auto found = m_resources.find(projectBase() + relativeId);
    return found == m_resources.end() ? 0 : found->second.rev;
}

QJsonObject FakeNexusStore::source(const QString &relativeId) const
{
    QMutexLocker lock(&m_mutex);
    const auto found = m_resources.find(projectBase() + relativeId);
    return found == m_resources.end() ? QJsonObject() : found->second.source;
}

qint64 FakeNexusStore::writeCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_writes;
}

void FakeNexusStore::responseStarted()
{
    const int now = ++m_inProgress;
    int seen = m_maxInProgress.load();
    while (now > seen && !m_maxInProgress.compare_exchange_weak(seen, now)) {
    }
}

void FakeNexusStore::responseSent()
{
    --m_inProgress;
}

QString FakeNexusStore::expandId(const QString &segment) const
{
    if (segment == QLatin1String("documents"))
        return defaultViewId;
    if (segment.startsWith(QLatin1String("nxv:")))
        return nxv + segment.mid(4);
    if (segment.startsWith(QLatin1String("http://")) || segment.startsWith(QLatin1String("https://")))
        return segment;
    return projectBase() + segment;
}

QString FakeNexusStore::expandTerm(const QString &term) const
{
    if (term.startsWith(QLatin1String("http://")) || term.startsWith(QLatin1String("https://")))
        return term;
    return projectVocab() + term;
}

QString FakeNexusStore::selfUrl(const StoredResource &resource) const
{
    const QString kind = resource.kind == QLatin1String("File") ? QStringLiteral("files")
        : resource.kind == QLatin1String("View")                ? QStringLiteral("views")
                                                                : QStringLiteral("resources/");
    const QString prefix = m_baseUri + QLatin1Char('/') + kind
        + (kind.endsWith(QLatin1Char('/')) ? QString() : QStringLiteral("/")) + m_organization
        + QLatin1Char('/') + m_project
        + (resource.kind == QLatin1String("Resource") ? QStringLiteral("/_/")
                                                       : QStringLiteral("/"));
    return prefix + QString::fromLatin1(QUrl::toPercentEncoding(resource.fullId));
}

QJsonObject FakeNexusStore::metadata(const StoredResource &resource) const
{
    QJsonArray types;
    for (const QString &type : resource.types)
        types.append(type);
    const QString user = m_baseUri + QStringLiteral("/realms/fake/users/tester");
    return QJsonObject{
        {QStringLiteral("@id"), resource.fullId},
        {QStringLiteral("@type"), types.size() == 1 ? types.first() : QJsonValue(types)},
        {QStringLiteral("_self"), selfUrl(resource)},
        {QStringLiteral("_constrainedBy"),
         QStringLiteral("https://bluebrain.github.io/nexus/schemas/unconstrained.json")},
        {QStringLiteral("_project"), QString(m_organization + QLatin1Char('/') + m_project)},
        {QStringLiteral("_rev"), resource.rev},
        {QStringLiteral("_deprecated"), resource.deprecated},
        {QStringLiteral("_createdAt"), isoTime(resource.createdMs)},
        {QStringLiteral("_createdBy"), user},
        {QStringLiteral("_updatedAt"), isoTime(resource.updatedMs)},
        {QStringLiteral("_updatedBy"), user},
    };
}

HttpResponse FakeNexusStore::metadataResponse(const StoredResource &resource, int status) const
{
    QJsonObject body = metadata(resource);
    body.insert(QStringLiteral("@context"), metadataContext);
    return jsonResponse(status, body);
}

void FakeNexusStore::recordEvent(qint64 now)
{
    if (!m_events.empty() && now < m_events.back())
        now = m_events.back();
    m_events.push_back(now);
    ++m_generation;
}

bool FakeNexusStore::visible(const StoredResource &resource, const StoredView &view,
                             qint64 now) const
{
    if (!view.isDefault && resource.deprecated)
        return false;
    if (!view.resourceTypes.isEmpty()) {
        bool typed = false;
        for (const QString &type : resource.types)
            typed = typed || view.resourceTypes.contains(type);
        if (!typed)
            return false;
    }
    // NOTE: a resource updated within the lag is hidden until it is indexed, where a real
    // view would still return its previous revision. No test depends on the difference.
    return std::max(resource.updatedMs, view.createdMs) + m_faults.indexingLagMs <= now;
}

void FakeNexusStore::seedResource(const QJsonObject &payload)
{
    QMutexLocker lock(&m_mutex);
    const QString written = payload.value(QLatin1String("@id")).toString();
    StoredResource resource;
    resource.fullId = expandId(written);
    resource.writtenId = written;
    resource.source = payload;
    resource.document = payload;
    for (const QString &type : typesOf(payload))
        resource.types.append(expandTerm(type));
    resource.kind = QStringLiteral("Resource");
    resource.createdMs = resource.updatedMs = nowMs();
    m_byWrittenId[written] = resource.fullId;
    m_resources[resource.fullId] = resource;
    recordEvent(resource.updatedMs);
}

HttpResponse FakeNexusStore::handle(const HttpRequest &request, bool &dropConnection,
                                    int &delayMs)
{
    QMutexLocker lock(&m_mutex);
    LoggedRequest log;
    log.method = request.method;
    log.path = QLatin1Char('/') + request.segments.join(QLatin1Char('/'));
    log.query = request.query.toString(QUrl::FullyDecoded);

    const bool faultable = m_faults.onlyPathsContaining.isEmpty()
        || log.path.contains(m_faults.onlyPathsContaining);
    const qint64 count = faultable ? ++m_requestCount : 0;
    dropConnection = count > 0 && m_faults.dropEveryNth > 0 && count % m_faults.dropEveryNth == 0;
    delayMs = m_faults.delayMs;

    HttpResponse response;
    if (count > 0 && m_faults.failEveryNth > 0 && count % m_faults.failEveryNth == 0) {
        response.status = m_faults.failStatus;
        response.contentType = "text/plain";
        response.body = "The server is temporarily unable to handle the request.";
        dropConnection = false;
    } else if (count > 0 && m_faults.rateLimitEveryNth > 0
               && count % m_faults.rateLimitEveryNth == 0) {
        response.status = 429;
        response.contentType = "text/plain";
        response.body = "Too many requests.";
        response.headers.append({"Retry-After", QByteArray::number(m_faults.retryAfterSeconds)});
        dropConnection = false;
    } else {
        response = route(request, log);
    }
    log.status = response.status;
    m_log.push_back(log);
    return response;
}

HttpResponse FakeNexusStore::route(const HttpRequest &request, LoggedRequest &log)
{
    // The deployment's base URI ends with /v1; every route lives below it.
    const QStringList &segments = request.segments;
    if (segments.isEmpty() || segments.first() != QLatin1String("v1"))
        return notFoundRoute();

    const QByteArray authorization = request.header("authorization");
    if (authorization.isEmpty())
        return errorResponse(403, QStringLiteral("AuthorizationFailed"),
                             QStringLiteral("The supplied authentication is not authorized to "
                                            "access this resource."));
    if (!authorization.startsWith("Bearer "))
        return errorResponse(401, QStringLiteral("AuthenticationFailed"),
                             QStringLiteral("The supplied authentication is invalid."));
    const QString token = QString::fromUtf8(authorization.mid(7));
    if (m_faults.expireTokenAfter >= 0 && token == m_token
        && ++m_tokenRequests > m_faults.expireTokenAfter)
        m_expiredToken = m_token;
    if (token != m_token || token == m_expiredToken)
        return errorResponse(401, QStringLiteral("InvalidAccessToken"),
                             QStringLiteral("The provided token is invalid for user "
                                            "'tester/fake' ."),
                             {{QStringLiteral("details"), QStringLiteral("Expired JWT")}});

    const bool jsonBody = !request.header("content-type").startsWith("multipart/");
    if (jsonBody && request.body.size() > maxJsonBody)
        return errorResponse(413, QStringLiteral("MalformedRequestContentRejection"),
                             QStringLiteral("The request payload exceed the maximum configured "
                                            "limit '262144'."));

    const QString area = segments.value(1);
    if (area == QLatin1String("identities") && segments.size() == 2) {
        const QString realm = m_baseUri + QStringLiteral("/realms/fake");
        return jsonResponse(
            200,
            QJsonObject{
                {QStringLiteral("@context"),
                 QJsonArray{metadataContext,
                            QStringLiteral("https://bluebrain.github.io/nexus/contexts/identities.json")}},
                {QStringLiteral("identities"),
                 QJsonArray{QJsonObject{{QStringLiteral("@id"), QString(realm + QStringLiteral("/authenticated"))},
                                        {QStringLiteral("@type"), QStringLiteral("Authenticated")},
                                        {QStringLiteral("realm"), QStringLiteral("fake")}},
                            QJsonObject{{QStringLiteral("@id"), QString(realm + QStringLiteral("/users/tester"))},
                                        {QStringLiteral("@type"), QStringLiteral("User")},
                                        {QStringLiteral("realm"), QStringLiteral("fake")},
                                        {QStringLiteral("subject"), QStringLiteral("tester")}}}}});
    }
    if (area == QLatin1String("multi-fetch") && segments.value(2) == QLatin1String("resources"))
        return handleMultiFetch(request);

    // Everything else is project scoped: /v1/{area}/{org}/{project}/...
    if (segments.size() < 4)
        return notFoundRoute();
    if (segments.at(2) != m_organization || segments.at(3) != m_project)
        return errorResponse(404, QStringLiteral("ProjectNotFound"),
                             QStringLiteral("Project '%1/%2' not found.")
                                 .arg(segments.at(2), segments.at(3)));
    if (area == QLatin1String("projects"))
        return handleProject(request);
    if (area == QLatin1String("resources"))
        return handleResources(request);
    if (area == QLatin1String("views"))
        return handleViews(request, log);
    if (area == QLatin1String("files"))
        return handleFiles(request);
    return notFoundRoute();
}

HttpResponse FakeNexusStore::handleProject(const HttpRequest &request)
{
    if (request.segments.size() != 4 || request.method != "GET")
        return notFoundRoute();
    QJsonArray mappings;
    const auto mapping = [](const QString &prefix, const QString &ns) {
        return QJsonObject{{QStringLiteral("_prefix"), prefix}, {QStringLiteral("_namespace"), ns}};
    };
    mappings.append(mapping(QStringLiteral("nxv"), nxv));
    mappings.append(mapping(QStringLiteral("documents"), defaultViewId));
    mappings.append(mapping(QStringLiteral("_"),
                            QStringLiteral("https://bluebrain.github.io/nexus/schemas/unconstrained.json")));
    const QString self = m_baseUri + QStringLiteral("/projects/") + m_organization + QLatin1Char('/')
        + m_project;
    return jsonResponse(
        200, QJsonObject{
                 {QStringLiteral("@context"),
                  QJsonArray{QStringLiteral("https://bluebrain.github.io/nexus/contexts/projects.json"),
                             metadataContext}},
                 {QStringLiteral("@id"), self},
                 {QStringLiteral("@type"), QStringLiteral("Project")},
                 {QStringLiteral("apiMappings"), QJsonArray{}},
                 {QStringLiteral("base"), projectBase()},
                 {QStringLiteral("vocab"), projectVocab()},
                 {QStringLiteral("description"), QStringLiteral("Fake Nexus project for tests")},
                 {QStringLiteral("enforceSchema"), false},
                 {QStringLiteral("_effectiveApiMappings"), mappings},
                 {QStringLiteral("_label"), m_project},
                 {QStringLiteral("_organizationLabel"), m_organization},
                 {QStringLiteral("_rev"), 1},
                 {QStringLiteral("_deprecated"), false},
                 {QStringLiteral("_self"), self},
             });
}

} // namespace RecStudio::FakeNexus
