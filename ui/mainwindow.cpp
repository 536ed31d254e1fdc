#include "mainwindow.h"

#include "columnmappingdialog.h"
#include "datapanel.h"
#include "datasetloader.h"
#include "explorepanel.h"
#include "gridsearchpanel.h"
#include "logmodel.h"
#include "nexuspanel.h"
#include "preferencesdialog.h"
#include "session.h"
#include "settingvalue.h"
#include "trainingpanel.h"
#include "trainingsettingsform.h"

#include <dataset.h>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>

namespace RecStudio::Ui {

namespace {

const SettingValue<QByteArray> geometrySetting{QStringLiteral("window/geometry"), {}};
const SettingValue<QByteArray> stateSetting{QStringLiteral("window/state"), {}};
const SettingValue<int> tabSetting{QStringLiteral("window/tab"), 0};
const SettingValue<QString> lastFolderSetting{QStringLiteral("data/lastFolder"), QString()};
const SettingValue<QString> lastDatasetSetting{QStringLiteral("data/lastDataset"), QString()};
const SettingValue<bool> startedBeforeSetting{QStringLiteral("app/startedBefore"), false};

constexpr int statusMessageMs = 6000;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new Session(this))
    , m_loader(new DatasetLoader(m_session, this))
{
    setObjectName(QStringLiteral("MainWindow"));
    m_dataPanel = new DataPanel(m_session);
    m_trainingPanel = new TrainingPanel(m_session);
    m_gridPanel = new GridSearchPanel(m_session);
    m_explorePanel = new ExplorePanel(m_session);
    m_nexusPanel = new NexusPanel(m_session);

    m_tabs = new QTabWidget;
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_dataPanel, tr("Data"));
    m_tabs->addTab(m_trainingPanel, tr("Training"));
    m_tabs->addTab(m_gridPanel, tr("Grid search"));
    m_tabs->addTab(m_explorePanel, tr("Explore"));
    m_tabs->addTab(m_nexusPanel, tr("Nexus"));
    setCentralWidget(m_tabs);

    createActions();
    createStatusBar();
    createLogDock();

    connect(m_loader, &DatasetLoader::started, this, &MainWindow::onLoadStarted);
    connect(m_loader, &DatasetLoader::progressChanged, m_loadProgress, &QProgressBar::setValue);
    connect(m_loader, &DatasetLoader::finished, this, &MainWindow::onLoadFinished);
    connect(m_session, &Session::datasetChanged, this, &MainWindow::updateTitle);
    connect(m_session->log(), &LogModel::entryAdded, this, [this](const LogModel::Entry &entry) {
        if (entry.severity != LogModel::Severity::Info)
            statusBar()->showMessage(entry.text, statusMessageMs);
    });

    m_gridPanel->setBaseConfigProvider(
        [this] { return m_trainingPanel->settingsForm()->trainConfig(); });
    m_gridPanel->setSplitConfigProvider(
        [this] { return m_trainingPanel->settingsForm()->splitConfig(); });
    // "Train with these settings" trains on the split; "Train on all data" on everything.
    connect(m_gridPanel, &GridSearchPanel::trainRequested, this,
            [this](const Model::TrainConfig &config, bool allData) {
                m_trainingPanel->applyConfig(config);
                showTab(TrainingTab);
                m_trainingPanel->startTraining(allData);
            });
    connect(m_nexusPanel, &NexusPanel::datasetPulled, this,
            [this](std::shared_ptr<const Model::Dataset> dataset, const QString &source) {
                m_session->setDataset(std::move(dataset), source);
                showTab(DataTab);
            });

    resize(1280, 820);
    restoreGeometry(geometrySetting.get());
    restoreState(stateSetting.get());
    m_tabs->setCurrentIndex(std::clamp(tabSetting.get(), 0, m_tabs->count() - 1));
    updateTitle();
}

MainWindow::~MainWindow()
{
    shutDownJobs();
}

void MainWindow::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

void MainWindow::openPath(const QString &path, const Model::ReadOptions &options)
{
    m_pendingPath = path;
    m_loader->loadPath(path, options);
}

