#pragma once

#include "embeddingpush.h"
#include "nexusjob.h"
#include "nexussteps.h"

#include <QMap>
#include <QSet>

namespace RecStudio::Nexus {

struct PushOptions
{
    TypeNames types;
    int concurrency = 12;
    // Only these movie ids (as text) are sent; empty sends every item. A retry after a
    // partial failure passes PushSummary::failedMovieIds here.
    QSet<QString> onlyMovieIds;
    bool createView = true;
    IndexingWait indexing;
};

struct PushSummary
{
    QString runId;
    QString modelId;
    QString viewId;
    qint64 created = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 skippedZero = 0;  // all-zero vectors: cosine similarity is undefined for them
    QMap<QString, QString> failures; // movie id -> message
    QStringList failedMovieIds() const { return failures.keys(); }

    QString describe() const;
};

// Pushes item embeddings (ItemEmbedding_m{movie}_{run}) and one EmbeddingModel resource
// with provenance, then creates or updates the view that indexes them and waits for it.
// Ids depend on the run, not the vectors, so a re-push updates only changed vectors.
// Items that fail are listed in the summary; the job still finishes.
class PushJob final : public NexusJob
{
    Q_OBJECT

public:
    PushJob(NexusClient *client, EmbeddingSet embeddings, const PushOptions &options,
            QObject *parent = nullptr);

    const PushSummary &summary() const { return m_summary; }
    static QString viewIdFor(const QString &runId);

protected:
    void run() override;

private:
    void pushModel();
    void launchMore();
    void onItemDone(const QString &movieId, const ErrorOrNone &error, UpsertOutcome outcome);
    void prepareView();

    EmbeddingSet m_embeddings;
    PushOptions m_options;
    PushSummary m_summary;
    ProjectInfo m_project;
    std::vector<std::size_t> m_pending; // indices of items to send
    std::size_t m_next = 0;
    qint64 m_completed = 0;
    int m_inFlight = 0;
};

} // namespace RecStudio::Nexus
