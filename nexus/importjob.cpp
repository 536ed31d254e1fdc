#include "importjob.h"

#include "nexusclient.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>

namespace RecStudio::Nexus {

Q_LOGGING_CATEGORY(lcImport, "recstudio.nexus.import", QtWarningMsg)

namespace {

constexpr int maxListedFailures = 100;

QByteArray multipartBody(const QByteArray &boundary, const QString &fileName,
                         const QByteArray &mediaType, const QByteArray &content)
{
    QByteArray body;
    body.reserve(content.size() + 512);
    body += "--" + boundary + "\r\n";
    body += "Content-Disposition: form-data; name=\"file\"; filename=\"" + fileName.toUtf8()
        + "\"\r\n";
    body += "Content-Type: " + mediaType + "\r\n\r\n";
    body += content;
    body += "\r\n--" + boundary + "--\r\n";
    return body;
}

} // namespace

RawId rawIdAt(const Model::IdMap &map, int32_t index)
{
    RawId id;
    id.numeric = map.isNumeric();
    if (id.numeric)
        id.number = map.numericId(index);
    else
        id.text = map.rawId(index);
    return id;
}

QString ImportSummary::describe() const
{
    return ImportJob::tr("%1 resources: %2 created, %3 updated, %4 unchanged, %5 done in an "
                         "earlier run, %6 failed.")
        .arg(total)
        .arg(created)
        .arg(updated)
        .arg(unchanged)
        .arg(resumed)
        .arg(failed);
}

ImportJob::ImportJob(NexusClient *client, std::shared_ptr<const Model::Dataset> dataset,
                     const ImportOptions &options, QObject *parent)
    : NexusJob(client, parent)
    , m_dataset(std::move(dataset))
    , m_options(options)
{
    m_options.concurrency = std::clamp(m_options.concurrency, 1, 64);
    // Keep what was logged so far when the user cancels, so the next run resumes.
    connect(this, &NexusJob::canceled, this, [this] { m_state.close(); });
}

ImportJob::~ImportJob()
{
    m_state.close();
}

void ImportJob::run()
{
    // The fingerprint names the Dataset and File resources and keys the state file.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!m_options.originalFile.isEmpty()) {
        QFile file(m_options.originalFile);
        if (!file.open(QIODevice::ReadOnly)) {
            fail(tr("Could not read '%1' for upload: %2.")
                     .arg(m_options.originalFile, file.errorString()));
            return;
        }
        hash.addData(&file);
    } else {
        const Model::RatingColumns &ratings = m_dataset->ratings;
        for (std::size_t k = 0; k < ratings.size(); ++k) {
            const QByteArray row = QByteArray::fromStdString(
                m_dataset->users.rawId(ratings.user[k]) + ',' + m_dataset->items.rawId(ratings.item[k])
                + ',' + std::to_string(ratings.rating[k]) + ',' + std::to_string(ratings.timestamp[k]));
            hash.addData(row);
        }
    }
    m_fingerprint = QString::fromLatin1(hash.result().toHex());
    m_summary.datasetId = m_options.types.dataset + QLatin1Char('_') + m_fingerprint.left(16);
    m_summary.total = qint64(m_dataset->ratings.size())
        + (m_options.includeMovies ? qint64(m_dataset->movies.size()) : 0);

    emit progress(0, m_summary.total, tr("Reading project"));
    fetchProject(client(), this, [this](const ErrorOrNone &error, const ProjectInfo &) {
        if (error) {
            fail(*error);
            return;
        }
        loadState();
        if (!m_options.originalFile.isEmpty())
            uploadFile();
        else
            upsertDataset();
    });
}

void ImportJob::loadState()
{
    if (m_options.statePath.isEmpty())
        return;
    const QByteArray header = QJsonDocument(QJsonObject{
                                                {QStringLiteral("deployment"),
                                                 client()->config().deployment.toString()},
                                                {QStringLiteral("project"),
                                                 client()->config().projectRef()},
                                                {QStringLiteral("fingerprint"), m_fingerprint},
                                            })
                                  .toJson(QJsonDocument::Compact);
    m_state.setFileName(m_options.statePath);
    if (m_state.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = m_state.readAll().split('\n');
        m_state.close();
        // Only a log written for this dataset and project counts; a torn last line is
        // dropped, its resource is simply checked again.
        if (!lines.isEmpty() && lines.first() == header)
            for (qsizetype i = 1; i + 1 < lines.size(); ++i)
                if (!lines.at(i).isEmpty())
                    m_doneBefore.insert(QString::fromUtf8(lines.at(i)));
    }
    const bool append = !m_doneBefore.isEmpty();
    if (!m_state.open(append ? QIODevice::Append : QIODevice::WriteOnly | QIODevice::Truncate)) {
        qCWarning(lcImport) << "cannot write the import state file" << m_options.statePath
                            << m_state.errorString();
        return;
    }
    if (!append)
        m_state.write(header + '\n');
    m_state.flush();
}

