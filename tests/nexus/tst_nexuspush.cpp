#include "nexustesthelpers.h"

#include <fakenexusserver.h>
#include <pushjob.h>
#include <similarity.h>
#include <similarjob.h>
#include <verifyjob.h>

#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <limits>
#include <random>

using namespace RecStudio;
using namespace RecStudio::FakeNexus;
using namespace RecStudio::Nexus;

class TestNexusPush : public QObject
{
    Q_OBJECT

private slots:
    void push_createsModelAndEmbeddings();
    void push_repushMovesOnlyChangedRevision();
    void push_partialFailureThenRetryFailedOnly();
    void push_rejectsNonFiniteVectors();
    void push_skipsZeroVectors();
    void similar_matchesLocalAnswer();
    void verify_reportsServerDifferences();
    void push_cancelStopsSending();

private:
    static EmbeddingSet makeEmbeddings(int items, int dimension, quint64 seed);
    static int embeddingPuts(const FakeNexusStore &store);
};

EmbeddingSet TestNexusPush::makeEmbeddings(int items, int dimension, quint64 seed)
{
    EmbeddingSet set;
    std::mt19937_64 random(seed);
    std::normal_distribution<float> normal(0.0f, 1.0f);
    for (int i = 0; i < items; ++i) {
        EmbeddingItem item;
        item.movie.number = 1000 + 7 * i;
        item.title = QStringLiteral("Movie number %1").arg(i);
        for (int f = 0; f < dimension; ++f)
            item.vector.push_back(normal(random));
        set.items.push_back(std::move(item));
    }
    set.provenance.algorithm = QStringLiteral("ALS");
    set.provenance.hyperparameters = QJsonObject{{QStringLiteral("factors"), dimension},
                                                 {QStringLiteral("regularization"), 0.1}};
    set.provenance.trainMetrics = QJsonObject{{QStringLiteral("rmse"), 0.71}};
    set.provenance.testMetrics = QJsonObject{{QStringLiteral("rmse"), 0.87}};
    set.provenance.split = QStringLiteral("random 90/10");
    set.provenance.seed = seed;
    set.provenance.datasetName = QStringLiteral("synthetic");
    set.provenance.datasetFingerprint = QStringLiteral("abc123");
    set.provenance.softwareVersion = QStringLiteral("0.1.0");
    set.provenance.startedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    set.provenance.endedAt = set.provenance.startedAt.addSecs(42);
    return set;
}

int TestNexusPush::embeddingPuts(const FakeNexusStore &store)
{
    int puts = 0;
    for (const LoggedRequest &request : store.requests())
        puts += request.method == "PUT" && request.path.contains(QLatin1String("/ItemEmbedding_"))
            ? 1
            : 0;
    return puts;
}

void TestNexusPush::push_createsModelAndEmbeddings()
{
    FakeNexusThread server;
    QVERIFY(server.start());
    NexusClient client(Tests::fakeConfig(server.baseUri(), server.store().token()));
    const EmbeddingSet set = makeEmbeddings(300, 16, 1);
    PushJob push(&client, set, PushOptions());
    QString error;
    QVERIFY2(Tests::runJobToEnd(push, 60000, &error), qPrintable(error));

    const PushSummary &summary = push.summary();
    QCOMPARE(summary.runId, runIdFor(set.provenance));
    QCOMPARE(summary.created, qint64(300));
    QVERIFY(summary.failures.isEmpty());

    const QJsonObject model = server.store().source(summary.modelId);
    QCOMPARE(model.value(QLatin1String("algorithm")).toString(), QStringLiteral("ALS"));
    QCOMPARE(model.value(QLatin1String("dimension")).toInt(), 16);
    QCOMPARE(model.value(QLatin1String("hyperparameters")).toObject().value(QLatin1String("factors")).toInt(), 16);
    QCOMPARE(model.value(QLatin1String("testMetrics")).toObject().value(QLatin1String("rmse")).toDouble(), 0.87);
    QCOMPARE(model.value(QLatin1String("split")).toString(), QStringLiteral("random 90/10"));
    QCOMPARE(model.value(QLatin1String("seed")).toString(), QStringLiteral("1"));
    QCOMPARE(model.value(QLatin1String("softwareVersion")).toString(), QStringLiteral("0.1.0"));
    QCOMPARE(model.value(QLatin1String("startedAtTime")).toString(), QStringLiteral("2026-01-02T03:04:05.000Z"));
    QCOMPARE(model.value(QLatin1String("endedAtTime")).toString(), QStringLiteral("2026-01-02T03:04:47.000Z"));

    const EmbeddingItem &first = set.items.front();
    const QJsonObject embedding = server.store().source(embeddingResourceId(first.movie, summary.runId));
    QCOMPARE(embedding.value(QLatin1String("movieId")).toInteger(), qint64(1000));
    QCOMPARE(embedding.value(QLatin1String("title")).toString(), first.title);
    QCOMPARE(embedding.value(QLatin1String("model")).toObject().value(QLatin1String("@id")).toString(),
             summary.modelId);
    const QJsonArray vector = embedding.value(QLatin1String("embedding")).toArray();
    QCOMPARE(vector.size(), 16);
    for (int f = 0; f < 16; ++f)
        QCOMPARE(float(vector.at(f).toDouble()), first.vector[std::size_t(f)]);
}

