#include "itemlistmodel.h"

#include "roles.h"

#include <dataset.h>

#include <QLocale>

namespace RecStudio::Ui {

ItemListModel::ItemListModel(const QString &scoreTitle, int scoreDecimals, QObject *parent)
    : QAbstractTableModel(parent)
    , m_scoreTitle(scoreTitle)
    , m_scoreDecimals(scoreDecimals)
{}

void ItemListModel::setEntries(std::shared_ptr<const Model::Dataset> dataset, QList<Entry> entries,
                               std::vector<int64_t> ratingCounts)
{
    beginResetModel();
    m_dataset = std::move(dataset);
    m_entries = std::move(entries);
    m_ratingCounts = std::move(ratingCounts);
    endResetModel();
}

void ItemListModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

QString ItemListModel::titleAt(int row) const
{
    return data(index(row, Title)).toString();
}

int ItemListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ItemListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ItemListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !m_dataset)
        return {};
    const Entry &entry = m_entries.at(index.row());
    if (role == ItemIndexRole)
        return entry.item;
    if (role == Qt::TextAlignmentRole) {
        const bool text = index.column() == Title || index.column() == Genres;
        return QVariant::fromValue(text ? Qt::AlignLeft | Qt::AlignVCenter
                                        : Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    const bool raw = role == RawValueRole;
    const QLocale locale;
    switch (Column(index.column())) {
    case Rank:
        return raw ? QVariant(index.row() + 1) : QVariant(locale.toString(index.row() + 1));
    case Title:
        return QString::fromStdString(m_dataset->itemTitle(entry.item));
    case Score:
        return raw ? QVariant(entry.score)
                   : QVariant(locale.toString(entry.score, 'f', m_scoreDecimals));
    case Genres: {
        const int32_t movie = m_dataset->movieOfItem(entry.item);
        if (movie < 0)
            return QString();
        QStringList genres;
        for (const std::string &genre : m_dataset->movies[std::size_t(movie)].genres)
            genres.append(QString::fromStdString(genre));
        return genres.join(QStringLiteral(", "));
    }
    case RatingCount: {
        const qlonglong count = std::size_t(entry.item) < m_ratingCounts.size()
                                    ? qlonglong(m_ratingCounts[std::size_t(entry.item)])
                                    : 0;
        return raw ? QVariant(count) : QVariant(locale.toString(count));
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ItemListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Rank:
        return tr("#", "column title: rank in the list");
    case Title:
        return tr("Title", "column title: movie title");
    case Score:
        return m_scoreTitle;
    case Genres:
        return tr("Genres", "column title: movie genres");
    case RatingCount:
        return tr("Ratings", "column title: number of training ratings of the movie");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace RecStudio::Ui
