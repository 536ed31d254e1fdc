#pragma once

#include <nexusconfig.h>

#include <QDialog>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
QT_END_NAMESPACE

namespace RecStudio::Nexus {
class NexusClient;
}

namespace RecStudio::Ui {

class TokenStore;

// Asks for a Nexus deployment, organization, project and token, and checks them with
// Test connection before use. Problems show inline under the fields. The token is read
// from and, when the user agrees, written to the token store, never to QSettings.
class ConnectionDialog final : public QDialog
{
    Q_OBJECT

public:
    ConnectionDialog(TokenStore *tokens, const Nexus::NexusConfig &initial,
                     const QStringList &recentDeployments, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    Nexus::NexusConfig config() const;
    bool rememberToken() const;

    // Account key of a configuration in the token store.
    static QString tokenAccount(const Nexus::NexusConfig &config);

    void testConnection();

signals:
    void connectionTested(bool ok);

private:
    void readStoredToken();
    void showProblem(const QString &text);
    void showSuccess(const QString &text);
    void growToFitMessage();

    TokenStore *m_tokens;
    QComboBox *m_deployment = nullptr;
    QLineEdit *m_organization = nullptr;
    QLineEdit *m_project = nullptr;
    QLineEdit *m_token = nullptr;
    QCheckBox *m_remember = nullptr;
    QPushButton *m_testButton = nullptr;
    QLabel *m_result = nullptr;
    QPointer<Nexus::NexusClient> m_testClient;
};

} // namespace RecStudio::Ui
