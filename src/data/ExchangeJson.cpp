// The whole economy as one JSON document; see Exchange.h.
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
#include "data/EconomyRepository.h"
#include "data/Exchange.h"
#include "data/IntegrityCheck.h"
#include "data/JobRepository.h"
#include "data/LicenseRepository.h"
#include "data/ListingRepository.h"
#include "data/ModelRepository.h"
#include "data/ResearchRepository.h"
#include "data/ScenarioRepository.h"
#include "data/SqlValues.h"
#include "data/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <cmath>
#include <functional>
#include <limits>

namespace mm {

namespace {

// This file's translation context: lupdate files every Tr::tr() string under it.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mm::Exchange)
};

const QString kFormat = QString::fromLatin1(exchange::kEconomyFormat);
constexpr qint64 kVersion = exchange::kEconomyVersion;
constexpr qint64 kSafeInteger = 9007199254740992LL; // 2^53

// JSON keys of the document.
const QString kModels = QStringLiteral("models");
const QString kBuyers = QStringLiteral("buyers");
const QString kListings = QStringLiteral("listings");
const QString kLicenses = QStringLiteral("licenses");
const QString kUsageCharges = QStringLiteral("usageCharges");
const QString kResearchProjects = QStringLiteral("researchProjects");
const QString kTrainingJobs = QStringLiteral("trainingJobs");
const QString kLabs = QStringLiteral("labs");
const QString kScenarios = QStringLiteral("scenarios");
const QString kBalanceRules = QStringLiteral("balanceRules");

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
            m_open =
                m_db.exec(QStringLiteral("BEGIN DEFERRED"), Tr::tr("reading the economy")).ok();
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

// --- reading ---------------------------------------------------------------------------------

QDate parseIsoDate(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!pattern.match(text).hasMatch())
        return {};
    return QDate::fromString(text, Qt::ISODate);
}

// Field readers on top of JsonReader for what it lacks; all report through it.
QDate readDate(JsonReader& reader, const QString& name) {
    const QString text = reader.string(name);
    if (!reader.ok())
        return {};
    const QDate date = parseIsoDate(text);
    if (!date.isValid())
        reader.fail(name, Tr::tr("expected a date like \"2025-01-31\", got \"%1\"").arg(text));
    return date;
}

std::optional<QDate> readOptionalDate(JsonReader& reader, const QJsonObject& object,
                                      const QString& name) {
    if (object.value(name).isNull())
        return std::nullopt;
    return readDate(reader, name);
}

std::optional<double> readMetric(JsonReader& reader, const QJsonObject& object,
                                 const QString& name) {
    if (object.value(name).isNull())
        return std::nullopt;
    const double value = reader.number(name);
    if (reader.ok() && (value < 0.0 || value > 100.0))
        reader.fail(name, Tr::tr("must be between 0 and 100, not %1").arg(value));
    return value;
}

qint64 readCount(JsonReader& reader, const QString& name, qint64 min = 0) {
    const qint64 value = reader.integer(name);
    if (reader.ok() && value < min)
        reader.fail(name, Tr::tr("must be at least %1").arg(min));
    return value;
}

int readInt(JsonReader& reader, const QString& name, int min) {
    const qint64 value = reader.integer(name);
    if (reader.ok() && (value < min || value > std::numeric_limits<int>::max()))
        reader.fail(name, Tr::tr("must be a whole number from %1 to %2")
                              .arg(min)
                              .arg(std::numeric_limits<int>::max()));
    return static_cast<int>(value);
}

Money readAmount(JsonReader& reader, const QString& name) {
    const Money value = reader.money(name);
    if (reader.ok() && value.isNegative())
        reader.fail(name, Tr::tr("cannot be negative"));
    return value;
}

QString itemPath(const QString& array, qsizetype index) {
    return QStringLiteral("%1[%2]").arg(array).arg(index);
}

// Parses every object of `array` with `read`, stopping at the first problem.
template <typename Record>
Status readArray(const QJsonObject& document, const QString& array, QList<Record>& records,
                 const std::function<Record(JsonReader&, const QJsonObject&)>& read) {
    const QJsonValue value = document.value(array);
    if (!value.isArray())
        return makeError(value.isUndefined() ? Tr::tr("missing") : Tr::tr("expected a list"), array,
                         QStringLiteral("json-format"));
    const QJsonArray items = value.toArray();
    records.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject())
            return makeError(Tr::tr("expected an object"), itemPath(array, i),
                             QStringLiteral("json-format"));
        const QJsonObject object = items.at(i).toObject();
        Error error;
        JsonReader reader(object, itemPath(array, i), &error);
        Record record = read(reader, object);
        if (!error.message.isEmpty())
            return error;
        records.append(std::move(record));
    }
    return Ok{};
}

