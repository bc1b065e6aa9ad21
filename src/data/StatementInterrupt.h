#pragma once

#include <QMutex>
#include <atomic>

class QSqlDatabase;
struct sqlite3;

namespace mm {

// Stops, from any thread, the statements a QSQLITE connection runs on another: QtSql has no way
// to, and a PRAGMA quick_check over a big file must end when its window closes. interrupt()
// reaches the connection through sqlite3_interrupt() while an Attachment lives, and from then on
// SQLite's progress handler keeps failing its statements too (so a stop that lands just before a
// statement starts still ends it).
//
// The QSQLITE driver must use the same SQLite library as this program (Debian's plugin links the
// system libsqlite3, as we do); otherwise an Attachment stays detached and only isInterrupted()
// tells the work to stop.
class StatementInterrupt {
public:
    void interrupt(); // any thread, any time; for good
    bool isInterrupted() const { return m_interrupted.load(); }

    // Attaches to `connection` (open, on the calling thread) until destroyed; destroy it before
    // the connection closes.
    class Attachment {
    public:
        Attachment(StatementInterrupt& interrupt, QSqlDatabase& connection);
        ~Attachment();
        Attachment(const Attachment&) = delete;
        Attachment& operator=(const Attachment&) = delete;

    private:
        StatementInterrupt& m_interrupt;
    };

private:
    static int keepGoing(void* self);

    QMutex m_mutex; // guards m_handle against the connection closing during interrupt()
    sqlite3* m_handle = nullptr;
    std::atomic<bool> m_interrupted{false};
};

} // namespace mm
