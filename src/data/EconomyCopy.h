#pragma once

#include "core/Result.h"
#include "data/Database.h"
#include "data/Exchange.h"

#include <QString>

namespace mm::exchange {

// The whole economy of one database written into another, a file or a server database on either
// side: exportEconomy() of the source and importEconomy() into the target in one step, so the
// copy's `export economy` is the source's, byte for byte. The document passes through memory.

// Into the database at `target`: a file is created when missing, an empty server database gets
// the schema. One that already holds models, buyers or licenses is refused (rule
// import-not-empty, nothing written) unless `replace`. `targetOptions` carries a server login's
// password. A read-only target is refused with rule db.read_only. Cancelled through `progress`
// before the import commits, nothing is written (rule cancelled).
Status copyEconomy(Database& source, const QString& target,
                   const Database::OpenOptions& targetOptions, bool replace,
                   const Progress& progress = {});
// The same, the source opened read-only from `source`.
Status copyEconomy(const QString& source, const QString& target, bool replace,
                   const Progress& progress = {});

// Into a new SQLite file at `path`, replacing a file there only once the copy is complete: it is
// written next to it under another name and then renamed over it. Cancelled or failed, whatever
// was at `path` stays as it was.
Status copyEconomyToFile(Database& source, const QString& path, const Progress& progress = {});

} // namespace mm::exchange
