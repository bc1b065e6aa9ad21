#pragma once

#include "core/Result.h"
#include "data/Records.h"

#include <QUndoCommand>

namespace mm {

class Workspace;

// Undo commands for the catalog. Each redo/undo is one transaction. They never trust what they
// remember blindly: before writing, each checks that the rows still hold what this command left
// there, so a change made meanwhile by another program is reported instead of overwritten.
// A command that cannot be applied reports why through Workspace::commandFailed and drops out of
// the stack (setObsolete).

class CatalogCommand : public QUndoCommand {
public:
    // Applies the change once; returns the error instead of pushing when it cannot be done.
    static Status push(Workspace& workspace, CatalogCommand* command);

    void redo() final;
    void undo() final;

protected:
    CatalogCommand(Workspace& workspace, const QString& text);
    virtual Status applyRedo() = 0;
    virtual Status applyUndo() = 0;
    virtual QList<qint64> touchedIds() const = 0;
    virtual bool changesRowCount() const = 0;

    Workspace& m_workspace;

private:
    void finish(const Status& status);
    bool m_applied = false; // push() already ran redo once
};

// New values for fields of existing models (an edit, a paste, a fill, a clear).
class EditModelsCommand : public CatalogCommand {
public:
    EditModelsCommand(Workspace& workspace, QList<ModelRecord> before, QList<ModelRecord> after,
                      const QString& text);

protected:
    Status applyRedo() override { return write(m_before, m_after); }
    Status applyUndo() override { return write(m_after, m_before); }
    QList<qint64> touchedIds() const override;
    bool changesRowCount() const override { return false; }

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
    QList<qint64> touchedIds() const override;
    bool changesRowCount() const override { return true; }

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
    QList<qint64> touchedIds() const override;
    bool changesRowCount() const override { return true; }

private:
    QList<ModelRecord> m_records;
    QList<ListingRecord> m_listings;
};

// Two records hold the same data, whatever their revision.
bool sameModelData(ModelRecord a, const ModelRecord& b);

} // namespace mm
