#include "gridsearchpanel.h"

#include "grideditor.h"
#include "gridresultsmodel.h"
#include "heatmapwidget.h"
#include "livechart.h"
#include "logmodel.h"
#include "roles.h"
#include "session.h"

#include <dataset.h>

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>
#include <cmath>

namespace RecStudio::Ui {

namespace {

QString curveName(const Model::TrainConfig &config)
{
    QString name = GridSearchPanel::tr("%1 factors, λ %2")
                       .arg(config.factors)
                       .arg(QLocale().toString(double(config.userFactorReg), 'g', 4));
    if (config.algorithm == Model::Algorithm::Sgd)
        name += GridSearchPanel::tr(", rate %1")
                    .arg(QLocale().toString(double(config.learningRate), 'g', 4));
    return name;
}

} // namespace

GridSearchPanel::GridSearchPanel(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_results(new GridResultsModel(this))
{
    const Model::GridConfig defaults;
    m_pool.setMaxThreadCount(std::max(1, std::min(defaults.maxParallel,
                                                  QThread::idealThreadCount())));

    m_editor = new GridEditor;
    m_editor->setMaxParallel(m_pool.maxThreadCount());

    m_startButton = new QPushButton(tr("Run grid search"));
    m_trainButton = new QPushButton(tr("Train with these settings"));
    m_trainButton->setToolTip(tr("Train the selected configuration on the training split, up "
                                 "to its best iteration"));
    m_trainAllButton = new QPushButton(tr("Train on all data"));
    m_trainAllButton->setToolTip(tr("Train the selected configuration on every rating, for a "
                                    "final model: no test error can be measured"));
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setMinimumHeight(2 * m_status->fontMetrics().lineSpacing());
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto editorBox = new QGroupBox(tr("Grid"));
    auto editor = new QVBoxLayout(editorBox);
    editor->addWidget(m_editor);
    auto buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_startButton);
    buttonRow->addWidget(m_trainButton);
    buttonRow->addWidget(m_trainAllButton);
    editor->addLayout(buttonRow);
    editor->addWidget(m_status);

    m_chart = new LiveChart;
    m_chart->setTitles(tr("Test MSE per configuration"), tr("Iteration"), tr("Test MSE"));
    m_chart->setLegendVisible(false);
    m_heatMap = new HeatMapWidget;
    auto heatBox = new QGroupBox(tr("Best test MSE"));
    auto heatLayout = new QVBoxLayout(heatBox);
    heatLayout->addWidget(m_heatMap);

    m_sortedResults = new QSortFilterProxyModel(this);
    m_sortedResults->setSourceModel(m_results);
    m_sortedResults->setSortRole(RawValueRole);
    m_sortedResults->setDynamicSortFilter(true);
    m_table = new QTableView;
    m_table->setModel(m_sortedResults);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(GridResultsModel::Configuration, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultSectionSize(72);
    m_table->horizontalHeader()->resizeSection(GridResultsModel::Configuration, 36);
    m_table->setWordWrap(false);

    auto top = new QSplitter(Qt::Horizontal);
    top->addWidget(editorBox);
    top->addWidget(heatBox);
    top->setStretchFactor(1, 1);
    auto bottom = new QSplitter(Qt::Horizontal);
    bottom->addWidget(m_chart);
    bottom->addWidget(m_table);
    bottom->setStretchFactor(0, 2);
    bottom->setStretchFactor(1, 3);
    auto vertical = new QSplitter(Qt::Vertical);
    vertical->addWidget(top);
    vertical->addWidget(bottom);
    vertical->setStretchFactor(1, 2);
    auto layout = new QVBoxLayout(this);
    layout->addWidget(vertical);

    connect(m_startButton, &QPushButton::clicked, this, [this] {
        if (m_running)
            cancelSearch();
        else
            startSearch();
    });
    connect(m_trainButton, &QPushButton::clicked, this, [this] { trainSelected(false); });
    connect(m_trainAllButton, &QPushButton::clicked, this, [this] { trainSelected(true); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!m_syncingSelection && current.isValid())
                    selectConfiguration(current.data(ConfigIndexRole).toInt());
            });
    connect(m_heatMap, &HeatMapWidget::cellClicked, this, [this](int row, int column) {
        // The cell's best configuration, because with several learning rates a cell has several.
        int best = -1;
        double bestValue = std::numeric_limits<double>::infinity();
        const std::vector<Model::TrainConfig> &configs = m_results->configurations();
        for (std::size_t index = 0; index < configs.size(); ++index) {
            const auto factorIt = std::find(m_grid.factors.begin(), m_grid.factors.end(),
                                            configs[index].factors);
            const auto regIt = std::find(m_grid.regularization.begin(),
                                         m_grid.regularization.end(),
                                         configs[index].userFactorReg);
            if (int(factorIt - m_grid.factors.begin()) != column
                || int(regIt - m_grid.regularization.begin()) != row)
                continue;
            const GridResultsModel::Row *data = m_results->rowData(int(index));
            const double value = data && data->hasPoint ? data->best.test.mse
                                                        : std::numeric_limits<double>::max();
            if (best < 0 || value < bestValue) {
                best = int(index);
                bestValue = value;
            }
        }
        if (best >= 0)
            selectConfiguration(best);
    });
    connect(m_chart, &LiveChart::seriesClicked, this, &GridSearchPanel::selectConfiguration);
    connect(&m_splitWatcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_splitWatcher.future().resultCount() == 0 || m_cancel->load()) {
            finishSearch();
            return;
        }
        const std::shared_ptr<const Model::Split> split = m_splitWatcher.result();
        if (!split) {
            finishSearch();
            showStatus(tr("Could not split the ratings with the Training tab's split "
                          "settings; check them there."), true);
            return;
        }
        launch(split);
    });
    setRunning(false);
}

