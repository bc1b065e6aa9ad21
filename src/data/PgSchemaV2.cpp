// PostgreSQL schema version 2: revenue_monthly, kept in step by triggers exactly as SchemaV2.cpp
// explains for SQLite. The statements are the same; PostgreSQL wants them inside plpgsql
// functions, IS DISTINCT FROM for SQLite's IS NOT, a name for every subquery in FROM, and the
// "is the license still there" condition of the charge delete trigger in the function (a trigger's
// WHEN cannot hold a subquery).
//
// Frozen once released: change the schema by adding a step (PgMigrations.h).

#include "data/Database.h"
#include "data/PgMigrations.h"

namespace mm {

namespace {

QString buyerTypeOf(const QString& row) {
    return QStringLiteral("(SELECT type FROM buyers WHERE id = %1.buyer_id)").arg(row);
}

QString licenseFeeChange(const QString& row, int sign) {
    if (sign > 0)
        return QStringLiteral(
                   "INSERT INTO revenue_monthly AS r (month, tier, buyer_type, model_id, "
                   "fees_cents, licenses) SELECT substr(%1.sold_on, 1, 7), %1.tier, b.type, "
                   "%1.model_id, %1.fee_cents, 1 FROM buyers b WHERE b.id = %1.buyer_id "
                   "ON CONFLICT (month, tier, buyer_type, model_id) DO UPDATE SET "
                   "fees_cents = r.fees_cents + excluded.fees_cents, licenses = r.licenses + 1;\n")
            .arg(row);
    return QStringLiteral("UPDATE revenue_monthly SET fees_cents = fees_cents - %1.fee_cents, "
                          "licenses = licenses - 1 WHERE month = substr(%1.sold_on, 1, 7) AND "
                          "tier = %1.tier AND buyer_type = %2 AND model_id = %1.model_id;\n")
        .arg(row, buyerTypeOf(row));
}

QString licenseUsageChange(const QString& row, int sign) {
    if (sign > 0)
        return QStringLiteral(
                   "INSERT INTO revenue_monthly AS r (month, tier, buyer_type, model_id, "
                   "usage_cents, usage_charges) SELECT u.month, %1.tier, %2, %1.model_id, "
                   "SUM(u.amount_cents), COUNT(*) FROM usage_charges u WHERE u.license_id = %1.id "
                   "GROUP BY u.month ON CONFLICT (month, tier, buyer_type, model_id) DO UPDATE "
                   "SET usage_cents = r.usage_cents + excluded.usage_cents, "
                   "usage_charges = r.usage_charges + excluded.usage_charges;\n")
            .arg(row, buyerTypeOf(row));
    return QStringLiteral(
               "UPDATE revenue_monthly SET usage_cents = usage_cents - c.amount, "
               "usage_charges = usage_charges - c.charges FROM (SELECT month, "
               "SUM(amount_cents) AS amount, COUNT(*) AS charges FROM usage_charges "
               "WHERE license_id = %1.id GROUP BY month) AS c WHERE revenue_monthly.month = "
               "c.month AND revenue_monthly.tier = %1.tier AND revenue_monthly.buyer_type = %2 "
               "AND revenue_monthly.model_id = %1.model_id;\n")
        .arg(row, buyerTypeOf(row));
}

QString dropEmptyRows(const QString& row) {
    return QStringLiteral("DELETE FROM revenue_monthly WHERE month = substr(%1.sold_on, 1, 7) AND "
                          "tier = %1.tier AND buyer_type = %2 AND model_id = %1.model_id AND "
                          "licenses = 0 AND usage_charges = 0;\n"
                          "DELETE FROM revenue_monthly WHERE month IN (SELECT month FROM "
                          "usage_charges WHERE license_id = %1.id) AND tier = %1.tier AND "
                          "buyer_type = %2 AND model_id = %1.model_id AND licenses = 0 AND "
                          "usage_charges = 0;\n")
        .arg(row, buyerTypeOf(row));
}

QString chargeChange(const QString& row, int sign) {
    if (sign > 0)
        return QStringLiteral(
                   "INSERT INTO revenue_monthly AS r (month, tier, buyer_type, model_id, "
                   "usage_cents, usage_charges) SELECT %1.month, l.tier, b.type, l.model_id, "
                   "%1.amount_cents, 1 FROM licenses l JOIN buyers b ON b.id = l.buyer_id WHERE "
                   "l.id = %1.license_id ON CONFLICT (month, tier, buyer_type, model_id) DO "
                   "UPDATE SET usage_cents = r.usage_cents + excluded.usage_cents, "
                   "usage_charges = r.usage_charges + 1;\n")
            .arg(row);
    return QStringLiteral(
               "UPDATE revenue_monthly SET usage_cents = usage_cents - %1.amount_cents, "
               "usage_charges = usage_charges - 1 FROM licenses l JOIN buyers b ON b.id = "
               "l.buyer_id WHERE l.id = %1.license_id AND revenue_monthly.month = %1.month AND "
               "revenue_monthly.tier = l.tier AND revenue_monthly.buyer_type = b.type AND "
               "revenue_monthly.model_id = l.model_id;\n"
               "DELETE FROM revenue_monthly WHERE month = %1.month AND tier = (SELECT tier FROM "
               "licenses WHERE id = %1.license_id) AND buyer_type = (SELECT b.type FROM licenses "
               "l JOIN buyers b ON b.id = l.buyer_id WHERE l.id = %1.license_id) AND model_id = "
               "(SELECT model_id FROM licenses WHERE id = %1.license_id) AND licenses = 0 AND "
               "usage_charges = 0;\n")
        .arg(row);
}

// A buyer's licenses and charges, summed per (month, tier, model), as a subquery named s.
const QString kBuyerSums = QStringLiteral(
    "(SELECT month, tier, model_id, SUM(fees) AS fees, SUM(usage_amount) AS usage_amount, "
    "SUM(sold) AS sold, SUM(charges) AS charges FROM ("
    "SELECT substr(l.sold_on, 1, 7) AS month, l.tier AS tier, l.model_id AS model_id, "
    "l.fee_cents AS fees, 0 AS usage_amount, 1 AS sold, 0 AS charges FROM licenses l WHERE "
    "l.buyer_id = NEW.id UNION ALL SELECT u.month, l.tier, l.model_id, 0, u.amount_cents, 0, 1 "
    "FROM usage_charges u JOIN licenses l ON l.id = u.license_id WHERE l.buyer_id = NEW.id) "
    "AS parts GROUP BY month, tier, model_id) AS s");

QString buyerRevenueChange(const QString& type, int sign) {
    if (sign > 0)
        return QStringLiteral(
                   "INSERT INTO revenue_monthly AS r (month, tier, buyer_type, model_id, "
                   "fees_cents, usage_cents, licenses, usage_charges) SELECT s.month, s.tier, "
                   "%1, s.model_id, s.fees, s.usage_amount, s.sold, s.charges FROM %2 "
                   "ON CONFLICT (month, tier, buyer_type, model_id) DO UPDATE SET "
                   "fees_cents = r.fees_cents + excluded.fees_cents, usage_cents = "
                   "r.usage_cents + excluded.usage_cents, licenses = r.licenses + "
                   "excluded.licenses, usage_charges = r.usage_charges + "
                   "excluded.usage_charges;\n")
            .arg(type, kBuyerSums);
    return QStringLiteral(
               "UPDATE revenue_monthly SET fees_cents = fees_cents - s.fees, usage_cents = "
               "usage_cents - s.usage_amount, licenses = licenses - s.sold, usage_charges = "
               "usage_charges - s.charges FROM %2 WHERE revenue_monthly.month = s.month AND "
               "revenue_monthly.tier = s.tier AND revenue_monthly.model_id = s.model_id AND "
               "revenue_monthly.buyer_type = %1;\n"
               "DELETE FROM revenue_monthly WHERE buyer_type = %1 AND licenses = 0 AND "
               "usage_charges = 0;\n")
        .arg(type, kBuyerSums);
}

// A plpgsql function mm_<name>() running `body`, and the trigger `name` that calls it.
QStringList trigger(const QString& name, const QString& when, const QString& body,
                    const QString& returned = QStringLiteral("NULL")) {
    return {
        QStringLiteral("CREATE OR REPLACE FUNCTION mm_%1() RETURNS trigger LANGUAGE plpgsql AS "
                       "$$\nBEGIN\n%2RETURN %3;\nEND $$")
            .arg(name, body, returned),
        QStringLiteral("CREATE OR REPLACE TRIGGER %1 %2 EXECUTE FUNCTION mm_%1()").arg(name, when),
    };
}

QStringList pgSchemaV2Statements() {
    QStringList statements{
        QStringLiteral(R"sql(
CREATE TABLE IF NOT EXISTS revenue_monthly (
    month         text COLLATE "C" NOT NULL,
    tier          text COLLATE "C" NOT NULL,
    buyer_type    text COLLATE "C" NOT NULL,
    model_id      bigint NOT NULL,
    fees_cents    bigint NOT NULL DEFAULT 0,
    usage_cents   bigint NOT NULL DEFAULT 0,
    licenses      bigint NOT NULL DEFAULT 0,
    usage_charges bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (month, tier, buyer_type, model_id)
))sql"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS revenue_monthly_model ON revenue_monthly "
                       "(model_id, month)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS models_size_class_composite ON models "
                       "(size_class, composite)"),

        QStringLiteral("DELETE FROM revenue_monthly"),
        QStringLiteral(
            "INSERT INTO revenue_monthly (month, tier, buyer_type, model_id, fees_cents, "
            "usage_cents, licenses, usage_charges) SELECT month, tier, buyer_type, model_id, "
            "SUM(fees), SUM(usage_amount), SUM(sold), SUM(charges) FROM ("
            "SELECT substr(l.sold_on, 1, 7) AS month, l.tier AS tier, b.type AS buyer_type, "
            "l.model_id AS model_id, SUM(l.fee_cents) AS fees, 0 AS usage_amount, COUNT(*) AS "
            "sold, 0 AS charges FROM licenses l JOIN buyers b ON b.id = l.buyer_id GROUP BY 1, 2, "
            "3, 4 UNION ALL SELECT u.month, l.tier, b.type, l.model_id, 0, SUM(u.amount_cents), "
            "0, COUNT(*) FROM usage_charges u JOIN licenses l ON l.id = u.license_id JOIN buyers "
            "b ON b.id = l.buyer_id GROUP BY 1, 2, 3, 4) AS parts GROUP BY month, tier, "
            "buyer_type, model_id"),
    };
    const QString oldRow = QStringLiteral("OLD");
    const QString newRow = QStringLiteral("NEW");
    statements += trigger(QStringLiteral("licenses_revenue_insert"),
                          QStringLiteral("AFTER INSERT ON licenses FOR EACH ROW"),
                          licenseFeeChange(newRow, +1));
    // BEFORE, for the reason SchemaV2.cpp gives: the charges' own trigger runs after the license
    // is gone (ON DELETE CASCADE) and skips them.
    statements += trigger(QStringLiteral("licenses_revenue_delete"),
                          QStringLiteral("BEFORE DELETE ON licenses FOR EACH ROW"),
                          licenseFeeChange(oldRow, -1) + licenseUsageChange(oldRow, -1) +
                              dropEmptyRows(oldRow),
                          oldRow);
    statements += trigger(
        QStringLiteral("licenses_revenue_update"),
        QStringLiteral("AFTER UPDATE OF model_id, tier, buyer_id, sold_on, fee_cents ON licenses "
                       "FOR EACH ROW WHEN (OLD.model_id IS DISTINCT FROM NEW.model_id OR OLD.tier "
                       "IS DISTINCT FROM NEW.tier OR OLD.buyer_id IS DISTINCT FROM NEW.buyer_id "
                       "OR OLD.sold_on IS DISTINCT FROM NEW.sold_on OR OLD.fee_cents IS DISTINCT "
                       "FROM NEW.fee_cents)"),
        licenseFeeChange(oldRow, -1) + licenseUsageChange(oldRow, -1) + dropEmptyRows(oldRow) +
            licenseFeeChange(newRow, +1) + licenseUsageChange(newRow, +1));
    statements += trigger(QStringLiteral("usage_charges_revenue_insert"),
                          QStringLiteral("AFTER INSERT ON usage_charges FOR EACH ROW"),
                          chargeChange(newRow, +1));
    statements += trigger(QStringLiteral("usage_charges_revenue_delete"),
                          QStringLiteral("AFTER DELETE ON usage_charges FOR EACH ROW"),
                          QStringLiteral("IF EXISTS (SELECT 1 FROM licenses WHERE id = "
                                         "OLD.license_id) THEN\n%1END IF;\n")
                              .arg(chargeChange(oldRow, -1)));
    statements += trigger(
        QStringLiteral("usage_charges_revenue_update"),
        QStringLiteral("AFTER UPDATE OF license_id, month, amount_cents ON usage_charges FOR EACH "
                       "ROW WHEN (OLD.license_id IS DISTINCT FROM NEW.license_id OR OLD.month IS "
                       "DISTINCT FROM NEW.month OR OLD.amount_cents IS DISTINCT FROM "
                       "NEW.amount_cents)"),
        chargeChange(oldRow, -1) + chargeChange(newRow, +1));
    statements += trigger(QStringLiteral("buyers_revenue_type"),
                          QStringLiteral("AFTER UPDATE OF type ON buyers FOR EACH ROW WHEN "
                                         "(OLD.type IS DISTINCT FROM NEW.type)"),
                          buyerRevenueChange(QStringLiteral("OLD.type"), -1) +
                              buyerRevenueChange(QStringLiteral("NEW.type"), +1));
    return statements;
}

} // namespace

Status createPgSchemaV2(Database& db) {
    return runPgStatements(db, pgSchemaV2Statements(),
                           QStringLiteral("adding the monthly revenue summary"));
}

} // namespace mm
