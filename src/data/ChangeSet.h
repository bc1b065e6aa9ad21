#pragma once

#include <QFlags>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QSet>
#include <QString>
#include <QStringList>

namespace mm {

enum class RowChange : quint8 { Insert = 0x1, Update = 0x2, Delete = 0x4 };
Q_DECLARE_FLAGS(RowChanges, RowChange)
Q_DECLARE_OPERATORS_FOR_FLAGS(RowChanges)

// The rows one committed write touched, by table, row id and kind, so each view reloads only
// what it shows. A table that saw more than kMaxIdsPerTable rows keeps its kinds but not its ids
// (idsComplete() is false): a bulk write costs no more memory than a small one, and a listener
// then reloads the table as a whole.
class ChangeSet {
public:
    static constexpr qsizetype kMaxIdsPerTable = 10000;

    void add(const QString& table, RowChange kind, qint64 rowId);
    // Every row of `table` may have changed this way (ids unknown).
    void addWholeTable(const QString& table, RowChange kind);
    void merge(const ChangeSet& other);
    void clear() { m_tables.clear(); }

    bool isEmpty() const { return m_tables.isEmpty(); }
    QStringList tables() const;
    bool touches(const QString& table) const;
    bool touchesAny(const QList<QLatin1StringView>& tables) const;
    RowChanges kinds(const QString& table) const;
    // Whether ids() lists every row of `table` that changed.
    bool idsComplete(const QString& table) const;
    // The ids of `table` changed in any of `kinds`, ascending.
    QList<qint64> ids(const QString& table,
                      RowChanges kinds = {RowChange::Insert, RowChange::Update,
                                          RowChange::Delete}) const;

    friend bool operator==(const ChangeSet& a, const ChangeSet& b) {
        return a.m_tables == b.m_tables;
    }

private:
    struct TableChanges {
        RowChanges kinds;
        bool idsComplete = true;
        QSet<qint64> inserted;
        QSet<qint64> updated;
        QSet<qint64> deleted;

        qsizetype idCount() const { return inserted.size() + updated.size() + deleted.size(); }
        friend bool operator==(const TableChanges& a, const TableChanges& b) {
            return a.kinds == b.kinds && a.idsComplete == b.idsComplete &&
                   a.inserted == b.inserted && a.updated == b.updated && a.deleted == b.deleted;
        }
    };

    TableChanges& entry(const QString& table);
    static void forgetIds(TableChanges& changes);

    QHash<QString, TableChanges> m_tables;
};

} // namespace mm

Q_DECLARE_METATYPE(mm::ChangeSet)
