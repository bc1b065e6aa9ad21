#pragma once

#include "core/Result.h"
#include "data/StatementInterrupt.h"
#include "data/WorkerPool.h"

#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>
#include <functional>
#include <memory>
#include <optional>

namespace mm {

class Database;

// The per-thread connections of one BackgroundDatabase; shared with the queued work, which may
// outlive it.
class BackgroundConnections {
public:
    explicit BackgroundConnections(const Database& source);
    ~BackgroundConnections();

    // On a worker: runs `work` on this thread's connection with `stop` attached, or says why not.
    Status withConnection(StatementInterrupt& stop, const std::function<void(Database&)>& work);
    // Stops new work, interrupts the running work and waits for it, closes every connection.
    void close();

private:
    struct State;
    std::unique_ptr<State> m_state;
};

// Runs work on the shared workerPool() against the file of one Database, each worker thread on
// its own connection (QtSql ties a connection to the thread that opened it). A connection is
// opened on a worker the first time it runs work for this file and kept until the
// BackgroundDatabase is destroyed.
//
// Every piece of work may get a StatementInterrupt: interrupt() ends the statement it runs at
// once (sqlite3_interrupt) and skips it if it has not started, which is how a newer read
// supersedes an older one. Such work, and work queued after the BackgroundDatabase began to
// close, fails with rule kRuleCancelled.
//
// The results come back as QFutures; watch them with a QFutureWatcher owned by the receiver, so
// an answer for a receiver that is gone is never delivered. Work must capture values only.
class BackgroundDatabase {
public:
    // The one BackgroundDatabase of `source` (made on first use), shared by everything that reads
    // it in the background. `source` must outlive every holder of the result.
    static std::shared_ptr<BackgroundDatabase> of(const Database& source);

    // Interrupts the running work, waits for it, and closes the connections.
    ~BackgroundDatabase();
    BackgroundDatabase(const BackgroundDatabase&) = delete;
    BackgroundDatabase& operator=(const BackgroundDatabase&) = delete;

    template <typename T>
    QFuture<Result<T>> run(std::function<Result<T>(Database&)> work,
                           std::shared_ptr<StatementInterrupt> stop = {}) {
        if (!stop)
            stop = std::make_shared<StatementInterrupt>();
        return QtConcurrent::run(&workerPool(), [connections = m_connections,
                                                 work = std::move(work), stop]() {
            std::optional<Result<T>> result;
            const Status ran =
                connections->withConnection(*stop, [&](Database& db) { result.emplace(work(db)); });
            if (!ran)
                return Result<T>(ran.error());
            return std::move(*result);
        });
    }

private:
    explicit BackgroundDatabase(const Database& source);

    std::shared_ptr<BackgroundConnections> m_connections;
};

} // namespace mm
