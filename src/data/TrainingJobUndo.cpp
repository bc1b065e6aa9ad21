#include "data/TrainingJobUndo.h"

#include "data/Database.h"
#include "data/EconomyRepository.h"
#include "data/JobRepository.h"
#include "data/ResearchRepository.h"
#include "data/Transaction.h"

#include <QCoreApplication>
#include <QLocale>

namespace mm {

namespace {

// This file's translation context: lupdate files every Tr::tr() string under it.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mm::TrainingJobUndo)
};

QString jobWhere(const TrainingJobRecord& job) {
    return Tr::tr("training job %1 ('%2')").arg(job.id).arg(job.inputs.modelName);
}

Result<TrainingJobRecord> currentJob(Database& db, qint64 id) {
    auto found = JobRepository(db).find(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return makeError(Tr::tr("the training job no longer exists"),
                         Tr::tr("training job %1").arg(id), QStringLiteral("job-not-found"));
    return **found;
}

} // namespace

bool sameJobState(const TrainingJobRecord& a, const TrainingJobRecord& b) {
    return a.id == b.id && a.status == b.status && a.progressDays == b.progressDays &&
           a.costSpent == b.costSpent && a.startedOn == b.startedOn &&
           a.finishedOn == b.finishedOn && a.modelId == b.modelId &&
           a.failureReason == b.failureReason;
}

Status withdrawUntrainedJob(Database& db, qint64 jobId) {
    Transaction transaction(db, Tr::tr("taking back training job %1").arg(jobId));
    if (auto begun = transaction.status(); !begun)
        return begun;
    auto job = currentJob(db, jobId);
    if (!job)
        return job.error();
    const bool waiting = job->status == JobStatus::Queued || job->status == JobStatus::Running ||
                         job->status == JobStatus::Paused;
    if (!waiting || job->progressDays > 0 || !job->costSpent.isZero())
        return makeError(
            waiting ? Tr::tr("it has already trained for %1 days; cancel it instead")
                          .arg(QLocale().toString(job->progressDays, 'f', 1))
                    : Tr::tr("it is %1 now; only a job that has not trained yet can be taken back")
                          .arg(enumLabel(job->status).toLower()),
            jobWhere(*job), QStringLiteral("job-progressed"));
    auto removed = db.query(QStringLiteral("DELETE FROM training_jobs WHERE id = ?"), {jobId},
                            Tr::tr("taking back training job %1").arg(jobId));
    if (!removed)
        return removed.error();
    return transaction.commit();
}

Status restoreJobState(Database& db, const TrainingJobRecord& expected,
                       const TrainingJobRecord& restored) {
    Transaction transaction(db, Tr::tr("restoring training job %1").arg(expected.id));
    if (auto begun = transaction.status(); !begun)
        return begun;
    auto job = currentJob(db, expected.id);
    if (!job)
        return job.error();
    if (!sameJobState(*job, expected))
        return makeError(Tr::tr("it changed meanwhile (it is %1 now, %2 days trained)")
                             .arg(enumLabel(job->status).toLower(),
                                  QLocale().toString(job->progressDays, 'f', 1)),
                         jobWhere(*job), QStringLiteral("job-changed"));

    if (restored.status == JobStatus::Running && job->status != JobStatus::Running) {
        auto config = EconomyRepository(db).loadConfig();
        if (!config)
            return config.error();
        auto running = JobRepository(db).byStatus(JobStatus::Running);
        if (!running)
            return running.error();
        int inUse = 0;
        for (const TrainingJobRecord& other : *running) {
            if (other.inputs.gpuType == restored.inputs.gpuType)
                inUse += other.inputs.gpuCount;
        }
        const GpuTypeSpec* gpu = config->gpuType(restored.inputs.gpuType);
        const int capacity = gpu ? gpu->capacity : 0;
        if (inUse + restored.inputs.gpuCount > capacity)
            return makeError(Tr::tr("its %1 GPUs of type %2 are in use by other jobs now")
                                 .arg(restored.inputs.gpuCount)
                                 .arg(restored.inputs.gpuType),
                             jobWhere(*job), QStringLiteral("training-gpu-capacity"));
    }

    TrainingJobRecord toWrite = *job;
    toWrite.status = restored.status;
    toWrite.progressDays = restored.progressDays;
    toWrite.costSpent = restored.costSpent;
    toWrite.startedOn = restored.startedOn;
    toWrite.finishedOn = restored.finishedOn;
    toWrite.modelId = restored.modelId;
    toWrite.failureReason = restored.failureReason;
    if (auto done = JobRepository(db).update(toWrite); !done)
        return done;
    auto available = ResearchRepository(db).availablePoints();
    if (!available)
        return available.error();
    if (*available < 0)
        return makeError(Tr::tr("its %1 research points were spent on other jobs meanwhile")
                             .arg(restored.inputs.researchPoints),
                         jobWhere(*job), QStringLiteral("training-research-points"));
    return transaction.commit();
}

} // namespace mm
