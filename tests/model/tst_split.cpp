#include "generator.h"
#include "randomsource.h"
#include "readers.h"
#include "split.h"
#include "testdata.h"

#include <QTest>

#include <set>
#include <tuple>

using namespace RecStudio::Model;

namespace {

// Dataset where user u (0-based) has u + 1 ratings, on items 0..u, with timestamp = item.
Dataset staircase(int32_t users)
{
    Dataset dataset;
    for (int32_t user = 0; user < users; ++user)
        dataset.users.insert(int64_t(user) + 100);
    for (int32_t item = 0; item < users; ++item)
        dataset.items.insert(int64_t(item) + 1000);
    // Interleave users so that rows are not grouped.
    for (int32_t item = 0; item < users; ++item) {
        for (int32_t user = item; user < users; ++user)
            dataset.ratings.push_back(user, item, float(1 + (user + item) % 5), 1000 + item);
    }
    return dataset;
}

using Triple = std::tuple<int32_t, int32_t, float>;

std::multiset<Triple> triples(const RatingColumns &ratings)
{
    std::multiset<Triple> result;
    for (std::size_t k = 0; k < ratings.size(); ++k)
        result.insert({ratings.user[k], ratings.item[k], ratings.rating[k]});
    return result;
}

std::vector<int64_t> countPerUser(const RatingColumns &ratings, int32_t users)
{
    std::vector<int64_t> counts(std::size_t(users), 0);
    for (const int32_t user : ratings.user)
        ++counts[std::size_t(user)];
    return counts;
}

} // namespace

class TestSplit : public QObject
{
    Q_OBJECT

private slots:
    void perUser_shortUsersKeepMinimum_data();
    void perUser_shortUsersKeepMinimum();
    void split_disjointAndComplete_data();
    void split_disjointAndComplete();
    void split_reproducibleFromSeed_data();
    void split_reproducibleFromSeed();
    void holdout_isSeededSelection();
    void randomSource_pinnedSequence();
    void temporal_takesMostRecent();
    void temporal_tieGoesToLaterRow();
    void random_takesExactFraction();
    void onlyInTest_counted();
    void config_invalidFieldNamed_data();
    void config_invalidFieldNamed();
    void strategyNames_roundTrip();
    void movieLensSmall_holdoutTenGives6100();
};

void TestSplit::perUser_shortUsersKeepMinimum_data()
{
    QTest::addColumn<int>("strategy");
    QTest::newRow("holdout") << int(SplitStrategy::Holdout);
    QTest::newRow("temporal") << int(SplitStrategy::Temporal);
}

// The notebook's split crashed for users with fewer than k ratings.
void TestSplit::perUser_shortUsersKeepMinimum()
{
    QFETCH(int, strategy);
    const Dataset dataset = staircase(15); // users with 1..15 ratings
    SplitConfig config;
    config.strategy = SplitStrategy(strategy);
    config.testPerUser = 10;
    config.minTrainPerUser = 2;
    const Result<Split> split = splitDataset(dataset, config);
    QVERIFY2(split.ok(), split.ok() ? "" : split.error().c_str());
    const std::vector<int64_t> test = countPerUser(split->test, 15);
    const std::vector<int64_t> train = countPerUser(split->train, 15);
    int32_t shortened = 0;
    for (int32_t user = 0; user < 15; ++user) {
        const int64_t n = user + 1;
        const int64_t expectedTest = std::min<int64_t>(10, std::max<int64_t>(0, n - 2));
        QCOMPARE(test[std::size_t(user)], expectedTest);
        QCOMPARE(train[std::size_t(user)], n - expectedTest);
        shortened += expectedTest < 10 ? 1 : 0;
    }
    QCOMPARE(split->summary.usersShortened, shortened);
    QCOMPARE(split->summary.usersShortened, 11); // users with 1..11 ratings
    QCOMPARE(split->summary.usersOnlyInTest, 0);
}

void TestSplit::split_disjointAndComplete_data()
{
    QTest::addColumn<int>("strategy");
    QTest::newRow("holdout") << int(SplitStrategy::Holdout);
    QTest::newRow("random") << int(SplitStrategy::Random);
    QTest::newRow("temporal") << int(SplitStrategy::Temporal);
}

