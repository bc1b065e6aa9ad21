#include "data/SqliteStatement.h"

#include "data/Database.h"
#include "data/DbError.h"

#include <sqlite3.h>
#include <utility>

namespace mm {

Result<SqliteStatement> SqliteStatement::prepare(Database& db, const QString& sql,
                                                 QString operation) {
    sqlite3* handle = db.nativeHandle();
    if (!handle)
        return DbError::make(DbError::Kind::Other, std::move(operation),
                             QStringLiteral("the connection has no SQLite handle"), sql)
            .toError();
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt* statement = nullptr;
    const int code = sqlite3_prepare_v2(handle, utf8.constData(), static_cast<int>(utf8.size()),
                                        &statement, nullptr);
    SqliteStatement prepared(handle, statement, sql, std::move(operation));
    if (code != SQLITE_OK)
        return prepared.failure(code);
    return Result<SqliteStatement>(std::move(prepared));
}

SqliteStatement::SqliteStatement(sqlite3* db, sqlite3_stmt* statement, QString sql,
                                 QString operation)
    : m_db(db)
    , m_statement(statement)
    , m_sql(std::move(sql))
    , m_operation(std::move(operation)) {
}

SqliteStatement::SqliteStatement(SqliteStatement&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_statement(std::exchange(other.m_statement, nullptr))
    , m_sql(std::move(other.m_sql))
    , m_operation(std::move(other.m_operation)) {
}

SqliteStatement& SqliteStatement::operator=(SqliteStatement&& other) noexcept {
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_db = std::exchange(other.m_db, nullptr);
        m_statement = std::exchange(other.m_statement, nullptr);
        m_sql = std::move(other.m_sql);
        m_operation = std::move(other.m_operation);
    }
    return *this;
}

SqliteStatement::~SqliteStatement() {
    sqlite3_finalize(m_statement); // a no-op on nullptr
}

void SqliteStatement::bindNull(int parameter) {
    sqlite3_bind_null(m_statement, parameter);
}

void SqliteStatement::bindInt64(int parameter, qint64 value) {
    sqlite3_bind_int64(m_statement, parameter, value);
}

void SqliteStatement::bindDouble(int parameter, double value) {
    sqlite3_bind_double(m_statement, parameter, value);
}

void SqliteStatement::bindText(int parameter, QByteArrayView utf8) {
    // An empty view may have no data pointer; SQLite reads that as NULL, not as ''.
    sqlite3_bind_text64(m_statement, parameter, utf8.isNull() ? "" : utf8.data(),
                        static_cast<sqlite3_uint64>(utf8.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
}

Result<bool> SqliteStatement::next() {
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW)
        return true;
    if (code == SQLITE_DONE)
        return false;
    return failure(code);
}

Status SqliteStatement::run(const std::function<QString()>& describeOperation) {
    const int code = sqlite3_step(m_statement);
    // reset() repeats the step's error; the step's own code and message are the ones to keep.
    Status done = Ok{};
    if (code != SQLITE_DONE && code != SQLITE_ROW)
        done = failure(code, describeOperation ? describeOperation() : m_operation);
    sqlite3_reset(m_statement);
    return done;
}

qint64 SqliteStatement::lastInsertId() const {
    return sqlite3_last_insert_rowid(m_db);
}

bool SqliteStatement::isNull(int column) const {
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteStatement::int64(int column) const {
    return sqlite3_column_int64(m_statement, column);
}

double SqliteStatement::real(int column) const {
    return sqlite3_column_double(m_statement, column);
}

QByteArrayView SqliteStatement::text(int column) const {
    const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return {bytes, sqlite3_column_bytes(m_statement, column)};
}

Error SqliteStatement::failure(int code, const QString& operation) const {
    DbError error;
    error.operation = operation;
    error.sql = m_sql;
    const int extended = m_db ? sqlite3_extended_errcode(m_db) : code;
    error.driverText =
        m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(code));
    error.nativeCode = QString::number(extended);
    error.kind = classifySqlite(extended, error.driverText);
    return error.toError();
}

} // namespace mm
