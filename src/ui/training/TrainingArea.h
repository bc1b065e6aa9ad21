#pragma once

#include "ui/shell/EditableArea.h"

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace mm {

class JobTableModel;
class Workspace;
struct TrainingInputs;

// The Training area: every training job with its progress, what it cost so far and will cost,
// and the actions on the selected job (New Job, Pause, Resume, Cancel, Show Model).
//
// It refreshes itself on Workspace::economyChanged, which the game clock emits after each tick,
// and when a change of this window touches jobs, models, research or the economy settings
// (Workspace::changed, undo steps included). Each action is one undo step (TrainingCommands.h); a
// refusal is shown in the area's message line. Double-clicking (or Enter on) a completed job emits
// showModelRequested() with the model its run produced; the main window shows it in the catalog.
//
// Shortcuts (active while the area has focus): New Job Ctrl+Shift+N or Insert, Pause Ctrl+Shift+P,
// Resume Ctrl+Shift+R, Cancel Job Ctrl+Shift+Delete (and Edit > Delete Rows), filter Ctrl+F
// through Edit > Find.
class TrainingArea : public QWidget, public EditableArea {
    Q_OBJECT

public:
    explicit TrainingArea(Workspace& workspace, QWidget* parent = nullptr);
    ~TrainingArea() override;

    QTableView* table() const { return m_table; }
    JobTableModel* jobModel() const { return m_model; }

    // The selected job's id, or 0.
    qint64 selectedJobId() const;
    void selectJob(qint64 jobId);
    // The last refusal or error shown in the message line; empty when none is shown.
    QString message() const;

    // Reads the jobs and the queue again (also done on economyChanged and changes, coalesced).
    void refresh();

    void newJob();
    // New Job, prefilled from `inputs` (name and seed as given).
    void newJobFrom(const TrainingInputs& inputs);
    void pauseSelected();
    void resumeSelected();
    // Asks for confirmation first, saying what will be charged.
    void cancelSelected();
    void showSelectedModel();

    // EditableArea: copy puts the selected job's row on the clipboard as TSV; Insert Row opens
    // New Job; Duplicate opens it prefilled from the selected job; Delete and Delete Rows cancel
    // the selected job; Find goes to the name filter. Cut, Paste and Fill Down do nothing: jobs
    // are history, not cells.
    EditOperations supportedEdits() const override {
        return EditOperation::Copy | EditOperation::Delete | EditOperation::Find |
               EditOperation::InsertRow | EditOperation::Duplicate | EditOperation::DeleteRows;
    }
    void copySelection() override;
    void deleteSelection() override { cancelSelected(); }
    void find() override;
    void insertRow() override { newJob(); }
    void duplicateSelection() override;
    void deleteRows() override { cancelSelected(); }

signals:
    void showModelRequested(qint64 modelId);
    // Something happened the status bar may want to show ("Queued 'Orion-7B'").
    void statusMessage(const QString& message);

private:
    QAction* makeAction(const QString& name, const QString& text,
                        const QList<QKeySequence>& shortcuts, void (TrainingArea::*slot)());
    void scheduleRefresh();
    void showLoaded();
    void fitColumns();
    void updateActions();
    void updateSummary();
    void showMessage(const QString& message);
    int selectedRow() const; // in the source model, or -1

    Workspace& m_workspace;
    JobTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_filter = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_message = nullptr;
    QTimer* m_refreshTimer = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_pauseAction = nullptr;
    QAction* m_resumeAction = nullptr;
    QAction* m_cancelAction = nullptr;
    QAction* m_showModelAction = nullptr;
    qint64 m_pendingSelection = 0; // a job to select once the reload that brings it arrives
    bool m_columnsFitted = false;
};

} // namespace mm
