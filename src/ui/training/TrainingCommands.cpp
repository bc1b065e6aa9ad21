#include "ui/training/TrainingCommands.h"

#include "data/Database.h"
#include "data/JobRepository.h"
#include "data/ResearchRepository.h"
#include "data/TrainingJobUndo.h"
#include "data/TrainingService.h"
#include "data/Transaction.h"
#include "ui/shell/Workspace.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace mm {

namespace {

// This file's translation context: lupdate files every Tr::tr() string under it.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mm::TrainingCommands)
};

Result<TrainingJobRecord> readJob(Database& db, qint64 id) {
    auto found = JobRepository(db).find(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return makeError(Tr::tr("the training job no longer exists"),
                         Tr::tr("training job %1").arg(id), QStringLiteral("job-not-found"));
    return **found;
}

// Fails unless the job is still in `expected`'s state: the clock or another program moved it.
Status expectJobState(Database& db, const TrainingJobRecord& expected) {
    auto current = readJob(db, expected.id);
    if (!current)
        return current.error();
    if (!sameJobState(*current, expected))
        return makeError(
            Tr::tr("it changed meanwhile (it is %1 now)").arg(enumLabel(current->status).toLower()),
            current->inputs.modelName, QStringLiteral("job-changed"));
    return Ok{};
}

Status expectProject(Database& db, const ResearchProjectRecord& expected) {
    auto current = ResearchRepository(db).find(expected.id);
    if (!current)
        return current.error();
    if (!current->has_value())
        return makeError(Tr::tr("the research project no longer exists"), expected.name,
                         QStringLiteral("research-not-found"));
    if (**current != expected)
        return makeError(Tr::tr("it was changed by someone else meanwhile"), expected.name,
                         QStringLiteral("stale-edit"));
    return Ok{};
}

} // namespace

// --- Queue ---------------------------------------------------------------------------------

QueueJobCommand::QueueJobCommand(Workspace& workspace, TrainingInputs inputs)
    : TrainingCommand(workspace, Tr::tr("queue training of '%1'").arg(inputs.modelName.trimmed()))
    , m_inputs(std::move(inputs)) {
}

Status QueueJobCommand::applyRedo() {
    auto queued = TrainingService(m_workspace.database()).queueJob(m_inputs);
    if (!queued)
        return queued.error();
    m_job = std::move(queued).value();
    return Ok{};
}

Status QueueJobCommand::applyUndo() {
    return withdrawUntrainedJob(m_workspace.database(), m_job.id);
}

// --- Pause / Resume ------------------------------------------------------------------------

JobTransitionCommand::JobTransitionCommand(Workspace& workspace, TrainingJobRecord job, Kind kind,
                                           const QString& text)
    : TrainingCommand(workspace, text)
    , m_expected(std::move(job))
    , m_kind(kind) {
}

Result<JobTransitionCommand*> JobTransitionCommand::create(Workspace& workspace, qint64 jobId,
                                                           Kind kind) {
    auto job = readJob(workspace.database(), jobId);
    if (!job)
        return job.error();
    const QString name = job->inputs.modelName;
    const QString text = kind == Pause ? Tr::tr("pause training of '%1'").arg(name)
                                       : Tr::tr("resume training of '%1'").arg(name);
    return new JobTransitionCommand(workspace, std::move(job).value(), kind, text);
}

Status JobTransitionCommand::apply(Kind kind) {
    Database& db = m_workspace.database();
    Transaction transaction(db, text());
    if (auto begun = transaction.status(); !begun)
        return begun;
    if (auto same = expectJobState(db, m_expected); !same)
        return same;
    TrainingService service(db);
    auto done = kind == Pause ? service.pauseJob(m_expected.id) : service.resumeJob(m_expected.id);
    if (!done)
        return done.error();
    if (auto committed = transaction.commit(); !committed)
        return committed;
    m_expected = std::move(done).value();
    return Ok{};
}

// --- Cancel --------------------------------------------------------------------------------

