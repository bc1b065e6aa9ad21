#include "data/BackgroundDatabase.h"

#include "core/ScenarioComparison.h" // kRuleCancelled
#include "data/Database.h"

#include <QHash>
#include <QMutex>
#include <QSet>
#include <QWaitCondition>
#include <atomic>
#include <unordered_map>

namespace mm {

namespace {

// Pool threads never expire (WorkerPool.cpp), so a number handed out once per thread names the
// thread for as long as the process runs; a QThread* could be reused by a later thread.
quint64 currentThreadToken() {
    static std::atomic<quint64> next{1};
    thread_local const quint64 token = next++;
    return token;
}

Error cancelled() {
    return makeError(QStringLiteral("the read was superseded or its window closed"), {},
                     QString(kRuleCancelled));
}

} // namespace

struct BackgroundConnections::State {
    const Database& source;
    QMutex mutex;
    QWaitCondition idle;
    bool closing = false;
    QSet<StatementInterrupt*> running;
    std::unordered_map<quint64, std::unique_ptr<Database>> byThread;
};

BackgroundConnections::BackgroundConnections(const Database& source)
    : m_state(new State{source, {}, {}, false, {}, {}}) {
}

BackgroundConnections::~BackgroundConnections() {
    close();
}

Status BackgroundConnections::withConnection(StatementInterrupt& stop,
                                             const std::function<void(Database&)>& work) {
    const quint64 thread = currentThreadToken();
    Database* connection = nullptr;
    {
        const QMutexLocker lock(&m_state->mutex);
        if (m_state->closing || stop.isInterrupted())
            return cancelled();
        m_state->running.insert(&stop);
        const auto found = m_state->byThread.find(thread);
        if (found != m_state->byThread.end()) {
            connection = found->second.get();
            // A server connection that was lost is opened again, once the server answers.
            if (!connection->isConnected()) {
                m_state->byThread.erase(found);
                connection = nullptr;
            }
        }
    }
    const auto finish = [this, &stop] {
        const QMutexLocker lock(&m_state->mutex);
        m_state->running.remove(&stop);
        m_state->idle.wakeAll();
    };
    if (!connection) {
        // Opened here, on the thread that will use it. A failure (an in-memory file, a file
        // another program replaced) is reported each time and retried next time.
        auto opened = m_state->source.openAnotherConnection();
        if (!opened) {
            finish();
            return opened.error();
        }
        connection = opened->get();
        const QMutexLocker lock(&m_state->mutex);
        m_state->byThread.emplace(thread, std::move(opened).value());
    }
    {
        const StatementInterrupt::Attachment attached(stop, connection->sql());
        work(*connection);
    }
    finish();
    return stop.isInterrupted() ? Status(cancelled()) : Status(Ok{});
}

void BackgroundConnections::close() {
    std::unordered_map<quint64, std::unique_ptr<Database>> connections;
    {
        QMutexLocker lock(&m_state->mutex);
        m_state->closing = true;
        for (StatementInterrupt* stop : std::as_const(m_state->running))
            stop->interrupt();
        while (!m_state->running.isEmpty())
            m_state->idle.wait(&m_state->mutex);
        connections.swap(m_state->byThread);
    }
    // No statement runs on them any more. SQLite closes an idle connection from any thread; the
    // pool gives no way back onto the thread that opened it.
    connections.clear();
}

BackgroundDatabase::BackgroundDatabase(const Database& source)
    : m_connections(std::make_shared<BackgroundConnections>(source)) {
}

BackgroundDatabase::~BackgroundDatabase() {
    m_connections->close();
}

std::shared_ptr<BackgroundDatabase> BackgroundDatabase::of(const Database& source) {
    // Keyed by connection name: unique per open connection, unlike an address.
    static QMutex mutex;
    static QHash<QString, std::weak_ptr<BackgroundDatabase>> shared;
    const QMutexLocker lock(&mutex);
    std::shared_ptr<BackgroundDatabase> existing = shared.value(source.connectionName()).lock();
    if (existing)
        return existing;
    shared.removeIf([](const auto& entry) { return entry.value().expired(); });
    std::shared_ptr<BackgroundDatabase> made(new BackgroundDatabase(source));
    shared.insert(source.connectionName(), made);
    return made;
}

} // namespace mm
