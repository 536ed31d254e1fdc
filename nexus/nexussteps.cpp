#include "nexussteps.h"

#include "nexusclient.h"
#include "nexusjob.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace RecStudio::Nexus {

namespace {

// Translation context of the free functions below; lupdate finds it through the macro.
struct NexusSteps
{
    Q_DECLARE_TR_FUNCTIONS(RecStudio::Nexus::NexusSteps)
};

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

QJsonObject stripMetadata(QJsonObject object)
{
    for (auto it = object.begin(); it != object.end();) {
        if (it.key().startsWith(QLatin1Char('_')) || it.key() == QLatin1String("@context"))
            it = object.erase(it);
        else
            ++it;
    }
    return object;
}

QString parseProject(const QByteArray &body, ProjectInfo &info)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    info.label = object.value(QLatin1String("_label")).toString();
    info.organization = object.value(QLatin1String("_organizationLabel")).toString();
    info.description = object.value(QLatin1String("description")).toString();
    info.base = object.value(QLatin1String("base")).toString();
    info.vocab = object.value(QLatin1String("vocab")).toString();
    if (info.base.isEmpty() || info.vocab.isEmpty())
        return NexusSteps::tr("no 'base' or 'vocab' in the project");
    return {};
}

QString parseViewStatistics(const QByteArray &body, ViewStatistics &statistics)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    statistics.totalEvents = object.value(QLatin1String("totalEvents")).toInteger(-1);
    statistics.processedEvents = object.value(QLatin1String("processedEvents")).toInteger(-1);
    statistics.remainingEvents = object.value(QLatin1String("remainingEvents")).toInteger(-1);
    if (statistics.totalEvents < 0 || statistics.processedEvents < 0
        || statistics.remainingEvents < 0)
        return NexusSteps::tr("missing event counts");
    return {};
}

void fetchProject(NexusClient *client, QObject *context,
                  std::function<void(const ErrorOrNone &, const ProjectInfo &)> done)
{
    NexusRequest request;
    request.url = client->projectEndpoint(QStringLiteral("projects"));
    request.call = NexusSteps::tr("fetch project '%1'").arg(client->config().projectRef());
    client->send(request, context, [done, call = request.call](const NexusReply &reply) {
        ProjectInfo info;
        if (!reply.ok()) {
            done(reply.error, info);
            return;
        }
        const QString problem = parseProject(reply.body, info);
        if (!problem.isEmpty()) {
            done(NexusError::invalidReply(call, problem), info);
            return;
        }
        done(std::nullopt, info);
    });
}

namespace {

struct UpsertState
{
    NexusClient *client = nullptr;
    QPointer<QObject> context;
    QString id;
    QJsonObject payload;
    std::function<void(const ErrorOrNone &, UpsertOutcome)> done;
    int conflicts = 0;
};

void compareAndUpdate(const std::shared_ptr<UpsertState> &state);

void updateWithRevision(const std::shared_ptr<UpsertState> &state, qint64 revision)
{
    NexusRequest request;
    request.method = "PUT";
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("rev"), QString::number(revision));
    request.url = state->client->projectEndpoint(QStringLiteral("resources"),
                                                 {QStringLiteral("_"), state->id}, query);
    request.body = toJson(state->payload);
    request.contentType = "application/json";
    request.call = NexusSteps::tr("update resource '%1'").arg(state->id);
    state->client->send(request, state->context, [state](const NexusReply &reply) {
        if (reply.ok()) {
            state->done(std::nullopt, UpsertOutcome::Updated);
        } else if (reply.status == 409 && ++state->conflicts < 3) {
            compareAndUpdate(state); // someone else wrote in between: look again
        } else {
            state->done(reply.error, UpsertOutcome::Unchanged);
        }
    });
}

void compareAndUpdate(const std::shared_ptr<UpsertState> &state)
{
    NexusRequest request;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("annotate"), QStringLiteral("true"));
    request.url = state->client->projectEndpoint(
        QStringLiteral("resources"), {QStringLiteral("_"), state->id, QStringLiteral("source")},
        query);
    request.call = NexusSteps::tr("fetch resource '%1'").arg(state->id);
    state->client->send(request, state->context, [state, call = request.call](const NexusReply &reply) {
        if (!reply.ok()) {
            state->done(reply.error, UpsertOutcome::Unchanged);
            return;
        }
        const QJsonObject stored = QJsonDocument::fromJson(reply.body).object();
        const qint64 revision = stored.value(QLatin1String("_rev")).toInteger(0);
        if (revision <= 0) {
            state->done(NexusError::invalidReply(call, NexusSteps::tr("no '_rev' in the annotated source")),
                        UpsertOutcome::Unchanged);
            return;
        }
        if (stripMetadata(stored) == state->payload)
            state->done(std::nullopt, UpsertOutcome::Unchanged);
        else
            updateWithRevision(state, revision);
    });
}

} // namespace

