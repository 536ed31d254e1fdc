#include "keychaintokenstore.h"

#include <qt6keychain/keychain.h>

#include <QLoggingCategory>
#include <QPointer>

namespace RecStudio::Ui {

Q_LOGGING_CATEGORY(lcKeychain, "recstudio.ui.keychain", QtWarningMsg)

QString KeychainTokenStore::serviceName()
{
    return QStringLiteral("Recommender Studio Nexus");
}

void KeychainTokenStore::readToken(const QString &account, QObject *context, ReadCallback done)
{
    auto job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(account);
    connect(job, &QKeychain::Job::finished, context, [job, done](QKeychain::Job *) {
        if (job->error() == QKeychain::NoError) {
            done(job->textData(), QString());
        } else if (job->error() == QKeychain::EntryNotFound) {
            done(QString(), QString());
        } else {
            qCWarning(lcKeychain) << "reading a token failed:" << job->errorString();
            done(QString(), job->errorString());
        }
    });
    job->start();
}

void KeychainTokenStore::writeToken(const QString &account, const QString &token,
                                    QObject *context, WriteCallback done)
{
    auto job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(account);
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, context, [job, done](QKeychain::Job *) {
        if (job->error() != QKeychain::NoError)
            qCWarning(lcKeychain) << "storing a token failed:" << job->errorString();
        done(job->error() == QKeychain::NoError ? QString() : job->errorString());
    });
    job->start();
}

} // namespace RecStudio::Ui
