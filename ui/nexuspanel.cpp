#include "nexuspanel.h"

#include "connectiondialog.h"
#include "keychaintokenstore.h"
#include "modelembeddings.h"
#include "logmodel.h"
#include "session.h"
#include "settingvalue.h"

#include <dataset.h>
#include <importjob.h>
#include <nexusclient.h>
#include <pulljob.h>
#include <pushjob.h>
#include <similarjob.h>
#include <trainconfig.h>

#include "textfolding.h"

#include <QLineEdit>
#include <QSpinBox>

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace RecStudio::Ui {

namespace {

// The connection without its token; recent deployments feed the dialog's list.
const SettingValue<QString> deploymentSetting{QStringLiteral("nexus/deployment"), QString()};
const SettingValue<QString> organizationSetting{QStringLiteral("nexus/organization"), QString()};
const SettingValue<QString> projectSetting{QStringLiteral("nexus/project"), QString()};
const SettingValue<QStringList> recentDeploymentsSetting{QStringLiteral("nexus/recentDeployments"),
                                                         {}};
constexpr int maxRecentDeployments = 8;

QString ratingsFileOf(const QString &source)
{
    const QFileInfo info(source);
    if (info.isFile())
        return info.absoluteFilePath();
    if (info.isDir()) {
        for (const QString &name : {QStringLiteral("ratings.csv"), QStringLiteral("u.data")}) {
            const QString path = QDir(source).filePath(name);
            if (QFileInfo::exists(path))
                return path;
        }
    }
    return {};
}

} // namespace

NexusPanel::NexusPanel(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_tokens(new KeychainTokenStore(this))
{
    m_connectionLabel = new QLabel;
    m_connectionLabel->setWordWrap(true);
    m_connectButton = new QPushButton(tr("Connect…"));
    connect(m_connectButton, &QPushButton::clicked, this, &NexusPanel::showConnectionDialog);

    m_pullButton = new QPushButton(tr("Pull ratings and movies"));
    m_pullButton->setToolTip(tr("Read every Rating and Movie of the project into a new "
                                "dataset"));
    m_importButton = new QPushButton(tr("Import the open dataset"));
    m_importButton->setToolTip(tr("Upload the open dataset's ratings and movies into the "
                                  "project; a second import creates nothing new"));
    m_pushButton = new QPushButton(tr("Push the model"));
    m_pushButton->setToolTip(tr("Send the trained model's movie embeddings and its provenance "
                                "to the project, and index them for similarity queries"));
    m_similarButton = new QPushButton(tr("Similar titles from the server"));
    m_similarButton->setToolTip(tr("Ask the project's index of the last pushed model for the "
                                   "titles most similar to the chosen movie"));
    m_similarTitle = new QLineEdit;
    m_similarTitle->setPlaceholderText(tr("Title contains…"));
    m_similarCount = new QSpinBox;
    m_similarCount->setRange(1, 100);
    m_similarCount->setValue(10);
    m_similarCount->setToolTip(tr("Number of similar titles to ask for (k)"));
    connect(m_pushButton, &QPushButton::clicked, this, &NexusPanel::startPush);
    connect(m_similarButton, &QPushButton::clicked, this, [this] {
        startSimilarQuery(m_similarTitle->text(), m_similarCount->value());
    });
    m_cancelButton = new QPushButton(tr("Cancel"));
    connect(m_pullButton, &QPushButton::clicked, this, &NexusPanel::startPull);
    connect(m_importButton, &QPushButton::clicked, this, &NexusPanel::startImport);
    connect(m_cancelButton, &QPushButton::clicked, this, &NexusPanel::cancelJob);

    m_progress = new QProgressBar;
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_stage = new QLabel;
    m_stage->setWordWrap(true);
    m_summary = new QPlainTextEdit;
    m_summary->setReadOnly(true);
    m_summary->setPlaceholderText(tr("Summaries of pulls and imports appear here."));

    auto connectionBox = new QGroupBox(tr("Connection"));
    auto connectionLayout = new QHBoxLayout(connectionBox);
    connectionLayout->addWidget(m_connectionLabel, 1);
    connectionLayout->addWidget(m_connectButton);

    auto actionsBox = new QGroupBox(tr("Jobs"));
    auto actionsLayout = new QVBoxLayout(actionsBox);
    auto buttonRow = new QHBoxLayout;
    for (QPushButton *button : {m_pullButton, m_importButton, m_pushButton})
        buttonRow->addWidget(button);
    buttonRow->addStretch();
    auto similarRow = new QHBoxLayout;
    similarRow->addWidget(new QLabel(tr("Movie:")));
    similarRow->addWidget(m_similarTitle, 1);
    similarRow->addWidget(new QLabel(tr("k:")));
    similarRow->addWidget(m_similarCount);
    similarRow->addWidget(m_similarButton);
    auto progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancelButton);
    actionsLayout->addLayout(buttonRow);
    actionsLayout->addLayout(similarRow);
    actionsLayout->addLayout(progressRow);
    actionsLayout->addWidget(m_stage);

    auto summaryBox = new QGroupBox(tr("Summary"));
    (new QVBoxLayout(summaryBox))->addWidget(m_summary);

    auto layout = new QVBoxLayout(this);
    layout->addWidget(connectionBox);
    layout->addWidget(actionsBox);
    layout->addWidget(summaryBox, 1);

    m_config.deployment = QUrl(deploymentSetting.get());
    m_config.organization = organizationSetting.get();
    m_config.project = projectSetting.get();
    connect(session, &Session::datasetChanged, this, &NexusPanel::updateActions);
    connect(session, &Session::trainedRunChanged, this, &NexusPanel::updateActions);
    updateActions();
}

NexusPanel::~NexusPanel()
{
    if (m_job)
        m_job->cancel();
}

void NexusPanel::setTokenStore(TokenStore *store)
{
    if (m_tokens && m_tokens->parent() == this)
        delete m_tokens;
    m_tokens = store;
    store->setParent(this);
}

void NexusPanel::setConnection(const Nexus::NexusConfig &config)
{
    cancelJob();
    delete m_client;
    m_config = config;
    m_client = new Nexus::NexusClient(config, this);
    connect(m_client, &Nexus::NexusClient::tokenRejected, this, &NexusPanel::onTokenRejected);

    deploymentSetting.set(config.deployment.toString());
    organizationSetting.set(config.organization);
    projectSetting.set(config.project);
    QStringList recent = recentDeploymentsSetting.get();
    recent.removeAll(config.deployment.toString());
    recent.prepend(config.deployment.toString());
    recentDeploymentsSetting.set(recent.mid(0, maxRecentDeployments));

    m_session->log()->info(tr("Nexus connection: %1, project %2/%3")
                               .arg(config.deployment.toString(), config.organization,
                                    config.project));
    updateActions();
}

void NexusPanel::showConnectionDialog()
{
    auto dialog = new ConnectionDialog(m_tokens, m_config, recentDeploymentsSetting.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Nexus::NexusConfig config = dialog->config();
        if (dialog->rememberToken()) {
            m_tokens->writeToken(ConnectionDialog::tokenAccount(config), config.token, this,
                                 [this](const QString &error) {
                                     if (!error.isEmpty())
                                         m_session->log()->warning(
                                             tr("The token could not be stored in the "
                                                "keychain (%1); it is kept for this session "
                                                "only.")
                                                 .arg(error));
                                 });
        }
        setConnection(config);
    });
    dialog->open();
}

