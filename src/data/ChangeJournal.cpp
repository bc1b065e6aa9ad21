#include "data/ChangeJournal.h"

#include <sqlite3.h>

namespace mm {

ChangeJournal::ChangeJournal(sqlite3* connection)
    : m_connection(connection) {
    if (m_connection)
        sqlite3_update_hook(m_connection, &ChangeJournal::onRowWritten, this);
}

ChangeJournal::~ChangeJournal() {
    if (m_connection)
        sqlite3_update_hook(m_connection, nullptr, nullptr);
}

void ChangeJournal::record(const QString& table, RowChange kind, qint64 rowId) {
    m_pending.add(table, kind, rowId);
}

void ChangeJournal::publish() {
    if (m_pending.isEmpty())
        return;
    // A listener may write again (and so publish again) while it handles these rows.
    const ChangeSet committed = std::exchange(m_pending, ChangeSet{});
    emit changed(committed);
}

void ChangeJournal::onRowWritten(void* journal, int operation, const char* database,
                                 const char* table, qint64 rowId) {
    // Temporary tables are scratch space of a statement, not data anyone shows.
    if (qstrcmp(database, "main") != 0)
        return;
    auto* self = static_cast<ChangeJournal*>(journal);
    if (self->m_lastTableUtf8 != table) {
        self->m_lastTableUtf8 = table;
        self->m_lastTable = QString::fromUtf8(self->m_lastTableUtf8);
    }
    const RowChange kind = operation == SQLITE_INSERT   ? RowChange::Insert
                           : operation == SQLITE_DELETE ? RowChange::Delete
                                                        : RowChange::Update;
    self->m_pending.add(self->m_lastTable, kind, rowId);
}

} // namespace mm
