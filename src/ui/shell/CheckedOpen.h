#pragma once

#include "core/Result.h"
#include "data/Database.h"

#include <QString>
#include <functional>
#include <memory>

class QWidget;

namespace mm {

using DatabaseOpener = std::function<Result<std::unique_ptr<Database>>()>;

using OpenedDone = std::function<void(Result<std::unique_ptr<Database>> opened)>;

// Opens a database for the window with `open` and hands it to `done`. A file too big for
// Database::open to read every page of (fullCheckMaxBytes) has them read first by
// Database::checkEveryPage on a worker thread, behind a progress dialog: a damaged page deep in a
// large file is refused, untouched, as in a small one, and the window stays responsive
// meanwhile. A smaller file is opened at once, `done` called before this returns.
void openCheckingEveryPage(QWidget* parent, const QString& path, DatabaseOpener open,
                           OpenedDone done,
                           qint64 fullCheckMaxBytes = Database::kFullCheckMaxBytes);

// A database for the window, and whether its pages are still to be checked.
struct WindowDatabase {
    std::unique_ptr<Database> db;
    // Opened read-only with only its schema read: the window shows it at once, runs
    // BackgroundPageCheck, and makes its writable connection with `open` once the check passed.
    bool pagesUnchecked = false;
};

using WindowOpenedDone = std::function<void(Result<WindowDatabase> opened)>;

// How the window opens a file, handing it to `done`. One bigger than fullCheckMaxBytes, of the
// current schema version, is opened read-only at once, its pages left to BackgroundPageCheck:
// nothing can be written to it before they pass. Any other file goes through
// openCheckingEveryPage() as before -- also a big one that needs a schema upgrade (it is migrated
// only after every page was read) or that needs a writable connection to roll back a crash's
// journal; only that case answers after this returns.
void openForWindow(QWidget* parent, const QString& path, DatabaseOpener open, WindowOpenedDone done,
                   qint64 fullCheckMaxBytes = Database::kFullCheckMaxBytes);

} // namespace mm
