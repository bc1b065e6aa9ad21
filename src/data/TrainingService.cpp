#include "data/TrainingService.h"

#include "data/Database.h"
#include "data/EconomyRepository.h"
#include "data/JobRepository.h"
#include "data/LicenseRepository.h"
#include "data/MarketStore.h"
#include "data/ModelRepository.h"
#include "data/ResearchRepository.h"
#include "data/SqlValues.h"
#include "data/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <algorithm>
#include <cmath>

namespace mm {

namespace {

// This file's translation context: lupdate files every Tr::tr() string under it.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mm::TrainingService)
};

const QString kUnfinished = QStringLiteral("'queued', 'running', 'paused'");
const QString kSchedulable = QStringLiteral("'queued', 'running'");

Error jobError(const TrainingJobRecord& job, const QString& message, const QString& rule) {
    return makeError(message,
                     Tr::tr("training job %1 ('%2')").arg(job.id).arg(job.inputs.modelName), rule);
}

// What a transition needs from the economy: its rules and today's game date.
Result<EconomyClock> loadClock(Database& db) {
    return EconomyRepository(db).loadClock();
}

// The job a pause, resume or cancel acts on, refused unless its status is one of `from`.
// `refusal` says which statuses may, with %1 for the job's status.
Result<TrainingJobRecord> jobForTransition(Database& db, qint64 id,
                                           std::initializer_list<JobStatus> from,
                                           const QString& refusal) {
    auto found = JobRepository(db).find(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return makeError(Tr::tr("there is no training job %1").arg(id), QStringLiteral("job"),
                         QStringLiteral("job-not-found"));
    const TrainingJobRecord& job = **found;
    if (std::find(from.begin(), from.end(), job.status) == from.end())
        return jobError(job, refusal.arg(enumLabel(job.status).toLower()),
                        QStringLiteral("job-transition"));
    return job;
}

Result<QList<TrainingJobRecord>> loadJobs(Database& db, const QString& statuses) {
    auto q =
        db.query(QStringLiteral("SELECT %1 FROM training_jobs WHERE status IN (%2) ORDER BY id")
                     .arg(JobRepository::columns(), statuses),
                 {}, Tr::tr("reading the training queue"));
    if (!q)
        return q.error();
    QList<TrainingJobRecord> jobs;
    while (q->next()) {
        auto job = JobRepository::read(*q);
        if (!job)
            return job.error();
        jobs.append(std::move(job).value());
    }
    return jobs;
}

// Cost spent after `progressDays`: the estimate in proportion to the schedule, never above what
// the run will really cost.
Money spentAfter(const TrainingJobRecord& job, double progressDays, Money finalCost) {
    const double share =
        job.estimatedDays > 0 ? std::clamp(progressDays / job.estimatedDays, 0.0, 1.0) : 1.0;
    const Money spent =
        Money::fromCents(std::llround(static_cast<double>(job.estimate.total().cents()) * share));
    return std::max(job.costSpent, std::min(spent, finalCost));
}

// The queued and running jobs in memory while the clock moves; written back once at the end.
class Scheduler {
public:
    struct Job {
        TrainingJobRecord record;
        bool dirty = false;
        bool rolled = false;
        bool stallReported = false;
        std::optional<TrainingOutcome> outcome;
        QString rollError;
    };

    Scheduler(const EconomyConfig& config, QList<TrainingJobRecord> records)
        : m_config(config)
        , m_estimator(config) {
        m_jobs.reserve(records.size());
        for (TrainingJobRecord& record : records) {
            if (record.status == JobStatus::Running)
                m_inUse[record.inputs.gpuType] += record.inputs.gpuCount;
            m_jobs.append(Job{std::move(record), false, false, false, std::nullopt, {}});
        }
    }

    int capacity(const QString& gpuType) const {
        const GpuTypeSpec* gpu = m_config.gpuType(gpuType);
        return gpu ? gpu->capacity : 0;
    }

    // Starts queued jobs in id order while their GPU type has room, on `date`.
    void startQueued(const QDate& date, QList<JobEvent>* started, QList<JobEvent>* stalled) {
        QSet<QString> blocked;
        for (Job& job : m_jobs) {
            TrainingJobRecord& r = job.record;
            if (r.status != JobStatus::Queued || blocked.contains(r.inputs.gpuType))
                continue;
            const int cap = capacity(r.inputs.gpuType);
            if (r.inputs.gpuCount > cap)
                continue; // could never start; it must not hold up the jobs behind it
            if (m_inUse.value(r.inputs.gpuType) + r.inputs.gpuCount > cap) {
                blocked.insert(r.inputs.gpuType);
                continue;
            }
            if (!ensureRolled(job)) {
                reportStall(job, date, stalled);
                continue;
            }
            r.status = JobStatus::Running;
            if (!r.startedOn)
                r.startedOn = date;
            job.dirty = true;
            m_inUse[r.inputs.gpuType] += r.inputs.gpuCount;
            if (started)
                started->append(JobEvent{r.id, r.inputs.modelName, date, std::nullopt, {}});
        }
    }

    // Runs every running job through the day that begins on `date`; jobs that reach the end of
    // their schedule finish on the next day.
    Status runDay(const QDate& date, Database& db, AdvanceReport& report) {
        const QDate finishedOn = date.addDays(1);
        for (Job& job : m_jobs) {
            TrainingJobRecord& r = job.record;
            if (r.status != JobStatus::Running)
                continue;
            if (!ensureRolled(job)) {
                reportStall(job, date, &report.stalled);
                continue;
            }
            const TrainingOutcome& outcome = *job.outcome;
            const double before = r.progressDays;
            job.dirty = true;
            if (before + 1.0 < outcome.actualDays) {
                r.progressDays = before + 1.0;
                r.costSpent = spentAfter(r, r.progressDays, outcome.actualCost);
                continue;
            }
            r.progressDays = std::max(before, outcome.actualDays);
            r.costSpent = outcome.actualCost;
            r.finishedOn = finishedOn;
            m_inUse[r.inputs.gpuType] -= r.inputs.gpuCount;
            if (outcome.failed) {
                r.status = JobStatus::Failed;
                r.failureReason = outcome.failureReason;
                report.failed.append(
                    JobEvent{r.id, r.inputs.modelName, finishedOn, std::nullopt, r.failureReason});
                continue;
            }
            auto model = createModel(db, r, outcome, finishedOn);
            if (!model)
                return model.error();
            r.status = JobStatus::Completed;
            r.modelId = model->id;
            report.completed.append(JobEvent{r.id, model->name, finishedOn, model->id, {}});
        }
        return Ok{};
    }

    bool hasRunningOrQueued() const {
        return std::any_of(m_jobs.begin(), m_jobs.end(), [](const Job& job) {
            return job.record.status == JobStatus::Running ||
                   job.record.status == JobStatus::Queued;
        });
    }

    QList<TrainingJobRecord> dirtyRecords() const {
        QList<TrainingJobRecord> records;
        for (const Job& job : m_jobs) {
            if (job.dirty)
                records.append(job.record);
        }
        return records;
    }

    std::optional<TrainingJobRecord> record(qint64 id) const {
        for (const Job& job : m_jobs) {
            if (job.record.id == id)
                return job.record;
        }
        return std::nullopt;
    }

private:
    bool ensureRolled(Job& job) {
        if (!job.rolled) {
            job.rolled = true;
            auto outcome = m_estimator.roll(job.record.inputs);
            if (outcome)
                job.outcome = std::move(outcome).value();
            else
                job.rollError = outcome.error().toString();
        }
        return job.outcome.has_value();
    }

    static void reportStall(Job& job, const QDate& date, QList<JobEvent>* stalled) {
        if (job.stallReported || !stalled)
            return;
        job.stallReported = true;
        stalled->append(
            JobEvent{job.record.id, job.record.inputs.modelName, date, std::nullopt,
                     Tr::tr("the economy no longer accepts its inputs: %1").arg(job.rollError)});
    }

    // The catalog model of a finished run. A name taken since the job was queued (someone added
    // a model by hand) gets a numbered suffix rather than losing the run.
    static Result<ModelRecord> createModel(Database& db, const TrainingJobRecord& job,
                                           const TrainingOutcome& outcome, const QDate& date) {
        ModelRepository models(db);
        ModelRecord model;
        model.name = job.inputs.modelName;
        for (int suffix = 2;; ++suffix) {
            auto existing = models.findByName(model.name);
            if (!existing)
                return existing.error();
            if (!existing->has_value())
                break;
            model.name = QStringLiteral("%1 (%2)").arg(job.inputs.modelName).arg(suffix);
        }
        model.architecture = job.inputs.architecture;
        model.sizeClass = job.inputs.sizeClass;
        model.parameters = job.inputs.parameters;
        model.datasetTokens = job.inputs.datasetTokens;
        model.status = ModelStatus::Completed;
        model.performance = outcome.performance;
        model.accuracy = outcome.accuracy;
        model.efficiency = outcome.efficiency;
        model.composite = outcome.composite;
        model.benchmarks = outcome.benchmarks;
        model.trainingCost = outcome.actualCost;
        model.trainingDays = outcome.actualDays;
        model.researchPoints = job.inputs.researchPoints;
        model.createdOn = date;
        if (auto done = models.insert(model); !done)
            return done.error();
        return model;
    }

    const EconomyConfig& m_config;
    TrainingEstimator m_estimator;
    QList<Job> m_jobs;
    QHash<QString, int> m_inUse;
};

// Loads the schedulable jobs, starts what fits on `date` and saves the ones that started.
Status startWhatFits(Database& db, const EconomyConfig& config, const QDate& date,
                     std::optional<TrainingJobRecord>* watched = nullptr) {
    auto jobs = loadJobs(db, kSchedulable);
    if (!jobs)
        return jobs.error();
    Scheduler scheduler(config, std::move(jobs).value());
    scheduler.startQueued(date, nullptr, nullptr);
    if (watched && watched->has_value()) {
        if (auto updated = scheduler.record((*watched)->id))
            *watched = updated;
    }
    const QList<TrainingJobRecord> dirty = scheduler.dirtyRecords();
    if (dirty.isEmpty())
        return Ok{};
    return JobRepository(db).updateMany(dirty);
}

} // namespace

Result<TrainingEstimate> TrainingService::estimate(const TrainingInputs& inputs) {
    auto config = EconomyRepository(m_db).loadConfig();
    if (!config)
        return config.error();
    return TrainingEstimator(std::move(config).value()).estimate(inputs);
}

Result<TrainingJobRecord> TrainingService::queueJob(TrainingInputs inputs) {
    inputs.modelName = inputs.modelName.trimmed();
    const QString operation = Tr::tr("queuing the training of '%1'").arg(inputs.modelName);
    if (inputs.modelName.isEmpty())
        return makeError(Tr::tr("a training job needs the name of the model it trains"),
                         QStringLiteral("modelName"), QStringLiteral("training-name"));
    if (inputs.modelName.size() > kMaxModelNameLength)
        return makeError(Tr::tr("the name is longer than %1 characters").arg(kMaxModelNameLength),
                         QStringLiteral("modelName"), QStringLiteral("training-name"));

    Transaction transaction(m_db, operation);
    if (auto begun = transaction.status(); !begun)
        return begun.error();
    EconomyRepository economy(m_db);
    auto config = economy.loadConfig();
    if (!config)
        return config.error();
    auto today = economy.gameDate();
    if (!today)
        return today.error();

    const TrainingEstimator estimator(*config);
    auto planned = estimator.estimate(inputs);
    if (!planned)
        return planned.error();
    const GpuTypeSpec* gpu = config->gpuType(inputs.gpuType);
    if (gpu && inputs.gpuCount > gpu->capacity)
        return makeError(Tr::tr("%1 GPUs of type %2 can never run at once: the studio has %3")
                             .arg(inputs.gpuCount)
                             .arg(gpu->name)
                             .arg(gpu->capacity),
                         QStringLiteral("gpuCount"), QStringLiteral("training-gpu-capacity"));

    auto available = ResearchRepository(m_db).availablePoints();
    if (!available)
        return available.error();
    if (inputs.researchPoints > *available)
        return makeError(Tr::tr("%1 research points asked for, but only %2 are available")
                             .arg(inputs.researchPoints)
                             .arg(std::max<qint64>(0, *available)),
                         QStringLiteral("researchPoints"),
                         QStringLiteral("training-research-points"));

    auto model = ModelRepository(m_db).findByName(inputs.modelName);
    if (!model)
        return model.error();
    if (model->has_value())
        return makeError(Tr::tr("a model named '%1' already exists").arg((*model)->name),
                         QStringLiteral("modelName"), QStringLiteral("training-name"));
    auto job =
        m_db.query(QStringLiteral("SELECT id FROM training_jobs WHERE %1 AND status IN (%2) "
                                  "LIMIT 1")
                       .arg(m_db.dialect().nocaseEquals(QStringLiteral("model_name")), kUnfinished),
                   {inputs.modelName}, operation);
    if (!job)
        return job.error();
    if (job->next())
        return makeError(Tr::tr("training job %1 is already training a model named '%2'")
                             .arg(job->value(0).toLongLong())
                             .arg(inputs.modelName),
                         QStringLiteral("modelName"), QStringLiteral("training-name"));

    TrainingJobRecord record;
    record.inputs = std::move(inputs);
    record.status = JobStatus::Queued;
    record.estimate = planned->cost;
    record.estimatedDays = planned->days;
    record.queuedOn = *today;
    if (auto done = JobRepository(m_db).insert(record); !done)
        return done.error();

    std::optional<TrainingJobRecord> watched = record;
    if (auto done = startWhatFits(m_db, *config, *today, &watched); !done)
        return done.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return *watched;
}

Result<AdvanceReport> TrainingService::advance(int days) {
    if (days < 1 || days > kMaxAdvanceDays)
        return makeError(Tr::tr("the clock moves forward by 1 to %1 days, not %2")
                             .arg(kMaxAdvanceDays)
                             .arg(days),
                         QStringLiteral("days"), QStringLiteral("clock-days"));
    Transaction transaction(m_db, Tr::tr("advancing the game clock by %1 days").arg(days));
    if (auto begun = transaction.status(); !begun)
        return begun.error();
    EconomyRepository economy(m_db);
    auto config = economy.loadConfig();
    if (!config)
        return config.error();
    auto today = economy.gameDate();
    if (!today)
        return today.error();
    auto jobs = loadJobs(m_db, kSchedulable);
    if (!jobs)
        return jobs.error();

    AdvanceReport report;
    report.fromDate = *today;
    report.days = days;
    Scheduler scheduler(*config, std::move(jobs).value());
    MarketStore market(m_db);
    auto playMarket = market.isEnabled();
    if (!playMarket)
        return playMarket.error();
    QDate date = *today;
    scheduler.startQueued(date, &report.started, &report.stalled);
    for (int day = 0; day < days; ++day) {
        if (scheduler.hasRunningOrQueued()) {
            if (auto done = scheduler.runDay(date, m_db, report); !done)
                return done.error();
        }
        const QDate next = date.addDays(1);
        if (next.month() != date.month()) {
            auto closed = market.closeMonth(*config, monthNumber(date), *playMarket);
            if (!closed)
                return closed.error();
            report.licensesExpiredOrRenewed += closed->licensesExpiredOrRenewed;
            report.usageRowsAdded += closed->usageRowsAdded;
            report.marketSales += closed->marketSales;
            report.marketRenewals += closed->renewals;
            report.rivalReleases += closed->rivalReleases;
            report.monthsAccrued.append(closed->month);
        }
        date = next;
        scheduler.startQueued(date, &report.started, &report.stalled);
    }
    report.gameDate = date;

    if (const QList<TrainingJobRecord> dirty = scheduler.dirtyRecords(); !dirty.isEmpty()) {
        if (auto done = JobRepository(m_db).updateMany(dirty); !done)
            return done.error();
    }
    if (auto done = economy.setGameDate(date); !done)
        return done.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return report;
}

Result<TrainingJobRecord> TrainingService::pauseJob(qint64 id) {
    Transaction transaction(m_db, Tr::tr("pausing training job %1").arg(id));
    if (auto begun = transaction.status(); !begun)
        return begun.error();
    auto job = jobForTransition(m_db, id, {JobStatus::Queued, JobStatus::Running},
                                Tr::tr("the job is %1; only queued or running jobs can be paused"));
    if (!job)
        return job.error();
    job->status = JobStatus::Paused;
    if (auto done = JobRepository(m_db).update(*job); !done)
        return done.error();
    // Its GPUs, or its place at the head of the queue, may let others start.
    auto clock = loadClock(m_db);
    if (!clock)
        return clock.error();
    if (auto done = startWhatFits(m_db, clock->config, clock->today); !done)
        return done.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return job;
}

Result<TrainingJobRecord> TrainingService::resumeJob(qint64 id) {
    Transaction transaction(m_db, Tr::tr("resuming training job %1").arg(id));
    if (auto begun = transaction.status(); !begun)
        return begun.error();
    auto job = jobForTransition(m_db, id, {JobStatus::Paused},
                                Tr::tr("the job is %1; only paused jobs can be resumed"));
    if (!job)
        return job.error();
    job->status = JobStatus::Queued;
    if (auto done = JobRepository(m_db).update(*job); !done)
        return done.error();
    auto clock = loadClock(m_db);
    if (!clock)
        return clock.error();
    std::optional<TrainingJobRecord> watched = *job;
    if (auto done = startWhatFits(m_db, clock->config, clock->today, &watched); !done)
        return done.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return *watched;
}

Result<TrainingJobRecord> TrainingService::cancelJob(qint64 id) {
    Transaction transaction(m_db, Tr::tr("cancelling training job %1").arg(id));
    if (auto begun = transaction.status(); !begun)
        return begun.error();
    auto job = jobForTransition(
        m_db, id, {JobStatus::Queued, JobStatus::Running, JobStatus::Paused},
        Tr::tr("the job is %1; only queued, running or paused jobs can be cancelled"));
    if (!job)
        return job.error();
    auto clock = loadClock(m_db);
    if (!clock)
        return clock.error();

    const Money remaining = std::max(Money(), job->estimate.total() - job->costSpent);
    auto fee = remaining.scaled(clock->config.cancellationFeePercent, 100);
    if (!fee)
        return fee.error();
    auto charged = job->costSpent.plus(*fee);
    if (!charged)
        return charged.error();
    job->status = JobStatus::Cancelled;
    job->costSpent = *charged;
    job->finishedOn = std::max(clock->today, job->queuedOn);
    if (auto done = JobRepository(m_db).update(*job); !done)
        return done.error();
    if (auto done = startWhatFits(m_db, clock->config, clock->today); !done)
        return done.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return job;
}

Result<QueueSnapshot> TrainingService::snapshot() {
    auto clock = loadClock(m_db);
    if (!clock)
        return clock.error();
    const EconomyConfig* config = &clock->config;
    const QDate* today = &clock->today;
    auto active = loadJobs(m_db, kUnfinished);
    if (!active)
        return active.error();

    QueueSnapshot snapshot;
    snapshot.gameDate = *today;
    for (JobStatus status : enumValues<JobStatus>())
        snapshot.counts.insert(status, 0);
    auto counts =
        m_db.query(QStringLiteral("SELECT status, COUNT(*) FROM training_jobs GROUP BY status"), {},
                   Tr::tr("counting training jobs"));
    if (!counts)
        return counts.error();
    while (counts->next())
        snapshot.counts[sqlv::toEnum<JobStatus>(counts->value(0))] = counts->value(1).toInt();

    for (const GpuTypeSpec& gpu : config->gpuTypes) {
        GpuUsage usage{gpu.key, gpu.name, 0, gpu.capacity, 0};
        for (const TrainingJobRecord& job : *active) {
            if (job.inputs.gpuType != gpu.key)
                continue;
            if (job.status == JobStatus::Running)
                usage.inUse += job.inputs.gpuCount;
            else if (job.status == JobStatus::Queued)
                usage.waiting += job.inputs.gpuCount;
        }
        snapshot.gpus.append(usage);
    }
    snapshot.activeJobs = std::move(active).value();
    return snapshot;
}

} // namespace mm
