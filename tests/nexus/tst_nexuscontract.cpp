// Contract tests: the client parses the verbatim Nexus example payloads, and the fake
// server answers in the same shapes.
#include "nexustesthelpers.h"
#include "testdata.h"

#include <connectioncheckjob.h>
#include <embeddingpush.h>
#include <fakenexusserver.h>
#include <nexusconfig.h>
#include <nexuserror.h>
#include <nexussteps.h>
#include <searchpage.h>
#include <similarjob.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace RecStudio;
using namespace RecStudio::Nexus;

Q_DECLARE_METATYPE(RecStudio::Nexus::NexusError::Kind)

class TestNexusContract : public QObject
{
    Q_OBJECT

private slots:
    void config_validation_data();
    void config_validation();
    void errors_mapExampleBodies_data();
    void errors_mapExampleBodies();
    void errors_mapTemplateAndSyntheticBodies();
    void errors_networkFailures();
    void project_parsesExample();
    void identities_parseExample();
    void statistics_parseExample();
    void search_parsesCustomViewExample();
    void search_parsesDefaultViewExample();
    void search_readsTutorialMovie();
    void embeddings_followNotebookShapes();
    void fake_answersInExampleShapes();

private:
    static QByteArray example(const QString &relativePath);
    static QStringList keysOf(const QByteArray &json);
};

QByteArray TestNexusContract::example(const QString &relativePath)
{
    QFile file(QDir(Tests::nexusExamplesDir()).filePath(relativePath));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QStringList TestNexusContract::keysOf(const QByteArray &json)
{
    QStringList keys = QJsonDocument::fromJson(json).object().keys();
    keys.sort();
    return keys;
}

#define REQUIRE_EXAMPLES()                                                                  \
    if (Tests::nexusExamplesDir().isEmpty())                                                \
    QSKIP("The Nexus example payloads were not found; set RECSTUDIO_DATA_DIR so that "      \
          "../nexus/examples lies next to it")

void TestNexusContract::config_validation_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("organization");
    QTest::addColumn<QString>("project");
    QTest::addColumn<QString>("expectedProblem"); // empty = valid

    QTest::newRow("https") << "https://nexus.example.org/v1" << "org" << "proj" << "";
    QTest::newRow("https prefix") << "https://example.org/api/nexus/v1/" << "org" << "proj" << "";
    QTest::newRow("http loopback") << "http://127.0.0.1:8080/v1" << "org" << "proj" << "";
    QTest::newRow("http localhost") << "http://localhost:8080/v1" << "org" << "proj" << "";
    QTest::newRow("http ipv6 loopback") << "http://[::1]:8080/v1" << "org" << "proj" << "";
    QTest::newRow("http remote") << "http://nexus.example.org/v1" << "org" << "proj" << "unencrypted";
    QTest::newRow("no version") << "https://nexus.example.org" << "org" << "proj" << "version segment";
    QTest::newRow("no version, root slash")
        << "http://127.0.0.1:44217/" << "org" << "proj" << "'http://127.0.0.1:44217/v1'";
    QTest::newRow("no version, prefix slashes")
        << "https://example.org/nexus//" << "org" << "proj" << "'https://example.org/nexus/v1'";
    QTest::newRow("version not last") << "https://nexus.example.org/v1/projects" << "org" << "proj"
                                      << "version segment";
    QTest::newRow("ftp") << "ftp://nexus.example.org/v1" << "org" << "proj" << "scheme";
    QTest::newRow("query") << "https://nexus.example.org/v1?x=1" << "org" << "proj" << "query";
    QTest::newRow("empty") << "" << "org" << "proj" << "missing or invalid";
    QTest::newRow("bad org") << "https://nexus.example.org/v1" << "my org" << "proj" << "organization";
    QTest::newRow("bad project") << "https://nexus.example.org/v1" << "org" << "p/q" << "project";
}