void NexusPanel::supplyToken(const QString &token)
{
    if (!m_client || token.isEmpty())
        return;
    m_config.token = token;
    m_client->setToken(token);
    m_session->log()->info(tr("New Nexus token supplied; the job resumes."));
}

void NexusPanel::onTokenRejected(const QString &message)
{
    m_stage->setText(tr("Paused: %1").arg(message));
    m_session->log()->warning(tr("Nexus rejected the token: %1").arg(message));
    emit tokenRequested(message);
    if (!m_interactivePrompt)
        return;
    auto dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Nexus token expired"));
    dialog->setLabelText(tr("%1\n\nPaste a new token to resume the job:").arg(message));
    dialog->setTextEchoMode(QLineEdit::Password);
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &token) {
        supplyToken(token.trimmed());
        if (m_tokens)
            m_tokens->writeToken(ConnectionDialog::tokenAccount(m_config), token.trimmed(), this,
                                 [](const QString &) {});
    });
    connect(dialog, &QInputDialog::rejected, this, &NexusPanel::cancelJob);
    dialog->open();
}

void NexusPanel::startPull()
{
    if (!m_client || m_job)
        return;
    auto job = new Nexus::PullJob(m_client, Nexus::PullOptions{}, this);
    connect(job, &Nexus::NexusJob::finished, this, [this, job] {
        auto dataset = std::make_shared<Model::Dataset>(job->takeDataset());
        const Nexus::PullReport &report = job->report();
        const QString source = tr("Nexus %1/%2").arg(m_config.organization, m_config.project);
        dataset->name = source.toStdString();
        const QLocale locale;
        QString text = tr("Pulled %1 ratings and %2 movies from %3 (%4, %5 pages).")
                           .arg(locale.toString(report.ratingHits),
                                locale.toString(report.movieHits), source, report.describePath(),
                                locale.toString(report.pages));
        if (report.skipped > 0)
            text += u' ' + tr("%1 documents were skipped.").arg(locale.toString(report.skipped));
        for (const QString &problem : report.problems)
            text += u'\n' + problem;
        onJobFinished(true, text);
        emit datasetPulled(std::shared_ptr<const Model::Dataset>(std::move(dataset)), source);
    });
    runJob(job, tr("Pulling ratings and movies"));
}