GridSearchPanel::~GridSearchPanel()
{
    if (m_cancel)
        m_cancel->store(true);
    for (Task &task : m_tasks)
        task.watcher->cancel();
    m_splitWatcher.waitForFinished();
    m_pool.waitForDone();
}

void GridSearchPanel::setBaseConfigProvider(std::function<Model::TrainConfig()> provider)
{
    m_baseConfig = std::move(provider);
}

void GridSearchPanel::setSplitConfigProvider(std::function<Model::SplitConfig()> provider)
{
    m_splitConfig = std::move(provider);
}

QString GridSearchPanel::statusText() const
{
    return m_status->text();
}

void GridSearchPanel::startSearch()
{
    if (m_running)
        return;
    const std::shared_ptr<const Model::Dataset> dataset = m_session->dataset();
    if (!dataset) {
        showStatus(tr("Load a dataset first."), true);
        return;
    }
    Model::Result<Model::GridConfig> grid = m_editor->gridConfig(
        m_baseConfig ? m_baseConfig() : Model::TrainConfig{});
    if (!grid.ok()) {
        showStatus(QString::fromStdString(grid.error()), true);
        return;
    }
    m_grid = std::move(grid).value();
    m_pool.setMaxThreadCount(m_grid.maxParallel);
    m_cancel = std::make_shared<std::atomic_bool>(false);

    std::vector<Model::TrainConfig> configurations = m_grid.configurations();
    m_results->reset(configurations);
    m_chart->clear();
    for (const Model::TrainConfig &config : configurations)
        m_chart->addSeries(curveName(config));
    m_selected = -1;
    QStringList rowLabels;
    for (const float value : m_grid.regularization)
        rowLabels.append(QLocale().toString(double(value), 'g', 4));
    QStringList columnLabels;
    for (const int32_t value : m_grid.factors)
        columnLabels.append(QLocale().toString(value));
    m_heatMap->setAxes(rowLabels, columnLabels, tr("Regularization λ"), tr("Factors"));
    m_clock.start();
    setRunning(true);

    m_session->log()->info(tr("Grid search started: %n configuration(s), checkpoints up to %1",
                              "", int(configurations.size()))
                               .arg(m_grid.checkpoints.back()));
    showStatus(tr("Splitting the ratings…"), false);

    const Model::SplitConfig splitConfig = m_splitConfig ? m_splitConfig() : Model::SplitConfig{};
    const std::shared_ptr<const Model::Split> split = m_session->split();
    if (split && m_session->splitDataset() == dataset
        && m_session->splitConfigMatches(splitConfig)) {
        launch(split);
        return;
    }
    QFuture<std::shared_ptr<const Model::Split>> future = QtConcurrent::run(
        [dataset, splitConfig]() -> std::shared_ptr<const Model::Split> {
            Model::Result<Model::Split> made = Model::splitDataset(*dataset, splitConfig);
            if (!made.ok())
                return nullptr;
            return std::make_shared<const Model::Split>(std::move(made).value());
        });
    m_session->jobs().addFuture(future, m_cancel);
    m_splitWatcher.setFuture(future);
    // The split result goes to the session so Training and Explore reuse it.
    connect(&m_splitWatcher, &QFutureWatcherBase::finished, this, [this, dataset, splitConfig] {
        if (m_splitWatcher.future().resultCount() > 0 && m_splitWatcher.result())
            m_session->setSplit(m_splitWatcher.result(), dataset, splitConfig);
    }, Qt::SingleShotConnection);
}