void upsertResource(NexusClient *client, QObject *context, const QString &id,
                    const QJsonObject &payload,
                    std::function<void(const ErrorOrNone &, UpsertOutcome)> done)
{
    auto state = std::make_shared<UpsertState>();
    state->client = client;
    state->context = context;
    state->id = id;
    state->payload = payload;
    state->done = std::move(done);

    NexusRequest request;
    request.method = "PUT";
    request.url = client->projectEndpoint(QStringLiteral("resources"), {QStringLiteral("_"), id});
    request.body = toJson(payload);
    request.contentType = "application/json";
    request.call = NexusSteps::tr("create resource '%1'").arg(id);
    client->send(request, context, [state](const NexusReply &reply) {
        // A retried create whose first attempt reached the server also ends here with
        // 409, so dropped connections never produce duplicates.
        if (reply.ok())
            state->done(std::nullopt, UpsertOutcome::Created);
        else if (reply.status == 409)
            compareAndUpdate(state);
        else
            state->done(reply.error, UpsertOutcome::Unchanged);
    });
}

void ensureElasticSearchView(NexusClient *client, QObject *context, const QString &viewId,
                             const QJsonObject &payload,
                             std::function<void(const ErrorOrNone &, ViewOutcome)> done)
{
    NexusRequest fetch;
    fetch.url = client->projectEndpoint(QStringLiteral("views"), {viewId, QStringLiteral("source")},
                                        QUrlQuery(QStringLiteral("annotate=true")));
    fetch.call = NexusSteps::tr("fetch view '%1'").arg(viewId);
    client->send(fetch, context, [=](const NexusReply &reply) {
        NexusRequest write;
        write.method = "PUT";
        write.body = toJson(payload);
        write.contentType = "application/json";
        if (reply.status == 404) {
            write.url = client->projectEndpoint(QStringLiteral("views"), {viewId});
            write.call = NexusSteps::tr("create view '%1'").arg(viewId);
            client->send(write, context, [done](const NexusReply &created) {
                done(created.error, ViewOutcome::Created);
            });
            return;
        }
        if (!reply.ok()) {
            done(reply.error, ViewOutcome::Existing);
            return;
        }
        const QJsonObject stored = QJsonDocument::fromJson(reply.body).object();
        if (stripMetadata(stored) == stripMetadata(payload)) {
            done(std::nullopt, ViewOutcome::Existing);
            return;
        }
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("rev"),
                           QString::number(stored.value(QLatin1String("_rev")).toInteger(0)));
        write.url = client->projectEndpoint(QStringLiteral("views"), {viewId}, query);
        write.call = NexusSteps::tr("update view '%1'").arg(viewId);
        client->send(write, context, [done](const NexusReply &updated) {
            done(updated.error, ViewOutcome::Updated);
        });
    });
}

namespace {

struct WaitState
{
    NexusClient *client = nullptr;
    QPointer<QObject> context;
    QString viewId;
    IndexingWait wait;
    QElapsedTimer elapsed;
    std::function<void(qint64, qint64)> progress;
    std::function<void(const ErrorOrNone &)> done;
};

void pollStatistics(const std::shared_ptr<WaitState> &state)
{
    if (state->context.isNull())
        return;
    // A job that ended (canceled or failed) while the poll timer ran sends nothing more.
    if (const auto *job = qobject_cast<const NexusJob *>(state->context.data());
        job && !job->isRunning())
        return;
    NexusRequest request;
    request.url = state->client->projectEndpoint(QStringLiteral("views"),
                                                 {state->viewId, QStringLiteral("statistics")});
    request.call = NexusSteps::tr("read the indexing statistics of view '%1'").arg(state->viewId);
    state->client->send(request, state->context, [state](const NexusReply &reply) {
        if (!reply.ok()) {
            state->done(reply.error);
            return;
        }
        ViewStatistics statistics;
        const QString problem = parseViewStatistics(reply.body, statistics);
        if (!problem.isEmpty()) {
            state->done(NexusError::invalidReply(NexusSteps::tr("read the indexing statistics of view '%1'")
                                                     .arg(state->viewId),
                                                 problem));
            return;
        }
        const qint64 total = statistics.totalEvents;
        const qint64 processed = statistics.processedEvents;
        const qint64 remaining = statistics.remainingEvents;
        state->progress(processed, total);
        if (remaining == 0 && processed >= total) {
            state->done(std::nullopt);
            return;
        }
        if (state->elapsed.elapsed() > state->wait.timeoutMs) {
            NexusError error;
            error.kind = NexusError::Kind::Timeout;
            error.message = NexusSteps::tr("View '%1' is still indexing after %2 s (%3 of %4 events "
                               "processed). Try again later; large imports take minutes to "
                               "index.")
                                .arg(state->viewId)
                                .arg(state->wait.timeoutMs / 1000)
                                .arg(processed)
                                .arg(total);
            state->done(error);
            return;
        }
        QTimer::singleShot(state->wait.pollIntervalMs, state->context,
                           [state] { pollStatistics(state); });
    });
}

} // namespace

void waitForIndexing(NexusClient *client, QObject *context, const QString &viewId,
                     const IndexingWait &wait, std::function<void(qint64, qint64)> progress,
                     std::function<void(const ErrorOrNone &)> done)
{
    auto state = std::make_shared<WaitState>();
    state->client = client;
    state->context = context;
    state->viewId = viewId;
    state->wait = wait;
    state->elapsed.start();
    state->progress = std::move(progress);
    state->done = std::move(done);
    pollStatistics(state);
}

} // namespace RecStudio::Nexus
