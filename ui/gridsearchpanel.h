#pragma once

#include "gridsearchjob.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QList>
#include <QThreadPool>
#include <QWidget>

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
QT_END_NAMESPACE

namespace RecStudio::Ui {

class GridEditor;
class GridResultsModel;
class HeatMapWidget;
class LiveChart;
class Session;

// The Grid search tab: an editor for the grid and one task per configuration on a
// bounded thread pool. It shows a live test-error curve per configuration, a sortable
// results table and a heat map of the best test MSE over factors × regularization.
// Selecting a row, a cell or a curve selects that configuration in all three.
class GridSearchPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit GridSearchPanel(Session *session, QWidget *parent = nullptr);
    ~GridSearchPanel() override;

    // Where the base hyperparameters and the split settings come from (the Training tab).
    void setBaseConfigProvider(std::function<Model::TrainConfig()> provider);
    void setSplitConfigProvider(std::function<Model::SplitConfig()> provider);

    // Sets the grid editor's lists, written like "5, 10, 20".
    GridEditor *editor() const { return m_editor; }

    void startSearch();
    void cancelSearch();
    bool isRunning() const { return m_running; }

    // Asks for the selected configuration to be trained up to its best iteration, on the
    // training split or, with allData, on every rating.
    void trainSelected(bool allData);

    void selectConfiguration(int configIndex);
    int selectedConfiguration() const { return m_selected; }

    GridResultsModel *resultsModel() const { return m_results; }
    QTableView *resultsView() const { return m_table; }
    HeatMapWidget *heatMap() const { return m_heatMap; }
    LiveChart *chart() const { return m_chart; }
    QString statusText() const;

signals:
    // Asks the Training tab to train config, on the training split or on every rating.
    void trainRequested(const Model::TrainConfig &config, bool allData);
    void searchFinished(bool canceled);

private:
    void launch(std::shared_ptr<const Model::Split> split);
    void onPointsReady(int configIndex, int begin, int end);
    void onTaskFinished(int configIndex);
    void finishSearch();
    void updateHeatMapCell(int configIndex);
    void setRunning(bool running);
    void showStatus(const QString &text, bool problem);

    struct Task
    {
        QFutureWatcher<Model::GridPoint> *watcher = nullptr;
        std::shared_ptr<Model::TrainOutcome> outcome;
        bool done = false;
    };

    Session *m_session;
    std::function<Model::TrainConfig()> m_baseConfig;
    std::function<Model::SplitConfig()> m_splitConfig;
    QThreadPool m_pool;
    GridEditor *m_editor = nullptr;
    QPushButton *m_startButton = nullptr;
    QPushButton *m_trainButton = nullptr;
    QPushButton *m_trainAllButton = nullptr;
    QLabel *m_status = nullptr;
    LiveChart *m_chart = nullptr;
    HeatMapWidget *m_heatMap = nullptr;
    GridResultsModel *m_results = nullptr;
    QSortFilterProxyModel *m_sortedResults = nullptr;
    QTableView *m_table = nullptr;
    Model::GridConfig m_grid;
    QList<Task> m_tasks;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<std::shared_ptr<const Model::Split>> m_splitWatcher;
    QElapsedTimer m_clock;
    bool m_running = false;
    bool m_syncingSelection = false;
    int m_selected = -1;
};

} // namespace RecStudio::Ui
