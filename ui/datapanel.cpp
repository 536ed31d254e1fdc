#include "datapanel.h"

#include "livechart.h"
#include "ratingstablemodel.h"
#include "session.h"

#include <dataset.h>

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QLocale>
#include <QLogValueAxis>
#include <QPromise>
#include <QSplitter>
#include <QTableView>
#include <QValueAxis>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>
#include <cmath>

namespace RecStudio::Ui {

namespace {

constexpr int queryDelayMs = 250;
constexpr int longTailPoints = 400;

QChartView *createChartView(const QString &title)
{
    auto chart = new QChart;
    chart->setTitle(title);
    chart->legend()->hide();
    chart->setMargins(QMargins(2, 2, 2, 2));
    auto view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(180);
    return view;
}

void resetChart(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

} // namespace

DataPanel::DataPanel(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new RatingsTableModel(this))
{
    m_view = new QTableView;
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(RatingsTableModel::Title,
                                                     QHeaderView::Stretch);
    m_view->horizontalHeader()->resizeSection(RatingsTableModel::UserId, 70);
    m_view->horizontalHeader()->resizeSection(RatingsTableModel::MovieId, 70);
    m_view->horizontalHeader()->resizeSection(RatingsTableModel::Genres, 170);
    m_view->horizontalHeader()->resizeSection(RatingsTableModel::Rating, 60);
    m_view->horizontalHeader()->resizeSection(RatingsTableModel::Date, 150);
    m_view->horizontalHeader()->setSectionsClickable(true);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    // The view must not call the model's sort(): sorting 25 million rows runs on a worker.
    m_view->setSortingEnabled(false);
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder order) {
                m_query.sortColumn = column;
                m_query.descending = order == Qt::DescendingOrder;
                runQuery();
            });

    m_warnings = new QListWidget;
    m_warnings->setWordWrap(true);
    auto warningsBox = new QGroupBox(tr("Load warnings"));
    auto warningsLayout = new QVBoxLayout(warningsBox);
    warningsLayout->addWidget(m_warnings);
    warningsBox->setMaximumHeight(150);

    auto left = new QWidget;
    auto leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(createFilterBar());
    leftLayout->addWidget(m_view, 1);
    leftLayout->addWidget(warningsBox);

    m_histogramView = createChartView(tr("Rating histogram"));
    m_longTailView = createChartView(tr("Ratings per movie (long tail)"));
    auto right = new QWidget;
    auto rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(createSummary());
    rightLayout->addWidget(m_histogramView, 1);
    rightLayout->addWidget(m_longTailView, 1);

    auto splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    m_queryDelay.setSingleShot(true);
    m_queryDelay.setInterval(queryDelayMs);
    connect(&m_queryDelay, &QTimer::timeout, this, &DataPanel::runQuery);
    connect(&m_queryWatcher, &QFutureWatcherBase::finished, this, &DataPanel::onQueryFinished);
    connect(&m_statisticsWatcher, &QFutureWatcherBase::finished, this,
            &DataPanel::onStatisticsFinished);
    connect(session, &Session::datasetChanged, this, &DataPanel::onDatasetChanged);
}

DataPanel::~DataPanel()
{
    m_queryWatcher.cancel();
    m_queryWatcher.waitForFinished();
    m_statisticsWatcher.waitForFinished();
}

bool DataPanel::isBusy() const
{
    return m_queryWatcher.isRunning() || m_statisticsWatcher.isRunning()
           || m_queryDelay.isActive();
}

void DataPanel::setUserFilter(const QString &userId)
{
    m_userEdit->setText(userId);
}

void DataPanel::setTitleFilter(const QString &text)
{
    m_titleEdit->setText(text);
}

void DataPanel::setRatingRange(double minimum, double maximum)
{
    m_minRating->setValue(minimum);
    m_maxRating->setValue(maximum);
}

void DataPanel::sortByColumn(int column, Qt::SortOrder order)
{
    m_view->horizontalHeader()->setSortIndicator(column, order);
}

