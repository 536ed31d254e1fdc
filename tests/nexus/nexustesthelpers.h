#pragma once

#include <dataset.h>
#include <nexusclient.h>
#include <nexusjob.h>

#include <QEventLoop>
#include <QString>
#include <QTimer>

#include <algorithm>
#include <string>
#include <tuple>
#include <vector>

namespace RecStudio::Tests {

// A rating by raw ids, so datasets with different index orders compare equal.
using RatingTuple = std::tuple<std::string, std::string, float, int64_t>;

inline std::vector<RatingTuple> sortedRatings(const Model::Dataset &dataset)
{
    std::vector<RatingTuple> rows;
    rows.reserve(dataset.ratings.size());
    for (std::size_t k = 0; k < dataset.ratings.size(); ++k)
        rows.emplace_back(dataset.users.rawId(dataset.ratings.user[k]),
                          dataset.items.rawId(dataset.ratings.item[k]), dataset.ratings.rating[k],
                          dataset.ratings.timestamp[k]);
    std::sort(rows.begin(), rows.end());
    return rows;
}

inline Nexus::NexusConfig fakeConfig(const QString &baseUri, const QString &token)
{
    Nexus::NexusConfig config;
    config.deployment = QUrl(baseUri);
    config.organization = QStringLiteral("recstudio");
    config.project = QStringLiteral("movielens");
    config.token = token;
    return config;
}

// Fast retries so fault-injection tests do not sleep for seconds.
inline Nexus::RetryPolicy fastRetries()
{
    Nexus::RetryPolicy policy;
    policy.maxAttempts = 8;
    policy.baseDelayMs = 5;
    policy.maxDelayMs = 50;
    policy.maxRetryAfterMs = 1500;
    return policy;
}

// Runs a real event loop until job ends or timeoutMs pass; returns true when it finished.
// (QTest::qWaitFor sleeps 10 ms between event batches, which would throttle thousands of
// loopback requests.)
inline bool runJobToEnd(Nexus::NexusJob &job, int timeoutMs, QString *error = nullptr)
{
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &Nexus::NexusJob::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QObject::connect(&job, &Nexus::NexusJob::failed, &loop, [&](const QString &message) {
        if (error)
            *error = message;
        loop.quit();
    });
    QObject::connect(&job, &Nexus::NexusJob::canceled, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, [&] {
        if (error)
            *error = QStringLiteral("timed out after %1 ms").arg(timeoutMs);
        loop.quit();
    });
    job.start();
    if (job.isRunning())
        loop.exec();
    return finished;
}

} // namespace RecStudio::Tests