void NexusPanel::startImport()
{
    const std::shared_ptr<const Model::Dataset> dataset = m_session->dataset();
    if (!m_client || m_job || !dataset)
        return;
    Nexus::ImportOptions options;
    options.originalFile = ratingsFileOf(m_session->datasetSource());
    const QString stateFolder = QStandardPaths::writableLocation(
        QStandardPaths::AppLocalDataLocation);
    QDir().mkpath(stateFolder);
    options.statePath = QDir(stateFolder).filePath(QStringLiteral("import-%1-%2.state")
                                                       .arg(m_config.organization,
                                                            m_config.project));
    auto job = new Nexus::ImportJob(m_client, dataset, options, this);
    connect(job, &Nexus::NexusJob::finished, this, [this, job] {
        onJobFinished(job->summary().failed == 0, job->summary().describe());
    });
    runJob(job, tr("Importing the open dataset"));
}

void NexusPanel::startPush()
{
    const std::shared_ptr<const TrainedRun> run = m_session->trainedRun();
    if (!m_client || m_job || !run)
        return;
    Nexus::EmbeddingSet embeddings = embeddingSetOf(*run);
    const QString invalid = Nexus::validateEmbeddings(embeddings);
    if (!invalid.isEmpty()) {
        onJobFinished(false, tr("The model cannot be pushed: %1").arg(invalid));
        return;
    }
    auto job = new Nexus::PushJob(m_client, std::move(embeddings), Nexus::PushOptions{}, this);
    connect(job, &Nexus::NexusJob::finished, this, [this, job] {
        const Nexus::PushSummary &summary = job->summary();
        m_lastRunId = summary.runId;
        onJobFinished(summary.failures.isEmpty(), summary.describe());
    });
    runJob(job, tr("Pushing the model"));
}

