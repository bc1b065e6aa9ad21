#pragma once

#include "core/Result.h"

#include <QString>

namespace mm {

class Database;

// Where the SQL we write differs between SQLite (a file) and PostgreSQL (a team server). Every
// repository writes one statement for both; the few spots that differ ask the dialect of their
// Database. What only SQLite has (pragmas, SqliteStatement, the change journal's update hook,
// StatementInterrupt, DeferredIndexes) stays on the SQLite path and is not in here.
//
// The PostgreSQL schema (PgMigrations.h) is built so that most SQL needs no dialect at all: text
// columns compare byte by byte (COLLATE "C", like SQLite's BINARY), money and counts are bigint,
// dates stay ISO text, and ids are assigned by a trigger when a row is inserted with a NULL id,
// as SQLite does for INTEGER PRIMARY KEY.
class SqlDialect {
public:
    enum class Engine { Sqlite, Postgres };

    static const SqlDialect& sqlite();
    static const SqlDialect& postgres();

    Engine engine() const { return m_engine; }
    bool isPostgres() const { return m_engine == Engine::Postgres; }
    // "SQLite" or "PostgreSQL", for messages.
    QString engineName() const;

    // Starts a transaction that writes. SQLite takes the file's write lock up front (so waiting
    // for another program happens here, not at COMMIT); PostgreSQL locks rows as it writes them.
    QString beginWriteTransaction() const;
    // Starts a transaction that only reads, from one snapshot of the database: every table as
    // of the same commit while other programs write. Takes no write lock on either engine.
    QString beginReadTransaction() const;
    // `column = ?` comparing as SQLite's NOCASE collation does (ASCII letters folded, nothing
    // else): the rule behind the UNIQUE names of models, buyers, labs and scenarios.
    QString nocaseEquals(const QString& column) const;
    // `column` for ORDER BY in that same order.
    QString nocaseOrder(const QString& column) const;
    // True where the JSON object in `column` has `key` set to true (or 1), false where the key
    // is missing or anything else. `key` is one of ours, never user input.
    QString jsonFlag(const QString& column, const QString& key) const;
    // The text of `key` in the JSON object in `column`; NULL where it is missing.
    QString jsonText(const QString& column, const QString& key) const;
    // The number of `key` (an amount in currency units) as whole cents, rounded half away from
    // zero; NULL where it is missing.
    QString jsonCents(const QString& column, const QString& key) const;
    // `column` contains the next bound value as plain text (backslash, % and _ escaped with a
    // backslash), ignoring the case of ASCII letters as SQLite's LIKE does (on PostgreSQL, ILIKE
    // on a COLLATE "C" column: every name column of the schema is one).
    QString containsNocase(const QString& column) const;
    // The larger and the smaller of two values in one row: SQLite's scalar MAX(a, b) and
    // MIN(a, b) are aggregates on PostgreSQL, which calls these GREATEST and LEAST.
    QString greatest(const QString& a, const QString& b) const;
    QString least(const QString& a, const QString& b) const;
    // Appended to an INSERT whose new id is then read with Database::insertedId(): PostgreSQL
    // returns it as a row, SQLite through lastInsertId.
    QString returningId() const;

private:
    explicit SqlDialect(Engine engine)
        : m_engine(engine) {}
    Engine m_engine;
};

// The schema version the database holds: PRAGMA user_version on SQLite, the one row of
// modelmarket_schema on PostgreSQL (0 while that table does not exist: an empty database).
Result<int> readSchemaVersion(Database& db, const QString& operation);
// Records `version` after a migration step, inside the step's transaction.
Status writeSchemaVersion(Database& db, int version, const QString& operation);
// Inside a migration step's transaction: makes other programs wait until it ends before they
// look at the version. SQLite's BEGIN IMMEDIATE already did; PostgreSQL takes an advisory lock.
Status lockSchemaForUpgrade(Database& db, const QString& operation);
// Right after a write transaction began: makes every other ModelMarket transaction that writes
// to the database wait until this one ends, on any machine. SQLite's BEGIN IMMEDIATE already
// did; PostgreSQL takes an advisory lock. What a service reads before it writes (a budget, a
// revision) then cannot change under it, on a server as on a file, and two writers cannot
// deadlock on each other's rows.
Status lockForWriting(Database& db, const QString& operation);

// The table that holds the schema version on PostgreSQL.
inline constexpr QLatin1StringView kPgSchemaVersionTable{"modelmarket_schema"};

} // namespace mm
