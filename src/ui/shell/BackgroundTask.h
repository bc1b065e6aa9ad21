#pragma once

#include "core/Result.h"

#include <QString>
#include <functional>
#include <optional>

class QProgressDialog;
class QWidget;

namespace mm {

class Database;

// Work reports progress through this (share 0..1) and stops when it returns false (Cancel).
using TaskProgress = std::function<bool(double share)>;
using TaskWork = std::function<Status(Database& connection, const TaskProgress& progress)>;
using TaskDone = std::function<void(const Status& status)>;

// Runs `work` on the shared worker pool, with a worker's connection to the file of `db`, while a
// window-modal progress dialog with Cancel (shown after 300 ms) keeps `parent` responsive. Returns
// at once; `done` gets the work's status on the GUI thread. Destroying `parent` first waits for
// the work (a write is never cut short) and then `done` is not called. `work` runs on a worker:
// capture values only.
void startInBackground(QWidget* parent, const Database& db, const QString& label, TaskWork work,
                       TaskDone done);

// Waits for the startInBackground() work `parent` started and drops its answers: for a parent
// that is about to close the database the work uses.
void finishBackgroundTasks(QWidget* parent);

using WorkerWork = std::function<Status(const TaskProgress& progress)>;
// The work's status, or std::nullopt when it was cancelled.
using WorkerDone = std::function<void(std::optional<Status> status)>;

// Runs `work`, which needs no database connection, on the shared worker pool behind a
// window-modal progress dialog (shown after 300 ms), and returns at once: `done` gets the work's
// status on the GUI thread. Cancel answers std::nullopt at once and tells the work to stop through
// its progress; an answer that comes later is dropped, so `work` captures values only. Without
// `cancellable` the dialog has no Cancel button, for work that cannot stop half-way. `done` is
// not called if `parent` goes first. For opening a database, before there is one to hand
// startInBackground(). Returns the dialog, to name it; it goes when `done` is called.
QProgressDialog* startOnWorker(QWidget* parent, const QString& label, bool cancellable,
                               WorkerWork work, WorkerDone done);

} // namespace mm