void TestNexusContract::config_validation()
{
    QFETCH(QString, url);
    QFETCH(QString, organization);
    QFETCH(QString, project);
    QFETCH(QString, expectedProblem);
    NexusConfig config;
    config.deployment = QUrl(url);
    config.organization = organization;
    config.project = project;
    config.token = QStringLiteral("secret-token-value");
    const QString problem = config.validate();
    if (expectedProblem.isEmpty()) {
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    } else {
        QVERIFY2(problem.contains(expectedProblem), qPrintable(problem));
        QVERIFY(!problem.contains(config.token)); // never echo the token
    }
}

void TestNexusContract::errors_mapExampleBodies_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("status");
    QTest::addColumn<NexusError::Kind>("kind");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("fix"); // words the message must contain

    using Kind = NexusError::Kind;
    QTest::newRow("expired token") << "errors/fixture-invalid-access-token-expired-401.json" << 401
                                   << Kind::Unauthorized << "InvalidAccessToken" << "new token";
    QTest::newRow("authentication") << "errors/fixture-authentication-failed-401.json" << 401
                                    << Kind::Unauthorized << "AuthenticationFailed" << "Sign in";
    QTest::newRow("forbidden") << "errors/fixture-authorization-failed-403.json" << 403
                               << Kind::Forbidden << "AuthorizationFailed" << "permission";
    QTest::newRow("resource missing") << "errors/fixture-resource-not-found-404.json" << 404
                                      << Kind::NotFound << "ResourceNotFound" << "not found";
    QTest::newRow("view missing") << "errors/fixture-es-view-not-found-404.json" << 404
                                  << Kind::NotFound << "ResourceNotFound" << "ElasticSearch view";
    QTest::newRow("file missing") << "errors/fixture-file-not-found-404.json" << 404
                                  << Kind::NotFound << "ResourceNotFound" << "not found";
    QTest::newRow("project missing") << "errors/fixture-project-not-found-404.json" << 404
                                     << Kind::NotFound << "ProjectNotFound" << "project labels";
    QTest::newRow("already exists") << "errors/fixture-resource-already-exists-409.json" << 409
                                    << Kind::Conflict << "ResourceAlreadyExists" << "retry";
    QTest::newRow("view revision") << "errors/fixture-incorrect-rev-view-409.json" << 409
                                   << Kind::Conflict << "IncorrectRev" << "revision conflict";
    QTest::newRow("underscore fields") << "errors/fixture-underscore-fields-400.json" << 400
                                       << Kind::BadRequest << "MalformedRequestContentRejection"
                                       << "starting with _";
    QTest::newRow("listing window") << "errors/fixture-listing-from-over-limit-400.json" << 400
                                    << Kind::BadRequest << "MalformedQueryParamRejection" << "from";
    QTest::newRow("elasticsearch") << "errors/fixture-es-query-error-400.json" << 400
                                   << Kind::BadRequest << "parsing_exception" << "unknown query [other]";
    QTest::newRow("not acceptable") << "errors/fixture-unaccepted-content-type-406.json" << 406
                                    << Kind::BadRequest << "UnacceptedResponseContentTypeRejection"
                                    << "406";
}

void TestNexusContract::errors_mapExampleBodies()
{
    REQUIRE_EXAMPLES();
    QFETCH(QString, file);
    QFETCH(int, status);
    QFETCH(NexusError::Kind, kind);
    QFETCH(QString, type);
    QFETCH(QString, fix);
    const QByteArray body = example(file);
    QVERIFY2(!body.isEmpty(), qPrintable(file));
    const QString call = QStringLiteral("read ratings from view 'v'");
    const NexusError error = NexusError::fromReply(call, status, QNetworkReply::NoError, {}, body);
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.type, type);
    QVERIFY2(error.message.startsWith(QLatin1String("Could not ") + call), qPrintable(error.message));
    QVERIFY2(error.message.contains(fix), qPrintable(error.message));
    QVERIFY2(!error.reason.isEmpty(), qPrintable(error.message));
}

