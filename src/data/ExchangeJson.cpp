// Writes the whole economy as one JSON document (EconomyImport.cpp reads it); see Exchange.h.
//
// Every row keeps its id so references survive. Money is a plain string ("1234.56"), dates are
// ISO text, enums their stable keys, absent values null, and integers beyond 2^53 (and all
// training seeds, which are 64-bit) are strings so every JSON reader keeps them exact.

#include "core/EconomyConfig.h"
#include "core/JsonReader.h"
#include "core/MarketState.h"
#include "core/Scenario.h"
#include "data/BuyerRepository.h"
#include "data/Database.h"
#include "data/EconomyJsonKeys.h"
#include "data/EconomyRepository.h"
#include "data/Exchange.h"
#include "data/JobRepository.h"
#include "data/LicenseRepository.h"
#include "data/ListingRepository.h"
#include "data/ModelRepository.h"
#include "data/ResearchRepository.h"
#include "data/ScenarioRepository.h"
#include "data/SqlValues.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <functional>

namespace mm {

namespace {

// This file's translation context: lupdate files every Tr::tr() string under it.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mm::Exchange)
};

const QString kFormat = QString::fromLatin1(exchange::kEconomyFormat);
constexpr qint64 kVersion = exchange::kEconomyVersion;
constexpr qint64 kSafeInteger = 9007199254740992LL; // 2^53

using namespace economyjson;

// --- writing ---------------------------------------------------------------------------------

QJsonValue integerToJson(qint64 value) {
    if (value >= -kSafeInteger && value <= kSafeInteger)
        return QJsonValue(value);
    return QString::number(value);
}

QJsonValue optionalRealToJson(const std::optional<double>& value) {
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue dateToJson(const QDate& date) {
    return date.toString(Qt::ISODate);
}

QJsonValue optionalDateToJson(const std::optional<QDate>& date) {
    return date ? dateToJson(*date) : QJsonValue(QJsonValue::Null);
}

QJsonObject modelToJson(const ModelRecord& m) {
    QJsonObject scores;
    for (auto it = m.benchmarks.begin(); it != m.benchmarks.end(); ++it)
        scores.insert(it.key(), it.value());
    return {
        {QStringLiteral("id"), integerToJson(m.id)},
        {QStringLiteral("name"), m.name},
        {QStringLiteral("architecture"), enumKey(m.architecture)},
        {QStringLiteral("sizeClass"), enumKey(m.sizeClass)},
        {QStringLiteral("parameters"), integerToJson(m.parameters)},
        {QStringLiteral("datasetTokens"), integerToJson(m.datasetTokens)},
        {QStringLiteral("status"), enumKey(m.status)},
        {QStringLiteral("performance"), optionalRealToJson(m.performance)},
        {QStringLiteral("accuracy"), optionalRealToJson(m.accuracy)},
        {QStringLiteral("efficiency"), optionalRealToJson(m.efficiency)},
        {QStringLiteral("composite"), optionalRealToJson(m.composite)},
        {QStringLiteral("benchmarks"), scores},
        {QStringLiteral("trainingCost"), moneyToJson(m.trainingCost)},
        {QStringLiteral("trainingDays"), m.trainingDays},
        {QStringLiteral("researchPoints"), integerToJson(m.researchPoints)},
        {QStringLiteral("createdOn"), dateToJson(m.createdOn)},
    };
}

QJsonObject buyerToJson(const BuyerRecord& b) {
    return {
        {QStringLiteral("id"), integerToJson(b.id)},       {QStringLiteral("name"), b.name},
        {QStringLiteral("type"), enumKey(b.type)},         {QStringLiteral("size"), b.size},
        {QStringLiteral("budget"), moneyToJson(b.budget)},
    };
}

QJsonObject listingToJson(const ListingRecord& l) {
    return {
        {QStringLiteral("id"), integerToJson(l.id)},
        {QStringLiteral("modelId"), integerToJson(l.modelId)},
        {QStringLiteral("tier"), enumKey(l.tier)},
        {QStringLiteral("price"), moneyToJson(l.price)},
        {QStringLiteral("listedOn"), dateToJson(l.listedOn)},
    };
}

QJsonObject licenseToJson(const LicenseRecord& l) {
    return {
        {QStringLiteral("id"), integerToJson(l.id)},
        {QStringLiteral("modelId"), integerToJson(l.modelId)},
        {QStringLiteral("buyerId"), integerToJson(l.buyerId)},
        {QStringLiteral("tier"), enumKey(l.tier)},
        {QStringLiteral("intendedUse"), enumKey(l.use)},
        {QStringLiteral("soldOn"), dateToJson(l.soldOn)},
        {QStringLiteral("fee"), moneyToJson(l.fee)},
        {QStringLiteral("deployments"),
         l.deployments ? QJsonValue(*l.deployments) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("monthlyApiCalls"), integerToJson(l.monthlyApiCalls)},
        {QStringLiteral("usageRatePer1000Calls"), moneyToJson(l.usageRatePer1000Calls)},
        {QStringLiteral("termMonths"), l.termMonths},
        {QStringLiteral("terms"), l.terms},
        {QStringLiteral("expiresOn"), optionalDateToJson(l.expiresOn)},
        {QStringLiteral("status"), enumKey(l.status)},
        {QStringLiteral("revokedOn"), optionalDateToJson(l.revokedOn)},
        {QStringLiteral("revokedReason"), l.revokedReason},
    };
}

QJsonObject chargeToJson(const UsageChargeRecord& c) {
    return {
        {QStringLiteral("id"), integerToJson(c.id)},
        {QStringLiteral("licenseId"), integerToJson(c.licenseId)},
        {QStringLiteral("month"), c.month},
        {QStringLiteral("apiCalls"), integerToJson(c.apiCalls)},
        {QStringLiteral("amount"), moneyToJson(c.amount)},
    };
}

QJsonObject researchToJson(const ResearchProjectRecord& r) {
    return {
        {QStringLiteral("id"), integerToJson(r.id)},
        {QStringLiteral("name"), r.name},
        {QStringLiteral("field"), r.field},
        {QStringLiteral("points"), integerToJson(r.points)},
        {QStringLiteral("cost"), moneyToJson(r.cost)},
        {QStringLiteral("startedOn"), dateToJson(r.startedOn)},
        {QStringLiteral("completedOn"), optionalDateToJson(r.completedOn)},
    };
}

QJsonObject jobToJson(const TrainingJobRecord& j) {
    const TrainingInputs& in = j.inputs;
    return {
        {QStringLiteral("id"), integerToJson(j.id)},
        {QStringLiteral("modelId"),
         j.modelId ? integerToJson(*j.modelId) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("modelName"), in.modelName},
        {QStringLiteral("architecture"), enumKey(in.architecture)},
        {QStringLiteral("sizeClass"), enumKey(in.sizeClass)},
        {QStringLiteral("parameters"), integerToJson(in.parameters)},
        {QStringLiteral("datasetTokens"), integerToJson(in.datasetTokens)},
        {QStringLiteral("gpuType"), in.gpuType},
        {QStringLiteral("gpuCount"), in.gpuCount},
        {QStringLiteral("team"), in.team.toJson()},
        {QStringLiteral("researchPoints"), integerToJson(in.researchPoints)},
        // Seeds use all 64 bits; always a string, so readers need not guess.
        {QStringLiteral("seed"), QString::number(in.seed)},
        {QStringLiteral("status"), enumKey(j.status)},
        {QStringLiteral("estimate"),
         QJsonObject{{QStringLiteral("compute"), moneyToJson(j.estimate.compute)},
                     {QStringLiteral("data"), moneyToJson(j.estimate.data)},
                     {QStringLiteral("talent"), moneyToJson(j.estimate.talent)}}},
        {QStringLiteral("estimatedDays"), j.estimatedDays},
        {QStringLiteral("progressDays"), j.progressDays},
        {QStringLiteral("costSpent"), moneyToJson(j.costSpent)},
        {QStringLiteral("queuedOn"), dateToJson(j.queuedOn)},
        {QStringLiteral("startedOn"), optionalDateToJson(j.startedOn)},
        {QStringLiteral("finishedOn"), optionalDateToJson(j.finishedOn)},
        {QStringLiteral("failureReason"), j.failureReason},
    };
}

// Runs `select` and appends toJson(row) for every row.
Status appendRows(Database& db, const QString& select, const QString& operation, QJsonArray& rows,
                  const std::function<QJsonObject(const QSqlQuery&)>& toJson) {
    auto q = db.query(select, {}, operation);
    if (!q)
        return q.error();
    while (q->next())
        rows.append(toJson(*q));
    return Ok{};
}

// A deferred read transaction, so the tables are read as one consistent snapshot even while
// another connection writes. Works on read-only connections too; inside a caller's transaction
// it does nothing.
class ReadSnapshot {
public:
    explicit ReadSnapshot(Database& db)
        : m_db(db) {
        if (m_db.transactionDepth() == 0)
            m_open = m_db.exec(m_db.dialect().beginReadTransaction(), Tr::tr("reading the economy"))
                         .ok();
    }
    ~ReadSnapshot() {
        if (m_open)
            (void)m_db.exec(QStringLiteral("COMMIT"), Tr::tr("reading the economy"));
    }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    Database& m_db;
    bool m_open = false;
};

} // namespace

namespace exchange {

Result<QJsonObject> exportEconomy(Database& db) {
    const ReadSnapshot snapshot(db);
    EconomyRepository economy(db);
    auto config = economy.loadConfig();
    if (!config)
        return config.error();
    auto gameDate = economy.gameDate();
    if (!gameDate)
        return gameDate.error();

    QJsonArray models;
    if (auto done = ModelRepository(db).forEach([&models](const ModelRecord& model) {
            models.append(modelToJson(model));
            return true;
        });
        !done)
        return done.error();

    QJsonArray buyers;
    if (auto done =
            appendRows(db,
                       QStringLiteral("SELECT id, name, type, size, budget_cents, revision "
                                      "FROM buyers ORDER BY id"),
                       Tr::tr("reading buyers"), buyers,
                       [](const QSqlQuery& q) { return buyerToJson(BuyerRepository::read(q)); });
        !done)
        return done.error();

    QJsonArray listings;
    if (auto done = appendRows(
            db,
            QStringLiteral(
                "SELECT id, model_id, tier, price_cents, listed_on FROM listings ORDER BY id"),
            Tr::tr("reading listings"), listings,
            [](const QSqlQuery& q) { return listingToJson(ListingRepository::read(q)); });
        !done)
        return done.error();

    QJsonArray licenses;
    if (auto done = appendRows(
            db,
            QStringLiteral("SELECT %1 FROM licenses ORDER BY id").arg(LicenseRepository::columns()),
            Tr::tr("reading licenses"), licenses,
            [](const QSqlQuery& q) { return licenseToJson(LicenseRepository::read(q)); });
        !done)
        return done.error();

    QJsonArray charges;
    if (auto done = appendRows(
            db,
            QStringLiteral("SELECT id, license_id, month, api_calls, amount_cents FROM "
                           "usage_charges ORDER BY id"),
            Tr::tr("reading usage charges"), charges,
            [](const QSqlQuery& q) { return chargeToJson(LicenseRepository::readCharge(q)); });
        !done)
        return done.error();

    QJsonArray research;
    if (auto done = appendRows(
            db,
            QStringLiteral("SELECT id, name, field, points, cost_cents, started_on, completed_on "
                           "FROM research_projects ORDER BY id"),
            Tr::tr("reading research projects"), research,
            [](const QSqlQuery& q) { return researchToJson(ResearchRepository::read(q)); });
        !done)
        return done.error();

    auto jobList = JobRepository(db).all();
    if (!jobList)
        return jobList.error();
    QJsonArray jobs;
    for (const TrainingJobRecord& job : std::as_const(*jobList))
        jobs.append(jobToJson(job));

    // Each lab with the models it owns, so an economy moves whole between files.
    QJsonArray labs;
    {
        QHash<qint64, QJsonArray> modelsOf;
        auto owned = db.query(QStringLiteral("SELECT lab_id, id FROM models WHERE lab_id IS NOT "
                                             "NULL ORDER BY id"),
                              {}, Tr::tr("reading labs"));
        if (!owned)
            return owned.error();
        while (owned->next())
            modelsOf[owned->value(0).toLongLong()].append(
                integerToJson(owned->value(1).toLongLong()));
        auto q = db.query(QStringLiteral("SELECT id, name, is_studio, releases_per_month, "
                                         "focus_size_class, price_percent, quality_bonus, "
                                         "open_source FROM labs ORDER BY id"),
                          {}, Tr::tr("reading labs"));
        if (!q)
            return q.error();
        while (q->next()) {
            const qint64 id = q->value(0).toLongLong();
            labs.append(QJsonObject{
                {QStringLiteral("id"), integerToJson(id)},
                {QStringLiteral("name"), q->value(1).toString()},
                {QStringLiteral("studio"), q->value(2).toBool()},
                {QStringLiteral("releasesPerMonth"), q->value(3).toDouble()},
                {QStringLiteral("focus"), q->value(4).toString()},
                {QStringLiteral("pricePercent"), q->value(5).toInt()},
                {QStringLiteral("qualityBonus"), q->value(6).toDouble()},
                {QStringLiteral("openSource"), q->value(7).toBool()},
                {QStringLiteral("models"), modelsOf.value(id)},
            });
        }
    }

    auto scenarioList = ScenarioRepository(db).list();
    if (!scenarioList)
        return scenarioList.error();
    QJsonArray scenarios;
    for (const Scenario& scenario : std::as_const(*scenarioList))
        scenarios.append(scenarioToJson(scenario));
    auto ruleList = BalanceRuleRepository(db).list();
    if (!ruleList)
        return ruleList.error();
    QJsonArray balanceRules;
    for (const BalanceRule& rule : std::as_const(*ruleList))
        balanceRules.append(rule.toJson());

    return QJsonObject{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("config"), config->toJson()},
        {QStringLiteral("gameDate"), dateToJson(*gameDate)},
        {kModels, models},
        {kBuyers, buyers},
        {kListings, listings},
        {kLicenses, licenses},
        {kUsageCharges, charges},
        {kResearchProjects, research},
        {kTrainingJobs, jobs},
        {kLabs, labs},
        {kScenarios, scenarios},
        {kBalanceRules, balanceRules},
    };
}

} // namespace exchange

} // namespace mm