// Ids are positive and unique within their list.
template <typename Record>
Status checkIds(const QList<Record>& records, const QString& array, QHash<qint64, qsizetype>& ids) {
    for (qsizetype i = 0; i < records.size(); ++i) {
        const qint64 id = records.at(i).id;
        if (id <= 0)
            return makeError(Tr::tr("an id must be a positive whole number"),
                             itemPath(array, i) + QStringLiteral(".id"), QStringLiteral("json-id"));
        if (const auto it = ids.constFind(id); it != ids.cend())
            return makeError(
                Tr::tr("id %1 is also used by %2").arg(id).arg(itemPath(array, it.value())),
                itemPath(array, i) + QStringLiteral(".id"), QStringLiteral("json-id"));
        ids.insert(id, i);
    }
    return Ok{};
}

Error invalidItem(const QString& array, qsizetype index, const Error& error) {
    Error located = error;
    located.where = itemPath(array, index);
    return located;
}

Error unknownReference(const QString& array, qsizetype index, const QString& field, qint64 id,
                       const QString& target) {
    return makeError(Tr::tr("there is no %1 with id %2").arg(target).arg(id),
                     itemPath(array, index) + u'.' + field, QStringLiteral("json-reference"));
}

QString foldedName(const QString& name) {
    QString folded = name;
    for (QChar& c : folded) {
        if (c >= u'A' && c <= u'Z')
            c = QChar(static_cast<char16_t>(c.unicode() + (u'a' - u'A')));
    }
    return folded;
}

// Everything the document holds, read and checked before anything is written.
// A lab as the economy JSON holds it: its settings and the ids of the models it owns.
struct LabRecord {
    qint64 id = 0;
    MarketLab lab;
    QList<qint64> models;
};

LabRecord readLab(JsonReader& r, const QJsonObject& o) {
    LabRecord record;
    record.id = r.integer(QStringLiteral("id"));
    record.lab.id = record.id;
    record.lab.name = r.string(QStringLiteral("name"));
    record.lab.studio = r.boolean(QStringLiteral("studio"));
    record.lab.releasesPerMonth = r.number(QStringLiteral("releasesPerMonth"));
    record.lab.focus = r.enumeration<SizeClass>(QStringLiteral("focus"));
    record.lab.pricePercent = r.smallInteger(QStringLiteral("pricePercent"));
    record.lab.qualityBonus = r.number(QStringLiteral("qualityBonus"));
    record.lab.openSource = r.boolean(QStringLiteral("openSource"));
    const QJsonArray models = r.array(QStringLiteral("models"));
    for (qsizetype i = 0; i < models.size(); ++i) {
        if (!models.at(i).isDouble()) {
            r.fail(QStringLiteral("models"), QStringLiteral("expected model ids"));
            break;
        }
        record.models.append(static_cast<qint64>(models.at(i).toDouble()));
    }
    Q_UNUSED(o);
    return record;
}

struct Economy {
    EconomyConfig config;
    QDate gameDate;
    QList<ModelRecord> models;
    QList<BuyerRecord> buyers;
    QList<ListingRecord> listings;
    QList<LicenseRecord> licenses;
    QList<UsageChargeRecord> charges;
    QList<ResearchProjectRecord> research;
    QList<TrainingJobRecord> jobs;
    QList<LabRecord> labs; // empty in files written before labs existed: the file's labs stay
    // Absent in files written before scenarios existed: then there are none.
    QList<Scenario> scenarios;
    QList<BalanceRule> balanceRules;
};

