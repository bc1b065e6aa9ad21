#pragma once

#include "core/Result.h"
#include "data/Database.h"

#include <memory>

namespace mm {

// <AppDataLocation>/modelmarket.sqlite
QString defaultDatabasePath();

// Opens `path` for writing, creating the file if needed. A missing folder is created only for the
// default location; anywhere else it is refused, naming the folder, and nothing is written. A
// database that has never been given an economy gets the demo economy when `seedDemo` is set, or
// just the default config. Past `fullCheckMaxBytes` only the file's schema is read (see
// Database::OpenOptions).
Result<std::unique_ptr<Database>>
openOrCreate(const QString& path, bool seedDemo,
             qint64 fullCheckMaxBytes = Database::kFullCheckMaxBytes);
// The same with every option of Database::open (a server login's password, the page check limit).
Result<std::unique_ptr<Database>> openOrCreate(const QString& path, bool seedDemo,
                                               const Database::OpenOptions& options);

// True when the file holds no economy yet (freshly created).
Result<bool> isEmptyEconomy(Database& db);

} // namespace mm
