#include "nexustesthelpers.h"
#include "testdata.h"

#include <fakenexusserver.h>
#include <filedownloadjob.h>
#include <importjob.h>
#include <pulljob.h>
#include <readers.h>

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace RecStudio;
using namespace RecStudio::FakeNexus;
using namespace RecStudio::Nexus;

class TestNexusImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void import_thenPullMatchesFile();
    void import_secondRunChangesNothing();
    void import_updatesOnlyChangedRatings();
    void import_resumesFromStateFile();
    void import_faultsLoseAndDuplicateNothing();
    void import_resumesAfterTokenExpiry();

private:
    // The first count ratings of ml-latest-small with the movies they mention.
    std::shared_ptr<Model::Dataset> smallDataset(std::size_t count) const;
    bool runJob(NexusJob &job, int timeoutMs = 80000);

    std::shared_ptr<Model::Dataset> m_reference;
    QString m_ratingsFile;
};

void TestNexusImport::initTestCase()
{
    RECSTUDIO_REQUIRE_MOVIELENS(folder, "ml-latest-small");
    auto reference = Model::readMovieLensFolder(folder.toStdString());
    QVERIFY2(reference.ok(), reference.ok() ? "" : reference.error().c_str());
    m_reference = std::make_shared<Model::Dataset>(std::move(reference).value());
    m_ratingsFile = folder + QStringLiteral("/ratings.csv");
}

std::shared_ptr<Model::Dataset> TestNexusImport::smallDataset(std::size_t count) const
{
    auto dataset = std::make_shared<Model::Dataset>();
    dataset->name = "ml-latest-small head";
    for (std::size_t k = 0; k < count; ++k) {
        const int32_t user = dataset->users.insert(
            m_reference->users.numericId(m_reference->ratings.user[k]));
        const int32_t item = dataset->items.insert(
            m_reference->items.numericId(m_reference->ratings.item[k]));
        dataset->ratings.push_back(user, item, m_reference->ratings.rating[k],
                                   m_reference->ratings.timestamp[k]);
    }
    for (int32_t item = 0; item < dataset->itemCount(); ++item) {
        const int32_t movie = m_reference->movieOfItem(
            m_reference->items.find(dataset->items.numericId(item)));
        if (movie >= 0)
            dataset->movies.push_back(m_reference->movies[std::size_t(movie)]);
    }
    dataset->linkCatalogue();
    return dataset;
}

bool TestNexusImport::runJob(NexusJob &job, int timeoutMs)
{
    QString error;
    const bool finished = Tests::runJobToEnd(job, timeoutMs, &error);
    if (!error.isEmpty())
        qWarning() << "job did not finish:" << error;
    return finished;
}

void TestNexusImport::import_thenPullMatchesFile()
{
    FakeNexusThread server;
    QVERIFY(server.start());
    NexusClient client(Tests::fakeConfig(server.baseUri(), server.store().token()));
    client.setMaxConcurrentRequests(12);
    ImportOptions options;
    options.originalFile = m_ratingsFile;
    ImportJob import(&client, m_reference, options);
    QVERIFY(runJob(import));

    const ImportSummary &summary = import.summary();
    const qint64 movies = qint64(m_reference->movies.size());
    QCOMPARE(summary.total, 100836 + movies);
    QCOMPARE(summary.created, 100836 + movies);
    QCOMPARE(summary.failed, qint64(0));
    QVERIFY(summary.fileUploaded);
    const QString vocab = server.baseUri() + QStringLiteral("/vocabs/recstudio/movielens/");
    QCOMPARE(server.store().resourceCount(vocab + QStringLiteral("Rating")), 100836);
    QCOMPARE(server.store().resourceCount(vocab + QStringLiteral("Movie")), int(movies));
    const QJsonObject datasetSource = server.store().source(summary.datasetId);
    QCOMPARE(datasetSource.value(QLatin1String("distribution")).toObject().value(QLatin1String("@id")).toString(),
             summary.fileId);

    // Pull it back: the same ratings as the file reader.
    PullJob pull(&client, PullOptions());
    QVERIFY(runJob(pull));
    QVERIFY(Tests::sortedRatings(pull.takeDataset()) == Tests::sortedRatings(*m_reference));

    // The original file comes back byte for byte and reads to the same ratings.
    QTemporaryDir folder;
    const QString downloaded = folder.filePath(QStringLiteral("ratings.csv"));
    FileDownloadJob download(&client, summary.fileId, downloaded);
    QSignalSpy progress(&download, &NexusJob::progress);
    QVERIFY(runJob(download));
    QVERIFY(progress.count() >= 2);
    QFile original(m_ratingsFile);
    QFile copy(downloaded);
    QVERIFY(original.open(QIODevice::ReadOnly) && copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), original.readAll());
    const auto reread = Model::readRatingsFile(downloaded.toStdString());
    QVERIFY(reread.ok());
    QCOMPARE(reread->ratings.size(), std::size_t(100836));
}