QWidget *DataPanel::createFilterBar()
{
    m_userEdit = new QLineEdit;
    m_userEdit->setPlaceholderText(tr("User id"));
    m_userEdit->setToolTip(tr("Show only the ratings of this user (raw id as in the file)"));
    m_userEdit->setClearButtonEnabled(true);
    m_movieEdit = new QLineEdit;
    m_movieEdit->setPlaceholderText(tr("Movie id"));
    m_movieEdit->setToolTip(tr("Show only the ratings of this movie (raw id as in the file)"));
    m_movieEdit->setClearButtonEnabled(true);
    m_titleEdit = new QLineEdit;
    m_titleEdit->setPlaceholderText(tr("Title contains…"));
    m_titleEdit->setToolTip(tr("Show movies whose title contains this text, ignoring case "
                               "and accents"));
    m_titleEdit->setClearButtonEnabled(true);

    m_minRating = new QDoubleSpinBox;
    m_maxRating = new QDoubleSpinBox;
    for (QDoubleSpinBox *box : {m_minRating, m_maxRating}) {
        box->setRange(0.0, 10.0);
        box->setSingleStep(0.5);
        box->setDecimals(1);
        box->setSuffix(tr(" ★", "suffix of a rating in stars"));
    }
    m_minRating->setValue(0.0);
    m_maxRating->setValue(10.0);
    m_minRating->setToolTip(tr("Lowest rating shown, in stars (inclusive)"));
    m_maxRating->setToolTip(tr("Highest rating shown, in stars (inclusive)"));

    m_rowCountLabel = new QLabel;
    m_rowCountLabel->setMinimumWidth(160);

    for (QLineEdit *edit : {m_userEdit, m_movieEdit, m_titleEdit})
        connect(edit, &QLineEdit::textChanged, this, &DataPanel::scheduleQuery);
    for (QDoubleSpinBox *box : {m_minRating, m_maxRating})
        connect(box, &QDoubleSpinBox::valueChanged, this, &DataPanel::scheduleQuery);

    auto bar = new QWidget;
    auto layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_userEdit);
    layout->addWidget(m_movieEdit);
    layout->addWidget(m_titleEdit, 2);
    layout->addWidget(new QLabel(tr("Rating:")));
    layout->addWidget(m_minRating);
    layout->addWidget(new QLabel(tr("to", "rating range: from ... to ...")));
    layout->addWidget(m_maxRating);
    layout->addWidget(m_rowCountLabel);
    return bar;
}

QWidget *DataPanel::createSummary()
{
    auto box = new QGroupBox(tr("Dataset summary"));
    m_summaryForm = new QFormLayout(box);
    return box;
}

void DataPanel::onDatasetChanged()
{
    const std::shared_ptr<const Model::Dataset> dataset = m_session->dataset();
    m_queryWatcher.cancel();
    m_model->setDataset(dataset);
    m_query.sortColumn = -1;
    m_view->horizontalHeader()->blockSignals(true);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->horizontalHeader()->blockSignals(false);
    showWarnings();
    while (m_summaryForm->rowCount() > 0)
        m_summaryForm->removeRow(0);
    if (!dataset)
        return;

    m_summaryForm->addRow(tr("Source:"),
                          new QLabel(QString::fromStdString(dataset->report.source.empty()
                                                                ? dataset->name
                                                                : dataset->report.source)));
    m_summaryForm->addRow(new QLabel(tr("Computing statistics…")));
    m_statisticsWatcher.setFuture(QtConcurrent::run([dataset] {
        StatisticsOutcome outcome;
        outcome.statistics = Model::computeStatistics(*dataset);
        std::vector<int64_t> counts(std::size_t(dataset->itemCount()), 0);
        for (const int32_t item : dataset->ratings.item)
            ++counts[std::size_t(item)];
        std::sort(counts.begin(), counts.end(), std::greater<>());
        outcome.itemCountsDescending = std::move(counts);
        return outcome;
    }));
    m_session->jobs().addFuture(m_statisticsWatcher.future());
    if (!m_query.isIdentity())
        runQuery();
    else
        m_rowCountLabel->setText(tr("%1 ratings").arg(QLocale().toString(m_model->rowCount())));
}

