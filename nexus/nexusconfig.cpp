#include "nexusconfig.h"

namespace RecStudio::Nexus {

QString NexusConfig::validate() const
{
    if (!deployment.isValid() || deployment.scheme().isEmpty())
        return QStringLiteral("The deployment URL is missing or invalid.");
    return {};
}

} // namespace RecStudio::Nexus