void TestNexusPush::push_repushMovesOnlyChangedRevision()
{
    FakeNexusThread server;
    QVERIFY(server.start());
    NexusClient client(Tests::fakeConfig(server.baseUri(), server.store().token()));
    EmbeddingSet set = makeEmbeddings(200, 8, 2);
    PushJob first(&client, set, PushOptions());
    QVERIFY(Tests::runJobToEnd(first, 60000));
    const int resources = server.store().resourceCount();

    set.items[42].vector[3] += 0.5f;
    PushJob second(&client, set, PushOptions());
    QVERIFY(Tests::runJobToEnd(second, 60000));
    QCOMPARE(second.summary().runId, first.summary().runId);
    QCOMPARE(second.summary().created, qint64(0));
    QCOMPARE(second.summary().updated, qint64(1));
    QCOMPARE(second.summary().unchanged, qint64(199));
    QCOMPARE(server.store().resourceCount(), resources);
    const QString runId = second.summary().runId;
    QCOMPARE(server.store().revision(embeddingResourceId(set.items[42].movie, runId)), qint64(2));
    for (const int other : {0, 41, 43, 199})
        QCOMPARE(server.store().revision(embeddingResourceId(set.items[std::size_t(other)].movie, runId)),
                 qint64(1));
    QCOMPARE(server.store().revision(second.summary().modelId), qint64(1));
}

void TestNexusPush::push_partialFailureThenRetryFailedOnly()
{
    FakeNexusThread server;
    QVERIFY(server.start());
    NexusClient client(Tests::fakeConfig(server.baseUri(), server.store().token()));
    const EmbeddingSet set = makeEmbeddings(250, 8, 3);
    FaultPlan faults;
    faults.failEveryNth = 23;
    faults.failStatus = 500;
    faults.onlyPathsContaining = QStringLiteral("/ItemEmbedding_");
    server.store().setFaults(faults);
    PushJob first(&client, set, PushOptions());
    QVERIFY(Tests::runJobToEnd(first, 60000));
    const QStringList failed = first.summary().failedMovieIds();
    QVERIFY(!failed.isEmpty());
    QCOMPARE(first.summary().created + failed.size(), qint64(250));
    for (const QString &movieId : failed)
        QCOMPARE(server.store().revision(embeddingResourceId(
                     RawId{true, movieId.toLongLong(), {}}, first.summary().runId)),
                 qint64(0));

    server.store().setFaults(FaultPlan());
    server.store().clearRequests();
    PushOptions retry;
    retry.onlyMovieIds = QSet<QString>(failed.begin(), failed.end());
    PushJob second(&client, set, retry);
    QVERIFY(Tests::runJobToEnd(second, 60000));
    QVERIFY(second.summary().failures.isEmpty());
    QCOMPARE(second.summary().created, qint64(failed.size()));
    QCOMPARE(embeddingPuts(server.store()), int(failed.size()));
    QCOMPARE(server.store().resourceCount(), 250 + 1 + 0); // embeddings + model (views kept apart)
}

void TestNexusPush::push_rejectsNonFiniteVectors()
{
    FakeNexusThread server;
    QVERIFY(server.start());
    NexusClient client(Tests::fakeConfig(server.baseUri(), server.store().token()));
    EmbeddingSet set = makeEmbeddings(20, 4, 4);
    set.items[5].vector[2] = std::numeric_limits<float>::quiet_NaN();
    PushJob push(&client, set, PushOptions());
    QString error;
    QVERIFY(!Tests::runJobToEnd(push, 10000, &error));
    QVERIFY2(error.contains(QLatin1String("1035")), qPrintable(error)); // movie of item 5
    QVERIFY2(error.contains(QLatin1String("NaN")), qPrintable(error));
    QCOMPARE(int(server.store().requests().size()), 0);
}

void TestNexusPush::push_skipsZeroVectors()
{
    FakeNexusThread server;
    QVERIFY(server.start());
    NexusClient client(Tests::fakeConfig(server.baseUri(), server.store().token()));
    EmbeddingSet set = makeEmbeddings(30, 4, 5);
    std::fill(set.items[7].vector.begin(), set.items[7].vector.end(), 0.0f);
    PushJob push(&client, set, PushOptions());
    QVERIFY(Tests::runJobToEnd(push, 30000));
    QCOMPARE(push.summary().skippedZero, qint64(1));
    QCOMPARE(push.summary().created, qint64(29));
}

