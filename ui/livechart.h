#pragma once

#include <QChartView>
#include <QList>
#include <QPointF>
#include <QTimer>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace RecStudio::Ui {

// Returns a step of 1, 2 or 5 times a power of ten, at least 1, that cuts span into at
// most 5 intervals, so axis ticks fall on whole numbers that "%d" labels print exactly.
double wholeTickStep(double span);

// A chart of error curves that grow while a job runs. Points are buffered and pushed to
// the series with one replace() per curve at most every flushInterval, and the axes are
// fitted in the same tick, so a fast producer never floods the scene. Non-finite points
// are dropped, and so are non-positive ones while the y axis is logarithmic.
class LiveChart final : public QChartView
{
    Q_OBJECT

public:
    explicit LiveChart(QWidget *parent = nullptr);

    void setTitles(const QString &chartTitle, const QString &xTitle, const QString &yTitle);

    // Adds a curve and returns its id (0, 1, ... in order of creation).
    int addSeries(const QString &name, const QColor &color = {});
    void appendPoint(int series, const QPointF &point);
    void clear();

    // Draws one curve thicker and dims the others; -1 highlights none.
    void setHighlighted(int series);
    int highlighted() const { return m_highlighted; }

    void setLogScale(bool logarithmic);
    bool isLogScale() const { return m_logScale; }
    void setLegendVisible(bool visible);

    // Pushes buffered points now; also called by the timer.
    void flush();

    int seriesCount() const { return int(m_curves.size()); }
    // Points the chart shows for a curve, after the last flush.
    QList<QPointF> points(int series) const;
    QLineSeries *series(int series) const;

    static constexpr int flushInterval = 100; // milliseconds

signals:
    void seriesClicked(int series);

private:
    struct Curve
    {
        QLineSeries *series = nullptr;
        QList<QPointF> points;
        bool dirty = false;
    };

    bool isPlottable(const QPointF &point) const;
    void attachYAxis(QAbstractAxis *axis);
    void applyPen(int series);
    void fitAxes();

    QList<Curve> m_curves;
    QValueAxis *m_xAxis = nullptr;
    QAbstractAxis *m_yAxis = nullptr;
    QTimer m_flushTimer;
    int m_highlighted = -1;
    bool m_logScale = false;
};

} // namespace RecStudio::Ui
