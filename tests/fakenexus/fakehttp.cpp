#include "fakehttp.h"

#include <QUrl>

namespace RecStudio::FakeNexus {

QByteArray HttpRequest::header(const QByteArray &lowerCaseName) const
{
    for (const auto &header : headers)
        if (header.first == lowerCaseName)
            return header.second;
    return {};
}

QString HttpRequest::queryValue(const QString &key) const
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 406: return "Not Acceptable";
    case 409: return "Conflict";
    case 413: return "Payload Too Large";
    case 415: return "Unsupported Media Type";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Status";
    }
}

QByteArray HttpResponse::serialize(bool keepAlive) const
{
    QByteArray out;
    out.reserve(body.size() + 256);
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    if (!contentType.isEmpty())
        out += "Content-Type: " + contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto &header : headers)
        out += header.first + ": " + header.second + "\r\n";
    out += keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
    out += body;
    return out;
}

HttpParser::State HttpParser::feed(const QByteArray &data)
{
    m_buffer += data;
    if (m_headerEnd < 0) {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return m_buffer.size() > 64 * 1024 ? State::Invalid : State::NeedMore;
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1."))
            return State::Invalid;
        m_request = HttpRequest();
        m_request.method = requestLine.at(0);
        m_request.target = requestLine.at(1);
        m_contentLength = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            m_request.headers.append({name, value});
            if (name == "content-length")
                m_contentLength = value.toLongLong();
            if (name == "transfer-encoding")
                return State::Invalid; // QNetworkAccessManager always sends Content-Length
        }
        const QByteArray target = m_request.target;
        const qsizetype question = target.indexOf('?');
        const QByteArray path = question < 0 ? target : target.left(question);
        if (question >= 0)
            m_request.query = QUrlQuery(QString::fromUtf8(target.mid(question + 1)));
        for (const QByteArray &segment : path.split('/'))
            if (!segment.isEmpty())
                m_request.segments.append(QUrl::fromPercentEncoding(segment));
        m_headerEnd = end + 4;
    }
    if (m_buffer.size() - m_headerEnd < m_contentLength)
        return State::NeedMore;
    return State::Complete;
}

HttpRequest HttpParser::take()
{
    m_request.body = m_buffer.mid(m_headerEnd, m_contentLength);
    m_buffer.remove(0, m_headerEnd + m_contentLength);
    m_headerEnd = -1;
    m_contentLength = 0;
    return std::move(m_request);
}

} // namespace RecStudio::FakeNexus
