#pragma once

#include "core/Result.h"

#include <QString>
#include <optional>

namespace mm {

class Database;

// RAII transaction on one Database connection. Guards nest: only the outermost one talks to
// SQLite (BEGIN IMMEDIATE ... COMMIT); inner ones only count. A rollback anywhere, explicit or by
// a guard destroyed without commit() (an early return, an exception unwinding), dooms the whole
// transaction: the outermost commit() then rolls back and fails, so nothing half-done is kept.
//
// BEGIN IMMEDIATE takes the write lock up front, so a writer that has to wait for another
// program waits here (up to the busy timeout) instead of failing later at COMMIT.
//
// A guard must not outlive its Database and must end (commit, rollback or destruction) before
// any guard created earlier on the same connection.
class Transaction {
public:
    explicit Transaction(Database& db, QString operation = {});
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // Inner guards: marks this level done; fails if the transaction is already doomed.
    // Outermost: commits, or rolls back and fails if any inner level rolled back or COMMIT fails.
    Status commit();
    // Ends this level without keeping anything; dooms the enclosing transaction.
    void rollback();

    // False when BEGIN failed (status() says why) or this guard has already ended.
    bool isActive() const { return m_active; }
    bool isOutermost() const { return m_outermost; }
    // Ok while the transaction can still commit; otherwise the reason it cannot.
    Status status() const;

private:
    bool belongsToCurrentTransaction() const;

    Database& m_db;
    QString m_operation;
    std::optional<Error> m_beginError;
    quint64 m_serial = 0;
    bool m_active = false;
    bool m_outermost = false;
};

} // namespace mm
