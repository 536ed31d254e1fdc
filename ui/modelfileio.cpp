#include "modelfileio.h"

#include <dataset.h>
#include <modelfile.h>

#include <QCoreApplication>
#include <QDir>

namespace RecStudio::Ui {

namespace {

QString translate(const char *text)
{
    return QCoreApplication::translate("RecStudio::Ui::TrainingPanel", text);
}

// Copies the rows of from (indexed by fromIds) into to (indexed by toIds) by raw id.
// Rows of ids missing from the model stay zero.
void copyRowsById(const Model::FactorMatrix &from, const Model::IdMap &fromIds,
                  const Eigen::VectorXf &fromBias, Model::FactorMatrix &to,
                  const Model::IdMap &toIds, Eigen::VectorXf &toBias, int32_t *matched)
{
    *matched = 0;
    for (int32_t index = 0; index < toIds.size(); ++index) {
        const int32_t source = fromIds.find(toIds.rawId(index));
        if (source < 0)
            continue;
        to.row(index) = from.row(source);
        toBias[index] = fromBias[source];
        ++*matched;
    }
}

} // namespace

QString saveTrainedRun(const TrainedRun &run, const QString &path)
{
    if (!run.dataset)
        return translate("The model has no dataset to take its ids from.");
    Model::TrainedModel trained;
    trained.model = run.model;
    trained.users = run.dataset->users;
    trained.items = run.dataset->items;
    trained.config = run.config;
    trained.epochsCompleted = run.config.epochs;
    trained.trainMetrics = run.trainMetrics;
    trained.testMetrics = run.testMetrics;
    trained.datasetName = run.dataset->name;
    trained.splitDescription = run.splitDescription.toStdString();
    trained.fingerprint = Model::fingerprintOf(run.dataset->ratings, run.dataset->users,
                                               run.dataset->items);
    const Model::Status status = Model::saveModel(trained, QDir::toNativeSeparators(path)
                                                               .toStdString());
    return status.ok() ? QString() : QString::fromStdString(status.error());
}

std::shared_ptr<const TrainedRun> openTrainedRun(
    const QString &path, const std::shared_ptr<const Model::Dataset> &dataset, QString *error)
{
    if (!dataset) {
        *error = translate("Open the dataset the model was trained on first: the model "
                           "needs its titles and ratings.");
        return nullptr;
    }
    Model::Result<Model::TrainedModel> loaded = Model::loadModel(
        QDir::toNativeSeparators(path).toStdString());
    if (!loaded.ok()) {
        *error = QString::fromStdString(loaded.error());
        return nullptr;
    }
    const Model::TrainedModel &trained = loaded.value();
    const Model::FactorModel &source = trained.model;

    // The open dataset may index users and items differently from the training data, so
    // parameters are moved to the dataset's indices by raw id.
    auto run = std::make_shared<TrainedRun>();
    run->model.reset(dataset->userCount(), dataset->itemCount(), source.factorCount());
    run->model.globalMean = source.globalMean;
    int32_t matchedUsers = 0;
    int32_t matchedItems = 0;
    copyRowsById(source.userFactors, trained.users, source.userBias, run->model.userFactors,
                 dataset->users, run->model.userBias, &matchedUsers);
    copyRowsById(source.itemFactors, trained.items, source.itemBias, run->model.itemFactors,
                 dataset->items, run->model.itemBias, &matchedItems);
    if (matchedItems == 0) {
        *error = translate("None of the model's movies occur in the open dataset: open the "
                           "dataset it was trained on (%1).")
                     .arg(QString::fromStdString(trained.fingerprint.describe()));
        return nullptr;
    }
    run->config = trained.config;
    run->dataset = dataset;
    run->splitDescription = QString::fromStdString(trained.splitDescription);
    run->trainMetrics = trained.trainMetrics;
    run->testMetrics = trained.testMetrics;
    run->itemTrainCounts.assign(std::size_t(dataset->itemCount()), 0);
    for (const int32_t item : dataset->ratings.item)
        ++run->itemTrainCounts[std::size_t(item)];
    run->source = QDir::toNativeSeparators(path);
    run->datasetFingerprint = QString::fromStdString(trained.fingerprint.describe());
    return run;
}

} // namespace RecStudio::Ui
