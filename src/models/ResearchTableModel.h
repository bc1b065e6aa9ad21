#pragma once

#include "data/Records.h"
#include "models/AsyncTableModel.h"

#include <functional>

namespace mm {

class Database;

inline qint64 rowId(const ResearchProjectRecord& project) {
    return project.id;
}

// The studio's research projects (by start date, then id) and the research points training jobs
// can still spend, read in the background. Edits go to the editor the area installs (it pushes
// an undo command); the model itself never writes.
class ResearchTableModel : public AsyncTableModel<ResearchProjectRecord, qint64> {
    Q_OBJECT

public:
    enum Column { Name, Field, Points, Cost, Started, Completed, ColumnCount };
    enum Role {
        ProjectIdRole = IdRole, // qlonglong
        SortRole,               // a value that orders the column naturally
    };
    // Writes one edited cell; false when refused.
    using CellEditor = std::function<bool(int row, int column, const QVariant& value)>;

    // `source` must outlive the model.
    explicit ResearchTableModel(const Database& source, QObject* parent = nullptr);

    void refresh();
    void setCellEditor(CellEditor editor) { m_editor = std::move(editor); }

    const QList<ResearchProjectRecord>& projects() const { return rows(); }
    const ResearchProjectRecord& project(int row) const { return *rowAt(row); }
    // -1 when the project is not in the table.
    int rowOf(qint64 id) const { return rowOfId(id).value_or(-1); }
    qint64 availablePoints() const { return extra(); }

    int columnCount(const QModelIndex& parent = {}) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    QVariant cellData(const ResearchProjectRecord& project, int column, int role) const override;
    Loader loader() const override;

private:
    CellEditor m_editor;
};

} // namespace mm
