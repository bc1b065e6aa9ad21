#pragma once

#include "core/Result.h"

#include <QElapsedTimer>
#include <QObject>
#include <QQueue>
#include <QString>
#include <QTimer>
#include <functional>
#include <optional>

namespace mm {

class Database;

// The window's writes wait here for another program's write lock, without blocking the GUI
// thread. Before, a write on the window's connection waited inside the database (the busy timeout,
// 5 s by default) with the window frozen meanwhile.
//
// run() first tries to take the file's write lock at once (BEGIN IMMEDIATE with no busy wait).
// When it gets it, the write runs inside that transaction right away and run() returns its
// status, as a direct call would. When another program holds the lock, the write waits in a
// queue and run() returns Ok: a timer tries again every kRetryMs while the window goes on,
// waitingChanged() says what is waiting, and the write runs once the lock is free. A write that
// cannot wait longer than the connection's busy timeout, or that the user stops (cancel()), is
// dropped, and failed() says so: nothing of it was written. Writes run in the order given, so an
// undo never overtakes the edit it undoes.
//
// On a server the same holds for the one write lock every ModelMarket writer takes there (an
// advisory lock, see lockForWriting in data/SqlDialect.h), tried with the shortest lock_timeout.
class WriteGate : public QObject {
    Q_OBJECT
public:
    static constexpr int kRetryMs = 50;

    using Write = std::function<Status()>;
    using Committed = std::function<void()>;

    explicit WriteGate(Database& db, QObject* parent = nullptr);
    ~WriteGate() override;

    // Runs `write` (one transaction, committed here) and then `committed`, now or once the write
    // lock is free; `what` names it in messages ("Edit cells"). Returns the write's status when
    // it ran now, Ok when it waits.
    Status run(const QString& what, Write write, Committed committed = {});

    bool isWaiting() const { return !m_waiting.isEmpty(); }
    // Drops every waiting write; stopped() says which.
    void cancel();

signals:
    // What waits for the lock, for the status bar; empty once nothing waits.
    void waitingChanged(const QString& message);
    // A write that waited could not be made (it timed out, or failed when it ran).
    void failed(const QString& message);
    // The user gave up what waited (cancel()): a note for the status bar, not an error.
    void stopped(const QString& message);

private:
    struct Pending {
        QString what;
        Write write;
        Committed committed;
        QElapsedTimer waited;
    };

    // The write's status, or nothing when another program holds the write lock.
    std::optional<Status> tryRun(const Pending& pending);
    void retryWaiting();
    void announceWaiting();
    QString lockedMessage(const Pending& pending) const;

    Database& m_db;
    QQueue<Pending> m_waiting;
    QTimer m_retry;
    QString m_announced; // the last waitingChanged() message
};

} // namespace mm
