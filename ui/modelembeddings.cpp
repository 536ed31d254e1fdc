#include "modelembeddings.h"

#include <dataset.h>
#include <importjob.h>

#include <QJsonObject>

namespace RecStudio::Ui {

namespace {

QJsonObject metricsJson(const Model::ErrorMetrics &metrics)
{
    return {{QStringLiteral("mse"), metrics.mse},
            {QStringLiteral("rmse"), metrics.rmse},
            {QStringLiteral("mae"), metrics.mae},
            {QStringLiteral("count"), qint64(metrics.count)}};
}

} // namespace

Nexus::EmbeddingSet embeddingSetOf(const TrainedRun &run)
{
    const Model::TrainConfig &config = run.config;
    Nexus::EmbeddingSet set;
    Nexus::ModelProvenance &provenance = set.provenance;
    provenance.algorithm = QString::fromStdString(Model::toString(config.algorithm));
    provenance.hyperparameters = {
        {QStringLiteral("factors"), config.factors},
        {QStringLiteral("epochs"), config.epochs},
        {QStringLiteral("userFactorRegularization"), double(config.userFactorReg)},
        {QStringLiteral("itemFactorRegularization"), double(config.itemFactorReg)},
        {QStringLiteral("userBiasRegularization"), double(config.userBiasReg)},
        {QStringLiteral("itemBiasRegularization"), double(config.itemBiasReg)},
        {QStringLiteral("learningRate"), double(config.learningRate)},
        {QStringLiteral("description"), QString::fromStdString(config.describe())}};
    provenance.trainMetrics = metricsJson(run.trainMetrics);
    provenance.testMetrics = metricsJson(run.testMetrics);
    provenance.split = run.splitDescription.isEmpty() ? QStringLiteral("all ratings")
                                                      : run.splitDescription;
    provenance.seed = config.seed;
    provenance.datasetName = QString::fromStdString(run.dataset->name);
    provenance.datasetFingerprint = run.datasetFingerprint;
    provenance.softwareVersion = QStringLiteral(RECSTUDIO_VERSION);
    provenance.startedAt = run.startedAt;
    provenance.endedAt = run.endedAt;

    const Model::FactorMatrix &factors = run.model.itemFactors;
    set.items.reserve(std::size_t(factors.rows()));
    for (int32_t item = 0; item < int32_t(factors.rows()); ++item) {
        Nexus::EmbeddingItem entry;
        entry.movie = Nexus::rawIdAt(run.dataset->items, item);
        entry.title = QString::fromStdString(run.dataset->itemTitle(item));
        entry.vector.assign(factors.row(item).data(), factors.row(item).data() + factors.cols());
        set.items.push_back(std::move(entry));
    }
    return set;
}

} // namespace RecStudio::Ui
