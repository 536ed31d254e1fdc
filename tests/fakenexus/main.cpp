// recstudio-fake-nexus: runs the test server standalone so the Nexus flow can be tried
// locally without a real deployment.
#include "fakenexusseed.h"
#include "fakenexusserver.h"

#include <readers.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <QUuid>

using namespace RecStudio;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("recstudio-fake-nexus"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Fake Nexus Delta server on 127.0.0.1 for trying Recommender Studio locally."));
    parser.addHelpOption();
    const QCommandLineOption seedOption(QStringLiteral("seed-from"),
                                        QStringLiteral("MovieLens folder or ratings file to load "
                                                       "as Rating and Movie resources."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("TCP port on 127.0.0.1 (0 = any free port)."),
                                        QStringLiteral("PORT"), QStringLiteral("0"));
    const QCommandLineOption orgOption(QStringLiteral("org"), QStringLiteral("Organization label."),
                                       QStringLiteral("LABEL"), QStringLiteral("recstudio"));
    const QCommandLineOption projectOption(QStringLiteral("project"),
                                           QStringLiteral("Project label."),
                                           QStringLiteral("LABEL"), QStringLiteral("movielens"));
    const QCommandLineOption lagOption(QStringLiteral("indexing-lag"),
                                       QStringLiteral("Delay in milliseconds before writes become "
                                                      "searchable."),
                                       QStringLiteral("MS"), QStringLiteral("0"));
    parser.addOptions({seedOption, portOption, orgOption, projectOption, lagOption});
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    FakeNexus::FakeNexusStore store(parser.value(orgOption), parser.value(projectOption));
    FakeNexus::FaultPlan faults;
    faults.indexingLagMs = parser.value(lagOption).toInt();
    store.setFaults(faults);
    // A random token per run: the fake accepts exactly this one.
    store.setToken(QUuid::createUuid().toString(QUuid::WithoutBraces));

    FakeNexus::FakeNexusServer server(&store);
    QString error;
    if (!server.listen(quint16(parser.value(portOption).toUInt()), &error)) {
        err << "recstudio-fake-nexus: cannot listen on 127.0.0.1:" << parser.value(portOption)
            << ": " << error << '\n';
        return 1;
    }
    if (parser.isSet(seedOption)) {
        const auto dataset = Model::loadPath(parser.value(seedOption).toStdString());
        if (!dataset) {
            err << "recstudio-fake-nexus: cannot seed from " << parser.value(seedOption) << ": "
                << QString::fromStdString(dataset.error()) << '\n';
            return 1;
        }
        FakeNexus::seedDataset(store, dataset.value());
        err << "Seeded " << dataset->ratings.size() << " ratings and " << dataset->movies.size()
            << " movies.\n";
    }
    out << "NEXUS_DEPLOYMENT=" << store.baseUri() << '\n'
        << "NEXUS_ORG=" << store.organization() << '\n'
        << "NEXUS_PROJECT=" << store.project() << '\n'
        << "NEXUS_TOKEN=" << store.token() << '\n';
    out.flush();
    return app.exec();
}
