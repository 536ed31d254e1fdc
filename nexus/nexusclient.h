#pragma once

#include "nexusconfig.h"
#include "nexuserror.h"

#include <QByteArray>
#include <QNetworkRequest>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <deque>
#include <functional>
#include <optional>
#include <random>

class QNetworkAccessManager;
class QNetworkReply;

namespace RecStudio::Nexus {

// One HTTP call as the jobs describe it; NexusClient adds authentication and transport.
struct NexusRequest
{
    QByteArray method = "GET";
    QUrl url;
    QByteArray body;
    QByteArray contentType;                   // empty when there is no body
    QByteArray accept = "application/json";   // Nexus needs an explicit Accept on every call
    QString call;                             // "fetch project 'org/proj'", used in messages
    // Called with (received, total) bytes while the response body arrives; total is -1
    // when unknown.
    std::function<void(qint64, qint64)> downloadProgress;
};

struct NexusReply
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    int attempts = 0;
    std::optional<NexusError> error; // set when the call failed after every retry

    bool ok() const { return !error.has_value(); }
};

using ReplyHandler = std::function<void(const NexusReply &)>;

// When to retry: 429 (honouring Retry-After), 502, 503, 504 and dropped connections.
// The delay before attempt n + 1 is a random value in [d/2, d] with
// d = min(maxDelayMs, baseDelayMs * 2^n), or Retry-After when that is longer.
struct RetryPolicy
{
    int maxAttempts = 6;
    int baseDelayMs = 250;
    int maxDelayMs = 20000;
    int maxRetryAfterMs = 120000;
};

// The one owner of the QNetworkAccessManager for a Nexus deployment. It builds every
// request (bearer token, Accept, timeout, redirect policy), limits the number of calls
// in flight, retries transient failures and pauses every call when the token is rejected
// until setToken() supplies a new one. Lives in one thread; handlers run in that thread.
class NexusClient : public QObject
{
    Q_OBJECT

public:
    explicit NexusClient(const NexusConfig &config, QObject *parent = nullptr);
    ~NexusClient() override;

    const NexusConfig &config() const { return m_config; }

    // Replaces the token and resends the calls that were waiting for it.
    void setToken(const QString &token);
    bool isWaitingForToken() const { return m_waitingForToken; }

    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    const RetryPolicy &retryPolicy() const { return m_retryPolicy; }
    void setMaxConcurrentRequests(int count);
    int maxConcurrentRequests() const { return m_maxConcurrent; }
    void setTransferTimeout(int milliseconds) { m_transferTimeoutMs = milliseconds; }

    // deployment + "/" + segments, each percent-encoded as one path segment.
    QUrl endpoint(const QStringList &segments, const QUrlQuery &query = {}) const;
    // deployment/kind/org/project/segments..., e.g. kind "resources" or "views".
    QUrl projectEndpoint(const QString &kind, const QStringList &segments = {},
                         const QUrlQuery &query = {}) const;

    // Queues request; handler runs once with the final reply unless context is destroyed
    // or cancel(context) is called first.
    void send(const NexusRequest &request, QObject *context, ReplyHandler handler);

    // Aborts the calls of context in flight and drops its queued and waiting calls.
    void cancel(QObject *context);

    int inFlightCount() const { return int(m_inFlight.size()); }
    qint64 requestsSent() const { return m_requestsSent; }

signals:
    // The server rejected the token; every call waits until setToken() is called.
    void tokenRejected(const QString &message);
    void tokenAccepted();

private:
    struct Call
    {
        quint64 id = 0;
        NexusRequest request;
        QPointer<QObject> context;
        ReplyHandler handler;
        int attempts = 0;
        quint64 tokenGeneration = 0; // which token the last attempt carried
    };

    QNetworkRequest buildRequest(const NexusRequest &request) const;
    void pump();
    void dispatch(Call call);
    void onFinished(QNetworkReply *reply);
    void scheduleRetry(Call call, int delayMs);
    int backoffDelay(int attempt);
    void complete(const Call &call, const NexusReply &reply);

    NexusConfig m_config;
    QNetworkAccessManager *m_network = nullptr;
    RetryPolicy m_retryPolicy;
    int m_maxConcurrent = 8;
    int m_transferTimeoutMs = 60000;
    bool m_waitingForToken = false;
    quint64 m_tokenGeneration = 0; // increases with every setToken()
    quint64 m_nextId = 1;
    qint64 m_requestsSent = 0;
    std::deque<Call> m_queue;
    std::deque<Call> m_awaitingToken;
    QHash<QNetworkReply *, Call> m_inFlight;
    QHash<quint64, Call> m_delayed; // calls sleeping before a retry
    std::minstd_rand m_random;
};

} // namespace RecStudio::Nexus
