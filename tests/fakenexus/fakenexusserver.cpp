#include "fakenexusserver.h"

#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace RecStudio::FakeNexus {

FakeNexusServer::FakeNexusServer(FakeNexusStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &FakeNexusServer::onNewConnection);
}

bool FakeNexusServer::listen(quint16 port, QString *error)
{
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        if (error)
            *error = m_server->errorString();
        return false;
    }
    m_store->setBaseUri(QStringLiteral("http://127.0.0.1:%1/v1").arg(m_server->serverPort()));
    return true;
}

quint16 FakeNexusServer::port() const
{
    return m_server->serverPort();
}

void FakeNexusServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        auto parser = std::make_shared<HttpParser>();
        connect(socket, &QTcpSocket::readyRead, this,
                [this, socket, parser] { onReadyRead(socket, *parser); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void FakeNexusServer::onReadyRead(QTcpSocket *socket, HttpParser &parser)
{
    QByteArray data = socket->readAll();
    while (true) {
        const HttpParser::State state = parser.feed(data);
        data.clear();
        if (state == HttpParser::State::NeedMore)
            return;
        if (state == HttpParser::State::Invalid) {
            HttpResponse response;
            response.status = 400;
            response.contentType = "text/plain";
            response.body = "Malformed HTTP request.";
            socket->write(response.serialize(false));
            socket->disconnectFromHost();
            return;
        }
        const HttpRequest request = parser.take();
        bool drop = false;
        int delayMs = 0;
        const HttpResponse response = m_store->handle(request, drop, delayMs);
        const bool keepAlive = request.header("connection").toLower() != "close";
        QByteArray bytes = response.serialize(keepAlive);
        if (drop)
            bytes.truncate(bytes.size() - std::max<qsizetype>(1, response.body.size() / 2));

        QPointer<QTcpSocket> guard(socket);
        m_store->responseStarted();
        const auto send = [store = m_store, guard, bytes, drop, keepAlive] {
            store->responseSent();
            if (!guard)
                return;
            guard->write(bytes);
            if (drop) {
                guard->flush();
                guard->abort(); // the client sees a connection closed mid-body
            } else if (!keepAlive) {
                guard->disconnectFromHost();
            }
        };
        if (delayMs > 0)
            QTimer::singleShot(delayMs, this, send);
        else
            send();
        if (drop || !guard)
            return;
    }
}

FakeNexusThread::FakeNexusThread(const QString &organization, const QString &project)
    : m_store(organization, project)
{
    m_thread.setObjectName(QStringLiteral("fake-nexus"));
}

FakeNexusThread::~FakeNexusThread()
{
    m_thread.quit();
    m_thread.wait();
}

bool FakeNexusThread::start(QString *error)
{
    m_server = new FakeNexusServer(&m_store);
    m_server->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_server, &QObject::deleteLater);
    m_thread.start();
    bool ok = false;
    QString message;
    QMetaObject::invokeMethod(
        m_server, [this, &ok, &message] { ok = m_server->listen(0, &message); },
        Qt::BlockingQueuedConnection);
    if (error)
        *error = message;
    return ok;
}

} // namespace RecStudio::FakeNexus
