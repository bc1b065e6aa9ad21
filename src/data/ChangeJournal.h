#pragma once

#include "data/ChangeSet.h"

#include <QByteArray>
#include <QObject>

struct sqlite3;

namespace mm {

// Collects the rows one connection writes (SQLite's update hook) and announces them once they
// are committed: after the outermost Transaction's COMMIT, or after a statement run outside any
// transaction. What a rolled-back transaction wrote is dropped unannounced. Undo and redo are
// transactions like any other, so they are announced the same way.
//
// Only this connection's writes are seen; another connection's commits (a worker, another
// program) show up in PRAGMA data_version instead. Tables WITHOUT ROWID are invisible to the
// hook; code writing them calls record() itself.
class ChangeJournal : public QObject {
    Q_OBJECT
public:
    explicit ChangeJournal(sqlite3* connection);
    ~ChangeJournal() override;
    ChangeJournal(const ChangeJournal&) = delete;
    ChangeJournal& operator=(const ChangeJournal&) = delete;

    void record(const QString& table, RowChange kind, qint64 rowId);
    // Any row of `table` may have changed this way: what a server connection, which has no
    // update hook, knows of a write (Database.h).
    void recordWholeTable(const QString& table, RowChange kind) {
        m_pending.addWholeTable(table, kind);
    }
    // What was written since the last publish() or discard().
    const ChangeSet& pending() const { return m_pending; }
    // Emits changed() with the pending rows, if there are any.
    void publish();
    void discard() { m_pending.clear(); }

signals:
    void changed(const mm::ChangeSet& changes);

private:
    static void onRowWritten(void* journal, int operation, const char* database, const char* table,
                             qint64 rowId);

    sqlite3* m_connection = nullptr;
    ChangeSet m_pending;
    // The hook names tables by C string; converting the same name row after row is avoided.
    QByteArray m_lastTableUtf8;
    QString m_lastTable;
};

} // namespace mm
