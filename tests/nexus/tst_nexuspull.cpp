#include "nexustesthelpers.h"
#include "testdata.h"

#include <fakenexusseed.h>
#include <fakenexusserver.h>
#include <pulljob.h>
#include <readers.h>

#include <QSignalSpy>
#include <QTest>

using namespace RecStudio;
using namespace RecStudio::FakeNexus;
using namespace RecStudio::Nexus;

class TestNexusPull : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pull_matchesFileReader();
    void pull_staysWithinResultWindow();
    void pull_resumesAfterTokenExpiry();
    void pull_survivesInjectedFaults();
    void pull_fallsBackToDefaultView();
    void pull_fallsBackToListingAndMultiFetch();
    void pull_waitsForIndexingLag();
    void pull_announcesRatingsStage();
    void pull_cancelStopsRequests();
    void pull_cancelWhileWaitingForIndexing();

private:
    struct Outcome
    {
        bool finished = false;
        QString error;
        Model::Dataset dataset;
        PullReport report;
    };
    Outcome runPull(FakeNexusThread &server, const PullOptions &options,
                    const std::function<void(NexusClient &, PullJob &)> &setup = {});
    // Seeds the whole of ml-latest-small, or its first 25,000 ratings when subset is set:
    // still more than the 10,000 window, but quicker for the fault and fallback cases.
    bool startSeededServer(FakeNexusThread &server, bool subset = false);

    std::vector<Tests::RatingTuple> m_expected;
    std::vector<Tests::RatingTuple> m_expectedSubset;
    std::unique_ptr<Model::Dataset> m_subset;
    std::size_t m_expectedMovies = 0;
    std::unique_ptr<Model::Dataset> m_reference;
};

void TestNexusPull::initTestCase()
{
    RECSTUDIO_REQUIRE_MOVIELENS(folder, "ml-latest-small");
    auto reference = Model::readMovieLensFolder(folder.toStdString());
    QVERIFY2(reference.ok(), reference.ok() ? "" : reference.error().c_str());
    m_expected = Tests::sortedRatings(reference.value());
    m_expectedMovies = reference->movies.size();
    QCOMPARE(m_expected.size(), std::size_t(100836));
    m_reference = std::make_unique<Model::Dataset>(std::move(reference).value());

    m_subset = std::make_unique<Model::Dataset>();
    for (std::size_t k = 0; k < 25000; ++k) {
        const int32_t user = m_subset->users.insert(m_reference->users.numericId(m_reference->ratings.user[k]));
        const int32_t item = m_subset->items.insert(m_reference->items.numericId(m_reference->ratings.item[k]));
        m_subset->ratings.push_back(user, item, m_reference->ratings.rating[k],
                                    m_reference->ratings.timestamp[k]);
    }
    m_subset->movies = m_reference->movies;
    m_subset->linkCatalogue();
    m_expectedSubset = Tests::sortedRatings(*m_subset);
}

bool TestNexusPull::startSeededServer(FakeNexusThread &server, bool subset)
{
    QString error;
    if (!server.start(&error)) {
        qWarning() << "fake server did not start:" << error;
        return false;
    }
    seedDataset(server.store(), subset ? *m_subset : *m_reference);
    return true;
}

TestNexusPull::Outcome TestNexusPull::runPull(FakeNexusThread &server, const PullOptions &options,
                                              const std::function<void(NexusClient &, PullJob &)> &setup)
{
    NexusClient client(Tests::fakeConfig(server.baseUri(), server.store().token()));
    client.setRetryPolicy(Tests::fastRetries());
    PullJob job(&client, options);
    if (setup)
        setup(client, job);
    Outcome outcome;
    outcome.finished = Tests::runJobToEnd(job, 80000, &outcome.error);
    outcome.report = job.report();
    outcome.dataset = job.takeDataset();
    return outcome;
}

void TestNexusPull::pull_matchesFileReader()
{
    FakeNexusThread server;
    QVERIFY(startSeededServer(server));
    Outcome outcome = runPull(server, PullOptions());
    QVERIFY2(outcome.finished, qPrintable(outcome.error));
    QCOMPARE(outcome.report.path, PullReport::Path::DedicatedView);
    QVERIFY(outcome.report.viewCreated);
    QCOMPARE(outcome.report.skipped, qint64(0));
    QCOMPARE(outcome.dataset.ratings.size(), std::size_t(100836));
    QCOMPARE(outcome.dataset.movies.size(), m_expectedMovies);
    QVERIFY(Tests::sortedRatings(outcome.dataset) == m_expected);
    QCOMPARE(outcome.dataset.userCount(), 610);
    QCOMPARE(outcome.dataset.itemCount(), 9724);
    // Titles come through: movie 1 is Toy Story.
    const int32_t toyStory = outcome.dataset.items.find(int64_t(1));
    QVERIFY(toyStory >= 0);
    QCOMPARE(outcome.dataset.itemTitle(toyStory), std::string("Toy Story (1995)"));
}

