#include "data/DeferredIndexes.h"

#include "data/Database.h"
#include "data/SqlValues.h"

#include <QSqlQuery>

namespace mm {

namespace {

// Below this, row by row is about as fast and the schema stays untouched.
constexpr qint64 kMinRowsToDefer = 20'000;

// Triggers that only fill in a value our own inserts already write (ModelRepository gives new
// models to the studio itself). Any trigger on a table makes SQLite open a statement journal for
// every INSERT into it, a third of a bulk insert's time, so bulk paths suspend these too.
// Triggers that keep other tables in step (the revenue summary) are never deferred.
const QStringList kFillInTriggers{QStringLiteral("models_default_lab")};

} // namespace

bool DeferredIndexes::worthwhile(qint64 addedRows, qint64 existingRows) {
    return addedRows >= kMinRowsToDefer && addedRows >= existingRows;
}

Result<DeferredIndexes> DeferredIndexes::drop(Database& db, const QString& table) {
    const QString operation = QStringLiteral("deferring the indexes of %1").arg(table);
    if (db.transactionDepth() == 0)
        return makeError(QStringLiteral("indexes are only dropped inside a transaction"), table,
                         QStringLiteral("db.transaction"));
    DeferredIndexes deferred(db);
    // A server keeps its indexes and triggers: nothing is dropped, and rebuild() has nothing to
    // do. (Its fast bulk path would be COPY, which ModelMarket does not use yet.)
    if (db.isServer())
        return deferred;
    QStringList names;
    {
        // sql IS NULL: the automatic indexes of UNIQUE and PRIMARY KEY constraints.
        auto q = db.query(QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = "
                                         "'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY "
                                         "name"),
                          {table}, operation);
        if (!q)
            return q.error();
        while (q->next()) {
            names.append(q->value(0).toString());
            deferred.m_definitions.append(q->value(1).toString());
        }
    }
    QStringList triggers;
    {
        auto q = db.query(QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = "
                                         "'trigger' AND tbl_name = ? ORDER BY name"),
                          {table}, operation);
        if (!q)
            return q.error();
        while (q->next()) {
            if (!kFillInTriggers.contains(q->value(0).toString()))
                continue;
            triggers.append(q->value(0).toString());
            deferred.m_definitions.append(q->value(1).toString());
        }
    }
    // Identifiers cannot be bound; the names come from the schema and are quoted.
    for (const QString& name : std::as_const(names)) {
        if (auto done = db.exec(QStringLiteral("DROP INDEX %1").arg(sqlv::quotedIdentifier(name)),
                                operation);
            !done)
            return done.error();
    }
    for (const QString& name : std::as_const(triggers)) {
        if (auto done = db.exec(QStringLiteral("DROP TRIGGER %1").arg(sqlv::quotedIdentifier(name)),
                                operation);
            !done)
            return done.error();
    }
    return deferred;
}

Status DeferredIndexes::rebuild() {
    for (const QString& definition : std::as_const(m_definitions)) {
        if (auto done = m_db->exec(definition, QStringLiteral("restoring a deferred index")); !done)
            return done;
    }
    m_definitions.clear();
    return Ok{};
}

} // namespace mm
