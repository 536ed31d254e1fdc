#pragma once

#include "tokenstore.h"

namespace RecStudio::Ui {

// Keeps tokens in the operating system's keychain through QtKeychain (Secret Service,
// KWallet, macOS Keychain or Windows Credential Store). The insecure plain-text fallback
// stays off, so a system without a keychain reports an error instead of storing the
// token in a file.
class KeychainTokenStore final : public TokenStore
{
    Q_OBJECT

public:
    using TokenStore::TokenStore;

    void readToken(const QString &account, QObject *context, ReadCallback done) override;
    void writeToken(const QString &account, const QString &token, QObject *context,
                    WriteCallback done) override;

    static QString serviceName();
};

} // namespace RecStudio::Ui
