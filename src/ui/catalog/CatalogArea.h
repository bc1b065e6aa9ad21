#pragma once

#include "core/EconomyConfig.h"
#include "core/Result.h"
#include "data/LatestRead.h"
#include "models/CatalogColumns.h"
#include "models/CatalogQuery.h"
#include "ui/shell/EditableArea.h"

#include <QHash>
#include <QItemSelection>
#include <QTimer>
#include <QWidget>
#include <functional>
#include <optional>

class QAction;
class QFrame;
class QLabel;
class QMenu;
class QSplitter;
class QTableView;

namespace mm {

class ChangeSet;

class CatalogFilterBar;
class CatalogModel;
class ModelDetailPanel;
class Workspace;
struct CellEdit;
struct CellEditPlan;
struct CellProblem;

// The Catalog workspace: filters on top, the windowed catalog table (CatalogModel) in the middle
// and the detail panel of the current model beside it. It works like a spreadsheet: rectangular
// selections, in-place editing, copy and paste with LibreOffice and Excel, fill down, clear,
// insert, duplicate and delete rows. Every change is one transaction and one step on the
// workspace's undo stack; a value that cannot be taken is refused with the reason, shown in a
// message bar above the table (and through statusMessage()), and nothing is written.
//
// Keyboard: the area's actions (objectName catalog…Action) carry the usual shortcuts. While the
// table has focus it takes those keys itself (ShortcutOverride), so the main window's Edit menu
// actions with the same shortcuts never collide with them; from anywhere else the main window
// forwards its Edit menu to the EditableArea interface.
//
// Rows that the model has not loaded yet (far away in a million-row catalog) are read on the GUI
// thread when an operation needs them, but only up to kMaxRowsReadForEdit rows, which SQLite
// reads in well under the time a person notices; a bigger selection of unloaded rows is refused
// with a message asking for a smaller one.
class CatalogArea : public QWidget, public EditableArea {
    Q_OBJECT
public:
    static constexpr int kMaxRowsReadForEdit = 5000;
    // How many problems a refused paste lists before "and N more".
    static constexpr int kProblemsListed = 5;

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
    // The selected cells: rows ascending, sections (logical columns) in the view's visual order,
    // hidden columns left out. Falls back to the current cell when nothing is selected.
    struct Selection {
        QList<int> rows;
        QList<int> sections;
        QItemSelection ranges;

        bool isEmpty() const { return rows.isEmpty() || sections.isEmpty(); }
        bool contains(int row, int section) const;
    };
    // Rows read from the database because the model had not loaded them yet (row -> data).
    using FetchedRows = QHash<int, CatalogRow>;

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
    void selectPendingRow();
    // Makes `modelId` the row to select once it is loaded and finds where it stands.
    void selectWhenShown(qint64 modelId);
    void locateModel(qint64 modelId, bool clearFiltersIfHidden);
    void scrollToPendingRow();
    void updateActionsEnabled();

    Selection currentSelection() const;
    QList<int> visibleSections() const;
    Result<FetchedRows> fetchMissingRows(const QList<int>& rows) const;
    QVariant editValueAt(int row, CatalogColumn column, const FetchedRows& fetched) const;
    QVariant displayValueAt(int row, CatalogColumn column, const FetchedRows& fetched) const;
    std::optional<qint64> idAtRow(int row, const FetchedRows& fetched) const;
    Result<QList<qint64>> selectedModelIds();
    bool copyToClipboard();

    void onEditRequested(qint64 modelId, CatalogColumn column, const QVariant& value);
    // Plans, checks and pushes one EditModelsCommand; `describe` names the undo step.
    void applyEdits(const QList<CellEdit>& edits,
                    const std::function<QString(const CellEditPlan&)>& describe);
    const EconomyConfig& economyConfig();
    QString formatProblems(const QString& intro, const QList<CellProblem>& problems) const;
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
    QMenu* m_contextMenu = nullptr;
    QList<QAction*> m_keyActions; // actions whose shortcuts the table takes while focused
    QList<QAction*> m_writeActions;
    QTimer m_saveLayoutTimer;
    std::optional<EconomyConfig> m_config;
    bool m_firstRowsShown = false;
    std::optional<qint64> m_pendingSelectId;  // a model to select once its row is loaded
    std::optional<qint64> m_pendingScrollRow; // where it stands, once the row count reaches it
    QTimer m_pendingSelectTimeout;
    LatestRead<std::optional<qint64>> m_locator; // the pending model's row, counted in SQL
    int m_previousSortSection = -1;
    Qt::SortOrder m_previousSortOrder = Qt::AscendingOrder;
};

} // namespace mm
