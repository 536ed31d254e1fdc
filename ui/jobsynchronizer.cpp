#include "jobsynchronizer.h"

namespace RecStudio::Ui {

void JobSynchronizer::addCancelable(QObject *context, std::function<void()> cancel)
{
    pruneFinished();
    m_cancelables.append({context, std::move(cancel)});
}

bool JobSynchronizer::hasRunningJobs() const
{
    for (const Job &job : m_futures) {
        if (!job.future.isFinished())
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
    for (Job &job : m_futures) {
        if (job.cancelFlag)
            job.cancelFlag->store(true);
        job.future.cancel();
    }
    for (Job &job : m_futures)
        job.future.waitForFinished();
    m_futures.clear();
}

void JobSynchronizer::pruneFinished()
{
    m_futures.removeIf([](const Job &job) { return job.future.isFinished(); });
    m_cancelables.removeIf([](const Cancelable &cancelable) { return !cancelable.context; });
}

} // namespace RecStudio::Ui
