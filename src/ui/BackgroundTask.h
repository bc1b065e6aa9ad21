#pragma once

#include "core/Result.h"

#include <QString>
#include <functional>

class QWidget;

namespace mm {

class Database;

// Runs `work` on a worker thread with its own connection to the same database file, while a
// progress dialog keeps the window responsive. The work reports progress through the callback
// (share 0..1; return false when the user pressed Cancel). Returns the work's status.
using TaskProgress = std::function<bool(double share)>;
Status runInBackground(
    QWidget* parent, const Database& db, const QString& label,
    const std::function<Status(Database& connection, const TaskProgress& progress)>& work);

} // namespace mm
