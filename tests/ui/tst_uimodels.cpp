#include <columnmappingdialog.h>
#include <gridresultsmodel.h>
#include <itemlistmodel.h>
#include <livechart.h>
#include <logmodel.h>
#include <ratingsquery.h>
#include <ratingstablemodel.h>
#include <roles.h>
#include <textfolding.h>
#include <titlelistmodel.h>

#include <dataset.h>
#include <readers.h>

#include <QAbstractItemModelTester>
#include <QLogValueAxis>
#include <QValueAxis>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

#include <QLineSeries>

#include <cmath>
#include <limits>
#include <memory>

using namespace RecStudio;

namespace {

// Five ratings by three users on three movies, one with an accented title.
std::shared_ptr<const Model::Dataset> smallDataset()
{
    auto dataset = std::make_shared<Model::Dataset>();
    dataset->movies = {{"10", "Amélie (2001)", {"Comedy", "Romance"}},
                       {"20", "Heat (1995)", {"Action", "Crime"}},
                       {"30", "Heathers (1989)", {"Comedy"}}};
    const struct
    {
        int64_t user;
        int64_t item;
        float rating;
        int64_t time;
    } rows[] = {{7, 20, 4.0f, 300}, {3, 10, 5.0f, 100}, {7, 10, 2.5f, 200},
                {-1, 30, 3.0f, 50}, {3, 20, 1.0f, 400}};
    for (const auto &row : rows) {
        const int32_t user = dataset->users.insert(row.user);
        const int32_t item = dataset->items.insert(row.item);
        dataset->ratings.push_back(user, item, row.rating, row.time);
    }
    dataset->linkCatalogue();
    return dataset;
}

QList<int32_t> orderOf(const Model::Dataset &dataset, const Ui::RatingsQuery &query)
{
    const Ui::RowOrder order = Ui::computeRowOrder(dataset, query, [] { return false; });
    return order ? QList<int32_t>(order->begin(), order->end()) : QList<int32_t>();
}

} // namespace

class TestUiModels : public QObject
{
    Q_OBJECT

private slots:
    void foldForSearch_data();
    void foldForSearch();
    void ratingsQuery_filters();
    void ratingsQuery_sorts();
    void ratingsQuery_cancelReturnsNull();
    void ratingsModel_readsColumns();
    void ratingsModel_passesTesterWhileChanged();
    void gridResults_tracksBestPoint();
    void itemList_showsEntries();
    void titleList_findsWithoutAccents();
    void log_insertsAndCapsRows();
    void liveChart_plotsOnlyFinitePoints();
    void liveChart_batchesUntilFlush();
    void liveChart_epochTicksAreWholeNumbers();
    void columnMapping_readsSemicolonFile();
    void columnMapping_knowsMovieLensNames();
};

void TestUiModels::foldForSearch_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("accent") << QStringLiteral("Amélie") << QStringLiteral("amelie");
    QTest::newRow("upper case") << QStringLiteral("HEAT (1995)") << QStringLiteral("heat (1995)");
    QTest::newRow("cedilla and umlaut") << QStringLiteral("Garçon Über") << QStringLiteral("garcon uber");
    QTest::newRow("precomposed vs combining")
        << QStringLiteral("Pok\u00e9mon") << QStringLiteral("pokemon");
    QTest::newRow("combining mark") << QStringLiteral("Poke\u0301mon") << QStringLiteral("pokemon");
    QTest::newRow("upper-case accent") << QStringLiteral("ÉCOLE") << QStringLiteral("ecole");
}

void TestUiModels::foldForSearch()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(Ui::foldForSearch(input), expected);
}

