#pragma once

#include "core/Result.h"
#include "data/Database.h"

#include <QString>
#include <functional>
#include <memory>

class QWidget;

namespace mm {

using DatabaseOpener = std::function<Result<std::unique_ptr<Database>>()>;

// Opens a database for the window with `open`. A file too big for Database::open to read every
// page of (fullCheckMaxBytes) has them read first by Database::checkEveryPage on a worker thread,
// behind a progress dialog: a damaged page deep in a large file is refused, untouched, as in a
// small one, and the window stays responsive meanwhile.
Result<std::unique_ptr<Database>>
openCheckingEveryPage(QWidget* parent, const QString& path, const DatabaseOpener& open,
                      qint64 fullCheckMaxBytes = Database::kFullCheckMaxBytes);

} // namespace mm
