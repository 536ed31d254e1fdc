#pragma once

#include "nexusjob.h"

#include <QSaveFile>

#include <memory>

class QNetworkReply;

namespace RecStudio::Nexus {

// Downloads the content of a file stored through the Files API into a local path, with
// progress. The local file is written atomically: it appears only when complete.
class FileDownloadJob final : public NexusJob
{
    Q_OBJECT

public:
    FileDownloadJob(NexusClient *client, const QString &fileId, const QString &destination,
                    QObject *parent = nullptr);

    const QString &destination() const { return m_destination; }
    qint64 bytes() const { return m_bytes; }

protected:
    void run() override;

private:
    void fetchMetadata();
    void fetchContent(qint64 expectedBytes);

    QString m_fileId;
    QString m_destination;
    QString m_expectedDigest;
    qint64 m_bytes = 0;
};

} // namespace RecStudio::Nexus
