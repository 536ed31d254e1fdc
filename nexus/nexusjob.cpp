#include "nexusjob.h"

#include "nexusclient.h"

#include <QMetaObject>

namespace RecStudio::Nexus {

NexusJob::NexusJob(NexusClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    connect(client, &NexusClient::tokenRejected, this, [this](const QString &message) {
        if (m_running && !m_done)
            emit paused(message);
    });
    connect(client, &NexusClient::tokenAccepted, this, [this] {
        if (m_running && !m_done)
            emit resumed();
    });
}

void NexusJob::start()
{
    if (m_running || m_done)
        return;
    m_running = true;
    if (stopIfCanceled())
        return;
    run();
}

void NexusJob::cancel()
{
    m_canceled.store(true);
    // Abort the network calls in the job's thread, whatever thread cancel() came from.
    QMetaObject::invokeMethod(this, [this] { stopIfCanceled(); }, Qt::QueuedConnection);
}

bool NexusJob::stopIfCanceled()
{
    if (!m_canceled.load())
        return false;
    if (m_running && !m_done)
        finishCanceled();
    return true;
}

void NexusJob::finishCanceled()
{
    m_done = true;
    m_running = false;
    m_client->cancel(this);
    emit canceled();
}

void NexusJob::succeed()
{
    if (m_done)
        return;
    m_done = true;
    m_running = false;
    emit finished();
}

void NexusJob::fail(const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    m_running = false;
    m_errorMessage = message;
    m_client->cancel(this);
    emit failed(message);
}

void NexusJob::fail(const NexusError &error)
{
    if (error.kind == NexusError::Kind::Canceled) {
        if (!m_done)
            finishCanceled();
        return;
    }
    fail(error.message);
}

} // namespace RecStudio::Nexus
