#pragma once

#include "nexusjob.h"
#include "nexussteps.h"
#include "resourcepayloads.h"

#include <dataset.h>

#include <QFile>
#include <QHash>
#include <QSet>

#include <memory>

namespace RecStudio::Nexus {

struct ImportOptions
{
    TypeNames types;
    // The ratings file the dataset was read from; uploaded through the Files API and
    // linked from the Dataset resource. Empty skips the upload.
    QString originalFile;
    // Progress log that lets an interrupted import resume; empty disables it. It is
    // removed after an import without failures.
    QString statePath;
    int concurrency = 12;
    bool includeMovies = true;
};

struct ImportSummary
{
    qint64 total = 0;
    qint64 created = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 resumed = 0; // done in an earlier run according to the state file
    qint64 failed = 0;
    QHash<QString, QString> failures; // resource id -> message, for the first 100 failures
    QString datasetId;
    QString fileId;
    bool fileUploaded = false;

    QString describe() const;
};

// Uploads a dataset into the project as Rating and Movie resources with deterministic
// ids (Rating_u{user}_m{movie}, Movie_{id}), so a second run creates nothing new and
// updates only what changed. The original file goes through the Files API and a Dataset
// resource links to it. Finishes with a summary even when some resources failed.
class ImportJob final : public NexusJob
{
    Q_OBJECT

public:
    ImportJob(NexusClient *client, std::shared_ptr<const Model::Dataset> dataset,
              const ImportOptions &options, QObject *parent = nullptr);
    ~ImportJob() override;

    const ImportSummary &summary() const { return m_summary; }

protected:
    void run() override;

private:
    void loadState();
    void uploadFile();
    void upsertDataset();
    void launchMore();
    QString resourceIdAt(qint64 index, QJsonObject *payload) const;
    void onItemDone(const QString &id, const ErrorOrNone &error, UpsertOutcome outcome);
    void recordDone(const QString &id);
    void finish();

    std::shared_ptr<const Model::Dataset> m_dataset;
    ImportOptions m_options;
    ImportSummary m_summary;
    QString m_fingerprint;
    QSet<QString> m_doneBefore;
    QFile m_state;
    qint64 m_next = 0;
    qint64 m_completed = 0;
    int m_inFlight = 0;
};

// Raw id of index in map, as the payloads write it.
RawId rawIdAt(const Model::IdMap &map, int32_t index);

} // namespace RecStudio::Nexus