void TestNexusContract::errors_mapTemplateAndSyntheticBodies()
{
    REQUIRE_EXAMPLES();
    QByteArray incorrectRev = example(QStringLiteral("errors/fixture-incorrect-rev-409.json.tmpl"));
    incorrectRev.replace("{{provided}}", "1").replace("{{expected}}", "2");
    const NexusError conflict = NexusError::fromReply(QStringLiteral("update resource 'x'"), 409,
                                                      QNetworkReply::NoError, {}, incorrectRev);
    QCOMPARE(conflict.type, QStringLiteral("IncorrectRev"));
    QVERIFY(conflict.reason.contains(QLatin1String("expected '2'")));

    // No 413 example exists; the body follows the documented rejection.
    const QByteArray tooLarge = R"({"@context":"https://bluebrain.github.io/nexus/contexts/error.json",
        "@type":"MalformedRequestContentRejection",
        "reason":"The request payload exceed the maximum configured limit '262144'."})";
    const NexusError large = NexusError::fromReply(QStringLiteral("create resource 'x'"), 413,
                                                   QNetworkReply::NoError, {}, tooLarge);
    QCOMPARE(large.kind, NexusError::Kind::TooLarge);
    QVERIFY(large.message.contains(QLatin1String("256 KiB")));

    // A 503 from a proxy has no JSON body at all.
    const NexusError unavailable = NexusError::fromReply(QStringLiteral("create resource 'x'"), 503,
                                                         QNetworkReply::NoError, {},
                                                         "<html>Service Unavailable</html>");
    QCOMPARE(unavailable.kind, NexusError::Kind::Server);
    QVERIFY(unavailable.type.isEmpty());
    QVERIFY(isTransientStatus(503));
    QVERIFY(isTransientStatus(429));
    QVERIFY(!isTransientStatus(500));
    QVERIFY(!isTransientStatus(409));
}

void TestNexusContract::errors_networkFailures()
{
    const NexusError connectionError = NexusError::fromReply(QStringLiteral("fetch project 'a/b'"), 0,
                                                     QNetworkReply::ConnectionRefusedError,
                                                     QStringLiteral("Connection refused"), {});
    QCOMPARE(connectionError.kind, NexusError::Kind::Network);
    QVERIFY(connectionError.message.contains(QLatin1String("deployment URL")));
    const NexusError tls = NexusError::fromReply(QStringLiteral("fetch project 'a/b'"), 0,
                                                 QNetworkReply::SslHandshakeFailedError,
                                                 QStringLiteral("certificate expired"), {});
    QVERIFY(tls.message.contains(QLatin1String("never ignored")));
    QVERIFY(isTransientNetworkError(QNetworkReply::RemoteHostClosedError));
    QVERIFY(!isTransientNetworkError(QNetworkReply::HostNotFoundError));
}

void TestNexusContract::project_parsesExample()
{
    REQUIRE_EXAMPLES();
    ProjectInfo info;
    QCOMPARE(parseProject(example(QStringLiteral("projects/project-fetch-response.json")), info),
             QString());
    QCOMPARE(info.label, QStringLiteral("myproject"));
    QCOMPARE(info.organization, QStringLiteral("myorg"));
    QCOMPARE(info.base, QStringLiteral("http://localhost:8080/v1/resources/myorg/myproject/_/"));
    QCOMPARE(info.vocab, QStringLiteral("https://schema.org/"));
    QVERIFY(!parseProject("{\"@type\":\"Project\"}", info).isEmpty());
}

void TestNexusContract::identities_parseExample()
{
    REQUIRE_EXAMPLES();
    ConnectionReport report;
    QCOMPARE(ConnectionCheckJob::parseIdentities(example(QStringLiteral("misc/identities-response.json")),
                                                 report),
             QString());
    QCOMPARE(report.identities.size(), 4);
    QVERIFY(report.identities.contains(QStringLiteral("User test-user (realm nexusdev)")));
    QVERIFY(report.identities.contains(QStringLiteral("Group test-group (realm nexusdev)")));
    QVERIFY(!report.anonymous);
}

