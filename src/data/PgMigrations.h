#pragma once

#include "data/Migrations.h"

#include <QStringList>
#include <span>

namespace mm {

// The PostgreSQL schema, in the same numbered steps as the SQLite one (Migrations.h): step N
// brings a server database to the same version N, with the same tables, columns, CHECKs, foreign
// keys and revenue triggers, written in PostgreSQL's own terms. migrate() picks this list for a
// server database. Add a step to both lists together; like the SQLite steps, a released step
// never changes.
std::span<const MigrationStep> postgresMigrationSteps();

// Step 1: the helper functions, the version table, and the catalog, economy and sales tables.
Status createPgSchemaV1(Database& db);
QStringList pgSchemaV1Statements();
// Step 2: revenue_monthly kept by plpgsql triggers.
Status createPgSchemaV2(Database& db);
// Step 3: AI labs and the lab of every model.
Status createPgSchemaV3(Database& db);
// Step 4: scenarios and balance rules.
Status createPgSchemaV4(Database& db);
// Step 5: nothing to do (SQLite's step 5 rewrote value-list CHECKs for SQLite's sake only).
Status createPgSchemaV5(Database& db);
Status createPgSchemaV6(Database& db);
// Step 7: the models' name index also holds the name and the id (PgSchemaV7.cpp).
Status createPgSchemaV7(Database& db);

// The sequence and trigger that give `table`'s `id` column its values (see PgSchemaV1.cpp).
QStringList pgIdStatements(const QString& table);
// Runs `statements` in order, stopping at the first failure.
Status runPgStatements(Database& db, const QStringList& statements, const QString& operation);

} // namespace mm
