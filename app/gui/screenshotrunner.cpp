#include "screenshotrunner.h"

#include <datapanel.h>
#include <datasetloader.h>
#include <explorepanel.h>
#include <grideditor.h>
#include <gridsearchpanel.h>
#include <mainwindow.h>
#include <memorytokenstore.h>
#include <nexuspanel.h>
#include <session.h>
#include <trainingpanel.h>
#include <trainingsettingsform.h>

#include <dataset.h>

#include <QDir>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPixmap>
#include <QTimer>

namespace RecStudio::App {

Q_LOGGING_CATEGORY(lcScreenshots, "recstudio.app.screenshots", QtInfoMsg)

namespace {

constexpr int settleMs = 400;   // lets charts and layouts finish their queued updates
constexpr int pollMs = 100;

// Calls next once ready() holds, polling without blocking the event loop.
void whenReady(QObject *context, std::function<bool()> ready, std::function<void()> next)
{
    if (ready()) {
        QTimer::singleShot(settleMs, context, std::move(next));
        return;
    }
    QTimer::singleShot(pollMs, context, [context, ready = std::move(ready), next = std::move(next)] {
        whenReady(context, ready, next);
    });
}

} // namespace

ScreenshotRunner::ScreenshotRunner(Ui::MainWindow *window, const QString &folder, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_folder(folder)
{}

void ScreenshotRunner::start()
{
    if (!QDir().mkpath(m_folder)) {
        fail(QStringLiteral("cannot create the screenshot folder %1").arg(m_folder));
        return;
    }
    waitForDataset();
}

void ScreenshotRunner::waitForDataset()
{
    whenReady(
        this,
        [this] {
            return m_window->session()->dataset() && !m_window->loader()->isRunning()
                   && !m_window->dataPanel()->isBusy();
        },
        [this] { grabData(); });
}

void ScreenshotRunner::grabData()
{
    m_window->showTab(Ui::MainWindow::DataTab);
    QTimer::singleShot(settleMs, this, [this] {
        grab(QStringLiteral("data"));
        runGrid();
    });
}

void ScreenshotRunner::runGrid()
{
    // ALS-WR (λ scaled by each row's rating count) generalizes well on MovieLens, so the
    // grid searches λ and the number of factors around it.
    Model::TrainConfig base = m_window->trainingPanel()->settingsForm()->trainConfig();
    base.algorithm = Model::Algorithm::Als;
    base.scaling = Model::RegularizationScaling::ByRowCount;
    m_window->trainingPanel()->applyConfig(base);

    m_window->showTab(Ui::MainWindow::GridSearchTab);
    Ui::GridSearchPanel *grid = m_window->gridSearchPanel();
    grid->editor()->setAlgorithm(Model::Algorithm::Als);
    grid->editor()->setGridText(QStringLiteral("5, 10, 20, 40"), QStringLiteral("0.03, 0.1, 0.3"),
                      QStringLiteral("1, 2, 5, 10, 20"));
    connect(grid, &Ui::GridSearchPanel::searchFinished, this,
            [this] {
                QTimer::singleShot(settleMs, this, [this] {
                    grab(QStringLiteral("gridsearch"));
                    trainBest();
                });
            },
            Qt::SingleShotConnection);
    grid->startSearch();
}

void ScreenshotRunner::trainBest()
{
    connect(m_window->trainingPanel(), &Ui::TrainingPanel::trainingFinished, this,
            [this](bool success) {
                if (!success) {
                    fail(QStringLiteral("training failed: %1")
                             .arg(m_window->trainingPanel()->statusText()));
                    return;
                }
                QTimer::singleShot(settleMs, this, [this] {
                    grab(QStringLiteral("training"));
                    exploreAndFinish();
                });
            },
            Qt::SingleShotConnection);
    // "Train with these settings": the grid's best configuration on the training split.
    m_window->gridSearchPanel()->trainSelected(false);
}

void ScreenshotRunner::exploreAndFinish()
{
    m_window->showTab(Ui::MainWindow::ExploreTab);
    Ui::ExplorePanel *explore = m_window->explorePanel();
    if (explore->isBusy()) {
        // The title list is still being built on a worker.
        QTimer::singleShot(pollMs, this, [this] { exploreAndFinish(); });
        return;
    }
    const QList<int32_t> matches = explore->findTitles(QStringLiteral("heat (1995)"));
    const QList<int32_t> items = matches.isEmpty() ? explore->findTitles(QString()) : matches;
    if (items.isEmpty()) {
        fail(QStringLiteral("no titles to explore"));
        return;
    }
    explore->setNeighborCount(10);
    explore->setMinimumRatings(20); // hides titles whose factors rest on a handful of ratings
    explore->selectMovie(items.first());
    m_exploredTitle = explore->titleEdit()->text();
    const std::shared_ptr<const Model::Dataset> dataset = m_window->session()->dataset();
    explore->setRecommendationMinimumRatings(20);
    explore->selectUser(QString::fromStdString(dataset->users.rawId(0)));
    whenReady(
        this, [explore] { return !explore->isBusy(); },
        [this] {
            grab(QStringLiteral("explore"));
            showNexus();
        });
}

void ScreenshotRunner::showNexus()
{
    m_window->showTab(Ui::MainWindow::NexusTab);
    // The script passes a fake Nexus server through the environment; without one the
    // tab is shown unconnected.
    const QString deployment = qEnvironmentVariable("RECSTUDIO_SCREENSHOT_NEXUS_DEPLOYMENT");
    if (deployment.isEmpty()) {
        QTimer::singleShot(settleMs, this, [this] {
            grab(QStringLiteral("nexus"));
            emit done(0);
        });
        return;
    }
    Nexus::NexusConfig config;
    config.deployment = QUrl(deployment);
    config.organization = qEnvironmentVariable("RECSTUDIO_SCREENSHOT_NEXUS_ORG");
    config.project = qEnvironmentVariable("RECSTUDIO_SCREENSHOT_NEXUS_PROJECT");
    config.token = qEnvironmentVariable("RECSTUDIO_SCREENSHOT_NEXUS_TOKEN");
    Ui::NexusPanel *nexus = m_window->nexusPanel();
    nexus->setTokenStore(new Ui::MemoryTokenStore);
    nexus->setInteractiveTokenPrompt(false);
    nexus->setConnection(config);
    connect(nexus, &Ui::NexusPanel::jobFinished, this,
            [this, nexus](bool success) {
                if (!success) {
                    fail(QStringLiteral("pushing to Nexus failed: %1").arg(nexus->summaryText()));
                    return;
                }
                connect(nexus, &Ui::NexusPanel::jobFinished, this,
                        [this] {
                            QTimer::singleShot(settleMs, this, [this] {
                                grab(QStringLiteral("nexus"));
                                emit done(0);
                            });
                        },
                        Qt::SingleShotConnection);
                nexus->startSimilarQuery(m_exploredTitle, 5);
            },
            Qt::SingleShotConnection);
    nexus->startPush();
}

void ScreenshotRunner::grab(const QString &name)
{
    const QString path = QDir(m_folder).filePath(name + QStringLiteral(".png"));
    if (!m_window->grab().save(path))
        qCWarning(lcScreenshots) << "could not write" << path;
    else
        qCInfo(lcScreenshots) << "wrote" << path;
}

void ScreenshotRunner::fail(const QString &message)
{
    qCCritical(lcScreenshots) << "screenshots failed:" << message;
    emit done(1);
}

} // namespace RecStudio::App