void TestNexusImport::import_secondRunChangesNothing()
{
    FakeNexusThread server;
    QVERIFY(server.start());
    NexusClient client(Tests::fakeConfig(server.baseUri(), server.store().token()));
    const auto dataset = smallDataset(400);
    ImportJob first(&client, dataset, ImportOptions());
    QVERIFY(runJob(first));
    QCOMPARE(first.summary().created, first.summary().total);
    const qint64 writes = server.store().writeCount();

    ImportJob second(&client, dataset, ImportOptions());
    QVERIFY(runJob(second));
    QCOMPARE(second.summary().created, qint64(0));
    QCOMPARE(second.summary().updated, qint64(0));
    QCOMPARE(second.summary().unchanged, second.summary().total);
    QCOMPARE(server.store().writeCount(), writes);
}

void TestNexusImport::import_updatesOnlyChangedRatings()
{
    FakeNexusThread server;
    QVERIFY(server.start());
    NexusClient client(Tests::fakeConfig(server.baseUri(), server.store().token()));
    auto dataset = smallDataset(200);
    ImportJob first(&client, dataset, ImportOptions());
    QVERIFY(runJob(first));

    auto changed = std::make_shared<Model::Dataset>(*dataset);
    changed->ratings.rating[17] = changed->ratings.rating[17] == 5.0f ? 1.0f : 5.0f;
    const QString changedId = ratingResourceId(rawIdAt(changed->users, changed->ratings.user[17]),
                                               rawIdAt(changed->items, changed->ratings.item[17]));
    ImportJob second(&client, changed, ImportOptions());
    QVERIFY(runJob(second));
    QCOMPARE(second.summary().updated, qint64(1));
    QCOMPARE(second.summary().unchanged, second.summary().total - 1);
    QCOMPARE(server.store().revision(changedId), qint64(2));
    QCOMPARE(server.store().source(changedId).value(QLatin1String("rating")).toDouble(),
             double(changed->ratings.rating[17]));
}

void TestNexusImport::import_resumesFromStateFile()
{
    FakeNexusThread server;
    QVERIFY(server.start());
    NexusClient client(Tests::fakeConfig(server.baseUri(), server.store().token()));
    const auto dataset = smallDataset(3000);
    QTemporaryDir folder;
    ImportOptions options;
    options.statePath = folder.filePath(QStringLiteral("import.state"));
    const qint64 total = qint64(dataset->ratings.size() + dataset->movies.size());

    {
        ImportJob interrupted(&client, dataset, options);
        QObject::connect(&interrupted, &NexusJob::progress, &interrupted,
                         [&](qint64 done, qint64, const QString &) {
                             if (done >= 1000)
                                 interrupted.cancel();
                         });
        QVERIFY(!runJob(interrupted));
        QVERIFY(interrupted.isCanceled());
    }
    QVERIFY(QFile::exists(options.statePath));
    const int storedAfterCancel = server.store().resourceCount();
    QVERIFY(storedAfterCancel >= 1000);
    QVERIFY(storedAfterCancel < total);

    // Requests sent just before the cancel may still reach the server; let them land
    // before counting what the resumed run sends. The log must stay unchanged for three
    // windows in a row, because on a loaded machine the server thread can stall for
    // longer than one window.
    std::size_t logged = server.store().requests().size();
    for (int quietWindows = 0; quietWindows < 3;) {
        QTest::qWait(300);
        const std::size_t now = server.store().requests().size();
        quietWindows = now == logged ? quietWindows + 1 : 0;
        logged = now;
    }
    server.store().clearRequests();
    ImportJob resumed(&client, dataset, options);
    QVERIFY(runJob(resumed));
    const ImportSummary &summary = resumed.summary();
    QVERIFY(summary.resumed >= 1000);
    QCOMPARE(summary.resumed + summary.created + summary.unchanged, total);
    QCOMPARE(summary.failed, qint64(0));
    // Every resource exists exactly once: the dataset resource plus ratings and movies.
    QCOMPARE(server.store().resourceCount(), int(total) + 1);
    // Resumed resources were not sent again.
    int puts = 0;
    for (const LoggedRequest &request : server.store().requests())
        puts += request.method == "PUT" ? 1 : 0;
    QVERIFY2(puts <= int(total - summary.resumed) + 2,
             qPrintable(QStringLiteral("%1 PUT requests for %2 resources that were not resumed")
                            .arg(puts)
                            .arg(total - summary.resumed)));
    QVERIFY(!QFile::exists(options.statePath)); // removed after a clean finish
}

