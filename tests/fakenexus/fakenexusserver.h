#pragma once

#include "fakenexusstore.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <memory>

class QTcpServer;
class QTcpSocket;

namespace RecStudio::FakeNexus {

// HTTP/1.1 front of a FakeNexusStore on 127.0.0.1, with keep-alive connections and the
// store's fault plan applied (delays, connections dropped mid-body).
class FakeNexusServer : public QObject
{
    Q_OBJECT

public:
    explicit FakeNexusServer(FakeNexusStore *store, QObject *parent = nullptr);

    // Listens on 127.0.0.1:port (0 = ephemeral); returns false with error set on failure.
    bool listen(quint16 port, QString *error = nullptr);
    quint16 port() const;

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket, HttpParser &parser);

    FakeNexusStore *m_store;
    QTcpServer *m_server;
};

// A FakeNexusServer running in its own thread, so a test's event loop and the server do
// not take turns on one core. The store is safe to use from the test thread.
class FakeNexusThread
{
public:
    explicit FakeNexusThread(const QString &organization = QStringLiteral("recstudio"),
                             const QString &project = QStringLiteral("movielens"));
    ~FakeNexusThread();

    bool start(QString *error = nullptr);
    QString baseUri() const { return m_store.baseUri(); }
    FakeNexusStore &store() { return m_store; }

private:
    FakeNexusStore m_store;
    QThread m_thread;
    FakeNexusServer *m_server = nullptr;
};

} // namespace RecStudio::FakeNexus
