#pragma once

#include "core/EconomyConfig.h"
#include "core/Result.h"
#include "models/CatalogColumns.h"

#include <QList>
#include <QObject>
#include <QVariant>
#include <functional>
#include <optional>

class QTableView;
class QWidget;

namespace mm {

class CatalogModel;
class Workspace;
struct CellEdit;
struct CellEditPlan;
struct CellProblem;

// Turns what the person does to the catalog table -- a cell edited in place, copy, cut, paste,
// paste as new rows, fill down, clear, insert, duplicate or delete rows -- into one undo command
// on the workspace's stack each (one transaction). A value that cannot be taken refuses the whole
// operation with the reason (problem()), and nothing is written: a paste half applied would be
// harder to undo than to redo.
//
// The selection may reach rows the model has not loaded yet; they are read for the operation
// (CatalogRowValues, which caps how many).
class CatalogEditController : public QObject {
    Q_OBJECT
public:
    // How many problems a refused paste lists before "and N more".
    static constexpr int kProblemsListed = 5;

    // `parent` is the catalog area, also the parent of the confirmation asked before deleting
    // several models.
    CatalogEditController(Workspace& workspace, CatalogModel& model, QTableView& view,
                          QWidget* parent);

    void copySelection();
    void cutSelection();
    void paste();
    void pasteAsNewRows();
    void fillDown();
    void deleteSelection();
    void insertRow();
    void duplicateSelection();
    void deleteRows();
    // The ids of the selected rows, in row order.
    Result<QList<qint64>> selectedModelIds();

signals:
    // Why nothing was done, for the message bar.
    void problem(const QString& message);
    // What was done, for the status bar.
    void done(const QString& message);
    // Models were added; the first one should become the current row.
    void rowsAdded(qint64 firstModelId);

private:
    bool copyToClipboard();
    void editCell(qint64 modelId, CatalogColumn column, const QVariant& value);
    // Plans, checks and pushes one EditModelsCommand; `describe` names the undo step.
    void applyEdits(const QList<CellEdit>& edits,
                    const std::function<QString(const CellEditPlan&)>& describe);
    // Cached: planning an edit needs the composite weights and the size classes' presets.
    const EconomyConfig& economyConfig();
    QString formatProblems(const QString& intro, const QList<CellProblem>& problems) const;

    Workspace& m_workspace;
    CatalogModel& m_model;
    QTableView& m_view;
    QWidget* m_dialogParent;
    std::optional<EconomyConfig> m_config;
};

} // namespace mm