// The scenarios, each checked against the config it comes with, and the balance rules; names
// are unique within each list, in any case.
Status readScenarioLists(const QJsonObject& document, Economy& economy) {
    QSet<QString> names;
    for (const QString& array : {kScenarios, kBalanceRules}) {
        if (!document.contains(array))
            continue;
        const QJsonValue value = document.value(array);
        if (!value.isArray())
            return makeError(Tr::tr("expected a list"), array, QStringLiteral("json-format"));
        const QJsonArray items = value.toArray();
        names.clear();
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (!items.at(i).isObject())
                return makeError(Tr::tr("expected an object"), itemPath(array, i),
                                 QStringLiteral("json-format"));
            const auto located = [&](Error error) {
                error.where = error.where.isEmpty() ? itemPath(array, i)
                                                    : itemPath(array, i) + u' ' + error.where;
                return error;
            };
            QString name;
            if (array == kScenarios) {
                auto scenario = scenarioFromJson(items.at(i).toObject(), economy.config);
                if (!scenario)
                    return located(scenario.error());
                name = scenario->name;
                economy.scenarios.append(*scenario);
            } else {
                auto rule = BalanceRule::fromJson(items.at(i).toObject());
                if (!rule)
                    return located(rule.error());
                name = rule->name;
                economy.balanceRules.append(*rule);
            }
            if (names.contains(foldedName(name)))
                return makeError(Tr::tr("the name '%1' is used twice").arg(name),
                                 itemPath(array, i) + QStringLiteral(".name"),
                                 QStringLiteral("json-duplicate"));
            names.insert(foldedName(name));
        }
    }
    return Ok{};
}

ModelRecord readModel(JsonReader& r, const QJsonObject& o) {
    ModelRecord m;
    m.id = r.integer(QStringLiteral("id"));
    m.name = r.string(QStringLiteral("name"));
    m.architecture = r.enumeration<Architecture>(QStringLiteral("architecture"));
    m.sizeClass = r.enumeration<SizeClass>(QStringLiteral("sizeClass"));
    m.parameters = readCount(r, QStringLiteral("parameters"), 1);
    m.datasetTokens = readCount(r, QStringLiteral("datasetTokens"));
    m.status = r.enumeration<ModelStatus>(QStringLiteral("status"));
    m.performance = readMetric(r, o, QStringLiteral("performance"));
    m.accuracy = readMetric(r, o, QStringLiteral("accuracy"));
    m.efficiency = readMetric(r, o, QStringLiteral("efficiency"));
    m.composite = readMetric(r, o, QStringLiteral("composite"));
    const QJsonObject scores = r.object(QStringLiteral("benchmarks"));
    for (auto it = scores.begin(); it != scores.end(); ++it) {
        if (!it.value().isDouble() || !std::isfinite(it.value().toDouble()))
            r.fail(QStringLiteral("benchmarks.") + it.key(), Tr::tr("expected a number"));
        m.benchmarks.insert(it.key(), it.value().toDouble());
    }
    m.trainingCost = readAmount(r, QStringLiteral("trainingCost"));
    m.trainingDays = r.number(QStringLiteral("trainingDays"));
    if (r.ok() && m.trainingDays < 0)
        r.fail(QStringLiteral("trainingDays"), Tr::tr("cannot be negative"));
    m.researchPoints = readCount(r, QStringLiteral("researchPoints"));
    m.createdOn = readDate(r, QStringLiteral("createdOn"));
    return m;
}

BuyerRecord readBuyer(JsonReader& r, const QJsonObject&) {
    BuyerRecord b;
    b.id = r.integer(QStringLiteral("id"));
    b.name = r.string(QStringLiteral("name"));
    b.type = r.enumeration<BuyerType>(QStringLiteral("type"));
    b.size = readInt(r, QStringLiteral("size"), 1);
    b.budget = readAmount(r, QStringLiteral("budget"));
    return b;
}

ListingRecord readListing(JsonReader& r, const QJsonObject&) {
    ListingRecord l;
    l.id = r.integer(QStringLiteral("id"));
    l.modelId = r.integer(QStringLiteral("modelId"));
    l.tier = r.enumeration<LicenseTier>(QStringLiteral("tier"));
    l.price = readAmount(r, QStringLiteral("price"));
    l.listedOn = readDate(r, QStringLiteral("listedOn"));
    return l;
}

