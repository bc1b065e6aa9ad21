#include "ui/shell/WorkspaceCommand.h"

#include "ui/shell/Workspace.h"

#include <QCoreApplication>
#include <QUndoStack>

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
    const Status applied = command->applyFirst();
    if (!applied) {
        delete command;
        return applied;
    }
    command->m_applied = true;
    workspace.undoStack()->push(command); // calls redo(), which skips the write done above
    return Ok{};
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
