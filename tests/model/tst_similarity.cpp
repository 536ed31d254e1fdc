#include "similarity.h"

#include <QTest>

using namespace RecStudio::Model;

namespace {

FactorModel twoDimensional()
{
    FactorModel model;
    model.reset(1, 7, 2);
    model.itemFactors << 1, 0, // 0: the query
        2, 0,                  // 1: cosine 1
        0, 1,                  // 2: cosine 0
        1, 1,                  // 3: cosine 0.7071
        0, 0,                  // 4: zero vector
        3, 0,                  // 5: cosine 1, ties with item 1
        -1, 0;                 // 6: cosine −1
    return model;
}

std::vector<int32_t> itemsOf(const std::vector<Neighbor> &neighbors)
{
    std::vector<int32_t> items;
    for (const Neighbor &neighbor : neighbors)
        items.push_back(neighbor.item);
    return items;
}

} // namespace

class TestSimilarity : public QObject
{
    Q_OBJECT

private slots:
    void similarItems_exactOrderAndTies();
    void similarItems_fewerCandidatesThanK();
    void similarItems_minRatingsFilter();
    void similarItems_zeroQueryRejected();
    void similarItems_invalidQueryRejected();
    void recommendForUser_excludesRated();
};

void TestSimilarity::similarItems_exactOrderAndTies()
{
    const Result<std::vector<Neighbor>> result = similarItems(twoDimensional(), {0, 3, 0}, {});
    QVERIFY(result.ok());
    QCOMPARE(itemsOf(result.value()), (std::vector<int32_t>{1, 5, 3}));
    QCOMPARE(result.value()[0].similarity, 1.0f);
    QVERIFY(std::abs(result.value()[2].similarity - std::sqrt(0.5f)) < 1e-6f);
}

void TestSimilarity::similarItems_fewerCandidatesThanK()
{
    // Seven items minus the query and the zero vector leave five.
    const Result<std::vector<Neighbor>> result = similarItems(twoDimensional(), {0, 10, 0}, {});
    QVERIFY(result.ok());
    QCOMPARE(itemsOf(result.value()), (std::vector<int32_t>{1, 5, 3, 2, 6}));
    QCOMPARE(result.value().back().similarity, -1.0f);
}

void TestSimilarity::similarItems_minRatingsFilter()
{
    const std::vector<int64_t> counts{9, 1, 9, 9, 9, 9, 9};
    const Result<std::vector<Neighbor>> result = similarItems(twoDimensional(), {0, 3, 5}, counts);
    QVERIFY(result.ok());
    QCOMPARE(itemsOf(result.value()), (std::vector<int32_t>{5, 3, 2}));
}

void TestSimilarity::similarItems_zeroQueryRejected()
{
    const Result<std::vector<Neighbor>> result = similarItems(twoDimensional(), {4, 3, 0}, {});
    QVERIFY(!result.ok());
    QVERIFY2(result.error().find("zero factor vector") != std::string::npos,
             result.error().c_str());
}

void TestSimilarity::similarItems_invalidQueryRejected()
{
    QVERIFY(!similarItems(twoDimensional(), {7, 3, 0}, {}).ok());
    QVERIFY(!similarItems(twoDimensional(), {-1, 3, 0}, {}).ok());
    QVERIFY(!similarItems(twoDimensional(), {0, 0, 0}, {}).ok());
}

void TestSimilarity::recommendForUser_excludesRated()
{
    FactorModel model;
    model.reset(2, 4, 1);
    model.globalMean = 3.0f;
    model.userFactors << 1.0f, -1.0f;
    model.itemFactors << 0.1f, 0.4f, 0.4f, 0.3f;
    const Result<std::vector<Recommendation>> result = recommendForUser(model, 0, 2, {1});
    QVERIFY(result.ok());
    QCOMPARE(result.value().size(), std::size_t(2));
    // Items 1 and 2 tie at 3.4, but 1 is rated: 2 (3.4) then 3 (3.3).
    QCOMPARE(result.value()[0].item, 2);
    QCOMPARE(result.value()[1].item, 3);
    QVERIFY(std::abs(result.value()[0].score - 3.4f) < 1e-6f);

    const Result<std::vector<Recommendation>> other = recommendForUser(model, 1, 10, {});
    QVERIFY(other.ok());
    QCOMPARE(other.value().size(), std::size_t(4));
    QCOMPARE(other.value()[0].item, 0);
    QVERIFY(!recommendForUser(model, 2, 1, {}).ok());

    // Items 2 and 3 have too few training ratings for a minimum of 5.
    model.itemRatingCounts = {10, 10, 1, 4};
    const Result<std::vector<Recommendation>> popular = recommendForUser(model, 0, 3, {}, 5);
    QVERIFY(popular.ok());
    QCOMPARE(popular.value().size(), std::size_t(2));
    QCOMPARE(popular.value()[0].item, 1);
    QCOMPARE(popular.value()[1].item, 0);
}

QTEST_APPLESS_MAIN(TestSimilarity)
#include "tst_similarity.moc"
