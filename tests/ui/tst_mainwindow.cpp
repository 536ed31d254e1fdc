#include "uitesthelpers.h"

#include <datapanel.h>
#include <explorepanel.h>
#include <gridresultsmodel.h>
#include <grideditor.h>
#include <gridsearchpanel.h>
#include <heatmapwidget.h>
#include <itemlistmodel.h>
#include <livechart.h>
#include <logmodel.h>
#include <ratingstablemodel.h>
#include <roles.h>
#include <trainingpanel.h>
#include <trainingsettingsform.h>

#include <QAbstractItemModelTester>
#include <QChartView>
#include <QValueAxis>
#include <QLineSeries>
#include <QListWidget>
#include <QProgressBar>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>

#include <cmath>
#include <memory>

using namespace RecStudio;
using RecStudio::Tests::HeartbeatMonitor;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void mainWindow_hasFiveAreas();
    void load_fillsTableAndSummary();
    void load_summaryChartsTickOnWholeNumbers();
    void training_plotsFiniteCurves();
    void training_savedModelOpensAgain();
    void training_cancelStopsRun();
    void training_cancelShowsLastEpochInProgress();
    void training_idleProgressCountsFormEpochs();
    void training_divergedRunPlotsNoNonFinitePoint();
    void gridSearch_fillsTableAndHeatMap();
    void gridSearch_cancelKeepsFinishedResults();
    void explore_heatHasExactlyFiveSimilarTitles();
    void explore_recommendationsLeaveOutRatedMovies();
    void eventLoop_staysResponsiveDuringJobs();
    void close_duringJobsCancelsCleanly();
    void settings_restoreLayoutAndHyperparameters();

private:
    bool trainSmallModel(int epochs);
    Ui::TrainingPanel *configureLongSgdRun();

    std::unique_ptr<Ui::MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_ratingsTester;
    std::unique_ptr<QAbstractItemModelTester> m_gridTester;
    std::unique_ptr<QAbstractItemModelTester> m_similarTester;
    std::unique_ptr<QAbstractItemModelTester> m_logTester;
    bool m_isMovieLens = false;
};

void TestMainWindow::initTestCase()
{
    Tests::isolateSettings();
}

void TestMainWindow::init()
{
    // Each test starts from the engine's defaults, not the last test's hyperparameters.
    QSettings().clear();
    m_window = std::make_unique<Ui::MainWindow>();
    // Testers watch the models while the window fills and changes them.
    const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
    m_ratingsTester = std::make_unique<QAbstractItemModelTester>(
        m_window->dataPanel()->ratingsModel(), mode);
    m_gridTester = std::make_unique<QAbstractItemModelTester>(
        m_window->gridSearchPanel()->resultsModel(), mode);
    m_similarTester = std::make_unique<QAbstractItemModelTester>(
        m_window->explorePanel()->similarModel(), mode);
    m_logTester = std::make_unique<QAbstractItemModelTester>(m_window->session()->log(), mode);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(Tests::openTestDataset(*m_window, &m_isMovieLens));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->dataPanel()->isBusy(), 30000);
}

void TestMainWindow::cleanup()
{
    m_ratingsTester.reset();
    m_gridTester.reset();
    m_similarTester.reset();
    m_logTester.reset();
    m_window.reset();
}

// Sets the Training tab to an SGD run of 5,000 epochs, long enough to cancel or close
// during it, and returns the panel.
Ui::TrainingPanel *TestMainWindow::configureLongSgdRun()
{
    Ui::TrainingPanel *panel = m_window->trainingPanel();
    Model::TrainConfig config = panel->settingsForm()->trainConfig();
    config.algorithm = Model::Algorithm::Sgd;
    config.epochs = 5000;
    config.learningRate = 0.005f;
    panel->applyConfig(config);
    return panel;
}

