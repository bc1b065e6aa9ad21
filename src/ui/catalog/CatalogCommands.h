#pragma once

#include "core/EconomyConfig.h"
#include "core/Result.h"
#include "data/Records.h"
#include "models/CatalogColumns.h"
#include "ui/shell/WorkspaceCommand.h"

#include <QSet>
#include <QVariant>

namespace mm {

class Database;
class Workspace;

// Undo commands for the catalog. Each redo/undo is one transaction. They never trust what they
// remember blindly: before writing, each checks that the rows still hold what this command left
// there, so a change made meanwhile by another program is reported instead of overwritten.
// A command that cannot be applied reports why through Workspace::commandFailed and drops out of
// the stack (setObsolete). The views learn which rows changed from the change journal
// (Workspace::changed), so the commands announce nothing themselves.

class CatalogCommand : public WorkspaceCommand {
protected:
    CatalogCommand(Workspace& workspace, const QString& text)
        : WorkspaceCommand(workspace, text) {}
};

// New values for fields of existing models (an edit, a paste, a fill, a clear).
class EditModelsCommand : public CatalogCommand {
public:
    EditModelsCommand(Workspace& workspace, QList<ModelRecord> before, QList<ModelRecord> after,
                      const QString& text);

protected:
    Status applyRedo() override { return write(m_before, m_after); }
    Status applyUndo() override { return write(m_after, m_before); }

private:
    Status write(const QList<ModelRecord>& expected, const QList<ModelRecord>& wanted);

    QList<ModelRecord> m_before;
    QList<ModelRecord> m_after;
};

// New rows (Insert Row, Duplicate, Paste as New Rows). They keep their ids across undo and redo.
class InsertModelsCommand : public CatalogCommand {
public:
    InsertModelsCommand(Workspace& workspace, QList<ModelRecord> records, const QString& text);
    const QList<ModelRecord>& records() const { return m_records; }

protected:
    Status applyRedo() override;
    Status applyUndo() override;

private:
    QList<ModelRecord> m_records;
};

// Deletes models with their listings; undo brings both back under the same ids. Models that
// have licenses are refused (licenses are history: revoke them, do not erase them).
class DeleteModelsCommand : public CatalogCommand {
public:
    DeleteModelsCommand(Workspace& workspace, QList<ModelRecord> records,
                        QList<ListingRecord> listings, const QString& text);
    // Reads the rows and listings to delete; fails when a model is gone or has licenses.
    static Result<DeleteModelsCommand*> create(Workspace& workspace, const QList<qint64>& ids);

protected:
    Status applyRedo() override;
    Status applyUndo() override;

private:
    QList<ModelRecord> m_records;
    QList<ListingRecord> m_listings;
};

// Two records hold the same data, whatever their revision.
bool sameModelData(ModelRecord a, const ModelRecord& b);

// One cell of a paste, fill or clear: which model, which column, the value as typed or pasted.
struct CellEdit {
    qint64 modelId = 0;
    CatalogColumn column = CatalogColumn::Name;
    QVariant value; // invalid: clear the cell
};

// Why one cell cannot take its value, for the message that lists what is wrong.
struct CellProblem {
    QString modelName;
    CatalogColumn column = CatalogColumn::Name;
    QString reason;
};

// The records an EditModelsCommand needs for a batch of cell edits. `before` and `after` hold
// only the models whose data really changes, in the order they were first named.
struct CellEditPlan {
    QList<ModelRecord> before;
    QList<ModelRecord> after;
    QList<CellProblem> problems; // not empty: nothing may be written
};

// Reads the models, applies every value with CatalogModel::applyValue and checks what the
// schema would refuse later with a less helpful message (two models with one name). The Error
// is for the database; invalid values are listed in `problems`.
Result<CellEditPlan> planCellEdits(Database& db, const QList<CellEdit>& edits,
                                   const EconomyConfig& config);

// Hands out model names that no model has yet, remembering the ones it gave so a batch never
// repeats itself. Names are compared without case, as the schema's UNIQUE COLLATE NOCASE does.
class UniqueModelNamer {
public:
    explicit UniqueModelNamer(Database& db)
        : m_db(db) {}

    // `wanted` when free, else "wanted (2)", "wanted (3)"...
    Result<QString> take(const QString& wanted);
    // `pattern` holds %1: the lowest free number from 1 ("New model 4").
    Result<QString> takeNumbered(const QString& pattern);

private:
    Result<bool> isTaken(const QString& name);

    Database& m_db;
    QSet<QString> m_given; // case-folded
};

} // namespace mm
