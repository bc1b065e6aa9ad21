#pragma once

#include "core/Result.h"
#include "data/Records.h"
#include "ui/shell/WorkspaceCommand.h"

namespace mm {

class Workspace;

// Undo commands of the Training and Research areas, following WorkspaceCommand: push()
// applies the change once and refuses with the Error instead of pushing; every redo and undo is
// one transaction and first checks that the rows still hold what this command left there.
//
// The game clock is not on the undo stack (time passing is not an edit), and it does not clear
// the stack either: it moves jobs on underneath these commands. So every undo and redo re-reads
// the job or project, and when the clock (or another program) changed it since, the command is
// refused with a message through Workspace::commandFailed and drops out of the stack.
class TrainingCommand : public WorkspaceCommand {
protected:
    TrainingCommand(Workspace& workspace, const QString& text)
        : WorkspaceCommand(workspace, text) {}
};

// Queues a training job (TrainingService::queueJob). Undo takes the job back as if it had never
// been queued, which is honest only while it has not trained: once the clock ran it for a day,
// undo is refused ("cancel it instead"). Redo queues it again with the same inputs and seed.
class QueueJobCommand : public TrainingCommand {
public:
    QueueJobCommand(Workspace& workspace, TrainingInputs inputs);
    // The job as queued by the last redo (its id changes when redo queues it again).
    const TrainingJobRecord& job() const { return m_job; }

protected:
    Status applyRedo() override;
    Status applyUndo() override;

private:
    TrainingInputs m_inputs;
    TrainingJobRecord m_job;
};

// Pause or Resume of one job; each is the other's undo (undoing a pause resumes the job, which
// queues it and starts it at once when its GPUs are free).
class JobTransitionCommand : public TrainingCommand {
public:
    enum Kind { Pause, Resume };
    // Reads the job; fails when it is gone.
    static Result<JobTransitionCommand*> create(Workspace& workspace, qint64 jobId, Kind kind);

protected:
    Status applyRedo() override { return apply(m_kind); }
    Status applyUndo() override { return apply(m_kind == Pause ? Resume : Pause); }

private:
    JobTransitionCommand(Workspace& workspace, TrainingJobRecord job, Kind kind,
                         const QString& text);
    Status apply(Kind kind);

    TrainingJobRecord m_expected; // the job's state before the next redo or undo
    Kind m_kind;
};

// Cancels a job (charged what it spent plus the config's fee share of the rest). Undo puts the
// job back as it was, fee refunded, unless its GPUs or research points went to other jobs since.
class CancelJobCommand : public TrainingCommand {
public:
    static Result<CancelJobCommand*> create(Workspace& workspace, qint64 jobId);

protected:
    Status applyRedo() override;
    Status applyUndo() override;

private:
    CancelJobCommand(Workspace& workspace, TrainingJobRecord job, const QString& text);

    TrainingJobRecord m_before;   // as it was before the cancel
    TrainingJobRecord m_expected; // its state before the next redo or undo
};

// Adds a research project; it keeps its id across undo and redo.
class AddResearchCommand : public TrainingCommand {
public:
    AddResearchCommand(Workspace& workspace, ResearchProjectRecord project);
    const ResearchProjectRecord& project() const { return m_project; }

protected:
    Status applyRedo() override;
    Status applyUndo() override;

private:
    ResearchProjectRecord m_project;
};

// New values for a research project: an inline edit, or Complete (completedOn set). The
// repository refuses what would take back points jobs already spend.
class EditResearchCommand : public TrainingCommand {
public:
    EditResearchCommand(Workspace& workspace, ResearchProjectRecord before,
                        ResearchProjectRecord after, const QString& text);

protected:
    Status applyRedo() override { return write(m_before, m_after); }
    Status applyUndo() override { return write(m_after, m_before); }

private:
    Status write(const ResearchProjectRecord& expected, const ResearchProjectRecord& wanted);

    ResearchProjectRecord m_before;
    ResearchProjectRecord m_after;
};

// Deletes a research project; undo brings it back under the same id.
class DeleteResearchCommand : public TrainingCommand {
public:
    DeleteResearchCommand(Workspace& workspace, ResearchProjectRecord project);

protected:
    Status applyRedo() override;
    Status applyUndo() override;

private:
    ResearchProjectRecord m_project;
};

} // namespace mm
