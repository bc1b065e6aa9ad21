#include "data/IntegrityCheck.h"

#include "data/Database.h"
#include "data/EconomyRepository.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace mm {

namespace {

// This file's translation context: lupdate files every Tr::tr() string under it.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mm::IntegrityCheck)
};

struct Invariant {
    const char* table; // whose ids `sql` selects
    const char* description;
    const char* sql; // selects the ids of offending rows
};

// Each query lists offenders; the description says what they break.
constexpr Invariant kInvariants[] = {
    {"licenses",
     QT_TRANSLATE_NOOP("mm::IntegrityCheck",
                       "license fee outside the price range it was sold under"),
     // %1, %2: the floor and ceiling in cents, %3: the ceiling's text (SqlDialect).
     "SELECT id FROM licenses WHERE fee_cents < %1 OR (%3 IS NOT NULL AND fee_cents > %2)"},
    {"usage_charges",
     QT_TRANSLATE_NOOP("mm::IntegrityCheck", "usage charge that is not calls × the license's rate"),
     "SELECT u.id FROM usage_charges u JOIN licenses l ON l.id = u.license_id "
     "WHERE u.amount_cents <> (u.api_calls * l.usage_rate_cents_per_1000 + 500) / 1000"},
    {"usage_charges",
     QT_TRANSLATE_NOOP("mm::IntegrityCheck", "usage charged before the license was sold"),
     "SELECT u.id FROM usage_charges u JOIN licenses l ON l.id = u.license_id WHERE u.month < "
     "substr(l.sold_on, 1, 7)"},
    {"licenses",
     QT_TRANSLATE_NOOP("mm::IntegrityCheck", "license sold in a tier different from its terms"),
     // %4: the terms' tier (SqlDialect); a missing one differs too.
     "SELECT id FROM licenses WHERE coalesce(%4, '') <> tier"},
    {"licenses", QT_TRANSLATE_NOOP("mm::IntegrityCheck", "license that expires before it was sold"),
     "SELECT id FROM licenses WHERE expires_on IS NOT NULL AND expires_on < sold_on"},
    {"listings", QT_TRANSLATE_NOOP("mm::IntegrityCheck", "listing of a model that is not trained"),
     "SELECT l.id FROM listings l JOIN models m ON m.id = l.model_id "
     "WHERE m.status IN ('draft', 'training', 'failed')"},
    {"models", QT_TRANSLATE_NOOP("mm::IntegrityCheck", "trained model without quality metrics"),
     "SELECT id FROM models WHERE status IN ('completed', 'listed', 'retired') AND (performance IS "
     "NULL OR "
     "accuracy IS NULL OR efficiency IS NULL OR composite IS NULL)"},
    {"listings",
     QT_TRANSLATE_NOOP("mm::IntegrityCheck", "listing priced outside its tier's current range"),
     "SELECT l.id FROM listings l JOIN license_tiers t ON t.key = l.tier "
     "WHERE l.price_cents < t.floor_cents OR (t.ceiling_cents IS NOT NULL AND l.price_cents > "
     "t.ceiling_cents)"},
    {"models", QT_TRANSLATE_NOOP("mm::IntegrityCheck", "model that belongs to no lab"),
     "SELECT id FROM models WHERE lab_id IS NULL"},
    // A run may take longer than estimated: TrainingEstimator::roll stretches the schedule by up
    // to 1.5 and rounds it to a tenth of a day, and the job progresses to that actual length.
    {"training_jobs",
     QT_TRANSLATE_NOOP("mm::IntegrityCheck", "training job with more progress than its schedule"),
     "SELECT id FROM training_jobs WHERE progress_days > estimated_days * 1.5 + 0.05 + 1e-6"},
};

} // namespace

Result<QStringList> domainProblems(Database& db) {
    QStringList lines;
    if (auto config = EconomyRepository(db).loadConfig(); !config)
        lines.append(Tr::tr("economy config: %1").arg(config.error().toString()));

    for (const Invariant& invariant : kInvariants) {
        const QString description =
            QCoreApplication::translate("mm::IntegrityCheck", invariant.description);
        const SqlDialect& dialect = db.dialect();
        const QString terms = QStringLiteral("terms");
        // Each invariant holds only the placeholders it needs; replace() leaves it as it is.
        const QString sql =
            QString::fromLatin1(invariant.sql)
                .replace(QStringLiteral("%1"),
                         dialect.jsonCents(terms, QStringLiteral("priceFloor")))
                .replace(QStringLiteral("%2"),
                         dialect.jsonCents(terms, QStringLiteral("priceCeiling")))
                .replace(QStringLiteral("%3"),
                         dialect.jsonText(terms, QStringLiteral("priceCeiling")))
                .replace(QStringLiteral("%4"), dialect.jsonText(terms, QStringLiteral("tier")));
        auto q = db.query(sql, {}, Tr::tr("checking: %1").arg(description));
        if (!q)
            return q.error();
        QStringList ids;
        qint64 count = 0;
        while (q->next()) {
            if (++count <= 5)
                ids.append(q->value(0).toString());
        }
        if (count > 0)
            lines.append(
                Tr::tr("%1: %2 row(s) in %3, e.g. id %4")
                    .arg(description)
                    .arg(count)
                    .arg(QString::fromLatin1(invariant.table), ids.join(QStringLiteral(", "))));
    }
    return lines;
}

Result<QStringList> checkEconomy(Database& db) {
    auto problems = db.integrityProblems();
    if (!problems)
        return problems;
    if (!problems->isEmpty())
        return problems; // a damaged file makes the domain checks meaningless
    return domainProblems(db);
}

} // namespace mm
