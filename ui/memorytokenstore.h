#pragma once

#include "tokenstore.h"

#include <QHash>
#include <QMetaObject>

namespace RecStudio::Ui {

// Keeps tokens in memory only, for tests and for users who do not want them stored.
// Callbacks are queued like the keychain's, so callers see the same ordering.
class MemoryTokenStore final : public TokenStore
{
    Q_OBJECT

public:
    using TokenStore::TokenStore;

    void readToken(const QString &account, QObject *context, ReadCallback done) override
    {
        const QString token = m_tokens.value(account);
        QMetaObject::invokeMethod(
            context, [done, token] { done(token, QString()); }, Qt::QueuedConnection);
    }

    void writeToken(const QString &account, const QString &token, QObject *context,
                    WriteCallback done) override
    {
        m_tokens.insert(account, token);
        QMetaObject::invokeMethod(context, [done] { done(QString()); }, Qt::QueuedConnection);
    }

private:
    QHash<QString, QString> m_tokens;
};

} // namespace RecStudio::Ui
