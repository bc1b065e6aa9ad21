// Schema version 2: the revenue summary the dashboard reads.
//
// Grouping ten million licenses on every filter change is seconds of work; the dashboard wants it
// in well under one. `revenue_monthly` holds the sums per (month, tier, buyer type, model), kept in
// step by triggers on `licenses`, `usage_charges` and `buyers.type` inside the writing statement's
// own transaction, so it can never disagree with the rows it sums (a failed statement rolls the
// trigger's work back with it). Size class and architecture are not copied in: they are read
// through `model_id`, so editing a model moves its revenue without any trigger on `models`.
//
// A row exists while something is counted in it (a license sold or a usage charge made in that
// month, even for $0), which is exactly when the raw GROUP BY of RevenueReport has a group.
//
// Frozen once released, like SchemaV1.cpp: change it by adding a step.

#include "data/Database.h"
#include "data/Migrations.h"

namespace mm {

namespace {

// The month, tier, buyer type and model a license counts under, as SQL over a license row named
// `row` (NEW or OLD inside a trigger).
QString buyerTypeOf(const QString& row) {
    return QStringLiteral("(SELECT type FROM buyers WHERE id = %1.buyer_id)").arg(row);
}

// Adds a license's fee and count (sign +1) or takes them away (-1).
QString licenseFeeChange(const QString& row, int sign) {
    if (sign > 0)
        return QStringLiteral(
                   "INSERT INTO revenue_monthly (month, tier, buyer_type, model_id, fees_cents, "
                   "licenses) SELECT substr(%1.sold_on, 1, 7), %1.tier, b.type, %1.model_id, "
                   "%1.fee_cents, 1 FROM buyers b WHERE b.id = %1.buyer_id "
                   "ON CONFLICT (month, tier, buyer_type, model_id) DO UPDATE SET "
                   "fees_cents = fees_cents + excluded.fees_cents, licenses = licenses + 1;")
            .arg(row);
    return QStringLiteral("UPDATE revenue_monthly SET fees_cents = fees_cents - %1.fee_cents, "
                          "licenses = licenses - 1 WHERE month = substr(%1.sold_on, 1, 7) AND "
                          "tier = %1.tier AND buyer_type = %2 AND model_id = %1.model_id;")
        .arg(row, buyerTypeOf(row));
}

// Adds (or takes away) every usage charge of a license under the license's key. The charges
// themselves are read from usage_charges by license id.
QString licenseUsageChange(const QString& row, int sign) {
    if (sign > 0)
        return QStringLiteral(
                   "INSERT INTO revenue_monthly (month, tier, buyer_type, model_id, usage_cents, "
                   "usage_charges) SELECT u.month, %1.tier, %2, %1.model_id, SUM(u.amount_cents), "
                   "COUNT(*) FROM usage_charges u WHERE u.license_id = %1.id GROUP BY u.month "
                   "ON CONFLICT (month, tier, buyer_type, model_id) DO UPDATE SET "
                   "usage_cents = usage_cents + excluded.usage_cents, "
                   "usage_charges = usage_charges + excluded.usage_charges;")
            .arg(row, buyerTypeOf(row));
    return QStringLiteral(
               "UPDATE revenue_monthly SET usage_cents = usage_cents - c.amount, "
               "usage_charges = usage_charges - c.charges FROM (SELECT month, "
               "SUM(amount_cents) AS amount, COUNT(*) AS charges FROM usage_charges "
               "WHERE license_id = %1.id GROUP BY month) AS c WHERE revenue_monthly.month = "
               "c.month AND revenue_monthly.tier = %1.tier AND revenue_monthly.buyer_type = %2 "
               "AND revenue_monthly.model_id = %1.model_id;")
        .arg(row, buyerTypeOf(row));
}

// Drops the rows of a license's key that no longer count anything. Only the months the license
// touched (its sale, its charges) are looked at: each is one primary-key probe, where scanning
// every month of the model made bulk deletes five times slower.
QString dropEmptyRows(const QString& row) {
    return QStringLiteral("DELETE FROM revenue_monthly WHERE month = substr(%1.sold_on, 1, 7) AND "
                          "tier = %1.tier AND buyer_type = %2 AND model_id = %1.model_id AND "
                          "licenses = 0 AND usage_charges = 0; "
                          "DELETE FROM revenue_monthly WHERE month IN (SELECT month FROM "
                          "usage_charges WHERE license_id = %1.id) AND tier = %1.tier AND "
                          "buyer_type = %2 AND model_id = %1.model_id AND licenses = 0 AND "
                          "usage_charges = 0;")
        .arg(row, buyerTypeOf(row));
}

// One usage charge (a row of usage_charges named `row`) added or taken away under its license.
QString chargeChange(const QString& row, int sign) {
    if (sign > 0)
        return QStringLiteral(
                   "INSERT INTO revenue_monthly (month, tier, buyer_type, model_id, usage_cents, "
                   "usage_charges) SELECT %1.month, l.tier, b.type, l.model_id, %1.amount_cents, "
                   "1 FROM licenses l JOIN buyers b ON b.id = l.buyer_id WHERE l.id = "
                   "%1.license_id ON CONFLICT (month, tier, buyer_type, model_id) DO UPDATE SET "
                   "usage_cents = usage_cents + excluded.usage_cents, "
                   "usage_charges = usage_charges + 1;")
            .arg(row);
    return QStringLiteral(
               "UPDATE revenue_monthly SET usage_cents = usage_cents - %1.amount_cents, "
               "usage_charges = usage_charges - 1 FROM licenses l JOIN buyers b ON b.id = "
               "l.buyer_id WHERE l.id = %1.license_id AND revenue_monthly.month = %1.month AND "
               "revenue_monthly.tier = l.tier AND revenue_monthly.buyer_type = b.type AND "
               "revenue_monthly.model_id = l.model_id; "
               "DELETE FROM revenue_monthly WHERE month = %1.month AND tier = (SELECT tier FROM "
               "licenses WHERE id = %1.license_id) AND buyer_type = (SELECT b.type FROM licenses "
               "l JOIN buyers b ON b.id = l.buyer_id WHERE l.id = %1.license_id) AND model_id = "
               "(SELECT model_id FROM licenses WHERE id = %1.license_id) AND licenses = 0 AND "
               "usage_charges = 0;")
        .arg(row);
}

// Everything a buyer's licenses count, added under `type` (sign +1) or taken away from it (-1).
QString buyerRevenueChange(const QString& type, int sign) {
    if (sign > 0)
        return QStringLiteral(
                   "INSERT INTO revenue_monthly (month, tier, buyer_type, model_id, fees_cents, "
                   "usage_cents, licenses, usage_charges) SELECT month, tier, %1, model_id, "
                   "SUM(fees), SUM(usage), SUM(sold), SUM(charges) FROM ("
                   "SELECT substr(l.sold_on, 1, 7) AS month, l.tier AS tier, l.model_id AS "
                   "model_id, l.fee_cents AS fees, 0 AS usage, 1 AS sold, 0 AS charges FROM "
                   "licenses l WHERE l.buyer_id = NEW.id UNION ALL SELECT u.month, l.tier, "
                   "l.model_id, 0, u.amount_cents, 0, 1 FROM usage_charges u JOIN licenses l ON "
                   "l.id = u.license_id WHERE l.buyer_id = NEW.id) WHERE 1 GROUP BY month, tier, "
                   "model_id ON CONFLICT (month, tier, buyer_type, model_id) DO UPDATE SET "
                   "fees_cents = fees_cents + excluded.fees_cents, usage_cents = usage_cents + "
                   "excluded.usage_cents, licenses = licenses + excluded.licenses, "
                   "usage_charges = usage_charges + excluded.usage_charges;")
            .arg(type);
    return QStringLiteral(
               "UPDATE revenue_monthly SET fees_cents = fees_cents - s.fees, usage_cents = "
               "usage_cents - s.usage, licenses = licenses - s.sold, usage_charges = "
               "usage_charges - s.charges FROM (SELECT month, tier, model_id, SUM(fees) AS "
               "fees, SUM(usage) AS usage, SUM(sold) AS sold, SUM(charges) AS charges FROM ("
               "SELECT substr(l.sold_on, 1, 7) AS month, l.tier AS tier, l.model_id AS model_id, "
               "l.fee_cents AS fees, 0 AS usage, 1 AS sold, 0 AS charges FROM licenses l WHERE "
               "l.buyer_id = NEW.id UNION ALL SELECT u.month, l.tier, l.model_id, 0, "
               "u.amount_cents, 0, 1 FROM usage_charges u JOIN licenses l ON l.id = u.license_id "
               "WHERE l.buyer_id = NEW.id) GROUP BY month, tier, model_id) AS s WHERE "
               "revenue_monthly.month = s.month AND revenue_monthly.tier = s.tier AND "
               "revenue_monthly.model_id = s.model_id AND revenue_monthly.buyer_type = %1; "
               "DELETE FROM revenue_monthly WHERE buyer_type = %1 AND licenses = 0 AND "
               "usage_charges = 0;")
        .arg(type);
}

QString trigger(const QString& name, const QString& when, const QString& body) {
    return QStringLiteral("CREATE TRIGGER IF NOT EXISTS %1 %2 BEGIN %3 END").arg(name, when, body);
}

QStringList schemaV2Statements() {
    return {
        QStringLiteral(R"sql(
CREATE TABLE IF NOT EXISTS revenue_monthly (
    month         TEXT NOT NULL,
    tier          TEXT NOT NULL,
    buyer_type    TEXT NOT NULL,
    model_id      INTEGER NOT NULL,
    fees_cents    INTEGER NOT NULL DEFAULT 0,
    usage_cents   INTEGER NOT NULL DEFAULT 0,
    licenses      INTEGER NOT NULL DEFAULT 0,
    usage_charges INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (month, tier, buyer_type, model_id)
) WITHOUT ROWID)sql"),
        // Per-model totals and the size class / architecture filters probe by model.
        QStringLiteral("CREATE INDEX IF NOT EXISTS revenue_monthly_model ON revenue_monthly "
                       "(model_id, month)"),
        // Percentiles within a size class count models below a composite.
        QStringLiteral("CREATE INDEX IF NOT EXISTS models_size_class_composite ON models "
                       "(size_class, composite)"),

        // The backfill starts from nothing, so running the step again gives the same sums.
        QStringLiteral("DELETE FROM revenue_monthly"),
        QStringLiteral(
            "INSERT INTO revenue_monthly (month, tier, buyer_type, model_id, fees_cents, "
            "usage_cents, licenses, usage_charges) SELECT month, tier, buyer_type, model_id, "
            "SUM(fees), SUM(usage), SUM(sold), SUM(charges) FROM ("
            "SELECT substr(l.sold_on, 1, 7) AS month, l.tier AS tier, b.type AS buyer_type, "
            "l.model_id AS model_id, SUM(l.fee_cents) AS fees, 0 AS usage, COUNT(*) AS sold, "
            "0 AS charges FROM licenses l JOIN buyers b ON b.id = l.buyer_id GROUP BY 1, 2, 3, 4 "
            "UNION ALL SELECT u.month, l.tier, b.type, l.model_id, 0, SUM(u.amount_cents), 0, "
            "COUNT(*) FROM usage_charges u JOIN licenses l ON l.id = u.license_id JOIN buyers b "
            "ON b.id = l.buyer_id GROUP BY 1, 2, 3, 4) GROUP BY month, tier, buyer_type, "
            "model_id"),

        trigger(QStringLiteral("licenses_revenue_insert"),
                QStringLiteral("AFTER INSERT ON licenses"),
                licenseFeeChange(QStringLiteral("NEW"), +1)),
        // BEFORE, because ON DELETE CASCADE removes the charges after the license row is gone,
        // when their own trigger can no longer find the license's key: the license takes its
        // charges out here, and the charge trigger below skips charges whose license is gone.
        trigger(QStringLiteral("licenses_revenue_delete"),
                QStringLiteral("BEFORE DELETE ON licenses"),
                licenseFeeChange(QStringLiteral("OLD"), -1) +
                    licenseUsageChange(QStringLiteral("OLD"), -1) +
                    dropEmptyRows(QStringLiteral("OLD"))),
        trigger(QStringLiteral("licenses_revenue_update"),
                QStringLiteral("AFTER UPDATE OF model_id, tier, buyer_id, sold_on, fee_cents ON "
                               "licenses WHEN OLD.model_id IS NOT NEW.model_id OR OLD.tier IS "
                               "NOT NEW.tier OR OLD.buyer_id IS NOT NEW.buyer_id OR OLD.sold_on "
                               "IS NOT NEW.sold_on OR OLD.fee_cents IS NOT NEW.fee_cents"),
                licenseFeeChange(QStringLiteral("OLD"), -1) +
                    licenseUsageChange(QStringLiteral("OLD"), -1) +
                    dropEmptyRows(QStringLiteral("OLD")) +
                    licenseFeeChange(QStringLiteral("NEW"), +1) +
                    licenseUsageChange(QStringLiteral("NEW"), +1)),

        trigger(QStringLiteral("usage_charges_revenue_insert"),
                QStringLiteral("AFTER INSERT ON usage_charges"),
                chargeChange(QStringLiteral("NEW"), +1)),
        trigger(QStringLiteral("usage_charges_revenue_delete"),
                QStringLiteral("AFTER DELETE ON usage_charges WHEN EXISTS (SELECT 1 FROM "
                               "licenses WHERE id = OLD.license_id)"),
                chargeChange(QStringLiteral("OLD"), -1)),
        trigger(QStringLiteral("usage_charges_revenue_update"),
                QStringLiteral("AFTER UPDATE OF license_id, month, amount_cents ON usage_charges "
                               "WHEN OLD.license_id IS NOT NEW.license_id OR OLD.month IS NOT "
                               "NEW.month OR OLD.amount_cents IS NOT NEW.amount_cents"),
                chargeChange(QStringLiteral("OLD"), -1) + chargeChange(QStringLiteral("NEW"), +1)),

        trigger(QStringLiteral("buyers_revenue_type"),
                QStringLiteral("AFTER UPDATE OF type ON buyers WHEN OLD.type IS NOT NEW.type"),
                buyerRevenueChange(QStringLiteral("OLD.type"), -1) +
                    buyerRevenueChange(QStringLiteral("NEW.type"), +1)),
    };
}

} // namespace

Status createSchemaV2(Database& db) {
    const QString operation = QStringLiteral("adding the monthly revenue summary");
    for (const QString& statement : schemaV2Statements()) {
        Status done = db.exec(statement, operation);
        if (!done)
            return done;
    }
    return Ok{};
}

} // namespace mm
