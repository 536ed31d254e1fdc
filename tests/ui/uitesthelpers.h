#pragma once

#include "testdata.h"

#include <datasetloader.h>
#include <mainwindow.h>
#include <session.h>

#include <dataset.h>

#include <QElapsedTimer>
#include <QObject>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <algorithm>

namespace RecStudio::Tests {

// Keeps settings written by the code under test away from the user's.
inline void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

// Opens ml-latest-small when it is available, else the built-in demo dataset, and waits
// for the load to finish. Returns false when the load failed.
inline bool openTestDataset(Ui::MainWindow &window, bool *isMovieLens = nullptr)
{
    const QString folder = movieLensDir(QStringLiteral("ml-latest-small"));
    QSignalSpy finished(window.loader(), &Ui::DatasetLoader::finished);
    if (folder.isEmpty())
        window.openDemo();
    else
        window.openPath(folder);
    if (isMovieLens)
        *isMovieLens = !folder.isEmpty();
    if (!finished.wait(60000))
        return false;
    return finished.first().first().toBool() && window.session()->dataset() != nullptr;
}

// Measures the longest gap between the ticks of a 10 ms timer: how long the event loop
// was unable to run. Start it, let the work run in the event loop, then read maxGapMs().
class HeartbeatMonitor : public QObject
{
public:
    HeartbeatMonitor()
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            m_maxGapMs = std::max(m_maxGapMs, m_clock.restart());
            ++m_ticks;
        });
    }

    void start()
    {
        m_maxGapMs = 0;
        m_ticks = 0;
        m_clock.start();
        m_timer.start();
    }
    // Counts the time since the last tick too, so a stall right before stop() is seen.
    void stop()
    {
        m_maxGapMs = std::max(m_maxGapMs, m_clock.elapsed());
        m_timer.stop();
    }
    qint64 maxGapMs() const { return m_maxGapMs; }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_maxGapMs = 0;
    int m_ticks = 0;
};

} // namespace RecStudio::Tests