bool TestMainWindow::trainSmallModel(int epochs)
{
    Ui::TrainingPanel *panel = m_window->trainingPanel();
    Model::TrainConfig config = panel->settingsForm()->trainConfig();
    config.algorithm = Model::Algorithm::Als;
    config.factors = 20;
    config.epochs = epochs;
    config.userFactorReg = config.itemFactorReg = 0.1f;
    config.userBiasReg = config.itemBiasReg = 0.1f;
    config.threads = 2;
    panel->applyConfig(config);
    QSignalSpy finished(panel, &Ui::TrainingPanel::trainingFinished);
    panel->startTraining(false);
    if (!finished.wait(120000))
        return false;
    return finished.first().first().toBool();
}

void TestMainWindow::mainWindow_hasFiveAreas()
{
    QCOMPARE(m_window->tabs()->count(), 5);
    QCOMPARE(m_window->tabs()->tabText(Ui::MainWindow::DataTab), QStringLiteral("Data"));
    QCOMPARE(m_window->tabs()->tabText(Ui::MainWindow::NexusTab), QStringLiteral("Nexus"));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("Recommender Studio")));
}

void TestMainWindow::load_fillsTableAndSummary()
{
    const std::shared_ptr<const Model::Dataset> dataset = m_window->session()->dataset();
    Ui::RatingsTableModel *model = m_window->dataPanel()->ratingsModel();
    QCOMPARE(model->rowCount(), int(dataset->ratings.size()));
    QCOMPARE(model->columnCount(), int(Ui::RatingsTableModel::ColumnCount));
    if (m_isMovieLens)
        QCOMPARE(model->rowCount(), 100836);
    QVERIFY(m_window->dataPanel()->warningsList()->count() > 0);

    // Filter by title ("heat" also matches "Heat (1995)") and by a rating range.
    QSignalSpy applied(m_window->dataPanel(), &Ui::DataPanel::queryApplied);
    m_window->dataPanel()->setRatingRange(4.5, 5.0);
    QVERIFY(applied.wait(30000));
    QVERIFY(model->rowCount() > 0);
    QVERIFY(model->rowCount() < int(dataset->ratings.size()));
    for (int row = 0; row < std::min(model->rowCount(), 200); ++row) {
        const double rating = model->index(row, Ui::RatingsTableModel::Rating)
                                  .data(Ui::RawValueRole)
                                  .toDouble();
        QVERIFY2(rating >= 4.5, qPrintable(QString::number(rating)));
    }

    m_window->dataPanel()->sortByColumn(Ui::RatingsTableModel::Rating, Qt::DescendingOrder);
    QVERIFY(applied.wait(30000));
    const QModelIndex first = model->index(0, Ui::RatingsTableModel::Rating);
    QCOMPARE(first.data(Ui::RawValueRole).toDouble(), 5.0);
}

void TestMainWindow::load_summaryChartsTickOnWholeNumbers()
{
    // Counts and ranks are printed with "%.0f", so a tick between whole numbers shows a
    // rounded, repeated label: a file of two ratings labeled its count axis 0 0 1 1 1.
    // The statistics behind the charts are computed on a worker after the load.
    const auto valueAxes = [this] {
        QList<const QValueAxis *> found;
        const QList<QChartView *> views = m_window->dataPanel()->findChildren<QChartView *>();
        for (const QChartView *view : views) {
            for (QAbstractAxis *axis : view->chart()->axes()) {
                if (const auto *valueAxis = qobject_cast<QValueAxis *>(axis))
                    found.append(valueAxis);
            }
        }
        return found;
    };
    QTRY_COMPARE_WITH_TIMEOUT(valueAxes().size(), 2, 30000);

    for (const QValueAxis *axis : valueAxes()) {
        QCOMPARE(axis->tickType(), QValueAxis::TicksDynamic);
        QVERIFY(axis->tickInterval() >= 1.0);
        QCOMPARE(std::fmod(axis->tickInterval(), 1.0), 0.0);
        QCOMPARE(std::fmod(axis->tickAnchor(), 1.0), 0.0);
    }
}

