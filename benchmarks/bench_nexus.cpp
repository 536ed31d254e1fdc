// Nexus client speed: parsing `_search` pages of rating documents, and pulling
// ml-latest-small end to end from the fake server over loopback.
#include <fakenexusseed.h>
#include <fakenexusserver.h>
#include <nexusclient.h>
#include <pulljob.h>
#include <readers.h>
#include <searchpage.h>

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdlib>
#include <memory>

using namespace RecStudio;

namespace {

// A `_search` response shaped like the pull's dedicated view returns it.
QByteArray ratingPage(int hits)
{
    QJsonArray array;
    for (int i = 0; i < hits; ++i) {
        const int user = 1 + i / 150;
        const int movie = 1 + (i * 37) % 190000;
        const QString id = QStringLiteral("Rating_u%1_m%2").arg(user).arg(movie);
        array.append(QJsonObject{
            {QStringLiteral("_index"), QStringLiteral("delta_0f6a_1")},
            {QStringLiteral("_id"), QString(QStringLiteral("http://127.0.0.1:8080/v1/resources/o/p/_/") + id)},
            {QStringLiteral("_score"), QJsonValue()},
            {QStringLiteral("_source"),
             QJsonObject{{QStringLiteral("userId"), user},
                         {QStringLiteral("movieId"), movie},
                         {QStringLiteral("rating"), 0.5 * (1 + i % 10)},
                         {QStringLiteral("timestamp"), 964982703 + i}}},
            {QStringLiteral("sort"), QJsonArray{id}},
        });
    }
    const QJsonObject body{
        {QStringLiteral("took"), 3},
        {QStringLiteral("timed_out"), false},
        {QStringLiteral("hits"),
         QJsonObject{{QStringLiteral("total"),
                      QJsonObject{{QStringLiteral("value"), 100836},
                                  {QStringLiteral("relation"), QStringLiteral("eq")}}},
                     {QStringLiteral("hits"), array}}},
    };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

void BM_ParseRatingPage(benchmark::State &state)
{
    const int hits = int(state.range(0));
    const QByteArray page = ratingPage(hits);
    for (auto _ : state) {
        Nexus::SearchPage parsed;
        const QString problem = parseSearchPage(page, Nexus::DocumentKind::Rating,
                                                Nexus::SourceLayout::Fields, parsed);
        if (!problem.isEmpty() || int(parsed.ratings.size()) != hits)
            state.SkipWithError("page did not parse");
        benchmark::DoNotOptimize(parsed.ratings.data());
    }
    state.SetItemsProcessed(state.iterations() * hits);
    state.SetBytesProcessed(state.iterations() * page.size());
}
BENCHMARK(BM_ParseRatingPage)->Arg(2000)->Unit(benchmark::kMillisecond);

QString movieLensFolder()
{
    const QByteArray root = qgetenv("RECSTUDIO_DATA_DIR");
    return QDir(root.isEmpty() ? QStringLiteral(RECSTUDIO_DEFAULT_DATA_DIR)
                               : QString::fromLocal8Bit(root))
        .filePath(QStringLiteral("ml-latest-small"));
}

// Everything from the first request to the Dataset: project, view check, statistics,
// movies and 100,836 ratings in pages of page size, parsing and id maps.
void BM_PullMovieLensSmall(benchmark::State &state)
{
    static std::unique_ptr<FakeNexus::FakeNexusThread> server;
    if (!server) {
        const auto dataset = Model::readMovieLensFolder(movieLensFolder().toStdString());
        if (!dataset) {
            state.SkipWithError("ml-latest-small not found; set RECSTUDIO_DATA_DIR");
            return;
        }
        server = std::make_unique<FakeNexus::FakeNexusThread>();
        if (!server->start()) {
            state.SkipWithError("the fake server did not start");
            return;
        }
        FakeNexus::seedDataset(server->store(), dataset.value());
    }
    Nexus::NexusConfig config;
    config.deployment = QUrl(server->baseUri());
    config.organization = server->store().organization();
    config.project = server->store().project();
    config.token = server->store().token();
    std::size_t ratings = 0;
    for (auto _ : state) {
        Nexus::NexusClient client(config);
        Nexus::PullOptions options;
        options.pageSize = int(state.range(0));
        Nexus::PullJob job(&client, options);
        QEventLoop loop;
        QObject::connect(&job, &Nexus::NexusJob::finished, &loop, &QEventLoop::quit);
        QObject::connect(&job, &Nexus::NexusJob::failed, &loop, &QEventLoop::quit);
        job.start();
        loop.exec();
        const Model::Dataset dataset = job.takeDataset();
        ratings = dataset.ratings.size();
        if (ratings != 100836)
            state.SkipWithError("the pull did not return 100,836 ratings");
    }
    state.counters["ratings"] = double(ratings);
    state.SetItemsProcessed(state.iterations() * int64_t(ratings));
}
BENCHMARK(BM_PullMovieLensSmall)
    ->Arg(2000)
    ->Arg(10000)
    ->Iterations(3)
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
