#include "session.h"

#include "logmodel.h"

#include <dataset.h>
#include <split.h>

namespace RecStudio::Ui {

Session::Session(QObject *parent)
    : QObject(parent)
    , m_log(new LogModel(this))
{}

Session::~Session()
{
    m_jobs.cancelAndWait();
}

void Session::setDataset(std::shared_ptr<const Model::Dataset> dataset, const QString &source)
{
    m_dataset = std::move(dataset);
    m_datasetSource = source;
    m_split.reset();
    m_splitDataset.reset();
    emit datasetChanged();
    emit splitChanged();
}

bool Session::splitConfigMatches(const Model::SplitConfig &config) const
{
    return m_split && config.strategy == m_splitConfig.strategy
           && config.testPerUser == m_splitConfig.testPerUser
           && config.minTrainPerUser == m_splitConfig.minTrainPerUser
           && config.testFraction == m_splitConfig.testFraction && config.seed == m_splitConfig.seed;
}

void Session::setSplit(std::shared_ptr<const Model::Split> split,
                       std::shared_ptr<const Model::Dataset> dataset,
                       const Model::SplitConfig &config)
{
    m_split = std::move(split);
    m_splitDataset = std::move(dataset);
    m_splitConfig = config;
    if (m_split)
        m_log->info(tr("Split the ratings: %1")
                        .arg(QString::fromStdString(m_split->summary.describe())));
    emit splitChanged();
}

void Session::setTrainedRun(std::shared_ptr<const TrainedRun> run)
{
    m_trainedRun = std::move(run);
    emit trainedRunChanged();
}

} // namespace RecStudio::Ui
