#pragma once

#include <QFuture>
#include <QList>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>

namespace RecStudio::Ui {

// The one place that tracks every running background job. Closing the window calls
// cancelAndWait(), so no future outlives the widgets that watch it and no worker
// thread touches a destroyed object.
class JobSynchronizer final
{
public:
    JobSynchronizer() = default;
    ~JobSynchronizer() { cancelAndWait(); }
    JobSynchronizer(const JobSynchronizer &) = delete;
    JobSynchronizer &operator=(const JobSynchronizer &) = delete;

    // Registers a future; cancelFlag, when given, is set on shutdown too, for workers
    // that poll a flag of their own inside long steps.
    template<typename T>
    void addFuture(const QFuture<T> &future,
                   std::shared_ptr<std::atomic_bool> cancelFlag = nullptr)
    {
        pruneFinished();
        m_futures.append({QFuture<void>(future), std::move(cancelFlag)});
    }

    // Registers a job that is not a future (a network job on the GUI thread): cancel is
    // called on shutdown unless context was destroyed first.
    void addCancelable(QObject *context, std::function<void()> cancel);

    bool hasRunningJobs() const;

    // Cancels every job, then blocks until every future has finished. Workers poll
    // their cancel flag at least once a second, so this returns within about a second.
    void cancelAndWait();

private:
    void pruneFinished();

    struct Cancelable
    {
        QPointer<QObject> context;
        std::function<void()> cancel;
    };
    struct Job
    {
        QFuture<void> future;
        std::shared_ptr<std::atomic_bool> cancelFlag;
    };
    QList<Job> m_futures;
    QList<Cancelable> m_cancelables;
};

} // namespace RecStudio::Ui
