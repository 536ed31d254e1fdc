#pragma once

#include <QCompleter>

namespace RecStudio::Ui {

// Completes movie titles by substring, ignoring case and accents: the typed text is
// folded like the model's FoldedTextRole, and a chosen entry inserts the real title.
class TitleCompleter final : public QCompleter
{
    Q_OBJECT

public:
    explicit TitleCompleter(QAbstractItemModel *titles, QObject *parent = nullptr);

    QStringList splitPath(const QString &path) const override;
    QString pathFromIndex(const QModelIndex &index) const override;
};

} // namespace RecStudio::Ui
