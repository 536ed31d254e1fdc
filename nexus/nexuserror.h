#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QNetworkReply>
#include <QString>

namespace RecStudio::Nexus {

// A failed Nexus call turned into a sentence for the user: what failed, why, and what to do.
struct NexusError
{
    Q_DECLARE_TR_FUNCTIONS(NexusError)

public:
    enum class Kind {
        Network,        // no HTTP answer: connection refused, dropped, DNS, TLS
        Timeout,        // no data for the transfer timeout
        Unauthorized,   // 401: the token is missing, malformed or expired
        Forbidden,      // 403: the identity lacks a permission
        NotFound,       // 404: project, view, resource or file not found
        Conflict,       // 409: already exists or incorrect revision
        TooLarge,       // 413: body above the server limit
        BadRequest,     // other 4xx, including raw ElasticSearch query errors
        RateLimited,    // 429 after every retry
        Server,         // 5xx after every retry
        InvalidReply,   // the body is not what the API promises
        Canceled,       // the user canceled; callers stay silent
    };

    Kind kind = Kind::Network;
    int httpStatus = 0;
    QString type;    // Nexus `@type` or ElasticSearch error `type`, empty when absent
    QString reason;  // server's `reason`, plus `details` when present
    QString message; // full sentence for the user, names the call and the fix

    // Builds the error for call (a short description such as "fetch project 'org/proj'")
    // from an HTTP status and body, or from a network error when status is 0.
    static NexusError fromReply(const QString &call, int status,
                                QNetworkReply::NetworkError networkError,
                                const QString &networkErrorText, const QByteArray &body);
    static NexusError invalidReply(const QString &call, const QString &what);
    static NexusError canceled();

    bool isTokenProblem() const { return kind == Kind::Unauthorized; }
};

// True for responses that a retry may fix: 429, 502, 503, 504 and dropped connections.
bool isTransientStatus(int status);
bool isTransientNetworkError(QNetworkReply::NetworkError error);

} // namespace RecStudio::Nexus