void NexusPanel::startSimilarQuery(const QString &titleText, int k)
{
    const std::shared_ptr<const TrainedRun> run = m_session->trainedRun();
    if (!m_client || m_job || !run || m_lastRunId.isEmpty())
        return;
    const QString needle = foldForSearch(titleText.trimmed());
    int32_t found = -1;
    for (int32_t item = 0; item < run->dataset->itemCount() && found < 0; ++item) {
        if (foldForSearch(QString::fromStdString(run->dataset->itemTitle(item))).contains(needle))
            found = item;
    }
    if (needle.isEmpty() || found < 0) {
        m_stage->setText(tr("No movie title contains '%1'; check the spelling.").arg(titleText));
        return;
    }
    m_similarTitle->setText(QString::fromStdString(run->dataset->itemTitle(found)));
    m_similarCount->setValue(k);
    Nexus::SimilarQuery query;
    query.runId = m_lastRunId;
    query.movie = Nexus::rawIdAt(run->dataset->items, found);
    query.k = k;
    const auto row = run->model.itemFactors.row(found);
    query.vector.assign(row.data(), row.data() + row.size());
    const QString title = QString::fromStdString(run->dataset->itemTitle(found));
    auto job = new Nexus::SimilarItemsJob(m_client, query, this);
    connect(job, &Nexus::NexusJob::finished, this, [this, job, title] {
        QString text = tr("%n title(s) similar to %1 according to the server:", "",
                          int(job->items().size()))
                           .arg(title);
        const QLocale locale;
        for (const Nexus::SimilarItem &item : job->items())
            text += QStringLiteral("\n  %1  %2").arg(locale.toString(item.similarity, 'f', 3),
                                                     item.title);
        onJobFinished(true, text);
    });
    runJob(job, tr("Querying similar titles of %1").arg(title));
}

void NexusPanel::runJob(Nexus::NexusJob *job, const QString &title)
{
    m_job = job;
    m_progress->setRange(0, 0);
    m_stage->setText(title);
    appendSummary(tr("%1 started.").arg(title));
    m_session->log()->info(tr("%1 (project %2/%3)").arg(title, m_config.organization,
                                                    m_config.project));
    connect(job, &Nexus::NexusJob::progress, this,
            [this](qint64 done, qint64 total, const QString &stage) {
                if (total > 0) {
                    // QProgressBar takes int; scale large totals down.
                    const double scale = total > 1000000 ? double(total) / 1000000.0 : 1.0;
                    m_progress->setRange(0, int(double(total) / scale));
                    m_progress->setValue(int(double(done) / scale));
                } else {
                    m_progress->setRange(0, 0);
                }
                m_stage->setText(stage);
            });
    connect(job, &Nexus::NexusJob::resumed, this,
            [this] { m_stage->setText(tr("Resumed with the new token.")); });
    connect(job, &Nexus::NexusJob::failed, this,
            [this](const QString &message) { onJobFinished(false, message); });
    connect(job, &Nexus::NexusJob::canceled, this,
            [this] { onJobFinished(false, tr("Canceled; nothing was changed locally.")); });
    m_session->jobs().addCancelable(job, [job] { job->cancel(); });
    updateActions();
    job->start();
}

void NexusPanel::onJobFinished(bool success, const QString &text)
{
    if (m_job)
        m_job->deleteLater();
    m_job = nullptr;
    m_progress->setRange(0, 1);
    m_progress->setValue(success ? 1 : 0);
    m_stage->setText(success ? tr("Done.") : text.section(u'\n', 0, 0));
    appendSummary(text);
    if (success)
        m_session->log()->info(text.section(u'\n', 0, 0));
    else
        m_session->log()->error(tr("Nexus job ended: %1").arg(text.section(u'\n', 0, 0)));
    updateActions();
    emit jobFinished(success);
}

void NexusPanel::cancelJob()
{
    if (m_job)
        m_job->cancel();
}

QString NexusPanel::summaryText() const
{
    return m_summary->toPlainText();
}

void NexusPanel::appendSummary(const QString &text)
{
    m_summary->appendPlainText(QStringLiteral("[%1] %2").arg(
        QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss")), text));
}

void NexusPanel::updateActions()
{
    if (m_client) {
        m_connectionLabel->setText(tr("%1 — project %2/%3")
                                       .arg(m_config.deployment.toString(), m_config.organization,
                                            m_config.project));
    } else {
        m_connectionLabel->setText(tr("Not connected. Choose Connect… to enter a deployment, "
                                      "project and token."));
    }
    const bool idle = !m_job;
    m_pullButton->setEnabled(m_client && idle);
    m_importButton->setEnabled(m_client && idle && m_session->dataset());
    m_pushButton->setEnabled(m_client && idle && m_session->trainedRun());
    m_similarButton->setEnabled(m_client && idle && m_session->trainedRun()
                                && !m_lastRunId.isEmpty());
    m_cancelButton->setEnabled(!idle);
    m_connectButton->setEnabled(idle);
}

} // namespace RecStudio::Ui
