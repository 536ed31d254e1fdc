// The Nexus commands of recstudio-cli: nexus check|pull|import|push|similar.

#include "command.h"

#include <connectioncheckjob.h>
#include <filedownloadjob.h>
#include <importjob.h>
#include <nexusclient.h>
#include <pulljob.h>
#include <pushjob.h>
#include <similarjob.h>
#include <verifyjob.h>

#include <generator.h>
#include <modelfile.h>
#include <readers.h>

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <memory>

namespace RecStudio::Cli {

namespace {

using namespace RecStudio::Nexus;
namespace M = RecStudio::Model;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int report(int code, const QString &message)
{
    err() << "recstudio-cli nexus: " << message << '\n';
    err().flush();
    return code;
}

// Connection options shared by every subcommand. The token is never an argument: command
// lines end up in shell history and process listings.
struct ConnectionOptions
{
    QCommandLineOption deployment{QStringLiteral("deployment"),
                                  QStringLiteral("Base URL of the Nexus API, ending in the "
                                                 "version segment, e.g. https://host/v1 "
                                                 "(default: $NEXUS_DEPLOYMENT)."),
                                  QStringLiteral("url")};
    QCommandLineOption organization{QStringLiteral("org"),
                                    QStringLiteral("Organization label (default: $NEXUS_ORG)."),
                                    QStringLiteral("label")};
    QCommandLineOption project{QStringLiteral("project"),
                               QStringLiteral("Project label (default: $NEXUS_PROJECT)."),
                               QStringLiteral("label")};
    QCommandLineOption tokenFile{QStringLiteral("token-file"),
                                 QStringLiteral("File holding the access token (default: the "
                                                "NEXUS_TOKEN environment variable). When the "
                                                "token expires during a job, write a new one "
                                                "to this file and the job resumes."),
                                 QStringLiteral("path")};
    QCommandLineOption concurrency{QStringLiteral("concurrency"),
                                   QStringLiteral("Requests in flight at once, 1 to 64 "
                                                  "(default: 12)."),
                                   QStringLiteral("n"), QStringLiteral("12")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({deployment, organization, project, tokenFile, concurrency});
    }
};

QString readTokenFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the token file '%1': %2").arg(path, file.errorString());
        return {};
    }
    return QString::fromUtf8(file.readAll()).trimmed();
}

// Parses the command line of a subcommand; returns -1 to go on, else an exit code.
int parse(QCommandLineParser &parser, const QStringList &arguments, const QString &usage)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(arguments))
        return report(ExitUsage, parser.errorText() + QStringLiteral("; run with --help for usage."));
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        text.replace(0, text.indexOf(QLatin1Char('\n')), QStringLiteral("Usage: ") + usage);
        out() << text;
        out().flush();
        return ExitSuccess;
    }
    return -1;
}

struct Session
{
    std::unique_ptr<NexusClient> client;
    QString tokenFile;
};

int openSession(const QCommandLineParser &parser, const ConnectionOptions &options,
                Session &session)
{
    const auto value = [&parser](const QCommandLineOption &option, const char *variable) {
        return parser.isSet(option) ? parser.value(option) : qEnvironmentVariable(variable);
    };
    NexusConfig config;
    config.deployment = QUrl(value(options.deployment, "NEXUS_DEPLOYMENT"), QUrl::StrictMode);
    config.organization = value(options.organization, "NEXUS_ORG");
    config.project = value(options.project, "NEXUS_PROJECT");
    if (parser.isSet(options.tokenFile)) {
        session.tokenFile = parser.value(options.tokenFile);
        QString error;
        config.token = readTokenFile(session.tokenFile, &error);
        if (!error.isEmpty())
            return report(ExitUsage, error);
    } else {
        config.token = qEnvironmentVariable("NEXUS_TOKEN");
    }
    if (config.token.isEmpty())
        err() << "recstudio-cli nexus: no token given (NEXUS_TOKEN or --token-file); calling "
                 "Nexus as the anonymous identity.\n";
    const QString problem = config.validate();
    if (!problem.isEmpty())
        return report(ExitUsage, problem);
    bool ok = false;
    const int concurrency = parser.value(options.concurrency).toInt(&ok);
    if (!ok || concurrency < 1 || concurrency > 64)
        return report(ExitUsage, QStringLiteral("--concurrency '%1' must be a whole number from "
                                                "1 to 64.")
                                     .arg(parser.value(options.concurrency)));
    session.client = std::make_unique<NexusClient>(config);
    session.client->setMaxConcurrentRequests(concurrency);
    return -1;
}