void GridSearchPanel::launch(std::shared_ptr<const Model::Split> split)
{
    const std::shared_ptr<const Model::Dataset> dataset = m_session->dataset();
    const std::vector<Model::TrainConfig> &configurations = m_results->configurations();
    for (Task &task : m_tasks)
        task.watcher->deleteLater();
    m_tasks.clear();
    showStatus(tr("Training %n configuration(s)…", "", int(configurations.size())), false);

    for (std::size_t index = 0; index < configurations.size(); ++index) {
        GridTask work;
        work.split = split;
        work.userCount = dataset->userCount();
        work.itemCount = dataset->itemCount();
        work.config = configurations[index];
        work.config.epochs = m_grid.checkpoints.back();
        work.configIndex = int(index);
        work.checkpoints = m_grid.checkpoints;
        work.cancel = m_cancel;
        work.outcome = std::make_shared<Model::TrainOutcome>();

        auto watcher = new QFutureWatcher<Model::GridPoint>(this);
        const int configIndex = int(index);
        connect(watcher, &QFutureWatcherBase::resultsReadyAt, this,
                [this, configIndex](int begin, int end) { onPointsReady(configIndex, begin, end); });
        connect(watcher, &QFutureWatcherBase::finished, this,
                [this, configIndex] { onTaskFinished(configIndex); });
        m_tasks.append({watcher, work.outcome, false});
        QFuture<Model::GridPoint> future = QtConcurrent::run(&m_pool, runGridTask, work);
        m_session->jobs().addFuture(future, m_cancel);
        watcher->setFuture(future);
    }
}

void GridSearchPanel::onPointsReady(int configIndex, int begin, int end)
{
    QFutureWatcher<Model::GridPoint> *watcher = m_tasks[configIndex].watcher;
    for (int index = begin; index < end; ++index) {
        const Model::GridPoint point = watcher->resultAt(index);
        m_results->addPoint(point);
        m_chart->appendPoint(configIndex, QPointF(point.iteration, point.test.mse));
    }
    updateHeatMapCell(configIndex);
}

void GridSearchPanel::onTaskFinished(int configIndex)
{
    Task &task = m_tasks[configIndex];
    task.done = true;
    const Model::TrainOutcome &outcome = *task.outcome;
    const QString message = QString::fromStdString(outcome.message);
    switch (outcome.status) {
    case Model::TrainStatus::Finished:
        m_results->setState(configIndex, GridResultsModel::RunState::Finished);
        break;
    case Model::TrainStatus::Stopped:
        m_results->setState(configIndex, GridResultsModel::RunState::Canceled);
        break;
    case Model::TrainStatus::Diverged:
        m_results->setState(configIndex, GridResultsModel::RunState::Diverged, message);
        m_session->log()->warning(tr("Grid configuration %1 diverged: %2")
                                      .arg(configIndex + 1)
                                      .arg(message));
        break;
    case Model::TrainStatus::Failed:
        m_results->setState(configIndex, GridResultsModel::RunState::Failed, message);
        m_session->log()->error(tr("Grid configuration %1 failed: %2")
                                    .arg(configIndex + 1)
                                    .arg(message));
        break;
    }
    const bool allDone = std::all_of(m_tasks.begin(), m_tasks.end(),
                                     [](const Task &each) { return each.done; });
    if (allDone)
        finishSearch();
}

void GridSearchPanel::finishSearch()
{
    m_chart->flush();
    const bool canceled = m_cancel && m_cancel->load();
    setRunning(false);
    const int best = m_results->bestConfig();
    const QLocale locale;
    const QString seconds = locale.toString(double(m_clock.elapsed()) / 1000.0, 'f', 1);
    QString summary;
    if (best >= 0) {
        const GridResultsModel::Row *row = m_results->rowData(best);
        summary = tr("Best: %1 at iteration %2, test MSE %3 (RMSE %4).")
                      .arg(curveName(row->config))
                      .arg(row->best.iteration)
                      .arg(locale.toString(row->best.test.mse, 'f', 4),
                           locale.toString(row->best.test.rmse, 'f', 4));
        selectConfiguration(best);
    }
    const QString text = canceled
                             ? tr("Grid search canceled after %1 s; %n configuration(s) kept. "
                                  "%2", "", m_results->rowCount()).arg(seconds, summary)
                             : tr("Grid search finished in %1 s. %2").arg(seconds, summary);
    showStatus(text, false);
    m_session->log()->info(text);
    emit searchFinished(canceled);
}