void TestNexusContract::statistics_parseExample()
{
    REQUIRE_EXAMPLES();
    ViewStatistics statistics;
    QCOMPARE(parseViewStatistics(example(QStringLiteral("views/view-statistics-response.json")),
                                 statistics),
             QString());
    QCOMPARE(statistics.totalEvents, qint64(3754));
    QCOMPARE(statistics.processedEvents, qint64(3754));
    QCOMPARE(statistics.remainingEvents, qint64(0));
}

void TestNexusContract::search_parsesCustomViewExample()
{
    REQUIRE_EXAMPLES();
    SearchPage page;
    QCOMPARE(parseSearchPage(example(QStringLiteral("views/fixture-es-search-response-custom-view.json")),
                             DocumentKind::Movie, SourceLayout::Fields, page),
             QString());
    QCOMPARE(page.total, qint64(5));
    QCOMPARE(page.hitCount, 5);
    QCOMPARE(page.lastSortKey, QStringLiteral("C251001B2-MT-C1"));
    // These are Cell documents, not movies: every hit is skipped with a reason.
    QCOMPARE(page.skipped, 5);
    QVERIFY(page.problems.first().contains(QLatin1String("movieId")));
}

void TestNexusContract::search_parsesDefaultViewExample()
{
    REQUIRE_EXAMPLES();
    SearchPage page;
    const QByteArray body = example(QStringLiteral("views/es-search-response.json"));
    QCOMPARE(parseSearchPage(body, DocumentKind::Rating, SourceLayout::OriginalSource, page),
             QString());
    const QJsonObject hits = QJsonDocument::fromJson(body).object().value(QLatin1String("hits")).toObject();
    QCOMPARE(page.hitCount, int(hits.value(QLatin1String("hits")).toArray().size()));
    QCOMPARE(page.total, hits.value(QLatin1String("total")).toObject().value(QLatin1String("value")).toInteger());
    QCOMPARE(page.skipped, page.hitCount); // not ratings
    QVERIFY(!parseSearchPage("not json", DocumentKind::Rating, SourceLayout::Fields, page).isEmpty());
    QVERIFY(!parseSearchPage("{\"hits\":{}}", DocumentKind::Rating, SourceLayout::Fields, page).isEmpty());
}

void TestNexusContract::search_readsTutorialMovie()
{
    REQUIRE_EXAMPLES();
    // The CLI tutorial stored movies with the raw "A|B|C" genres text; wrap one in a hit.
    const QJsonObject movie = QJsonDocument::fromJson(
                                  example(QStringLiteral("movielens/cli-tutorial-fetch-movie-response-old.json")))
                                  .object();
    QVERIFY(!movie.isEmpty());
    const QJsonObject response{
        {QStringLiteral("hits"),
         QJsonObject{{QStringLiteral("total"), QJsonObject{{QStringLiteral("value"), 1}}},
                     {QStringLiteral("hits"),
                      QJsonArray{QJsonObject{{QStringLiteral("_id"), movie.value(QLatin1String("@id"))},
                                             {QStringLiteral("_source"), movie},
                                             {QStringLiteral("sort"), QJsonArray{QStringLiteral("Movie_1")}}}}}}}};
    SearchPage page;
    QCOMPARE(parseSearchPage(QJsonDocument(response).toJson(), DocumentKind::Movie,
                             SourceLayout::Fields, page),
             QString());
    QCOMPARE(page.movies.size(), std::size_t(1));
    QCOMPARE(page.movies[0].movie.number, int64_t(1));
    QCOMPARE(page.movies[0].title, QStringLiteral("Toy Story (1995)"));
    QCOMPARE(page.movies[0].genres.size(), std::size_t(5));
    QCOMPARE(page.movies[0].genres.front(), std::string("Adventure"));
}

