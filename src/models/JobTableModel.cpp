#include "models/JobTableModel.h"

#include "data/EconomyRepository.h"
#include "data/JobRepository.h"
#include "data/ModelRepository.h"

#include <QLocale>
#include <algorithm>

namespace mm {

bool isUnfinished(JobStatus status) {
    return status == JobStatus::Queued || status == JobStatus::Running ||
           status == JobStatus::Paused;
}

namespace {

// Unfinished jobs first by id, then finished ones newest first.
void sortForTheTable(QList<JobRow>& rows) {
    std::stable_sort(rows.begin(), rows.end(), [](const JobRow& a, const JobRow& b) {
        const bool aOpen = isUnfinished(a.job.status);
        const bool bOpen = isUnfinished(b.job.status);
        if (aOpen != bOpen)
            return aOpen;
        return aOpen ? a.job.id < b.job.id : a.job.id > b.job.id;
    });
}

Result<JobTableModel::Snapshot> readJobs(Database& db) {
    auto jobs = JobRepository(db).all();
    if (!jobs)
        return jobs.error();
    QList<qint64> modelIds;
    for (const TrainingJobRecord& job : *jobs) {
        if (job.modelId)
            modelIds.append(*job.modelId);
    }
    QHash<qint64, QString> modelNames;
    if (!modelIds.isEmpty()) {
        auto models = ModelRepository(db).findMany(modelIds);
        if (!models)
            return models.error();
        for (const ModelRecord& model : *models)
            modelNames.insert(model.id, model.name);
    }
    auto config = EconomyRepository(db).loadConfig();
    if (!config)
        return config.error();
    QHash<QString, QString> gpuNames;
    for (const GpuTypeSpec& gpu : config->gpuTypes)
        gpuNames.insert(gpu.key, gpu.name);
    JobTableModel::Snapshot snapshot;
    for (TrainingJobRecord& job : *jobs) {
        JobRow row;
        row.modelName = job.modelId ? modelNames.value(*job.modelId) : QString();
        row.gpuName = gpuNames.value(job.inputs.gpuType);
        row.job = std::move(job);
        snapshot.rows.append(std::move(row));
    }
    sortForTheTable(snapshot.rows);
    auto queue = TrainingService(db).snapshot();
    if (!queue)
        return queue.error();
    snapshot.extra = std::move(queue).value();
    return snapshot;
}

} // namespace

JobTableModel::JobTableModel(const Database* source, QObject* parent)
    : AsyncTableModel(source, parent) {
    if (source)
        refresh();
}

void JobTableModel::refresh() {
    reload();
}

JobTableModel::Loader JobTableModel::loader() const {
    return &readJobs;
}

void JobTableModel::setJobs(QList<TrainingJobRecord> jobs,
                            const QHash<qint64, QString>& modelNames) {
    Snapshot snapshot;
    for (TrainingJobRecord& job : jobs) {
        JobRow row;
        row.modelName = job.modelId ? modelNames.value(*job.modelId) : QString();
        row.job = std::move(job);
        snapshot.rows.append(std::move(row));
    }
    sortForTheTable(snapshot.rows);
    applySnapshot(snapshot);
}

int JobTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobTableModel::display(const JobRow& row, int column) {
    const TrainingJobRecord& job = row.job;
    const QLocale locale;
    switch (column) {
    case NameColumn:
        return job.inputs.modelName;
    case SizeClassColumn:
        return enumLabel(job.inputs.sizeClass);
    case StatusColumn:
        return enumLabel(job.status);
    case ProgressColumn:
        return tr("%1%").arg(locale.toString(job.progress() * 100.0, 'f', 0));
    case ElapsedColumn:
        return locale.toString(job.progressDays, 'f', 1);
    case RemainingColumn:
        if (!isUnfinished(job.status))
            return QString();
        return locale.toString(std::max(0.0, job.estimatedDays - job.progressDays), 'f', 1);
    case CostSpentColumn:
        return job.costSpent.toDisplayString(locale);
    case EstimateColumn:
        return job.estimate.total().toDisplayString(locale);
    case GpusColumn:
        return tr("%1 × %2").arg(locale.toString(job.inputs.gpuCount),
                                 row.gpuName.isEmpty() ? job.inputs.gpuType : row.gpuName);
    case ModelColumn:
        if (job.modelId)
            return row.modelName.isEmpty() ? tr("(deleted)") : row.modelName;
        if (job.status == JobStatus::Completed)
            return tr("(deleted)");
        return QString();
    default:
        return {};
    }
}

QVariant JobTableModel::sortValue(const JobRow& row, int column) {
    const TrainingJobRecord& job = row.job;
    switch (column) {
    case SizeClassColumn:
        return static_cast<int>(job.inputs.sizeClass);
    case StatusColumn:
        return static_cast<int>(job.status);
    case ProgressColumn:
        return job.progress();
    case ElapsedColumn:
        return job.progressDays;
    case RemainingColumn:
        return isUnfinished(job.status) ? job.estimatedDays - job.progressDays : -1.0;
    case CostSpentColumn:
        return job.costSpent.cents();
    case EstimateColumn:
        return job.estimate.total().cents();
    case GpusColumn:
        return job.inputs.gpuCount;
    default:
        return display(row, column);
    }
}

QVariant JobTableModel::cellData(const JobRow& row, int column, int role) const {
    const TrainingJobRecord& job = row.job;
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::TextAlignmentRole:
        if (column >= ElapsedColumn && column <= GpusColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (column == StatusColumn && !job.failureReason.isEmpty())
            return job.failureReason;
        if (column == ModelColumn && job.modelId)
            return tr("Double-click to show the model in the catalog");
        return {};
    case ModelIdRole:
        return job.modelId ? QVariant(*job.modelId) : QVariant();
    case ProgressRole:
        return job.progress();
    case StatusRole:
        return static_cast<int>(job.status);
    case SortRole:
        return sortValue(row, column);
    default:
        return {};
    }
}

QVariant JobTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ElapsedColumn:
            return tr("Game days the job has trained (pauses and waiting not counted)");
        case RemainingColumn:
            return tr("Game days of training still planned");
        case EstimateColumn:
            return tr("The estimated total cost when the job was queued");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SizeClassColumn:
        return tr("Size class");
    case StatusColumn:
        return tr("Status");
    case ProgressColumn:
        return tr("Progress");
    case ElapsedColumn:
        return tr("Elapsed (days)");
    case RemainingColumn:
        return tr("Remaining (days)");
    case CostSpentColumn:
        return tr("Cost so far");
    case EstimateColumn:
        return tr("Estimated total");
    case GpusColumn:
        return tr("GPUs");
    case ModelColumn:
        return tr("Model");
    default:
        return {};
    }
}

QString JobTableModel::headerText() const {
    QStringList cells;
    for (int column = 0; column < ColumnCount; ++column)
        cells.append(headerData(column, Qt::Horizontal).toString());
    return cells.join(u'\t');
}

QString JobTableModel::rowText(int row) const {
    QStringList cells;
    for (int column = 0; column < ColumnCount; ++column)
        cells.append(display(*rowAt(row), column).toString());
    return cells.join(u'\t');
}

} // namespace mm
