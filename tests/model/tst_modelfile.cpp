#include "modelfile.h"
#include "plantedratings.h"
#include "trainer.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using namespace RecStudio::Model;

namespace {

TrainedModel trainedExample()
{
    const RecStudio::Tests::PlantedRatings planted =
        RecStudio::Tests::plantedRatings(30, 20, 8, 2, 3, 0.3, 31);
    TrainedModel trained;
    for (int32_t user = 0; user < planted.users; ++user)
        trained.users.insert(int64_t(1000 + user));
    for (int32_t item = 0; item < planted.items; ++item)
        trained.items.insert(std::string("movie-") + std::to_string(item));
    trained.config.factors = 4;
    trained.config.epochs = 3;
    trained.config.seed = 0xfedcba9876543210ULL;
    EpochStats last;
    const TrainOutcome outcome = train({&planted.train, &planted.test, planted.users,
                                        planted.items},
                                       trained.config, trained.model,
                                       [&](const EpochStats &stats) {
                                           last = stats;
                                           return true;
                                       });
    Q_ASSERT(outcome.status == TrainStatus::Finished);
    trained.epochsCompleted = outcome.epochsCompleted;
    trained.trainMetrics = last.train;
    trained.testMetrics = last.test;
    trained.datasetName = "planted";
    trained.splitDescription = "holdout, 2 per user, seed 31";
    trained.fingerprint = fingerprintOf(planted.train, trained.users, trained.items);
    return trained;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(content), content.size());
}

} // namespace

class TestModelFile : public QObject
{
    Q_OBJECT

private slots:
    void saveLoad_roundTrip();
    void load_truncatedFileFails();
    void load_damagedFileFails();
    void load_otherFileFails();
    void fingerprint_mismatchDetected();
    void exportCsv_idsTitlesFactors();

private:
    QTemporaryDir m_dir;
};

void TestModelFile::saveLoad_roundTrip()
{
    const TrainedModel saved = trainedExample();
    const std::string path = m_dir.filePath(QStringLiteral("model.rsm")).toStdString();
    const Status status = saveModel(saved, path);
    QVERIFY2(status.ok(), status.ok() ? "" : status.error().c_str());
    QVERIFY(!QFile::exists(QString::fromStdString(path + ".tmp")));

    const Result<TrainedModel> loaded = loadModel(path);
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : loaded.error().c_str());
    const TrainedModel &model = loaded.value();
    QCOMPARE(model.model.globalMean, saved.model.globalMean);
    QCOMPARE(model.model.minRating, saved.model.minRating);
    QCOMPARE(model.model.maxRating, saved.model.maxRating);
    QVERIFY(model.model.userFactors == saved.model.userFactors);
    QVERIFY(model.model.itemFactors == saved.model.itemFactors);
    QVERIFY(model.model.userBias == saved.model.userBias);
    QVERIFY(model.model.itemBias == saved.model.itemBias);
    QCOMPARE(model.model.userRatingCounts, saved.model.userRatingCounts);
    QCOMPARE(model.model.itemRatingCounts, saved.model.itemRatingCounts);
    QCOMPARE(model.users.size(), saved.users.size());
    QCOMPARE(model.users.rawId(5), std::string("1005"));
    QCOMPARE(model.items.rawId(7), std::string("movie-7"));
    QCOMPARE(model.items.find(std::string_view("movie-7")), 7);
    QCOMPARE(model.config.seed, saved.config.seed);
    QCOMPARE(model.config.describe(), saved.config.describe());
    QCOMPARE(model.epochsCompleted, 3);
    QCOMPARE(model.testMetrics.rmse, saved.testMetrics.rmse);
    QCOMPARE(model.testMetrics.count, saved.testMetrics.count);
    QCOMPARE(model.splitDescription, saved.splitDescription);
    QVERIFY(model.fingerprint == saved.fingerprint);
}

void TestModelFile::load_truncatedFileFails()
{
    const QString path = m_dir.filePath(QStringLiteral("truncated.rsm"));
    QVERIFY(saveModel(trainedExample(), path.toStdString()).ok());
    const QByteArray content = readAll(path);
    for (qsizetype cut : {qsizetype(10), content.size() / 2, content.size() - 30}) {
        writeAll(path, content.left(cut));
        const Result<TrainedModel> loaded = loadModel(path.toStdString());
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error().find("truncated") != std::string::npos, loaded.error().c_str());
        QVERIFY(loaded.error().find(path.toStdString()) != std::string::npos);
    }
}

void TestModelFile::load_damagedFileFails()
{
    const QString path = m_dir.filePath(QStringLiteral("damaged.rsm"));
    QVERIFY(saveModel(trainedExample(), path.toStdString()).ok());
    QByteArray content = readAll(path);
    content[content.size() - 100] = char(content[content.size() - 100] ^ 0x40);
    writeAll(path, content);
    Result<TrainedModel> loaded = loadModel(path.toStdString());
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().find("checksum") != std::string::npos, loaded.error().c_str());

    writeAll(path, readAll(path) + QByteArray("extra"));
    loaded = loadModel(path.toStdString());
    QVERIFY(!loaded.ok());
}

void TestModelFile::load_otherFileFails()
{
    const QString path = m_dir.filePath(QStringLiteral("ratings.csv"));
    writeAll(path, QByteArray("userId,movieId,rating\n1,2,3\n"));
    Result<TrainedModel> loaded = loadModel(path.toStdString());
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().find("not a Recommender Studio model") != std::string::npos,
             loaded.error().c_str());

    loaded = loadModel(m_dir.filePath(QStringLiteral("missing.rsm")).toStdString());
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().find("Cannot open") != std::string::npos, loaded.error().c_str());
}

void TestModelFile::fingerprint_mismatchDetected()
{
    const TrainedModel trained = trainedExample();
    QVERIFY(checkFingerprint(trained, trained.fingerprint).ok());
    RecStudio::Tests::PlantedRatings other = RecStudio::Tests::plantedRatings(30, 20, 8, 2, 3,
                                                                              0.3, 31);
    QVERIFY(checkFingerprint(trained,
                             fingerprintOf(other.train, trained.users, trained.items))
                .ok());
    other.train.rating[3] += 0.5f;
    const Status status = checkFingerprint(trained,
                                           fingerprintOf(other.train, trained.users,
                                                         trained.items));
    QVERIFY(!status.ok());
    QVERIFY2(status.error().find("other data") != std::string::npos, status.error().c_str());
}

void TestModelFile::exportCsv_idsTitlesFactors()
{
    const TrainedModel trained = trainedExample();
    const QString path = m_dir.filePath(QStringLiteral("items.csv"));
    std::vector<std::string> titles(20);
    titles[1] = "Heat, with \"quotes\" (1995)";
    QVERIFY(exportItemFactorsCsv(trained, titles, path.toStdString()).ok());
    const QList<QByteArray> lines = readAll(path).split('\n');
    QCOMPARE(lines.size(), 22); // header, 20 items, empty after the last newline
    QCOMPARE(lines[0], QByteArray("itemId,title,bias,f1,f2,f3,f4"));
    QVERIFY(lines[2].startsWith("movie-1,\"Heat, with \"\"quotes\"\" (1995)\","));
    const QList<QByteArray> fields = lines[3].split(',');
    QCOMPARE(fields.size(), 7);
    QCOMPARE(fields[0], QByteArray("movie-2"));
    QCOMPARE(fields[3].toFloat(), trained.model.itemFactors(2, 0));
}

QTEST_APPLESS_MAIN(TestModelFile)
#include "tst_modelfile.moc"
