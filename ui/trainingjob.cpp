#include "trainingjob.h"

#include <dataset.h>
#include <modelfile.h>

#include <QCoreApplication>

namespace RecStudio::Ui {

namespace {

// Ranking metrics score every item for every test user. Above this many user × item
// pairs that would take minutes, so the run reports error metrics only.
// NOTE: the limit is an estimate, not a measurement; sampling users would remove it.
constexpr double maxRankingPairs = 2.0e9;

std::vector<int64_t> countRatingsPerItem(const Model::RatingColumns &ratings, int32_t itemCount)
{
    std::vector<int64_t> counts(std::size_t(itemCount), 0);
    for (const int32_t item : ratings.item)
        ++counts[std::size_t(item)];
    return counts;
}

} // namespace

void runTraining(QPromise<Model::EpochStats> &promise, const TrainingRequest &request,
                 const std::shared_ptr<TrainingResult> &result)
{
    const Model::Dataset &dataset = *request.dataset;
    const auto isCanceled = [&] {
        return promise.isCanceled() || (request.cancel && request.cancel->load());
    };
    promise.setProgressRange(0, request.config.epochs);
    promise.setProgressValue(0);

    std::shared_ptr<const Model::Split> split = request.split;
    if (!request.allData && !split) {
        Model::Result<Model::Split> made = Model::splitDataset(dataset, request.splitConfig);
        if (!made.ok()) {
            result->error = QString::fromStdString(made.error());
            result->outcome.status = Model::TrainStatus::Failed;
            return;
        }
        split = std::make_shared<const Model::Split>(std::move(made).value());
    }
    result->split = split;
    if (isCanceled()) {
        result->outcome.status = Model::TrainStatus::Stopped;
        return;
    }

    const Model::RatingColumns &trainRatings = request.allData ? dataset.ratings : split->train;
    Model::TrainInput input;
    input.train = &trainRatings;
    input.test = request.allData ? nullptr : &split->test;
    input.userCount = dataset.userCount();
    input.itemCount = dataset.itemCount();

    auto run = std::make_shared<TrainedRun>();
    run->startedAt = QDateTime::currentDateTimeUtc();
    Model::EpochStats last;
    const Model::EpochSink sink = [&](const Model::EpochStats &stats) {
        last = stats;
        promise.addResult(stats);
        promise.setProgressValue(stats.epoch);
        return !isCanceled();
    };
    // train() polls request.cancel within epochs; the sink covers a promise cancel.
    result->outcome = Model::train(input, request.config, run->model, sink, request.cancel.get());
    if (result->outcome.status != Model::TrainStatus::Finished)
        return;

    run->endedAt = QDateTime::currentDateTimeUtc();
    run->config = request.config;
    run->dataset = request.dataset;
    run->splitDescription = request.allData ? QString()
                                            : QString::fromStdString(split->summary.describe());
    run->trainMetrics = last.train;
    run->testMetrics = last.test;
    run->itemTrainCounts = countRatingsPerItem(trainRatings, dataset.itemCount());
    run->datasetFingerprint = QString::fromStdString(
        Model::fingerprintOf(dataset.ratings, dataset.users, dataset.items).describe());
    run->source = QCoreApplication::translate("RecStudio::Ui::TrainingPanel", "trained");

    if (!request.allData && !isCanceled()) {
        const double pairs = double(dataset.userCount()) * double(dataset.itemCount());
        if (pairs <= maxRankingPairs) {
            result->ranking = Model::rankingMetrics(run->model, split->train, split->test,
                                                    dataset.userCount(), dataset.itemCount(),
                                                    10, 4.0, request.config.threads);
            result->hasRanking = true;
        } else {
            result->rankingSkippedReason = QCoreApplication::translate(
                "RecStudio::Ui::TrainingPanel",
                "Ranking metrics skipped: scoring every movie for every user is too slow "
                "at this size.");
        }
    }
    result->run = std::move(run);
}

} // namespace RecStudio::Ui
