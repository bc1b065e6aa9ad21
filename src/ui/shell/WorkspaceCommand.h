#pragma once

#include "core/Result.h"

#include <QUndoCommand>

namespace mm {

class Workspace;

// The base of every undo command. push() applies the change once and refuses with the Error
// instead of pushing; every later redo/undo is one transaction that first checks the rows still
// hold what this command left there, so a change made meanwhile (another program, the game
// clock) is reported through Workspace::commandFailed and the command drops out of the stack
// (setObsolete) instead of overwriting it.
class WorkspaceCommand : public QUndoCommand {
public:
    static Status push(Workspace& workspace, WorkspaceCommand* command);

    void redo() final;
    void undo() final;

protected:
    WorkspaceCommand(Workspace& workspace, const QString& text);
    // The first application, run by push(); by default the same as a redo. Commands that call a
    // service the first time (and record what later redos need) override it.
    virtual Status applyFirst() { return applyRedo(); }
    virtual Status applyRedo() = 0;
    virtual Status applyUndo() = 0;
    // After a successful application: hints the change journal cannot give (Workspace::changed
    // already names every row the transaction wrote), such as the catalog rows a sale affects.
    virtual void notifyApplied() {}

    Workspace& m_workspace;

private:
    void finish(const Status& status);
    bool m_applied = false; // push() already applied it once; the stack's first redo skips
};

} // namespace mm
