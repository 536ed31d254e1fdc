#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace RecStudio::Nexus {

// Connection settings: a Nexus Delta deployment and one project in it. The token is held
// in memory only and never written to settings or logs.
struct NexusConfig
{
    Q_DECLARE_TR_FUNCTIONS(NexusConfig)

public:
    QUrl deployment; // base URL whose last path segment is the API version, e.g. .../v1
    QString organization;
    QString project;
    QString token;

    // Returns an empty string when usable, else a message that names the field and the fix.
    // Plain http:// is accepted only for loopback hosts (127.0.0.0/8, ::1, localhost).
    QString validate() const;

    // "org/project", the form Nexus uses in `_project` and multi-fetch requests.
    QString projectRef() const { return organization + QLatin1Char('/') + project; }
};

// True when host names the local machine, so traffic never leaves it.
bool isLoopbackHost(const QString &host);

} // namespace RecStudio::Nexus
