#pragma once

#include "core/Result.h"

#include <QString>

class QSqlError;
class QSqlQuery;

namespace mm {

// A storage failure described well enough to act on without a debugger: what we were doing,
// the statement that failed and what SQLite said. Storage never shows it; the UI decides how.
struct DbError {
    enum class Kind {
        Other,
        CannotOpen,
        NotSqlite,
        Corrupt,
        TooNew,
        NeedsUpgrade,
        Locked,
        ReadOnly,
        CheckConstraint,
        ForeignKey,
        Unique,
        NotNull,
        Constraint,
        Transaction,
        NotOurs,        // a server database that holds tables ModelMarket did not make
        ConnectionLost, // the connection to the server went (or was gone before the statement)
    };

    Kind kind = Kind::Other;
    QString operation;       // in words, e.g. "saving model 'Atlas'"
    QString sql;             // the statement text, placeholders and all (never the bound values)
    QString driverText;      // SQLite's own message, verbatim
    QString nativeCode;      // SQLite result code as the driver reports it
    QString detail;          // our explanation when the driver has none (header check, versions)
    bool fromServer = false; // PostgreSQL said it (nativeCode is then a SQLSTATE)

    // What went wrong, in words a designer understands, followed by SQLite's text if it adds
    // anything.
    QString summary() const;
    // Stable key for tests and scripts: one of the kRule* constants below.
    QString rule() const;
    // One line: "<operation>: <summary> [SQL: <statement>]".
    QString toString() const;

    Error toError() const;
    operator Error() const { return toError(); }

    static DbError make(Kind kind, QString operation, QString detail, QString sql = {});
};

// The rule keys of storage errors, one per DbError::Kind; scripts and tests match on them.
// Every one starts with kRuleDbPrefix.
inline constexpr QLatin1StringView kRuleDbPrefix{"db."};
inline constexpr QLatin1StringView kRuleDbCannotOpen{"db.cannot_open"};
inline constexpr QLatin1StringView kRuleDbNotSqlite{"db.not_sqlite"};
inline constexpr QLatin1StringView kRuleDbCorrupt{"db.corrupt"};
inline constexpr QLatin1StringView kRuleDbTooNew{"db.too_new"};
inline constexpr QLatin1StringView kRuleDbNeedsUpgrade{"db.needs_upgrade"};
inline constexpr QLatin1StringView kRuleDbLocked{"db.locked"};
inline constexpr QLatin1StringView kRuleDbReadOnly{"db.read_only"};
inline constexpr QLatin1StringView kRuleDbCheckConstraint{"db.constraint.check"};
inline constexpr QLatin1StringView kRuleDbForeignKey{"db.constraint.foreign_key"};
inline constexpr QLatin1StringView kRuleDbUnique{"db.constraint.unique"};
inline constexpr QLatin1StringView kRuleDbNotNull{"db.constraint.not_null"};
inline constexpr QLatin1StringView kRuleDbConstraint{"db.constraint"};
inline constexpr QLatin1StringView kRuleDbTransaction{"db.transaction"};
inline constexpr QLatin1StringView kRuleDbNotOurs{"db.not_ours"};
inline constexpr QLatin1StringView kRuleDbConnectionLost{"db.connection_lost"};
inline constexpr QLatin1StringView kRuleDbError{"db.error"};

// fromQuery() sees from the query's driver whether SQLite or PostgreSQL answered; for a
// connection's own error pass `fromServer`.
DbError fromQuery(const QSqlQuery& query, QString operation);
DbError fromSqlError(const QSqlError& error, QString operation, QString sql = {},
                     bool fromServer = false);

// Maps a SQLite result code (primary or extended) and message onto a kind.
DbError::Kind classifySqlite(int code, const QString& message);
// Maps a PostgreSQL SQLSTATE ("23514") onto a kind.
DbError::Kind classifyPostgres(const QString& sqlState);

} // namespace mm
