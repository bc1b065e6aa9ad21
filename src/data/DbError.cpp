#include "data/DbError.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace mm {

namespace {

// This file's translation context: lupdate files every Tr::tr() string under it.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mm::DbError)
};

// SQLite result codes (sqlite3.h). Spelled out here because the data layer talks to SQLite
// through QtSql; only SqliteStatement.cpp and StatementInterrupt.cpp include the SQLite header.
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteCantOpen = 14;
constexpr int kSqliteConstraint = 19;
constexpr int kSqliteNotADb = 26;
constexpr int kSqliteConstraintCheck = 275;
constexpr int kSqliteConstraintForeignKey = 787;
constexpr int kSqliteConstraintNotNull = 1299;
constexpr int kSqliteConstraintPrimaryKey = 1555;
constexpr int kSqliteConstraintUnique = 2067;

QString oneLine(const QString& text) {
    return text.simplified();
}

// PostgreSQL's message as QPSQL gives it ("ERROR:  ... DETAIL: ... (23514)"), without the
// severity, the code (kept in nativeCode) and the copy of a failing row's values: like SQLite's,
// our messages name the rule, not the data.
QString serverText(QString text, const QString& sqlState) {
    text = text.trimmed();
    if (text.startsWith(QLatin1String("ERROR:")))
        text = text.mid(6).trimmed();
    if (!sqlState.isEmpty() && text.endsWith(QStringLiteral("(%1)").arg(sqlState)))
        text.chop(sqlState.size() + 2);
    static const QRegularExpression failingRow(QStringLiteral(R"(DETAIL:\s+Failing row contains)"));
    if (const qsizetype row = text.indexOf(failingRow); row >= 0)
        text.truncate(row);
    return text.trimmed();
}

QString friendly(DbError::Kind kind) {
    switch (kind) {
    case DbError::Kind::CannotOpen:
        return Tr::tr("cannot open the database file");
    case DbError::Kind::NotSqlite:
        return Tr::tr("not a SQLite database");
    case DbError::Kind::Corrupt:
        return Tr::tr("database file is corrupt");
    case DbError::Kind::TooNew:
        return Tr::tr("database file was written by a newer version of ModelMarket");
    case DbError::Kind::NeedsUpgrade:
        return Tr::tr("database file needs an upgrade that cannot be done read-only");
    case DbError::Kind::Locked:
        return Tr::tr("database is locked by another program");
    case DbError::Kind::ReadOnly:
        return Tr::tr("database is read-only");
    case DbError::Kind::Transaction:
        return Tr::tr("transaction failed");
    case DbError::Kind::NotOurs:
        return Tr::tr("the database holds tables that ModelMarket did not make");
    case DbError::Kind::ConnectionLost:
        return Tr::tr("lost the connection to the server");
    case DbError::Kind::CheckConstraint:
    case DbError::Kind::ForeignKey:
    case DbError::Kind::Unique:
    case DbError::Kind::NotNull:
    case DbError::Kind::Constraint:
    case DbError::Kind::Other:
        // SQLite's own text ("CHECK constraint failed: price_cents >= 0") says it best.
        return {};
    }
    return {};
}

} // namespace

DbError::Kind classifySqlite(int code, const QString& message) {
    switch (code) {
    case kSqliteConstraintCheck:
        return DbError::Kind::CheckConstraint;
    case kSqliteConstraintForeignKey:
        return DbError::Kind::ForeignKey;
    case kSqliteConstraintNotNull:
        return DbError::Kind::NotNull;
    case kSqliteConstraintPrimaryKey:
    case kSqliteConstraintUnique:
        return DbError::Kind::Unique;
    default:
        break;
    }
    // Extended codes carry the primary code in their low byte.
    switch (code & 0xff) {
    case kSqliteBusy:
    case kSqliteLocked:
        return DbError::Kind::Locked;
    case kSqliteReadOnly:
        return DbError::Kind::ReadOnly;
    case kSqliteCorrupt:
    case kSqliteNotADb: // the header was checked before; a bad page size etc. is corruption
        return DbError::Kind::Corrupt;
    case kSqliteCantOpen:
        return DbError::Kind::CannotOpen;
    case kSqliteConstraint:
        // Drivers that report only primary codes still give the constraint in the text.
        if (message.startsWith(QLatin1String("CHECK constraint")))
            return DbError::Kind::CheckConstraint;
        if (message.startsWith(QLatin1String("FOREIGN KEY constraint")))
            return DbError::Kind::ForeignKey;
        if (message.startsWith(QLatin1String("UNIQUE constraint")))
            return DbError::Kind::Unique;
        if (message.startsWith(QLatin1String("NOT NULL constraint")))
            return DbError::Kind::NotNull;
        return DbError::Kind::Constraint;
    default:
        return DbError::Kind::Other;
    }
}

