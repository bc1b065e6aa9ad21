#pragma once

#include "core/Result.h"
#include "data/Records.h"
#include "data/TrainingService.h"
#include "models/AsyncTableModel.h"

#include <QHash>
#include <QList>

namespace mm {

class Database;

// One training job with the names it shows: of the model a completed run produced (empty when
// there is none or it was deleted) and of its GPU type (empty when the economy no longer has it).
struct JobRow {
    TrainingJobRecord job;
    QString modelName;
    QString gpuName;
};

inline qint64 rowId(const JobRow& row) {
    return row.job.id;
}

// The Training area's table: every training job, unfinished ones first (by id), then finished
// ones, newest first. Small (one row per job the studio ever ran), so refresh() reads it whole,
// in the background, with the queue's state for the area's summary. A clock tick only moves
// progress and money: the rows stay in place and the view keeps its selection.
class JobTableModel : public AsyncTableModel<JobRow, QueueSnapshot> {
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        SizeClassColumn,
        StatusColumn,
        ProgressColumn,
        ElapsedColumn,   // game days trained
        RemainingColumn, // game days still planned; empty once finished
        CostSpentColumn,
        EstimateColumn, // the estimated total cost
        GpusColumn,
        ModelColumn, // the catalog model a completed run produced
        ColumnCount
    };

    enum Role {
        JobIdRole = IdRole, // qlonglong
        ModelIdRole,        // qlonglong, or invalid when the job produced none
        ProgressRole,       // double 0..1 for the progress delegate
        StatusRole,         // int (JobStatus)
        SortRole,           // a value that orders the column naturally
    };

    // Without a `source` the model shows only what setJobs() gives it. `source` must outlive it.
    explicit JobTableModel(const Database* source = nullptr, QObject* parent = nullptr);

    // Reads every job, the names of the models completed jobs produced, the GPU type names and
    // the queue's state.
    void refresh();
    // As of the last load; empty after setJobs().
    const QueueSnapshot& queue() const { return extra(); }
    // The same from records already read (tests); GPU types are shown by key.
    void setJobs(QList<TrainingJobRecord> jobs, const QHash<qint64, QString>& modelNames);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const TrainingJobRecord& job(int row) const { return rowAt(row)->job; }
    // -1 when the job is not in the table.
    int rowOfJob(qint64 jobId) const { return rowOfId(jobId).value_or(-1); }

    // A row as tab-separated display texts, for the clipboard.
    QString rowText(int row) const;
    QString headerText() const;

protected:
    QVariant cellData(const JobRow& row, int column, int role) const override;
    Loader loader() const override;

private:
    static QVariant display(const JobRow& row, int column);
    static QVariant sortValue(const JobRow& row, int column);
};

// Unfinished jobs can still change; the others are history.
bool isUnfinished(JobStatus status);

} // namespace mm
