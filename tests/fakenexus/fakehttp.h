#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace RecStudio::FakeNexus {

// One parsed HTTP/1.1 request.
struct HttpRequest
{
    QByteArray method;
    QByteArray target;      // as sent: path and query, percent-encoded
    QStringList segments;   // decoded path segments
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers; // names in lower case
    QByteArray body;

    QByteArray header(const QByteArray &lowerCaseName) const;
    QString queryValue(const QString &key) const;
    bool hasQuery(const QString &key) const { return query.hasQueryItem(key); }
};

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/ld+json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    QByteArray serialize(bool keepAlive) const;
};

// Incremental HTTP/1.1 request parser for one connection.
class HttpParser
{
public:
    enum class State { NeedMore, Complete, Invalid };

    State feed(const QByteArray &data);
    HttpRequest take(); // the complete request; keeps any bytes that follow it

private:
    QByteArray m_buffer;
    qsizetype m_headerEnd = -1;
    qsizetype m_contentLength = 0;
    HttpRequest m_request;
};

QByteArray reasonPhrase(int status);

} // namespace RecStudio::FakeNexus