void TestNexusPull::pull_staysWithinResultWindow()
{
    FakeNexusThread server;
    QVERIFY(startSeededServer(server));
    PullOptions options;
    options.pageSize = 5000;
    Outcome outcome = runPull(server, options);
    QVERIFY2(outcome.finished, qPrintable(outcome.error));
    QCOMPARE(outcome.dataset.ratings.size(), std::size_t(100836));

    int searches = 0;
    int withCursor = 0;
    for (const LoggedRequest &request : server.store().requests()) {
        if (!request.path.endsWith(QLatin1String("/_search")))
            continue;
        ++searches;
        withCursor += request.searchAfter ? 1 : 0;
        QCOMPARE(request.status, 200);
        QVERIFY(request.searchFrom <= 0);
        QVERIFY(std::max<qint64>(request.searchFrom, 0) + request.searchSize <= 10000);
    }
    // 100,836 ratings in pages of 5,000 need 21 requests, plus 2 for the movies.
    QCOMPARE(searches, 21 + 2);
    QCOMPARE(withCursor, 20 + 1);
}

void TestNexusPull::pull_resumesAfterTokenExpiry()
{
    FakeNexusThread server;
    QVERIFY(startSeededServer(server, true));
    FaultPlan faults;
    faults.expireTokenAfter = 12; // expires in the middle of the ratings
    server.store().setFaults(faults);

    int pauses = 0;
    QString pauseMessage;
    Outcome outcome = runPull(server, PullOptions(), [&](NexusClient &client, PullJob &job) {
        QObject::connect(&job, &PullJob::paused, &job, [&, clientPointer = &client](const QString &message) {
            ++pauses;
            pauseMessage = message;
            FaultPlan none;
            server.store().setFaults(none);
            server.store().setToken(QStringLiteral("renewed-token"));
            clientPointer->setToken(QStringLiteral("renewed-token"));
        });
    });
    QVERIFY2(outcome.finished, qPrintable(outcome.error));
    QCOMPARE(pauses, 1);
    QVERIFY2(pauseMessage.contains(QLatin1String("401")), qPrintable(pauseMessage));
    QVERIFY(Tests::sortedRatings(outcome.dataset) == m_expectedSubset);

    // The page that met the expired token was asked again with the same cursor.
    int rejected = 0;
    for (const LoggedRequest &request : server.store().requests())
        rejected += request.status == 401 ? 1 : 0;
    QVERIFY(rejected >= 1);
}

void TestNexusPull::pull_survivesInjectedFaults()
{
    FakeNexusThread server;
    QVERIFY(startSeededServer(server, true));
    FaultPlan faults;
    faults.failEveryNth = 7; // 503
    faults.rateLimitEveryNth = 11;
    faults.retryAfterSeconds = 1;
    faults.dropEveryNth = 5;
    server.store().setFaults(faults);
    PullOptions options;
    options.pageSize = 2000;
    Outcome outcome = runPull(server, options);
    QVERIFY2(outcome.finished, qPrintable(outcome.error));
    QCOMPARE(outcome.report.skipped, qint64(0));
    QVERIFY(Tests::sortedRatings(outcome.dataset) == m_expectedSubset);

    int injected = 0;
    for (const LoggedRequest &request : server.store().requests())
        injected += request.status == 503 || request.status == 429 ? 1 : 0;
    QVERIFY(injected >= 3);
}

void TestNexusPull::pull_fallsBackToDefaultView()
{
    FakeNexusThread server;
    QVERIFY(startSeededServer(server, true));
    Permissions permissions;
    permissions.viewsWrite = false;
    server.store().setPermissions(permissions);
    Outcome outcome = runPull(server, PullOptions());
    QVERIFY2(outcome.finished, qPrintable(outcome.error));
    QCOMPARE(outcome.report.path, PullReport::Path::DefaultView);
    QVERIFY(outcome.report.describePath().contains(QLatin1String("default")));
    QVERIFY(Tests::sortedRatings(outcome.dataset) == m_expectedSubset);
    QCOMPARE(outcome.dataset.movies.size(), m_expectedMovies);
}

void TestNexusPull::pull_fallsBackToListingAndMultiFetch()
{
    FakeNexusThread server;
    QVERIFY(startSeededServer(server, true));
    Permissions permissions;
    permissions.viewsWrite = false;
    permissions.viewsQuery = false;
    server.store().setPermissions(permissions);
    Outcome outcome = runPull(server, PullOptions());
    QVERIFY2(outcome.finished, qPrintable(outcome.error));
    QCOMPARE(outcome.report.path, PullReport::Path::ListingMultiFetch);
    QVERIFY(outcome.report.describePath().contains(QLatin1String("multi-fetch")));
    QCOMPARE(outcome.report.skipped, qint64(0));
    QVERIFY(Tests::sortedRatings(outcome.dataset) == m_expectedSubset);
    QCOMPARE(outcome.dataset.movies.size(), m_expectedMovies);

    // Listings never go past from = 10,000: pages after the first follow `_next` (after=).
    int listings = 0;
    for (const LoggedRequest &request : server.store().requests()) {
        if (request.path != QLatin1String("/v1/resources/recstudio/movielens"))
            continue;
        ++listings;
        QCOMPARE(request.status, 200);
        QVERIFY(!request.query.contains(QLatin1String("from=")));
    }
    QVERIFY(listings >= 25000 / 1000);
}

