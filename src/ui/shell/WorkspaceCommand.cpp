#include "ui/shell/WorkspaceCommand.h"

#include "ui/shell/Workspace.h"
#include "ui/shell/WriteGate.h"

#include <QCoreApplication>
#include <QUndoStack>
#include <memory>

namespace mm {

WorkspaceCommand::WorkspaceCommand(Workspace& workspace, const QString& text)
    : QUndoCommand(text)
    , m_workspace(workspace) {
}

Status WorkspaceCommand::push(Workspace& workspace, WorkspaceCommand* command) {
    if (workspace.isReadOnly()) {
        delete command;
        return makeError(
            QCoreApplication::translate("mm::WorkspaceCommand", "the database is read-only"), {},
            QString(kRuleDbReadOnly));
    }
    // The gate owns the command until it ran: a command dropped unwritten is deleted there.
    auto owned = std::make_shared<std::unique_ptr<WorkspaceCommand>>(command);
    return workspace.writeGate().run(
        command->text(),
        [owned]() -> Status {
            WorkspaceCommand* pending = owned->get();
            if (!pending)
                return Ok{};
            const Status applied = pending->applyFirst();
            if (!applied)
                owned->reset();
            return applied;
        },
        [owned, &workspace] {
            WorkspaceCommand* applied = owned->release();
            applied->m_applied = true;
            workspace.undoStack()->push(applied); // calls redo(), which skips the write above
        });
}

void WorkspaceCommand::redo() {
    if (m_applied) {
        m_applied = false;
        finish(Ok{});
        return;
    }
    finish(applyRedo());
}

void WorkspaceCommand::undo() {
    finish(applyUndo());
}

void WorkspaceCommand::finish(const Status& status) {
    if (!status) {
        setObsolete(true); // QUndoStack drops it after this call; nothing was written
        m_workspace.notifyCommandFailed(
            QCoreApplication::translate("mm::WorkspaceCommand", "Cannot %1: %2")
                .arg(text(), status.error().toString()));
        return;
    }
    notifyApplied();
}

} // namespace mm
