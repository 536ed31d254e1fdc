#include "nexusconfig.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace RecStudio::Nexus {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString NexusConfig::validate() const
{
    if (!deployment.isValid() || deployment.scheme().isEmpty() || deployment.host().isEmpty())
        return tr("The deployment URL '%1' is missing or invalid; enter the base URL of the "
                  "Nexus API, for example https://nexus.example.org/v1.")
            .arg(deployment.toDisplayString());
    const QString scheme = deployment.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return tr("The deployment URL '%1' uses the scheme '%2'; use https://.")
            .arg(deployment.toDisplayString(), scheme);
    if (scheme == QLatin1String("http") && !isLoopbackHost(deployment.host()))
        return tr("The deployment URL '%1' uses plain http:// to a remote host, which would "
                  "send the token unencrypted; use https://.")
            .arg(deployment.toDisplayString());
    if (!deployment.query().isEmpty() || !deployment.fragment().isEmpty())
        return tr("The deployment URL '%1' must not contain a query or a fragment.")
            .arg(deployment.toDisplayString());

    static const QRegularExpression versionSegment(QStringLiteral("^v[0-9]+$"));
    QString path = deployment.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    const QString lastSegment = path.section(QLatin1Char('/'), -1);
    if (!versionSegment.match(lastSegment).hasMatch()) {
        // The suggestion is the URL without its trailing slashes, so a root path of "/"
        // does not turn into "//v1".
        QUrl base = deployment;
        base.setPath(path);
        return tr("The deployment URL '%1' must end with the API version segment, for "
                  "example '%2/v1'.")
            .arg(deployment.toDisplayString(), base.toDisplayString());
    }

    static const QRegularExpression label(QStringLiteral("^[a-zA-Z0-9_-]{1,64}$"));
    if (!label.match(organization).hasMatch())
        return tr("The organization '%1' is not a valid Nexus label; use 1 to 64 letters, "
                  "digits, '_' or '-'.")
            .arg(organization);
    if (!label.match(project).hasMatch())
        return tr("The project '%1' is not a valid Nexus label; use 1 to 64 letters, "
                  "digits, '_' or '-'.")
            .arg(project);
    if (token.contains(QLatin1Char('\n')) || token.contains(QLatin1Char('\r')))
        return tr("The token contains a line break; paste the access token on one line.");
    return {};
}

} // namespace RecStudio::Nexus
