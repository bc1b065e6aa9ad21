// PostgreSQL schema version 1: the same tables as SchemaV1.cpp, rule for rule.
//
// How SQLite's rules are written here:
// - INTEGER is bigint and REAL is double precision; the column types themselves keep out text and
//   fractions, which SQLite needed typeof() checks for.
// - Dates stay ISO text ('yyyy-MM-dd') so every query reads them as on SQLite; mm_is_iso_date()
//   rejects what date(x, '+0 days') IS x rejects ('2024-02-30', '2024-2-3').
// - Every text column is COLLATE "C": compared and sorted byte by byte, like SQLite's BINARY.
// - Names that are UNIQUE COLLATE NOCASE get a unique index on mm_nocase(name), which folds ASCII
//   letters only, exactly as NOCASE does.
// - `id INTEGER PRIMARY KEY` is a bigint key that mm_take_id() fills from the table's sequence
//   when a row comes with a NULL id, as SQLite does; an explicit id (undo, import) is kept and
//   moves the sequence past it.
// - JSON columns check mm_is_json_object() (json_valid and json_type = 'object').
//
// Frozen once released: change the schema by adding a step (PgMigrations.h).

#include "data/Database.h"
#include "data/PgMigrations.h"
#include "data/SqlDialect.h"

namespace mm {

namespace {

// The tables whose `id` a trigger assigns, in this step.
const QStringList kTablesWithIds{
    QStringLiteral("research_projects"), QStringLiteral("models"),
    QStringLiteral("training_jobs"),     QStringLiteral("buyers"),
    QStringLiteral("listings"),          QStringLiteral("licenses"),
    QStringLiteral("usage_charges"),
};

} // namespace

// The sequence and trigger that give `table` its ids; used by later steps for their tables.
QStringList pgIdStatements(const QString& table) {
    return {
        QStringLiteral("CREATE SEQUENCE IF NOT EXISTS %1_id_seq AS bigint OWNED BY %1.id")
            .arg(table),
        QStringLiteral("CREATE OR REPLACE TRIGGER %1_take_id BEFORE INSERT ON %1 FOR EACH ROW "
                       "EXECUTE FUNCTION mm_take_id('%1_id_seq')")
            .arg(table),
    };
}

QStringList pgSchemaV1Statements() {
    QStringList statements{
        QStringLiteral(R"sql(
CREATE OR REPLACE FUNCTION mm_nocase(value text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN translate(value, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'))sql"),
        QStringLiteral(R"sql(
CREATE OR REPLACE FUNCTION mm_is_iso_date(value text) RETURNS boolean
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
BEGIN
    RETURN value IS NULL
        OR (value ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'
            AND to_char(value::date, 'YYYY-MM-DD') = value);
EXCEPTION WHEN datetime_field_overflow OR invalid_datetime_format THEN
    RETURN false;
END $$)sql"),
        QStringLiteral(R"sql(
CREATE OR REPLACE FUNCTION mm_is_json_object(value text) RETURNS boolean
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
BEGIN
    RETURN value IS NULL OR json_typeof(value::json) = 'object';
EXCEPTION WHEN invalid_text_representation THEN
    RETURN false;
END $$)sql"),
        QStringLiteral(R"sql(
CREATE OR REPLACE FUNCTION mm_take_id() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.id IS NULL THEN
        NEW.id := nextval(TG_ARGV[0]::regclass);
    ELSIF NEW.id > coalesce(pg_sequence_last_value(TG_ARGV[0]::regclass), 0) THEN
        PERFORM setval(TG_ARGV[0]::regclass, NEW.id);
    END IF;
    RETURN NEW;
END $$)sql"),

        QStringLiteral(R"sql(
CREATE TABLE IF NOT EXISTS modelmarket_schema (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    version   integer NOT NULL CHECK (version >= 1)
))sql"),

        QStringLiteral(R"sql(
CREATE TABLE IF NOT EXISTS settings (
    key   text COLLATE "C" PRIMARY KEY NOT NULL CHECK (key <> ''),
    value text COLLATE "C" NOT NULL
))sql"),

        QStringLiteral(R"sql(
CREATE TABLE IF NOT EXISTS size_classes (
    key            text COLLATE "C" PRIMARY KEY NOT NULL
                   CHECK (key IN ('small', 'medium', 'large', 'frontier')),
    name           text COLLATE "C" NOT NULL CHECK (trim(name) <> ''),
    cost_min_cents bigint NOT NULL CHECK (cost_min_cents >= 0),
    cost_max_cents bigint CHECK (cost_max_cents IS NULL OR cost_max_cents >= cost_min_cents),
    days_min       bigint NOT NULL CHECK (days_min > 0),
    days_max       bigint NOT NULL CHECK (days_max >= days_min),
    params_min     bigint NOT NULL CHECK (params_min > 0),
    params_max     bigint NOT NULL CHECK (params_max >= params_min),
    failure_chance double precision NOT NULL CHECK (failure_chance BETWEEN 0 AND 1),
    sort_order     bigint NOT NULL DEFAULT 0
))sql"),

        QStringLiteral(R"sql(
CREATE TABLE IF NOT EXISTS gpu_types (
    key               text COLLATE "C" PRIMARY KEY NOT NULL
                      CHECK (key <> '' AND key !~ '[^a-z0-9_]'),
    name              text COLLATE "C" NOT NULL CHECK (trim(name) <> ''),
    tflops            double precision NOT NULL CHECK (tflops > 0),
    hourly_rate_cents bigint NOT NULL CHECK (hourly_rate_cents >= 0),
    capacity          bigint NOT NULL CHECK (capacity >= 0)
))sql"),

        // allowed_buyer_types: the same list check as SchemaV1.cpp explains.
        QStringLiteral(R"sql(
CREATE TABLE IF NOT EXISTS license_tiers (
    key                       text COLLATE "C" PRIMARY KEY NOT NULL
                              CHECK (key IN ('open_source', 'academic', 'commercial',
                                             'enterprise')),
    name                      text COLLATE "C" NOT NULL CHECK (trim(name) <> ''),
    floor_cents               bigint NOT NULL CHECK (floor_cents >= 0),
    ceiling_cents             bigint CHECK (ceiling_cents IS NULL OR ceiling_cents >= floor_cents),
    attribution_required      bigint NOT NULL DEFAULT 0 CHECK (attribution_required IN (0, 1)),
    research_only             bigint NOT NULL DEFAULT 0 CHECK (research_only IN (0, 1)),
    allowed_buyer_types       text COLLATE "C" NOT NULL
                              CHECK (replace(replace(replace(replace(
                                         ',' || allowed_buyer_types || ',',
                                         ',academic,', ','), ',startup,', ','),
                                         ',commercial,', ','), ',enterprise,', ',') = ','
                                     AND allowed_buyer_types <> ''),
    deployment_cap            bigint CHECK (deployment_cap IS NULL OR deployment_cap >= 1),
    usage_rate_cents_per_1000 bigint NOT NULL DEFAULT 0 CHECK (usage_rate_cents_per_1000 >= 0),
    term_months               bigint NOT NULL DEFAULT 0 CHECK (term_months >= 0),
    renewable                 bigint NOT NULL DEFAULT 0 CHECK (renewable IN (0, 1)),
    min_buyer_size            bigint NOT NULL DEFAULT 0 CHECK (min_buyer_size >= 0),
    sort_order                bigint NOT NULL DEFAULT 0,
    CONSTRAINT open_source_is_free
        CHECK (key <> 'open_source'
               OR (floor_cents = 0 AND ceiling_cents IS NOT DISTINCT FROM 0))
))sql"),

        QStringLiteral(R"sql(
CREATE TABLE IF NOT EXISTS research_projects (
    id           bigint PRIMARY KEY,
    name         text COLLATE "C" NOT NULL UNIQUE CHECK (trim(name) <> ''),
    field        text COLLATE "C" NOT NULL,
    points       bigint NOT NULL DEFAULT 0 CHECK (points >= 0),
    cost_cents   bigint NOT NULL DEFAULT 0 CHECK (cost_cents >= 0),
    started_on   text COLLATE "C" NOT NULL CHECK (mm_is_iso_date(started_on)),
    completed_on text COLLATE "C"
                 CHECK (mm_is_iso_date(completed_on)
                        AND (completed_on IS NULL OR completed_on >= started_on))
))sql"),

        QStringLiteral(R"sql(
CREATE TABLE IF NOT EXISTS models (
    id                  bigint PRIMARY KEY,
    name                text COLLATE "C" NOT NULL CHECK (trim(name) <> ''),
    architecture        text COLLATE "C" NOT NULL
                        CHECK (architecture IN ('transformer', 'mixture_of_experts', 'diffusion',
                                                'cnn', 'rnn', 'multimodal')),
    size_class          text COLLATE "C" NOT NULL REFERENCES size_classes (key),
    parameters          bigint NOT NULL CHECK (parameters > 0),
    dataset_tokens      bigint NOT NULL CHECK (dataset_tokens >= 0),
    status              text COLLATE "C" NOT NULL DEFAULT 'draft'
                        CHECK (status IN ('draft', 'training', 'completed', 'listed', 'retired',
                                          'failed')),
    performance         double precision
                        CHECK (performance IS NULL OR performance BETWEEN 0 AND 100),
    accuracy            double precision CHECK (accuracy IS NULL OR accuracy BETWEEN 0 AND 100),
    efficiency          double precision
                        CHECK (efficiency IS NULL OR efficiency BETWEEN 0 AND 100),
    composite           double precision CHECK (composite IS NULL OR composite BETWEEN 0 AND 100),
    benchmarks          text COLLATE "C" NOT NULL DEFAULT '{}'
                        CHECK (mm_is_json_object(benchmarks)),
    training_cost_cents bigint NOT NULL DEFAULT 0 CHECK (training_cost_cents >= 0),
    training_days       double precision NOT NULL DEFAULT 0 CHECK (training_days >= 0),
    research_points     bigint NOT NULL DEFAULT 0 CHECK (research_points >= 0),
    created_on          text COLLATE "C" NOT NULL CHECK (mm_is_iso_date(created_on)),
    revision            bigint NOT NULL DEFAULT 1 CHECK (revision >= 1)
))sql"),
        // UNIQUE COLLATE NOCASE; the index also serves ORDER BY mm_nocase(name).
        QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS models_name ON models "
                       "(mm_nocase(name))"),
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
    id                 bigint PRIMARY KEY,
    model_id           bigint REFERENCES models (id) ON DELETE SET NULL,
    model_name         text COLLATE "C" NOT NULL CHECK (trim(model_name) <> ''),
    architecture       text COLLATE "C" NOT NULL
                       CHECK (architecture IN ('transformer', 'mixture_of_experts', 'diffusion',
                                               'cnn', 'rnn', 'multimodal')),
    size_class         text COLLATE "C" NOT NULL REFERENCES size_classes (key),
    parameters         bigint NOT NULL CHECK (parameters > 0),
    dataset_tokens     bigint NOT NULL CHECK (dataset_tokens >= 0),
    gpu_type           text COLLATE "C" NOT NULL REFERENCES gpu_types (key),
    gpu_count          bigint NOT NULL CHECK (gpu_count > 0),
    team               text COLLATE "C" NOT NULL DEFAULT '{}' CHECK (mm_is_json_object(team)),
    research_points    bigint NOT NULL DEFAULT 0 CHECK (research_points >= 0),
    seed               bigint NOT NULL,
    status             text COLLATE "C" NOT NULL DEFAULT 'queued'
                       CHECK (status IN ('queued', 'running', 'paused', 'completed', 'failed',
                                         'cancelled')),
    compute_cost_cents bigint NOT NULL CHECK (compute_cost_cents >= 0),
    data_cost_cents    bigint NOT NULL CHECK (data_cost_cents >= 0),
    talent_cost_cents  bigint NOT NULL CHECK (talent_cost_cents >= 0),
    estimated_days     double precision NOT NULL CHECK (estimated_days > 0),
    progress_days      double precision NOT NULL DEFAULT 0 CHECK (progress_days >= 0),
    cost_spent_cents   bigint NOT NULL DEFAULT 0 CHECK (cost_spent_cents >= 0),
    queued_on          text COLLATE "C" NOT NULL CHECK (mm_is_iso_date(queued_on)),
    started_on         text COLLATE "C"
                       CHECK (mm_is_iso_date(started_on)
                              AND (started_on IS NULL OR started_on >= queued_on)),
    finished_on        text COLLATE "C"
                       CHECK (mm_is_iso_date(finished_on)
                              AND (finished_on IS NULL OR finished_on >= queued_on)),
    failure_reason     text COLLATE "C"
))sql"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS training_jobs_status ON training_jobs (status, "
                       "id)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS training_jobs_model ON training_jobs "
                       "(model_id)"),

        QStringLiteral(R"sql(
CREATE TABLE IF NOT EXISTS buyers (
    id           bigint PRIMARY KEY,
    name         text COLLATE "C" NOT NULL CHECK (trim(name) <> ''),
    type         text COLLATE "C" NOT NULL
                 CHECK (type IN ('academic', 'startup', 'commercial', 'enterprise')),
    size         bigint NOT NULL CHECK (size > 0),
    budget_cents bigint NOT NULL DEFAULT 0 CHECK (budget_cents >= 0),
    revision     bigint NOT NULL DEFAULT 1 CHECK (revision >= 1)
))sql"),
        QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS buyers_name ON buyers "
                       "(mm_nocase(name))"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS buyers_type ON buyers (type)"),

        QStringLiteral(R"sql(
CREATE TABLE IF NOT EXISTS listings (
    id          bigint PRIMARY KEY,
    model_id    bigint NOT NULL REFERENCES models (id) ON DELETE CASCADE,
    tier        text COLLATE "C" NOT NULL REFERENCES license_tiers (key),
    price_cents bigint NOT NULL CHECK (price_cents >= 0),
    listed_on   text COLLATE "C" NOT NULL CHECK (mm_is_iso_date(listed_on)),
    UNIQUE (model_id, tier)
))sql"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS listings_tier_price ON listings (tier, "
                       "price_cents)"),

