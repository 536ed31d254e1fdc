// NexusClient against the fake server: retries, timeouts, concurrency, cancel, URL
// building and the token staying out of every log line.
#include "nexustesthelpers.h"

#include <fakenexusserver.h>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QTest>

#include <mutex>

using namespace RecStudio;
using namespace RecStudio::FakeNexus;
using namespace RecStudio::Nexus;

namespace {

QStringList capturedMessages;
std::mutex capturedMutex;

void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    std::lock_guard lock(capturedMutex);
    capturedMessages.append(message);
}

NexusReply sendAndWait(NexusClient &client, const NexusRequest &request)
{
    NexusReply result;
    QEventLoop loop;
    client.send(request, &loop, [&](const NexusReply &reply) {
        result = reply;
        loop.quit();
    });
    loop.exec();
    return result;
}

NexusRequest identities(const NexusClient &client)
{
    NexusRequest request;
    request.url = client.endpoint({QStringLiteral("identities")});
    request.call = QStringLiteral("read the identities");
    return request;
}

} // namespace

class TestNexusClient : public QObject
{
    Q_OBJECT

private slots:
    void endpoint_encodesIdSegments();
    void client_honoursRetryAfter();
    void client_retriesTimeoutsThenFails();
    void client_boundsConcurrency();
    void client_cancelDropsCalls();
    void client_neverLogsToken();
};

void TestNexusClient::endpoint_encodesIdSegments()
{
    NexusClient client(Tests::fakeConfig(QStringLiteral("https://example.org/api/v1/"), {}));
    const QUrl url = client.projectEndpoint(QStringLiteral("resources"),
                                            {QStringLiteral("_"),
                                             QStringLiteral("https://movies.com/movieId/1")});
    QCOMPARE(url.toString(QUrl::FullyEncoded),
             QStringLiteral("https://example.org/api/v1/resources/recstudio/movielens/_/"
                            "https%3A%2F%2Fmovies.com%2FmovieId%2F1"));
}

void TestNexusClient::client_honoursRetryAfter()
{
    FakeNexusThread server;
    QVERIFY(server.start());
    FaultPlan faults;
    faults.rateLimitEveryNth = 2; // the second identities call gets 429
    faults.retryAfterSeconds = 1;
    faults.onlyPathsContaining = QStringLiteral("/identities");
    server.store().setFaults(faults);
    NexusClient client(Tests::fakeConfig(server.baseUri(), server.store().token()));
    client.setRetryPolicy(Tests::fastRetries());

    QVERIFY(sendAndWait(client, identities(client)).ok());
    QElapsedTimer timer;
    timer.start();
    const NexusReply reply = sendAndWait(client, identities(client));
    QVERIFY(reply.ok());
    QCOMPARE(reply.attempts, 2);
    // The backoff alone would wait at most 50 ms; Retry-After asked for a second.
    QVERIFY2(timer.elapsed() >= 1000, qPrintable(QString::number(timer.elapsed())));
}

void TestNexusClient::client_retriesTimeoutsThenFails()
{
    FakeNexusThread server;
    QVERIFY(server.start());
    FaultPlan faults;
    faults.delayMs = 600;
    server.store().setFaults(faults);
    NexusClient client(Tests::fakeConfig(server.baseUri(), server.store().token()));
    RetryPolicy policy = Tests::fastRetries();
    policy.maxAttempts = 2;
    client.setRetryPolicy(policy);
    client.setTransferTimeout(150);

    const NexusReply slow = sendAndWait(client, identities(client));
    QVERIFY(!slow.ok());
    QCOMPARE(slow.attempts, 2);
    QCOMPARE(slow.error->kind, NexusError::Kind::Timeout);
    QVERIFY(slow.error->message.contains(QLatin1String("timeout")));

    faults.delayMs = 20;
    server.store().setFaults(faults);
    QVERIFY(sendAndWait(client, identities(client)).ok());
}

void TestNexusClient::client_boundsConcurrency()
{
    FakeNexusThread server;
    QVERIFY(server.start());
    FaultPlan faults;
    faults.delayMs = 40;
    server.store().setFaults(faults);
    NexusClient client(Tests::fakeConfig(server.baseUri(), server.store().token()));
    client.setMaxConcurrentRequests(3);

    int succeeded = 0;
    int maxInFlight = 0;
    QEventLoop loop;
    for (int i = 0; i < 20; ++i)
        client.send(identities(client), &loop, [&](const NexusReply &reply) {
            succeeded += reply.ok() ? 1 : 0;
            if (succeeded == 20)
                loop.quit();
        });
    maxInFlight = client.inFlightCount();
    loop.exec();
    QCOMPARE(succeeded, 20);
    QCOMPARE(maxInFlight, 3);
    QVERIFY(server.store().maxResponsesInProgress() <= 3);
    QVERIFY(server.store().maxResponsesInProgress() >= 2);
}

void TestNexusClient::client_cancelDropsCalls()
{
    FakeNexusThread server;
    QVERIFY(server.start());
    FaultPlan faults;
    faults.delayMs = 200;
    server.store().setFaults(faults);
    NexusClient client(Tests::fakeConfig(server.baseUri(), server.store().token()));
    QObject context;
    int handled = 0;
    for (int i = 0; i < 10; ++i)
        client.send(identities(client), &context, [&](const NexusReply &) { ++handled; });
    QTRY_VERIFY(client.inFlightCount() > 0);
    client.cancel(&context);
    QCOMPARE(client.inFlightCount(), 0);
    QTest::qWait(400);
    QCOMPARE(handled, 0);
    QVERIFY(server.store().requests().size() < 10);
}

void TestNexusClient::client_neverLogsToken()
{
    FakeNexusThread server;
    QVERIFY(server.start());
    const QString token = QStringLiteral("very-secret-token-4711");
    server.store().setToken(token);
    FaultPlan faults;
    faults.expireTokenAfter = 1;
    faults.failEveryNth = 3;
    server.store().setFaults(faults);
    QLoggingCategory::setFilterRules(QStringLiteral("recstudio.*.debug=true"));
    capturedMessages.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);

    NexusClient client(Tests::fakeConfig(server.baseUri(), token));
    client.setRetryPolicy(Tests::fastRetries());
    QString rejection;
    QObject::connect(&client, &NexusClient::tokenRejected, &client, [&](const QString &message) {
        rejection = message;
        server.store().setFaults(FaultPlan());
        server.store().setToken(QStringLiteral("second-secret-token-0815"));
        client.setToken(QStringLiteral("second-secret-token-0815"));
    });
    for (int i = 0; i < 4; ++i)
        sendAndWait(client, identities(client));
    NexusRequest missing;
    missing.url = client.projectEndpoint(QStringLiteral("resources"), {QStringLiteral("_"), QStringLiteral("nope")});
    missing.call = QStringLiteral("fetch 'nope'");
    const NexusReply notFound = sendAndWait(client, missing);

    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QStringLiteral("recstudio.*.debug=false"));
    QVERIFY(!rejection.isEmpty());
    QVERIFY(!capturedMessages.isEmpty());
    for (const QString &message : std::as_const(capturedMessages)) {
        QVERIFY2(!message.contains(QLatin1String("secret-token")), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String("Bearer")), qPrintable(message));
    }
    QVERIFY(!rejection.contains(QLatin1String("secret-token")));
    QVERIFY(!notFound.error->message.contains(QLatin1String("secret-token")));
}

QTEST_GUILESS_MAIN(TestNexusClient)
#include "tst_nexusclient.moc"
