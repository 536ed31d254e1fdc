#include "jobsynchronizer.h"

namespace RecStudio::Ui {

void JobSynchronizer::addCancelable(QObject *context, std::function<void()> cancel)
{
    pruneFinished();
    m_cancelables.append({context, std::move(cancel)});
}

bool JobSynchronizer::hasRunningJobs() const
{
    for (const QFuture<void> &future : m_futures) {
        if (!future.isFinished())
            return true;
    }
    return false;
}

void JobSynchronizer::cancelAndWait()
{
    for (const Cancelable &cancelable : std::as_const(m_cancelables)) {
        if (cancelable.context)
            cancelable.cancel();
    }
    m_cancelables.clear();
    for (QFuture<void> &future : m_futures)
        future.cancel();
    for (QFuture<void> &future : m_futures)
        future.waitForFinished();
    m_futures.clear();
}

void JobSynchronizer::pruneFinished()
{
    m_futures.removeIf([](const QFuture<void> &future) { return future.isFinished(); });
    m_cancelables.removeIf([](const Cancelable &cancelable) { return !cancelable.context; });
}

} // namespace RecStudio::Ui
