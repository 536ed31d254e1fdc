#include "dataset.h"

#include <QTest>

#include <thread>
#include <vector>

using namespace RecStudio::Model;

namespace {

Dataset smallDataset()
{
    Dataset dataset;
    for (int64_t user : {10, 20, 30})
        dataset.users.insert(user);
    for (int64_t item : {7, 5, 9})
        dataset.items.insert(item);
    dataset.ratings.push_back(2, 1, 3.0f, 1);
    dataset.ratings.push_back(0, 2, 4.0f, 2);
    dataset.ratings.push_back(0, 0, 5.0f, 3);
    dataset.ratings.push_back(1, 1, 2.5f, 4);
    dataset.movies = {{"5", "Five (2001)", {"Drama"}}, {"8", "Unrated (1999)", {}},
                      {"7", "Seven (1995)", {"Crime", "Thriller"}}};
    dataset.linkCatalogue();
    return dataset;
}

} // namespace

class TestDataset : public QObject
{
    Q_OBJECT

private slots:
    void catalogue_linksByRawId();
    void byUser_sortedRowsWithSources();
    void byItem_matchesRatings();
    void caches_sharedAcrossThreads();
    void copy_buildsOwnCaches();
    void clearCaches_rebuildsAfterChange();
};

void TestDataset::catalogue_linksByRawId()
{
    const Dataset dataset = smallDataset();
    QCOMPARE(dataset.movieOfItem(0), 2); // raw id 7
    QCOMPARE(dataset.movieOfItem(1), 0); // raw id 5
    QCOMPARE(dataset.movieOfItem(2), -1); // raw id 9 is not in the catalogue
    QCOMPARE(dataset.movieOfItem(3), -1);
    QCOMPARE(dataset.itemTitle(0), std::string("Seven (1995)"));
    QCOMPARE(dataset.itemTitle(2), std::string("Movie 9"));
}

void TestDataset::byUser_sortedRowsWithSources()
{
    const Dataset dataset = smallDataset();
    const CsrMatrix &csr = dataset.byUser();
    QCOMPARE(csr.rows, 3);
    QCOMPARE(csr.cols, 3);
    QCOMPARE(csr.offsets, (std::vector<int64_t>{0, 2, 3, 4}));
    QCOMPARE(csr.columns, (std::vector<int32_t>{0, 2, 1, 1}));
    QCOMPARE(csr.values, (std::vector<float>{5.0f, 4.0f, 2.5f, 3.0f}));
    QCOMPARE(csr.source, (std::vector<int64_t>{2, 1, 3, 0}));
}

void TestDataset::byItem_matchesRatings()
{
    const Dataset dataset = smallDataset();
    const CsrMatrix &csr = dataset.byItem();
    QCOMPARE(csr.rows, 3);
    QCOMPARE(csr.rowLength(1), int64_t(2));
    for (int32_t item = 0; item < csr.rows; ++item) {
        for (int64_t k = csr.offsets[std::size_t(item)]; k < csr.offsets[std::size_t(item) + 1];
             ++k) {
            const auto source = std::size_t(csr.source[std::size_t(k)]);
            QCOMPARE(dataset.ratings.item[source], item);
            QCOMPARE(dataset.ratings.user[source], csr.columns[std::size_t(k)]);
            QCOMPARE(dataset.ratings.rating[source], csr.values[std::size_t(k)]);
        }
    }
}

void TestDataset::caches_sharedAcrossThreads()
{
    Dataset dataset;
    for (int64_t user = 0; user < 2000; ++user)
        dataset.users.insert(user);
    for (int64_t item = 0; item < 500; ++item)
        dataset.items.insert(item);
    for (int32_t k = 0; k < 200000; ++k)
        dataset.ratings.push_back(k % 2000, (k * 7) % 500, 3.0f, k);
    std::vector<const CsrMatrix *> seen(8, nullptr);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < seen.size(); ++t)
        threads.emplace_back([&, t] { seen[t] = &dataset.byUser(); });
    for (std::thread &thread : threads)
        thread.join();
    for (const CsrMatrix *matrix : seen)
        QCOMPARE(matrix, seen[0]); // built once, the same object for every thread
    QCOMPARE(seen[0]->nonZeros(), std::size_t(200000));
}

void TestDataset::copy_buildsOwnCaches()
{
    const Dataset original = smallDataset();
    const CsrMatrix *originalView = &original.byUser();
    Dataset copy = original;
    QVERIFY(&copy.byUser() != originalView);
    QCOMPARE(copy.byUser().columns, originalView->columns);
    QCOMPARE(copy.itemTitle(0), std::string("Seven (1995)"));
    Dataset moved = std::move(copy);
    QCOMPARE(moved.byUser().nonZeros(), std::size_t(4));
    QCOMPARE(copy.byUser().nonZeros(), std::size_t(0)); // the moved-from dataset stays usable
}

void TestDataset::clearCaches_rebuildsAfterChange()
{
    Dataset dataset = smallDataset();
    QCOMPARE(dataset.byUser().nonZeros(), std::size_t(4));
    dataset.ratings.push_back(1, 0, 1.0f, 5);
    dataset.clearCaches();
    QCOMPARE(dataset.byUser().nonZeros(), std::size_t(5));
    QCOMPARE(dataset.byItem().rowLength(0), int64_t(2));
}

QTEST_APPLESS_MAIN(TestDataset)
#include "tst_dataset.moc"
