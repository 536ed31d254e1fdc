#include "trainingpanel.h"

#include "livechart.h"
#include "logmodel.h"
#include "modelfileio.h"
#include "session.h"
#include "settingvalue.h"
#include "trainingsettingsform.h"

#include <dataset.h>

#include <QCheckBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace RecStudio::Ui {

namespace {

const SettingValue<QString> modelFolderSetting{QStringLiteral("training/modelFolder"), QString()};

QString formatDuration(double seconds)
{
    const qint64 whole = qint64(seconds + 0.5);
    if (whole < 60)
        return TrainingPanel::tr("%n s", "duration in seconds", int(whole));
    return TrainingPanel::tr("%1 min %2 s").arg(whole / 60).arg(whole % 60);
}

} // namespace

TrainingPanel::TrainingPanel(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_form(new TrainingSettingsForm)
    , m_chart(new LiveChart)
{
    m_form->restoreSettings();
    auto formScroll = new QScrollArea;
    formScroll->setWidget(m_form);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    formScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    formScroll->setMinimumWidth(m_form->sizeHint().width() + 24);

    m_startButton = new QPushButton(tr("Start training"));
    m_startButton->setToolTip(tr("Train on the training split and score on the test split"));
    m_allDataButton = new QPushButton(tr("Train on all data"));
    m_allDataButton->setToolTip(tr("Train the final model on every rating. There is no test "
                                   "set, so no test error can be reported."));
    m_saveButton = new QPushButton(tr("Save model…"));
    m_openButton = new QPushButton(tr("Open model…"));
    auto buttons = new QGridLayout;
    buttons->addWidget(m_startButton, 0, 0);
    buttons->addWidget(m_allDataButton, 0, 1);
    buttons->addWidget(m_saveButton, 1, 0);
    buttons->addWidget(m_openButton, 1, 1);

    auto left = new QWidget;
    auto leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(formScroll, 1);
    leftLayout->addLayout(buttons);

    m_chart->setTitles(tr("Mean squared error per epoch"), tr("Epoch"), tr("MSE"));
    m_trainSeries = m_chart->addSeries(tr("Train MSE"), QColor(0x1f, 0x77, 0xb4));
    m_testSeries = m_chart->addSeries(tr("Test MSE"), QColor(0xd6, 0x27, 0x28));
    m_logScale = new QCheckBox(tr("Logarithmic scale"));
    m_logScale->setToolTip(tr("Show the error on a logarithmic axis, which separates small "
                              "differences late in training"));
    connect(m_logScale, &QCheckBox::toggled, m_chart, &LiveChart::setLogScale);

    m_progress = new QProgressBar;
    m_progress->setFormat(tr("Epoch %v of %m"));
    m_progress->setRange(0, m_form->trainConfig().epochs);
    m_progress->setValue(0);
    m_remaining = new QLabel;
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto metricsBox = new QGroupBox(tr("Final metrics"));
    m_metricsForm = new QFormLayout(metricsBox);
    m_metricsForm->addRow(new QLabel(tr("Train a model to see its metrics.")));

    auto progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_remaining);
    progressRow->addWidget(m_logScale);

    auto right = new QWidget;
    auto rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_chart, 3);
    rightLayout->addLayout(progressRow);
    rightLayout->addWidget(m_status);
    rightLayout->addWidget(metricsBox, 1);

    auto splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    auto layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_startButton, &QPushButton::clicked, this, [this] {
        if (isRunning())
            cancelTraining();
        else
            startTraining(false);
    });
    connect(m_allDataButton, &QPushButton::clicked, this, [this] { startTraining(true); });
    connect(m_saveButton, &QPushButton::clicked, this, &TrainingPanel::onSaveClicked);
    connect(m_openButton, &QPushButton::clicked, this, &TrainingPanel::onOpenClicked);
    connect(&m_watcher, &QFutureWatcherBase::resultsReadyAt, this, &TrainingPanel::onEpochsReady);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &TrainingPanel::onFinished);
    connect(m_form, &TrainingSettingsForm::changed, this, [this] {
        // Until a run shows its own progress, the bar counts the epochs the form would train.
        if (!isRunning() && m_progress->value() == 0)
            m_progress->setRange(0, m_form->trainConfig().epochs);
    });
    connect(session, &Session::datasetChanged, this, &TrainingPanel::updateModelActions);
    connect(session, &Session::trainedRunChanged, this, &TrainingPanel::updateModelActions);
    updateModelActions();
}

TrainingPanel::~TrainingPanel()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

QString TrainingPanel::statusText() const
{
    return m_status->text();
}

void TrainingPanel::applyConfig(const Model::TrainConfig &config)
{
    m_form->setTrainConfig(config);
}

