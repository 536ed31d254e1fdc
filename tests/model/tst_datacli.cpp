#include "clirunner.h"
#include "testdata.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using RecStudio::Tests::runCli;
using Run = RecStudio::Tests::CliRun;

class TestDataCli : public QObject
{
    Q_OBJECT

private slots:
    void badInput_failsOnStderr_data();
    void badInput_failsOnStderr();
    void help_listsOptions_data();
    void help_listsOptions();
    void stats_fixtureFigures();
    void stats_jsonOutput();
    void generateThenSplit_writesFiles();
    void stats_movieLensSmall();
    void split_warnsAboutSkippedLines();
    void generate_tooLargeIsClearError();
    void split_failureKeepsEarlierFiles();
};

void TestDataCli::badInput_failsOnStderr_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString header = RecStudio::Tests::fixturePath(QStringLiteral("header_only.csv"));
    QTest::newRow("stats without path") << QStringList{QStringLiteral("stats")} << 2
                                        << QStringLiteral("exactly one PATH");
    QTest::newRow("stats missing file")
        << QStringList{QStringLiteral("stats"), QStringLiteral("/no/such/file.csv")} << 1
        << QStringLiteral("not found");
    QTest::newRow("stats header only") << QStringList{QStringLiteral("stats"), header} << 1
                                       << QStringLiteral("has a header but no rating lines");
    QTest::newRow("stats bad delimiter")
        << QStringList{QStringLiteral("stats"), header, QStringLiteral("--delimiter"),
                       QStringLiteral("x")}
        << 2 << QStringLiteral("invalid --delimiter 'x'");
    QTest::newRow("split bad strategy")
        << QStringList{QStringLiteral("split"), header, QStringLiteral("--strategy"),
                       QStringLiteral("kfold"), QStringLiteral("--out"), QStringLiteral("/tmp")}
        << 2 << QStringLiteral("Unknown split strategy 'kfold'");
    QTest::newRow("split without out") << QStringList{QStringLiteral("split"), header} << 2
                                       << QStringLiteral("--out");
    QTest::newRow("split bad k")
        << QStringList{QStringLiteral("split"), header, QStringLiteral("--k"),
                       QStringLiteral("0"), QStringLiteral("--out"), QStringLiteral("/tmp")}
        << 2 << QStringLiteral("invalid --k '0'");
    QTest::newRow("generate missing items")
        << QStringList{QStringLiteral("generate"), QStringLiteral("--users"),
                       QStringLiteral("5"), QStringLiteral("--ratings"), QStringLiteral("5"),
                       QStringLiteral("--out"), QStringLiteral("/tmp/x")}
        << 2 << QStringLiteral("needs --items");
    QTest::newRow("generate too many ratings")
        << QStringList{QStringLiteral("generate"), QStringLiteral("--users"),
                       QStringLiteral("2"), QStringLiteral("--items"), QStringLiteral("2"),
                       QStringLiteral("--ratings"), QStringLiteral("5"),
                       QStringLiteral("--out"), QStringLiteral("/tmp/x")}
        << 2 << QStringLiteral("cannot exceed users x items");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("stats"), QStringLiteral("--frobnicate"), header} << 2
        << QStringLiteral("frobnicate");
}

void TestDataCli::badInput_failsOnStderr()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run run = runCli(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
}

void TestDataCli::help_listsOptions_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("option");
    QTest::newRow("stats") << QStringLiteral("stats") << QStringLiteral("--decimal-comma");
    QTest::newRow("split") << QStringLiteral("split") << QStringLiteral("--min-train");
    QTest::newRow("generate") << QStringLiteral("generate") << QStringLiteral("--ratings");
}

void TestDataCli::help_listsOptions()
{
    QFETCH(QString, command);
    QFETCH(QString, option);
    const Run run = runCli({command, QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith(QStringLiteral("Usage: recstudio-cli ") + command));
    QVERIFY2(run.out.contains(option), qPrintable(run.out));
}

void TestDataCli::stats_fixtureFigures()
{
    const Run run = runCli({QStringLiteral("stats"),
                            RecStudio::Tests::fixturePath(QStringLiteral("missing_fields.csv"))});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("Ratings:             2\n")), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("Users:               2\n")));
    QVERIFY(run.out.contains(QStringLiteral("Lines skipped:       5")));
    QVERIFY(run.out.contains(QStringLiteral("line 3: expected 4 fields")));
    QVERIFY(run.out.contains(QStringLiteral("line 4: missing item id")));
}

void TestDataCli::stats_jsonOutput()
{
    const Run run = runCli({QStringLiteral("stats"), QStringLiteral("--json"),
                            RecStudio::Tests::fixturePath(QStringLiteral("duplicates.csv"))});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("ratings")).toInt(), 4);
    QCOMPARE(json.value(QStringLiteral("duplicatePairs")).toInt(), 2);
    QCOMPARE(json.value(QStringLiteral("duplicateRows")).toInt(), 3);
}