// Runs job to its end, printing progress at most twice a second. When the token
// expires it waits for a new token in the token file (up to 30 minutes).
int runJob(Session &session, NexusJob &job)
{
    QEventLoop loop;
    int code = ExitFailure;
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    QString lastStage;
    QTimer tokenPoll;
    QElapsedTimer pausedFor;

    QObject::connect(&job, &NexusJob::progress, &loop,
                     [&](qint64 done, qint64 total, const QString &stage) {
                         if (stage == lastStage && sinceProgress.elapsed() < 500)
                             return;
                         lastStage = stage;
                         sinceProgress.restart();
                         err() << stage;
                         if (total > 0)
                             err() << ": " << done << " / " << total;
                         err() << '\n';
                         err().flush();
                     });
    QObject::connect(&job, &NexusJob::paused, &loop, [&](const QString &message) {
        err() << message << '\n';
        if (session.tokenFile.isEmpty()) {
            err() << "The token came from NEXUS_TOKEN, which cannot change while the command "
                     "runs; use --token-file to be able to resume.\n";
            job.cancel();
            return;
        }
        err() << "Waiting for a new token in " << session.tokenFile << " ...\n";
        err().flush();
        pausedFor.start();
        tokenPoll.start(2000);
    });
    QObject::connect(&tokenPoll, &QTimer::timeout, &loop, [&] {
        QString error;
        const QString token = readTokenFile(session.tokenFile, &error);
        if (!token.isEmpty() && token != session.client->config().token) {
            tokenPoll.stop();
            err() << "New token read; resuming.\n";
            session.client->setToken(token);
        } else if (pausedFor.elapsed() > 30 * 60 * 1000) {
            tokenPoll.stop();
            err() << "No new token after 30 minutes; giving up.\n";
            job.cancel();
        }
    });
    QObject::connect(&job, &NexusJob::finished, &loop, [&] {
        code = ExitSuccess;
        loop.quit();
    });
    QObject::connect(&job, &NexusJob::failed, &loop, [&](const QString &message) {
        report(ExitFailure, message);
        code = ExitFailure;
        loop.quit();
    });
    QObject::connect(&job, &NexusJob::canceled, &loop, [&] {
        code = ExitCanceled;
        loop.quit();
    });
    job.start();
    if (job.isRunning())
        loop.exec();
    return code;
}

int checkCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Checks the connection: reads the project (label, base, vocab) and the identities of "
        "the token."));
    ConnectionOptions connection;
    connection.addTo(parser);
    if (const int code = parse(parser, arguments, QStringLiteral("recstudio-cli nexus check [options]")); code >= 0)
        return code;
    Session session;
    if (const int code = openSession(parser, connection, session); code >= 0)
        return code;
    ConnectionCheckJob job(session.client.get());
    const int code = runJob(session, job);
    if (code == ExitSuccess) {
        const ConnectionReport &result = job.report();
        out() << "project:    " << result.project.organization << '/' << result.project.label << '\n'
              << "base:       " << result.project.base << '\n'
              << "vocab:      " << result.project.vocab << '\n'
              << "identities: " << result.identities.join(QStringLiteral(", ")) << '\n';
    }
    return code;
}

int pullCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Pulls Rating and Movie resources through an ElasticSearch view and writes them as "
        "MovieLens ratings.csv and movies.csv, or downloads a ratings file stored in Nexus."));
    ConnectionOptions connection;
    connection.addTo(parser);
    const QCommandLineOption output(QStringLiteral("output"),
                                    QStringLiteral("Folder for ratings.csv and movies.csv."),
                                    QStringLiteral("dir"));
    const QCommandLineOption view(QStringLiteral("view"),
                                  QStringLiteral("Id of the dedicated view (default: "
                                                 "recstudio-ratings)."),
                                  QStringLiteral("id"), QStringLiteral("recstudio-ratings"));
    const QCommandLineOption pageSize(QStringLiteral("page-size"),
                                      QStringLiteral("Hits per _search request, 1 to 10000 "
                                                     "(default: 2000)."),
                                      QStringLiteral("n"), QStringLiteral("2000"));
    const QCommandLineOption ratingType(QStringLiteral("rating-type"),
                                        QStringLiteral("@type of ratings (default: Rating)."),
                                        QStringLiteral("name"), QStringLiteral("Rating"));
    const QCommandLineOption movieType(QStringLiteral("movie-type"),
                                       QStringLiteral("@type of movies (default: Movie)."),
                                       QStringLiteral("name"), QStringLiteral("Movie"));
    const QCommandLineOption noCreate(QStringLiteral("no-create-view"),
                                      QStringLiteral("Use the view as it is; do not create or "
                                                     "update it."));
    const QCommandLineOption file(QStringLiteral("file"),
                                  QStringLiteral("Instead of resources, download this file id "
                                                 "(Files API) into --output and read it."),
                                  QStringLiteral("id"));
    parser.addOptions({output, view, pageSize, ratingType, movieType, noCreate, file});
    if (const int code = parse(parser, arguments, QStringLiteral("recstudio-cli nexus pull --output DIR [options]")); code >= 0)
        return code;
    if (!parser.isSet(output))
        return report(ExitUsage, QStringLiteral("--output is required: the folder to write the "
                                                "pulled data to."));
    Session session;
    if (const int code = openSession(parser, connection, session); code >= 0)
        return code;
    const QString folder = parser.value(output);
    if (!QDir().mkpath(folder))
        return report(ExitFailure, QStringLiteral("cannot create the folder '%1'.").arg(folder));

    if (parser.isSet(file)) {
        const QString destination = QDir(folder).filePath(QStringLiteral("ratings.csv"));
        FileDownloadJob job(session.client.get(), parser.value(file), destination);
        const int code = runJob(session, job);
        if (code != ExitSuccess)
            return code;
        const auto dataset = M::readRatingsFile(destination.toStdString());
        if (!dataset)
            return report(ExitFailure, QString::fromStdString(dataset.error()));
        out() << "Downloaded " << job.bytes() << " bytes to " << destination << ": "
              << dataset->ratings.size() << " ratings, " << dataset->userCount() << " users, "
              << dataset->itemCount() << " items.\n";
        return ExitSuccess;
    }

    PullOptions options;
    options.viewId = parser.value(view);
    options.pageSize = parser.value(pageSize).toInt();
    if (options.pageSize < 1 || options.pageSize > 10000)
        return report(ExitUsage, QStringLiteral("--page-size '%1' must be from 1 to 10000.")
                                     .arg(parser.value(pageSize)));
    options.types.rating = parser.value(ratingType);
    options.types.movie = parser.value(movieType);
    options.createView = !parser.isSet(noCreate);
    PullJob job(session.client.get(), options);
    const int code = runJob(session, job);
    if (code != ExitSuccess)
        return code;
    const M::Dataset dataset = job.takeDataset();
    const M::Status written = M::writeMovieLensCsv(dataset, folder.toStdString());
    if (!written)
        return report(ExitFailure, QString::fromStdString(written.error()));
    out() << "Pulled " << dataset.ratings.size() << " ratings (" << dataset.userCount()
          << " users, " << dataset.itemCount() << " items) and " << dataset.movies.size()
          << " movies through the " << job.report().describePath() << ".\n";
    if (job.report().skipped > 0)
        out() << job.report().skipped << " documents were skipped, for example: "
              << job.report().problems.value(0) << '\n';
    out() << "Wrote " << QDir(folder).filePath(QStringLiteral("ratings.csv")) << '\n';
    return ExitSuccess;
}

int importCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Imports a MovieLens folder or ratings file as Rating and Movie resources with "
        "deterministic ids, and uploads the ratings file through the Files API."));
    ConnectionOptions connection;
    connection.addTo(parser);
    const QCommandLineOption state(QStringLiteral("state"),
                                   QStringLiteral("Progress log that lets an interrupted "
                                                  "import resume (default: "
                                                  "<name>.nexus-import in the working "
                                                  "directory)."),
                                   QStringLiteral("file"));
    const QCommandLineOption noUpload(QStringLiteral("no-upload"),
                                      QStringLiteral("Do not upload the ratings file itself."));
    parser.addOptions({state, noUpload});
    parser.addPositionalArgument(QStringLiteral("path"),
                                 QStringLiteral("MovieLens folder or ratings file."));
    if (const int code = parse(parser, arguments, QStringLiteral("recstudio-cli nexus import PATH [options]")); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return report(ExitUsage, QStringLiteral("give exactly one folder or ratings file to "
                                                "import."));
    Session session;
    if (const int code = openSession(parser, connection, session); code >= 0)
        return code;
    const QString path = parser.positionalArguments().constFirst();
    auto dataset = M::loadPath(path.toStdString());
    if (!dataset)
        return report(ExitFailure, QString::fromStdString(dataset.error()));

    ImportOptions options;
    options.concurrency = session.client->maxConcurrentRequests();
    // By default the log goes to the working directory: data folders may be read-only.
    options.statePath = parser.isSet(state)
        ? parser.value(state)
        : QDir::current().filePath(QFileInfo(path).fileName() + QStringLiteral(".nexus-import"));
    if (!parser.isSet(noUpload)) {
        const QFileInfo info(path);
        const QString ratings = info.isDir() ? QDir(path).filePath(QStringLiteral("ratings.csv"))
                                             : path;
        if (QFileInfo::exists(ratings))
            options.originalFile = ratings;
    }
    ImportJob job(session.client.get(),
                  std::make_shared<const M::Dataset>(std::move(dataset).value()), options);
    const int code = runJob(session, job);
    if (code != ExitSuccess)
        return code;
    const ImportSummary &summary = job.summary();
    out() << summary.describe() << '\n';
    out() << "Dataset resource: " << summary.datasetId << '\n';
    if (!summary.fileId.isEmpty())
        out() << "File: " << summary.fileId << (summary.fileUploaded ? " (uploaded)" : " (already there)") << '\n';
    for (auto it = summary.failures.begin(); it != summary.failures.end(); ++it)
        err() << it.key() << ": " << it.value() << '\n';
    if (summary.failed > 0) {
        out() << "Run the same command again to retry only the failed resources (state in "
              << options.statePath << ").\n";
        return ExitFailure;
    }
    return ExitSuccess;
}

// A float as the decimal it was written as (0.1f, not 0.10000000149011612).
double shortestDecimal(float value)
{
    return QString::number(value, 'g', 7).toDouble();
}

EmbeddingSet embeddingsFromModel(const M::TrainedModel &trained, const std::vector<M::Movie> &movies,
                                 const QDateTime &endedAt)
{
    std::unordered_map<std::string, std::string> titles;
    for (const M::Movie &movie : movies)
        titles.emplace(movie.rawId, movie.title);
    EmbeddingSet set;
    const M::FactorMatrix &factors = trained.model.itemFactors;
    for (int32_t item = 0; item < trained.items.size() && item < int32_t(factors.rows()); ++item) {
        EmbeddingItem entry;
        readRawId(QJsonValue(QString::fromStdString(trained.items.rawId(item))), entry.movie);
        const auto title = titles.find(trained.items.rawId(item));
        entry.title = title == titles.end() ? QString() : QString::fromStdString(title->second);
        entry.vector.assign(factors.row(item).data(), factors.row(item).data() + factors.cols());
        set.items.push_back(std::move(entry));
    }
    const M::TrainConfig &config = trained.config;
    ModelProvenance &provenance = set.provenance;
    provenance.algorithm = QString::fromStdString(M::toString(config.algorithm));
    provenance.hyperparameters = QJsonObject{
        {QStringLiteral("factors"), config.factors},
        {QStringLiteral("epochs"), trained.epochsCompleted},
        {QStringLiteral("userFactorReg"), shortestDecimal(config.userFactorReg)},
        {QStringLiteral("itemFactorReg"), shortestDecimal(config.itemFactorReg)},
        {QStringLiteral("userBiasReg"), shortestDecimal(config.userBiasReg)},
        {QStringLiteral("itemBiasReg"), shortestDecimal(config.itemBiasReg)},
        {QStringLiteral("learningRate"), shortestDecimal(config.learningRate)},
        {QStringLiteral("description"), QString::fromStdString(config.describe())},
    };
    const auto metrics = [](const M::ErrorMetrics &m) {
        return QJsonObject{{QStringLiteral("mse"), m.mse}, {QStringLiteral("rmse"), m.rmse},
                           {QStringLiteral("mae"), m.mae}, {QStringLiteral("count"), qint64(m.count)}};
    };
    provenance.trainMetrics = metrics(trained.trainMetrics);
    provenance.testMetrics = metrics(trained.testMetrics);
    provenance.split = QString::fromStdString(trained.splitDescription);
    provenance.seed = config.seed;
    provenance.datasetName = QString::fromStdString(trained.datasetName);
    provenance.datasetFingerprint = QString::fromStdString(trained.fingerprint.describe());
    provenance.softwareVersion = QStringLiteral("Recommender Studio " RECSTUDIO_VERSION);
    // NOTE: model files keep no training start or end time, so the file's modification
    // time is used as the end of training and the start is left out.
    provenance.endedAt = endedAt;
    return set;
}

int pushCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Pushes the item embeddings of a model saved by 'recstudio-cli train --save' and a "
        "model resource with provenance, indexes them in an ElasticSearch view and checks "
        "the view's answers against the local ones."));
    ConnectionOptions connection;
    connection.addTo(parser);
    const QCommandLineOption movies(QStringLiteral("movies"),
                                    QStringLiteral("movies.csv for the titles."),
                                    QStringLiteral("file"));
    const QCommandLineOption dataset(QStringLiteral("dataset-resource"),
                                     QStringLiteral("Id of the Dataset resource the model was "
                                                    "trained on (printed by 'nexus import')."),
                                     QStringLiteral("id"));
    const QCommandLineOption only(QStringLiteral("only-movies"),
                                  QStringLiteral("File with one movie id per line: push only "
                                                 "those (written as <model>.push-failed after a "
                                                 "partial failure)."),
                                  QStringLiteral("file"));
    const QCommandLineOption verify(QStringLiteral("verify"),
                                    QStringLiteral("Items whose server top-10 is compared with "
                                                   "the local one after the push (default: 20; "
                                                   "0 skips)."),
                                    QStringLiteral("n"), QStringLiteral("20"));
    parser.addOptions({movies, dataset, only, verify});
    parser.addPositionalArgument(QStringLiteral("model"), QStringLiteral("Model file."));
    if (const int code = parse(parser, arguments, QStringLiteral("recstudio-cli nexus push MODEL [options]")); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return report(ExitUsage, QStringLiteral("give exactly one model file to push."));
    Session session;
    if (const int code = openSession(parser, connection, session); code >= 0)
        return code;

    const QString modelPath = parser.positionalArguments().constFirst();
    const auto trained = M::loadModel(modelPath.toStdString());
    if (!trained)
        return report(ExitFailure, QString::fromStdString(trained.error()));
    std::vector<M::Movie> catalogue;
    if (parser.isSet(movies)) {
        auto read = M::readMoviesFile(parser.value(movies).toStdString());
        if (!read)
            return report(ExitFailure, QString::fromStdString(read.error()));
        catalogue = std::move(read).value();
    }
    EmbeddingSet set = embeddingsFromModel(trained.value(), catalogue,
                                           QFileInfo(modelPath).lastModified().toUTC());
    set.provenance.datasetResourceId = parser.value(dataset);

    PushOptions options;
    options.concurrency = session.client->maxConcurrentRequests();
    if (parser.isSet(only)) {
        QFile list(parser.value(only));
        if (!list.open(QIODevice::ReadOnly))
            return report(ExitUsage, QStringLiteral("cannot read '%1': %2")
                                         .arg(parser.value(only), list.errorString()));
        for (const QByteArray &line : list.readAll().split('\n'))
            if (!line.trimmed().isEmpty())
                options.onlyMovieIds.insert(QString::fromUtf8(line.trimmed()));
    }
    PushJob job(session.client.get(), set, options);
    int code = runJob(session, job);
    if (code != ExitSuccess)
        return code;
    const PushSummary &summary = job.summary();
    out() << summary.describe() << '\n' << "Model resource: " << summary.modelId << '\n';
    if (!summary.failures.isEmpty()) {
        const QString failedPath = modelPath + QStringLiteral(".push-failed");
        QFile failed(failedPath);
        if (failed.open(QIODevice::WriteOnly | QIODevice::Truncate))
            failed.write(summary.failedMovieIds().join(QLatin1Char('\n')).toUtf8() + '\n');
        for (auto it = summary.failures.begin(); it != summary.failures.end(); ++it)
            err() << "movie " << it.key() << ": " << it.value() << '\n';
        out() << summary.failures.size() << " items failed; retry them with --only-movies "
              << failedPath << '\n';
        return ExitFailure;
    }

    const int sample = parser.value(verify).toInt();
    if (sample > 0) {
        set.runId = summary.runId;
        VerifyJob check(session.client.get(), set, sample, 10);
        code = runJob(session, check);
        if (code != ExitSuccess)
            return code;
        out() << check.report().describe() << '\n';
        for (const QString &difference : check.report().differences)
            out() << "  " << difference << '\n';
        if (!check.report().differences.isEmpty())
            return ExitFailure;
    }
    return ExitSuccess;
}

int similarCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Lists the movies most similar to one movie, answered by the ElasticSearch view of a "
        "pushed model run (cosine similarity of item embeddings)."));
    ConnectionOptions connection;
    connection.addTo(parser);
    const QCommandLineOption run(QStringLiteral("run"),
                                 QStringLiteral("Run id printed by 'nexus push'."),
                                 QStringLiteral("id"));
    const QCommandLineOption movie(QStringLiteral("movie"), QStringLiteral("Movie id."),
                                   QStringLiteral("id"));
    const QCommandLineOption count(QStringLiteral("k"),
                                   QStringLiteral("Number of similar movies (default: 10)."),
                                   QStringLiteral("n"), QStringLiteral("10"));
    parser.addOptions({run, movie, count});
    if (const int code = parse(parser, arguments, QStringLiteral("recstudio-cli nexus similar --run ID --movie ID [options]")); code >= 0)
        return code;
    if (!parser.isSet(run) || !parser.isSet(movie))
        return report(ExitUsage, QStringLiteral("--run and --movie are required."));
    const int k = parser.value(count).toInt();
    if (k < 1 || k > 1000)
        return report(ExitUsage, QStringLiteral("-k '%1' must be from 1 to 1000.").arg(parser.value(count)));
    Session session;
    if (const int code = openSession(parser, connection, session); code >= 0)
        return code;
    SimilarQuery query;
    query.runId = parser.value(run);
    readRawId(QJsonValue(parser.value(movie)), query.movie);
    query.k = k;
    SimilarItemsJob job(session.client.get(), query);
    const int code = runJob(session, job);
    if (code != ExitSuccess)
        return code;
    for (const SimilarItem &item : job.items())
        out() << QString::number(item.similarity, 'f', 4) << '\t' << item.movie.toString() << '\t'
              << item.title << '\n';
    return ExitSuccess;
}

int nexusCommand(const QStringList &arguments)
{
    const QString usage = QStringLiteral(
        "Usage: recstudio-cli nexus check|pull|import|push|similar [options]\n\n"
        "  check    Read the project and the identities of the token\n"
        "  pull     Pull ratings and movies into MovieLens CSV files\n"
        "  import   Import a MovieLens folder or ratings file as resources\n"
        "  push     Push a model's item embeddings and provenance, then verify them\n"
        "  similar  Ask the pushed embeddings view for similar movies\n\n"
        "Connection: --deployment URL --org LABEL --project LABEL (or NEXUS_DEPLOYMENT,\n"
        "NEXUS_ORG, NEXUS_PROJECT); token from NEXUS_TOKEN or --token-file FILE.\n"
        "Run 'recstudio-cli nexus SUBCOMMAND --help' for the options of each.\n");
    const QString sub = arguments.value(1);
    const QStringList rest = arguments.mid(1);
    if (sub == QLatin1String("check"))
        return checkCommand(rest);
    if (sub == QLatin1String("pull"))
        return pullCommand(rest);
    if (sub == QLatin1String("import"))
        return importCommand(rest);
    if (sub == QLatin1String("push"))
        return pushCommand(rest);
    if (sub == QLatin1String("similar"))
        return similarCommand(rest);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        out() << usage;
        return ExitSuccess;
    }
    err() << usage;
    return sub.isEmpty() ? ExitUsage
                         : report(ExitUsage, QStringLiteral("unknown subcommand '%1'.").arg(sub));
}

} // namespace

std::vector<Command> nexusCommands()
{
    return {{"nexus", "Talk to a Nexus deployment: check, pull, import, push, similar",
             &nexusCommand}};
}

} // namespace RecStudio::Cli
