#include "ui/shell/Workspace.h"

#include "data/ChangeJournal.h"
#include "ui/shell/WriteGate.h"

#include <QTimer>
#include <QUndoStack>

namespace mm {

Workspace::Workspace(std::unique_ptr<Database> db, QObject* parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_undoStack(new QUndoStack(this))
    , m_writeGate(new WriteGate(*m_db, this))
    , m_externalChangePoll(new QTimer(this)) {
    connect(&m_db->changeJournal(), &ChangeJournal::changed, this, &Workspace::changed);
    connect(m_writeGate, &WriteGate::failed, this, &Workspace::commandFailed);

    m_knownDataVersion = m_db->dataVersion();
    m_externalChangePoll->setInterval(kExternalChangePollMs);
    connect(m_externalChangePoll, &QTimer::timeout, this, &Workspace::checkForExternalChanges);
    m_externalChangePoll->start();
}

Workspace::~Workspace() {
    // Commands hold no database handles, but clear them before the connection goes; writes still
    // waiting for the lock go with the gate, unwritten.
    delete m_writeGate;
    m_undoStack->clear();
}

// A command that cannot be undone reports why itself (WorkspaceCommand::finish), so the writes
// below return Ok whatever happens.
void Workspace::undo() {
    if (!m_undoStack->canUndo())
        return;
    (void)m_writeGate->run(
        m_undoStack->undoText().isEmpty() ? tr("Undo") : tr("Undo %1").arg(m_undoStack->undoText()),
        [this]() -> Status {
            m_undoStack->undo();
            return Ok{};
        });
}

void Workspace::redo() {
    if (!m_undoStack->canRedo())
        return;
    (void)m_writeGate->run(
        m_undoStack->redoText().isEmpty() ? tr("Redo") : tr("Redo %1").arg(m_undoStack->redoText()),
        [this]() -> Status {
            m_undoStack->redo();
            return Ok{};
        });
}

void Workspace::reloadEverything() {
    m_knownDataVersion = m_db->dataVersion();
    emitReload();
}

void Workspace::emitReload() {
    emit catalogReset();
    emit economyChanged();
}

bool Workspace::checkForExternalChanges() {
    // A transaction of ours still open (a modal dialog inside a write) would make the reload
    // read our own half-done work.
    if (m_workerWritesInFlight > 0 || m_db->transactionDepth() > 0)
        return false;
    const qint64 version = m_db->dataVersion();
    if (version < 0 || version == m_knownDataVersion)
        return false;
    m_knownDataVersion = version;
    emit externalChangesLoaded();
    emitReload();
    return true;
}

void Workspace::beginWorkerWrite() {
    ++m_workerWritesInFlight;
}

void Workspace::endWorkerWrite() {
    if (--m_workerWritesInFlight == 0)
        m_knownDataVersion = m_db->dataVersion();
}

} // namespace mm