void TestSplit::split_disjointAndComplete()
{
    QFETCH(int, strategy);
    const Dataset dataset = generateDataset(GeneratorConfig{});
    SplitConfig config;
    config.strategy = SplitStrategy(strategy);
    const Result<Split> split = splitDataset(dataset, config);
    QVERIFY(split.ok());
    QCOMPARE(split->train.size() + split->test.size(), dataset.ratings.size());
    QCOMPARE(split->summary.trainRatings, int64_t(split->train.size()));
    QCOMPARE(split->summary.testRatings, int64_t(split->test.size()));
    QVERIFY(split->test.size() > 0);

    // (user, item) pairs are unique in the dataset, so disjoint pairs mean disjoint rows.
    std::set<std::pair<int32_t, int32_t>> trainPairs;
    for (std::size_t k = 0; k < split->train.size(); ++k)
        trainPairs.insert({split->train.user[k], split->train.item[k]});
    for (std::size_t k = 0; k < split->test.size(); ++k)
        QVERIFY(!trainPairs.count({split->test.user[k], split->test.item[k]}));
    std::multiset<Triple> all = triples(split->train);
    const std::multiset<Triple> testTriples = triples(split->test);
    all.insert(testTriples.begin(), testTriples.end());
    QVERIFY(all == triples(dataset.ratings));
}

void TestSplit::split_reproducibleFromSeed_data()
{
    split_disjointAndComplete_data();
}

void TestSplit::split_reproducibleFromSeed()
{
    QFETCH(int, strategy);
    const Dataset dataset = generateDataset(GeneratorConfig{});
    SplitConfig config;
    config.strategy = SplitStrategy(strategy);
    config.seed = 1234;
    const Result<Split> first = splitDataset(dataset, config);
    const Result<Split> second = splitDataset(dataset, config);
    QVERIFY(first.ok() && second.ok());
    QVERIFY(first->test.user == second->test.user);
    QVERIFY(first->test.item == second->test.item);
    QVERIFY(first->train.item == second->train.item);

    if (config.strategy != SplitStrategy::Temporal) {
        config.seed = 1235;
        const Result<Split> other = splitDataset(dataset, config);
        QVERIFY(other.ok());
        QCOMPARE(other->test.size(), first->test.size());
        QVERIFY(other->test.item != first->test.item);
    }
}

// Pins the selection of a fixed seed, so that a change of the sampling (which would change
// every published split) fails here.
void TestSplit::holdout_isSeededSelection()
{
    const Dataset dataset = staircase(4);
    SplitConfig config;
    config.testPerUser = 2;
    config.minTrainPerUser = 1;
    config.seed = 42;
    const Result<Split> split = splitDataset(dataset, config);
    QVERIFY(split.ok());
    // Users with 1, 2, 3, 4 ratings give 0, 1, 2, 2.
    QCOMPARE(countPerUser(split->test, 4), (std::vector<int64_t>{0, 1, 2, 2}));
    QCOMPARE(split->test.user, (std::vector<int32_t>{3, 1, 2, 2, 3}));
    QCOMPARE(split->test.item, (std::vector<int32_t>{0, 1, 1, 2, 2}));
    const Result<Split> again = splitDataset(dataset, config);
    QVERIFY(split->test.item == again->test.item);
}

// std::mt19937_64 is fully specified by the C++ standard, and the range reduction and
// the normal values are our own, so these values must not change between platforms.
void TestSplit::randomSource_pinnedSequence()
{
    RandomSource random(42);
    QCOMPARE(random.next(), uint64_t(13930160852258120406ULL));
    QCOMPARE(random.below(10), uint64_t(6));
    QCOMPARE(random.below(1000000), uint64_t(752145));
    RandomSource other(7);
    QCOMPARE(other.uniform(), 0.75438530415285798);
    QVERIFY(std::abs(other.normal() - 0.23870757976144003) < 1e-15);
    for (int k = 0; k < 1000; ++k)
        QVERIFY(other.below(3) < 3);
}

void TestSplit::temporal_takesMostRecent()
{
    const Dataset dataset = staircase(12);
    SplitConfig config;
    config.strategy = SplitStrategy::Temporal;
    config.testPerUser = 3;
    const Result<Split> split = splitDataset(dataset, config);
    QVERIFY(split.ok());
    // timestamp = 1000 + item, so each user's test items are their 3 highest items.
    for (std::size_t k = 0; k < split->test.size(); ++k) {
        const int32_t user = split->test.user[k];
        const int32_t item = split->test.item[k];
        const int32_t n = user + 1;
        const int32_t testCount = std::min(3, std::max(0, n - 1));
        QVERIFY2(item >= n - testCount,
                 qPrintable(QStringLiteral("user %1 item %2").arg(user).arg(item)));
    }
    QCOMPARE(split->test.size(), std::size_t(0 + 1 + 2 + 3 * 9));
}

void TestSplit::temporal_tieGoesToLaterRow()
{
    Dataset dataset;
    dataset.users.insert(int64_t(1));
    for (int64_t item = 0; item < 4; ++item)
        dataset.items.insert(item);
    dataset.ratings.push_back(0, 0, 1.0f, 50);
    dataset.ratings.push_back(0, 1, 2.0f, 50);
    dataset.ratings.push_back(0, 2, 3.0f, 10);
    dataset.ratings.push_back(0, 3, 4.0f, 50);
    SplitConfig config;
    config.strategy = SplitStrategy::Temporal;
    config.testPerUser = 2;
    const Result<Split> split = splitDataset(dataset, config);
    QVERIFY(split.ok());
    QCOMPARE(split->test.item, (std::vector<int32_t>{1, 3}));
}

