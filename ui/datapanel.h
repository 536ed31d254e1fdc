#pragma once

#include "ratingsquery.h"

#include <statistics.h>

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QBarSet;
class QChartView;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableView;
QT_END_NAMESPACE

namespace RecStudio::Ui {

class RatingsTableModel;
class Session;

// The Data tab: the ratings table with its filters, the dataset summary, the rating
// histogram, the long-tail plot and the load warnings.
class DataPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit DataPanel(Session *session, QWidget *parent = nullptr);
    ~DataPanel() override;

    RatingsTableModel *ratingsModel() const { return m_model; }
    QTableView *ratingsView() const { return m_view; }
    QListWidget *warningsList() const { return m_warnings; }
    // True while the table order or the statistics are being computed.
    bool isBusy() const;

    void setUserFilter(const QString &userId);
    void setTitleFilter(const QString &text);
    void setRatingRange(double minimum, double maximum);
    void sortByColumn(int column, Qt::SortOrder order);

signals:
    void queryApplied(int rows);

private:
    void onDatasetChanged();
    void scheduleQuery();
    void runQuery();
    void onQueryFinished();
    void onStatisticsFinished();
    void showWarnings();
    QWidget *createFilterBar();
    QWidget *createSummary();

    struct StatisticsOutcome
    {
        Model::DatasetStatistics statistics;
        std::vector<int64_t> itemCountsDescending;
    };

    Session *m_session;
    RatingsTableModel *m_model;
    QTableView *m_view = nullptr;
    QLineEdit *m_userEdit = nullptr;
    QLineEdit *m_movieEdit = nullptr;
    QLineEdit *m_titleEdit = nullptr;
    QDoubleSpinBox *m_minRating = nullptr;
    QDoubleSpinBox *m_maxRating = nullptr;
    QLabel *m_rowCountLabel = nullptr;
    QFormLayout *m_summaryForm = nullptr;
    QChartView *m_histogramView = nullptr;
    QChartView *m_longTailView = nullptr;
    QListWidget *m_warnings = nullptr;
    QTimer m_queryDelay;
    RatingsQuery m_query;
    QFutureWatcher<RowOrder> m_queryWatcher;
    QFutureWatcher<StatisticsOutcome> m_statisticsWatcher;
};

} // namespace RecStudio::Ui