void TrainingPanel::startTraining(bool allData)
{
    if (isRunning())
        return;
    const std::shared_ptr<const Model::Dataset> dataset = m_session->dataset();
    if (!dataset) {
        showStatus(tr("Load a dataset first (File > Open or File > Open demo dataset)."), true);
        return;
    }
    const Model::TrainConfig config = m_form->trainConfig();
    if (const Model::Status valid = config.validate(); !valid.ok()) {
        showStatus(QString::fromStdString(valid.error()), true);
        return;
    }
    m_form->saveSettings();

    m_request = {};
    m_request.dataset = dataset;
    m_request.config = config;
    m_request.splitConfig = m_form->splitConfig();
    m_request.allData = allData;
    // Reuse the session's split when it was made from this dataset with these settings.
    const std::shared_ptr<const Model::Split> split = m_session->split();
    if (!allData && split && m_session->splitDataset() == dataset
        && m_session->splitConfigMatches(m_request.splitConfig))
        m_request.split = split;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_request.cancel = m_cancel;
    m_result = std::make_shared<TrainingResult>();
    m_allData = allData;

    m_chart->clear();
    m_trainSeries = m_chart->addSeries(tr("Train MSE"), QColor(0x1f, 0x77, 0xb4));
    m_testSeries = m_chart->addSeries(tr("Test MSE"), QColor(0xd6, 0x27, 0x28));
    m_progress->setRange(0, config.epochs);
    m_progress->setValue(0);
    m_epochsShown = 0;
    m_remaining->clear();

    const QString description = QString::fromStdString(config.describe());
    m_session->log()->info(allData ? tr("Training on all ratings: %1").arg(description)
                                   : tr("Training: %1").arg(description));
    showStatus(tr("Training…"), false);

    QFuture<Model::EpochStats> future = QtConcurrent::run(runTraining, m_request, m_result);
    m_session->jobs().addFuture(future, m_cancel);
    m_watcher.setFuture(future);
    setRunning(true);
    emit trainingStarted();
}

void TrainingPanel::cancelTraining()
{
    if (!isRunning())
        return;
    // Only set the flag, because canceling the future drops the results of epochs that
    // end after the cancel, and the chart would then miss epochs that the status counts.
    m_cancel->store(true);
    showStatus(tr("Canceling…"), false);
}

void TrainingPanel::onEpochsReady(int begin, int end)
{
    for (int index = begin; index < end; ++index) {
        const Model::EpochStats stats = m_watcher.resultAt(index);
        // Follow the results rather than progressValueChanged, because Qt 6.4 drops
        // progress reports that come faster than 25 a second, so the bar would lag.
        m_progress->setValue(stats.epoch);
        m_epochsShown = index + 1;
        m_chart->appendPoint(m_trainSeries, QPointF(stats.epoch, stats.train.mse));
        if (stats.test.count > 0)
            m_chart->appendPoint(m_testSeries, QPointF(stats.epoch, stats.test.mse));
        const double perEpoch = stats.elapsedSeconds / std::max(1, stats.epoch);
        const int left = m_request.config.epochs - stats.epoch;
        m_remaining->setText(tr("About %1 left").arg(formatDuration(perEpoch * left)));
    }
}

void TrainingPanel::onFinished()
{
    setRunning(false);
    // The finished signal can arrive before the last resultsReadyAt, so plot the rest.
    const int available = m_watcher.future().resultCount();
    if (m_epochsShown < available)
        onEpochsReady(m_epochsShown, available);
    m_chart->flush();
    m_remaining->clear();
    const TrainingResult &result = *m_result;
    const QString description = QString::fromStdString(m_request.config.describe());

    if (result.split && !m_request.split)
        m_session->setSplit(result.split, m_request.dataset, m_request.splitConfig);

    if (!result.error.isEmpty()) {
        showStatus(tr("Could not split the ratings: %1").arg(result.error), true);
        m_session->log()->error(tr("Training failed: %1").arg(result.error));
        emit trainingFinished(false);
        return;
    }
    const QString message = QString::fromStdString(result.outcome.message);
    switch (result.outcome.status) {
    case Model::TrainStatus::Diverged:
        showStatus(tr("Training diverged: %1").arg(message), true);
        m_session->log()->error(tr("Training diverged: %1").arg(message));
        emit trainingFinished(false);
        return;
    case Model::TrainStatus::Failed:
        showStatus(tr("Training failed: %1").arg(message), true);
        m_session->log()->error(tr("Training failed: %1").arg(message));
        emit trainingFinished(false);
        return;
    case Model::TrainStatus::Stopped:
        showStatus(tr("Canceled after %n epoch(s); the previous model stays in use.", "",
                      result.outcome.epochsCompleted),
                   false);
        m_session->log()->info(tr("Training canceled after %n epoch(s)", "",
                                  result.outcome.epochsCompleted));
        emit trainingFinished(false);
        return;
    case Model::TrainStatus::Finished:
        break;
    }
    if (!result.run) {
        // Canceled during scoring: the model is complete but unscored, so drop it.
        showStatus(tr("Canceled; the previous model stays in use."), false);
        emit trainingFinished(false);
        return;
    }

    showMetrics(result);
    const QLocale locale;
    const QString summary = m_allData
                                ? tr("Trained on all ratings: %1, train RMSE %2")
                                      .arg(description,
                                           locale.toString(result.run->trainMetrics.rmse, 'f', 4))
                                : tr("Trained: %1, test RMSE %2")
                                      .arg(description,
                                           locale.toString(result.run->testMetrics.rmse, 'f', 4));
    showStatus(summary, false);
    m_session->log()->info(summary);
    if (!result.rankingSkippedReason.isEmpty())
        m_session->log()->warning(result.rankingSkippedReason);
    m_session->setTrainedRun(result.run);
    emit trainingFinished(true);
}

