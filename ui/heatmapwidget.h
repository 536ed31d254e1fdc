#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

#include <vector>

namespace RecStudio::Ui {

// A grid of coloured cells, one per (row, column) pair, such as the best test MSE of a
// grid search over regularization (rows) × factors (columns). Lower values are drawn in
// brighter colours and each cell shows its value; cells without a value stay grey.
// Clicking a cell selects it.
class HeatMapWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit HeatMapWidget(QWidget *parent = nullptr);

    void setAxes(const QStringList &rowLabels, const QStringList &columnLabels,
                 const QString &rowTitle, const QString &columnTitle);
    void setValue(int row, int column, double value);
    void clearValues();
    // NaN when the cell has no value.
    double value(int row, int column) const;
    int rowCount() const { return int(m_rowLabels.size()); }
    int columnCount() const { return int(m_columnLabels.size()); }
    int filledCellCount() const;

    void setSelectedCell(int row, int column);
    int selectedRow() const { return m_selectedRow; }
    int selectedColumn() const { return m_selectedColumn; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void cellClicked(int row, int column);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    QRectF cellRect(int row, int column) const;
    QRectF plotArea() const;
    QColor colorFor(double value, double minimum, double maximum) const;

    QStringList m_rowLabels;
    QStringList m_columnLabels;
    QString m_rowTitle;
    QString m_columnTitle;
    std::vector<double> m_values;
    int m_selectedRow = -1;
    int m_selectedColumn = -1;
};

} // namespace RecStudio::Ui