void GridSearchPanel::updateHeatMapCell(int configIndex)
{
    const Model::TrainConfig &config = m_results->configurations()[std::size_t(configIndex)];
    const int column = int(std::find(m_grid.factors.begin(), m_grid.factors.end(), config.factors)
                           - m_grid.factors.begin());
    const int row = int(std::find(m_grid.regularization.begin(), m_grid.regularization.end(),
                                  config.userFactorReg)
                        - m_grid.regularization.begin());
    // A cell shows the best of its configurations (several when learning rates vary).
    double best = std::numeric_limits<double>::infinity();
    for (std::size_t index = 0; index < m_results->configurations().size(); ++index) {
        const Model::TrainConfig &other = m_results->configurations()[index];
        if (other.factors != config.factors || other.userFactorReg != config.userFactorReg)
            continue;
        const GridResultsModel::Row *data = m_results->rowData(int(index));
        if (data && data->hasPoint && data->best.test.count > 0)
            best = std::min(best, data->best.test.mse);
    }
    if (std::isfinite(best))
        m_heatMap->setValue(row, column, best);
}

void GridSearchPanel::selectConfiguration(int configIndex)
{
    if (m_syncingSelection || configIndex < 0
        || std::size_t(configIndex) >= m_results->configurations().size())
        return;
    m_syncingSelection = true;
    m_selected = configIndex;
    m_chart->setHighlighted(configIndex);

    const Model::TrainConfig &config = m_results->configurations()[std::size_t(configIndex)];
    const int column = int(std::find(m_grid.factors.begin(), m_grid.factors.end(), config.factors)
                           - m_grid.factors.begin());
    const int row = int(std::find(m_grid.regularization.begin(), m_grid.regularization.end(),
                                  config.userFactorReg)
                        - m_grid.regularization.begin());
    m_heatMap->setSelectedCell(row, column);

    const int sourceRow = m_results->rowOfConfig(configIndex);
    if (sourceRow >= 0) {
        const QModelIndex proxyIndex = m_sortedResults->mapFromSource(m_results->index(sourceRow, 0));
        m_table->selectionModel()->setCurrentIndex(
            proxyIndex, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(proxyIndex);
    } else {
        m_table->clearSelection();
    }
    m_syncingSelection = false;
    setRunning(m_running);
}

void GridSearchPanel::cancelSearch()
{
    if (!m_running)
        return;
    m_cancel->store(true);
    m_splitWatcher.cancel();
    for (Task &task : m_tasks)
        task.watcher->cancel();
    showStatus(tr("Canceling…"), false);
    if (m_tasks.isEmpty() && !m_splitWatcher.isRunning())
        finishSearch();
}

void GridSearchPanel::setRunning(bool running)
{
    m_running = running;
    m_startButton->setText(running ? tr("Cancel") : tr("Run grid search"));
    m_editor->setEnabled(!running);
    const GridResultsModel::Row *row = m_results->rowData(m_selected);
    const bool trainable = !running && row && row->hasPoint;
    m_trainButton->setEnabled(trainable);
    m_trainAllButton->setEnabled(trainable);
}

void GridSearchPanel::trainSelected(bool allData)
{
    const GridResultsModel::Row *row = m_results->rowData(m_selected);
    if (!row || !row->hasPoint)
        return;
    Model::TrainConfig config = row->config;
    config.epochs = row->best.iteration;
    if (m_baseConfig) {
        // The grid mixes the configuration index into each run's seed. The Training tab
        // uses one seed for both the split and the initialization, so it keeps the base
        // seed and the split stays the one the grid was scored on.
        const Model::TrainConfig base = m_baseConfig();
        config.seed = base.seed;
        config.threads = base.threads;
    }
    emit trainRequested(config, allData);
}

void GridSearchPanel::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b00020; font-weight: bold")
                                    : QString());
}

} // namespace RecStudio::Ui
