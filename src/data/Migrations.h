#pragma once

#include "core/Result.h"

#include <QStringList>
#include <QStringView>
#include <span>

namespace mm {

class Database;

// The schema version this build writes. A file with a higher PRAGMA user_version is refused.
constexpr int kCurrentSchemaVersion = 7;

// One upgrade step: `apply` turns a version-1 file into a `version` file. It runs in one
// transaction together with the user_version bump, so a failed step leaves the file as it was.
// Steps must be safe to re-run on a partly upgraded file (CREATE ... IF NOT EXISTS and the like).
// Once released, a step never changes: files in the wild were upgraded by exactly that code.
struct MigrationStep {
    int version;
    QStringView description;
    Status (*apply)(Database&);
};

// Every step, in version order; version N is at index N - 1.
std::span<const MigrationStep> migrationSteps();

// Brings `db` up to kCurrentSchemaVersion. Refuses a newer file before any step runs. On a
// read-only Database succeeds only if no step is needed.
Status migrate(Database& db);
// The same with an explicit step list and target, so tests can check a step that fails.
Status migrate(Database& db, std::span<const MigrationStep> steps, int targetVersion);

// Step 1: the catalog, economy and sales tables.
Status createSchemaV1(Database& db);
// Its statements, for tools that must build an exact version-1 file (the test fixture).
QStringList schemaV1Statements();

// Step 2: revenue_monthly, the per-month revenue summary the dashboard reads, kept in step with
// licenses and usage charges by triggers (SchemaV2.cpp).
Status createSchemaV2(Database& db);

// Step 3: AI labs (the studio and rivals) and the lab of every model (SchemaV3.cpp).
Status createSchemaV3(Database& db);
QStringList schemaV3Statements();

// Step 4: scenarios with their overrides, and balance rules (SchemaV4.cpp).
Status createSchemaV4(Database& db);
QStringList schemaV4Statements();

// Step 5: value-list CHECKs (`x IN ('a', 'b', 'c')`) rewritten as comparisons SQLite checks
// without a temporary table per statement run (SchemaV5.cpp).
Status createSchemaV5(Database& db);
// A CREATE TABLE text with its lists of three or more quoted words so rewritten.
QString checksWithoutValueLists(const QString& createTable);

// Step 6: an index of the models' ids alone, so a jump deep into the catalog's default order
// counts through the index rather than the table (SchemaV6.cpp).
Status createSchemaV6(Database& db);

// Step 7: nothing in a file; the server's step widens its models' name index (SchemaV7.cpp).
Status createSchemaV7(Database& db);

} // namespace mm
