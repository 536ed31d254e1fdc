#pragma once

#include "nexusjob.h"
#include "nexussteps.h"

#include <QStringList>

namespace RecStudio::Nexus {

struct ConnectionReport
{
    ProjectInfo project;
    QStringList identities; // "User tester (realm fake)", "Authenticated (realm fake)", ...
    bool anonymous = true;  // true when the token maps to no identity but Anonymous

    QString describe() const;
};

// Checks a configuration end to end: validates it, reads the project (label, base,
// vocab) and the identities Nexus derives from the token.
class ConnectionCheckJob final : public NexusJob
{
    Q_OBJECT

public:
    explicit ConnectionCheckJob(NexusClient *client, QObject *parent = nullptr);

    const ConnectionReport &report() const { return m_report; }

    // Parses a GET /identities body into report; returns an empty string or the problem.
    static QString parseIdentities(const QByteArray &body, ConnectionReport &report);

protected:
    void run() override;

private:
    void fetchIdentities();

    ConnectionReport m_report;
};

} // namespace RecStudio::Nexus
