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
    emit datasetChanged();
    emit splitChanged();
}

void Session::setSplit(std::shared_ptr<const Model::Split> split)
{
    m_split = std::move(split);
    emit splitChanged();
}

void Session::setTrainedRun(std::shared_ptr<const TrainedRun> run)
{
    m_trainedRun = std::move(run);
    emit trainedRunChanged();
}

} // namespace RecStudio::Ui
