#pragma once

#include <QListView>

namespace mm {

class Workspace;

// The Undo History dock's list: the opened state and one row per command of the workspace's undo
// stack, the current state selected. Choosing a row (click or arrow keys) steps the stack there
// through Workspace::stepTo, which waits for the write lock like Undo and Redo: QUndoView would
// call QUndoStack::setIndex directly and freeze the window while another program writes.
class UndoHistoryView : public QListView {
    Q_OBJECT
public:
    UndoHistoryView(Workspace& workspace, const QString& openedLabel, QWidget* parent = nullptr);

private:
    // Selects the stack's current state (after a step, or when a waiting one was given up).
    void showCurrent();
    void onCurrentChanged(const QModelIndex& current);

    Workspace& m_workspace;
    bool m_showing = false; // the selection follows the stack, not the user
};

} // namespace mm