void TestNexusContract::embeddings_followNotebookShapes()
{
    REQUIRE_EXAMPLES();
    const QJsonObject notebookView = QJsonDocument::fromJson(
        example(QStringLiteral("embeddings/mooc-embedding-es-view-request.transcribed.json"))).object();
    const QJsonObject ourView = embeddingViewPayload(QStringLiteral("https://x/ItemEmbedding"), 64);
    for (const char *key : {"@type", "resourceTypes", "includeMetadata", "includeDeprecated",
                            "sourceAsText", "mapping"})
        QVERIFY2(notebookView.contains(QLatin1String(key)) && ourView.contains(QLatin1String(key)), key);
    const QJsonObject embedding = ourView.value(QLatin1String("mapping")).toObject()
                                      .value(QLatin1String("properties")).toObject()
                                      .value(QLatin1String("embedding")).toObject();
    QCOMPARE(embedding.value(QLatin1String("type")).toString(), QStringLiteral("dense_vector"));
    QCOMPARE(embedding.value(QLatin1String("dims")).toInt(), 64);

    const QJsonObject notebookQuery = QJsonDocument::fromJson(
        example(QStringLiteral("embeddings/mooc-script-score-cosine-query.transcribed.json"))).object();
    const QString notebookScript = notebookQuery.value(QLatin1String("query")).toObject()
                                       .value(QLatin1String("script_score")).toObject()
                                       .value(QLatin1String("script")).toObject()
                                       .value(QLatin1String("source")).toString();
    NexusClient client(Tests::fakeConfig(QStringLiteral("http://127.0.0.1:1/v1"), {}));
    SimilarQuery query{QStringLiteral("run1"), RawId{true, 1, {}}, 5, {1.0f, 0.0f}};
    const QJsonObject ours = QJsonDocument::fromJson(similarItemsRequest(client, query).body).object();
    const QString ourScript = ours.value(QLatin1String("query")).toObject()
                                  .value(QLatin1String("script_score")).toObject()
                                  .value(QLatin1String("script")).toObject()
                                  .value(QLatin1String("source")).toString();
    QCOMPARE(ourScript.simplified(), notebookScript.simplified());
}