void TestSplit::random_takesExactFraction()
{
    const Dataset dataset = generateDataset(GeneratorConfig{});
    SplitConfig config;
    config.strategy = SplitStrategy::Random;
    config.testFraction = 0.2;
    const Result<Split> split = splitDataset(dataset, config);
    QVERIFY(split.ok());
    QCOMPARE(split->test.size(), std::size_t(12000));
    QCOMPARE(split->summary.usersShortened, 0);
}

void TestSplit::onlyInTest_counted()
{
    Dataset dataset;
    dataset.users.insert(int64_t(1));
    dataset.users.insert(int64_t(2));
    dataset.items.insert(int64_t(10));
    dataset.items.insert(int64_t(20));
    dataset.ratings.push_back(0, 0, 4.0f, 1);
    dataset.ratings.push_back(1, 1, 3.0f, 2);
    dataset.ratings.push_back(1, 0, 3.0f, 3);
    SplitConfig config;
    config.strategy = SplitStrategy::Temporal;
    config.testPerUser = 1;
    config.minTrainPerUser = 0;
    const Result<Split> split = splitDataset(dataset, config);
    QVERIFY(split.ok());
    // User 1 gives its only rating to test and user 2 its newer rating, of item 10, so
    // item 10 is only in test and item 20 stays in train.
    QCOMPARE(split->summary.usersOnlyInTest, 1);
    QCOMPARE(split->summary.itemsOnlyInTest, 1);
    QCOMPARE(split->test.size(), std::size_t(2));
    QVERIFY(split->summary.describe().find("1 users only in test") != std::string::npos);
}

void TestSplit::config_invalidFieldNamed_data()
{
    QTest::addColumn<int>("strategy");
    QTest::addColumn<int>("k");
    QTest::addColumn<int>("minTrain");
    QTest::addColumn<double>("fraction");
    QTest::addColumn<QString>("field");
    QTest::newRow("k zero") << int(SplitStrategy::Holdout) << 0 << 1 << 0.1
                            << QStringLiteral("testPerUser");
    QTest::newRow("negative min train") << int(SplitStrategy::Temporal) << 5 << -1 << 0.1
                                        << QStringLiteral("minTrainPerUser");
    QTest::newRow("fraction one") << int(SplitStrategy::Random) << 5 << 1 << 1.0
                                  << QStringLiteral("testFraction");
    QTest::newRow("fraction NaN") << int(SplitStrategy::Random) << 5 << 1 << std::nan("")
                                  << QStringLiteral("testFraction");
}

void TestSplit::config_invalidFieldNamed()
{
    QFETCH(int, strategy);
    QFETCH(int, k);
    QFETCH(int, minTrain);
    QFETCH(double, fraction);
    QFETCH(QString, field);
    SplitConfig config;
    config.strategy = SplitStrategy(strategy);
    config.testPerUser = k;
    config.minTrainPerUser = minTrain;
    config.testFraction = fraction;
    const Status status = config.validate();
    QVERIFY(!status.ok());
    QVERIFY2(status.error().find(field.toStdString()) != std::string::npos,
             status.error().c_str());
    QVERIFY(!splitDataset(staircase(3), config).ok());
}

void TestSplit::strategyNames_roundTrip()
{
    for (SplitStrategy strategy :
         {SplitStrategy::Holdout, SplitStrategy::Random, SplitStrategy::Temporal}) {
        const Result<SplitStrategy> parsed = splitStrategyFromString(toString(strategy));
        QVERIFY(parsed.ok());
        QCOMPARE(int(parsed.value()), int(strategy));
    }
    QVERIFY(!splitStrategyFromString("kfold").ok());
}

void TestSplit::movieLensSmall_holdoutTenGives6100()
{
    RECSTUDIO_REQUIRE_MOVIELENS(folder, "ml-latest-small");
    const Result<Dataset> dataset = loadPath(folder.toStdString());
    QVERIFY(dataset.ok());
    SplitConfig config;
    config.testPerUser = 10;
    const Result<Split> split = splitDataset(dataset.value(), config);
    QVERIFY(split.ok());
    QCOMPARE(split->summary.testRatings, int64_t(6100));
    QCOMPARE(split->summary.trainRatings, int64_t(100836 - 6100));
    QCOMPARE(split->summary.usersShortened, 0);
    const std::vector<int64_t> perUser = countPerUser(split->test, dataset->userCount());
    QVERIFY(std::all_of(perUser.begin(), perUser.end(), [](int64_t n) { return n == 10; }));
}

QTEST_APPLESS_MAIN(TestSplit)
#include "tst_split.moc"