void TestUiModels::ratingsQuery_filters()
{
    const auto dataset = smallDataset();
    Ui::RatingsQuery query;
    QCOMPARE(orderOf(*dataset, query), (QList<int32_t>{0, 1, 2, 3, 4}));

    query.userId = QStringLiteral("7");
    QCOMPARE(orderOf(*dataset, query), (QList<int32_t>{0, 2}));
    query.userId = QStringLiteral("-1");
    QCOMPARE(orderOf(*dataset, query), (QList<int32_t>{3}));
    query.userId = QStringLiteral("999"); // unknown id matches nothing
    QCOMPARE(orderOf(*dataset, query), QList<int32_t>());

    query = {};
    query.titleText = QStringLiteral("AMELIE");
    QCOMPARE(orderOf(*dataset, query), (QList<int32_t>{1, 2}));
    query.titleText = QStringLiteral("heat");
    QCOMPARE(orderOf(*dataset, query), (QList<int32_t>{0, 3, 4}));

    query = {};
    query.movieId = QStringLiteral("20");
    query.minRating = 2.0f;
    QCOMPARE(orderOf(*dataset, query), (QList<int32_t>{0}));
    query = {};
    query.minRating = 2.5f;
    query.maxRating = 4.0f;
    QCOMPARE(orderOf(*dataset, query), (QList<int32_t>{0, 2, 3}));
}

void TestUiModels::ratingsQuery_sorts()
{
    const auto dataset = smallDataset();
    Ui::RatingsQuery query;
    query.sortColumn = Ui::RatingsTableModel::Rating;
    QCOMPARE(orderOf(*dataset, query), (QList<int32_t>{4, 2, 3, 0, 1}));
    query.descending = true;
    QCOMPARE(orderOf(*dataset, query), (QList<int32_t>{1, 0, 3, 2, 4}));

    // Raw ids sort numerically, negative ids first; ties keep file order.
    query = {};
    query.sortColumn = Ui::RatingsTableModel::UserId;
    QCOMPARE(orderOf(*dataset, query), (QList<int32_t>{3, 1, 4, 0, 2}));

    // Titles sort ignoring accents: Amélie, Heat, Heathers.
    query.sortColumn = Ui::RatingsTableModel::Title;
    QCOMPARE(orderOf(*dataset, query), (QList<int32_t>{1, 2, 0, 4, 3}));

    query.sortColumn = Ui::RatingsTableModel::Date;
    query.descending = true;
    QCOMPARE(orderOf(*dataset, query), (QList<int32_t>{4, 0, 2, 1, 3}));

    // Filter and sort together.
    query.userId = QStringLiteral("3");
    QCOMPARE(orderOf(*dataset, query), (QList<int32_t>{4, 1}));
}

void TestUiModels::ratingsQuery_cancelReturnsNull()
{
    const auto dataset = smallDataset();
    Ui::RatingsQuery query;
    query.sortColumn = Ui::RatingsTableModel::Rating;
    QVERIFY(!Ui::computeRowOrder(*dataset, query, [] { return true; }));
}

void TestUiModels::ratingsModel_readsColumns()
{
    Ui::RatingsTableModel model;
    model.setDataset(smallDataset());
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), int(Ui::RatingsTableModel::ColumnCount));
    QCOMPARE(model.index(3, Ui::RatingsTableModel::UserId).data().toString(), QStringLiteral("-1"));
    QCOMPARE(model.index(3, Ui::RatingsTableModel::UserId).data(Ui::RawValueRole).toLongLong(), -1);
    QCOMPARE(model.index(1, Ui::RatingsTableModel::Title).data().toString(),
             QStringLiteral("Amélie (2001)"));
    QCOMPARE(model.index(1, Ui::RatingsTableModel::Genres).data().toString(),
             QStringLiteral("Comedy, Romance"));
    QCOMPARE(model.index(2, Ui::RatingsTableModel::Rating).data(Ui::RawValueRole).toDouble(), 2.5);
    QCOMPARE(model.index(0, Ui::RatingsTableModel::Date).data(Ui::RawValueRole).toLongLong(), 300);
    QVERIFY(!model.index(0, Ui::RatingsTableModel::Date).data().toString().isEmpty());
    QCOMPARE(model.headerData(Ui::RatingsTableModel::Rating, Qt::Horizontal).toString(),
             QStringLiteral("Rating"));
}