LicenseRecord readLicense(JsonReader& r, const QJsonObject& o) {
    LicenseRecord l;
    l.id = r.integer(QStringLiteral("id"));
    l.modelId = r.integer(QStringLiteral("modelId"));
    l.buyerId = r.integer(QStringLiteral("buyerId"));
    l.tier = r.enumeration<LicenseTier>(QStringLiteral("tier"));
    l.use = r.enumeration<IntendedUse>(QStringLiteral("intendedUse"));
    l.soldOn = readDate(r, QStringLiteral("soldOn"));
    l.fee = readAmount(r, QStringLiteral("fee"));
    if (!o.value(QStringLiteral("deployments")).isNull())
        l.deployments = readInt(r, QStringLiteral("deployments"), 1);
    l.monthlyApiCalls = readCount(r, QStringLiteral("monthlyApiCalls"));
    l.usageRatePer1000Calls = readAmount(r, QStringLiteral("usageRatePer1000Calls"));
    l.termMonths = readInt(r, QStringLiteral("termMonths"), 0);
    l.terms = r.object(QStringLiteral("terms"));
    l.expiresOn = readOptionalDate(r, o, QStringLiteral("expiresOn"));
    l.status = r.enumeration<LicenseStatus>(QStringLiteral("status"));
    l.revokedOn = readOptionalDate(r, o, QStringLiteral("revokedOn"));
    l.revokedReason = r.string(QStringLiteral("revokedReason"));
    return l;
}

UsageChargeRecord readCharge(JsonReader& r, const QJsonObject&) {
    UsageChargeRecord c;
    c.id = r.integer(QStringLiteral("id"));
    c.licenseId = r.integer(QStringLiteral("licenseId"));
    c.month = r.string(QStringLiteral("month"));
    c.apiCalls = readCount(r, QStringLiteral("apiCalls"));
    c.amount = readAmount(r, QStringLiteral("amount"));
    return c;
}

ResearchProjectRecord readResearch(JsonReader& r, const QJsonObject& o) {
    ResearchProjectRecord p;
    p.id = r.integer(QStringLiteral("id"));
    p.name = r.string(QStringLiteral("name"));
    p.field = r.string(QStringLiteral("field"));
    p.points = readCount(r, QStringLiteral("points"));
    p.cost = readAmount(r, QStringLiteral("cost"));
    p.startedOn = readDate(r, QStringLiteral("startedOn"));
    p.completedOn = readOptionalDate(r, o, QStringLiteral("completedOn"));
    return p;
}

TrainingJobRecord readJob(JsonReader& r, const QJsonObject& o) {
    TrainingJobRecord j;
    TrainingInputs& in = j.inputs;
    j.id = r.integer(QStringLiteral("id"));
    if (!o.value(QStringLiteral("modelId")).isNull())
        j.modelId = r.integer(QStringLiteral("modelId"));
    in.modelName = r.string(QStringLiteral("modelName"));
    in.architecture = r.enumeration<Architecture>(QStringLiteral("architecture"));
    in.sizeClass = r.enumeration<SizeClass>(QStringLiteral("sizeClass"));
    in.parameters = readCount(r, QStringLiteral("parameters"), 1);
    in.datasetTokens = readCount(r, QStringLiteral("datasetTokens"));
    in.gpuType = r.string(QStringLiteral("gpuType"));
    in.gpuCount = readInt(r, QStringLiteral("gpuCount"), 1);
    if (r.ok()) {
        auto team = Team::fromJson(r.object(QStringLiteral("team")));
        if (r.ok() && !team)
            r.fail(QStringLiteral("team"), team.error().message);
        else if (team)
            in.team = *team;
    }
    in.researchPoints = readCount(r, QStringLiteral("researchPoints"));
    const QString seed = r.string(QStringLiteral("seed"));
    bool seedOk = false;
    in.seed = seed.toULongLong(&seedOk);
    if (r.ok() && !seedOk)
        r.fail(QStringLiteral("seed"), Tr::tr("expected a whole number from 0 to 2^64-1 as text"));
    j.status = r.enumeration<JobStatus>(QStringLiteral("status"));
    const QJsonObject estimate = o.value(QStringLiteral("estimate")).toObject();
    if (r.ok() && !o.value(QStringLiteral("estimate")).isObject())
        r.fail(QStringLiteral("estimate"), Tr::tr("expected an object"));
    if (r.ok()) {
        const auto money = [&](const QString& name) {
            const QJsonValue value = estimate.value(name);
            auto parsed = Money::parsePlain(value.toString());
            if (!value.isString() || !parsed || parsed->isNegative()) {
                r.fail(QStringLiteral("estimate.") + name,
                       Tr::tr("expected an amount like \"1234.56\""));
                return Money();
            }
            return *parsed;
        };
        j.estimate.compute = money(QStringLiteral("compute"));
        j.estimate.data = money(QStringLiteral("data"));
        j.estimate.talent = money(QStringLiteral("talent"));
    }
    j.estimatedDays = r.number(QStringLiteral("estimatedDays"));
    j.progressDays = r.number(QStringLiteral("progressDays"));
    j.costSpent = readAmount(r, QStringLiteral("costSpent"));
    j.queuedOn = readDate(r, QStringLiteral("queuedOn"));
    j.startedOn = readOptionalDate(r, o, QStringLiteral("startedOn"));
    j.finishedOn = readOptionalDate(r, o, QStringLiteral("finishedOn"));
    j.failureReason = r.string(QStringLiteral("failureReason"));
    return j;
}

