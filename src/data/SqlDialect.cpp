#include "data/SqlDialect.h"

#include "data/Database.h"
#include "data/DbError.h"

#include <QSqlQuery>

namespace mm {

namespace {

// Any constant of ours: pg_advisory_xact_lock() keys are bigints shared by every program on the
// database, and this one says "ModelMarket schema upgrade".
constexpr qint64 kUpgradeLockKey = 0x4d4d5343484d41; // "MMSCHMA"
// "MMWRITE": held by every ModelMarket transaction that writes, until it ends.
constexpr qint64 kWriteLockKey = 0x4d4d5752495445;

} // namespace

const SqlDialect& SqlDialect::sqlite() {
    static const SqlDialect dialect(Engine::Sqlite);
    return dialect;
}

const SqlDialect& SqlDialect::postgres() {
    static const SqlDialect dialect(Engine::Postgres);
    return dialect;
}

QString SqlDialect::engineName() const {
    return isPostgres() ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite");
}

QString SqlDialect::beginWriteTransaction() const {
    return isPostgres() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
}

QString SqlDialect::beginReadTransaction() const {
    // PostgreSQL's default (READ COMMITTED) takes a new snapshot per statement; REPEATABLE READ
    // keeps the first one, as SQLite's read transaction does.
    return isPostgres() ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ")
                        : QStringLiteral("BEGIN DEFERRED");
}

QString SqlDialect::nocaseEquals(const QString& column) const {
    // mm_nocase() is defined by the PostgreSQL schema (PgSchemaV1.cpp); the unique indexes on
    // names are built on it, so this comparison is an index probe there too.
    return isPostgres() ? QStringLiteral("mm_nocase(%1) = mm_nocase(?)").arg(column)
                        : QStringLiteral("%1 = ? COLLATE NOCASE").arg(column);
}

QString SqlDialect::nocaseOrder(const QString& column) const {
    return isPostgres() ? QStringLiteral("mm_nocase(%1)").arg(column)
                        : QStringLiteral("%1 COLLATE NOCASE").arg(column);
}

QString SqlDialect::jsonFlag(const QString& column, const QString& key) const {
    // SQLite's json_extract gives JSON true as 1; ->> gives its text.
    return isPostgres()
               ? QStringLiteral("coalesce((%1::json ->> '%2') IN ('true', '1'), false)")
                     .arg(column, key)
               : QStringLiteral("coalesce(json_extract(%1, '$.%2'), 0) = 1").arg(column, key);
}

QString SqlDialect::jsonText(const QString& column, const QString& key) const {
    return isPostgres() ? QStringLiteral("(%1::json ->> '%2')").arg(column, key)
                        : QStringLiteral("json_extract(%1, '$.%2')").arg(column, key);
}

QString SqlDialect::jsonCents(const QString& column, const QString& key) const {
    // numeric on PostgreSQL: its round() of a double would round halves to even, and its REAL
    // and INTEGER are 4 bytes.
    return isPostgres()
               ? QStringLiteral("round((%1::json ->> '%2')::numeric * 100)").arg(column, key)
               : QStringLiteral("CAST(round(CAST(json_extract(%1, '$.%2') AS REAL) * 100) AS "
                                "INTEGER)")
                     .arg(column, key);
}

QString SqlDialect::containsNocase(const QString& column) const {
    // Concatenated, not arg(): the SQL holds literal % signs. The server's name columns are
    // COLLATE "C", under which ILIKE folds the ASCII letters alone, as SQLite's LIKE does; and the
    // models' name index holds the name, so a name filter under the name sort reads that index
    // alone (PgSchemaV7.cpp).
    return column + (isPostgres() ? QStringLiteral(" ILIKE") : QStringLiteral(" LIKE")) +
           QStringLiteral(" '%' || ? || '%' ESCAPE '\\'");
}

QString SqlDialect::greatest(const QString& a, const QString& b) const {
    return QStringLiteral("%1(%2, %3)")
        .arg(isPostgres() ? QStringLiteral("GREATEST") : QStringLiteral("MAX"), a, b);
}

QString SqlDialect::least(const QString& a, const QString& b) const {
    return QStringLiteral("%1(%2, %3)")
        .arg(isPostgres() ? QStringLiteral("LEAST") : QStringLiteral("MIN"), a, b);
}

QString SqlDialect::returningId() const {
    return isPostgres() ? QStringLiteral(" RETURNING id") : QString();
}

Result<int> readSchemaVersion(Database& db, const QString& operation) {
    if (!db.dialect().isPostgres()) {
        auto query = db.query(QStringLiteral("PRAGMA user_version"), {}, operation);
        if (!query)
            return query.error();
        if (!query->next())
            return fromQuery(*query, operation).toError();
        return query->value(0).toInt();
    }
    {
        // Looked up first: selecting from a missing table would fail (and, inside a
        // transaction, abort it).
        auto exists = db.query(QStringLiteral("SELECT to_regclass(?) IS NOT NULL"),
                               {QString(kPgSchemaVersionTable)}, operation);
        if (!exists)
            return exists.error();
        if (!exists->next())
            return fromQuery(*exists, operation).toError();
        if (!exists->value(0).toBool())
            return 0;
    }
    auto query = db.query(QStringLiteral("SELECT version FROM %1").arg(kPgSchemaVersionTable), {},
                          operation);
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toInt() : 0;
}

Status writeSchemaVersion(Database& db, int version, const QString& operation) {
    if (!db.dialect().isPostgres())
        // PRAGMA takes no bound values; the number comes from our own step table.
        return db.exec(QStringLiteral("PRAGMA user_version = %1").arg(version), operation);
    auto written = db.query(QStringLiteral("INSERT INTO %1 (singleton, version) VALUES (true, ?) "
                                           "ON CONFLICT (singleton) DO UPDATE SET version = "
                                           "excluded.version")
                                .arg(kPgSchemaVersionTable),
                            {version}, operation);
    if (!written)
        return written.error();
    return Ok{};
}

Status lockSchemaForUpgrade(Database& db, const QString& operation) {
    if (!db.dialect().isPostgres())
        return Ok{};
    auto locked =
        db.query(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {kUpgradeLockKey}, operation);
    if (!locked)
        return locked.error();
    return Ok{};
}

Status lockForWriting(Database& db, const QString& operation) {
    if (!db.dialect().isPostgres())
        return Ok{};
    // Waits up to lock_timeout (the busy timeout), then fails with db.locked, as SQLite's
    // BEGIN IMMEDIATE does with busy_timeout.
    auto locked =
        db.query(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {kWriteLockKey}, operation);
    if (!locked)
        return locked.error();
    return Ok{};
}

} // namespace mm
