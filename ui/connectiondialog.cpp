#include "connectiondialog.h"

#include "tokenstore.h"

#include <nexusclient.h>
#include <nexussteps.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace RecStudio::Ui {

ConnectionDialog::ConnectionDialog(TokenStore *tokens, const Nexus::NexusConfig &initial,
                                   const QStringList &recentDeployments, QWidget *parent)
    : QDialog(parent)
    , m_tokens(tokens)
{
    setWindowTitle(tr("Connect to Nexus"));
    m_deployment = new QComboBox;
    m_deployment->setEditable(true);
    m_deployment->addItems(recentDeployments);
    m_deployment->setCurrentText(initial.deployment.toString());
    m_deployment->setToolTip(tr("Base URL of the Nexus Delta API, ending in the version, "
                                "e.g. https://nexus.example.org/v1"));
    m_organization = new QLineEdit(initial.organization);
    m_project = new QLineEdit(initial.project);
    m_token = new QLineEdit(initial.token);
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("Bearer token (kept in the system keychain)"));
    m_remember = new QCheckBox(tr("Remember the token in the system keychain"));
    m_remember->setChecked(true);
    m_testButton = new QPushButton(tr("Test connection"));
    m_result = new QLabel;
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto form = new QFormLayout;
    form->addRow(tr("Deployment:"), m_deployment);
    form->addRow(tr("Organization:"), m_organization);
    form->addRow(tr("Project:"), m_project);
    form->addRow(tr("Token:"), m_token);
    form->addRow(QString(), m_remember);
    auto buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->addButton(m_testButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        const QString problem = config().validate();
        if (!problem.isEmpty()) {
            showProblem(problem);
            return;
        }
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_testButton, &QPushButton::clicked, this, &ConnectionDialog::testConnection);

    auto layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    setMinimumWidth(520);

    if (initial.token.isEmpty())
        readStoredToken();
}

ConnectionDialog::~ConnectionDialog() = default;

Nexus::NexusConfig ConnectionDialog::config() const
{
    Nexus::NexusConfig config;
    config.deployment = QUrl::fromUserInput(m_deployment->currentText().trimmed());
    config.organization = m_organization->text().trimmed();
    config.project = m_project->text().trimmed();
    config.token = m_token->text().trimmed();
    return config;
}

bool ConnectionDialog::rememberToken() const
{
    return m_remember->isChecked();
}

QString ConnectionDialog::tokenAccount(const Nexus::NexusConfig &config)
{
    return config.deployment.toString(QUrl::StripTrailingSlash) + u'/' + config.organization
           + u'/' + config.project;
}

void ConnectionDialog::readStoredToken()
{
    const Nexus::NexusConfig current = config();
    if (current.deployment.isEmpty())
        return;
    m_tokens->readToken(tokenAccount(current), this,
                        [this](const QString &token, const QString &error) {
                            if (!token.isEmpty() && m_token->text().isEmpty())
                                m_token->setText(token);
                            if (!error.isEmpty())
                                showProblem(tr("The keychain could not be read (%1); enter "
                                               "the token by hand.")
                                                .arg(error));
                        });
}

void ConnectionDialog::testConnection()
{
    const Nexus::NexusConfig current = config();
    const QString problem = current.validate();
    if (!problem.isEmpty()) {
        showProblem(problem);
        emit connectionTested(false);
        return;
    }
    delete m_testClient;
    m_testClient = new Nexus::NexusClient(current, this);
    // A rejected token pauses the client instead of failing the call, so the test ends
    // here with the rejection as its result.
    connect(m_testClient, &Nexus::NexusClient::tokenRejected, this, [this](const QString &message) {
        m_testButton->setEnabled(true);
        showProblem(message);
        m_testClient->deleteLater();
        emit connectionTested(false);
    });
    m_testButton->setEnabled(false);
    m_result->setStyleSheet(QString());
    m_result->setText(tr("Connecting…"));
    Nexus::fetchProject(m_testClient, this,
                        [this](const Nexus::ErrorOrNone &error, const Nexus::ProjectInfo &info) {
                            m_testButton->setEnabled(true);
                            if (error) {
                                showProblem(error->message);
                                emit connectionTested(false);
                                return;
                            }
                            showSuccess(tr("Connected to project %1/%2. Vocabulary: %3")
                                            .arg(info.organization, info.label, info.vocab));
                            emit connectionTested(true);
                        });
}

void ConnectionDialog::showProblem(const QString &text)
{
    m_result->setStyleSheet(QStringLiteral("color: #b00020"));
    m_result->setText(text);
    growToFitMessage();
}

void ConnectionDialog::showSuccess(const QString &text)
{
    m_result->setStyleSheet(QStringLiteral("color: #1b5e20"));
    m_result->setText(text);
    growToFitMessage();
}

void ConnectionDialog::growToFitMessage()
{
    // Without this the dialog only grows to its minimum size, so a message that wraps
    // over several lines squeezes the fields until their text is cut off.
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : sizeHint().height();
    if (height() < needed)
        resize(width(), needed);
}

} // namespace RecStudio::Ui
