#include "titlecompleter.h"

#include "roles.h"
#include "textfolding.h"

namespace RecStudio::Ui {

TitleCompleter::TitleCompleter(QAbstractItemModel *titles, QObject *parent)
    : QCompleter(titles, parent)
{
    setCompletionRole(FoldedTextRole);
    setFilterMode(Qt::MatchContains);
    setCaseSensitivity(Qt::CaseSensitive); // both sides are already case-folded
    setCompletionMode(QCompleter::PopupCompletion);
    setMaxVisibleItems(12);
}

QStringList TitleCompleter::splitPath(const QString &path) const
{
    return {foldForSearch(path)};
}

QString TitleCompleter::pathFromIndex(const QModelIndex &index) const
{
    return index.data(Qt::DisplayRole).toString();
}

} // namespace RecStudio::Ui
