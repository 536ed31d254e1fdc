#pragma once

#include "jobsynchronizer.h"

#include <factormodel.h>
#include <split.h>
#include <trainconfig.h>
#include <trainer.h>

#include <QDateTime>
#include <QObject>
#include <QString>

#include <memory>
#include <vector>


namespace RecStudio::Ui {

class LogModel;

// A trained recommender as the panels share it. Indices in model refer to the id maps
// of dataset, which is kept alive with it.
struct TrainedRun
{
    Model::FactorModel model;
    Model::TrainConfig config;
    std::shared_ptr<const Model::Dataset> dataset;
    QString splitDescription;         // empty when trained on all ratings
    Model::ErrorMetrics trainMetrics; // over the ratings it was trained on
    Model::ErrorMetrics testMetrics;  // count == 0 when trained on all ratings
    std::vector<int64_t> itemTrainCounts; // training ratings per item, for minimum-count filters
    QString source;                   // "trained", "grid search" or the file it was opened from
    QString datasetFingerprint;       // Model::DataFingerprint::describe() of the dataset
    QDateTime startedAt;              // invalid for models opened from a file
    QDateTime endedAt;
};

// State shared by the panels of one main window: the loaded dataset, the current split,
// the last trained model, the activity log and the registry of running jobs.
class Session final : public QObject
{
    Q_OBJECT

public:
    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    LogModel *log() const { return m_log; }
    JobSynchronizer &jobs() { return m_jobs; }

    std::shared_ptr<const Model::Dataset> dataset() const { return m_dataset; }
    QString datasetSource() const { return m_datasetSource; }
    void setDataset(std::shared_ptr<const Model::Dataset> dataset, const QString &source);

    // The last train/test split, the dataset it was made from and its settings.
    std::shared_ptr<const Model::Split> split() const { return m_split; }
    std::shared_ptr<const Model::Dataset> splitDataset() const { return m_splitDataset; }
    bool splitConfigMatches(const Model::SplitConfig &config) const;
    void setSplit(std::shared_ptr<const Model::Split> split,
                  std::shared_ptr<const Model::Dataset> dataset, const Model::SplitConfig &config);

    std::shared_ptr<const TrainedRun> trainedRun() const { return m_trainedRun; }
    void setTrainedRun(std::shared_ptr<const TrainedRun> run);

signals:
    void datasetChanged();
    void splitChanged();
    void trainedRunChanged();

private:
    LogModel *m_log = nullptr;
    JobSynchronizer m_jobs;
    std::shared_ptr<const Model::Dataset> m_dataset;
    QString m_datasetSource;
    std::shared_ptr<const Model::Split> m_split;
    std::shared_ptr<const Model::Dataset> m_splitDataset;
    Model::SplitConfig m_splitConfig;
    std::shared_ptr<const TrainedRun> m_trainedRun;
};

} // namespace RecStudio::Ui
