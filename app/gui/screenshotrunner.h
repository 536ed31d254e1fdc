#pragma once

#include <QObject>
#include <QString>

namespace RecStudio::Ui {
class MainWindow;
}

namespace RecStudio::App {

// Drives the main window through its areas for the documentation pictures: waits for
// the dataset, runs a small grid search, trains its best configuration, looks up
// similar titles, pushes
// the model to a Nexus server when the environment names one, and saves one PNG per tab
// into a folder, then quits the application.
class ScreenshotRunner final : public QObject
{
    Q_OBJECT

public:
    ScreenshotRunner(Ui::MainWindow *window, const QString &folder, QObject *parent = nullptr);

    void start();

signals:
    void done(int exitCode);

private:
    void waitForDataset();
    void grabData();
    void runGrid();
    void trainBest();
    void exploreAndFinish();
    void showNexus();
    void grab(const QString &name);
    void fail(const QString &message);

    Ui::MainWindow *m_window;
    QString m_folder;
    QString m_exploredTitle;
};

} // namespace RecStudio::App
