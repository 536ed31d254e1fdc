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
    struct Title
    {
        QString text;
        QString folded;
        int32_t item = 0;
    };

    explicit TitleListModel(QObject *parent = nullptr);

    // Folds and sorts the titles of dataset; safe on a worker thread, because folding a
    // large catalogue takes longer than the GUI thread may stall.
    static QList<Title> buildTitles(const std::shared_ptr<const Model::Dataset> &dataset);
    void setTitles(QList<Title> titles);
    // Builds and sets the titles on the calling thread.
    void setDataset(const std::shared_ptr<const Model::Dataset> &dataset);
    // Items whose folded title contains the folded text, in title order.
    QList<int32_t> findItems(const QString &text) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<Title> m_titles;
};

} // namespace RecStudio::Ui
