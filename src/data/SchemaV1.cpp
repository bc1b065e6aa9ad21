// Schema version 1. Frozen once released: files in the wild were created by exactly these
// statements, and tests/data/schema_v1.sqlite was built from them. Change the schema by adding a
// migration step, never by editing this file.
//
// Conventions: money is INTEGER cents, dates are TEXT 'yyyy-MM-dd', months 'yyyy-MM'. SQLite's
// column types are only affinities, so integer columns check typeof() to keep out text and
// fractions, and dates check that date() gives the text back unchanged (which rejects
// '2024-02-30' and '2024-2-3'). Enum columns hold the stable keys src/core uses.

#include "data/Database.h"
#include "data/Migrations.h"

namespace mm {

QStringList schemaV1Statements() {
    return {
        QStringLiteral(R"sql(
CREATE TABLE IF NOT EXISTS settings (
    key   TEXT PRIMARY KEY NOT NULL CHECK (key <> ''),
    value TEXT NOT NULL
))sql"),

        QStringLiteral(R"sql(
CREATE TABLE IF NOT EXISTS size_classes (
    key            TEXT PRIMARY KEY NOT NULL
                   CHECK (key IN ('small', 'medium', 'large', 'frontier')),
    name           TEXT NOT NULL CHECK (trim(name) <> ''),
    cost_min_cents INTEGER NOT NULL
                   CHECK (typeof(cost_min_cents) = 'integer' AND cost_min_cents >= 0),
    cost_max_cents INTEGER
                   CHECK (cost_max_cents IS NULL
                          OR (typeof(cost_max_cents) = 'integer'
                              AND cost_max_cents >= cost_min_cents)),
    days_min       INTEGER NOT NULL CHECK (typeof(days_min) = 'integer' AND days_min > 0),
    days_max       INTEGER NOT NULL
                   CHECK (typeof(days_max) = 'integer' AND days_max >= days_min),
    params_min     INTEGER NOT NULL CHECK (typeof(params_min) = 'integer' AND params_min > 0),
    params_max     INTEGER NOT NULL
                   CHECK (typeof(params_max) = 'integer' AND params_max >= params_min),
    failure_chance REAL NOT NULL CHECK (failure_chance BETWEEN 0 AND 1),
    sort_order     INTEGER NOT NULL DEFAULT 0 CHECK (typeof(sort_order) = 'integer')
))sql"),

        QStringLiteral(R"sql(
CREATE TABLE IF NOT EXISTS gpu_types (
    key               TEXT PRIMARY KEY NOT NULL
                      CHECK (key <> '' AND key NOT GLOB '*[^a-z0-9_]*'),
    name              TEXT NOT NULL CHECK (trim(name) <> ''),
    tflops            REAL NOT NULL CHECK (typeof(tflops) = 'real' AND tflops > 0),
    hourly_rate_cents INTEGER NOT NULL
                      CHECK (typeof(hourly_rate_cents) = 'integer' AND hourly_rate_cents >= 0),
    capacity          INTEGER NOT NULL CHECK (typeof(capacity) = 'integer' AND capacity >= 0)
))sql"),

        // allowed_buyer_types is a comma-separated list of buyer type keys. CHECK cannot run a
        // subquery, so the list is validated by deleting each known ",key," from ",list,": a
        // valid list (no blanks, no unknown or repeated keys) leaves exactly ",".
        QStringLiteral(R"sql(
CREATE TABLE IF NOT EXISTS license_tiers (
    key                       TEXT PRIMARY KEY NOT NULL
                              CHECK (key IN ('open_source', 'academic', 'commercial',
                                             'enterprise')),
    name                      TEXT NOT NULL CHECK (trim(name) <> ''),
    floor_cents               INTEGER NOT NULL
                              CHECK (typeof(floor_cents) = 'integer' AND floor_cents >= 0),
    ceiling_cents             INTEGER
                              CHECK (ceiling_cents IS NULL
                                     OR (typeof(ceiling_cents) = 'integer'
                                         AND ceiling_cents >= floor_cents)),
    attribution_required      INTEGER NOT NULL DEFAULT 0 CHECK (attribution_required IN (0, 1)),
    research_only             INTEGER NOT NULL DEFAULT 0 CHECK (research_only IN (0, 1)),
    allowed_buyer_types       TEXT NOT NULL
                              CHECK (replace(replace(replace(replace(
                                         ',' || allowed_buyer_types || ',',
                                         ',academic,', ','), ',startup,', ','),
                                         ',commercial,', ','), ',enterprise,', ',') = ','
                                     AND allowed_buyer_types <> ''),
    deployment_cap            INTEGER
                              CHECK (deployment_cap IS NULL
                                     OR (typeof(deployment_cap) = 'integer'
                                         AND deployment_cap >= 1)),
    usage_rate_cents_per_1000 INTEGER NOT NULL DEFAULT 0
                              CHECK (typeof(usage_rate_cents_per_1000) = 'integer'
                                     AND usage_rate_cents_per_1000 >= 0),
    term_months               INTEGER NOT NULL DEFAULT 0
                              CHECK (typeof(term_months) = 'integer' AND term_months >= 0),
    renewable                 INTEGER NOT NULL DEFAULT 0 CHECK (renewable IN (0, 1)),
    min_buyer_size            INTEGER NOT NULL DEFAULT 0
                              CHECK (typeof(min_buyer_size) = 'integer' AND min_buyer_size >= 0),
    sort_order                INTEGER NOT NULL DEFAULT 0 CHECK (typeof(sort_order) = 'integer'),
    CONSTRAINT open_source_is_free
        CHECK (key <> 'open_source' OR (floor_cents = 0 AND ceiling_cents IS 0))
))sql"),

        QStringLiteral(R"sql(
CREATE TABLE IF NOT EXISTS research_projects (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE CHECK (trim(name) <> ''),
    field        TEXT NOT NULL,
    points       INTEGER NOT NULL DEFAULT 0 CHECK (typeof(points) = 'integer' AND points >= 0),
    cost_cents   INTEGER NOT NULL DEFAULT 0
                 CHECK (typeof(cost_cents) = 'integer' AND cost_cents >= 0),
    started_on   TEXT NOT NULL CHECK (date(started_on, '+0 days') IS started_on),
    completed_on TEXT
                 CHECK (date(completed_on, '+0 days') IS completed_on
                        AND (completed_on IS NULL OR completed_on >= started_on))
))sql"),

        QStringLiteral(R"sql(
CREATE TABLE IF NOT EXISTS models (
    id                  INTEGER PRIMARY KEY,
    name                TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (trim(name) <> ''),
    architecture        TEXT NOT NULL
                        CHECK (architecture IN ('transformer', 'mixture_of_experts', 'diffusion',
                                                'cnn', 'rnn', 'multimodal')),
    size_class          TEXT NOT NULL REFERENCES size_classes (key),
    parameters          INTEGER NOT NULL
                        CHECK (typeof(parameters) = 'integer' AND parameters > 0),
    dataset_tokens      INTEGER NOT NULL
                        CHECK (typeof(dataset_tokens) = 'integer' AND dataset_tokens >= 0),
    status              TEXT NOT NULL DEFAULT 'draft'
                        CHECK (status IN ('draft', 'training', 'completed', 'listed', 'retired',
                                          'failed')),
    performance         REAL CHECK (performance IS NULL OR performance BETWEEN 0 AND 100),
    accuracy            REAL CHECK (accuracy IS NULL OR accuracy BETWEEN 0 AND 100),
    efficiency          REAL CHECK (efficiency IS NULL OR efficiency BETWEEN 0 AND 100),
    composite           REAL CHECK (composite IS NULL OR composite BETWEEN 0 AND 100),
    benchmarks          TEXT NOT NULL DEFAULT '{}'
                        CHECK (json_valid(benchmarks) AND json_type(benchmarks) = 'object'),
    training_cost_cents INTEGER NOT NULL DEFAULT 0
                        CHECK (typeof(training_cost_cents) = 'integer'
                               AND training_cost_cents >= 0),
    training_days       REAL NOT NULL DEFAULT 0
                        CHECK (typeof(training_days) = 'real' AND training_days >= 0),
    research_points     INTEGER NOT NULL DEFAULT 0
                        CHECK (typeof(research_points) = 'integer' AND research_points >= 0),
    created_on          TEXT NOT NULL CHECK (date(created_on, '+0 days') IS created_on),
    revision            INTEGER NOT NULL DEFAULT 1
                        CHECK (typeof(revision) = 'integer' AND revision >= 1)
))sql"),
        // The UNIQUE constraint's index on name (NOCASE, like ORDER BY name) serves the name
        // sort; the others end in id so keyset paging "(key, id) > (?, ?)" is one index range.
        QStringLiteral("CREATE INDEX IF NOT EXISTS models_architecture ON models (architecture, "
                       "id)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS models_size_class ON models (size_class, id)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS models_status ON models (status, id)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS models_composite ON models (composite, id)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS models_created_on ON models (created_on, id)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS models_training_cost ON models "
                       "(training_cost_cents, id)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS models_parameters ON models (parameters, id)"),

        QStringLiteral(R"sql(
CREATE TABLE IF NOT EXISTS training_jobs (
    id                INTEGER PRIMARY KEY,
    model_id          INTEGER REFERENCES models (id) ON DELETE SET NULL,
    model_name        TEXT NOT NULL CHECK (trim(model_name) <> ''),
    architecture      TEXT NOT NULL
                      CHECK (architecture IN ('transformer', 'mixture_of_experts', 'diffusion',
                                              'cnn', 'rnn', 'multimodal')),
    size_class        TEXT NOT NULL REFERENCES size_classes (key),
    parameters        INTEGER NOT NULL CHECK (typeof(parameters) = 'integer' AND parameters > 0),
    dataset_tokens    INTEGER NOT NULL
                      CHECK (typeof(dataset_tokens) = 'integer' AND dataset_tokens >= 0),
    gpu_type          TEXT NOT NULL REFERENCES gpu_types (key),
    gpu_count         INTEGER NOT NULL CHECK (typeof(gpu_count) = 'integer' AND gpu_count > 0),
    team              TEXT NOT NULL DEFAULT '{}'
                      CHECK (json_valid(team) AND json_type(team) = 'object'),
    research_points   INTEGER NOT NULL DEFAULT 0
                      CHECK (typeof(research_points) = 'integer' AND research_points >= 0),
    seed              INTEGER NOT NULL CHECK (typeof(seed) = 'integer'),
    status            TEXT NOT NULL DEFAULT 'queued'
                      CHECK (status IN ('queued', 'running', 'paused', 'completed', 'failed',
                                        'cancelled')),
    compute_cost_cents INTEGER NOT NULL
                      CHECK (typeof(compute_cost_cents) = 'integer' AND compute_cost_cents >= 0),
    data_cost_cents   INTEGER NOT NULL
                      CHECK (typeof(data_cost_cents) = 'integer' AND data_cost_cents >= 0),
    talent_cost_cents INTEGER NOT NULL
                      CHECK (typeof(talent_cost_cents) = 'integer' AND talent_cost_cents >= 0),
    estimated_days    REAL NOT NULL CHECK (typeof(estimated_days) = 'real' AND estimated_days > 0),
    progress_days     REAL NOT NULL DEFAULT 0
                      CHECK (typeof(progress_days) = 'real' AND progress_days >= 0),
    cost_spent_cents  INTEGER NOT NULL DEFAULT 0
                      CHECK (typeof(cost_spent_cents) = 'integer' AND cost_spent_cents >= 0),
    queued_on         TEXT NOT NULL CHECK (date(queued_on, '+0 days') IS queued_on),
    started_on        TEXT
                      CHECK (date(started_on, '+0 days') IS started_on
                             AND (started_on IS NULL OR started_on >= queued_on)),
    finished_on       TEXT
                      CHECK (date(finished_on, '+0 days') IS finished_on
                             AND (finished_on IS NULL OR finished_on >= queued_on)),
    failure_reason    TEXT
))sql"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS training_jobs_status ON training_jobs (status, "
                       "id)"),
        // Lets ON DELETE SET NULL find a deleted model's jobs without a table scan.
        QStringLiteral("CREATE INDEX IF NOT EXISTS training_jobs_model ON training_jobs "
                       "(model_id)"),

        QStringLiteral(R"sql(
CREATE TABLE IF NOT EXISTS buyers (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (trim(name) <> ''),
    type         TEXT NOT NULL
                 CHECK (type IN ('academic', 'startup', 'commercial', 'enterprise')),
    size         INTEGER NOT NULL CHECK (typeof(size) = 'integer' AND size > 0),
    budget_cents INTEGER NOT NULL DEFAULT 0
                 CHECK (typeof(budget_cents) = 'integer' AND budget_cents >= 0),
    revision     INTEGER NOT NULL DEFAULT 1 CHECK (typeof(revision) = 'integer' AND revision >= 1)
))sql"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS buyers_type ON buyers (type)"),

