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

JobTableModel::JobTableModel(QObject* parent)
    : QAbstractTableModel(parent) {
}

Status JobTableModel::reload(Database& db) {
    auto jobs = JobRepository(db).all();
    if (!jobs)
        return jobs.error();
    QList<qint64> modelIds;
    for (const TrainingJobRecord& job : *jobs) {
        if (job.modelId)
            modelIds.append(*job.modelId);
    }
    QHash<qint64, QString> names;
    if (!modelIds.isEmpty()) {
        auto models = ModelRepository(db).findMany(modelIds);
        if (!models)
            return models.error();
        for (const ModelRecord& model : *models)
            names.insert(model.id, model.name);
    }
    // GPU types are shown by name; a type the economy no longer has keeps its key.
    auto config = EconomyRepository(db).loadConfig();
    if (!config)
        return config.error();
    m_gpuNames.clear();
    for (const GpuTypeSpec& gpu : config->gpuTypes)
        m_gpuNames.insert(gpu.key, gpu.name);
    setJobs(std::move(jobs).value(), std::move(names));
    return Ok{};
}

void JobTableModel::setJobs(QList<TrainingJobRecord> jobs, QHash<qint64, QString> modelNames) {
    std::stable_sort(jobs.begin(), jobs.end(),
                     [](const TrainingJobRecord& a, const TrainingJobRecord& b) {
                         const bool aOpen = isUnfinished(a.status);
                         const bool bOpen = isUnfinished(b.status);
                         if (aOpen != bOpen)
                             return aOpen;
                         return aOpen ? a.id < b.id : a.id > b.id;
                     });
    const bool sameRows =
        jobs.size() == m_jobs.size() &&
        std::equal(jobs.begin(), jobs.end(), m_jobs.begin(),
                   [](const TrainingJobRecord& a, const TrainingJobRecord& b) {
                       return a.id == b.id && isUnfinished(a.status) == isUnfinished(b.status);
                   });
    if (!sameRows)
        beginResetModel();
    m_jobs = std::move(jobs);
    m_modelNames = std::move(modelNames);
    if (!sameRows)
        endResetModel();
    else if (!m_jobs.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int JobTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_jobs.size());
}

int JobTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

int JobTableModel::rowOfJob(qint64 jobId) const {
    for (int row = 0; row < m_jobs.size(); ++row) {
        if (m_jobs.at(row).id == jobId)
            return row;
    }
    return -1;
}

QVariant JobTableModel::display(const TrainingJobRecord& job, int column) const {
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
                                 m_gpuNames.value(job.inputs.gpuType, job.inputs.gpuType));
    case ModelColumn:
        if (job.modelId)
            return m_modelNames.value(*job.modelId, tr("(deleted)"));
        if (job.status == JobStatus::Completed)
            return tr("(deleted)");
        return QString();
    default:
        return {};
    }
}

QVariant JobTableModel::sortValue(const TrainingJobRecord& job, int column) const {
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
        return display(job, column);
    }
}

QVariant JobTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_jobs.size())
        return {};
    const TrainingJobRecord& job = m_jobs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(job, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() >= ElapsedColumn && index.column() <= GpusColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && !job.failureReason.isEmpty())
            return job.failureReason;
        if (index.column() == ModelColumn && job.modelId)
            return tr("Double-click to show the model in the catalog");
        return {};
    case JobIdRole:
        return job.id;
    case ModelIdRole:
        return job.modelId ? QVariant(*job.modelId) : QVariant();
    case ProgressRole:
        return job.progress();
    case StatusRole:
        return static_cast<int>(job.status);
    case SortRole:
        return sortValue(job, index.column());
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
        cells.append(display(m_jobs.at(row), column).toString());
    return cells.join(u'\t');
}

} // namespace mm
