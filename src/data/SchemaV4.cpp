// Schema version 4: scenarios (named sets of overrides on the economy config) and balance rules
// (bounds on forecast metrics), kept with the economy so they travel with the file.
//
// Values are stored as the canonical text of core/Scenario.h and bounds as integers in the
// metric's unit (cents, basis points or months): the same exact forms the core computes with, so
// nothing is rounded on the way in or out.
//
// Frozen once released, like SchemaV1.cpp: change it by adding a step.

#include "data/Database.h"
#include "data/Migrations.h"

namespace mm {

QStringList schemaV4Statements() {
    return {
        QStringLiteral(R"sql(
CREATE TABLE IF NOT EXISTS scenarios (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (trim(name) <> ''),
    notes TEXT NOT NULL DEFAULT ''
))sql"),
        QStringLiteral(R"sql(
CREATE TABLE IF NOT EXISTS scenario_overrides (
    scenario_id INTEGER NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,
    path        TEXT NOT NULL CHECK (trim(path) <> ''),
    value       TEXT NOT NULL CHECK (trim(value) <> ''),
    PRIMARY KEY (scenario_id, path)
) WITHOUT ROWID)sql"),
        QStringLiteral(R"sql(
CREATE TABLE IF NOT EXISTS balance_rules (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (trim(name) <> ''),
    metric    TEXT NOT NULL CHECK (trim(metric) <> ''),
    statistic TEXT NOT NULL DEFAULT 'p50' CHECK (statistic IN ('p10', 'p50', 'p90')),
    minimum   INTEGER CHECK (minimum IS NULL OR typeof(minimum) = 'integer'),
    maximum   INTEGER CHECK (maximum IS NULL OR typeof(maximum) = 'integer'),
    CONSTRAINT balance_rule_has_a_bound CHECK (minimum IS NOT NULL OR maximum IS NOT NULL),
    CONSTRAINT balance_rule_bounds_in_order
        CHECK (minimum IS NULL OR maximum IS NULL OR minimum <= maximum)
))sql"),
    };
}

Status createSchemaV4(Database& db) {
    const QString operation =
        QStringLiteral("adding scenarios and balance rules (schema version 4)");
    for (const QString& statement : schemaV4Statements()) {
        if (Status done = db.exec(statement, operation); !done)
            return done;
    }
    return Ok{};
}

} // namespace mm
