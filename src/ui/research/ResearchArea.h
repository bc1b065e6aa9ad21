#pragma once

#include "data/Records.h"
#include "ui/shell/EditableArea.h"

#include <QWidget>
#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace mm {

class ResearchTableModel;
class Workspace;

// The Research area: the studio's research projects (name, field, points, cost, started,
// completed) and the research points training jobs can still spend.
//
// Name, field, points, cost and start date are edited in place; Add, Complete (on today's game
// date) and Delete work on the selected project. Every change is one undo step
// (TrainingCommands.h); what the repository refuses (taking back points jobs already spend, a
// project completed before it started, a duplicate name) is shown in the message line and
// nothing is written. Refreshes itself on Workspace::economyChanged and when a change touches
// research, labs, jobs or settings (Workspace::changed).
//
// Shortcuts (while the area has focus): Add Project Ctrl+Shift+N or Insert, Complete
// Ctrl+Shift+Return, Delete Project Ctrl+Shift+Delete (and Edit > Delete Rows), F2 edits a cell.
class ResearchArea : public QWidget, public EditableArea {
    Q_OBJECT

public:
    explicit ResearchArea(Workspace& workspace, QWidget* parent = nullptr);
    ~ResearchArea() override;

    QTableView* table() const { return m_table; }
    // Rows in display order, as read at the last refresh.
    QList<ResearchProjectRecord> projects() const;
    qint64 availablePoints() const { return m_available; }
    QString message() const;

    qint64 selectedProjectId() const;
    void selectProject(qint64 id);
    void refresh();

    // Adds "New project" started on the game date and starts editing its name.
    void addProject();
    void completeSelected();
    void deleteSelected();

    // EditableArea: Copy puts the selected cells on the clipboard as TSV; Insert Row adds a
    // project, Duplicate copies the selected one (not completed); Delete and Delete Rows delete
    // it (undoable); Find goes to the filter. Cut, Paste and Fill Down do nothing here.
    EditOperations supportedEdits() const override {
        return EditOperation::Copy | EditOperation::Delete | EditOperation::Find |
               EditOperation::InsertRow | EditOperation::Duplicate | EditOperation::DeleteRows;
    }
    void copySelection() override;
    void deleteSelection() override { deleteSelected(); }
    void find() override;
    void insertRow() override { addProject(); }
    void duplicateSelection() override;
    void deleteRows() override { deleteSelected(); }

    // Writes one edited cell through an undo command; false (with the message shown) when
    // refused. The table's model calls this from setData().
    bool editCell(int row, int column, const QVariant& value);

signals:
    void statusMessage(const QString& message);

private:
    QAction* makeAction(const QString& name, const QString& text,
                        const QList<QKeySequence>& shortcuts, void (ResearchArea::*slot)());
    bool pushAdd(ResearchProjectRecord project, bool editName);
    void showLoaded();
    void fitColumns();
    void editSelectedName();
    std::optional<ResearchProjectRecord> storedProject(int row);
    QString unusedName(const QString& base) const;
    void updateActions();
    void showMessage(const QString& message);
    int selectedRow() const; // in the source model, or -1

    Workspace& m_workspace;
    ResearchTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_filter = nullptr;
    QLabel* m_pointsLabel = nullptr;
    QLabel* m_message = nullptr;
    QTimer* m_refreshTimer = nullptr;
    QAction* m_addAction = nullptr;
    QAction* m_completeAction = nullptr;
    QAction* m_deleteAction = nullptr;
    qint64 m_available = 0;
    bool m_columnsFitted = false;
    // A project to select once the reload that brings it arrives (and whether to name it then).
    struct PendingSelection {
        qint64 id = 0;
        bool editName = false;
    };
    PendingSelection m_pendingSelection;
};

} // namespace mm