CancelJobCommand::CancelJobCommand(Workspace& workspace, TrainingJobRecord job, const QString& text)
    : TrainingCommand(workspace, text)
    , m_before(job)
    , m_expected(std::move(job)) {
}

Result<CancelJobCommand*> CancelJobCommand::create(Workspace& workspace, qint64 jobId) {
    auto job = readJob(workspace.database(), jobId);
    if (!job)
        return job.error();
    const QString text = Tr::tr("cancel training of '%1'").arg(job->inputs.modelName);
    return new CancelJobCommand(workspace, std::move(job).value(), text);
}

Status CancelJobCommand::applyRedo() {
    Database& db = m_workspace.database();
    Transaction transaction(db, text());
    if (auto begun = transaction.status(); !begun)
        return begun;
    if (auto same = expectJobState(db, m_expected); !same)
        return same;
    auto cancelled = TrainingService(db).cancelJob(m_expected.id);
    if (!cancelled)
        return cancelled.error();
    if (auto committed = transaction.commit(); !committed)
        return committed;
    m_before = m_expected;
    m_expected = std::move(cancelled).value();
    return Ok{};
}

Status CancelJobCommand::applyUndo() {
    Database& db = m_workspace.database();
    if (auto restored = restoreJobState(db, m_expected, m_before); !restored)
        return restored;
    auto job = readJob(db, m_before.id);
    if (!job)
        return job.error();
    m_expected = std::move(job).value();
    return Ok{};
}

// --- Research ------------------------------------------------------------------------------

AddResearchCommand::AddResearchCommand(Workspace& workspace, ResearchProjectRecord project)
    : TrainingCommand(workspace, Tr::tr("add research project '%1'").arg(project.name))
    , m_project(std::move(project)) {
}

Status AddResearchCommand::applyRedo() {
    ResearchProjectRecord project = m_project;
    if (auto done = ResearchRepository(m_workspace.database()).insert(project); !done)
        return done;
    m_project = project; // the first insert assigns the id; later redos reuse it
    return Ok{};
}

Status AddResearchCommand::applyUndo() {
    Database& db = m_workspace.database();
    Transaction transaction(db, text());
    if (auto begun = transaction.status(); !begun)
        return begun;
    if (auto same = expectProject(db, m_project); !same)
        return same;
    if (auto done = ResearchRepository(db).remove(m_project.id); !done)
        return done;
    return transaction.commit();
}

EditResearchCommand::EditResearchCommand(Workspace& workspace, ResearchProjectRecord before,
                                         ResearchProjectRecord after, const QString& text)
    : TrainingCommand(workspace, text)
    , m_before(std::move(before))
    , m_after(std::move(after)) {
}

Status EditResearchCommand::write(const ResearchProjectRecord& expected,
                                  const ResearchProjectRecord& wanted) {
    Database& db = m_workspace.database();
    Transaction transaction(db, text());
    if (auto begun = transaction.status(); !begun)
        return begun;
    if (auto same = expectProject(db, expected); !same)
        return same;
    if (auto done = ResearchRepository(db).update(wanted); !done)
        return done;
    return transaction.commit();
}

DeleteResearchCommand::DeleteResearchCommand(Workspace& workspace, ResearchProjectRecord project)
    : TrainingCommand(workspace, Tr::tr("delete research project '%1'").arg(project.name))
    , m_project(std::move(project)) {
}

Status DeleteResearchCommand::applyRedo() {
    Database& db = m_workspace.database();
    Transaction transaction(db, text());
    if (auto begun = transaction.status(); !begun)
        return begun;
    if (auto same = expectProject(db, m_project); !same)
        return same;
    if (auto done = ResearchRepository(db).remove(m_project.id); !done)
        return done;
    return transaction.commit();
}

Status DeleteResearchCommand::applyUndo() {
    ResearchProjectRecord project = m_project;
    return ResearchRepository(m_workspace.database()).insert(project);
}

} // namespace mm
