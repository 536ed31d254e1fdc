#include "heatmapwidget.h"

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>

#include <cmath>
#include <limits>

namespace RecStudio::Ui {

namespace {

constexpr int leftMargin = 70;
constexpr int topMargin = 10;
constexpr int bottomMargin = 44;
constexpr int rightMargin = 10;

// Stops of a perceptually ordered palette from dark purple (worst) to yellow (best).
const QList<QColor> colorStops = {QColor(0x44, 0x01, 0x54), QColor(0x3b, 0x52, 0x8b),
                               QColor(0x21, 0x90, 0x8d), QColor(0x5d, 0xc8, 0x63),
                               QColor(0xfd, 0xe7, 0x25)};

} // namespace

HeatMapWidget::HeatMapWidget(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void HeatMapWidget::setAxes(const QStringList &rowLabels, const QStringList &columnLabels,
                            const QString &rowTitle, const QString &columnTitle)
{
    m_rowLabels = rowLabels;
    m_columnLabels = columnLabels;
    m_rowTitle = rowTitle;
    m_columnTitle = columnTitle;
    m_values.assign(std::size_t(rowLabels.size() * columnLabels.size()),
                    std::numeric_limits<double>::quiet_NaN());
    m_selectedRow = -1;
    m_selectedColumn = -1;
    updateGeometry();
    update();
}

void HeatMapWidget::setValue(int row, int column, double value)
{
    if (row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return;
    m_values[std::size_t(row * columnCount() + column)] = std::isfinite(value)
                                                              ? value
                                                              : std::numeric_limits<double>::quiet_NaN();
    update();
}

void HeatMapWidget::clearValues()
{
    std::fill(m_values.begin(), m_values.end(), std::numeric_limits<double>::quiet_NaN());
    update();
}

double HeatMapWidget::value(int row, int column) const
{
    if (row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return std::numeric_limits<double>::quiet_NaN();
    return m_values[std::size_t(row * columnCount() + column)];
}

int HeatMapWidget::filledCellCount() const
{
    return int(std::count_if(m_values.begin(), m_values.end(),
                             [](double value) { return std::isfinite(value); }));
}

void HeatMapWidget::setSelectedCell(int row, int column)
{
    m_selectedRow = row;
    m_selectedColumn = column;
    update();
}

QSize HeatMapWidget::sizeHint() const
{
    return {leftMargin + rightMargin + 80 * std::max(1, columnCount()),
            topMargin + bottomMargin + 36 * std::max(1, rowCount())};
}

QSize HeatMapWidget::minimumSizeHint() const
{
    return {leftMargin + rightMargin + 40 * std::max(1, columnCount()),
            topMargin + bottomMargin + 22 * std::max(1, rowCount())};
}

QRectF HeatMapWidget::plotArea() const
{
    return QRectF(leftMargin, topMargin, width() - leftMargin - rightMargin,
                  height() - topMargin - bottomMargin);
}

QRectF HeatMapWidget::cellRect(int row, int column) const
{
    const QRectF area = plotArea();
    const double cellWidth = area.width() / std::max(1, columnCount());
    const double cellHeight = area.height() / std::max(1, rowCount());
    return QRectF(area.left() + column * cellWidth, area.top() + row * cellHeight, cellWidth,
                  cellHeight);
}

QColor HeatMapWidget::colorFor(double value, double minimum, double maximum) const
{
    // Lower errors are better, so they get the bright end of the palette.
    const double span = maximum - minimum;
    const double position = span > 0 ? 1.0 - (value - minimum) / span : 1.0;
    const double scaled = std::clamp(position, 0.0, 1.0) * double(colorStops.size() - 1);
    const int stop = std::min(int(scaled), int(colorStops.size()) - 2);
    const double fraction = scaled - stop;
    const QColor &from = colorStops.at(stop);
    const QColor &to = colorStops.at(stop + 1);
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * fraction),
                            float(from.greenF() + (to.greenF() - from.greenF()) * fraction),
                            float(from.blueF() + (to.blueF() - from.blueF()) * fraction));
}

void HeatMapWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), this->palette().base());
    if (rowCount() == 0 || columnCount() == 0) {
        painter.setPen(this->palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("Run a grid search to fill the heat map."));
        return;
    }

    double minimum = std::numeric_limits<double>::infinity();
    double maximum = -minimum;
    for (const double value : m_values) {
        if (std::isfinite(value)) {
            minimum = std::min(minimum, value);
            maximum = std::max(maximum, value);
        }
    }

    const QLocale locale;
    for (int row = 0; row < rowCount(); ++row) {
        for (int column = 0; column < columnCount(); ++column) {
            const QRectF cell = cellRect(row, column).adjusted(1, 1, -1, -1);
            const double cellValue = value(row, column);
            const bool filled = std::isfinite(cellValue);
            const QColor fill = filled ? colorFor(cellValue, minimum, maximum)
                                       : QColor(0xdd, 0xdd, 0xdd);
            painter.fillRect(cell, fill);
            if (filled) {
                painter.setPen(fill.lightnessF() > 0.55 ? Qt::black : Qt::white);
                painter.drawText(cell, Qt::AlignCenter, locale.toString(cellValue, 'f', 3));
            }
            if (row == m_selectedRow && column == m_selectedColumn) {
                painter.setPen(QPen(this->palette().color(QPalette::Highlight), 3));
                painter.drawRect(cell.adjusted(1, 1, -1, -1));
            }
        }
    }

    painter.setPen(this->palette().color(QPalette::Text));
    for (int row = 0; row < rowCount(); ++row) {
        const QRectF cell = cellRect(row, 0);
        painter.drawText(QRectF(0, cell.top(), leftMargin - 6, cell.height()),
                         Qt::AlignRight | Qt::AlignVCenter, m_rowLabels.at(row));
    }
    for (int column = 0; column < columnCount(); ++column) {
        const QRectF cell = cellRect(rowCount() - 1, column);
        painter.drawText(QRectF(cell.left(), cell.bottom() + 2, cell.width(), 18),
                         Qt::AlignHCenter | Qt::AlignTop, m_columnLabels.at(column));
    }
    const QRectF area = plotArea();
    painter.drawText(QRectF(area.left(), height() - 22, area.width(), 20), Qt::AlignCenter,
                     m_columnTitle);
    painter.save();
    painter.translate(12, area.center().y());
    painter.rotate(-90);
    painter.drawText(QRectF(-area.height() / 2, -10, area.height(), 20), Qt::AlignCenter,
                     m_rowTitle);
    painter.restore();
}

void HeatMapWidget::mousePressEvent(QMouseEvent *event)
{
    for (int row = 0; row < rowCount(); ++row) {
        for (int column = 0; column < columnCount(); ++column) {
            if (cellRect(row, column).contains(event->position())) {
                setSelectedCell(row, column);
                emit cellClicked(row, column);
                return;
            }
        }
    }
    QWidget::mousePressEvent(event);
}

} // namespace RecStudio::Ui
