#pragma once

#include "nexuserror.h"

#include <QObject>
#include <QString>

#include <atomic>

namespace RecStudio::Nexus {

class NexusClient;

// Base of every long Nexus operation: start() once, then exactly one of finished(),
// failed() or canceled() follows. progress() reports work done out of total (total 0
// means unknown) with a short stage description. When the token expires the job emits
// paused() and continues by itself after NexusClient::setToken().
class NexusJob : public QObject
{
    Q_OBJECT

public:
    explicit NexusJob(NexusClient *client, QObject *parent = nullptr);

    void start();
    // Safe from any thread; the job stops at the next step and emits canceled().
    void cancel();
    bool isCanceled() const { return m_canceled.load(); }
    bool isRunning() const { return m_running; }

    // The message of failed(), kept for callers that check after the fact.
    const QString &errorMessage() const { return m_errorMessage; }

signals:
    void progress(qint64 done, qint64 total, const QString &stage);
    void paused(const QString &message);
    void resumed();
    void finished();
    void failed(const QString &message);
    void canceled();

protected:
    virtual void run() = 0;

    NexusClient *client() const { return m_client; }
    void succeed();
    void fail(const QString &message);
    void fail(const NexusError &error);
    // Returns true (after emitting canceled()) when the job was canceled.
    bool stopIfCanceled();

private:
    void finishCanceled();

    NexusClient *m_client;
    std::atomic_bool m_canceled = false;
    bool m_running = false;
    bool m_done = false;
    QString m_errorMessage;
};

} // namespace RecStudio::Nexus
