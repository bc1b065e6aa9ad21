#include "data/EconomyRepository.h"

#include "data/Database.h"
#include "data/SqlValues.h"
#include "data/Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace mm {

namespace {

// This file's translation context: lupdate files every Tr::tr() string under it.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mm::EconomyRepository)
};

} // namespace

const QString EconomyRepository::kConfigKey = QStringLiteral("economy.config");
const QString EconomyRepository::kGameDateKey = QStringLiteral("clock.date");

Result<std::optional<QString>> EconomyRepository::setting(const QString& key) {
    auto q = m_db.query(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key},
                        Tr::tr("reading setting '%1'").arg(key));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<QString>();
    return std::optional<QString>(q->value(0).toString());
}

Status EconomyRepository::setSetting(const QString& key, const QString& value) {
    auto q = m_db.query(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                       "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                        {key, value}, Tr::tr("saving setting '%1'").arg(key));
    return q ? Status(Ok{}) : Status(q.error());
}

Result<EconomyConfig> EconomyRepository::loadConfig() {
    auto stored = setting(kConfigKey);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return EconomyConfig::defaults();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(stored->value().toUtf8(), &parseError);
    if (!document.isObject())
        return makeError(
            Tr::tr("the stored economy config is not valid JSON: %1").arg(parseError.errorString()),
            kConfigKey, QStringLiteral("config-corrupt"));
    auto config = EconomyConfig::fromJson(document.object());
    if (!config) {
        Error error = config.error();
        error.message = Tr::tr("the stored economy config is invalid: %1").arg(error.message);
        return error;
    }
    return config;
}

Status EconomyRepository::saveConfig(const EconomyConfig& config) {
    if (auto valid = config.validate(); !valid)
        return valid;
    Transaction transaction(m_db, Tr::tr("saving the economy config"));
    if (auto begun = transaction.status(); !begun)
        return begun;

    const QString json =
        QString::fromUtf8(QJsonDocument(config.toJson()).toJson(QJsonDocument::Compact));
    if (auto done = setSetting(kConfigKey, json); !done)
        return done;

    int order = 0;
    for (const SizeClassSpec& spec : config.sizeClasses) {
        auto q = m_db.query(
            QStringLiteral(
                "INSERT INTO size_classes (key, name, cost_min_cents, cost_max_cents, days_min, "
                "days_max, "
                "params_min, params_max, failure_chance, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, "
                "?, ?, ?) "
                "ON CONFLICT(key) DO UPDATE SET name = excluded.name, cost_min_cents = "
                "excluded.cost_min_cents, cost_max_cents = excluded.cost_max_cents, days_min = "
                "excluded.days_min, days_max = excluded.days_max, params_min = "
                "excluded.params_min, "
                "params_max = excluded.params_max, failure_chance = excluded.failure_chance, "
                "sort_order = excluded.sort_order"),
            {enumKey(spec.sizeClass), enumLabel(spec.sizeClass), sqlv::money(spec.costMin),
             sqlv::optionalMoney(spec.costMax), spec.daysMin, spec.daysMax, spec.parametersMin,
             spec.parametersMax, spec.failureChance, order++},
            Tr::tr("saving size class %1").arg(enumLabel(spec.sizeClass)));
        if (!q)
            return q.error();
    }

    for (const GpuTypeSpec& gpu : config.gpuTypes) {
        auto q = m_db.query(
            QStringLiteral(
                "INSERT INTO gpu_types (key, name, tflops, hourly_rate_cents, capacity) VALUES (?, "
                "?, ?, ?, ?) "
                "ON CONFLICT(key) DO UPDATE SET name = excluded.name, tflops = excluded.tflops, "
                "hourly_rate_cents = excluded.hourly_rate_cents, capacity = excluded.capacity"),
            {gpu.key, gpu.name, gpu.effectiveTflops, sqlv::money(gpu.hourlyRate), gpu.capacity},
            Tr::tr("saving GPU type '%1'").arg(gpu.name));
        if (!q)
            return q.error();
    }
    // GPU types dropped from the config go too, unless past jobs still name them.
    QStringList keys;
    for (const GpuTypeSpec& gpu : config.gpuTypes)
        keys.append(gpu.key);
    auto existing = m_db.query(QStringLiteral("SELECT key FROM gpu_types WHERE key NOT IN "
                                              "(SELECT DISTINCT gpu_type FROM training_jobs)"),
                               {}, Tr::tr("reading GPU types"));
    if (!existing)
        return existing.error();
    QStringList obsolete;
    while (existing->next()) {
        if (!keys.contains(existing->value(0).toString()))
            obsolete.append(existing->value(0).toString());
    }
    for (const QString& key : obsolete) {
        if (auto q = m_db.query(QStringLiteral("DELETE FROM gpu_types WHERE key = ?"), {key},
                                Tr::tr("removing GPU type '%1'").arg(key));
            !q)
            return q.error();
    }

    order = 0;
    for (const TierPolicy& policy : config.tiers) {
        QStringList buyers;
        for (BuyerType type : policy.allowedBuyerTypes)
            buyers.append(enumKey(type));
        auto q = m_db.query(
            QStringLiteral(
                "INSERT INTO license_tiers (key, name, floor_cents, ceiling_cents, "
                "attribution_required, research_only, "
                "allowed_buyer_types, deployment_cap, usage_rate_cents_per_1000, term_months, "
                "renewable, "
                "min_buyer_size, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT(key) DO UPDATE SET name = excluded.name, floor_cents = "
                "excluded.floor_cents, "
                "ceiling_cents = excluded.ceiling_cents, attribution_required = "
                "excluded.attribution_required, "
                "research_only = excluded.research_only, allowed_buyer_types = "
                "excluded.allowed_buyer_types, "
                "deployment_cap = excluded.deployment_cap, usage_rate_cents_per_1000 = "
                "excluded.usage_rate_cents_per_1000, term_months = excluded.term_months, renewable "
                "= "
                "excluded.renewable, min_buyer_size = excluded.min_buyer_size, sort_order = "
                "excluded.sort_order"),
            {enumKey(policy.tier), enumLabel(policy.tier), sqlv::money(policy.priceFloor),
             sqlv::optionalMoney(policy.priceCeiling), policy.attributionRequired ? 1 : 0,
             policy.researchOnly ? 1 : 0, buyers.join(u','),
             sqlv::optionalInt(policy.deploymentCap), sqlv::money(policy.usageRatePer1000Calls),
             policy.termMonths, policy.renewable ? 1 : 0, policy.minBuyerSize, order++},
            Tr::tr("saving the %1 tier").arg(enumLabel(policy.tier)));
        if (!q)
            return q.error();
    }
    return transaction.commit();
}

Result<EconomyClock> EconomyRepository::loadClock() {
    auto config = loadConfig();
    if (!config)
        return config.error();
    auto today = gameDate();
    if (!today)
        return today.error();
    return EconomyClock{std::move(config).value(), *today};
}

Result<QDate> EconomyRepository::gameDate() {
    auto stored = setting(kGameDateKey);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return defaultGameDate();
    const QDate date = QDate::fromString(stored->value(), Qt::ISODate);
    if (!date.isValid())
        return makeError(Tr::tr("the stored game date '%1' is not a date").arg(stored->value()),
                         kGameDateKey, QStringLiteral("clock-corrupt"));
    return date;
}

Status EconomyRepository::setGameDate(const QDate& date) {
    if (!date.isValid())
        return makeError(Tr::tr("not a valid date"), kGameDateKey, QStringLiteral("clock-date"));
    return setSetting(kGameDateKey, date.toString(Qt::ISODate));
}

} // namespace mm