Result<Economy> readEconomy(const QJsonObject& document) {
    const QJsonValue format = document.value(QStringLiteral("format"));
    if (format.toString() != kFormat)
        return makeError(
            Tr::tr("this is not a ModelMarket economy (format \"%1\", expected \"%2\")")
                .arg(format.isString() ? format.toString() : Tr::tr("missing"), kFormat),
            QStringLiteral("format"), QStringLiteral("economy-format"));
    const QJsonValue versionValue = document.value(QStringLiteral("version"));
    const double version = versionValue.toDouble(-1);
    if (!versionValue.isDouble() || version != std::floor(version) || version < 1)
        return makeError(Tr::tr("the format version must be a whole number of at least 1"),
                         QStringLiteral("version"), QStringLiteral("economy-version"));
    if (version > static_cast<double>(kVersion))
        return makeError(Tr::tr("the file is economy format version %1, but this ModelMarket reads "
                                "only up to version %2; update ModelMarket to import it")
                             .arg(static_cast<qint64>(version))
                             .arg(kVersion),
                         QStringLiteral("version"), QStringLiteral("economy-newer"));

    Economy economy;
    const QJsonValue config = document.value(QStringLiteral("config"));
    if (!config.isObject())
        return makeError(Tr::tr("expected an object"), QStringLiteral("config"),
                         QStringLiteral("json-format"));
    auto parsedConfig = EconomyConfig::fromJson(config.toObject());
    if (!parsedConfig) {
        Error error = parsedConfig.error();
        error.where = error.where.isEmpty() ? QStringLiteral("config")
                                            : QStringLiteral("config.") + error.where;
        return error;
    }
    economy.config = *parsedConfig;
    economy.gameDate = parseIsoDate(document.value(QStringLiteral("gameDate")).toString());
    if (!economy.gameDate.isValid())
        return makeError(Tr::tr("expected a date like \"2025-01-31\""), QStringLiteral("gameDate"),
                         QStringLiteral("json-format"));

    if (auto done = readArray<ModelRecord>(document, kModels, economy.models, readModel); !done)
        return done.error();
    if (auto done = readArray<BuyerRecord>(document, kBuyers, economy.buyers, readBuyer); !done)
        return done.error();
    if (auto done = readArray<ListingRecord>(document, kListings, economy.listings, readListing);
        !done)
        return done.error();
    if (auto done = readArray<LicenseRecord>(document, kLicenses, economy.licenses, readLicense);
        !done)
        return done.error();
    if (auto done =
            readArray<UsageChargeRecord>(document, kUsageCharges, economy.charges, readCharge);
        !done)
        return done.error();
    if (auto done = readArray<ResearchProjectRecord>(document, kResearchProjects, economy.research,
                                                     readResearch);
        !done)
        return done.error();
    if (auto done = readArray<TrainingJobRecord>(document, kTrainingJobs, economy.jobs, readJob);
        !done)
        return done.error();
    if (document.contains(kLabs)) {
        if (auto done = readArray<LabRecord>(document, kLabs, economy.labs, readLab); !done)
            return done.error();
    }
    if (auto done = readScenarioLists(document, economy); !done)
        return done.error();
    return economy;
}

