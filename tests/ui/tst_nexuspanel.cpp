#include "uitesthelpers.h"

#include <connectiondialog.h>
#include <logmodel.h>
#include <memorytokenstore.h>
#include <nexuspanel.h>
#include <trainingpanel.h>
#include <trainingsettingsform.h>

#include <similarity.h>

#include <fakenexusseed.h>
#include <fakenexusserver.h>
#include <generator.h>

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QSettings>

#include <memory>

using namespace RecStudio;
using FakeNexus::FakeNexusThread;

namespace {

// A small generated dataset keeps each pull to a few hundred milliseconds.
std::shared_ptr<const Model::Dataset> smallDataset()
{
    Model::GeneratorConfig config;
    config.users = 120;
    config.items = 300;
    config.ratings = 4000;
    config.seed = 7;
    return std::make_shared<const Model::Dataset>(Model::generateDataset(config));
}

Nexus::NexusConfig configFor(const FakeNexusThread &server, const QString &token)
{
    Nexus::NexusConfig config;
    config.deployment = QUrl(server.baseUri());
    config.organization = QStringLiteral("recstudio");
    config.project = QStringLiteral("movielens");
    config.token = token;
    return config;
}

} // namespace

class TestNexusPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void connectionDialog_testsConnection();
    void connectionDialog_reportsRejectedToken();
    void connectionDialog_readsStoredToken();
    void connectionDialog_longProblemKeepsFieldsReadable();
    void pull_replacesDatasetWithoutBlocking();
    void pull_resumesAfterNewToken();
    void import_uploadsOpenDataset();
    void push_thenServerAnswersLikeLocalModel();
    void settings_neverContainToken();
    void close_duringPullCancelsCleanly();

private:
    bool startServer(bool seeded);
    bool waitForJob(bool *success, int timeoutMs = 60000);

    std::unique_ptr<FakeNexusThread> m_server;
    std::unique_ptr<Ui::MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_logTester;
    std::shared_ptr<const Model::Dataset> m_dataset;
    Ui::MemoryTokenStore *m_tokens = nullptr;
};

void TestNexusPanel::initTestCase()
{
    Tests::isolateSettings();
    m_dataset = smallDataset();
}

