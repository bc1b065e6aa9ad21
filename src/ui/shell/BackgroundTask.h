#pragma once

#include "core/Result.h"

#include <QString>
#include <functional>

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

// Runs `work` on a worker thread while a window-modal progress dialog (shown after 300 ms) keeps
// the window responsive, and returns its status: a nested event loop runs meanwhile. Only for
// opening a file before its window exists (CheckedOpen), whose callers need the answer to go on;
// everything else uses startInBackground(). Without `cancellable` the dialog has no Cancel
// button, for work that cannot stop half-way.
Status runOnWorker(QWidget* parent, const QString& label, bool cancellable,
                   const std::function<Status(const TaskProgress& progress)>& work);

} // namespace mm
