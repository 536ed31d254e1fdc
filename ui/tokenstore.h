#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace RecStudio::Ui {

// Storage of Nexus tokens between sessions, keyed by an account string (deployment and
// project). It is never QSettings: the application uses the OS keychain and tests use a
// store in memory. Callbacks run on the GUI thread unless context is destroyed first.
class TokenStore : public QObject
{
    Q_OBJECT

public:
    using ReadCallback = std::function<void(const QString &token, const QString &error)>;
    using WriteCallback = std::function<void(const QString &error)>;

    using QObject::QObject;

    // Reads the token of account; an absent entry gives an empty token and no error.
    virtual void readToken(const QString &account, QObject *context, ReadCallback done) = 0;
    virtual void writeToken(const QString &account, const QString &token, QObject *context,
                            WriteCallback done) = 0;
};

} // namespace RecStudio::Ui
