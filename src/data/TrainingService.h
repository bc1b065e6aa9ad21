#pragma once

#include "core/Result.h"
#include "core/TrainingEstimator.h"
#include "data/Records.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace mm {

class Database;

// Something that happened to one training job while the clock moved (or a command ran).
struct JobEvent {
    qint64 jobId = 0;
    QString modelName;
    QDate date;                    // the day it started, finished or failed
    std::optional<qint64> modelId; // completed: the catalog model the run produced
    QString reason;                // failed or stalled: why
};

// What one advance() did, for the status bar, the CLI and tests.
struct AdvanceReport {
    QDate fromDate;
    QDate gameDate; // the new date
    int days = 0;
    QList<JobEvent> started;
    QList<JobEvent> completed;
    QList<JobEvent> failed;
    // Jobs the current economy cannot run any more (their inputs no longer validate, for example
    // after their GPU type was removed): they wait where they are, neither started nor advanced.
    QList<JobEvent> stalled;
    QStringList monthsAccrued; // yyyy-MM, each month whose usage was charged
    int usageRowsAdded = 0;
    int licensesExpiredOrRenewed = 0;
    int marketSales = 0;    // licenses buyers bought as the market played
    int marketRenewals = 0; // licenses renewed at their term's end
    int rivalReleases = 0;  // models rival labs brought out
};

struct GpuUsage {
    QString gpuType;
    QString name;
    int inUse = 0;    // GPUs held by running jobs
    int capacity = 0; // from the economy config
    int waiting = 0;  // GPUs asked for by queued jobs
};

// The state of the training queue as of the game date.
struct QueueSnapshot {
    QDate gameDate;
    QList<TrainingJobRecord> activeJobs; // queued, running and paused, by id
    QMap<JobStatus, int> counts;         // every status, zero when none
    QList<GpuUsage> gpus;                // one per GPU type of the config
};

// Queues training jobs, runs them on the studio's GPUs as the game clock advances, and turns
// finished runs into catalog models (see docs/economy.md for the rules).
//
// Every public write is one transaction: a refused or failed call leaves the database as it was.
// Scheduling: running jobs of one GPU type together use at most that type's capacity; queued
// jobs start strictly in id order per GPU type (a job that does not fit makes the later ones of
// its type wait, so big jobs are not starved), except that a job asking for more GPUs than the
// type has at all never blocks the others.
class TrainingService {
public:
    explicit TrainingService(Database& db)
        : m_db(db) {}

    static constexpr int kMaxAdvanceDays = 3650;
    static constexpr int kMaxModelNameLength = 200;

    // The estimate for `inputs` under the stored economy config; writes nothing.
    Result<TrainingEstimate> estimate(const TrainingInputs& inputs);

    // Validates and queues a job (queued_on = game date), then starts whatever fits. Refuses
    // invalid inputs ("training-input"), a name already used by a model or an unfinished job
    // ("training-name"), more research points than available ("training-research-points") and
    // more GPUs than the type has ("training-gpu-capacity"). Returns the job as stored, Running
    // when it could start at once.
    Result<TrainingJobRecord> queueJob(TrainingInputs inputs);

    // Moves the game clock forward by `days` (1..kMaxAdvanceDays), day by day: queued jobs start
    // when they fit, running jobs progress one day, finish or fail as their seeded roll says, and
    // each month the clock enters charges the usage of the month just finished.
    Result<AdvanceReport> advance(int days);

    // A paused job holds no GPUs and makes no progress. Queued and running jobs can be paused.
    Result<TrainingJobRecord> pauseJob(qint64 id);
    // Puts a paused job back in the queue; it starts at once when its GPUs are free.
    Result<TrainingJobRecord> resumeJob(qint64 id);
    // Cancels a queued, running or paused job: it is charged what it spent plus the config's
    // cancellation fee share of the rest of its estimate, and its research points come back.
    Result<TrainingJobRecord> cancelJob(qint64 id);

    Result<QueueSnapshot> snapshot();

private:
    Database& m_db;
};

} // namespace mm
