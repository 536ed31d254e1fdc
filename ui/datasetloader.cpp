#include "datasetloader.h"

#include "logmodel.h"
#include "session.h"

#include <dataset.h>
#include <generator.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QPromise>
#include <QtConcurrent>

namespace RecStudio::Ui {

Q_LOGGING_CATEGORY(lcLoader, "recstudio.ui.datasetloader", QtWarningMsg)

namespace {

void readInBackground(QPromise<LoadOutcome> &promise, const QString &path,
                      const Model::ReadOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    promise.setProgressRange(0, 1000);
    const Model::ProgressCallback progress = [&promise](double fraction) {
        promise.setProgressValue(int(fraction * 1000.0));
        return !promise.isCanceled();
    };
    Model::Result<Model::Dataset> result = Model::loadPath(QDir::toNativeSeparators(path)
                                                               .toStdString(),
                                                           options, progress);
    if (promise.isCanceled())
        return;
    LoadOutcome outcome;
    outcome.source = path;
    outcome.seconds = double(timer.elapsed()) / 1000.0;
    if (result.ok())
        outcome.dataset = std::make_shared<const Model::Dataset>(std::move(result).value());
    else
        outcome.error = QString::fromStdString(result.error());
    promise.addResult(std::move(outcome));
}

void generateDemo(QPromise<LoadOutcome> &promise)
{
    QElapsedTimer timer;
    timer.start();
    auto dataset = std::make_shared<Model::Dataset>(Model::demoDataset());
    if (promise.isCanceled())
        return;
    LoadOutcome outcome;
    outcome.dataset = std::move(dataset);
    outcome.source = QStringLiteral("demo");
    outcome.seconds = double(timer.elapsed()) / 1000.0;
    promise.addResult(std::move(outcome));
}

} // namespace

DatasetLoader::DatasetLoader(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, this,
            &DatasetLoader::progressChanged);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &DatasetLoader::onFinished);
}

DatasetLoader::~DatasetLoader()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void DatasetLoader::loadPath(const QString &path, const Model::ReadOptions &options)
{
    const QString description = tr("Loading %1").arg(QDir::toNativeSeparators(path));
    start(QtConcurrent::run(readInBackground, path, options), description);
}

void DatasetLoader::loadDemo()
{
    start(QtConcurrent::run(generateDemo), tr("Generating the demo dataset"));
}

void DatasetLoader::cancel()
{
    m_watcher.cancel();
}

void DatasetLoader::start(QFuture<LoadOutcome> future, const QString &description)
{
    if (m_watcher.isRunning()) {
        // The old future reports finished after this one is set; disconnecting it keeps
        // its outcome from overwriting the new load.
        m_watcher.disconnect(this);
        m_watcher.cancel();
        m_watcher.waitForFinished();
        connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, this,
                &DatasetLoader::progressChanged);
        connect(&m_watcher, &QFutureWatcherBase::finished, this, &DatasetLoader::onFinished);
        emit finished(false);
    }
    m_session->jobs().addFuture(future);
    m_watcher.setFuture(future);
    m_session->log()->info(description);
    emit started(description);
}

void DatasetLoader::onFinished()
{
    const QFuture<LoadOutcome> future = m_watcher.future();
    if (future.isCanceled() || future.resultCount() == 0) {
        m_session->log()->info(tr("Loading canceled; the previous dataset stays open."));
        emit finished(false);
        return;
    }
    const LoadOutcome outcome = future.result();
    if (!outcome.dataset) {
        qCWarning(lcLoader) << "load failed:" << outcome.error;
        m_session->log()->error(tr("Could not load %1: %2").arg(outcome.source, outcome.error));
        emit finished(false);
        return;
    }
    const Model::Dataset &dataset = *outcome.dataset;
    const QLocale locale;
    const QString label = outcome.source == QLatin1String("demo")
                              ? tr("demo dataset")
                              : QDir::toNativeSeparators(outcome.source);
    m_session->log()->info(tr("Loaded %1: %2 ratings, %3 users, %4 movies in %5 s")
                               .arg(label, locale.toString(qlonglong(dataset.ratings.size())),
                                    locale.toString(dataset.userCount()),
                                    locale.toString(dataset.itemCount()),
                                    locale.toString(outcome.seconds, 'f', 2)));
    const Model::LoadReport &report = dataset.report;
    if (report.rowsSkipped > 0 || report.duplicateRows > 0) {
        m_session->log()->warning(tr("%1 lines skipped, %2 duplicate rows dropped (%3 pairs); "
                                     "see the load warnings in the Data tab")
                                      .arg(report.rowsSkipped)
                                      .arg(report.duplicateRows)
                                      .arg(report.duplicatePairs));
    }
    m_session->setDataset(outcome.dataset, outcome.source);
    emit finished(true);
}

} // namespace RecStudio::Ui
