#pragma once

#include <readers.h>

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <memory>

namespace RecStudio::Model {
class Dataset;
}

namespace RecStudio::Ui {

class Session;

// Result of a background load: a dataset, or an error, or nothing when canceled.
struct LoadOutcome
{
    std::shared_ptr<const Model::Dataset> dataset;
    QString error;
    QString source;   // path or "demo"
    double seconds = 0.0;
};

// Reads datasets on a worker thread and hands them to the session. One load at a time:
// starting another cancels the one in progress.
class DatasetLoader final : public QObject
{
    Q_OBJECT

public:
    explicit DatasetLoader(Session *session, QObject *parent = nullptr);
    ~DatasetLoader() override;

    // Reads a MovieLens folder, an ml-100k folder or a ratings file.
    void loadPath(const QString &path, const Model::ReadOptions &options = {});
    // Generates the built-in synthetic demo dataset.
    void loadDemo();
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }

signals:
    void started(const QString &description);
    // Progress in thousandths of the input read.
    void progressChanged(int perMille);
    // Emitted once per load, also after a failure or a cancel.
    void finished(bool success);

private:
    void start(QFuture<LoadOutcome> future, const QString &description);
    void onFinished();

    Session *m_session;
    QFutureWatcher<LoadOutcome> m_watcher;
};

} // namespace RecStudio::Ui
