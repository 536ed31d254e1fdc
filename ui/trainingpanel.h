#pragma once

#include "trainingjob.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QWidget>

#include <atomic>
#include <memory>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QFormLayout;
class QLabel;
class QProgressBar;
class QPushButton;
QT_END_NAMESPACE

namespace RecStudio::Ui {

class LiveChart;
class Session;
class TrainingSettingsForm;

// The Training tab: hyperparameters, Start/Cancel, the live train and test MSE curves,
// progress with time remaining, the final metrics, and saving or opening a model.
class TrainingPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit TrainingPanel(Session *session, QWidget *parent = nullptr);
    ~TrainingPanel() override;

    TrainingSettingsForm *settingsForm() const { return m_form; }
    LiveChart *chart() const { return m_chart; }
    bool isRunning() const { return m_watcher.isRunning(); }
    int trainSeries() const { return m_trainSeries; }
    int testSeries() const { return m_testSeries; }
    QString statusText() const;

    // Starts a run with the form's settings; allData trains on every rating with no
    // test set, which is meant for the final model only.
    void startTraining(bool allData = false);
    void cancelTraining();
    // Puts config into the form (the split settings stay).
    void applyConfig(const Model::TrainConfig &config);

    bool saveModel(const QString &path);
    bool openModel(const QString &path);

signals:
    void trainingStarted();
    // Emitted once per run: success is true when a model was published to the session.
    void trainingFinished(bool success);

private:
    void onEpochsReady(int begin, int end);
    void onFinished();
    void onSaveClicked();
    void onOpenClicked();
    void setRunning(bool running);
    void showMetrics(const TrainingResult &result);
    void showStatus(const QString &text, bool problem);
    void updateModelActions();

    Session *m_session;
    TrainingSettingsForm *m_form;
    LiveChart *m_chart;
    QPushButton *m_startButton = nullptr;
    QPushButton *m_allDataButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_openButton = nullptr;
    QCheckBox *m_logScale = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_remaining = nullptr;
    QLabel *m_status = nullptr;
    QFormLayout *m_metricsForm = nullptr;
    int m_trainSeries = -1;
    int m_testSeries = -1;
    int m_epochsShown = 0;
    bool m_allData = false;
    QFutureWatcher<Model::EpochStats> m_watcher;
    std::shared_ptr<TrainingResult> m_result;
    std::shared_ptr<std::atomic_bool> m_cancel;
    TrainingRequest m_request;
};

} // namespace RecStudio::Ui