        // UNIQUE (model_id, tier) also indexes model_id for ON DELETE CASCADE.
        QStringLiteral(R"sql(
CREATE TABLE IF NOT EXISTS listings (
    id          INTEGER PRIMARY KEY,
    model_id    INTEGER NOT NULL REFERENCES models (id) ON DELETE CASCADE,
    tier        TEXT NOT NULL REFERENCES license_tiers (key),
    price_cents INTEGER NOT NULL CHECK (typeof(price_cents) = 'integer' AND price_cents >= 0),
    listed_on   TEXT NOT NULL CHECK (date(listed_on, '+0 days') IS listed_on),
    UNIQUE (model_id, tier)
))sql"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS listings_tier_price ON listings (tier, "
                       "price_cents)"),

        QStringLiteral(R"sql(
CREATE TABLE IF NOT EXISTS licenses (
    id                        INTEGER PRIMARY KEY,
    model_id                  INTEGER NOT NULL REFERENCES models (id) ON DELETE RESTRICT,
    buyer_id                  INTEGER NOT NULL REFERENCES buyers (id) ON DELETE RESTRICT,
    tier                      TEXT NOT NULL REFERENCES license_tiers (key),
    intended_use              TEXT NOT NULL CHECK (intended_use IN ('research', 'business')),
    sold_on                   TEXT NOT NULL CHECK (date(sold_on, '+0 days') IS sold_on),
    fee_cents                 INTEGER NOT NULL
                              CHECK (typeof(fee_cents) = 'integer' AND fee_cents >= 0),
    deployments               INTEGER
                              CHECK (deployments IS NULL
                                     OR (typeof(deployments) = 'integer' AND deployments >= 1)),
    monthly_api_calls         INTEGER NOT NULL DEFAULT 0
                              CHECK (typeof(monthly_api_calls) = 'integer'
                                     AND monthly_api_calls >= 0),
    usage_rate_cents_per_1000 INTEGER NOT NULL DEFAULT 0
                              CHECK (typeof(usage_rate_cents_per_1000) = 'integer'
                                     AND usage_rate_cents_per_1000 >= 0),
    term_months               INTEGER NOT NULL DEFAULT 0
                              CHECK (typeof(term_months) = 'integer' AND term_months >= 0),
    terms                     TEXT NOT NULL
                              CHECK (json_valid(terms) AND json_type(terms) = 'object'),
    expires_on                TEXT
                              CHECK (date(expires_on, '+0 days') IS expires_on
                                     AND (expires_on IS NULL OR expires_on >= sold_on)),
    status                    TEXT NOT NULL DEFAULT 'active'
                              CHECK (status IN ('active', 'expired', 'revoked')),
    revoked_on                TEXT
                              CHECK (date(revoked_on, '+0 days') IS revoked_on
                                     AND (revoked_on IS NULL OR revoked_on >= sold_on)),
    revoked_reason            TEXT,
    CONSTRAINT revoked_says_why
        CHECK (status <> 'revoked' OR (revoked_reason IS NOT NULL AND trim(revoked_reason) <> ''))
))sql"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS licenses_tier_sold_on ON licenses (tier, "
                       "sold_on)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS licenses_sold_on ON licenses (sold_on)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS licenses_model ON licenses (model_id)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS licenses_buyer ON licenses (buyer_id)"),

        // UNIQUE (license_id, month) also indexes license_id for ON DELETE CASCADE.
        QStringLiteral(R"sql(
CREATE TABLE IF NOT EXISTS usage_charges (
    id           INTEGER PRIMARY KEY,
    license_id   INTEGER NOT NULL REFERENCES licenses (id) ON DELETE CASCADE,
    month        TEXT NOT NULL CHECK (date(month || '-01', '+0 days') IS month || '-01'),
    api_calls    INTEGER NOT NULL CHECK (typeof(api_calls) = 'integer' AND api_calls >= 0),
    amount_cents INTEGER NOT NULL
                 CHECK (typeof(amount_cents) = 'integer' AND amount_cents >= 0),
    UNIQUE (license_id, month)
))sql"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS usage_charges_month ON usage_charges (month)"),
    };
}

Status createSchemaV1(Database& db) {
    const QString operation = QStringLiteral("creating the version 1 tables");
    for (const QString& statement : schemaV1Statements()) {
        Status done = db.exec(statement, operation);
        if (!done)
            return done;
    }
    return Ok{};
}

} // namespace mm
