#pragma once

#include <QFuture>
#include <QList>
#include <QPointer>

#include <functional>

namespace RecStudio::Ui {

// The one place that knows every running background job. Closing the window calls
// cancelAndWait(), so no future outlives the widgets that watch it and no worker
// thread touches a destroyed object.
class JobSynchronizer final
{
public:
    JobSynchronizer() = default;
    ~JobSynchronizer() { cancelAndWait(); }
    JobSynchronizer(const JobSynchronizer &) = delete;
    JobSynchronizer &operator=(const JobSynchronizer &) = delete;

    template<typename T>
    void addFuture(const QFuture<T> &future)
    {
        pruneFinished();
        m_futures.append(QFuture<void>(future));
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
    QList<QFuture<void>> m_futures;
    QList<Cancelable> m_cancelables;
};

} // namespace RecStudio::Ui