void TestNexusPush::similar_matchesLocalAnswer()
{
    FakeNexusThread server;
    QVERIFY(server.start());
    FaultPlan faults;
    faults.indexingLagMs = 400; // the push must wait for the view before it finishes
    server.store().setFaults(faults);
    NexusClient client(Tests::fakeConfig(server.baseUri(), server.store().token()));
    const EmbeddingSet set = makeEmbeddings(400, 12, 6);
    PushOptions options;
    options.indexing.pollIntervalMs = 50;
    PushJob push(&client, set, options);
    QVERIFY(Tests::runJobToEnd(push, 60000));

    // Local top-k from the model layer's cosine index over the same vectors.
    Model::FactorMatrix factors(400, 12);
    for (int i = 0; i < 400; ++i)
        for (int f = 0; f < 12; ++f)
            factors(i, f) = set.items[std::size_t(i)].vector[std::size_t(f)];
    const Model::ExactCosineIndex index(factors);
    for (const int item : {0, 17, 399}) {
        const auto local = index.search(Model::SimilarityQuery{item, 10, 0}, {});
        QVERIFY(local.ok());
        SimilarQuery query;
        query.runId = push.summary().runId;
        query.movie = set.items[std::size_t(item)].movie;
        query.k = 10;
        SimilarItemsJob similar(&client, query); // fetches the vector from Nexus
        QString error;
        QVERIFY2(Tests::runJobToEnd(similar, 20000, &error), qPrintable(error));
        QCOMPARE(similar.items().size(), std::size_t(10));
        for (std::size_t i = 0; i < 10; ++i) {
            const EmbeddingItem &expected = set.items[std::size_t(local.value()[i].item)];
            QCOMPARE(similar.items()[i].movie.number, expected.movie.number);
            QCOMPARE(similar.items()[i].title, expected.title);
            QVERIFY(std::fabs(similar.items()[i].similarity - local.value()[i].similarity) < 1e-5);
        }
    }

    VerifyJob verify(&client, set, 25, 10);
    QVERIFY(Tests::runJobToEnd(verify, 30000));
    QCOMPARE(verify.report().checked, 25);
    QCOMPARE(verify.report().matching, 25);
    QVERIFY(verify.report().differences.isEmpty());
}

void TestNexusPush::verify_reportsServerDifferences()
{
    FakeNexusThread server;
    QVERIFY(server.start());
    NexusClient client(Tests::fakeConfig(server.baseUri(), server.store().token()));
    EmbeddingSet set = makeEmbeddings(60, 6, 8);
    PushJob push(&client, set, PushOptions());
    QVERIFY(Tests::runJobToEnd(push, 30000));

    // Locally, every vector moves; the server keeps the pushed ones, so the top-k lists differ.
    for (EmbeddingItem &item : set.items)
        for (float &value : item.vector)
            value = -value * value;
    set.runId = push.summary().runId;
    VerifyJob verify(&client, set, 60, 5);
    QVERIFY(Tests::runJobToEnd(verify, 30000));
    QCOMPARE(verify.report().checked, 60);
    QVERIFY(verify.report().matching < 60);
    QCOMPARE(verify.report().differences.size(), 60 - verify.report().matching);
    QVERIFY(verify.report().differences.first().contains(QLatin1String("server [")));
}

void TestNexusPush::push_cancelStopsSending()
{
    FakeNexusThread server;
    QVERIFY(server.start());
    NexusClient client(Tests::fakeConfig(server.baseUri(), server.store().token()));
    const EmbeddingSet set = makeEmbeddings(2000, 8, 9);
    PushJob push(&client, set, PushOptions());
    QObject::connect(&push, &NexusJob::progress, &push, [&](qint64 done, qint64, const QString &stage) {
        if (stage.contains(QLatin1String("embeddings")) && done >= 200)
            push.cancel();
    });
    QSignalSpy canceled(&push, &NexusJob::canceled);
    QVERIFY(!Tests::runJobToEnd(push, 30000));
    QCOMPARE(canceled.count(), 1);
    std::size_t logged = 0;
    while (logged != server.store().requests().size()) {
        logged = server.store().requests().size();
        QTest::qWait(200);
    }
    QVERIFY(embeddingPuts(server.store()) < 2000);
    QCOMPARE(client.inFlightCount(), 0);
    QCOMPARE(int(server.store().requests().size()), int(logged));
}

QTEST_GUILESS_MAIN(TestNexusPush)
#include "tst_nexuspush.moc"
