#include "pushjob.h"

#include "nexusclient.h"

#include <QJsonDocument>

#include <algorithm>

namespace RecStudio::Nexus {

namespace {

constexpr qsizetype maxJsonBody = 256 * 1024; // Delta's default request size limit

} // namespace

QString PushSummary::describe() const
{
    return PushJob::tr("Run %1: %2 embeddings created, %3 updated, %4 unchanged, %5 failed, "
                       "%6 all-zero vectors skipped; view '%7'.")
        .arg(runId)
        .arg(created)
        .arg(updated)
        .arg(unchanged)
        .arg(failures.size())
        .arg(skippedZero)
        .arg(viewId);
}

PushJob::PushJob(NexusClient *client, EmbeddingSet embeddings, const PushOptions &options,
                 QObject *parent)
    : NexusJob(client, parent)
    , m_embeddings(std::move(embeddings))
    , m_options(options)
{
    m_options.concurrency = std::clamp(m_options.concurrency, 1, 64);
}

QString PushJob::viewIdFor(const QString &runId)
{
    return QStringLiteral("recstudio-embeddings-") + runId;
}

void PushJob::run()
{
    const QString invalid = validateEmbeddings(m_embeddings);
    if (!invalid.isEmpty()) {
        fail(invalid);
        return;
    }
    if (m_embeddings.runId.isEmpty())
        m_embeddings.runId = runIdFor(m_embeddings.provenance);
    m_summary.runId = m_embeddings.runId;
    m_summary.modelId = modelResourceId(m_summary.runId);
    m_summary.viewId = viewIdFor(m_summary.runId);

    const qsizetype largest = QJsonDocument(embeddingPayload(m_options.types.embedding,
                                                             m_embeddings.items.front(),
                                                             m_summary.runId))
                                  .toJson(QJsonDocument::Compact)
                                  .size();
    if (largest > maxJsonBody / 2) {
        fail(tr("One embedding resource takes %1 bytes, too close to the 256 KiB request "
                "limit of Nexus; use fewer factors.")
                 .arg(largest));
        return;
    }

    for (std::size_t i = 0; i < m_embeddings.items.size(); ++i) {
        const EmbeddingItem &item = m_embeddings.items[i];
        if (!m_options.onlyMovieIds.isEmpty()
            && !m_options.onlyMovieIds.contains(item.movie.toString()))
            continue;
        const bool zero = std::all_of(item.vector.begin(), item.vector.end(),
                                      [](float value) { return value == 0.0f; });
        if (zero)
            ++m_summary.skippedZero;
        else
            m_pending.push_back(i);
    }

    emit progress(0, qint64(m_pending.size()), tr("Reading project"));
    fetchProject(client(), this, [this](const ErrorOrNone &error, const ProjectInfo &project) {
        if (error) {
            fail(*error);
            return;
        }
        m_project = project;
        pushModel();
    });
}

void PushJob::pushModel()
{
    upsertResource(client(), this, m_summary.modelId,
                   modelPayload(m_options.types.model, m_embeddings, m_summary.runId),
                   [this](const ErrorOrNone &error, UpsertOutcome) {
                       if (error) {
                           fail(*error);
                           return;
                       }
                       launchMore();
                   });
}

void PushJob::launchMore()
{
    if (stopIfCanceled())
        return;
    while (m_inFlight < m_options.concurrency && m_next < m_pending.size()) {
        const EmbeddingItem &item = m_embeddings.items[m_pending[m_next++]];
        const QString movieId = item.movie.toString();
        ++m_inFlight;
        upsertResource(client(), this, embeddingResourceId(item.movie, m_summary.runId),
                       embeddingPayload(m_options.types.embedding, item, m_summary.runId),
                       [this, movieId](const ErrorOrNone &error, UpsertOutcome outcome) {
                           onItemDone(movieId, error, outcome);
                       });
    }
    if (m_inFlight == 0 && m_next >= m_pending.size())
        prepareView();
}

void PushJob::onItemDone(const QString &movieId, const ErrorOrNone &error, UpsertOutcome outcome)
{
    --m_inFlight;
    ++m_completed;
    if (error) {
        m_summary.failures.insert(movieId, error->message);
    } else {
        switch (outcome) {
        case UpsertOutcome::Created: ++m_summary.created; break;
        case UpsertOutcome::Updated: ++m_summary.updated; break;
        case UpsertOutcome::Unchanged: ++m_summary.unchanged; break;
        }
    }
    if (m_completed % 200 == 0 || m_completed == qint64(m_pending.size()))
        emit progress(m_completed, qint64(m_pending.size()), tr("Pushing embeddings"));
    launchMore();
}

void PushJob::prepareView()
{
    if (!m_options.createView) {
        succeed();
        return;
    }
    emit progress(0, 0, tr("Preparing view '%1'").arg(m_summary.viewId));
    const QJsonObject payload = embeddingViewPayload(m_project.vocab + m_options.types.embedding,
                                                     m_embeddings.dimension());
    ensureElasticSearchView(
        client(), this, m_summary.viewId, payload, [this](const ErrorOrNone &error, ViewOutcome) {
            if (error) {
                fail(*error);
                return;
            }
            const QString stage = tr("Waiting for view '%1' to index").arg(m_summary.viewId);
            waitForIndexing(
                client(), this, m_summary.viewId, m_options.indexing,
                [this, stage](qint64 processed, qint64 total) {
                    emit progress(processed, total, stage);
                },
                [this](const ErrorOrNone &waitError) {
                    if (waitError)
                        fail(*waitError);
                    else
                        succeed();
                });
        });
}

} // namespace RecStudio::Nexus
