#pragma once

#include <QString>
#include <QUrl>

namespace RecStudio::Nexus {

// Where to talk to: a Nexus Delta deployment and one project in it. The token is held
// in memory only and never written to settings or logs.
struct NexusConfig
{
    QUrl deployment; // base URL whose last path segment is the API version, e.g. .../v1
    QString organization;
    QString project;
    QString token;

    // Returns an empty string when usable, else a message that names the field and the fix.
    QString validate() const;
};

} // namespace RecStudio::Nexus
