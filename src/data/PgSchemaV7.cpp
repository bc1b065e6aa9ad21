// PostgreSQL schema version 7: the models' name index also holds the name and the id, and writes
// made outside ModelMarket are announced to the windows.
//
// The catalog sorted by name, or filtered by a piece of a name, walks the name index. Without the
// name and the id in it, every entry walked is a visit to the table: a jump 250,000 rows into a
// million models sorted by name took 1.5 s, and "Nova" under the name sort 1.1 s, where SQLite
// answers both in well under 0.2 s. PostgreSQL answers from an expression index alone only when
// the columns under the expression are in it too, so they are added as INCLUDE columns; the
// index stays unique on mm_nocase(name) alone.
//
// ModelMarket announces its own commits on the changes channel (Database::kChangesChannel) with
// its origin, which it also sets as the session's modelmarket.origin. A write from anywhere else
// (psql, a script, another tool) had no announcement, and the windows showed stale rows until
// View > Reload. A statement trigger on every table now announces a write by a session without
// an origin; pg_notify is transactional, so the windows hear of it once it commits, and
// PostgreSQL folds a transaction's identical announcements into one.
//
// (The SQLite step has nothing to do: a file's data_version tells every writer's commits.)
// Frozen once released: change the schema by adding a step (PgMigrations.h).

#include "data/PgMigrations.h"
#include "data/TableNames.h"

namespace mm {

Status createPgSchemaV7(Database& db) {
    QStringList statements{
        QStringLiteral("DROP INDEX IF EXISTS models_name"),
        QStringLiteral("CREATE UNIQUE INDEX models_name ON models (mm_nocase(name)) "
                       "INCLUDE (name, id)"),
        QStringLiteral(R"sql(
CREATE OR REPLACE FUNCTION mm_announce_outside_write() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF coalesce(current_setting('modelmarket.origin', true), '') = '' THEN
        PERFORM pg_notify('modelmarket_changes', 'outside');
    END IF;
    RETURN NULL;
END
$$)sql"),
    };
    using namespace dbtable;
    // The tables of version 7, spelled out: a later version's new table does not exist yet when
    // this step runs on an older database (DatabaseServer.cpp's ourTables() grows with them).
    for (const QLatin1StringView table :
         {balanceRules, buyers, gpuTypes, labs, licenseTiers, licenses, listings, models,
          researchProjects, revenueMonthly, scenarioOverrides, scenarios, settings, sizeClasses,
          trainingJobs, usageCharges}) {
        // Table names are ours, never user input: DDL takes no bound values.
        statements << QStringLiteral("CREATE OR REPLACE TRIGGER %1_announce AFTER INSERT OR UPDATE "
                                     "OR DELETE OR TRUNCATE ON %1 FOR EACH STATEMENT EXECUTE "
                                     "FUNCTION mm_announce_outside_write()")
                          .arg(table);
    }
    return runPgStatements(
        db, statements,
        QStringLiteral("indexing names and announcing outside writes (schema version 7)"));
}

} // namespace mm
