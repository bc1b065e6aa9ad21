#include "ui/shell/Workspace.h"

#include "data/ChangeJournal.h"

#include <QTimer>
#include <QUndoStack>

namespace mm {

Workspace::Workspace(std::unique_ptr<Database> db, QObject* parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_undoStack(new QUndoStack(this))
    , m_externalChangePoll(new QTimer(this)) {
    connect(&m_db->changeJournal(), &ChangeJournal::changed, this, &Workspace::changed);

    m_knownDataVersion = m_db->dataVersion();
    m_externalChangePoll->setInterval(kExternalChangePollMs);
    connect(m_externalChangePoll, &QTimer::timeout, this, &Workspace::checkForExternalChanges);
    m_externalChangePoll->start();
}

Workspace::~Workspace() {
    // Commands hold no database handles, but clear them before the connection goes.
    m_undoStack->clear();
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