void TestNexusContract::fake_answersInExampleShapes()
{
    REQUIRE_EXAMPLES();
    FakeNexus::FakeNexusThread server;
    QVERIFY(server.start());
    NexusClient client(Tests::fakeConfig(server.baseUri(), server.store().token()));
    const auto fetch = [&client](const QUrl &url, const QByteArray &method = "GET",
                                 const QByteArray &body = {}) {
        NexusRequest request;
        request.method = method;
        request.url = url;
        request.body = body;
        request.contentType = body.isEmpty() ? QByteArray() : QByteArray("application/json");
        request.call = QStringLiteral("test call");
        NexusReply result;
        QEventLoop loop;
        client.send(request, &loop, [&](const NexusReply &reply) {
            result = reply;
            loop.quit();
        });
        loop.exec();
        return result;
    };

    const NexusReply missing = fetch(client.projectEndpoint(QStringLiteral("resources"),
                                                            {QStringLiteral("_"), QStringLiteral("nope")}));
    QCOMPARE(missing.status, 404);
    QCOMPARE(keysOf(missing.body), keysOf(example(QStringLiteral("errors/fixture-resource-not-found-404.json"))));

    const NexusReply statistics = fetch(client.projectEndpoint(QStringLiteral("views"),
                                                               {QStringLiteral("documents"), QStringLiteral("statistics")}));
    QCOMPARE(statistics.status, 200);
    QCOMPARE(keysOf(statistics.body), keysOf(example(QStringLiteral("views/view-statistics-response.json"))));

    const NexusReply created = fetch(client.projectEndpoint(QStringLiteral("resources"),
                                                            {QStringLiteral("_"), QStringLiteral("Thing_1")}),
                                     "PUT", R"({"@type":"Thing","name":"one"})");
    QCOMPARE(created.status, 201);
    QCOMPARE(keysOf(created.body), keysOf(example(QStringLiteral("resources/resource-created-response.json"))));

    const NexusReply again = fetch(client.projectEndpoint(QStringLiteral("resources"),
                                                          {QStringLiteral("_"), QStringLiteral("Thing_1")}),
                                   "PUT", R"({"@type":"Thing","name":"one"})");
    QCOMPARE(again.status, 409);
    QCOMPARE(keysOf(again.body), keysOf(example(QStringLiteral("errors/fixture-resource-already-exists-409.json"))));

    QUrlQuery staleRevision;
    staleRevision.addQueryItem(QStringLiteral("rev"), QStringLiteral("7"));
    const NexusReply stale = fetch(client.projectEndpoint(QStringLiteral("resources"),
                                                          {QStringLiteral("_"), QStringLiteral("Thing_1")},
                                                          staleRevision),
                                   "PUT", R"({"@type":"Thing","name":"two"})");
    QCOMPARE(stale.status, 409);
    QByteArray incorrectRev = example(QStringLiteral("errors/fixture-incorrect-rev-409.json.tmpl"));
    incorrectRev.replace("{{provided}}", "7").replace("{{expected}}", "1");
    QCOMPARE(keysOf(stale.body), keysOf(incorrectRev));

    const NexusReply underscore = fetch(client.projectEndpoint(QStringLiteral("resources"),
                                                               {QStringLiteral("_"), QStringLiteral("Thing_2")}),
                                        "PUT", R"({"@type":"Thing","_createdAt":"x"})");
    QCOMPARE(underscore.status, 400);
    QCOMPARE(keysOf(underscore.body), keysOf(example(QStringLiteral("errors/fixture-underscore-fields-400.json"))));

    const NexusReply badQuery = fetch(client.projectEndpoint(QStringLiteral("views"),
                                                             {QStringLiteral("documents"), QStringLiteral("_search")}),
                                      "POST", R"({"query":{"other":{}}})");
    QCOMPARE(badQuery.status, 400);
    QCOMPARE(keysOf(badQuery.body), keysOf(example(QStringLiteral("errors/fixture-es-query-error-400.json"))));

    const NexusReply window = fetch(client.projectEndpoint(QStringLiteral("views"),
                                                           {QStringLiteral("documents"), QStringLiteral("_search")}),
                                    "POST", R"({"from":9990,"size":20})");
    QCOMPARE(window.status, 400);
    QVERIFY(window.body.contains("Result window is too large"));

    const NexusReply tooLarge = fetch(client.projectEndpoint(QStringLiteral("resources"),
                                                             {QStringLiteral("_"), QStringLiteral("Big")}),
                                      "PUT", "{\"@type\":\"Thing\",\"text\":\"" + QByteArray(300 * 1024, 'x') + "\"}");
    QCOMPARE(tooLarge.status, 413);
    QCOMPARE(tooLarge.error->kind, NexusError::Kind::TooLarge);

    const NexusReply listing = fetch(client.projectEndpoint(QStringLiteral("resources"), {},
                                                            QUrlQuery(QStringLiteral("size=1"))));
    QCOMPARE(listing.status, 200);
    const QJsonObject page = QJsonDocument::fromJson(listing.body).object();
    QCOMPARE(page.value(QLatin1String("_total")).toInt(), 1);
    QVERIFY(page.value(QLatin1String("_results")).toArray().first().toObject().contains(QLatin1String("_self")));
    const NexusReply bigPage = fetch(client.projectEndpoint(QStringLiteral("resources"), {},
                                                            QUrlQuery(QStringLiteral("size=1001"))));
    QCOMPARE(bigPage.status, 400);
    QCOMPARE(keysOf(bigPage.body), keysOf(example(QStringLiteral("errors/fixture-listing-from-over-limit-400.json"))));

    ConnectionCheckJob check(&client);
    QString error;
    QVERIFY2(Tests::runJobToEnd(check, 10000, &error), qPrintable(error));
    QCOMPARE(check.report().project.label, QStringLiteral("movielens"));
    QVERIFY(check.report().project.vocab.endsWith(QLatin1String("/vocabs/recstudio/movielens/")));
    QVERIFY(check.report().identities.contains(QStringLiteral("User tester (realm fake)")));
}

QTEST_GUILESS_MAIN(TestNexusContract)
#include "tst_nexuscontract.moc"