void MainWindow::openDemo()
{
    m_pendingPath.clear();
    m_loader->loadDemo();
}

void MainWindow::openStartupDataset()
{
    const QString last = lastDatasetSetting.get();
    if (startedBeforeSetting.get() && !last.isEmpty() && QFileInfo::exists(last))
        openPath(last);
    else
        openDemo();
    startedBeforeSetting.set(true);
}

void MainWindow::shutDownJobs()
{
    if (m_shutDown)
        return;
    m_shutDown = true;
    m_loader->cancel();
    m_trainingPanel->cancelTraining();
    m_gridPanel->cancelSearch();
    m_nexusPanel->cancelJob();
    m_session->jobs().cancelAndWait();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    geometrySetting.set(saveGeometry());
    stateSetting.set(saveState());
    tabSetting.set(m_tabs->currentIndex());
    shutDownJobs();
    event->accept();
}

void MainWindow::createActions()
{
    QStyle *style = QApplication::style();
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    auto openFolder = fileMenu->addAction(style->standardIcon(QStyle::SP_DirOpenIcon),
                                          tr("Open &folder…"), this, &MainWindow::onOpenFolder);
    openFolder->setShortcut(QKeySequence::Open);
    openFolder->setToolTip(tr("Open a MovieLens folder (ratings.csv and movies.csv, or u.data "
                              "and u.item)"));
    auto openFile = fileMenu->addAction(style->standardIcon(QStyle::SP_FileIcon),
                                        tr("Open ratings &file…"), this, &MainWindow::onOpenFile);
    openFile->setToolTip(tr("Open a delimited ratings file; columns can be mapped by hand"));
    auto openDemoAction = fileMenu->addAction(style->standardIcon(QStyle::SP_ComputerIcon),
                                              tr("Open &demo dataset"), this,
                                              &MainWindow::openDemo);
    openDemoAction->setToolTip(tr("Generate the built-in synthetic dataset"));
    fileMenu->addSeparator();
    fileMenu->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    fileMenu->addSeparator();
    auto quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *modelMenu = menuBar()->addMenu(tr("&Model"));
    auto train = modelMenu->addAction(style->standardIcon(QStyle::SP_MediaPlay),
                                      tr("&Train"), this, [this] {
                                          showTab(TrainingTab);
                                          m_trainingPanel->startTraining(false);
                                      });
    train->setToolTip(tr("Train with the settings of the Training tab"));
    auto grid = modelMenu->addAction(style->standardIcon(QStyle::SP_FileDialogDetailedView),
                                     tr("Run &grid search"), this, [this] {
                                         showTab(GridSearchTab);
                                         m_gridPanel->startSearch();
                                     });
    grid->setToolTip(tr("Train every configuration of the grid"));
    auto stop = modelMenu->addAction(style->standardIcon(QStyle::SP_MediaStop),
                                     tr("&Cancel running jobs"), this, [this] {
                                         m_loader->cancel();
                                         m_trainingPanel->cancelTraining();
                                         m_gridPanel->cancelSearch();
                                         m_nexusPanel->cancelJob();
                                     });
    stop->setShortcut(Qt::Key_Escape);

    QMenu *nexusMenu = menuBar()->addMenu(tr("&Nexus"));
    auto connectAction = nexusMenu->addAction(style->standardIcon(QStyle::SP_DriveNetIcon),
                                              tr("&Connect…"), this, [this] {
                                                  showTab(NexusTab);
                                                  m_nexusPanel->showConnectionDialog();
                                              });
    connectAction->setToolTip(tr("Choose the Nexus deployment, project and token"));

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    const QStringList tabNames = {tr("&Data"), tr("&Training"), tr("&Grid search"),
                                  tr("&Explore"), tr("&Nexus")};
    for (int tab = 0; tab < tabNames.size(); ++tab) {
        auto action = viewMenu->addAction(tabNames.at(tab), this,
                                          [this, tab] { showTab(Tab(tab)); });
        action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + tab)));
    }
    m_viewMenu = viewMenu;

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Recommender Studio"), this, &MainWindow::showAbout);

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("MainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(openFolder);
    toolBar->addAction(openFile);
    toolBar->addAction(openDemoAction);
    toolBar->addSeparator();
    toolBar->addAction(train);
    toolBar->addAction(grid);
    toolBar->addAction(stop);
    toolBar->addSeparator();
    toolBar->addAction(connectAction);
}

