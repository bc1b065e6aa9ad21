#pragma once

#include "core/Result.h"

#include <QStringList>

namespace mm {

class Database;

// Everything `modelmarket check` verifies: SQLite's own integrity and foreign keys, then the
// domain invariants the schema cannot express. Returns one line per problem; empty when healthy.
Result<QStringList> checkEconomy(Database& db);

} // namespace mm