void TestDataCli::generateThenSplit_writesFiles()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString data = folder.filePath(QStringLiteral("data"));
    Run run = runCli({QStringLiteral("generate"), QStringLiteral("--users"),
                      QStringLiteral("100"), QStringLiteral("--items"), QStringLiteral("200"),
                      QStringLiteral("--ratings"), QStringLiteral("3000"),
                      QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--out"),
                      data});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(QFile::exists(QDir(data).filePath(QStringLiteral("movies.csv"))));

    run = runCli({QStringLiteral("stats"), data});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("Ratings:             3000\n")), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("Users:               100\n")));
    QVERIFY(run.out.contains(QStringLiteral("Movies in catalogue: 200\n")));

    const QString splitFolder = folder.filePath(QStringLiteral("split"));
    run = runCli({QStringLiteral("split"), data, QStringLiteral("--strategy"),
                  QStringLiteral("temporal"), QStringLiteral("--k"), QStringLiteral("5"),
                  QStringLiteral("--seed"), QStringLiteral("1"), QStringLiteral("--out"),
                  splitFolder});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("Test ratings:   500\n")));
    QFile summaryFile(QDir(splitFolder).filePath(QStringLiteral("split.json")));
    QVERIFY(summaryFile.open(QIODevice::ReadOnly));
    const QJsonObject summary = QJsonDocument::fromJson(summaryFile.readAll()).object();
    QCOMPARE(summary.value(QStringLiteral("testRatings")).toInt(), 500);
    QCOMPARE(summary.value(QStringLiteral("trainRatings")).toInt(), 2500);
    QCOMPARE(summary.value(QStringLiteral("strategy")).toString(), QStringLiteral("temporal"));

    // The written parts read back with the same counts.
    run = runCli({QStringLiteral("stats"), QDir(splitFolder).filePath(QStringLiteral("test.csv"))});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("Ratings:             500\n")));
}

void TestDataCli::stats_movieLensSmall()
{
    RECSTUDIO_REQUIRE_MOVIELENS(folder, "ml-latest-small");
    const Run run = runCli({QStringLiteral("stats"), folder});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("Ratings:             100836\n")), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("Users:               610\n")));
    QVERIFY(run.out.contains(QStringLiteral("Items rated:         9724\n")));
    QVERIFY(run.out.contains(QStringLiteral("Movies in catalogue: 9742\n")));
    QVERIFY(run.out.contains(QStringLiteral("Density:             1.700 %\n")));
    QVERIFY(run.out.contains(QStringLiteral("  4.0       26818")));
    QVERIFY(run.out.contains(QStringLiteral("Lines skipped:       0\n")));
}

void TestDataCli::split_warnsAboutSkippedLines()
{
    // Six of the nine lines are out of scale or not numbers, so the split must report that
    // it was made from the three remaining ratings.
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const Run run = runCli({QStringLiteral("split"),
                            RecStudio::Tests::fixturePath(QStringLiteral("out_of_scale.csv")),
                            QStringLiteral("--k"), QStringLiteral("1"), QStringLiteral("--out"),
                            folder.path()});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(QStringLiteral("6 of 9 lines were skipped")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("line 3: ")), qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("Train ratings:  2\n")), qPrintable(run.out));
}

void TestDataCli::generate_tooLargeIsClearError()
{
    // Billions of users do not fit in 1 GiB of address space, so the CLI must report that
    // and exit with an error instead of aborting on std::bad_alloc.
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const Run run = runCli({QStringLiteral("generate"), QStringLiteral("--users"),
                            QStringLiteral("2000000000"), QStringLiteral("--items"),
                            QStringLiteral("2000000000"), QStringLiteral("--ratings"),
                            QStringLiteral("2000000000"), QStringLiteral("--out"),
                            folder.filePath(QStringLiteral("huge"))},
                           rlim_t(1) << 30);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("not enough memory")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("--users")), qPrintable(run.err));
    QVERIFY(!QFile::exists(folder.filePath(QStringLiteral("huge/ratings.csv"))));
}

void TestDataCli::split_failureKeepsEarlierFiles()
{
    // A second split that cannot write test.csv must leave the first split's train.csv in
    // place, because a train.csv of one seed next to a test.csv of another overlaps.
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    QTemporaryDir dataFolder;
    QVERIFY(dataFolder.isValid());
    const QString data = dataFolder.path();
    Run run = runCli({QStringLiteral("generate"), QStringLiteral("--users"),
                      QStringLiteral("20"), QStringLiteral("--items"), QStringLiteral("50"),
                      QStringLiteral("--ratings"), QStringLiteral("400"), QStringLiteral("--out"),
                      data});
    QCOMPARE(run.exitCode, 0);
    run = runCli({QStringLiteral("split"), data, QStringLiteral("--seed"), QStringLiteral("1"),
                  QStringLiteral("--out"), folder.path()});
    QCOMPARE(run.exitCode, 0);
    const QString trainPath = folder.filePath(QStringLiteral("train.csv"));
    const QString testPath = folder.filePath(QStringLiteral("test.csv"));
    QFile trainFile(trainPath);
    QVERIFY(trainFile.open(QIODevice::ReadOnly));
    const QByteArray firstTrain = trainFile.readAll();
    trainFile.close();

    QVERIFY(QFile::remove(testPath));
    QVERIFY(QDir(folder.path()).mkdir(QStringLiteral("test.csv")));
    run = runCli({QStringLiteral("split"), data, QStringLiteral("--seed"), QStringLiteral("2"),
                  QStringLiteral("--out"), folder.path()});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(testPath), qPrintable(run.err));
    QVERIFY(trainFile.open(QIODevice::ReadOnly));
    QCOMPARE(trainFile.readAll(), firstTrain);
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden | QDir::Dirs
                                               | QDir::NoDotAndDotDot),
             QStringList({QStringLiteral("movies.csv"), QStringLiteral("split.json"),
                          QStringLiteral("test.csv"), QStringLiteral("train.csv")}));
}

QTEST_GUILESS_MAIN(TestDataCli)
#include "tst_datacli.moc"