void DataPanel::scheduleQuery()
{
    m_queryDelay.start();
}

void DataPanel::runQuery()
{
    m_queryDelay.stop();
    m_query.userId = m_userEdit->text();
    m_query.movieId = m_movieEdit->text();
    m_query.titleText = m_titleEdit->text();
    m_query.minRating = float(m_minRating->value());
    m_query.maxRating = float(m_maxRating->value());
    const std::shared_ptr<const Model::Dataset> dataset = m_model->dataset();
    if (!dataset)
        return;
    m_queryWatcher.cancel();
    m_rowCountLabel->setText(tr("Filtering…"));
    const RatingsQuery query = m_query;
    QFuture<RowOrder> future = QtConcurrent::run([dataset, query](QPromise<RowOrder> &promise) {
        RowOrder order = computeRowOrder(*dataset, query,
                                         [&promise] { return promise.isCanceled(); });
        if (order)
            promise.addResult(std::move(order));
    });
    m_session->jobs().addFuture(future);
    m_queryWatcher.setFuture(future);
}

void DataPanel::onQueryFinished()
{
    const QFuture<RowOrder> future = m_queryWatcher.future();
    if (future.isCanceled() || future.resultCount() == 0)
        return;
    const RowOrder order = future.result();
    m_model->setRowOrder(order);
    const QLocale locale;
    const qlonglong total = m_model->dataset() ? qlonglong(m_model->dataset()->ratings.size()) : 0;
    m_rowCountLabel->setText(tr("%1 of %2 ratings")
                                 .arg(locale.toString(m_model->rowCount()),
                                      locale.toString(total)));
    emit queryApplied(m_model->rowCount());
}