void TestMainWindow::training_plotsFiniteCurves()
{
    QVERIFY(trainSmallModel(5));
    Ui::TrainingPanel *panel = m_window->trainingPanel();
    const QList<QPointF> train = panel->chart()->points(panel->trainSeries());
    const QList<QPointF> test = panel->chart()->points(panel->testSeries());
    QCOMPARE(train.size(), 5);
    QCOMPARE(test.size(), 5);
    for (const QPointF &point : train + test) {
        QVERIFY(std::isfinite(point.x()));
        QVERIFY(std::isfinite(point.y()));
        QVERIFY(point.y() > 0.0);
    }
    // Train error falls with ALS; the last epoch is below the first.
    QVERIFY(train.last().y() < train.first().y());
    QVERIFY(m_window->session()->trainedRun() != nullptr);
    QVERIFY(m_window->session()->trainedRun()->testMetrics.count > 0);
}

void TestMainWindow::training_savedModelOpensAgain()
{
    QVERIFY(trainSmallModel(3));
    const std::shared_ptr<const Ui::TrainedRun> trained = m_window->session()->trainedRun();
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("model.rsmodel"));
    QVERIFY(m_window->trainingPanel()->saveModel(path));
    QVERIFY(QFileInfo::exists(path));

    m_window->session()->setTrainedRun(nullptr);
    QVERIFY(m_window->trainingPanel()->openModel(path));
    const std::shared_ptr<const Ui::TrainedRun> opened = m_window->session()->trainedRun();
    QVERIFY(opened);
    QCOMPARE(opened->config.factors, trained->config.factors);
    QCOMPARE(opened->testMetrics.rmse, trained->testMetrics.rmse);
    QCOMPARE(opened->model.globalMean, trained->model.globalMean);
    QVERIFY(opened->model.itemFactors.isApprox(trained->model.itemFactors));
    QVERIFY(opened->model.userBias.isApprox(trained->model.userBias));
}

void TestMainWindow::training_cancelStopsRun()
{
    Ui::TrainingPanel *panel = configureLongSgdRun();
    QSignalSpy finished(panel, &Ui::TrainingPanel::trainingFinished);
    panel->startTraining(false);
    QVERIFY(panel->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!panel->chart()->points(panel->trainSeries()).isEmpty(), 30000);

    QElapsedTimer clock;
    clock.start();
    panel->cancelTraining();
    QVERIFY(finished.wait(5000));
    QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(!panel->isRunning());
    QVERIFY(panel->statusText().contains(QStringLiteral("Canceled")));
    QVERIFY(m_window->session()->trainedRun() == nullptr);
}

void TestMainWindow::training_cancelShowsLastEpochInProgress()
{
    // SGD epochs take a few milliseconds here, faster than QFutureWatcher reports
    // progress, so a bar fed by progressValueChanged stays behind the plotted epochs.
    Ui::TrainingPanel *panel = configureLongSgdRun();
    QSignalSpy finished(panel, &Ui::TrainingPanel::trainingFinished);
    panel->startTraining(false);
    QTRY_VERIFY_WITH_TIMEOUT(panel->chart()->points(panel->trainSeries()).size() >= 20, 30000);
    panel->cancelTraining();
    QVERIFY(finished.wait(5000));

    const auto *progress = panel->findChild<QProgressBar *>();
    QVERIFY(progress);
    const qsizetype plotted = panel->chart()->points(panel->trainSeries()).size();
    QCOMPARE(qsizetype(progress->value()), plotted);
    QVERIFY2(panel->statusText().contains(QString::number(plotted)),
             qPrintable(QStringLiteral("%1 plotted; %2").arg(plotted).arg(panel->statusText())));
}

