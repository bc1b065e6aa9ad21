#pragma once

#include "core/Result.h"

namespace mm {

class Database;

// Whether the login of a server database may change the economy (write to its tables), so the
// window can say up front that a read-only role's changes will be refused. Always true for a
// file that is not read-only: its permissions were settled when it was opened.
Result<bool> mayChangeEconomy(Database& db);

} // namespace mm