void TestNexusPull::pull_waitsForIndexingLag()
{
    FakeNexusThread server;
    QVERIFY(startSeededServer(server, true));
    FaultPlan faults;
    faults.indexingLagMs = 1500;
    server.store().setFaults(faults);
    PullOptions options;
    options.indexing.pollIntervalMs = 100;
    QList<std::pair<qint64, qint64>> waiting;
    Outcome outcome = runPull(server, options, [&](NexusClient &, PullJob &job) {
        QObject::connect(&job, &PullJob::progress, &job,
                         [&](qint64 done, qint64 total, const QString &stage) {
                             if (stage.contains(QLatin1String("index")))
                                 waiting.append({done, total});
                         });
    });
    QVERIFY2(outcome.finished, qPrintable(outcome.error));
    QVERIFY(waiting.size() >= 2);
    QCOMPARE(waiting.first().first, qint64(0)); // nothing indexed right after creation
    QCOMPARE(waiting.last().first, waiting.last().second);
    QVERIFY(Tests::sortedRatings(outcome.dataset) == m_expectedSubset);
}

void TestNexusPull::pull_announcesRatingsStage()
{
    FakeNexusThread server;
    QVERIFY(startSeededServer(server, true));
    QStringList stages;
    QList<qint64> totals;
    Outcome outcome = runPull(server, PullOptions(), [&](NexusClient &, PullJob &job) {
        QObject::connect(&job, &PullJob::progress, &job,
                         [&](qint64, qint64 total, const QString &stage) {
                             stages.append(stage);
                             totals.append(total);
                         });
    });
    QVERIFY2(outcome.finished, qPrintable(outcome.error));
    // Right after the last movie page the ratings stage starts with an unknown total, so
    // the bar does not sit at a finished movies stage while the first ratings page loads.
    const qsizetype lastMovies = stages.lastIndexOf(QStringLiteral("Reading movies"));
    QVERIFY(lastMovies >= 0);
    QVERIFY(lastMovies + 1 < stages.size());
    QCOMPARE(stages.at(lastMovies + 1), QStringLiteral("Reading ratings"));
    QCOMPARE(totals.at(lastMovies + 1), qint64(0));
}

void TestNexusPull::pull_cancelStopsRequests()
{
    FakeNexusThread server;
    QVERIFY(startSeededServer(server, true));
    NexusClient client(Tests::fakeConfig(server.baseUri(), server.store().token()));
    PullOptions options;
    options.pageSize = 500;
    PullJob job(&client, options);
    QSignalSpy canceled(&job, &PullJob::canceled);
    QSignalSpy finished(&job, &PullJob::finished);
    QObject::connect(&job, &PullJob::progress, &job,
                     [&](qint64 done, qint64, const QString &stage) {
                         if (stage.contains(QLatin1String("ratings")) && done >= 5000)
                             job.cancel();
                     });
    job.start();
    QVERIFY(canceled.wait(30000));
    const std::size_t requestsAtCancel = server.store().requests().size();
    QTest::qWait(300);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(client.inFlightCount(), 0);
    QVERIFY(server.store().requests().size() <= requestsAtCancel + 1);
}

void TestNexusPull::pull_cancelWhileWaitingForIndexing()
{
    FakeNexusThread server;
    QVERIFY(server.start());
    FaultPlan faults;
    faults.indexingLagMs = 60000; // the view never finishes indexing during the test
    server.store().setFaults(faults);
    NexusClient client(Tests::fakeConfig(server.baseUri(), server.store().token()));
    PullOptions options;
    options.indexing.pollIntervalMs = 50;
    PullJob job(&client, options);
    QSignalSpy canceled(&job, &PullJob::canceled);
    int polls = 0;
    QObject::connect(&job, &PullJob::progress, &job, [&](qint64, qint64, const QString &stage) {
        if (stage.contains(QLatin1String("index")) && ++polls == 3)
            job.cancel();
    });
    job.start();
    QVERIFY(canceled.wait(10000));
    const std::size_t requestsAtCancel = server.store().requests().size();
    QTest::qWait(300);
    QCOMPARE(server.store().requests().size(), requestsAtCancel);
    QCOMPARE(client.inFlightCount(), 0);
}

QTEST_GUILESS_MAIN(TestNexusPull)
#include "tst_nexuspull.moc"
