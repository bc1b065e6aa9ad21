#pragma once

#include "core/Result.h"

#include <QObject>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>

class QThread;

namespace mm {

class Database;

// One worker thread with its own connection to the database file, for reads that must not hold
// up the GUI (habit 2 of docs/DESIGN.md). The connection is opened on the worker the first time
// a job runs (Database::openAnotherConnection(), as QtSql requires) and closed there too.
//
// A job runs on the worker and returns a continuation; the continuation runs on the thread of
// the reader (the GUI thread) unless the reader is destroyed first, in which case it is dropped.
// Jobs run one at a time in the order they were posted. Callers tag their jobs with a generation
// and ignore stale answers; the reader itself only guarantees order.
class BackgroundReader : public QObject {
    Q_OBJECT

public:
    using Continuation = std::function<void()>;
    // On the worker: read with `connection` (or report `openError` when it could not be opened)
    // and return what to do with the result on the GUI thread.
    using Job = std::function<Continuation(Database* connection, const Error* openError)>;

    // `source` is only used on the worker to open the connection; it must outlive the reader.
    explicit BackgroundReader(const Database& source, QObject* parent = nullptr);
    // Skips queued jobs, waits for the running one and closes the connection on the worker.
    ~BackgroundReader() override;
    BackgroundReader(const BackgroundReader&) = delete;
    BackgroundReader& operator=(const BackgroundReader&) = delete;

    void post(Job job);
    // Jobs posted and not yet answered (continuations already delivered do not count).
    int pending() const { return m_pending; }

private:
    void run();

    const Database& m_source;
    QThread* m_thread = nullptr;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_jobs;
    bool m_stopping = false;
    int m_pending = 0; // GUI thread only
};

} // namespace mm
