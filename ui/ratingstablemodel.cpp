#include "ratingstablemodel.h"

#include "roles.h"

#include <dataset.h>

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace RecStudio::Ui {

namespace {

QString joinedGenres(const Model::Dataset &dataset, int32_t item)
{
    const int32_t movie = dataset.movieOfItem(item);
    if (movie < 0)
        return {};
    QStringList genres;
    for (const std::string &genre : dataset.movies[std::size_t(movie)].genres)
        genres.append(QString::fromStdString(genre));
    return genres.join(QStringLiteral(", "));
}

} // namespace

RatingsTableModel::RatingsTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RatingsTableModel::setDataset(std::shared_ptr<const Model::Dataset> dataset)
{
    beginResetModel();
    m_dataset = std::move(dataset);
    m_order.reset();
    endResetModel();
}

void RatingsTableModel::setRowOrder(RowOrder order)
{
    beginResetModel();
    m_order = std::move(order);
    endResetModel();
}

int32_t RatingsTableModel::ratingAt(int row) const
{
    return m_order ? (*m_order)[std::size_t(row)] : int32_t(row);
}

int RatingsTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_dataset)
        return 0;
    return int(m_order ? m_order->size() : m_dataset->ratings.size());
}

int RatingsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RatingsTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != RawValueRole && role != Qt::TextAlignmentRole
        && role != ItemIndexRole && role != UserIndexRole)
        return {};

    const std::size_t position = std::size_t(ratingAt(index.row()));
    const Model::RatingColumns &ratings = m_dataset->ratings;
    const int32_t user = ratings.user[position];
    const int32_t item = ratings.item[position];

    if (role == ItemIndexRole)
        return item;
    if (role == UserIndexRole)
        return user;
    if (role == Qt::TextAlignmentRole) {
        const bool numeric = index.column() == UserId || index.column() == MovieId
                             || index.column() == Rating;
        return QVariant::fromValue(numeric ? Qt::AlignRight | Qt::AlignVCenter
                                           : Qt::AlignLeft | Qt::AlignVCenter);
    }

    const bool raw = role == RawValueRole;
    switch (Column(index.column())) {
    case UserId:
        if (raw && m_dataset->users.isNumeric())
            return qlonglong(m_dataset->users.numericId(user));
        return QString::fromStdString(m_dataset->users.rawId(user));
    case MovieId:
        if (raw && m_dataset->items.isNumeric())
            return qlonglong(m_dataset->items.numericId(item));
        return QString::fromStdString(m_dataset->items.rawId(item));
    case Title:
        return QString::fromStdString(m_dataset->itemTitle(item));
    case Genres:
        return joinedGenres(*m_dataset, item);
    case Rating:
        if (raw)
            return double(ratings.rating[position]);
        return QLocale().toString(double(ratings.rating[position]), 'f', 1);
    case Date: {
        const int64_t seconds = ratings.timestamp[position];
        if (raw)
            return qlonglong(seconds);
        if (seconds == 0)
            return QString(); // the source has no timestamps
        return QLocale().toString(QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc()),
                                  QLocale::ShortFormat);
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RatingsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case UserId:
        return tr("User", "column title: raw user id");
    case MovieId:
        return tr("Movie", "column title: raw movie id");
    case Title:
        return tr("Title", "column title: movie title");
    case Genres:
        return tr("Genres", "column title: movie genres");
    case Rating:
        return tr("Rating", "column title: stars given by the user");
    case Date:
        return tr("Date", "column title: when the rating was given");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace RecStudio::Ui
