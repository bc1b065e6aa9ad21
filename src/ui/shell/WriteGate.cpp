#include "ui/shell/WriteGate.h"

#include "data/Database.h"
#include "data/DbError.h"
#include "data/Transaction.h"

#include <QFileInfo>
#include <QStringList>
#include <utility>

namespace mm {

WriteGate::WriteGate(Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db) {
    m_retry.setInterval(kRetryMs);
    connect(&m_retry, &QTimer::timeout, this, &WriteGate::retryWaiting);
}

// Waiting writes die with the window; nothing of them was written.
WriteGate::~WriteGate() = default;

Status WriteGate::run(const QString& what, Write write, Committed committed) {
    Pending pending{what, std::move(write), std::move(committed), {}};
    if (m_waiting.isEmpty()) {
        if (std::optional<Status> done = tryRun(pending)) {
            if (*done && pending.committed)
                pending.committed();
            return *done;
        }
    }
    pending.waited.start();
    m_waiting.enqueue(std::move(pending));
    m_retry.start();
    announceWaiting();
    return Ok{};
}

void WriteGate::cancel() {
    const QQueue<Pending> dropped = std::exchange(m_waiting, {});
    m_retry.stop();
    announceWaiting();
    QStringList whats;
    for (const Pending& pending : dropped)
        whats.append(pending.what);
    if (!whats.isEmpty())
        emit stopped(tr("Stopped waiting: %1 not made, nothing was changed.")
                         .arg(whats.join(QStringLiteral(", "))));
}

std::optional<Status> WriteGate::tryRun(const Pending& pending) {
    // Inside a transaction of ours the write lock is already held.
    if (m_db.transactionDepth() > 0)
        return pending.write();

    // The shortest wait each side allows: SQLite's busy timeout 0 means "do not wait", but
    // PostgreSQL's lock_timeout 0 means "wait for ever".
    const int patience = m_db.busyTimeout();
    if (Status noWait = m_db.setBusyTimeout(m_db.isServer() ? 1 : 0); !noWait)
        return noWait;
    Transaction hold(m_db, pending.what);
    (void)m_db.setBusyTimeout(patience); // the lock is ours now, or we try again later
    if (!hold.isActive()) {
        const Status begun = hold.status();
        if (!begun && begun.error().rule == kRuleDbLocked)
            return std::nullopt;
        return begun;
    }
    const Status written = pending.write();
    if (!written) {
        hold.rollback();
        return written;
    }
    // An undo or redo that could not be applied has reported why itself (WorkspaceCommand) and
    // doomed the transaction: roll back quietly.
    if (!hold.status()) {
        hold.rollback();
        return Ok{};
    }
    return hold.commit();
}

void WriteGate::retryWaiting() {
    while (!m_waiting.isEmpty()) {
        Pending pending = m_waiting.dequeue();
        std::optional<Status> done = tryRun(pending);
        if (!done) {
            if (pending.waited.elapsed() < m_db.busyTimeout()) {
                m_waiting.prepend(std::move(pending));
                break;
            }
            emit failed(lockedMessage(pending));
            continue;
        }
        if (*done) {
            if (pending.committed)
                pending.committed();
        } else {
            emit failed(tr("Cannot %1: %2").arg(pending.what, done->error().toString()));
        }
    }
    if (m_waiting.isEmpty())
        m_retry.stop();
    announceWaiting();
}

void WriteGate::announceWaiting() {
    QStringList whats;
    for (const Pending& pending : std::as_const(m_waiting))
        whats.append(pending.what);
    const QString message = whats.isEmpty() ? QString()
                                            : tr("Waiting (%1): another program is writing to %2")
                                                  .arg(whats.join(QStringLiteral(", ")),
                                                       QFileInfo(m_db.path()).fileName());
    if (message == m_announced)
        return;
    m_announced = message;
    emit waitingChanged(message);
}

QString WriteGate::lockedMessage(const Pending& pending) const {
    return tr("Cannot %1: another program kept %2 locked for %3 s. Nothing was changed; try again "
              "when it has finished writing.")
        .arg(pending.what, m_db.path())
        .arg(QString::number(m_db.busyTimeout() / 1000.0, 'f', 1));
}

} // namespace mm
