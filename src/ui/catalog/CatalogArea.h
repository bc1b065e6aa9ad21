#pragma once

#include "ui/shell/EditableArea.h"

#include <QTimer>
#include <QWidget>

class QAction;
class QFrame;
class QLabel;
class QMenu;
class QSplitter;
class QTableView;

namespace mm {

class ChangeSet;

class CatalogEditController;
class CatalogFilterBar;
class CatalogModel;
class CatalogRowSelector;
class ModelDetailPanel;
class Workspace;

// The Catalog workspace: filters on top, the windowed catalog table (CatalogModel) in the middle
// and the detail panel of the current model beside it. It works like a spreadsheet: rectangular
// selections, in-place editing, copy and paste with LibreOffice and Excel, fill down, clear,
// insert, duplicate and delete rows. Every change is one transaction and one step on the
// workspace's undo stack; a value that cannot be taken is refused with the reason, shown in a
// message bar above the table (and through statusMessage()), and nothing is written.
//
// This class lays the area out and wires it; the edits themselves are CatalogEditController's,
// and keeping a model selected across sorts, filters and paging is CatalogRowSelector's.
//
// Keyboard: the area's actions (objectName catalog…Action) carry the usual shortcuts. While the
// table has focus it takes those keys itself (ShortcutOverride), so the main window's Edit menu
// actions with the same shortcuts never collide with them; from anywhere else the main window
// forwards its Edit menu to the EditableArea interface.
class CatalogArea : public QWidget, public EditableArea {
    Q_OBJECT
public:
    explicit CatalogArea(Workspace& workspace, QWidget* parent = nullptr);
    ~CatalogArea() override;

    CatalogModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    CatalogFilterBar* filterBar() const { return m_filterBar; }
    ModelDetailPanel* detailPanel() const { return m_detail; }
    // The message bar's text while it is shown, else empty.
    QString problemText() const;

    // Brings a model into view and makes it the current row, clearing the filters when they
    // hide it; the detail panel shows it at once. Its row is located in the background, since
    // counting the rows before it in a sorted million-row catalog takes a moment.
    void showModel(qint64 modelId);

    EditOperations supportedEdits() const override {
        return EditOperation::Copy | EditOperation::Cut | EditOperation::Paste |
               EditOperation::PasteAsNewRows | EditOperation::FillDown | EditOperation::Delete |
               EditOperation::Find | EditOperation::InsertRow | EditOperation::Duplicate |
               EditOperation::DeleteRows;
    }
    void copySelection() override;
    void cutSelection() override;
    void paste() override;
    void pasteAsNewRows() override;
    void fillDown() override;
    void deleteSelection() override;
    void find() override;
    void insertRow() override;
    void duplicateSelection() override;
    void deleteRows() override;
    // Opens the comparison of the selected models (2 to 5), or says why it cannot.
    void compareSelection();

signals:
    void statusMessage(const QString& message);
    void rowCountChanged(qint64 rows);
    void loadingChanged(bool loading);
    // Once, when the first rows are on screen (or the catalog turned out empty or unreadable):
    // from then on other work on the file no longer delays what the user sees first.
    void firstRowsShown();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildUi();
    void createActions();
    void connectWorkspace();
    // Reloads what a committed write of this window changed (Workspace::changed).
    void applyChanges(const ChangeSet& changes);
    void setInitialColumnWidths();
    void restoreLayout();
    void saveLayout();
    void showColumnsMenu(const QPoint& position);
    void onSortIndicatorChanged(int section, Qt::SortOrder order);
    void updateDetail();
    void updateActionsEnabled();

    void showProblem(const QString& message);
    void hideProblem();
    void reportDone(const QString& message);

    Workspace& m_workspace;
    CatalogModel* m_model = nullptr;
    CatalogFilterBar* m_filterBar = nullptr;
    QFrame* m_messageBar = nullptr;
    QLabel* m_messageText = nullptr;
    QSplitter* m_splitter = nullptr;
    QTableView* m_view = nullptr;
    ModelDetailPanel* m_detail = nullptr;
    CatalogRowSelector* m_rowSelector = nullptr;
    CatalogEditController* m_edits = nullptr;
    QMenu* m_contextMenu = nullptr;
    QList<QAction*> m_keyActions; // actions whose shortcuts the table takes while focused
    QList<QAction*> m_writeActions;
    QTimer m_saveLayoutTimer;
    bool m_firstRowsShown = false;
    int m_previousSortSection = -1;
    Qt::SortOrder m_previousSortOrder = Qt::AscendingOrder;
};

} // namespace mm
