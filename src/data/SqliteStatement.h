#pragma once

#include "core/Result.h"

#include <QByteArrayView>
#include <QString>
#include <functional>

struct sqlite3;
struct sqlite3_stmt;

namespace mm {

class Database;

// A prepared statement on the connection's own SQLite handle, for the paths that move a whole
// table (export, generate): values are bound and read as numbers and UTF-8 bytes, without the
// QVariant and UTF-16 round trips of QSqlQuery that cost more than SQLite's own work there.
// Everything else goes through Database::query(). Used on the connection's thread, inside the
// Database's lifetime, like the connection itself.
class SqliteStatement {
public:
    static Result<SqliteStatement> prepare(Database& db, const QString& sql, QString operation);

    SqliteStatement(SqliteStatement&& other) noexcept;
    SqliteStatement& operator=(SqliteStatement&& other) noexcept;
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;
    ~SqliteStatement();

    // Parameters count from 1, as in SQL. Text is copied, so the bytes need not outlive the call.
    void bindNull(int parameter);
    void bindInt64(int parameter, qint64 value);
    void bindDouble(int parameter, double value);
    void bindText(int parameter, QByteArrayView utf8);
    void bindText(int parameter, const QString& text) {
        bindText(parameter, QByteArrayView(text.toUtf8()));
    }

    // Steps to the next row: true when one is ready, false when there are no more.
    Result<bool> next();
    // Runs a statement that returns no rows and makes it ready for the next bindings. On failure
    // the error names `describeOperation()` when given (built only then), else the operation the
    // statement was prepared for.
    Status run(const std::function<QString()>& describeOperation = {});
    qint64 lastInsertId() const;

    // Columns count from 0. Text stays valid until the next step.
    bool isNull(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QByteArrayView text(int column) const;

private:
    SqliteStatement(sqlite3* db, sqlite3_stmt* statement, QString sql, QString operation);
    Error failure(int code, const QString& operation) const;
    Error failure(int code) const { return failure(code, m_operation); }

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    QString m_sql;
    QString m_operation;
};

} // namespace mm
