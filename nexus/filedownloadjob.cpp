#include "filedownloadjob.h"

#include "nexusclient.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace RecStudio::Nexus {

FileDownloadJob::FileDownloadJob(NexusClient *client, const QString &fileId,
                                 const QString &destination, QObject *parent)
    : NexusJob(client, parent)
    , m_fileId(fileId)
    , m_destination(destination)
{}

void FileDownloadJob::run()
{
    fetchMetadata();
}

void FileDownloadJob::fetchMetadata()
{
    // With Accept: application/json the Files API returns metadata, not content.
    NexusRequest request;
    request.url = client()->projectEndpoint(QStringLiteral("files"), {m_fileId});
    request.call = tr("read the metadata of file '%1'").arg(m_fileId);
    emit progress(0, 0, tr("Reading file metadata"));
    client()->send(request, this, [this](const NexusReply &reply) {
        if (!reply.ok()) {
            fail(*reply.error);
            return;
        }
        const QJsonObject metadata = QJsonDocument::fromJson(reply.body).object();
        m_expectedDigest = metadata.value(QLatin1String("_digest"))
                               .toObject()
                               .value(QLatin1String("_value"))
                               .toString();
        fetchContent(metadata.value(QLatin1String("_bytes")).toInteger(0));
    });
}

void FileDownloadJob::fetchContent(qint64 expectedBytes)
{
    NexusRequest request;
    request.url = client()->projectEndpoint(QStringLiteral("files"), {m_fileId});
    request.accept = "*/*";
    request.call = tr("download file '%1'").arg(m_fileId);
    const QString stage = tr("Downloading %1").arg(m_fileId);
    request.downloadProgress = [this, stage, expectedBytes](qint64 received, qint64 total) {
        emit progress(received, total > 0 ? total : expectedBytes, stage);
    };
    emit progress(0, expectedBytes, stage);
    // NOTE: the body is buffered in memory before it is written; fine for ratings files
    // of tens of megabytes, not for multi-gigabyte files.
    client()->send(request, this, [this, expectedBytes, call = request.call](const NexusReply &reply) {
        if (!reply.ok()) {
            fail(*reply.error);
            return;
        }
        if (expectedBytes > 0 && reply.body.size() != expectedBytes) {
            fail(NexusError::invalidReply(call, tr("received %1 bytes, expected %2 from the file metadata")
                                                    .arg(reply.body.size())
                                                    .arg(expectedBytes)));
            return;
        }
        const QString digest = QString::fromLatin1(
            QCryptographicHash::hash(reply.body, QCryptographicHash::Sha256).toHex());
        if (!m_expectedDigest.isEmpty() && digest != m_expectedDigest) {
            fail(NexusError::invalidReply(call, tr("the SHA-256 digest does not match")));
            return;
        }
        QSaveFile file(m_destination);
        if (!file.open(QIODevice::WriteOnly) || file.write(reply.body) != reply.body.size()
            || !file.commit()) {
            fail(tr("Could not write '%1': %2.").arg(m_destination, file.errorString()));
            return;
        }
        m_bytes = reply.body.size();
        emit progress(m_bytes, m_bytes, tr("Downloaded %1").arg(m_fileId));
        succeed();
    });
}

} // namespace RecStudio::Nexus
