#pragma once

#include <QAbstractTableModel>
#include <QList>

#include <memory>
#include <vector>

namespace RecStudio::Model {
class Dataset;
}

namespace RecStudio::Ui {

// A ranked list of movies with one score each: similar titles (cosine similarity),
// recommendations (predicted rating) or a user's own ratings. Titles, genres and rating
// counts are read from the dataset when displayed. Filled in one go with a reset.
class ItemListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Rank, Title, Score, Genres, RatingCount, ColumnCount };

    struct Entry
    {
        int32_t item = 0;
        double score = 0.0;
    };

    // scoreTitle names the Score column, scoreDecimals sets its precision.
    ItemListModel(const QString &scoreTitle, int scoreDecimals, QObject *parent = nullptr);

    void setEntries(std::shared_ptr<const Model::Dataset> dataset, QList<Entry> entries,
                    std::vector<int64_t> ratingCounts);
    void clear();
    const QList<Entry> &entries() const { return m_entries; }
    QString titleAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString m_scoreTitle;
    int m_scoreDecimals;
    std::shared_ptr<const Model::Dataset> m_dataset;
    QList<Entry> m_entries;
    std::vector<int64_t> m_ratingCounts;
};

} // namespace RecStudio::Ui
