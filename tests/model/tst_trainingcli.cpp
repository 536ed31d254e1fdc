#include "clirunner.h"
#include "testdata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using RecStudio::Tests::runCli;
using Run = RecStudio::Tests::CliRun;

namespace {

// Writes a ratings.csv of 40 users × 30 movies (every third pair rated) whose movie ids
// start at firstMovieId, and returns its path.
QString writeRatings(const QTemporaryDir &folder, const QString &name, int firstMovieId)
{
    const QString path = folder.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("userId,movieId,rating,timestamp\n");
    for (int user = 1; user <= 40; ++user) {
        for (int movie = 0; movie < 30; ++movie) {
            if ((user + movie) % 3 != 0)
                continue;
            const double rating = 0.5 * double(1 + (user * 7 + movie * 3) % 10);
            file.write(QStringLiteral("%1,%2,%3,%4\n")
                           .arg(user)
                           .arg(firstMovieId + movie)
                           .arg(rating)
                           .arg(1000 + user * 100 + movie)
                           .toUtf8());
        }
    }
    return path;
}

} // namespace

class TestTrainingCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void train_jsonHasFiniteErrors();
    void train_badThresholdRejectedBeforeTraining();
    void train_divergenceReportedOnStderr();
    void grid_noFinishedConfigurationFails();
    void similar_rejectsModelOfOtherData();
    void similar_heatHasExactlyFiveNeighbors();

private:
    QTemporaryDir m_folder;
    QString m_ratings;
    QString m_otherRatings;
};

void TestTrainingCli::initTestCase()
{
    QVERIFY(m_folder.isValid());
    m_ratings = writeRatings(m_folder, QStringLiteral("ratings.csv"), 1);
    m_otherRatings = writeRatings(m_folder, QStringLiteral("other.csv"), 1001);
    QVERIFY(!m_ratings.isEmpty());
    QVERIFY(!m_otherRatings.isEmpty());
}

void TestTrainingCli::train_jsonHasFiniteErrors()
{
    const Run run = runCli({QStringLiteral("train"), m_ratings, QStringLiteral("--split"),
                            QStringLiteral("random"), QStringLiteral("--epochs"),
                            QStringLiteral("4"), QStringLiteral("--factors"), QStringLiteral("3"),
                            QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    const QJsonObject root = document.object();
    QCOMPARE(root.value(QLatin1String("status")).toString(), QStringLiteral("finished"));
    QCOMPARE(root.value(QLatin1String("epochs")).toArray().size(), 4);
    const double testRmse = root.value(QLatin1String("final"))
                                .toObject()
                                .value(QLatin1String("test"))
                                .toObject()
                                .value(QLatin1String("rmse"))
                                .toDouble(-1.0);
    QVERIFY(std::isfinite(testRmse));
    QVERIFY(testRmse > 0.0);
    QVERIFY(testRmse < 4.5);
}

void TestTrainingCli::train_badThresholdRejectedBeforeTraining()
{
    const Run run = runCli({QStringLiteral("train"), m_ratings, QStringLiteral("--ranking"),
                            QStringLiteral("5"), QStringLiteral("--threshold"),
                            QStringLiteral("nan")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("'nan' for --threshold")), qPrintable(run.err));
    QVERIFY2(!run.out.contains(QStringLiteral("epoch")), qPrintable(run.out));
}

void TestTrainingCli::train_divergenceReportedOnStderr()
{
    const Run run = runCli({QStringLiteral("train"), m_ratings, QStringLiteral("--algorithm"),
                            QStringLiteral("sgd"), QStringLiteral("--learning-rate"),
                            QStringLiteral("50"), QStringLiteral("--reg"), QStringLiteral("0"),
                            QStringLiteral("--epochs"), QStringLiteral("5")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("diverged")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("Lower the learning rate")), qPrintable(run.err));
    QVERIFY2(!run.out.contains(QStringLiteral("nan"), Qt::CaseInsensitive), qPrintable(run.out));
}

void TestTrainingCli::grid_noFinishedConfigurationFails()
{
    const Run run = runCli({QStringLiteral("grid"), m_ratings, QStringLiteral("--algorithm"),
                            QStringLiteral("sgd"), QStringLiteral("--learning-rate"),
                            QStringLiteral("1e30"), QStringLiteral("--reg-list"),
                            QStringLiteral("0"), QStringLiteral("--factor-list"),
                            QStringLiteral("3"), QStringLiteral("--checkpoints"),
                            QStringLiteral("1,2")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("No configuration of the grid finished")),
             qPrintable(run.err));
}

void TestTrainingCli::similar_rejectsModelOfOtherData()
{
    const QString model = m_folder.filePath(QStringLiteral("model.rsm"));
    const Run trained = runCli({QStringLiteral("train"), m_ratings, QStringLiteral("--split"),
                                QStringLiteral("none"), QStringLiteral("--epochs"),
                                QStringLiteral("2"), QStringLiteral("--factors"),
                                QStringLiteral("3"), QStringLiteral("--save"), model});
    QCOMPARE(trained.exitCode, 0);

    const Run same = runCli({QStringLiteral("similar"), m_ratings, QStringLiteral("--model"),
                             model, QStringLiteral("--id"), QStringLiteral("3"),
                             QStringLiteral("-k"), QStringLiteral("2")});
    QCOMPARE(same.exitCode, 0);

    const Run other = runCli({QStringLiteral("similar"), m_otherRatings,
                              QStringLiteral("--model"), model, QStringLiteral("--id"),
                              QStringLiteral("1003"), QStringLiteral("-k"), QStringLiteral("2")});
    QCOMPARE(other.exitCode, 1);
    QVERIFY2(other.err.contains(QStringLiteral("trained on other data")), qPrintable(other.err));
    QVERIFY2(other.err.contains(QStringLiteral("30 of its 30 movies")), qPrintable(other.err));

    const Run recommend = runCli({QStringLiteral("recommend"), m_otherRatings,
                                  QStringLiteral("--model"), model, QStringLiteral("--user"),
                                  QStringLiteral("1")});
    QCOMPARE(recommend.exitCode, 1);
    QVERIFY2(recommend.err.contains(QStringLiteral("trained on other data")),
             qPrintable(recommend.err));
}

void TestTrainingCli::similar_heatHasExactlyFiveNeighbors()
{
    RECSTUDIO_REQUIRE_MOVIELENS(folder, "ml-latest-small");
    const Run run = runCli({QStringLiteral("similar"), folder, QStringLiteral("--title"),
                            QStringLiteral("Heat (1995)"), QStringLiteral("-k"),
                            QStringLiteral("5"), QStringLiteral("--epochs"), QStringLiteral("5"),
                            QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QJsonArray neighbors = root.value(QLatin1String("similar")).toArray();
    QCOMPARE(neighbors.size(), 5);
    for (const QJsonValue &neighbor : neighbors) {
        QVERIFY(neighbor.toObject().value(QLatin1String("id")).toString() != QLatin1String("6"));
        QVERIFY(std::isfinite(neighbor.toObject().value(QLatin1String("similarity")).toDouble()));
    }
}

QTEST_APPLESS_MAIN(TestTrainingCli)
#include "tst_trainingcli.moc"