void TestNexusPanel::init()
{
    QSettings().clear();
    m_window = std::make_unique<Ui::MainWindow>();
    m_logTester = std::make_unique<QAbstractItemModelTester>(
        m_window->session()->log(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_tokens = new Ui::MemoryTokenStore;
    m_window->nexusPanel()->setTokenStore(m_tokens);
    m_window->nexusPanel()->setInteractiveTokenPrompt(false);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestNexusPanel::cleanup()
{
    m_logTester.reset();
    m_window.reset();
    m_server.reset();
}

bool TestNexusPanel::startServer(bool seeded)
{
    m_server = std::make_unique<FakeNexusThread>();
    QString error;
    if (!m_server->start(&error)) {
        qWarning() << "fake Nexus server did not start:" << error;
        return false;
    }
    if (seeded)
        FakeNexus::seedDataset(m_server->store(), *m_dataset);
    return true;
}

bool TestNexusPanel::waitForJob(bool *success, int timeoutMs)
{
    QSignalSpy finished(m_window->nexusPanel(), &Ui::NexusPanel::jobFinished);
    if (!finished.wait(timeoutMs))
        return false;
    *success = finished.first().first().toBool();
    return true;
}

void TestNexusPanel::connectionDialog_testsConnection()
{
    QVERIFY(startServer(false));
    Ui::ConnectionDialog dialog(m_tokens, configFor(*m_server, m_server->store().token()), {});
    QSignalSpy tested(&dialog, &Ui::ConnectionDialog::connectionTested);
    dialog.testConnection();
    QVERIFY(tested.wait(10000));
    QCOMPARE(tested.first().first().toBool(), true);
    QCOMPARE(dialog.config().project, QStringLiteral("movielens"));

    // An invalid deployment is reported inline without any request.
    Nexus::NexusConfig invalid = configFor(*m_server, QStringLiteral("token"));
    invalid.organization.clear();
    Ui::ConnectionDialog invalidDialog(m_tokens, invalid, {});
    QSignalSpy invalidTested(&invalidDialog, &Ui::ConnectionDialog::connectionTested);
    invalidDialog.testConnection();
    QCOMPARE(invalidTested.count(), 1);
    QCOMPARE(invalidTested.first().first().toBool(), false);
}

void TestNexusPanel::connectionDialog_reportsRejectedToken()
{
    QVERIFY(startServer(false));
    Ui::ConnectionDialog dialog(m_tokens, configFor(*m_server, QStringLiteral("wrong-token")), {});
    QSignalSpy tested(&dialog, &Ui::ConnectionDialog::connectionTested);
    dialog.testConnection();
    QVERIFY(tested.wait(10000));
    QCOMPARE(tested.first().first().toBool(), false);
}

void TestNexusPanel::connectionDialog_readsStoredToken()
{
    QVERIFY(startServer(false));
    const Nexus::NexusConfig withToken = configFor(*m_server, m_server->store().token());
    bool stored = false;
    m_tokens->writeToken(Ui::ConnectionDialog::tokenAccount(withToken), withToken.token,
                         m_window.get(), [&stored](const QString &error) {
                             stored = error.isEmpty();
                         });
    QTRY_VERIFY(stored);

    Nexus::NexusConfig withoutToken = withToken;
    withoutToken.token.clear();
    Ui::ConnectionDialog dialog(m_tokens, withoutToken, {});
    QTRY_COMPARE(dialog.config().token, withToken.token);
    QVERIFY(dialog.rememberToken());
}

void TestNexusPanel::connectionDialog_longProblemKeepsFieldsReadable()
{
    // An organization label over 64 characters is rejected inline, without a request,
    // with a message that wraps over several lines.
    Nexus::NexusConfig invalid;
    invalid.deployment = QUrl(QStringLiteral("http://127.0.0.1:1/v1"));
    invalid.organization = QString(120, QLatin1Char('x'));
    invalid.project = QStringLiteral("movielens");
    invalid.token = QStringLiteral("token");
    Ui::ConnectionDialog dialog(m_tokens, invalid, {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QList<QLineEdit *> edits = dialog.findChildren<QLineEdit *>();
    QVERIFY(!edits.isEmpty());
    QList<int> heightsBefore;
    for (const QLineEdit *edit : edits)
        heightsBefore.append(edit->height());

    QSignalSpy tested(&dialog, &Ui::ConnectionDialog::connectionTested);
    dialog.testConnection();
    QCOMPARE(tested.count(), 1);
    QCoreApplication::processEvents();

    for (qsizetype index = 0; index < edits.size(); ++index) {
        QVERIFY2(edits[index]->height() >= heightsBefore[index],
                 qPrintable(QStringLiteral("field %1 shrank from %2 to %3 px")
                                .arg(index)
                                .arg(heightsBefore[index])
                                .arg(edits[index]->height())));
    }
}

void TestNexusPanel::pull_replacesDatasetWithoutBlocking()
{
    QVERIFY(startServer(true));
    Ui::NexusPanel *panel = m_window->nexusPanel();
    panel->setConnection(configFor(*m_server, m_server->store().token()));
    QVERIFY(panel->isConnected());

    Tests::HeartbeatMonitor heartbeat;
    heartbeat.start();
    panel->startPull();
    QVERIFY(panel->isRunning());
    bool success = false;
    QVERIFY(waitForJob(&success));
    heartbeat.stop();
    QVERIFY2(success, qPrintable(panel->summaryText()));
    QVERIFY2(heartbeat.maxGapMs() < 100,
             qPrintable(QStringLiteral("longest event-loop gap %1 ms").arg(heartbeat.maxGapMs())));

    const std::shared_ptr<const Model::Dataset> pulled = m_window->session()->dataset();
    QVERIFY(pulled);
    QCOMPARE(pulled->ratings.size(), m_dataset->ratings.size());
    QCOMPARE(pulled->userCount(), m_dataset->userCount());
    QCOMPARE(pulled->itemCount(), m_dataset->itemCount());
    QVERIFY(panel->summaryText().contains(QStringLiteral("Pulled")));
    QCOMPARE(m_window->tabs()->currentIndex(), int(Ui::MainWindow::DataTab));
}

void TestNexusPanel::pull_resumesAfterNewToken()
{
    QVERIFY(startServer(true));
    FakeNexus::FaultPlan faults;
    faults.expireTokenAfter = 4; // expires after the first few pages
    m_server->store().setFaults(faults);
    Ui::NexusPanel *panel = m_window->nexusPanel();
    panel->setConnection(configFor(*m_server, m_server->store().token()));

    int requests = 0;
    connect(panel, &Ui::NexusPanel::tokenRequested, this, [this, panel, &requests] {
        ++requests;
        m_server->store().setFaults({});
        m_server->store().setToken(QStringLiteral("renewed-token"));
        panel->supplyToken(QStringLiteral("renewed-token"));
    });
    panel->startPull();
    bool success = false;
    QVERIFY(waitForJob(&success));
    QVERIFY2(success, qPrintable(panel->summaryText()));
    QCOMPARE(requests, 1);
    // Nothing lost and nothing counted twice across the pause.
    QCOMPARE(m_window->session()->dataset()->ratings.size(), m_dataset->ratings.size());
}

void TestNexusPanel::import_uploadsOpenDataset()
{
    QVERIFY(startServer(false));
    m_window->session()->setDataset(m_dataset, QStringLiteral("demo"));
    Ui::NexusPanel *panel = m_window->nexusPanel();
    panel->setConnection(configFor(*m_server, m_server->store().token()));
    panel->startImport();
    QVERIFY(panel->isRunning());
    bool success = false;
    QVERIFY(waitForJob(&success, 120000));
    QVERIFY2(success, qPrintable(panel->summaryText()));
    QVERIFY(m_server->store().resourceCount() >= int(m_dataset->ratings.size()));

    // A second import creates nothing new.
    const qint64 writes = m_server->store().writeCount();
    panel->startImport();
    QVERIFY(waitForJob(&success, 120000));
    QVERIFY(success);
    QCOMPARE(m_server->store().writeCount(), writes);
}

void TestNexusPanel::push_thenServerAnswersLikeLocalModel()
{
    QVERIFY(startServer(false));
    m_window->session()->setDataset(m_dataset, QStringLiteral("demo"));
    Ui::TrainingPanel *training = m_window->trainingPanel();
    Model::TrainConfig config = training->settingsForm()->trainConfig();
    config.algorithm = Model::Algorithm::Als;
    config.factors = 8;
    config.epochs = 5;
    training->applyConfig(config);
    QSignalSpy trained(training, &Ui::TrainingPanel::trainingFinished);
    training->startTraining(false);
    QVERIFY(trained.wait(60000));
    QVERIFY(trained.first().first().toBool());

    Ui::NexusPanel *panel = m_window->nexusPanel();
    panel->setConnection(configFor(*m_server, m_server->store().token()));
    panel->startPush();
    bool success = false;
    QVERIFY(waitForJob(&success, 120000));
    QVERIFY2(success, qPrintable(panel->summaryText()));
    QVERIFY(!panel->lastRunId().isEmpty());

    // The server's top 5 for a movie are the local top 5.
    const std::shared_ptr<const Ui::TrainedRun> run = m_window->session()->trainedRun();
    const int32_t item = 0;
    const QString title = QString::fromStdString(m_dataset->itemTitle(item));
    Model::Result<std::vector<Model::Neighbor>> local
        = Model::similarItems(run->model, {item, 5, 0}, {});
    QVERIFY(local.ok());
    QCOMPARE(local->size(), std::size_t(5));
    panel->startSimilarQuery(title, 5);
    QVERIFY(waitForJob(&success, 60000));
    QVERIFY2(success, qPrintable(panel->summaryText()));
    const QString answer = panel->summaryText().section(QStringLiteral("according to the server:"),
                                                        -1);
    QCOMPARE(answer.count(u'\n'), 5);
    for (const Model::Neighbor &neighbor : local.value())
        QVERIFY2(answer.contains(QString::fromStdString(m_dataset->itemTitle(neighbor.item))),
                 qPrintable(answer));
}

void TestNexusPanel::settings_neverContainToken()
{
    QVERIFY(startServer(false));
    const QString token = m_server->store().token();
    m_window->nexusPanel()->setConnection(configFor(*m_server, token));
    m_window->close();
    const QSettings settings;
    QVERIFY(!settings.allKeys().isEmpty());
    for (const QString &key : settings.allKeys()) {
        const QString value = settings.value(key).toString();
        QVERIFY2(!value.contains(token), qPrintable(key));
    }
    QCOMPARE(settings.value(QStringLiteral("nexus/project")).toString(),
             QStringLiteral("movielens"));
}

void TestNexusPanel::close_duringPullCancelsCleanly()
{
    QVERIFY(startServer(true));
    FakeNexus::FaultPlan slow;
    slow.delayMs = 50;
    m_server->store().setFaults(slow);
    m_window->nexusPanel()->setConnection(configFor(*m_server, m_server->store().token()));
    m_window->nexusPanel()->startPull();
    QTest::qWait(200);
    QVERIFY(m_window->nexusPanel()->isRunning());
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    QVERIFY(m_window->close());
    m_logTester.reset();
    m_window.reset();
}

QTEST_MAIN(TestNexusPanel)
#include "tst_nexuspanel.moc"