void TestUiModels::ratingsModel_passesTesterWhileChanged()
{
    Ui::RatingsTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto dataset = smallDataset();
    model.setDataset(dataset);
    Ui::RatingsQuery query;
    query.sortColumn = Ui::RatingsTableModel::Rating;
    model.setRowOrder(Ui::computeRowOrder(*dataset, query, [] { return false; }));
    QCOMPARE(model.ratingAt(0), 4);
    QCOMPARE(model.index(0, Ui::RatingsTableModel::Rating).data(Ui::RawValueRole).toDouble(), 1.0);
    query.userId = QStringLiteral("7");
    model.setRowOrder(Ui::computeRowOrder(*dataset, query, [] { return false; }));
    QCOMPARE(model.rowCount(), 2);
    model.setRowOrder(nullptr);
    QCOMPARE(model.rowCount(), 5);
    model.setDataset(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestUiModels::gridResults_tracksBestPoint()
{
    Ui::GridResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSortFilterProxyModel sorted;
    sorted.setSourceModel(&model);
    sorted.setSortRole(Ui::RawValueRole);
    sorted.setDynamicSortFilter(true);
    sorted.sort(Ui::GridResultsModel::BestTestMse);
    QAbstractItemModelTester proxyTester(&sorted,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);

    std::vector<Model::TrainConfig> configs(3);
    configs[0].factors = 5;
    configs[1].factors = 10;
    configs[2].factors = 20;
    model.reset(configs);
    QCOMPARE(model.rowCount(), 0);

    const auto point = [](int config, int iteration, double testMse) {
        Model::GridPoint result;
        result.configIndex = config;
        result.iteration = iteration;
        result.test.mse = testMse;
        result.test.rmse = std::sqrt(testMse);
        result.test.count = 100;
        result.train.mse = testMse / 2;
        return result;
    };
    model.addPoint(point(1, 1, 1.2));
    model.addPoint(point(1, 2, 0.9));
    model.addPoint(point(1, 5, 1.0)); // worse than iteration 2: the best stays at 2
    model.addPoint(point(0, 1, 0.8));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOfConfig(1), 0);
    QCOMPARE(model.rowOfConfig(0), 1);
    QCOMPARE(model.rowOfConfig(2), -1);
    QCOMPARE(model.rowData(1)->best.iteration, 2);
    QCOMPARE(model.rowData(1)->last.iteration, 5);
    QCOMPARE(model.bestConfig(), 0);
    QCOMPARE(model.index(0, Ui::GridResultsModel::BestIteration).data(Ui::RawValueRole).toInt(), 2);
    QCOMPARE(sorted.index(0, 0).data(Ui::ConfigIndexRole).toInt(), 0);

    model.setState(1, Ui::GridResultsModel::RunState::Diverged, QStringLiteral("too large"));
    QCOMPARE(model.index(0, Ui::GridResultsModel::Status).data().toString(),
             QStringLiteral("diverged"));
    model.addPoint(point(7, 1, 0.1)); // unknown configuration: ignored
    QCOMPARE(model.rowCount(), 2);
    model.reset({});
    QCOMPARE(model.rowCount(), 0);
}

void TestUiModels::itemList_showsEntries()
{
    Ui::ItemListModel model(QStringLiteral("Similarity"), 3);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries(smallDataset(), {{0, 0.91}, {2, 0.5}}, {2, 2, 1});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.titleAt(0), QStringLiteral("Heat (1995)"));
    QCOMPARE(model.index(0, Ui::ItemListModel::Rank).data().toString(), QStringLiteral("1"));
    QCOMPARE(model.index(0, Ui::ItemListModel::Score).data(Ui::RawValueRole).toDouble(), 0.91);
    QCOMPARE(model.index(1, Ui::ItemListModel::RatingCount).data(Ui::RawValueRole).toLongLong(), 1);
    QCOMPARE(model.index(1, Ui::ItemListModel::Genres).data().toString(), QStringLiteral("Comedy"));
    QCOMPARE(model.headerData(Ui::ItemListModel::Score, Qt::Horizontal).toString(),
             QStringLiteral("Similarity"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestUiModels::titleList_findsWithoutAccents()
{
    Ui::TitleListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto dataset = smallDataset();
    model.setDataset(dataset);
    QCOMPARE(model.rowCount(), 3);
    // Sorted by folded title.
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("Amélie (2001)"));
    QCOMPARE(model.index(0).data(Ui::FoldedTextRole).toString(), QStringLiteral("amelie (2001)"));
    QCOMPARE(model.findItems(QStringLiteral("AMELIE")), (QList<int32_t>{dataset->items.find("10")}));
    QCOMPARE(model.findItems(QStringLiteral("heat")).size(), 2);
    QCOMPARE(model.findItems(QStringLiteral("eath")), (QList<int32_t>{dataset->items.find("30")}));
    QVERIFY(model.findItems(QStringLiteral("matrix")).isEmpty());
    model.setDataset(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestUiModels::log_insertsAndCapsRows()
{
    Ui::LogModel model;
    auto tester = std::make_unique<QAbstractItemModelTester>(
        &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.info(QStringLiteral("loaded"));
    model.error(QStringLiteral("failed"));
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.index(1).data().toString().endsWith(QStringLiteral("failed")));
    QCOMPARE(model.entries().at(1).severity, Ui::LogModel::Severity::Error);

    // The tester rereads every row after each change, so it watches only the removals at
    // the cap, not the thousands of inserts that reach it.
    tester.reset();
    for (int entry = 0; entry < Ui::LogModel::maxEntries - 2; ++entry)
        model.info(QStringLiteral("entry %1").arg(entry));
    QCOMPARE(model.rowCount(), Ui::LogModel::maxEntries);
    tester = std::make_unique<QAbstractItemModelTester>(
        &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.info(QStringLiteral("one more"));
    model.info(QStringLiteral("and another"));
    QCOMPARE(model.rowCount(), Ui::LogModel::maxEntries);
    QCOMPARE(model.index(0).data(Ui::RawValueRole).toString(), QStringLiteral("entry 0"));
    QCOMPARE(model.index(model.rowCount() - 1).data(Ui::RawValueRole).toString(),
             QStringLiteral("and another"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestUiModels::liveChart_plotsOnlyFinitePoints()
{
    Ui::LiveChart chart;
    const int series = chart.addSeries(QStringLiteral("Test MSE"));
    QCOMPARE(series, 0);
    chart.appendPoint(series, {1, 0.9});
    chart.appendPoint(series, {2, std::numeric_limits<double>::quiet_NaN()});
    chart.appendPoint(series, {3, std::numeric_limits<double>::infinity()});
    chart.appendPoint(series, {4, 0.0});
    chart.appendPoint(series, {5, 0.7});
    chart.flush();
    QCOMPARE(chart.points(series), (QList<QPointF>{{1, 0.9}, {4, 0.0}, {5, 0.7}}));

    // A logarithmic axis cannot show 0, so that point is left out until the scale is linear.
    chart.setLogScale(true);
    QVERIFY(chart.isLogScale());
    QCOMPARE(chart.points(series), (QList<QPointF>{{1, 0.9}, {5, 0.7}}));
    QCOMPARE(chart.series(series)->attachedAxes().size(), 2);
    QVERIFY(qobject_cast<QLogValueAxis *>(chart.series(series)->attachedAxes().at(1)));
    chart.setLogScale(false);
    QCOMPARE(chart.points(series).size(), 3);
    QVERIFY(qobject_cast<QValueAxis *>(chart.series(series)->attachedAxes().at(1)));

    // The y axis follows the data.
    const auto *yAxis = qobject_cast<QValueAxis *>(chart.series(series)->attachedAxes().at(1));
    QVERIFY(yAxis->min() <= 0.0);
    QVERIFY(yAxis->max() >= 0.9);
}

void TestUiModels::liveChart_epochTicksAreWholeNumbers()
{
    // The x axis prints whole numbers, so each tick must sit on one. Fixed ticks on 0 to
    // 10 fell at 2.5 and 7.5 and were labeled 2 and 7.
    for (const int epochs : {0, 3, 10, 69, 200, 376, 5000}) {
        Ui::LiveChart chart;
        const int series = chart.addSeries(QStringLiteral("Train MSE"));
        for (int epoch = 1; epoch <= epochs; ++epoch)
            chart.appendPoint(series, {double(epoch), 1.0 / epoch});
        chart.flush();
        const auto *xAxis = qobject_cast<QValueAxis *>(chart.chart()->axes(Qt::Horizontal).at(0));
        QVERIFY(xAxis);
        QCOMPARE(xAxis->tickType(), QValueAxis::TicksDynamic);
        QCOMPARE(xAxis->tickAnchor(), 0.0);
        QVERIFY2(xAxis->tickInterval() >= 1.0, qPrintable(QString::number(epochs)));
        QCOMPARE(std::fmod(xAxis->tickInterval(), 1.0), 0.0);
        const double tickCount = (xAxis->max() - xAxis->min()) / xAxis->tickInterval();
        QVERIFY2(tickCount <= 10.0, qPrintable(QStringLiteral("%1 ticks for %2 epochs")
                                                   .arg(tickCount)
                                                   .arg(epochs)));
    }
}

void TestUiModels::liveChart_batchesUntilFlush()
{
    Ui::LiveChart chart;
    const int train = chart.addSeries(QStringLiteral("Train"));
    const int test = chart.addSeries(QStringLiteral("Test"));
    for (int epoch = 1; epoch <= 50; ++epoch) {
        chart.appendPoint(train, {double(epoch), 1.0 / epoch});
        chart.appendPoint(test, {double(epoch), 2.0 / epoch});
    }
    // Nothing reaches the series before the timer's flush.
    QVERIFY(chart.points(train).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(chart.points(train).size(), 50, 2000);
    QCOMPARE(chart.points(test).size(), 50);

    chart.setHighlighted(test);
    QCOMPARE(chart.highlighted(), test);
    QVERIFY(chart.series(test)->pen().widthF() > chart.series(train)->pen().widthF());
    chart.clear();
    QCOMPARE(chart.seriesCount(), 0);
}

void TestUiModels::columnMapping_readsSemicolonFile()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("scores.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("item;customer;score;comment\n10;1;3,5;fine\n20;1;4;good\n10;2;5;great\n");
    file.close();

    Ui::ColumnMappingDialog dialog(path);
    Model::ReadOptions options = dialog.readOptions();
    QCOMPARE(options.delimiter, ';');
    QVERIFY(options.hasHeader);
    // "item" and "score" are recognised by name; "customer" takes the first free column
    // and "comment" is not taken for a timestamp.
    QCOMPARE(options.item.position, 1);
    QCOMPARE(options.rating.position, 3);
    QCOMPARE(options.user.position, 2);
    QCOMPARE(options.timestamp.position, 0);

    options.decimalComma = true; // as the user would tick it in the dialog
    Model::Result<Model::Dataset> loaded = Model::loadPath(path.toStdString(), options);
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : loaded.error().c_str());
    QCOMPARE(loaded->ratings.size(), std::size_t(3));
    QCOMPARE(loaded->userCount(), 2);
    QCOMPARE(loaded->itemCount(), 2);
    QCOMPARE(loaded->ratings.rating[0], 3.5f);
}

void TestUiModels::columnMapping_knowsMovieLensNames()
{
    QVERIFY(Ui::ColumnMappingDialog::isKnownLayout(QStringLiteral("/data/ratings.csv")));
    QVERIFY(Ui::ColumnMappingDialog::isKnownLayout(QStringLiteral("/data/u.data")));
    QVERIFY(Ui::ColumnMappingDialog::isKnownLayout(QStringLiteral("/data/u1.base")));
    QVERIFY(Ui::ColumnMappingDialog::isKnownLayout(QStringLiteral("/data/u5.test")));
    QVERIFY(!Ui::ColumnMappingDialog::isKnownLayout(QStringLiteral("/data/scores.csv")));
    QVERIFY(!Ui::ColumnMappingDialog::isKnownLayout(QStringLiteral("/data/u.item")));
}

QTEST_MAIN(TestUiModels)
#include "tst_uimodels.moc"
