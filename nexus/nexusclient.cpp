#include "nexusclient.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <algorithm>

namespace RecStudio::Nexus {

Q_LOGGING_CATEGORY(lcClient, "recstudio.nexus.client", QtWarningMsg)

namespace {

// Retry-After is either delay-seconds or an HTTP date (RFC 9110, section 10.2.3).
int retryAfterMs(const QNetworkReply *reply)
{
    const QByteArray value = reply->rawHeader("Retry-After").trimmed();
    if (value.isEmpty())
        return -1;
    bool isNumber = false;
    const int seconds = value.toInt(&isNumber);
    if (isNumber)
        return std::max(0, seconds) * 1000;
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return int(std::clamp<qint64>(QDateTime::currentDateTimeUtc().msecsTo(when), 0, 3600000));
}

} // namespace

NexusClient::NexusClient(const NexusConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_network(new QNetworkAccessManager(this))
    , m_random(std::random_device{}())
{
    // Never connect to sslErrors(): a certificate problem must fail the call, not be ignored.
    m_network->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
}

NexusClient::~NexusClient()
{
    const QList<QNetworkReply *> replies = m_inFlight.keys();
    m_inFlight.clear();
    for (QNetworkReply *reply : replies)
        reply->abort();
}

void NexusClient::setToken(const QString &token)
{
    m_config.token = token;
    ++m_tokenGeneration;
    if (!m_waitingForToken)
        return;
    m_waitingForToken = false;
    qCDebug(lcClient) << "new token supplied; resending" << m_awaitingToken.size() << "calls";
    while (!m_awaitingToken.empty()) {
        m_queue.push_front(std::move(m_awaitingToken.back()));
        m_awaitingToken.pop_back();
    }
    emit tokenAccepted();
    pump();
}

void NexusClient::setMaxConcurrentRequests(int count)
{
    m_maxConcurrent = std::clamp(count, 1, 64);
    pump();
}

QUrl NexusClient::endpoint(const QStringList &segments, const QUrlQuery &query) const
{
    QUrl url = m_config.deployment;
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    for (const QString &segment : segments)
        path += QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(segment));
    url.setPath(path, QUrl::StrictMode);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

QUrl NexusClient::projectEndpoint(const QString &kind, const QStringList &segments,
                                  const QUrlQuery &query) const
{
    return endpoint(QStringList{kind, m_config.organization, m_config.project} + segments, query);
}

QNetworkRequest NexusClient::buildRequest(const NexusRequest &request) const
{
    QNetworkRequest networkRequest(request.url);
    networkRequest.setRawHeader("Accept", request.accept);
    if (!m_config.token.isEmpty())
        networkRequest.setRawHeader("Authorization", "Bearer " + m_config.token.toUtf8());
    if (!request.contentType.isEmpty())
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    networkRequest.setTransferTimeout(m_transferTimeoutMs);
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                QNetworkRequest::SameOriginRedirectPolicy);
    networkRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
    return networkRequest;
}

void NexusClient::send(const NexusRequest &request, QObject *context, ReplyHandler handler)
{
    Call call;
    call.id = m_nextId++;
    call.request = request;
    call.context = context;
    call.handler = std::move(handler);
    m_queue.push_back(std::move(call));
    pump();
}

void NexusClient::cancel(QObject *context)
{
    const auto belongs = [context](const Call &call) {
        return call.context == context || call.context.isNull();
    };
    m_queue.erase(std::remove_if(m_queue.begin(), m_queue.end(), belongs), m_queue.end());
    m_awaitingToken.erase(std::remove_if(m_awaitingToken.begin(), m_awaitingToken.end(), belongs),
                          m_awaitingToken.end());
    for (auto it = m_delayed.begin(); it != m_delayed.end();)
        it = belongs(it.value()) ? m_delayed.erase(it) : std::next(it);

    QList<QNetworkReply *> aborted;
    for (auto it = m_inFlight.begin(); it != m_inFlight.end();) {
        if (belongs(it.value())) {
            aborted.append(it.key());
            it = m_inFlight.erase(it);
        } else {
            ++it;
        }
    }
    for (QNetworkReply *reply : aborted)
        reply->abort(); // onFinished() ignores replies no longer in m_inFlight
    pump();
}

void NexusClient::pump()
{
    while (!m_waitingForToken && !m_queue.empty() && m_inFlight.size() < m_maxConcurrent) {
        Call call = std::move(m_queue.front());
        m_queue.pop_front();
        if (call.context.isNull())
            continue;
        dispatch(std::move(call));
    }
}

void NexusClient::dispatch(Call call)
{
    const QNetworkRequest networkRequest = buildRequest(call.request);
    const QByteArray &method = call.request.method;
    QNetworkReply *reply = nullptr;
    if (method == "GET")
        reply = m_network->get(networkRequest);
    else if (method == "PUT")
        reply = m_network->put(networkRequest, call.request.body);
    else if (method == "POST")
        reply = m_network->post(networkRequest, call.request.body);
    else if (method == "DELETE")
        reply = m_network->deleteResource(networkRequest);
    else
        reply = m_network->sendCustomRequest(networkRequest, method, call.request.body);

    ++call.attempts;
    call.tokenGeneration = m_tokenGeneration;
    ++m_requestsSent;
    m_inFlight.insert(reply, std::move(call));
    if (m_inFlight.value(reply).request.downloadProgress)
        connect(reply, &QNetworkReply::downloadProgress, this, [this, reply](qint64 received, qint64 total) {
            const auto found = m_inFlight.constFind(reply);
            if (found != m_inFlight.constEnd() && !found->context.isNull())
                found->request.downloadProgress(received, total);
        });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

void NexusClient::onFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    const auto found = m_inFlight.find(reply);
    if (found == m_inFlight.end())
        return; // canceled
    Call call = std::move(found.value());
    m_inFlight.erase(found);

    NexusReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    result.attempts = call.attempts;
    const QNetworkReply::NetworkError networkError = reply->error();

    if (result.status == 401 && call.tokenGeneration < m_tokenGeneration) {
        // Sent with a token that has been replaced since: resend with the new one.
        m_queue.push_front(std::move(call));
        pump();
        return;
    }
    if (result.status == 401) {
        const NexusError error = NexusError::fromReply(call.request.call, 401, networkError,
                                                       reply->errorString(), result.body);
        m_awaitingToken.push_back(std::move(call));
        if (!m_waitingForToken) {
            m_waitingForToken = true;
            qCWarning(lcClient) << "token rejected (HTTP 401); waiting for a new token";
            emit tokenRejected(error.message);
        }
        pump();
        return;
    }

    // A connection closed mid-body keeps the status of the headers that did arrive, so a
    // transport error counts whatever the status. A transfer timeout shows as
    // OperationCanceledError although the client did not call abort().
    const bool dropped = isTransientNetworkError(networkError)
        || (result.status == 0 && networkError == QNetworkReply::OperationCanceledError);
    if (dropped && result.status < 400)
        result.status = 0;
    const bool transient = isTransientStatus(result.status) || dropped;
    if (transient && call.attempts < m_retryPolicy.maxAttempts) {
        int delay = backoffDelay(call.attempts - 1);
        const int retryAfter = retryAfterMs(reply);
        if (retryAfter >= 0)
            delay = std::max(delay, std::min(retryAfter, m_retryPolicy.maxRetryAfterMs));
        qCDebug(lcClient).nospace() << "retrying " << call.request.method << ' '
                                    << call.request.url.path() << " in " << delay
                                    << " ms after status " << result.status << " / "
                                    << networkError << " (attempt " << call.attempts << ')';
        scheduleRetry(std::move(call), delay);
        pump();
        return;
    }

    const bool failed = result.status == 0 || result.status >= 400;
    if (failed) {
        result.error = NexusError::fromReply(call.request.call, result.status, networkError,
                                             reply->errorString(), result.body);
        if (result.status != 404 && result.status != 409)
            qCWarning(lcClient).nospace() << call.request.method << ' ' << call.request.url.path()
                                          << " failed after " << call.attempts
                                          << " attempts: status " << result.status << ", "
                                          << networkError;
    }
    complete(call, result);
    pump();
}

void NexusClient::scheduleRetry(Call call, int delayMs)
{
    const quint64 id = call.id;
    m_delayed.insert(id, std::move(call));
    QTimer::singleShot(delayMs, this, [this, id] {
        const auto found = m_delayed.find(id);
        if (found == m_delayed.end())
            return; // canceled while sleeping
        Call retry = std::move(found.value());
        m_delayed.erase(found);
        m_queue.push_front(std::move(retry));
        pump();
    });
}

int NexusClient::backoffDelay(int attempt)
{
    const qint64 full = std::min<qint64>(m_retryPolicy.maxDelayMs,
                                         qint64(m_retryPolicy.baseDelayMs)
                                             << std::min(attempt, 20));
    std::uniform_int_distribution<qint64> jitter(full / 2, std::max<qint64>(full / 2, full));
    return int(jitter(m_random));
}

void NexusClient::complete(const Call &call, const NexusReply &reply)
{
    if (call.context.isNull() || !call.handler)
        return;
    call.handler(reply);
}

} // namespace RecStudio::Nexus