void TestMainWindow::training_idleProgressCountsFormEpochs()
{
    // Before any run the bar read "Epoch 0 of 100" whatever the Epochs field contained.
    Ui::TrainingPanel *panel = m_window->trainingPanel();
    const auto *progress = panel->findChild<QProgressBar *>();
    QVERIFY(progress);
    QCOMPARE(progress->maximum(), panel->settingsForm()->trainConfig().epochs);

    Model::TrainConfig config = panel->settingsForm()->trainConfig();
    config.epochs = 37;
    panel->applyConfig(config);
    QCOMPARE(progress->maximum(), 37);
    QCOMPARE(progress->value(), 0);
}

void TestMainWindow::training_divergedRunPlotsNoNonFinitePoint()
{
    Ui::TrainingPanel *panel = m_window->trainingPanel();
    Model::TrainConfig config = panel->settingsForm()->trainConfig();
    config.algorithm = Model::Algorithm::Sgd;
    config.epochs = 50;
    config.learningRate = 5.0f; // far too large: SGD explodes within a few epochs
    config.userFactorReg = config.itemFactorReg = 0.0f;
    config.userBiasReg = config.itemBiasReg = 0.0f;
    panel->applyConfig(config);
    QSignalSpy finished(panel, &Ui::TrainingPanel::trainingFinished);
    panel->startTraining(false);
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY2(panel->statusText().contains(QStringLiteral("diverged")),
             qPrintable(panel->statusText()));
    for (int series : {panel->trainSeries(), panel->testSeries()}) {
        for (const QPointF &point : panel->chart()->points(series))
            QVERIFY(std::isfinite(point.y()));
    }
}

