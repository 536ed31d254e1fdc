#pragma once

#include <nexusconfig.h>
#include <nexusjob.h>

#include <QPointer>
#include <QWidget>

#include <memory>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QSpinBox;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
QT_END_NAMESPACE

namespace RecStudio::Model {
class Dataset;
}

namespace RecStudio::Nexus {
class NexusClient;
}

namespace RecStudio::Ui {

class Session;
class TokenStore;

// The Nexus tab: the connection, and the jobs that move data between the application
// and a Nexus project (pull ratings and movies, import the open dataset) with progress,
// cancel and a summary. When the server rejects the token in the middle of a job, the
// panel requests a new one and the job resumes where it stopped.
class NexusPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit NexusPanel(Session *session, QWidget *parent = nullptr);
    ~NexusPanel() override;

    // Replaces the token store (the keychain by default); the panel takes ownership.
    void setTokenStore(TokenStore *store);
    // Connects without the dialog, as after accepting it.
    void setConnection(const Nexus::NexusConfig &config);
    const Nexus::NexusConfig &connection() const { return m_config; }
    bool isConnected() const { return m_client != nullptr; }
    // When false, a rejected token emits tokenRequested() without opening a dialog.
    void setInteractiveTokenPrompt(bool interactive) { m_interactivePrompt = interactive; }
    // Gives the paused client a new token; the running job resumes.
    void supplyToken(const QString &token);

    void showConnectionDialog();
    void startPull();
    void startImport();
    // Pushes the session's trained model: one embedding per movie and the model's
    // provenance, then the view that serves similarity queries.
    void startPush();
    // Asks the view of the last pushed model for the k titles most similar to the first
    // movie whose title contains titleText (case- and accent-insensitive).
    void startSimilarQuery(const QString &titleText, int k);
    QString lastRunId() const { return m_lastRunId; }
    void cancelJob();
    bool isRunning() const { return m_job != nullptr; }
    QString summaryText() const;

signals:
    void datasetPulled(std::shared_ptr<const RecStudio::Model::Dataset> dataset,
                       const QString &source);
    void tokenRequested(const QString &message);
    // Emitted when a job ends; success is false after a failure or a cancel.
    void jobFinished(bool success);

private:
    void runJob(Nexus::NexusJob *job, const QString &title);
    void onJobFinished(bool success, const QString &text);
    void onTokenRejected(const QString &message);
    void updateActions();
    void appendSummary(const QString &text);

    Session *m_session;
    TokenStore *m_tokens = nullptr;
    Nexus::NexusConfig m_config;
    Nexus::NexusClient *m_client = nullptr;
    QPointer<Nexus::NexusJob> m_job;
    bool m_interactivePrompt = true;
    QLabel *m_connectionLabel = nullptr;
    QPushButton *m_connectButton = nullptr;
    QPushButton *m_pullButton = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_pushButton = nullptr;
    QPushButton *m_similarButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QLineEdit *m_similarTitle = nullptr;
    QSpinBox *m_similarCount = nullptr;
    QString m_lastRunId;
    QProgressBar *m_progress = nullptr;
    QLabel *m_stage = nullptr;
    QPlainTextEdit *m_summary = nullptr;
};

} // namespace RecStudio::Ui
