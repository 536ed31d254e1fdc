#pragma once

#include "nexuserror.h"

#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

class QObject;

namespace RecStudio::Nexus {

class NexusClient;

// Steps shared by the jobs. Each one sends its calls with context (the job), so
// canceling the job drops them, and reports once through done.
using ErrorOrNone = std::optional<NexusError>;

struct ProjectInfo
{
    QString label;
    QString organization;
    QString description;
    QString base;  // IRI prefix of relative ids
    QString vocab; // IRI prefix of terms and types
};

// Parses a GET /projects/{org}/{project} body; returns an empty string or the problem.
QString parseProject(const QByteArray &body, ProjectInfo &info);

void fetchProject(NexusClient *client, QObject *context,
                  std::function<void(const ErrorOrNone &, const ProjectInfo &)> done);

enum class UpsertOutcome { Created, Updated, Unchanged };

// Creates the resource with the given relative id, or when it exists compares its stored
// source with payload and updates it (with the current revision) only when they differ.
void upsertResource(NexusClient *client, QObject *context, const QString &id,
                    const QJsonObject &payload,
                    std::function<void(const ErrorOrNone &, UpsertOutcome)> done);

enum class ViewOutcome { Existing, Created, Updated };

// Creates the ElasticSearch view viewId with payload, or updates it when its stored
// source differs. A 403 is passed to done unchanged so callers can fall back.
void ensureElasticSearchView(NexusClient *client, QObject *context, const QString &viewId,
                             const QJsonObject &payload,
                             std::function<void(const ErrorOrNone &, ViewOutcome)> done);

struct IndexingWait
{
    int pollIntervalMs = 1000;
    int timeoutMs = 30 * 60 * 1000;
};

struct ViewStatistics
{
    qint64 totalEvents = -1;
    qint64 processedEvents = -1;
    qint64 remainingEvents = -1;
};

// Parses a GET …/statistics body; returns an empty string or the problem.
QString parseViewStatistics(const QByteArray &body, ViewStatistics &statistics);

// Polls the view's statistics until every event is processed, reporting
// (processed, total) after each poll.
void waitForIndexing(NexusClient *client, QObject *context, const QString &viewId,
                     const IndexingWait &wait,
                     std::function<void(qint64 processed, qint64 total)> progress,
                     std::function<void(const ErrorOrNone &)> done);

// Drops `@context` and the metadata keys (leading '_') that `?annotate=true` adds.
QJsonObject stripMetadata(QJsonObject object);

} // namespace RecStudio::Nexus
