#pragma once

#include "core/Result.h"
#include "data/Records.h"

namespace mm {

class Database;

// What the undo commands of the Training area need beyond TrainingService: taking a job back as
// if it had never been queued, and putting a cancelled, paused or resumed job back the way it was.
// Both are one transaction and check first that the job still holds what the command left there,
// so time having moved on (the game clock) is reported instead of silently rewritten.

// Deletes a job that has not trained yet: queued, or running with no progress and nothing spent.
// Refused with "job-progressed" once it trained or finished (cancel it instead) and with
// "job-not-found" when it is gone. Research points it held become available again; GPUs it held
// go to the next queued job when the clock next moves (that is when the queue is scheduled).
Status withdrawUntrainedJob(Database& db, qint64 jobId);

// Writes `restored`'s status, progress, spending and dates over the job, provided its stored state
// still equals `expected` ("job-changed" otherwise). Refuses to bring back a running job when its
// GPU type has no room left ("training-gpu-capacity"), and anything that would spend more research
// points than are available ("training-research-points").
Status restoreJobState(Database& db, const TrainingJobRecord& expected,
                       const TrainingJobRecord& restored);

// The fields that change while a job lives (see JobRepository::update) are equal.
bool sameJobState(const TrainingJobRecord& a, const TrainingJobRecord& b);

} // namespace mm
