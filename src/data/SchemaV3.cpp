// Schema version 3: AI labs. Every model belongs to a lab: the studio (the player's own) or a
// rival that releases models as the game clock plays the market.
//
// models.lab_id is added with ALTER TABLE, which may only add a foreign key column whose default
// is NULL; a trigger gives a model inserted without a lab to the studio, so every path that
// creates models (training, imports, the generator) keeps working unchanged, and `check` reports
// a model left without a lab.
//
// Frozen once released, like SchemaV1.cpp: change it by adding a step.

#include "data/Database.h"
#include "data/Migrations.h"

namespace mm {

QStringList schemaV3Statements() {
    return {
        QStringLiteral(R"sql(
CREATE TABLE IF NOT EXISTS labs (
    id                 INTEGER PRIMARY KEY,
    name               TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (trim(name) <> ''),
    is_studio          INTEGER NOT NULL DEFAULT 0 CHECK (is_studio IN (0, 1)),
    releases_per_month REAL NOT NULL DEFAULT 0
                       CHECK (typeof(releases_per_month) IN ('real', 'integer')
                              AND releases_per_month BETWEEN 0 AND 20),
    focus_size_class   TEXT NOT NULL DEFAULT 'medium'
                       CHECK (focus_size_class IN ('small', 'medium', 'large', 'frontier')),
    price_percent      INTEGER NOT NULL DEFAULT 100
                       CHECK (typeof(price_percent) = 'integer'
                              AND price_percent BETWEEN 10 AND 1000),
    quality_bonus      REAL NOT NULL DEFAULT 0
                       CHECK (typeof(quality_bonus) IN ('real', 'integer')
                              AND quality_bonus BETWEEN -50 AND 50),
    open_source        INTEGER NOT NULL DEFAULT 0 CHECK (open_source IN (0, 1)),
    CONSTRAINT studio_releases_nothing_by_itself
        CHECK (is_studio = 0 OR releases_per_month = 0)
))sql"),
        // At most one studio.
        QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS labs_one_studio ON labs (is_studio) "
                       "WHERE is_studio = 1"),
        QStringLiteral("INSERT OR IGNORE INTO labs (id, name, is_studio) VALUES (1, 'Your Studio', "
                       "1)"),
        QStringLiteral(R"sql(
INSERT OR IGNORE INTO labs (name, releases_per_month, focus_size_class, price_percent,
                            quality_bonus, open_source)
VALUES ('Helix Labs', 0.5, 'medium', 90, 0, 1),
       ('Quasar AI', 0.3, 'large', 110, 2, 0),
       ('Frontier Dynamics', 0.12, 'frontier', 100, 3, 0)
)sql"),
        QStringLiteral("ALTER TABLE models ADD COLUMN lab_id INTEGER REFERENCES labs (id)"),
        QStringLiteral("UPDATE models SET lab_id = (SELECT id FROM labs WHERE is_studio = 1) "
                       "WHERE lab_id IS NULL"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS models_lab ON models (lab_id, id)"),
        QStringLiteral(R"sql(
CREATE TRIGGER IF NOT EXISTS models_default_lab AFTER INSERT ON models
WHEN NEW.lab_id IS NULL
BEGIN
    UPDATE models SET lab_id = (SELECT id FROM labs WHERE is_studio = 1) WHERE id = NEW.id;
END)sql"),
    };
}

Status createSchemaV3(Database& db) {
    const QString operation = QStringLiteral("adding AI labs (schema version 3)");
    // ADD COLUMN cannot be made idempotent with IF NOT EXISTS: skip it when a partial earlier
    // attempt already added the column.
    auto hasColumn =
        db.query(QStringLiteral("SELECT 1 FROM pragma_table_info('models') WHERE name = 'lab_id'"),
                 {}, operation);
    if (!hasColumn)
        return hasColumn.error();
    const bool columnThere = hasColumn->next();
    for (const QString& statement : schemaV3Statements()) {
        if (columnThere && statement.startsWith(QStringLiteral("ALTER TABLE")))
            continue;
        Status done = db.exec(statement, operation);
        if (!done)
            return done;
    }
    return Ok{};
}

} // namespace mm