void DataPanel::onStatisticsFinished()
{
    if (m_statisticsWatcher.future().resultCount() == 0)
        return;
    const StatisticsOutcome outcome = m_statisticsWatcher.result();
    const Model::DatasetStatistics &stats = outcome.statistics;
    const QLocale locale;
    if (m_summaryForm->rowCount() > 1)
        m_summaryForm->removeRow(1); // the "computing" placeholder
    auto addRow = [this](const QString &label, const QString &value) {
        auto valueLabel = new QLabel(value);
        valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_summaryForm->addRow(label, valueLabel);
    };
    addRow(tr("Ratings:"), locale.toString(qlonglong(stats.ratings)));
    addRow(tr("Users:"), locale.toString(qlonglong(stats.users)));
    addRow(tr("Rated movies:"), tr("%1 (catalogue: %2)")
                                    .arg(locale.toString(qlonglong(stats.items)),
                                         locale.toString(qlonglong(stats.movies))));
    addRow(tr("Density:"), tr("%1 %").arg(locale.toString(stats.density * 100.0, 'f', 3)));
    addRow(tr("Mean rating:"), tr("%1 (range %2 to %3)")
                                   .arg(locale.toString(stats.meanRating, 'f', 3),
                                        locale.toString(stats.minRating, 'f', 1),
                                        locale.toString(stats.maxRating, 'f', 1)));
    const auto quantiles = [&locale](const Model::CountQuantiles &q) {
        return tr("min %1, median %2, p90 %3, max %4")
            .arg(locale.toString(qlonglong(q.min)), locale.toString(qlonglong(q.median)),
                 locale.toString(qlonglong(q.p90)), locale.toString(qlonglong(q.max)));
    };
    addRow(tr("Ratings per user:"), quantiles(stats.ratingsPerUser));
    addRow(tr("Ratings per movie:"), quantiles(stats.ratingsPerItem));

    // Histogram by half star.
    QChart *histogram = m_histogramView->chart();
    resetChart(histogram);
    auto set = new QBarSet(tr("Ratings"));
    QStringList categories;
    for (std::size_t bin = 0; bin < stats.histogram.size(); ++bin) {
        *set << double(stats.histogram[bin]);
        categories << locale.toString(0.5 * double(bin + 1), 'f', 1);
    }
    auto bars = new QBarSeries;
    bars->append(set);
    histogram->addSeries(bars);
    auto categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    categoryAxis->setTitleText(tr("Stars"));
    histogram->addAxis(categoryAxis, Qt::AlignBottom);
    bars->attachAxis(categoryAxis);
    auto countAxis = new QValueAxis;
    const int64_t tallest = *std::max_element(stats.histogram.begin(), stats.histogram.end());
    const double countMax = double(std::max<int64_t>(tallest, 1)) * 1.05;
    countAxis->setRange(0, countMax);
    countAxis->setLabelFormat(QStringLiteral("%.0f"));
    countAxis->setTickType(QValueAxis::TicksDynamic);
    countAxis->setTickAnchor(0.0);
    countAxis->setTickInterval(wholeTickStep(countMax));
    countAxis->setTitleText(tr("Ratings"));
    histogram->addAxis(countAxis, Qt::AlignLeft);
    bars->attachAxis(countAxis);

    // Long tail: ratings per movie against popularity rank, on a log scale so both the
    // blockbusters and the tail stay readable. Ranks are sampled to keep the series small.
    QChart *longTail = m_longTailView->chart();
    resetChart(longTail);
    const std::vector<int64_t> &counts = outcome.itemCountsDescending;
    if (counts.empty() || counts.front() <= 0)
        return;
    auto line = new QLineSeries;
    const std::size_t step = std::max<std::size_t>(1, counts.size() / longTailPoints);
    for (std::size_t rank = 0; rank < counts.size(); rank += step) {
        if (counts[rank] > 0)
            line->append(double(rank + 1), double(counts[rank]));
    }
    if (counts.back() > 0)
        line->append(double(counts.size()), double(counts.back()));
    longTail->addSeries(line);
    auto rankAxis = new QValueAxis;
    rankAxis->setRange(1, double(counts.size()));
    rankAxis->setLabelFormat(QStringLiteral("%.0f"));
    rankAxis->setTickType(QValueAxis::TicksDynamic);
    rankAxis->setTickAnchor(0.0);
    rankAxis->setTickInterval(wholeTickStep(double(counts.size())));
    rankAxis->setTitleText(tr("Movies by popularity rank"));
    longTail->addAxis(rankAxis, Qt::AlignBottom);
    line->attachAxis(rankAxis);
    auto logAxis = new QLogValueAxis;
    logAxis->setBase(10);
    logAxis->setLabelFormat(QStringLiteral("%.0f"));
    logAxis->setRange(std::max(0.8, double(counts.back()) * 0.8), double(counts.front()) * 1.2);
    logAxis->setTitleText(tr("Ratings (log scale)"));
    longTail->addAxis(logAxis, Qt::AlignLeft);
    line->attachAxis(logAxis);
}

void DataPanel::showWarnings()
{
    m_warnings->clear();
    const std::shared_ptr<const Model::Dataset> dataset = m_session->dataset();
    if (!dataset)
        return;
    const Model::LoadReport &report = dataset->report;
    const QLocale locale;
    if (report.rowsSkipped > 0) {
        m_warnings->addItem(tr("%1 of %2 lines were skipped. The first ones:")
                                .arg(locale.toString(qlonglong(report.rowsSkipped)),
                                     locale.toString(qlonglong(report.linesRead))));
        for (const Model::SkippedLine &skipped : report.firstSkipped) {
            m_warnings->addItem(tr("Line %1: %2")
                                    .arg(locale.toString(qlonglong(skipped.line)),
                                         QString::fromStdString(skipped.reason)));
        }
    }
    if (report.duplicatePairs > 0) {
        m_warnings->addItem(tr("%1 (user, movie) pairs were rated more than once; %2 older "
                               "rows were dropped and the latest rating kept.")
                                .arg(locale.toString(qlonglong(report.duplicatePairs)),
                                     locale.toString(qlonglong(report.duplicateRows))));
    }
    for (const std::string &warning : report.warnings)
        m_warnings->addItem(QString::fromStdString(warning));
    if (m_warnings->count() == 0)
        m_warnings->addItem(tr("No problems: every line was read."));
}

} // namespace RecStudio::Ui
