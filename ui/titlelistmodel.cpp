#include "titlelistmodel.h"

#include "roles.h"
#include "textfolding.h"

#include <dataset.h>

#include <algorithm>

namespace RecStudio::Ui {

TitleListModel::TitleListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

QList<TitleListModel::Title> TitleListModel::buildTitles(
    const std::shared_ptr<const Model::Dataset> &dataset)
{
    QList<Title> titles;
    if (!dataset)
        return titles;
    titles.reserve(dataset->itemCount());
    for (int32_t item = 0; item < dataset->itemCount(); ++item) {
        const QString text = QString::fromStdString(dataset->itemTitle(item));
        titles.append({text, foldForSearch(text), item});
    }
    std::sort(titles.begin(), titles.end(), [](const Title &a, const Title &b) {
        return a.folded < b.folded || (a.folded == b.folded && a.item < b.item);
    });
    return titles;
}

void TitleListModel::setTitles(QList<Title> titles)
{
    beginResetModel();
    m_titles = std::move(titles);
    endResetModel();
}

void TitleListModel::setDataset(const std::shared_ptr<const Model::Dataset> &dataset)
{
    setTitles(buildTitles(dataset));
}

QList<int32_t> TitleListModel::findItems(const QString &text) const
{
    const QString needle = foldForSearch(text.trimmed());
    QList<int32_t> items;
    for (const Title &title : m_titles) {
        if (title.folded.contains(needle))
            items.append(title.item);
    }
    return items;
}

int TitleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_titles.size());
}

QVariant TitleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Title &title = m_titles.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case RawValueRole:
        return title.text;
    case FoldedTextRole:
        return title.folded;
    case ItemIndexRole:
        return title.item;
    default:
        return {};
    }
}

} // namespace RecStudio::Ui