        QStringLiteral(R"sql(
CREATE TABLE IF NOT EXISTS licenses (
    id                        bigint PRIMARY KEY,
    model_id                  bigint NOT NULL REFERENCES models (id) ON DELETE RESTRICT,
    buyer_id                  bigint NOT NULL REFERENCES buyers (id) ON DELETE RESTRICT,
    tier                      text COLLATE "C" NOT NULL REFERENCES license_tiers (key),
    intended_use              text COLLATE "C" NOT NULL
                              CHECK (intended_use IN ('research', 'business')),
    sold_on                   text COLLATE "C" NOT NULL CHECK (mm_is_iso_date(sold_on)),
    fee_cents                 bigint NOT NULL CHECK (fee_cents >= 0),
    deployments               bigint CHECK (deployments IS NULL OR deployments >= 1),
    monthly_api_calls         bigint NOT NULL DEFAULT 0 CHECK (monthly_api_calls >= 0),
    usage_rate_cents_per_1000 bigint NOT NULL DEFAULT 0 CHECK (usage_rate_cents_per_1000 >= 0),
    term_months               bigint NOT NULL DEFAULT 0 CHECK (term_months >= 0),
    terms                     text COLLATE "C" NOT NULL CHECK (mm_is_json_object(terms)),
    expires_on                text COLLATE "C"
                              CHECK (mm_is_iso_date(expires_on)
                                     AND (expires_on IS NULL OR expires_on >= sold_on)),
    status                    text COLLATE "C" NOT NULL DEFAULT 'active'
                              CHECK (status IN ('active', 'expired', 'revoked')),
    revoked_on                text COLLATE "C"
                              CHECK (mm_is_iso_date(revoked_on)
                                     AND (revoked_on IS NULL OR revoked_on >= sold_on)),
    revoked_reason            text COLLATE "C",
    CONSTRAINT revoked_says_why
        CHECK (status <> 'revoked' OR (revoked_reason IS NOT NULL AND trim(revoked_reason) <> ''))
))sql"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS licenses_tier_sold_on ON licenses (tier, "
                       "sold_on)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS licenses_sold_on ON licenses (sold_on)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS licenses_model ON licenses (model_id)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS licenses_buyer ON licenses (buyer_id)"),

        QStringLiteral(R"sql(
CREATE TABLE IF NOT EXISTS usage_charges (
    id           bigint PRIMARY KEY,
    license_id   bigint NOT NULL REFERENCES licenses (id) ON DELETE CASCADE,
    month        text COLLATE "C" NOT NULL CHECK (mm_is_iso_date(month || '-01')),
    api_calls    bigint NOT NULL CHECK (api_calls >= 0),
    amount_cents bigint NOT NULL CHECK (amount_cents >= 0),
    UNIQUE (license_id, month)
))sql"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS usage_charges_month ON usage_charges (month)"),
    };
    for (const QString& table : kTablesWithIds)
        statements += pgIdStatements(table);
    return statements;
}

Status runPgStatements(Database& db, const QStringList& statements, const QString& operation) {
    for (const QString& statement : statements) {
        if (Status done = db.exec(statement, operation); !done)
            return done;
    }
    return Ok{};
}

Status createPgSchemaV1(Database& db) {
    return runPgStatements(db, pgSchemaV1Statements(),
                           QStringLiteral("creating the version 1 tables"));
}

} // namespace mm