// Domain rules, uniqueness and references across the lists.
Status checkEconomy(const Economy& e) {
    QHash<qint64, qsizetype> modelIds;
    QHash<qint64, qsizetype> buyerIds;
    QHash<qint64, qsizetype> listingIds;
    QHash<qint64, qsizetype> licenseIds;
    QHash<qint64, qsizetype> chargeIds;
    QHash<qint64, qsizetype> researchIds;
    QHash<qint64, qsizetype> jobIds;
    for (const Status& done :
         {checkIds(e.models, kModels, modelIds), checkIds(e.buyers, kBuyers, buyerIds),
          checkIds(e.listings, kListings, listingIds), checkIds(e.licenses, kLicenses, licenseIds),
          checkIds(e.charges, kUsageCharges, chargeIds),
          checkIds(e.research, kResearchProjects, researchIds),
          checkIds(e.jobs, kTrainingJobs, jobIds)}) {
        if (!done)
            return done;
    }

    QHash<QString, qsizetype> names;
    for (qsizetype i = 0; i < e.models.size(); ++i) {
        if (auto valid = ModelRepository::validate(e.models[i]); !valid)
            return invalidItem(kModels, i, valid.error());
        const QString key = foldedName(e.models[i].name);
        if (names.contains(key))
            return makeError(Tr::tr("the name '%1' is also used by %2")
                                 .arg(e.models[i].name, itemPath(kModels, names.value(key))),
                             itemPath(kModels, i) + QStringLiteral(".name"),
                             QStringLiteral("json-duplicate"));
        names.insert(key, i);
    }
    names.clear();
    for (qsizetype i = 0; i < e.buyers.size(); ++i) {
        if (auto valid = BuyerRepository::validate(e.buyers[i]); !valid)
            return invalidItem(kBuyers, i, valid.error());
        const QString key = foldedName(e.buyers[i].name);
        if (names.contains(key))
            return makeError(Tr::tr("the name '%1' is also used by %2")
                                 .arg(e.buyers[i].name, itemPath(kBuyers, names.value(key))),
                             itemPath(kBuyers, i) + QStringLiteral(".name"),
                             QStringLiteral("json-duplicate"));
        names.insert(key, i);
    }
    QSet<QString> listed;
    for (qsizetype i = 0; i < e.listings.size(); ++i) {
        const ListingRecord& l = e.listings[i];
        if (!modelIds.contains(l.modelId))
            return unknownReference(kListings, i, QStringLiteral("modelId"), l.modelId,
                                    Tr::tr("model"));
        if (!l.listedOn.isValid())
            return makeError(Tr::tr("the listing date is missing"), itemPath(kListings, i),
                             QStringLiteral("listing-date"));
        const QString key = QStringLiteral("%1/%2").arg(l.modelId).arg(enumKey(l.tier));
        if (listed.contains(key))
            return makeError(Tr::tr("the model is already listed in this tier"),
                             itemPath(kListings, i), QStringLiteral("json-duplicate"));
        listed.insert(key);
    }
    for (qsizetype i = 0; i < e.licenses.size(); ++i) {
        const LicenseRecord& l = e.licenses[i];
        if (!modelIds.contains(l.modelId))
            return unknownReference(kLicenses, i, QStringLiteral("modelId"), l.modelId,
                                    Tr::tr("model"));
        if (!buyerIds.contains(l.buyerId))
            return unknownReference(kLicenses, i, QStringLiteral("buyerId"), l.buyerId,
                                    Tr::tr("buyer"));
        if (auto valid = LicenseRepository::validate(l); !valid)
            return invalidItem(kLicenses, i, valid.error());
    }
    QSet<QString> charged;
    for (qsizetype i = 0; i < e.charges.size(); ++i) {
        const UsageChargeRecord& c = e.charges[i];
        if (!licenseIds.contains(c.licenseId))
            return unknownReference(kUsageCharges, i, QStringLiteral("licenseId"), c.licenseId,
                                    Tr::tr("license"));
        if (auto valid = LicenseRepository::validate(c); !valid)
            return invalidItem(kUsageCharges, i, valid.error());
        const QString key = QStringLiteral("%1/%2").arg(c.licenseId).arg(c.month);
        if (charged.contains(key))
            return makeError(Tr::tr("the license is already charged for this month"),
                             itemPath(kUsageCharges, i), QStringLiteral("json-duplicate"));
        charged.insert(key);
    }
    QSet<QString> researchNames;
    for (qsizetype i = 0; i < e.research.size(); ++i) {
        if (auto valid = ResearchRepository::validate(e.research[i]); !valid)
            return invalidItem(kResearchProjects, i, valid.error());
        if (researchNames.contains(e.research[i].name))
            return makeError(Tr::tr("the name '%1' is used twice").arg(e.research[i].name),
                             itemPath(kResearchProjects, i) + QStringLiteral(".name"),
                             QStringLiteral("json-duplicate"));
        researchNames.insert(e.research[i].name);
    }
    for (qsizetype i = 0; i < e.jobs.size(); ++i) {
        const TrainingJobRecord& j = e.jobs[i];
        if (j.modelId && !modelIds.contains(*j.modelId))
            return unknownReference(kTrainingJobs, i, QStringLiteral("modelId"), *j.modelId,
                                    Tr::tr("model"));
        if (!e.config.gpuType(j.inputs.gpuType))
            return makeError(Tr::tr("the GPU type '%1' is not in the config").arg(j.inputs.gpuType),
                             itemPath(kTrainingJobs, i) + QStringLiteral(".gpuType"),
                             QStringLiteral("json-reference"));
        if (auto valid = JobRepository::validate(j); !valid)
            return invalidItem(kTrainingJobs, i, valid.error());
    }
    if (e.labs.isEmpty())
        return Ok{};
    QHash<qint64, qsizetype> labIds;
    if (auto done = checkIds(e.labs, kLabs, labIds); !done)
        return done;
    int studios = 0;
    QHash<qint64, qsizetype> ownerOf;
    QSet<QString> labNames;
    for (qsizetype i = 0; i < e.labs.size(); ++i) {
        const MarketLab& lab = e.labs[i].lab;
        studios += lab.studio ? 1 : 0;
        const QString key = foldedName(lab.name);
        if (lab.name.trimmed().isEmpty() || labNames.contains(key))
            return makeError(Tr::tr("a lab needs a name of its own"),
                             itemPath(kLabs, i) + QStringLiteral(".name"),
                             QStringLiteral("json-duplicate"));
        labNames.insert(key);
        for (qint64 model : e.labs[i].models) {
            if (!modelIds.contains(model))
                return unknownReference(kLabs, i, QStringLiteral("models"), model, Tr::tr("model"));
            if (ownerOf.contains(model))
                return makeError(Tr::tr("model %1 belongs to two labs").arg(model),
                                 itemPath(kLabs, i) + QStringLiteral(".models"),
                                 QStringLiteral("json-duplicate"));
            ownerOf.insert(model, i);
        }
    }
    if (studios != 1)
        return makeError(Tr::tr("exactly one lab must be the studio"), kLabs,
                         QStringLiteral("json-format"));
    return Ok{};
}

