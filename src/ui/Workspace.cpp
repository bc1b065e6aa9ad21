#include "ui/Workspace.h"

#include <QUndoStack>

namespace mm {

Workspace::Workspace(std::unique_ptr<Database> db, QObject* parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_undoStack(new QUndoStack(this)) {
    // Every undoable change also touches what other areas show (revenue, listings).
    connect(m_undoStack, &QUndoStack::indexChanged, this, &Workspace::economyChanged);
}

Workspace::~Workspace() {
    // Commands hold no database handles, but clear them before the connection goes.
    m_undoStack->clear();
}

} // namespace mm
