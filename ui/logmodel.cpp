#include "logmodel.h"

#include "roles.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

namespace RecStudio::Ui {

LogModel::LogModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void LogModel::addEntry(Severity severity, const QString &text)
{
    if (m_entries.size() >= maxEntries) {
        beginRemoveRows({}, 0, 0);
        m_entries.removeFirst();
        endRemoveRows();
    }
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append({QDateTime::currentDateTime(), severity, text});
    endInsertRows();
    emit entryAdded(m_entries.constLast());
}

void LogModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1  %2").arg(entry.time.toString(QStringLiteral("HH:mm:ss")),
                                            entry.text);
    case Qt::ToolTipRole:
        return QLocale().toString(entry.time, QLocale::LongFormat);
    case Qt::DecorationRole:
        switch (entry.severity) {
        case Severity::Info:
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation);
        case Severity::Warning:
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        case Severity::Error:
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
        }
        return {};
    case RawValueRole:
        return entry.text;
    default:
        return {};
    }
}

} // namespace RecStudio::Ui