DbError::Kind classifyPostgres(const QString& sqlState) {
    // SQLSTATE classes and codes from PostgreSQL's errcodes appendix.
    if (sqlState == QLatin1String("23514"))
        return DbError::Kind::CheckConstraint;
    if (sqlState == QLatin1String("23503"))
        return DbError::Kind::ForeignKey;
    if (sqlState == QLatin1String("23505"))
        return DbError::Kind::Unique;
    if (sqlState == QLatin1String("23502"))
        return DbError::Kind::NotNull;
    if (sqlState.startsWith(QLatin1String("23")))
        return DbError::Kind::Constraint;
    // Data exceptions: text or a fraction bound into a bigint column, a number out of its range.
    // SQLite stores such a value and its CHECK (typeof ...) refuses it, so both engines give the
    // same rule for the same bad value.
    if (sqlState.startsWith(QLatin1String("22")))
        return DbError::Kind::CheckConstraint;
    // read_only_sql_transaction, and a role without the privilege to write (insufficient_privilege)
    if (sqlState == QLatin1String("25006") || sqlState == QLatin1String("42501"))
        return DbError::Kind::ReadOnly;
    // lock_not_available (lock_timeout), deadlock_detected, serialization_failure
    if (sqlState == QLatin1String("55P03") || sqlState == QLatin1String("40P01") ||
        sqlState == QLatin1String("40001"))
        return DbError::Kind::Locked;
    // connection exceptions, invalid authorization, unknown database
    if (sqlState.startsWith(QLatin1String("08")) || sqlState.startsWith(QLatin1String("28")) ||
        sqlState == QLatin1String("3D000"))
        return DbError::Kind::CannotOpen;
    return DbError::Kind::Other;
}

QString DbError::summary() const {
    QString base = detail.isEmpty() ? friendly(kind) : detail;
    const QString driver = oneLine(driverText);
    if (base.isEmpty())
        return driver.isEmpty() ? Tr::tr("unknown database error") : driver;
    if (!driver.isEmpty() && !base.contains(driver, Qt::CaseInsensitive))
        base +=
            QStringLiteral(" (%1: %2)")
                .arg(fromServer ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite"), driver);
    return oneLine(base);
}

QString DbError::rule() const {
    switch (kind) {
    case Kind::CannotOpen:
        return QString(kRuleDbCannotOpen);
    case Kind::NotSqlite:
        return QString(kRuleDbNotSqlite);
    case Kind::Corrupt:
        return QString(kRuleDbCorrupt);
    case Kind::TooNew:
        return QString(kRuleDbTooNew);
    case Kind::NeedsUpgrade:
        return QString(kRuleDbNeedsUpgrade);
    case Kind::Locked:
        return QString(kRuleDbLocked);
    case Kind::ReadOnly:
        return QString(kRuleDbReadOnly);
    case Kind::CheckConstraint:
        return QString(kRuleDbCheckConstraint);
    case Kind::ForeignKey:
        return QString(kRuleDbForeignKey);
    case Kind::Unique:
        return QString(kRuleDbUnique);
    case Kind::NotNull:
        return QString(kRuleDbNotNull);
    case Kind::Constraint:
        return QString(kRuleDbConstraint);
    case Kind::Transaction:
        return QString(kRuleDbTransaction);
    case Kind::NotOurs:
        return QString(kRuleDbNotOurs);
    case Kind::ConnectionLost:
        return QString(kRuleDbConnectionLost);
    case Kind::Other:
        return QString(kRuleDbError);
    }
    return QString(kRuleDbError);
}

QString DbError::toString() const {
    return toError().toString();
}

Error DbError::toError() const {
    QString message = summary();
    const QString statement = oneLine(sql);
    if (!statement.isEmpty()) {
        // Long DDL would drown the message; the start identifies the statement.
        constexpr qsizetype kMaxSql = 200;
        message += QStringLiteral(" [SQL: %1]")
                       .arg(statement.size() > kMaxSql ? statement.left(kMaxSql) + QChar(0x2026)
                                                       : statement);
    }
    return makeError(message, oneLine(operation), rule());
}

DbError DbError::make(Kind kind, QString operation, QString detail, QString sql) {
    DbError error;
    error.kind = kind;
    error.operation = std::move(operation);
    error.detail = std::move(detail);
    error.sql = std::move(sql);
    return error;
}

DbError fromSqlError(const QSqlError& error, QString operation, QString sql, bool fromServer) {
    DbError result;
    result.operation = std::move(operation);
    result.sql = std::move(sql);
    result.nativeCode = error.nativeErrorCode();
    result.driverText = error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
    result.fromServer = fromServer;
    if (fromServer) {
        result.driverText = serverText(result.driverText, result.nativeCode);
        result.kind = classifyPostgres(result.nativeCode);
        return result;
    }
    bool isNumber = false;
    const int code = result.nativeCode.toInt(&isNumber);
    result.kind = isNumber ? classifySqlite(code, result.driverText) : DbError::Kind::Other;
    return result;
}

DbError fromQuery(const QSqlQuery& query, QString operation) {
    const bool fromServer =
        query.driver() != nullptr && query.driver()->dbmsType() == QSqlDriver::PostgreSQL;
    return fromSqlError(query.lastError(), std::move(operation), query.lastQuery(), fromServer);
}

} // namespace mm
