#include "livechart.h"

#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPen>
#include <QValueAxis>

#include <cmath>
#include <limits>

namespace RecStudio::Ui {

LiveChart::LiveChart(QWidget *parent)
    : QChartView(parent)
{
    auto chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 220);

    m_xAxis = new QValueAxis(this);
    m_xAxis->setLabelFormat(QStringLiteral("%d"));
    // Put ticks on whole multiples of a round step, so the "%d" labels print them exactly.
    m_xAxis->setTickType(QValueAxis::TicksDynamic);
    m_xAxis->setTickAnchor(0.0);
    chart->addAxis(m_xAxis, Qt::AlignBottom);
    attachYAxis(new QValueAxis(this));

    m_flushTimer.setInterval(flushInterval);
    connect(&m_flushTimer, &QTimer::timeout, this, &LiveChart::flush);
}

void LiveChart::setTitles(const QString &chartTitle, const QString &xTitle, const QString &yTitle)
{
    chart()->setTitle(chartTitle);
    m_xAxis->setTitleText(xTitle);
    m_yAxis->setTitleText(yTitle);
}

int LiveChart::addSeries(const QString &name, const QColor &color)
{
    auto series = new QLineSeries(this);
    series->setName(name);
    series->setPointsVisible(true);
    if (color.isValid())
        series->setColor(color);
    chart()->addSeries(series);
    series->attachAxis(m_xAxis);
    series->attachAxis(m_yAxis);
    const int id = int(m_curves.size());
    m_curves.append({series, {}, false});
    connect(series, &QLineSeries::clicked, this, [this, id] { emit seriesClicked(id); });
    applyPen(id);
    return id;
}

void LiveChart::appendPoint(int series, const QPointF &point)
{
    if (series < 0 || series >= m_curves.size())
        return;
    if (!std::isfinite(point.x()) || !std::isfinite(point.y()))
        return;
    Curve &curve = m_curves[series];
    curve.points.append(point);
    curve.dirty = true;
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void LiveChart::clear()
{
    m_flushTimer.stop();
    for (const Curve &curve : std::as_const(m_curves)) {
        chart()->removeSeries(curve.series);
        delete curve.series;
    }
    m_curves.clear();
    m_highlighted = -1;
    fitAxes();
}

void LiveChart::setHighlighted(int series)
{
    m_highlighted = series;
    // Every pen changes: the others are dimmed while one curve is highlighted.
    for (int other = 0; other < m_curves.size(); ++other)
        applyPen(other);
}

void LiveChart::setLogScale(bool logarithmic)
{
    if (logarithmic == m_logScale)
        return;
    m_logScale = logarithmic;
    const QString title = m_yAxis->titleText();
    QAbstractAxis *axis = nullptr;
    if (logarithmic) {
        auto logAxis = new QLogValueAxis(this);
        logAxis->setBase(10);
        logAxis->setLabelFormat(QStringLiteral("%.3g"));
        logAxis->setMinorTickCount(8);
        axis = logAxis;
    } else {
        axis = new QValueAxis(this);
    }
    axis->setTitleText(title);
    attachYAxis(axis);
    for (Curve &curve : m_curves)
        curve.dirty = true;
    flush();
}

void LiveChart::setLegendVisible(bool visible)
{
    chart()->legend()->setVisible(visible);
}

void LiveChart::flush()
{
    bool changed = false;
    for (Curve &curve : m_curves) {
        if (!curve.dirty)
            continue;
        QList<QPointF> shown;
        shown.reserve(curve.points.size());
        for (const QPointF &point : std::as_const(curve.points)) {
            if (isPlottable(point))
                shown.append(point);
        }
        curve.series->replace(shown);
        curve.dirty = false;
        changed = true;
    }
    if (changed)
        fitAxes();
    m_flushTimer.stop();
}

QList<QPointF> LiveChart::points(int series) const
{
    if (series < 0 || series >= m_curves.size())
        return {};
    return m_curves[series].series->points();
}

QLineSeries *LiveChart::series(int series) const
{
    if (series < 0 || series >= m_curves.size())
        return nullptr;
    return m_curves[series].series;
}

bool LiveChart::isPlottable(const QPointF &point) const
{
    return std::isfinite(point.x()) && std::isfinite(point.y()) && (!m_logScale || point.y() > 0);
}

void LiveChart::attachYAxis(QAbstractAxis *axis)
{
    if (m_yAxis) {
        for (const Curve &curve : std::as_const(m_curves))
            curve.series->detachAxis(m_yAxis);
        chart()->removeAxis(m_yAxis);
        m_yAxis->deleteLater();
    }
    m_yAxis = axis;
    chart()->addAxis(m_yAxis, Qt::AlignLeft);
    for (const Curve &curve : std::as_const(m_curves))
        curve.series->attachAxis(m_yAxis);
    fitAxes();
}

void LiveChart::applyPen(int series)
{
    QLineSeries *line = m_curves[series].series;
    QPen pen = line->pen();
    const bool dimmed = m_highlighted >= 0 && series != m_highlighted;
    pen.setWidthF(series == m_highlighted ? 3.5 : 1.5);
    QColor color = line->color();
    color.setAlphaF(dimmed ? 0.35f : 1.0f);
    pen.setColor(color);
    line->setPen(pen);
}

double wholeTickStep(double span)
{
    const double rough = std::max(1.0, span / 5.0);
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    for (const double factor : {1.0, 2.0, 5.0}) {
        if (factor * magnitude >= rough)
            return factor * magnitude;
    }
    return 10.0 * magnitude;
}

void LiveChart::fitAxes()
{
    double minX = std::numeric_limits<double>::infinity();
    double maxX = -minX;
    double minY = minX;
    double maxY = -minX;
    for (const Curve &curve : std::as_const(m_curves)) {
        for (const QPointF &point : curve.series->points()) {
            minX = std::min(minX, point.x());
            maxX = std::max(maxX, point.x());
            minY = std::min(minY, point.y());
            maxY = std::max(maxY, point.y());
        }
    }
    if (!std::isfinite(minX)) {
        m_xAxis->setRange(0, 10);
        m_xAxis->setTickInterval(wholeTickStep(10));
        m_yAxis->setRange(m_logScale ? 0.1 : 0.0, 1.0);
        return;
    }
    const double xMin = std::min(minX, 0.0);
    const double xMax = std::max(maxX, minX + 1.0);
    m_xAxis->setRange(xMin, xMax);
    m_xAxis->setTickInterval(wholeTickStep(xMax - xMin));
    if (m_logScale) {
        m_yAxis->setRange(minY / 1.2, std::max(maxY * 1.2, minY * 1.5));
    } else {
        const double span = std::max(maxY - minY, std::abs(maxY) * 0.01 + 1e-9);
        m_yAxis->setRange(std::max(0.0, minY - span * 0.05), maxY + span * 0.05);
    }
}

} // namespace RecStudio::Ui
