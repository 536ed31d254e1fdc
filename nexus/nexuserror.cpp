#include "nexuserror.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace RecStudio::Nexus {

namespace {

// Nexus bodies carry `@type`/`reason`/`details`; ElasticSearch bodies passed through by
// `_search` carry `error.type`/`error.reason` (or `error` as a plain string) instead.
void readBody(const QByteArray &body, QString &type, QString &reason)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    if (object.isEmpty())
        return;
    type = object.value(QLatin1String("@type")).toString();
    reason = object.value(QLatin1String("reason")).toString();
    const QJsonValue details = object.value(QLatin1String("details"));
    if (details.isString() && !details.toString().isEmpty())
        reason += QLatin1String(" (") + details.toString() + QLatin1Char(')');
    else if (details.isObject())
        reason += QLatin1String(" (")
            + QString::fromUtf8(QJsonDocument(details.toObject()).toJson(QJsonDocument::Compact))
            + QLatin1Char(')');

    const QJsonValue esError = object.value(QLatin1String("error"));
    if (type.isEmpty() && esError.isObject()) {
        const QJsonObject error = esError.toObject();
        type = error.value(QLatin1String("type")).toString();
        reason = error.value(QLatin1String("reason")).toString();
        const QJsonObject cause = error.value(QLatin1String("caused_by")).toObject();
        if (!cause.isEmpty())
            reason += QLatin1String(" (") + cause.value(QLatin1String("reason")).toString()
                + QLatin1Char(')');
    } else if (type.isEmpty() && esError.isString()) {
        reason = esError.toString();
    }
}

} // namespace

bool isTransientStatus(int status)
{
    return status == 429 || status == 502 || status == 503 || status == 504;
}

bool isTransientNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownNetworkError:
        return true;
    default:
        return false;
    }
}

NexusError NexusError::fromReply(const QString &call, int status,
                                 QNetworkReply::NetworkError networkError,
                                 const QString &networkErrorText, const QByteArray &body)
{
    NexusError error;
    error.httpStatus = status;
    if (status == 0) {
        if (networkError == QNetworkReply::TimeoutError
            || networkError == QNetworkReply::OperationCanceledError) {
            error.kind = Kind::Timeout;
            error.message = tr("Could not %1: the server sent no data before the timeout. "
                               "Check the connection, or raise the timeout for slow servers.")
                                .arg(call);
        } else if (networkError == QNetworkReply::SslHandshakeFailedError) {
            error.kind = Kind::Network;
            error.message = tr("Could not %1: the TLS certificate of the server was rejected "
                               "(%2). Fix the server certificate or the system trust store; "
                               "certificate errors are never ignored.")
                                .arg(call, networkErrorText);
        } else {
            error.kind = Kind::Network;
            error.message = tr("Could not %1: %2. Check the deployment URL and the network "
                               "connection, then try again.")
                                .arg(call, networkErrorText);
        }
        return error;
    }

    readBody(body, error.type, error.reason);
    const QString cause = error.reason.isEmpty()
        ? QString()
        : tr(" The server says: %1").arg(error.reason);

    switch (status) {
    case 401:
        error.kind = Kind::Unauthorized;
        error.message = tr("Could not %1: the access token was rejected (HTTP 401%2), probably "
                           "because it expired. Sign in again or paste a new token.%3")
                            .arg(call,
                                 error.type.isEmpty() ? QString() : QLatin1String(", ") + error.type,
                                 cause);
        break;
    case 403:
        error.kind = Kind::Forbidden;
        error.message = tr("Could not %1: the token lacks a permission in this project "
                           "(HTTP 403). Ask a project administrator to grant it.%2")
                            .arg(call, cause);
        break;
    case 404:
        error.kind = Kind::NotFound;
        if (error.type == QLatin1String("ProjectNotFound")
            || error.type == QLatin1String("OrganizationNotFound"))
            error.message = tr("Could not %1: the organization or project does not exist "
                               "(HTTP 404). Check the organization and project labels.%2")
                                .arg(call, cause);
        else
            error.message = tr("Could not %1: the project, view or resource was not found "
                               "(HTTP 404). Check the names, or create it first.%2")
                                .arg(call, cause);
        break;
    case 409:
        error.kind = Kind::Conflict;
        error.message = tr("Could not %1: revision conflict (HTTP 409), the resource was "
                           "changed by someone else or already exists. Fetch it again and "
                           "retry.%2")
                            .arg(call, cause);
        break;
    case 413:
        error.kind = Kind::TooLarge;
        error.message = tr("Could not %1: the request body is larger than the server accepts "
                           "(HTTP 413; Nexus allows 256 KiB of JSON by default). Send smaller "
                           "batches or fewer dimensions.%2")
                            .arg(call, cause);
        break;
    case 429:
        error.kind = Kind::RateLimited;
        error.message = tr("Could not %1: the server kept asking to slow down (HTTP 429) "
                           "after every retry. Lower the concurrency and try again later.%2")
                            .arg(call, cause);
        break;
    default:
        if (status >= 500) {
            error.kind = Kind::Server;
            error.message = tr("Could not %1: the server failed (HTTP %2). Try again later; "
                               "if it persists, report it to the deployment's "
                               "administrators.%3")
                                .arg(call, QString::number(status), cause);
        } else {
            error.kind = Kind::BadRequest;
            error.message = tr("Could not %1: the server rejected the request (HTTP %2%3).%4")
                                .arg(call, QString::number(status),
                                     error.type.isEmpty() ? QString()
                                                          : QLatin1String(", ") + error.type,
                                     cause);
        }
        break;
    }
    return error;
}

NexusError NexusError::invalidReply(const QString &call, const QString &what)
{
    NexusError error;
    error.kind = Kind::InvalidReply;
    error.message = tr("Could not %1: the server's response is not valid (%2). Check that the "
                       "deployment URL points at a Nexus Delta API.")
                        .arg(call, what);
    return error;
}

NexusError NexusError::canceled()
{
    NexusError error;
    error.kind = Kind::Canceled;
    error.message = tr("Canceled.");
    return error;
}

} // namespace RecStudio::Nexus
