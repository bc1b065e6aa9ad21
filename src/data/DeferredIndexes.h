#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>

namespace mm {

class Database;

// Adding many rows to a table that has few: SQLite would keep every secondary index in step row
// by row, each insert touching a random page of each index. Dropping them first and building
// each once after the rows (one sorted pass) is several times faster. Both happen inside the
// caller's transaction, so no other connection, and no file left by a crash, ever sees the table
// without its indexes: a rollback brings them back with everything else.
//
// Only indexes created with CREATE INDEX are deferred; those behind UNIQUE and PRIMARY KEY
// constraints stay, as they enforce the constraint on every row. The definitions come from the
// file's own schema, so they are rebuilt exactly as they were. Triggers that only fill in a
// value our inserts write anyway (a new model's lab) are suspended the same way.
class DeferredIndexes {
public:
    // Whether adding about `addedRows` rows to `existingRows` is worth rebuilding the indexes:
    // many rows, and at least as many as the table has (rebuilding re-sorts those too).
    static bool worthwhile(qint64 addedRows, qint64 existingRows);

    // Drops the secondary indexes of `table`; needs an open transaction on `db`.
    static Result<DeferredIndexes> drop(Database& db, const QString& table);

    // Creates every dropped index and trigger again. Call before committing.
    Status rebuild();
    qsizetype count() const { return m_definitions.size(); }

private:
    explicit DeferredIndexes(Database& db)
        : m_db(&db) {}

    Database* m_db;
    QList<QString> m_definitions; // CREATE INDEX statements, as stored in sqlite_schema
};

} // namespace mm
