#include "connectioncheckjob.h"

#include "nexusclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace RecStudio::Nexus {

QString ConnectionReport::describe() const
{
    return ConnectionCheckJob::tr("Project '%1/%2' (base %3, vocab %4); identities: %5.")
        .arg(project.organization, project.label, project.base, project.vocab,
             identities.isEmpty() ? ConnectionCheckJob::tr("none") : identities.join(QStringLiteral(", ")));
}

ConnectionCheckJob::ConnectionCheckJob(NexusClient *client, QObject *parent)
    : NexusJob(client, parent)
{}

QString ConnectionCheckJob::parseIdentities(const QByteArray &body, ConnectionReport &report)
{
    const QJsonValue identities = QJsonDocument::fromJson(body).object().value(QLatin1String("identities"));
    if (!identities.isArray())
        return QStringLiteral("no 'identities' array");
    report.identities.clear();
    report.anonymous = true;
    for (const QJsonValue &value : identities.toArray()) {
        const QJsonObject identity = value.toObject();
        const QString type = identity.value(QLatin1String("@type")).toString();
        const QString realm = identity.value(QLatin1String("realm")).toString();
        QString text = type;
        if (type == QLatin1String("User"))
            text += QLatin1Char(' ') + identity.value(QLatin1String("subject")).toString();
        else if (type == QLatin1String("Group"))
            text += QLatin1Char(' ') + identity.value(QLatin1String("group")).toString();
        if (!realm.isEmpty())
            text += QStringLiteral(" (realm %1)").arg(realm);
        if (type != QLatin1String("Anonymous"))
            report.anonymous = false;
        report.identities.append(text);
    }
    return {};
}

void ConnectionCheckJob::run()
{
    const QString invalid = client()->config().validate();
    if (!invalid.isEmpty()) {
        fail(invalid);
        return;
    }
    emit progress(0, 2, tr("Reading project"));
    fetchProject(client(), this, [this](const ErrorOrNone &error, const ProjectInfo &project) {
        if (error) {
            fail(*error);
            return;
        }
        m_report.project = project;
        fetchIdentities();
    });
}

void ConnectionCheckJob::fetchIdentities()
{
    emit progress(1, 2, tr("Reading identities"));
    NexusRequest request;
    request.url = client()->endpoint({QStringLiteral("identities")});
    request.call = tr("read the identities of the token");
    client()->send(request, this, [this, call = request.call](const NexusReply &reply) {
        if (!reply.ok()) {
            fail(*reply.error);
            return;
        }
        const QString problem = parseIdentities(reply.body, m_report);
        if (!problem.isEmpty()) {
            fail(NexusError::invalidReply(call, problem));
            return;
        }
        emit progress(2, 2, tr("Connected"));
        succeed();
    });
}

} // namespace RecStudio::Nexus
