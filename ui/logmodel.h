#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>

namespace RecStudio::Ui {

// The activity log shown in the log dock: what the application did (loads, splits,
// training runs, pushes) and every error it reported, each with a timestamp. New
// entries are inserted as rows at the end; the oldest are dropped past maxEntries.
class LogModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum class Severity { Info, Warning, Error };

    struct Entry
    {
        QDateTime time;
        Severity severity = Severity::Info;
        QString text;
    };

    explicit LogModel(QObject *parent = nullptr);

    void addEntry(Severity severity, const QString &text);
    void info(const QString &text) { addEntry(Severity::Info, text); }
    void warning(const QString &text) { addEntry(Severity::Warning, text); }
    void error(const QString &text) { addEntry(Severity::Error, text); }

    const QList<Entry> &entries() const { return m_entries; }
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    static constexpr int maxEntries = 5000;

signals:
    void entryAdded(const RecStudio::Ui::LogModel::Entry &entry);

private:
    QList<Entry> m_entries;
};

} // namespace RecStudio::Ui