void TrainingPanel::showMetrics(const TrainingResult &result)
{
    while (m_metricsForm->rowCount() > 0)
        m_metricsForm->removeRow(0);
    const QLocale locale;
    const auto number = [&locale](double value) { return locale.toString(value, 'f', 4); };
    const TrainedRun &run = *result.run;
    m_metricsForm->addRow(tr("Train RMSE / MAE:"),
                          new QLabel(tr("%1 / %2").arg(number(run.trainMetrics.rmse),
                                                       number(run.trainMetrics.mae))));
    if (run.testMetrics.count > 0) {
        m_metricsForm->addRow(tr("Test RMSE / MAE:"),
                              new QLabel(tr("%1 / %2").arg(number(run.testMetrics.rmse),
                                                           number(run.testMetrics.mae))));
    } else {
        m_metricsForm->addRow(tr("Test RMSE / MAE:"),
                              new QLabel(tr("none: trained on all ratings")));
    }
    if (result.hasRanking) {
        m_metricsForm->addRow(tr("Precision@10:"), new QLabel(number(result.ranking.precision)));
        m_metricsForm->addRow(tr("Recall@10:"), new QLabel(number(result.ranking.recall)));
        m_metricsForm->addRow(tr("NDCG@10:"), new QLabel(number(result.ranking.ndcg)));
        m_metricsForm->addRow(tr("Users evaluated:"),
                              new QLabel(locale.toString(result.ranking.usersEvaluated)));
    } else if (!result.rankingSkippedReason.isEmpty()) {
        m_metricsForm->addRow(new QLabel(result.rankingSkippedReason));
    }
    if (!run.splitDescription.isEmpty())
        m_metricsForm->addRow(tr("Split:"), new QLabel(run.splitDescription));
}

void TrainingPanel::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b00020; font-weight: bold")
                                    : QString());
}

void TrainingPanel::setRunning(bool running)
{
    m_startButton->setText(running ? tr("Cancel") : tr("Start training"));
    m_form->setEnabled(!running);
    m_allDataButton->setEnabled(!running);
    m_openButton->setEnabled(!running);
    updateModelActions();
}

void TrainingPanel::updateModelActions()
{
    m_saveButton->setEnabled(!isRunning() && m_session->trainedRun() != nullptr);
    m_startButton->setEnabled(m_session->dataset() != nullptr || isRunning());
    m_allDataButton->setEnabled(m_session->dataset() != nullptr && !isRunning());
}

bool TrainingPanel::saveModel(const QString &path)
{
    const std::shared_ptr<const TrainedRun> run = m_session->trainedRun();
    if (!run)
        return false;
    const QString error = saveTrainedRun(*run, path);
    if (!error.isEmpty()) {
        m_session->log()->error(tr("Could not save the model to %1: %2").arg(path, error));
        QMessageBox::warning(this, tr("Save model"),
                             tr("Could not save the model to %1:\n%2").arg(path, error));
        return false;
    }
    m_session->log()->info(tr("Saved the model to %1").arg(path));
    return true;
}

bool TrainingPanel::openModel(const QString &path)
{
    QString error;
    std::shared_ptr<const TrainedRun> run = openTrainedRun(path, m_session->dataset(), &error);
    if (!run) {
        m_session->log()->error(tr("Could not open the model %1: %2").arg(path, error));
        QMessageBox::warning(this, tr("Open model"),
                             tr("Could not open the model %1:\n%2").arg(path, error));
        return false;
    }
    m_session->log()->info(tr("Opened the model %1: %2")
                               .arg(path, QString::fromStdString(run->config.describe())));
    m_form->setTrainConfig(run->config);
    m_session->setTrainedRun(std::move(run));
    return true;
}

void TrainingPanel::onSaveClicked()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save model"),
                                                      modelFolderSetting.get(),
                                                      tr("Recommender models (*.rsmodel)"));
    if (path.isEmpty())
        return;
    modelFolderSetting.set(QFileInfo(path).absolutePath());
    saveModel(path);
}

void TrainingPanel::onOpenClicked()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open model"),
                                                      modelFolderSetting.get(),
                                                      tr("Recommender models (*.rsmodel)"));
    if (path.isEmpty())
        return;
    modelFolderSetting.set(QFileInfo(path).absolutePath());
    openModel(path);
}

} // namespace RecStudio::Ui