void ImportJob::uploadFile()
{
    QFile file(m_options.originalFile);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(tr("Could not read '%1' for upload: %2.").arg(m_options.originalFile, file.errorString()));
        return;
    }
    const QString fileName = QFileInfo(m_options.originalFile).fileName();
    const QByteArray boundary = "recstudio-" + m_fingerprint.left(24).toLatin1();
    m_summary.fileId = QStringLiteral("RatingsFile_") + m_fingerprint.left(16);

    NexusRequest request;
    request.method = "PUT";
    request.url = client()->projectEndpoint(QStringLiteral("files"), {m_summary.fileId});
    request.contentType = "multipart/form-data; boundary=" + boundary;
    request.body = multipartBody(boundary, fileName,
                                 fileName.endsWith(QLatin1String(".csv")) ? "text/csv"
                                                                          : "text/plain",
                                 file.readAll());
    request.call = tr("upload '%1'").arg(fileName);
    emit progress(0, m_summary.total, tr("Uploading %1").arg(fileName));
    client()->send(request, this, [this](const NexusReply &reply) {
        // 409: the same content was uploaded before, under the same id.
        if (!reply.ok() && reply.status != 409) {
            fail(*reply.error);
            return;
        }
        m_summary.fileUploaded = reply.ok();
        upsertDataset();
    });
}

void ImportJob::upsertDataset()
{
    QJsonObject payload{
        {QStringLiteral("@id"), m_summary.datasetId},
        {QStringLiteral("@type"), m_options.types.dataset},
        {QStringLiteral("name"), QString::fromStdString(m_dataset->name)},
        {QStringLiteral("sha256"), m_fingerprint},
        {QStringLiteral("ratingCount"), qint64(m_dataset->ratings.size())},
        {QStringLiteral("userCount"), m_dataset->userCount()},
        {QStringLiteral("movieCount"), m_dataset->itemCount()},
    };
    if (!m_summary.fileId.isEmpty())
        payload.insert(QStringLiteral("distribution"),
                       QJsonObject{{QStringLiteral("@id"), m_summary.fileId}});
    upsertResource(client(), this, m_summary.datasetId, payload,
                   [this](const ErrorOrNone &error, UpsertOutcome) {
                       if (error) {
                           fail(*error);
                           return;
                       }
                       launchMore();
                   });
}

QString ImportJob::resourceIdAt(qint64 index, QJsonObject *payload) const
{
    const qint64 movieCount = m_options.includeMovies ? qint64(m_dataset->movies.size()) : 0;
    if (index < movieCount) {
        const Model::Movie &movie = m_dataset->movies[std::size_t(index)];
        RawId id;
        readRawId(QJsonValue(QString::fromStdString(movie.rawId)), id);
        if (payload)
            *payload = moviePayload(m_options.types.movie, id, QString::fromStdString(movie.title),
                                    movie.genres);
        return movieResourceId(id);
    }
    const std::size_t k = std::size_t(index - movieCount);
    const Model::RatingColumns &ratings = m_dataset->ratings;
    const RawId user = rawIdAt(m_dataset->users, ratings.user[k]);
    const RawId movie = rawIdAt(m_dataset->items, ratings.item[k]);
    if (payload)
        *payload = ratingPayload(m_options.types.rating, user, movie, double(ratings.rating[k]),
                                 ratings.timestamp[k]);
    return ratingResourceId(user, movie);
}

void ImportJob::launchMore()
{
    if (stopIfCanceled())
        return;
    while (m_inFlight < m_options.concurrency && m_next < m_summary.total) {
        QJsonObject payload;
        const QString id = resourceIdAt(m_next++, &payload);
        if (m_doneBefore.contains(id)) {
            ++m_summary.resumed;
            ++m_completed;
            continue;
        }
        ++m_inFlight;
        upsertResource(client(), this, id, payload,
                       [this, id](const ErrorOrNone &error, UpsertOutcome outcome) {
                           onItemDone(id, error, outcome);
                       });
    }
    if (m_completed % 500 == 0 || m_inFlight == 0)
        emit progress(m_completed, m_summary.total, tr("Uploading resources"));
    if (m_inFlight == 0 && m_next >= m_summary.total)
        finish();
}

void ImportJob::onItemDone(const QString &id, const ErrorOrNone &error, UpsertOutcome outcome)
{
    --m_inFlight;
    ++m_completed;
    if (error) {
        ++m_summary.failed;
        if (m_summary.failures.size() < maxListedFailures)
            m_summary.failures.insert(id, error->message);
        qCDebug(lcImport) << "failed" << id << error->message;
    } else {
        switch (outcome) {
        case UpsertOutcome::Created: ++m_summary.created; break;
        case UpsertOutcome::Updated: ++m_summary.updated; break;
        case UpsertOutcome::Unchanged: ++m_summary.unchanged; break;
        }
        recordDone(id);
    }
    if (m_completed % 500 == 0)
        emit progress(m_completed, m_summary.total, tr("Uploading resources"));
    launchMore();
}

void ImportJob::recordDone(const QString &id)
{
    if (!m_state.isOpen())
        return;
    m_state.write(id.toUtf8() + '\n');
    if (m_completed % 256 == 0)
        m_state.flush();
}

void ImportJob::finish()
{
    m_state.close();
    if (m_summary.failed == 0 && !m_options.statePath.isEmpty())
        QFile::remove(m_options.statePath);
    emit progress(m_summary.total, m_summary.total, tr("Import finished"));
    succeed();
}

} // namespace RecStudio::Nexus
