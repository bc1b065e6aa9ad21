#pragma once

#include "core/Result.h"

#include <QStringList>

namespace mm {

class Database;

// Everything `modelmarket check` verifies: SQLite's own integrity and foreign keys, then
// domainProblems(). Returns one line per problem; empty when healthy.
Result<QStringList> checkEconomy(Database& db);

// The domain rules the schema cannot express: the stored economy config loads, and no row breaks
// an invariant (license fee inside its terms' range, listing priced inside its tier's range and
// of a trained model, trained models have quality metrics, ...). One line per broken rule, naming
// the rule, the table and some offending ids; empty when every rule holds. The economy import
// runs it inside its transaction before committing, so it never stores what `check` would report.
// Each rule scans its whole table.
Result<QStringList> domainProblems(Database& db);

} // namespace mm
