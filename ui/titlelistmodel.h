#pragma once

#include <QAbstractListModel>
#include <QList>

#include <memory>

namespace RecStudio::Model {
class Dataset;
}

namespace RecStudio::Ui {

// The titles of a dataset's rated movies, for the title completer: DisplayRole is the
// title, FoldedTextRole its case- and accent-folded form, ItemIndexRole the item index.
class TitleListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit TitleListModel(QObject *parent = nullptr);

    void setDataset(const std::shared_ptr<const Model::Dataset> &dataset);
    // Items whose folded title contains the folded text, in title order.
    QList<int32_t> findItems(const QString &text) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Title
    {
        QString text;
        QString folded;
        int32_t item = 0;
    };
    QList<Title> m_titles;
};

} // namespace RecStudio::Ui
