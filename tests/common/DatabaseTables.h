#pragma once

// The tables and the schema of a database, on a file or on the test server alike: what tests that
// compare "every row of every table" or "the schema" before and after a refused write walk over.

#include "data/Database.h"

#include <QCryptographicHash>
#include <QSql>
#include <QSqlRecord>
#include <QStringList>
#include <algorithm>

namespace mm::testing {

// Every table of ours, sorted; SQLite's own bookkeeping tables (sqlite_sequence) left out. Qt's
// driver asks each engine its own way (sqlite_master, the PostgreSQL catalog).
inline QStringList tableNames(Database& db) {
    QStringList names;
    for (const QString& name : db.sql().tables(QSql::Tables))
        if (!name.startsWith(QLatin1String("sqlite_")))
            names.append(name);
    names.sort();
    return names;
}

// The whole schema as text (tables, columns, indexes, triggers, functions), to show that nothing
// changed it. Each engine describes itself its own way: SQLite in sqlite_master, PostgreSQL in
// its catalog. Empty when it cannot be read.
inline QString schemaText(Database& db) {
    const QString sql =
        db.dialect().isPostgres()
            ? QStringLiteral(
                  "SELECT 'column', table_name || '.' || column_name, data_type || ' ' || "
                  "is_nullable || ' ' || coalesce(column_default, '') FROM "
                  "information_schema.columns WHERE table_schema = current_schema() "
                  "UNION ALL SELECT 'index', indexname, indexdef FROM pg_indexes "
                  "WHERE schemaname = current_schema() "
                  "UNION ALL SELECT 'trigger', tgname, pg_get_triggerdef(oid) FROM pg_trigger "
                  "WHERE NOT tgisinternal "
                  "UNION ALL SELECT 'function', proname, md5(prosrc) FROM pg_proc "
                  "WHERE pronamespace = current_schema()::regnamespace "
                  "UNION ALL SELECT 'constraint', conname, pg_get_constraintdef(oid) "
                  "FROM pg_constraint WHERE connamespace = current_schema()::regnamespace "
                  "ORDER BY 1, 2, 3")
            : QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY type, name");
    auto q = db.query(sql, {}, QStringLiteral("reading the schema"));
    if (!q)
        return {};
    QString text;
    while (q->next())
        text += q->value(0).toString() + u'|' + q->value(1).toString() + u'|' +
                q->value(2).toString() + u'\n';
    return text;
}

// SHA-256 over every row of every table, with each value's type, so any committed change
// anywhere shows. Rows are sorted by their content (tables may be WITHOUT ROWID; a server keeps
// no order). Empty when the database cannot be read.
inline QByteArray contentChecksum(Database& db) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QStringList tables = testing::tableNames(db);
    if (tables.isEmpty())
        return {};
    for (const QString& table : tables) {
        hash.addData(table.toUtf8());
        // Table names come from the database's own catalog, never from input.
        auto q = db.query(QStringLiteral("SELECT * FROM \"%1\"").arg(table), {},
                          QStringLiteral("reading %1").arg(table));
        if (!q) {
            qWarning("%s", qPrintable(q.error().toString()));
            return {};
        }
        QList<QByteArray> rows;
        while (q->next()) {
            QByteArray row;
            const int columns = q->record().count();
            for (int c = 0; c < columns; ++c) {
                const QVariant value = q->value(c);
                row += QByteArray::number(value.isNull() ? -1 : value.typeId());
                row += value.toString().toUtf8();
                row += '\x1f';
            }
            rows.append(row);
        }
        std::sort(rows.begin(), rows.end());
        for (const QByteArray& row : std::as_const(rows)) {
            hash.addData(row);
            hash.addData(QByteArrayView("\x1e", 1));
        }
    }
    return hash.result().toHex();
}

} // namespace mm::testing
