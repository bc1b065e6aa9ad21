#include "data/Transaction.h"

#include "data/Database.h"
#include "data/DbError.h"

namespace mm {

namespace {

QString describe(const QString& operation) {
    return operation.isEmpty() ? QStringLiteral("database transaction") : operation;
}

} // namespace

Transaction::Transaction(Database& db, QString operation)
    : m_db(db)
    , m_operation(describe(operation)) {
    if (m_db.m_txDepth == 0) {
        if (m_db.isReadOnly()) {
            m_beginError = DbError::make(DbError::Kind::ReadOnly, m_operation, {}).toError();
            return;
        }
        Status begun = m_db.exec(m_db.dialect().beginWriteTransaction(), m_operation);
        if (begun)
            begun = lockForWriting(m_db, m_operation);
        if (begun && m_db.isServer())
            begun =
                m_db.exec(QStringLiteral("SAVEPOINT %1").arg(Database::kServerTransactionSavepoint),
                          m_operation);
        if (!begun) {
            if (m_db.isServer())
                (void)m_db.exec(QStringLiteral("ROLLBACK"), m_operation);
            m_beginError = begun.error();
            return;
        }
        m_outermost = true;
        m_db.m_txPoisoned = false;
        m_db.m_txPoisonedBy.clear();
        ++m_db.m_txSerial;
    }
    m_serial = m_db.m_txSerial;
    ++m_db.m_txDepth;
    m_active = true;
}

Transaction::~Transaction() {
    rollback();
}

bool Transaction::belongsToCurrentTransaction() const {
    // An outer guard that already ended took the whole transaction with it; this guard's level
    // no longer exists and must not touch the counters of a later transaction.
    return m_db.m_txDepth > 0 && m_serial == m_db.m_txSerial;
}

Status Transaction::status() const {
    if (m_beginError)
        return *m_beginError;
    if (!m_active)
        return DbError::make(DbError::Kind::Transaction, m_operation,
                             QStringLiteral("the transaction has already ended"))
            .toError();
    if (m_db.m_txPoisoned)
        return DbError::make(
                   DbError::Kind::Transaction, m_operation,
                   QStringLiteral("an inner step (%1) was rolled back, so nothing of this "
                                  "transaction will be saved")
                       .arg(m_db.m_txPoisonedBy))
            .toError();
    return Ok{};
}

Status Transaction::commit() {
    Status current = status();
    if (!m_active)
        return current;
    m_active = false;
    if (!belongsToCurrentTransaction())
        return DbError::make(DbError::Kind::Transaction, m_operation,
                             QStringLiteral("the enclosing transaction has already ended"))
            .toError();

    if (!m_outermost) {
        --m_db.m_txDepth;
        return current;
    }

    const bool innerStillOpen = m_db.m_txDepth != 1;
    m_db.m_txDepth = 0;
    m_db.m_txPoisoned = false;
    if (innerStillOpen) {
        m_db.m_txWrote = false;
        m_db.discardJournal();
        (void)m_db.exec(QStringLiteral("ROLLBACK"), m_operation);
        return DbError::make(DbError::Kind::Transaction, m_operation,
                             QStringLiteral("committed while an inner transaction was still "
                                            "open; everything was rolled back"))
            .toError();
    }
    if (!current) {
        m_db.m_txWrote = false;
        m_db.discardJournal();
        (void)m_db.exec(QStringLiteral("ROLLBACK"), m_operation);
        return current;
    }
    // Other windows on a server hear of it only if COMMIT succeeds (pg_notify is
    // transactional).
    if (Status announced = m_db.announceCommit(m_operation); !announced) {
        m_db.discardJournal();
        (void)m_db.exec(QStringLiteral("ROLLBACK"), m_operation);
        return announced;
    }
    // Announces the transaction's rows to the change journal once they are in the file.
    Status committed = m_db.exec(QStringLiteral("COMMIT"), m_operation);
    if (!committed) {
        // A failed COMMIT (busy readers, disk full) leaves the transaction open; end it so the
        // connection is usable and the caller's "nothing was written" holds.
        (void)m_db.exec(QStringLiteral("ROLLBACK"), m_operation);
        return committed;
    }
    return Ok{};
}

void Transaction::rollback() {
    if (!m_active)
        return;
    m_active = false;
    if (!belongsToCurrentTransaction())
        return;
    if (!m_outermost) {
        --m_db.m_txDepth;
        if (!m_db.m_txPoisoned) {
            m_db.m_txPoisoned = true;
            m_db.m_txPoisonedBy = m_operation;
        }
        return;
    }
    m_db.m_txDepth = 0;
    m_db.m_txPoisoned = false;
    m_db.m_txWrote = false;
    m_db.discardJournal();
    // May fail harmlessly when SQLite already rolled back by itself (some I/O and full-disk
    // errors do that); either way nothing of this transaction remains.
    (void)m_db.exec(QStringLiteral("ROLLBACK"), m_operation);
}

} // namespace mm