void TestMainWindow::gridSearch_fillsTableAndHeatMap()
{
    Ui::GridSearchPanel *grid = m_window->gridSearchPanel();
    grid->editor()->setGridText(QStringLiteral("5, 10"), QStringLiteral("0.1, 1"), QStringLiteral("1, 2, 5"));
    QSignalSpy finished(grid, &Ui::GridSearchPanel::searchFinished);
    grid->startSearch();
    QVERIFY(grid->isRunning());
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.first().first().toBool(), false);

    Ui::GridResultsModel *results = grid->resultsModel();
    QCOMPARE(results->rowCount(), 4);
    QCOMPARE(grid->heatMap()->rowCount(), 2);
    QCOMPARE(grid->heatMap()->columnCount(), 2);
    QCOMPARE(grid->heatMap()->filledCellCount(), 4);
    QCOMPARE(grid->chart()->seriesCount(), 4);
    for (int config = 0; config < 4; ++config) {
        const Ui::GridResultsModel::Row *row = results->rowData(config);
        QVERIFY(row);
        QCOMPARE(row->state, Ui::GridResultsModel::RunState::Finished);
        QCOMPARE(grid->chart()->points(config).size(), 3);
        QVERIFY(std::isfinite(row->best.test.mse));
        // The heat map cell shows the configuration's best test MSE.
        const int factorColumn = row->config.factors == 5 ? 0 : 1;
        const int regRow = row->config.userFactorReg < 0.5f ? 0 : 1;
        QCOMPARE(grid->heatMap()->value(regRow, factorColumn), row->best.test.mse);
    }

    // The best configuration is selected everywhere once the search ends.
    const int best = results->bestConfig();
    QCOMPARE(grid->selectedConfiguration(), best);
    QCOMPARE(grid->chart()->highlighted(), best);
    const QModelIndex current = grid->resultsView()->selectionModel()->currentIndex();
    QCOMPARE(current.data(Ui::ConfigIndexRole).toInt(), best);

    // Selecting a cell selects its configuration in the table and the chart.
    const int other = best == 0 ? 3 : 0;
    const Ui::GridResultsModel::Row *otherRow = results->rowData(other);
    emit grid->heatMap()->cellClicked(otherRow->config.userFactorReg < 0.5f ? 0 : 1,
                                      otherRow->config.factors == 5 ? 0 : 1);
    QCOMPARE(grid->selectedConfiguration(), other);
    QCOMPARE(grid->chart()->highlighted(), other);
    QCOMPARE(grid->resultsView()->selectionModel()->currentIndex().data(Ui::ConfigIndexRole).toInt(),
             other);

    // Clicking a curve selects its configuration in the table and the heat map.
    emit grid->chart()->series(best)->clicked(QPointF(1, 1));
    QCOMPARE(grid->selectedConfiguration(), best);
    QCOMPARE(grid->resultsView()->selectionModel()->currentIndex().data(Ui::ConfigIndexRole).toInt(),
             best);
    const Ui::GridResultsModel::Row *bestRow = results->rowData(best);
    QCOMPARE(grid->heatMap()->selectedColumn(), bestRow->config.factors == 5 ? 0 : 1);
    QCOMPARE(grid->heatMap()->selectedRow(), bestRow->config.userFactorReg < 0.5f ? 0 : 1);

    // Sorting by test MSE puts the best configuration first.
    grid->resultsView()->sortByColumn(Ui::GridResultsModel::BestTestMse, Qt::AscendingOrder);
    QCOMPARE(grid->resultsView()->model()->index(0, 0).data(Ui::ConfigIndexRole).toInt(), best);

    // "Train with these settings" trains that configuration on the training split.
    QSignalSpy trained(m_window->trainingPanel(), &Ui::TrainingPanel::trainingFinished);
    grid->selectConfiguration(best);
    grid->trainSelected(false);
    QVERIFY(trained.wait(120000));
    QCOMPARE(trained.first().first().toBool(), true);
    const std::shared_ptr<const Ui::TrainedRun> run = m_window->session()->trainedRun();
    QVERIFY(run->testMetrics.count > 0);
    QCOMPARE(run->config.factors, results->rowData(best)->config.factors);
    QCOMPARE(run->config.epochs, results->rowData(best)->best.iteration);
    // Same split as the grid: the session's split was reused, not made again.
    QCOMPARE(run->config.seed, m_window->trainingPanel()->settingsForm()->splitConfig().seed);
    QCOMPARE(m_window->session()->split()->summary.config.seed, Model::SplitConfig{}.seed);
    QCOMPARE(m_window->tabs()->currentIndex(), int(Ui::MainWindow::TrainingTab));
}