void MainWindow::createStatusBar()
{
    m_datasetLabel = new QLabel;
    m_loadProgress = new QProgressBar;
    m_loadProgress->setRange(0, 1000);
    m_loadProgress->setMaximumWidth(200);
    m_loadProgress->setTextVisible(false);
    m_loadProgress->hide();
    m_cancelLoad = new QToolButton;
    m_cancelLoad->setIcon(QApplication::style()->standardIcon(QStyle::SP_DialogCancelButton));
    m_cancelLoad->setToolTip(tr("Cancel loading"));
    m_cancelLoad->hide();
    connect(m_cancelLoad, &QToolButton::clicked, m_loader, &DatasetLoader::cancel);
    statusBar()->addPermanentWidget(m_loadProgress);
    statusBar()->addPermanentWidget(m_cancelLoad);
    statusBar()->addPermanentWidget(m_datasetLabel);
}

void MainWindow::createLogDock()
{
    auto dock = new QDockWidget(tr("Log"), this);
    dock->setObjectName(QStringLiteral("LogDock"));
    auto view = new QListView;
    view->setModel(m_session->log());
    view->setUniformItemSizes(true);
    view->setWordWrap(false);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    connect(m_session->log(), &QAbstractItemModel::rowsInserted, view,
            [view] { view->scrollToBottom(); });
    dock->setWidget(view);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(dock->toggleViewAction());
}

void MainWindow::onOpenFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open MovieLens folder"),
                                                             lastFolderSetting.get());
    if (folder.isEmpty())
        return;
    lastFolderSetting.set(folder);
    openPath(folder);
}

void MainWindow::onOpenFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open ratings file"), lastFolderSetting.get(),
        tr("Ratings files (*.csv *.tsv *.txt *.data *.base *.test *.dat);;All files (*)"));
    if (path.isEmpty())
        return;
    lastFolderSetting.set(QFileInfo(path).absolutePath());
    if (ColumnMappingDialog::isKnownLayout(path)) {
        openPath(path);
        return;
    }
    ColumnMappingDialog dialog(path, this);
    if (dialog.exec() == QDialog::Accepted)
        openPath(path, dialog.readOptions());
}

void MainWindow::onLoadStarted(const QString &description)
{
    statusBar()->showMessage(description);
    m_loadProgress->setValue(0);
    m_loadProgress->show();
    m_cancelLoad->show();
}

void MainWindow::onLoadFinished(bool success)
{
    m_loadProgress->hide();
    m_cancelLoad->hide();
    statusBar()->clearMessage();
    if (success) {
        if (!m_pendingPath.isEmpty())
            lastDatasetSetting.set(m_pendingPath);
        statusBar()->showMessage(tr("Dataset loaded"), statusMessageMs);
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Recommender Studio"),
                       tr("<p><b>Recommender Studio %1</b></p><p>Builds and explores "
                          "collaborative-filtering recommenders from ratings kept in a Blue "
                          "Brain Nexus knowledge graph.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted && dialog.languageChanged())
        statusBar()->showMessage(tr("The new language takes effect at the next start."),
                                 statusMessageMs);
}

void MainWindow::updateTitle()
{
    const std::shared_ptr<const Model::Dataset> dataset = m_session->dataset();
    if (!dataset) {
        setWindowTitle(tr("Recommender Studio"));
        m_datasetLabel->setText(tr("No dataset"));
        return;
    }
    const QString source = m_session->datasetSource();
    const QString name = source == QLatin1String("demo") ? tr("Demo dataset")
                                                         : QFileInfo(source).fileName();
    setWindowTitle(tr("%1 – Recommender Studio").arg(name));
    m_datasetLabel->setText(tr("%1: %2 ratings")
                                .arg(name, QLocale().toString(qlonglong(dataset->ratings.size()))));
}

} // namespace RecStudio::Ui
