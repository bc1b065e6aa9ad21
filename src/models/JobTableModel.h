#pragma once

#include "core/Result.h"
#include "data/Records.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>

namespace mm {

class Database;

// The Training area's table: every training job, unfinished ones first (by id), then finished
// ones, newest first. Small (one row per job the studio ever ran), so reload() reads it whole.
//
// Refreshing keeps rows in place when the set of jobs did not change (a clock tick only moves
// progress and money): then only dataChanged is emitted and the view keeps its selection.
class JobTableModel : public QAbstractTableModel {
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
        JobIdRole = Qt::UserRole + 1, // qlonglong
        ModelIdRole,                  // qlonglong, or invalid when the job produced none
        ProgressRole,                 // double 0..1 for the progress delegate
        StatusRole,                   // int (JobStatus)
        SortRole,                     // a value that orders the column naturally
    };

    explicit JobTableModel(QObject* parent = nullptr);

    // Reads every job, the names of the models completed jobs produced and the GPU type names.
    Status reload(Database& db);
    // The same from records already read (tests, and callers that loaded them elsewhere).
    void setJobs(QList<TrainingJobRecord> jobs, QHash<qint64, QString> modelNames);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const TrainingJobRecord& job(int row) const { return m_jobs.at(row); }
    // -1 when the job is not in the table.
    int rowOfJob(qint64 jobId) const;
    QString modelName(qint64 modelId) const { return m_modelNames.value(modelId); }

    // A row as tab-separated display texts, for the clipboard.
    QString rowText(int row) const;
    QString headerText() const;

private:
    QVariant display(const TrainingJobRecord& job, int column) const;
    QVariant sortValue(const TrainingJobRecord& job, int column) const;

    QList<TrainingJobRecord> m_jobs;
    QHash<qint64, QString> m_modelNames;
    QHash<QString, QString> m_gpuNames; // GPU type key → name, from the economy config
};

// Unfinished jobs can still change; the others are history.
bool isUnfinished(JobStatus status);

} // namespace mm
