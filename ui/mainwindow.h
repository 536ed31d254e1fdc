#pragma once

#include <readers.h>

#include <QMainWindow>

QT_BEGIN_NAMESPACE
class QLabel;
class QMenu;
class QProgressBar;
class QTabWidget;
class QToolButton;
QT_END_NAMESPACE

namespace RecStudio::Ui {

class DataPanel;
class DatasetLoader;
class ExplorePanel;
class GridSearchPanel;
class NexusPanel;
class Session;
class TrainingPanel;

// The application window: one tab per area (Data, Training, Grid search, Explore,
// Nexus), a toolbar for the main actions, a status bar with load progress and a log dock.
// The panels do the work; the window wires them together and owns the shutdown.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum Tab { DataTab, TrainingTab, GridSearchTab, ExploreTab, NexusTab };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Session *session() const { return m_session; }
    DatasetLoader *loader() const { return m_loader; }
    DataPanel *dataPanel() const { return m_dataPanel; }
    TrainingPanel *trainingPanel() const { return m_trainingPanel; }
    GridSearchPanel *gridSearchPanel() const { return m_gridPanel; }
    ExplorePanel *explorePanel() const { return m_explorePanel; }
    NexusPanel *nexusPanel() const { return m_nexusPanel; }
    QTabWidget *tabs() const { return m_tabs; }

    void showTab(Tab tab);
    void openPath(const QString &path, const Model::ReadOptions &options = {});
    void openDemo();
    // Opens the demo dataset on the very first start, else the last dataset when it
    // still exists, else the demo dataset.
    void openStartupDataset();

    // Cancels every running job and waits for the workers; called by closeEvent.
    void shutDownJobs();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createStatusBar();
    void createLogDock();
    void onOpenFolder();
    void onOpenFile();
    void onLoadStarted(const QString &description);
    void onLoadFinished(bool success);
    void showAbout();
    void showPreferences();
    void updateTitle();

    Session *m_session;
    DatasetLoader *m_loader;
    QTabWidget *m_tabs = nullptr;
    DataPanel *m_dataPanel = nullptr;
    TrainingPanel *m_trainingPanel = nullptr;
    GridSearchPanel *m_gridPanel = nullptr;
    ExplorePanel *m_explorePanel = nullptr;
    NexusPanel *m_nexusPanel = nullptr;
    QLabel *m_datasetLabel = nullptr;
    QProgressBar *m_loadProgress = nullptr;
    QToolButton *m_cancelLoad = nullptr;
    QMenu *m_viewMenu = nullptr;
    QString m_pendingPath;
    bool m_shutDown = false;
};

} // namespace RecStudio::Ui
