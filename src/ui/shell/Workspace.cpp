#include "ui/shell/Workspace.h"

#include "data/ChangeJournal.h"
#include "data/WorkerPool.h"
#include "ui/shell/WriteGate.h"

#include <QFutureWatcher>
#include <QSocketNotifier>
#include <QSqlDriver>
#include <QTimer>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

namespace mm {

Workspace::Workspace(std::unique_ptr<Database> db, QObject* parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_undoStack(new QUndoStack(this))
    , m_writeGate(new WriteGate(*m_db, this))
    , m_externalChangePoll(new QTimer(this))
    , m_reconnectTimer(new QTimer(this)) {
    connect(&m_db->changeJournal(), &ChangeJournal::changed, this, &Workspace::changed);
    connect(m_writeGate, &WriteGate::failed, this, &Workspace::commandFailed);

    m_knownDataVersion = m_db->dataVersion();
    m_externalChangePoll->setInterval(kExternalChangePollMs);
    connect(m_externalChangePoll, &QTimer::timeout, this, &Workspace::onTick);
    m_externalChangePoll->start();

    m_reconnectTimer->setSingleShot(true);
    m_reconnectTimer->setInterval(kReconnectIntervalMs);
    connect(m_reconnectTimer, &QTimer::timeout, this, &Workspace::tryReconnect);
    if (m_db->isServer()) {
        // The driver outlives close() and open(), so this stays connected across reconnects.
        connect(m_db->sql().driver(), &QSqlDriver::notification, this,
                [this](const QString& channel, QSqlDriver::NotificationSource,
                       const QVariant& payload) { onServerNotification(channel, payload); });
        if (Status listening = m_db->listenForChanges(); !listening)
            qWarning("%s", qPrintable(listening.error().toString()));
        watchServerSocket();
    }
}

Workspace::~Workspace() {
    // Commands hold no database handles, but clear them before the connection goes; writes still
    // waiting for the lock go with the gate, unwritten.
    delete m_writeGate;
    m_undoStack->clear();
}

void Workspace::undo() {
    if (m_undoStack->canUndo())
        stepThroughGate(m_undoStack->undoText().isEmpty()
                            ? tr("Undo")
                            : tr("Undo %1").arg(m_undoStack->undoText()),
                        [this] { m_undoStack->undo(); });
}

void Workspace::redo() {
    if (m_undoStack->canRedo())
        stepThroughGate(m_undoStack->redoText().isEmpty()
                            ? tr("Redo")
                            : tr("Redo %1").arg(m_undoStack->redoText()),
                        [this] { m_undoStack->redo(); });
}

void Workspace::stepTo(int index) {
    const int current = m_undoStack->index();
    if (index == current || index < 0 || index > m_undoStack->count())
        return;
    // Named after the command the step ends on, as the Undo and Redo actions name theirs.
    const QString what =
        index < current
            ? tr("Undo to “%1”").arg(index == 0 ? tr("opened") : m_undoStack->text(index - 1))
            : tr("Redo to “%1”").arg(m_undoStack->text(index - 1));
    stepThroughGate(what, [this, index] { m_undoStack->setIndex(index); });
}

// A command that cannot be applied reports why itself (WorkspaceCommand::finish), so the write
// returns Ok whatever happens.
// (A function, not a pointer to QUndoStack::undo/redo: GCC 12's sanitized -O1 build warned
// that the member pointer "may be used uninitialized".)
void Workspace::stepThroughGate(const QString& what, const std::function<void()>& step) {
    (void)m_writeGate->run(what, [step]() -> Status {
        step();
        return Ok{};
    });
}

void Workspace::reloadEverything() {
    m_knownDataVersion = m_db->dataVersion();
    m_externalPending = false;
    emitReload();
}

void Workspace::emitReload() {
    emit catalogReset();
    emit economyChanged();
}

void Workspace::onTick() {
    if (!m_db->isServer()) {
        checkForExternalChanges();
        return;
    }
    // Looks at libpq's state only: nothing is sent to the server.
    checkConnection();
    checkForExternalChanges();
}

bool Workspace::checkForExternalChanges() {
    // A transaction of ours still open (a modal dialog inside a write) would make the reload
    // read our own half-done work.
    if (m_workerWritesInFlight > 0 || m_db->transactionDepth() > 0)
        return false;
    if (m_db->isServer()) {
        if (!m_externalPending || m_connectionLost)
            return false;
        m_externalPending = false;
    } else {
        const qint64 version = m_db->dataVersion();
        if (version < 0 || version == m_knownDataVersion)
            return false;
        m_knownDataVersion = version;
    }
    emit externalChangesLoaded();
    emitReload();
    return true;
}

void Workspace::onServerNotification(const QString& channel, const QVariant& payload) {
    // Our own commits, and our workers' (the clock, imports), are announced too; the code that
    // made them has told the views already.
    if (channel != QString(Database::kChangesChannel) || payload.toString() == m_db->origin())
        return;
    const bool scheduled = m_externalPending;
    m_externalPending = true;
    // Announcements that arrive together make one reload.
    if (!scheduled)
        QTimer::singleShot(0, this, [this] { checkForExternalChanges(); });
}

void Workspace::watchServerSocket() {
    // The driver reads the socket it LISTENs on whenever it becomes readable; at the end of the
    // socket libpq marks the connection bad, which checkConnection() then sees at once instead
    // of at the next tick. Queued: the driver's own handler runs first.
    if (auto* notifier = m_db->sql().driver()->findChild<QSocketNotifier*>())
        connect(notifier, &QSocketNotifier::activated, this, &Workspace::checkConnection,
                Qt::QueuedConnection);
}

void Workspace::checkConnection() {
    if (!m_db->isServer() || m_connectionLost || m_db->isConnected())
        return;
    m_connectionLost = true;
    // Undo and redo would only fail, and each failure drops its command from the stack.
    m_undoStack->setActive(false);
    emit connectionLost(tr("Lost the connection to the server %1: %2. Reconnecting…")
                            .arg(m_db->path(), m_db->lostReason()));
    m_reconnectTimer->start();
}

void Workspace::tryReconnect() {
    if (m_probing || !m_connectionLost)
        return;
    m_probing = true;
    auto* watcher = new QFutureWatcher<Status>(this);
    connect(watcher, &QFutureWatcher<Status>::finished, this, [this, watcher] {
        watcher->deleteLater();
        onProbed(watcher->result());
    });
    // On a worker: a server that does not answer at all takes the whole connect timeout.
    watcher->setFuture(QtConcurrent::run(
        &workerPool(), [url = m_db->path(), timeout = m_db->connectTimeoutSeconds()] {
            return Database::probeServer(url, timeout);
        }));
}

void Workspace::onProbed(const Status& answered) {
    m_probing = false;
    if (!m_connectionLost)
        return;
    if (!answered || !m_db->reconnect()) {
        m_reconnectTimer->start();
        return;
    }
    m_connectionLost = false;
    m_undoStack->setActive(true);
    watchServerSocket();
    emit connectionRestored(
        tr("Connected to the server %1 again; everything shown was read again.").arg(m_db->path()));
    reloadEverything();
}

void Workspace::beginWorkerWrite() {
    ++m_workerWritesInFlight;
}

void Workspace::endWorkerWrite() {
    if (--m_workerWritesInFlight == 0)
        m_knownDataVersion = m_db->dataVersion();
}

} // namespace mm