void TestNexusImport::import_faultsLoseAndDuplicateNothing()
{
    FakeNexusThread server;
    QVERIFY(server.start());
    NexusClient client(Tests::fakeConfig(server.baseUri(), server.store().token()));
    client.setRetryPolicy(Tests::fastRetries());
    const auto dataset = smallDataset(2000);
    const qint64 total = qint64(dataset->ratings.size() + dataset->movies.size());
    QTemporaryDir folder;
    ImportOptions options;
    options.statePath = folder.filePath(QStringLiteral("import.state"));

    // Transient faults are retried; 500 is not (the write may have happened), so those
    // resources fail and the state file lets a second run send only them.
    FaultPlan faults;
    faults.failEveryNth = 97;
    faults.failStatus = 500;
    faults.dropEveryNth = 13;
    faults.rateLimitEveryNth = 89;
    faults.retryAfterSeconds = 0;
    faults.onlyPathsContaining = QStringLiteral("/Rating_");
    server.store().setFaults(faults);
    ImportJob first(&client, dataset, options);
    QVERIFY(runJob(first));
    const ImportSummary firstSummary = first.summary();
    QVERIFY(firstSummary.failed > 0);
    QCOMPARE(firstSummary.failures.size(), int(std::min<qint64>(firstSummary.failed, 100)));
    for (const QString &message : firstSummary.failures)
        QVERIFY2(message.contains(QLatin1String("500")), qPrintable(message));
    QCOMPARE(firstSummary.created + firstSummary.unchanged + firstSummary.failed, total);

    server.store().setFaults(FaultPlan());
    ImportJob second(&client, dataset, options);
    QVERIFY(runJob(second));
    QCOMPARE(second.summary().failed, qint64(0));
    QCOMPARE(second.summary().resumed, total - firstSummary.failed);
    QCOMPARE(second.summary().created + second.summary().unchanged, firstSummary.failed);

    // Nothing lost or duplicated: every rating is stored once with its value.
    const QString vocab = server.baseUri() + QStringLiteral("/vocabs/recstudio/movielens/");
    QCOMPARE(server.store().resourceCount(vocab + QStringLiteral("Rating")),
             int(dataset->ratings.size()));
    for (std::size_t k = 0; k < dataset->ratings.size(); k += 97) {
        const QString id = ratingResourceId(rawIdAt(dataset->users, dataset->ratings.user[k]),
                                            rawIdAt(dataset->items, dataset->ratings.item[k]));
        QCOMPARE(server.store().source(id).value(QLatin1String("rating")).toDouble(),
                 double(dataset->ratings.rating[k]));
        QCOMPARE(server.store().revision(id), qint64(1));
    }
}

void TestNexusImport::import_resumesAfterTokenExpiry()
{
    FakeNexusThread server;
    QVERIFY(server.start());
    NexusClient client(Tests::fakeConfig(server.baseUri(), server.store().token()));
    const auto dataset = smallDataset(1500);
    const qint64 total = qint64(dataset->ratings.size() + dataset->movies.size());
    FaultPlan faults;
    faults.expireTokenAfter = 700;
    server.store().setFaults(faults);

    ImportJob import(&client, dataset, ImportOptions());
    int pauses = 0;
    int resumes = 0;
    QObject::connect(&import, &NexusJob::paused, &import, [&](const QString &) {
        ++pauses;
        server.store().setFaults(FaultPlan());
        server.store().setToken(QStringLiteral("renewed"));
        client.setToken(QStringLiteral("renewed"));
    });
    QObject::connect(&import, &NexusJob::resumed, &import, [&] { ++resumes; });
    QVERIFY(runJob(import));
    QCOMPARE(pauses, 1);
    QCOMPARE(resumes, 1);
    QCOMPARE(import.summary().failed, qint64(0));
    QCOMPARE(import.summary().created + import.summary().unchanged, total);
    // Every rating and movie stored once, plus the Dataset resource.
    QCOMPARE(server.store().resourceCount(), int(total) + 1);
}

QTEST_GUILESS_MAIN(TestNexusImport)
#include "tst_nexusimport.moc"
