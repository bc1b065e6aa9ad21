// PostgreSQL schema versions 3 to 6, each the same as its SQLite step (SchemaV3.cpp,
// SchemaV4.cpp, SchemaV5.cpp, SchemaV6.cpp) in the terms PgSchemaV1.cpp describes, and the list of
// every PostgreSQL step (version 7 is in PgSchemaV7.cpp).
//
// Frozen once released: change the schema by adding a step (PgMigrations.h).

#include "data/Database.h"
#include "data/PgMigrations.h"

#include <array>

namespace mm {

namespace {

QStringList pgSchemaV3Statements() {
    QStringList statements{
        QStringLiteral(R"sql(
CREATE TABLE IF NOT EXISTS labs (
    id                 bigint PRIMARY KEY,
    name               text COLLATE "C" NOT NULL CHECK (trim(name) <> ''),
    is_studio          bigint NOT NULL DEFAULT 0 CHECK (is_studio IN (0, 1)),
    releases_per_month double precision NOT NULL DEFAULT 0
                       CHECK (releases_per_month BETWEEN 0 AND 20),
    focus_size_class   text COLLATE "C" NOT NULL DEFAULT 'medium'
                       CHECK (focus_size_class IN ('small', 'medium', 'large', 'frontier')),
    price_percent      bigint NOT NULL DEFAULT 100 CHECK (price_percent BETWEEN 10 AND 1000),
    quality_bonus      double precision NOT NULL DEFAULT 0 CHECK (quality_bonus BETWEEN -50 AND 50),
    open_source        bigint NOT NULL DEFAULT 0 CHECK (open_source IN (0, 1)),
    CONSTRAINT studio_releases_nothing_by_itself
        CHECK (is_studio = 0 OR releases_per_month = 0)
))sql"),
        QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS labs_name ON labs (mm_nocase(name))"),
        QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS labs_one_studio ON labs (is_studio) "
                       "WHERE is_studio = 1"),
    };
    statements += pgIdStatements(QStringLiteral("labs"));
    statements += {
        QStringLiteral("INSERT INTO labs (id, name, is_studio) VALUES (1, 'Your Studio', 1) "
                       "ON CONFLICT DO NOTHING"),
        QStringLiteral(R"sql(
INSERT INTO labs (name, releases_per_month, focus_size_class, price_percent, quality_bonus,
                  open_source)
VALUES ('Helix Labs', 0.5, 'medium', 90, 0, 1),
       ('Quasar AI', 0.3, 'large', 110, 2, 0),
       ('Frontier Dynamics', 0.12, 'frontier', 100, 3, 0)
ON CONFLICT DO NOTHING)sql"),
        QStringLiteral("ALTER TABLE models ADD COLUMN IF NOT EXISTS lab_id bigint "
                       "REFERENCES labs (id)"),
        QStringLiteral("UPDATE models SET lab_id = (SELECT id FROM labs WHERE is_studio = 1) "
                       "WHERE lab_id IS NULL"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS models_lab ON models (lab_id, id)"),
        // SQLite's trigger updates the row after the insert; here the row gets its lab before.
        QStringLiteral(R"sql(
CREATE OR REPLACE FUNCTION mm_models_default_lab() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.lab_id := (SELECT id FROM labs WHERE is_studio = 1);
    RETURN NEW;
END $$)sql"),
        QStringLiteral("CREATE OR REPLACE TRIGGER models_default_lab BEFORE INSERT ON models FOR "
                       "EACH ROW WHEN (NEW.lab_id IS NULL) EXECUTE FUNCTION "
                       "mm_models_default_lab()"),
    };
    return statements;
}

QStringList pgSchemaV4Statements() {
    QStringList statements{
        QStringLiteral(R"sql(
CREATE TABLE IF NOT EXISTS scenarios (
    id    bigint PRIMARY KEY,
    name  text COLLATE "C" NOT NULL CHECK (trim(name) <> ''),
    notes text COLLATE "C" NOT NULL DEFAULT ''
))sql"),
        QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS scenarios_name ON scenarios "
                       "(mm_nocase(name))"),
        QStringLiteral(R"sql(
CREATE TABLE IF NOT EXISTS scenario_overrides (
    scenario_id bigint NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,
    path        text COLLATE "C" NOT NULL CHECK (trim(path) <> ''),
    value       text COLLATE "C" NOT NULL CHECK (trim(value) <> ''),
    PRIMARY KEY (scenario_id, path)
))sql"),
        QStringLiteral(R"sql(
CREATE TABLE IF NOT EXISTS balance_rules (
    id        bigint PRIMARY KEY,
    name      text COLLATE "C" NOT NULL CHECK (trim(name) <> ''),
    metric    text COLLATE "C" NOT NULL CHECK (trim(metric) <> ''),
    statistic text COLLATE "C" NOT NULL DEFAULT 'p50' CHECK (statistic IN ('p10', 'p50', 'p90')),
    minimum   bigint,
    maximum   bigint,
    CONSTRAINT balance_rule_has_a_bound CHECK (minimum IS NOT NULL OR maximum IS NOT NULL),
    CONSTRAINT balance_rule_bounds_in_order
        CHECK (minimum IS NULL OR maximum IS NULL OR minimum <= maximum)
))sql"),
        QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS balance_rules_name ON balance_rules "
                       "(mm_nocase(name))"),
    };
    statements += pgIdStatements(QStringLiteral("scenarios"));
    statements += pgIdStatements(QStringLiteral("balance_rules"));
    return statements;
}

const std::array<MigrationStep, 7> kPgSteps{{
    {1, u"catalog, economy and sales tables", &createPgSchemaV1},
    {2, u"monthly revenue summary kept by triggers", &createPgSchemaV2},
    {3, u"AI labs and the lab of every model", &createPgSchemaV3},
    {4, u"scenarios and balance rules", &createPgSchemaV4},
    {5, u"value-list checks without temporary tables (nothing to do on PostgreSQL)",
     &createPgSchemaV5},
    {6, u"an index of the catalog's default order (the primary key's serves on PostgreSQL)",
     &createPgSchemaV6},
    {7, u"the models' name index holds names and ids, for the catalog", &createPgSchemaV7},
}};

} // namespace

Status createPgSchemaV3(Database& db) {
    return runPgStatements(db, pgSchemaV3Statements(),
                           QStringLiteral("adding AI labs (schema version 3)"));
}

Status createPgSchemaV4(Database& db) {
    return runPgStatements(db, pgSchemaV4Statements(),
                           QStringLiteral("adding scenarios and balance rules (schema version 4)"));
}

Status createPgSchemaV5(Database&) {
    // PostgreSQL checks `x IN ('a', 'b', 'c')` in place; the version number alone keeps both
    // engines' steps paired.
    return Ok{};
}

Status createPgSchemaV6(Database&) {
    // The primary key's index holds the ids alone already, and PostgreSQL counts through it in an
    // index-only scan; the version number alone keeps both engines' steps paired.
    return Ok{};
}

std::span<const MigrationStep> postgresMigrationSteps() {
    return kPgSteps;
}

} // namespace mm