Result<qint64> countRows(Database& db, const QString& table) {
    // `table` is one of our own names, never input.
    auto q = db.query(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table), {},
                      Tr::tr("counting %1").arg(table));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Status writeEconomy(Database& db, Economy& e, bool replace) {
    const QString operation = Tr::tr("importing the economy");
    Transaction transaction(db, operation);
    if (auto begun = transaction.status(); !begun)
        return begun;

    if (!replace) {
        for (const QString& table :
             {QStringLiteral("models"), QStringLiteral("buyers"), QStringLiteral("licenses")}) {
            auto rows = countRows(db, table);
            if (!rows)
                return rows.error();
            if (*rows > 0)
                return makeError(Tr::tr("the database already holds models, buyers or licenses; "
                                        "importing an economy would replace them all. Import into "
                                        "an empty database, or ask for replacement explicitly"),
                                 db.path(), QStringLiteral("import-not-empty"));
        }
    }
    // Children before parents, so no foreign key is ever left dangling.
    for (const QString& table :
         {QStringLiteral("usage_charges"), QStringLiteral("licenses"), QStringLiteral("listings"),
          QStringLiteral("training_jobs"), QStringLiteral("models"), QStringLiteral("buyers"),
          QStringLiteral("research_projects")}) {
        if (auto done = db.exec(QStringLiteral("DELETE FROM %1").arg(table), operation); !done)
            return done;
    }

    if (!e.labs.isEmpty()) {
        if (auto done = db.exec(QStringLiteral("DELETE FROM labs"), operation); !done)
            return done;
        auto insertLab = db.prepare(
            QStringLiteral("INSERT INTO labs (id, name, is_studio, releases_per_month, "
                           "focus_size_class, price_percent, quality_bonus, open_source) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            operation);
        if (!insertLab)
            return insertLab.error();
        for (const LabRecord& record : std::as_const(e.labs)) {
            const MarketLab& lab = record.lab;
            if (auto done =
                    db.execPrepared(*insertLab,
                                    {record.id, lab.name, lab.studio ? 1 : 0, lab.releasesPerMonth,
                                     sqlv::key(lab.focus), lab.pricePercent, lab.qualityBonus,
                                     lab.openSource ? 1 : 0},
                                    operation);
                !done)
                return done;
        }
    }

    EconomyRepository economy(db);
    if (auto done = economy.saveConfig(e.config); !done)
        return done;
    if (auto done = economy.setGameDate(e.gameDate); !done)
        return done;

    ResearchRepository research(db);
    for (ResearchProjectRecord& project : e.research) {
        if (auto done = research.insert(project); !done)
            return done;
    }
    if (!e.buyers.isEmpty()) {
        if (auto done = BuyerRepository(db).insertMany(e.buyers); !done)
            return done;
    }
    if (!e.models.isEmpty()) {
        if (auto done = ModelRepository(db).insertMany(e.models); !done)
            return done;
    }
    if (!e.labs.isEmpty()) {
        auto assign =
            db.prepare(QStringLiteral("UPDATE models SET lab_id = ? WHERE id = ?"), operation);
        if (!assign)
            return assign.error();
        for (const LabRecord& record : std::as_const(e.labs)) {
            for (qint64 model : record.models) {
                if (auto done = db.execPrepared(*assign, {record.id, model}, operation); !done)
                    return done;
            }
        }
    }
    if (!e.listings.isEmpty()) {
        auto statement =
            db.prepare(QStringLiteral("INSERT INTO listings (id, model_id, tier, "
                                      "price_cents, listed_on) VALUES (?, ?, ?, ?, ?)"),
                       operation);
        if (!statement)
            return statement.error();
        for (const ListingRecord& l : std::as_const(e.listings)) {
            if (auto done = db.execPrepared(*statement,
                                            {l.id, l.modelId, sqlv::key(l.tier),
                                             sqlv::money(l.price), sqlv::date(l.listedOn)},
                                            operation);
                !done)
                return done;
        }
    }
    LicenseRepository licenses(db);
    if (!e.licenses.isEmpty()) {
        if (auto done = licenses.insertMany(e.licenses); !done)
            return done;
    }
    if (!e.charges.isEmpty()) {
        if (auto done = licenses.insertCharges(e.charges); !done)
            return done;
    }
    JobRepository jobs(db);
    for (TrainingJobRecord& job : e.jobs) {
        if (auto done = jobs.insert(job); !done)
            return done;
    }
    // Scenarios and balance rules belong to the economy they were made for: replaced with it.
    for (const QString& table : {QStringLiteral("scenarios"), QStringLiteral("balance_rules")}) {
        if (auto done = db.exec(QStringLiteral("DELETE FROM %1").arg(table), operation); !done)
            return done;
    }
    ScenarioRepository scenarios(db);
    for (Scenario scenario : std::as_const(e.scenarios)) {
        scenario.id = 0;
        if (auto done = scenarios.save(scenario); !done)
            return done;
    }
    BalanceRuleRepository rules(db);
    for (const BalanceRule& rule : std::as_const(e.balanceRules)) {
        if (auto done = rules.add(rule); !done)
            return done.error();
    }
    // The rules across tables that `modelmarket check` enforces (fee inside its terms' range,
    // listing inside its tier's range and of a trained model, ...), and that the config written
    // above loads back: checked on what was written, so nothing is kept that check would report.
    auto problems = domainProblems(db);
    if (!problems)
        return problems.error();
    if (!problems->isEmpty()) {
        transaction.rollback();
        return makeError(Tr::tr("the economy breaks rules that 'modelmarket check' enforces, so "
                                "nothing was imported:\n- %1")
                             .arg(problems->join(QStringLiteral("\n- "))),
                         {}, QStringLiteral("domain"));
    }
    return transaction.commit();
}

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

Status importEconomy(Database& db, const QJsonObject& economy, bool replace) {
    auto read = readEconomy(economy);
    if (!read)
        return read.error();
    if (auto valid = checkEconomy(*read); !valid)
        return valid;
    return writeEconomy(db, *read, replace);
}

} // namespace exchange

} // namespace mm