void TestMainWindow::gridSearch_cancelKeepsFinishedResults()
{
    Ui::GridSearchPanel *grid = m_window->gridSearchPanel();
    // Small configurations finish at once; the large one runs long enough to cancel.
    grid->editor()->setGridText(QStringLiteral("2, 200"), QStringLiteral("0.1"),
                      QStringLiteral("1, 2, 1000"));
    grid->editor()->setMaxParallel(2);
    QSignalSpy finished(grid, &Ui::GridSearchPanel::searchFinished);
    grid->startSearch();
    QTRY_VERIFY_WITH_TIMEOUT(grid->resultsModel()->rowCount() == 2, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(grid->resultsModel()->rowData(1)->last.iteration >= 2, 60000);

    QElapsedTimer clock;
    clock.start();
    grid->cancelSearch();
    QVERIFY(finished.wait(5000));
    QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(!grid->isRunning());
    // Points reached before the cancel stay in the table.
    QCOMPARE(grid->resultsModel()->rowCount(), 2);
    QVERIFY(grid->resultsModel()->rowData(1)->hasPoint);
    QCOMPARE(grid->resultsModel()->rowData(1)->state, Ui::GridResultsModel::RunState::Canceled);
}

void TestMainWindow::explore_heatHasExactlyFiveSimilarTitles()
{
    if (!m_isMovieLens)
        QSKIP("ml-latest-small is not available; set RECSTUDIO_DATA_DIR to the folder that "
              "contains it");
    QVERIFY(trainSmallModel(20));
    Ui::ExplorePanel *explore = m_window->explorePanel();
    QTRY_VERIFY_WITH_TIMEOUT(!explore->isBusy(), 10000); // titles are folded on a worker
    QCOMPARE(explore->titleModel()->rowCount(), 9724);
    const QList<int32_t> matches = explore->findTitles(QStringLiteral("HEAT (1995)"));
    QVERIFY(!matches.isEmpty());
    const std::shared_ptr<const Model::Dataset> dataset = m_window->session()->dataset();
    int32_t heat = -1;
    for (const int32_t item : matches) {
        if (dataset->itemTitle(item) == "Heat (1995)")
            heat = item;
    }
    QVERIFY(heat >= 0);
    QCOMPARE(QString::fromStdString(dataset->items.rawId(heat)), QStringLiteral("6"));

    QSignalSpy ready(explore, &Ui::ExplorePanel::similarReady);
    explore->setNeighborCount(5);
    explore->selectMovie(heat);
    QVERIFY(ready.wait(10000));
    Ui::ItemListModel *similar = explore->similarModel();
    QCOMPARE(similar->rowCount(), 5);
    for (int row = 0; row < similar->rowCount(); ++row) {
        QVERIFY(similar->entries().at(row).item != heat);
        // The default minimum-ratings filter keeps rarely rated movies out of the list.
        QVERIFY(similar->index(row, Ui::ItemListModel::RatingCount).data(Ui::RawValueRole)
                    .toLongLong()
                >= Ui::ExplorePanel::DefaultMinimumRatings);
        QVERIFY(similar->entries().at(row).score <= 1.0);
        if (row > 0)
            QVERIFY(similar->entries().at(row).score <= similar->entries().at(row - 1).score);
    }

    // k is respected when it changes, and the minimum-ratings filter applies.
    explore->setNeighborCount(12);
    QVERIFY(ready.wait(10000));
    QCOMPARE(similar->rowCount(), 12);
    explore->setMinimumRatings(50);
    QVERIFY(ready.wait(10000));
    QCOMPARE(similar->rowCount(), 12);
    for (int row = 0; row < similar->rowCount(); ++row)
        QVERIFY(similar->index(row, Ui::ItemListModel::RatingCount).data(Ui::RawValueRole)
                    .toLongLong()
                >= 50);
}

void TestMainWindow::explore_recommendationsLeaveOutRatedMovies()
{
    QVERIFY(trainSmallModel(5));
    Ui::ExplorePanel *explore = m_window->explorePanel();
    const std::shared_ptr<const Model::Dataset> dataset = m_window->session()->dataset();
    const QString user = QString::fromStdString(dataset->users.rawId(0));
    QSignalSpy ready(explore, &Ui::ExplorePanel::recommendationsReady);
    explore->setRecommendationCount(15);
    explore->selectUser(user);
    QVERIFY(ready.wait(10000));
    QCOMPARE(explore->recommendationsModel()->rowCount(), 15);
    QVERIFY(explore->ratedModel()->rowCount() > 0);

    const Model::CsrMatrix &byUser = dataset->byUser();
    for (const Ui::ItemListModel::Entry &entry : explore->recommendationsModel()->entries()) {
        for (int64_t k = byUser.offsets[0]; k < byUser.offsets[1]; ++k)
            QVERIFY(byUser.columns[std::size_t(k)] != entry.item);
    }
    const QList<Ui::ItemListModel::Entry> &rated = explore->ratedModel()->entries();
    for (int row = 1; row < rated.size(); ++row)
        QVERIFY(rated.at(row).score <= rated.at(row - 1).score);

    // The minimum-ratings filter leaves out rarely rated movies.
    explore->setRecommendationMinimumRatings(30);
    QVERIFY(ready.wait(10000));
    QCOMPARE(explore->recommendationsModel()->rowCount(), 15);
    const std::vector<int64_t> &counts = m_window->session()->trainedRun()->itemTrainCounts;
    for (const Ui::ItemListModel::Entry &entry : explore->recommendationsModel()->entries())
        QVERIFY(counts[std::size_t(entry.item)] >= 30);
}

void TestMainWindow::eventLoop_staysResponsiveDuringJobs()
{
    // The item model tester rereads all 100,000 rows after each reset on the GUI thread.
    // The other tests cover the model, and here it would only measure the tester.
    m_ratingsTester.reset();
    HeartbeatMonitor heartbeat;
    heartbeat.start();

    // A training run.
    Ui::TrainingPanel *panel = m_window->trainingPanel();
    Model::TrainConfig config = panel->settingsForm()->trainConfig();
    config.algorithm = Model::Algorithm::Als;
    config.factors = 40;
    config.epochs = 15;
    // One worker thread leaves a core to the GUI thread, so the gaps measure blocking in
    // the GUI thread rather than the scheduler on a busy two-core machine.
    config.threads = 1;
    panel->applyConfig(config);
    QSignalSpy trained(panel, &Ui::TrainingPanel::trainingFinished);
    panel->startTraining(false);
    QVERIFY(trained.wait(120000));

    // A grid search.
    Ui::GridSearchPanel *grid = m_window->gridSearchPanel();
    grid->editor()->setGridText(QStringLiteral("5, 20"), QStringLiteral("0.1, 1"), QStringLiteral("1, 5, 10"));
    grid->editor()->setMaxParallel(1);
    QSignalSpy searched(grid, &Ui::GridSearchPanel::searchFinished);
    grid->startSearch();
    QVERIFY(searched.wait(120000));

    // A sort of the whole table.
    QSignalSpy applied(m_window->dataPanel(), &Ui::DataPanel::queryApplied);
    m_window->dataPanel()->sortByColumn(Ui::RatingsTableModel::Title, Qt::AscendingOrder);
    QVERIFY(applied.wait(30000));

    heartbeat.stop();
    QVERIFY(heartbeat.ticks() > 10);
    QVERIFY2(heartbeat.maxGapMs() < 100,
             qPrintable(QStringLiteral("longest event-loop gap %1 ms").arg(heartbeat.maxGapMs())));
}

void TestMainWindow::close_duringJobsCancelsCleanly()
{
    Ui::TrainingPanel *panel = configureLongSgdRun();
    panel->startTraining(false);
    m_window->gridSearchPanel()->editor()->setGridText(QStringLiteral("10, 20"), QStringLiteral("0.1"),
                                             QStringLiteral("1, 1000"));
    m_window->gridSearchPanel()->startSearch();
    m_window->openDemo(); // a load in flight too
    QTRY_VERIFY_WITH_TIMEOUT(!panel->chart()->points(panel->trainSeries()).isEmpty(), 30000);

    // Any Qt warning during the shutdown fails the test.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    QElapsedTimer clock;
    clock.start();
    QVERIFY(m_window->close());
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(!m_window->session()->jobs().hasRunningJobs());
    m_ratingsTester.reset();
    m_gridTester.reset();
    m_similarTester.reset();
    m_logTester.reset();
    m_window.reset();
}

void TestMainWindow::settings_restoreLayoutAndHyperparameters()
{
    QVERIFY(trainSmallModel(2)); // stores the hyperparameters of the run
    m_window->showTab(Ui::MainWindow::ExploreTab);
    QVERIFY(m_window->close());

    Ui::MainWindow reopened;
    QCOMPARE(reopened.tabs()->currentIndex(), int(Ui::MainWindow::ExploreTab));
    const Model::TrainConfig restored = reopened.trainingPanel()->settingsForm()->trainConfig();
    QCOMPARE(restored.factors, 20);
    QCOMPARE(restored.epochs, 2);
    QVERIFY(restored.algorithm == Model::Algorithm::Als);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
