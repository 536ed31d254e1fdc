#pragma once

#include "ratingsquery.h"

#include <QAbstractTableModel>

#include <memory>

namespace RecStudio::Model {
class Dataset;
}

namespace RecStudio::Ui {

// The ratings of a dataset as a table, read straight from the columnar storage: a row
// holds only its position, so 25 million ratings cost no per-row objects. The display
// order is a permutation computed off the GUI thread (computeRowOrder) and applied with
// a model reset.
class RatingsTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { UserId, MovieId, Title, Genres, Rating, Date, ColumnCount };

    explicit RatingsTableModel(QObject *parent = nullptr);

    void setDataset(std::shared_ptr<const Model::Dataset> dataset);
    void setRowOrder(RowOrder order);
    const std::shared_ptr<const Model::Dataset> &dataset() const { return m_dataset; }

    // Position in Dataset::ratings of a table row.
    int32_t ratingAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const Model::Dataset> m_dataset;
    RowOrder m_order;
};

} // namespace RecStudio::Ui
