#pragma once

#include "core/Result.h"

#include <QString>
#include <functional>

class QWidget;

namespace mm {

class Database;

// Work reports progress through this (share 0..1) and stops when it returns false (Cancel).
using TaskProgress = std::function<bool(double share)>;

// Runs `work` on a worker thread while a window-modal progress dialog (shown after 300 ms) keeps
// the window responsive. Without `cancellable` the dialog has no Cancel button, for work that
// cannot stop half-way. Returns the work's status.
Status runOnWorker(QWidget* parent, const QString& label, bool cancellable,
                   const std::function<Status(const TaskProgress& progress)>& work);

// runOnWorker with its own connection to the same database file, opened and closed on the worker.
Status runInBackground(
    QWidget* parent, const Database& db, const QString& label,
    const std::function<Status(Database& connection, const TaskProgress& progress)>& work);

} // namespace mm
