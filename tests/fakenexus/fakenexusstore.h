#pragma once

#include "fakehttp.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <atomic>
#include <map>
#include <vector>

namespace RecStudio::FakeNexus {

// Faults the server injects, counted over every request it receives. 0 disables one.
struct FaultPlan
{
    int failEveryNth = 0;        // respond with failStatus instead of handling
    int failStatus = 503;
    int rateLimitEveryNth = 0;   // 429 with Retry-After: retryAfterSeconds
    int retryAfterSeconds = 1;
    int dropEveryNth = 0;        // handle the request, then close mid-body
    int delayMs = 0;             // delay before every response
    int expireTokenAfter = -1;   // the valid token expires after this many requests
    int indexingLagMs = 0;       // writes become searchable this long after they happen
    // When set, only requests whose decoded path contains this text count for and get
    // the failEveryNth, rateLimitEveryNth and dropEveryNth faults.
    QString onlyPathsContaining;
};

// Permissions of the token, to exercise the client's fallbacks.
struct Permissions
{
    bool viewsWrite = true;
    bool viewsQuery = true;
    bool resourcesWrite = true;
};

// What the fake recorded about a request, for assertions in tests.
struct LoggedRequest
{
    QByteArray method;
    QString path;     // decoded, without the query
    QString query;
    int status = 0;
    qint64 searchFrom = -1; // `_search` body values, -1 when absent
    qint64 searchSize = -1;
    bool searchAfter = false;
};

struct StoredResource
{
    QString fullId;
    QString writtenId;     // `@id` as written in the payload, or fullId
    QJsonObject source;    // the payload as sent
    QJsonObject document;  // what a custom view indexes: source without @context
    QStringList types;     // full IRIs
    QString kind;          // "Resource", "File" or "View"
    qint64 rev = 1;
    bool deprecated = false;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    QString uuid;
    // Files only.
    QByteArray bytes;
    QString filename;
    QByteArray mediaType;
    QString digest;
};

struct StoredView
{
    QString fullId;
    QJsonObject source;
    QStringList resourceTypes; // full IRIs, empty = every resource
    bool sourceAsText = false;
    bool isDefault = false;
    qint64 createdMs = 0;
    qint64 rev = 1;
    QString uuid;
};

// The state of one fake Nexus deployment with one organization and project, and the
// request handler. Thread-safe: the server thread handles requests while tests read and
// change the state from the test thread.
class FakeNexusStore
{
public:
    FakeNexusStore(const QString &organization, const QString &project);

    void setBaseUri(const QString &baseUri); // e.g. http://127.0.0.1:PORT/v1
    QString baseUri() const;
    QString organization() const { return m_organization; }
    QString project() const { return m_project; }
    QString projectBase() const; // {base}/resources/org/proj/_/
    QString projectVocab() const;

    void setToken(const QString &token); // the one valid token; resets expiry counting
    QString token() const;
    void setFaults(const FaultPlan &faults);
    FaultPlan faults() const;
    void setPermissions(const Permissions &permissions);

    // Creates or replaces a resource directly, as if written through the API.
    void seedResource(const QJsonObject &payload);
    // Handles one request; sets dropConnection when the response must be cut mid-body.
    HttpResponse handle(const HttpRequest &request, bool &dropConnection, int &delayMs);

    // Inspection for tests.
    std::vector<LoggedRequest> requests() const;
    void clearRequests();
    int resourceCount(const QString &typeIri = {}) const;
    qint64 revision(const QString &relativeId) const;
    QJsonObject source(const QString &relativeId) const;
    qint64 writeCount() const; // successful creates and updates

    // Responses handled but not yet sent, as counted by the server; the maximum shows the
    // client's concurrency.
    void responseStarted();
    void responseSent();
    int maxResponsesInProgress() const { return m_maxInProgress.load(); }

private:
    HttpResponse route(const HttpRequest &request, LoggedRequest &log);
    HttpResponse handleProject(const HttpRequest &request);
    HttpResponse handleResources(const HttpRequest &request);
    HttpResponse handleListing(const HttpRequest &request);
    HttpResponse handleMultiFetch(const HttpRequest &request);
    HttpResponse handleViews(const HttpRequest &request, LoggedRequest &log);
    HttpResponse handleSearch(const StoredView &view, const HttpRequest &request,
                              LoggedRequest &log);
    HttpResponse handleStatistics(const StoredView &view);
    HttpResponse handleFiles(const HttpRequest &request);

    HttpResponse writeResource(const QString &fullId, const QJsonObject &payload,
                               const HttpRequest &request, const QString &kind);
    HttpResponse metadataResponse(const StoredResource &resource, int status) const;
    QJsonObject metadata(const StoredResource &resource) const;
    QString expandId(const QString &segment) const;
    QString expandTerm(const QString &term) const;
    QString selfUrl(const StoredResource &resource) const;
    const StoredView *findView(const QString &segment) const;
    void recordEvent(qint64 nowMs);
    bool visible(const StoredResource &resource, const StoredView &view, qint64 nowMs) const;

    std::atomic_int m_inProgress = 0;
    std::atomic_int m_maxInProgress = 0;
    mutable QMutex m_mutex;
    const QString m_organization;
    const QString m_project;
    QString m_baseUri;
    QString m_token;
    QString m_expiredToken;
    FaultPlan m_faults;
    Permissions m_permissions;
    qint64 m_requestCount = 0; // requests subject to faults
    qint64 m_tokenRequests = 0;
    qint64 m_writes = 0;
    qint64 m_generation = 0;
    std::map<QString, StoredResource> m_resources;     // by full id
    std::map<QString, QString> m_byWrittenId;          // written @id -> full id
    std::map<QString, StoredView> m_views;             // by full id
    std::vector<qint64> m_events;                      // write times, ascending
    std::vector<LoggedRequest> m_log;
    QHash<QString, qint64> m_totalCache;               // cached hit counts per query
    qint64 m_totalCacheGeneration = -1;
};

// Builds the standard Nexus error body.
QByteArray nexusErrorBody(const QString &type, const QString &reason,
                          const QJsonObject &extra = {});

// A response with body serialized as compact JSON.
HttpResponse jsonResponse(int status, const QJsonObject &body);
// A response with the standard Nexus error body.
HttpResponse errorResponse(int status, const QString &type, const QString &reason,
                           const QJsonObject &extra = {});

} // namespace RecStudio::FakeNexus
