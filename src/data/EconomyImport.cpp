// Imports the economy JSON (see Exchange.h) as a stream, so memory does not grow with the file.
//
// Key order: a JSON object's keys may come in any order, and the export writes them sorted, which
// puts "licenses", "listings" and "labs" before the "models" they refer to, and "config" and
// "version" after lists. So the file is read twice. The first pass checks the syntax of the whole
// document, keeps the small top-level values (format, version, config, gameDate, scenarios,
// balanceRules) and notes where each list starts. The second pass seeks to each list in the
// order its references need (research, labs, models, the labs' models, buyers, listings,
// licenses, usage charges, training jobs), reads it one record at a time and writes each record,
// inside one transaction, right after checking it; uniqueness and references are looked up in the
// rows already written, through their indexes. Every problem of a list is collected; at the end of
// a list with problems, or of the whole document if the economy breaks a rule `check` enforces, the
// transaction is rolled back, so nothing is written.

#include "core/EconomyConfig.h"
#include "core/JsonReader.h"
#include "core/JsonStreamReader.h"
#include "core/MarketState.h"
#include "core/Scenario.h"
#include "data/BuyerRepository.h"
#include "data/Database.h"
#include "data/DeferredIndexes.h"
#include "data/EconomyJsonKeys.h"
#include "data/EconomyRepository.h"
#include "data/Exchange.h"
#include "data/IntegrityCheck.h"
#include "data/JobRepository.h"
#include "data/LicenseRepository.h"
#include "data/ModelRepository.h"
#include "data/ResearchRepository.h"
#include "data/ScenarioRepository.h"
#include "data/SqlValues.h"
#include "data/Transaction.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <cmath>
#include <functional>
#include <limits>
#include <vector>

namespace mm {

namespace {

// The translation context the economy import has always had.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mm::Exchange)
};

const QString kFormat = QString::fromLatin1(exchange::kEconomyFormat);
constexpr qint64 kVersion = exchange::kEconomyVersion;

using namespace economyjson;

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

using sqlv::foldedName;

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

// What the first pass keeps: the small values in full, and where each list starts.
struct Header {
    EconomyConfig config;
    QDate gameDate;
    QList<Scenario> scenarios;
    QList<BalanceRule> balanceRules;
};

// are unique within each list, in any case.
Status readScenarioLists(const QJsonObject& document, Header& economy) {
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

Status readHeader(const QJsonObject& document, Header& economy) {
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

struct ListSpot {
    JsonStreamReader::Position start;
    qint64 end = 0;
    bool isArray = false;
};

// A syntax error of the document, with its line, column and path.
Error syntaxError(const JsonStreamReader& reader) {
    const Error& error = reader.error();
    return makeError(
        Tr::tr("not a JSON economy: %1").arg(error.message) +
            (error.where.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(error.where)),
        {}, QStringLiteral("import-json"));
}

Error importCancelled() {
    return makeError(Tr::tr("the import was cancelled; nothing was written"), {},
                     QStringLiteral("cancelled"));
}

// Problems of records; the first is the error, the others are listed after it.
class Problems {
public:
    static constexpr qsizetype kMax = 100;

    void add(Error error) {
        if (m_errors.size() < kMax)
            m_errors.append(std::move(error));
        ++m_count;
    }
    bool isEmpty() const { return m_count == 0; }
    Error error() const {
        Error first = m_errors.first();
        if (m_count > 1) {
            QStringList more;
            for (qsizetype i = 1; i < m_errors.size(); ++i)
                more.append(m_errors.at(i).toString());
            first.message += u'\n' +
                             Tr::tr("%n more problem(s):", nullptr, static_cast<int>(m_count - 1)) +
                             QStringLiteral("\n- ") + more.join(QStringLiteral("\n- "));
            if (m_count > m_errors.size())
                first.message += QStringLiteral("\n- …");
        }
        return first;
    }

private:
    QList<Error> m_errors;
    qint64 m_count = 0;
};

// The second pass: one list at a time, one record at a time.
// Licenses and usage charges, the longest lists, are checked and written a chunk of records at a
// time: one query per check for the chunk, many rows per INSERT. One round trip per check and
// per row made an import into a server wait on the socket far longer than the server worked. On
// SQLite a chunk is short: Qt's driver binds the values of an IN (...) list in time quadratic in
// its length.
constexpr qsizetype kServerRecordsPerChunk = 500;
constexpr qsizetype kFileRecordsPerChunk = 32;

class StreamImport {
public:
    StreamImport(Database& db, QIODevice& in, const exchange::Progress& progress)
        : m_db(db)
        , m_in(in)
        , m_reader(&in)
        , m_progress(progress)
        , m_total(std::max<qint64>(1, in.size())) {}

    Status firstPass(QJsonObject& small);
    Status run(bool replace);

private:
    using Handler = std::function<Status(const QJsonObject& record, qsizetype index)>;
    // A lab of the file, and where its list of models is.
    struct Lab {
        LabRecord record;
        std::optional<JsonStreamReader::Position> models;
    };

    bool report(double share) { return !m_progress || m_progress(std::min(1.0, share)); }
    Status streamList(const QString& name, const Handler& handle);
    Result<bool> exists(const QString& sql, const QVariantList& values);
    Result<QSet<qint64>> existingIds(const QString& table, const QString& column,
                                     const QList<qint64>& keys);
    Result<QSet<std::pair<qint64, QString>>> chargedMonths(const QList<qint64>& licenseIds);
    Status writeLicenses(QList<std::pair<LicenseRecord, qsizetype>>& pending);
    Status writeCharges(QList<std::pair<UsageChargeRecord, qsizetype>>& pending);
    qsizetype recordsPerChunk() const {
        return m_db.isServer() ? kServerRecordsPerChunk : kFileRecordsPerChunk;
    }
    Status writeHeader(bool replace);
    template <typename Record, typename Read, typename Validate, typename Write>
    Status importNamedList(const QString& list, const QString& idQuery, Read read,
                           Validate validate, Write write);
    Status importModels();
    Status importBuyers();
    Status importResearch();
    Status importLabs();
    Status assignLabModels();
    Status importListings();
    Status importLicenses();
    Status importCharges();
    Status importJobs();
    Status importScenarios();
    Status deferIndexes(const QString& table, const QString& list);

    Database& m_db;
    QIODevice& m_in;
    JsonStreamReader m_reader;
    exchange::Progress m_progress;
    qint64 m_total;
    qint64 m_done = 0; // bytes of lists read in the second pass
    QHash<QString, ListSpot> m_lists;
    Header m_header;
    Problems m_problems;
    QList<Lab> m_labs;
    std::vector<DeferredIndexes> m_deferred;
    QHash<QString, QSqlQuery> m_statements;
    const QString m_operation = Tr::tr("importing the economy");
};

// Share of the progress the first pass, which only reads, takes.
constexpr double kFirstPassShare = 0.2;

bool isList(const QString& key) {
    return key == kModels || key == kBuyers || key == kListings || key == kLicenses ||
           key == kUsageCharges || key == kResearchProjects || key == kTrainingJobs || key == kLabs;
}

Status StreamImport::firstPass(QJsonObject& small) {
    if (m_reader.next() != JsonStreamReader::Token::BeginObject) {
        if (m_reader.hasError())
            return syntaxError(m_reader);
        return makeError(Tr::tr("not a JSON economy: the document is not an object"), {},
                         QStringLiteral("import-json"));
    }
    qint64 values = 0;
    for (;;) {
        const auto token = m_reader.next();
        if (token == JsonStreamReader::Token::EndObject)
            break;
        if (token != JsonStreamReader::Token::Name)
            return syntaxError(m_reader);
        const QString key = m_reader.text();
        m_reader.next();
        if (m_reader.hasError())
            return syntaxError(m_reader);
        if (isList(key)) {
            ListSpot spot;
            spot.start = m_reader.position();
            spot.isArray = m_reader.token() == JsonStreamReader::Token::BeginArray;
            // Element by element, so the progress moves through a long list.
            if (spot.isArray) {
                for (auto t = m_reader.next(); t != JsonStreamReader::Token::EndArray;
                     t = m_reader.next()) {
                    if (!m_reader.skipValue())
                        return syntaxError(m_reader);
                    if (++values % 4096 == 0 &&
                        !report(kFirstPassShare * double(m_reader.bytesRead()) / double(m_total)))
                        return importCancelled();
                }
            } else if (!m_reader.skipValue()) {
                return syntaxError(m_reader);
            }
            spot.end = m_reader.bytesRead();
            m_lists.insert(key, spot);
        } else if (key == QLatin1String("format") || key == QLatin1String("version") ||
                   key == QLatin1String("config") || key == QLatin1String("gameDate") ||
                   key == kScenarios || key == kBalanceRules) {
            QJsonValue value;
            if (!m_reader.readValue(value))
                return syntaxError(m_reader);
            small.insert(key, value);
        } else if (!m_reader.skipValue()) { // unknown keys are ignored, as they always were
            return syntaxError(m_reader);
        }
    }
    if (m_reader.next() != JsonStreamReader::Token::End)
        return syntaxError(m_reader);
    return Ok{};
}

Result<bool> StreamImport::exists(const QString& sql, const QVariantList& values) {
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto prepared = m_db.prepare(sql, m_operation);
        if (!prepared)
            return prepared.error();
        it = m_statements.insert(sql, std::move(prepared).value());
    }
    if (auto done = m_db.execPrepared(*it, values, m_operation); !done)
        return done.error();
    const bool found = it->next();
    it->finish();
    return found;
}

// The values among `keys` that `column` of `table` holds (both ours, never input).
Result<QSet<qint64>> StreamImport::existingIds(const QString& table, const QString& column,
                                               const QList<qint64>& keys) {
    QSet<qint64> found;
    if (keys.isEmpty())
        return found;
    QVariantList values;
    values.reserve(keys.size());
    for (const qint64 key : keys)
        values << key;
    auto q = m_db.query(QStringLiteral("SELECT %1 FROM %2 WHERE %1 IN (%3)")
                            .arg(column, table, sqlv::placeholders(keys.size())),
                        values, m_operation);
    if (!q)
        return q.error();
    while (q->next())
        found.insert(q->value(0).toLongLong());
    return found;
}

// The months already charged to any of these licenses.
Result<QSet<std::pair<qint64, QString>>>
StreamImport::chargedMonths(const QList<qint64>& licenseIds) {
    QSet<std::pair<qint64, QString>> found;
    if (licenseIds.isEmpty())
        return found;
    QVariantList values;
    values.reserve(licenseIds.size());
    for (const qint64 id : licenseIds)
        values << id;
    auto q = m_db.query(
        QStringLiteral("SELECT license_id, month FROM usage_charges WHERE license_id IN (%1)")
            .arg(sqlv::placeholders(licenseIds.size())),
        values, m_operation);
    if (!q)
        return q.error();
    while (q->next())
        found.insert({q->value(0).toLongLong(), q->value(1).toString()});
    return found;
}

// Runs `handle` on every record of the list `name`, in file order, reporting progress and
// collecting problems; a failed Status from `handle` is a database failure and ends the import.
Status StreamImport::streamList(const QString& name, const Handler& handle) {
    const ListSpot spot = m_lists.value(name);
    if (!m_reader.seek(spot.start) || m_reader.next() != JsonStreamReader::Token::BeginArray)
        return syntaxError(m_reader);
    qsizetype index = 0;
    for (auto token = m_reader.next(); token != JsonStreamReader::Token::EndArray;
         token = m_reader.next(), ++index) {
        if (m_reader.hasError())
            return syntaxError(m_reader);
        if (token != JsonStreamReader::Token::BeginObject) {
            m_problems.add(makeError(Tr::tr("expected an object"), itemPath(name, index),
                                     QStringLiteral("json-format")));
            if (!m_reader.skipValue())
                return syntaxError(m_reader);
            continue;
        }
        QJsonValue record;
        if (!m_reader.readValue(record))
            return syntaxError(m_reader);
        if (auto done = handle(record.toObject(), index); !done)
            return done;
        if (index % 4096 == 4095 &&
            !report(kFirstPassShare +
                    (1.0 - kFirstPassShare) *
                        double(m_done + m_reader.bytesRead() - spot.start.offset) /
                        double(m_total)))
            return importCancelled();
    }
    m_done += spot.end - spot.start.offset;
    return Ok{};
}

// Reads a record with `read`; a problem is collected and the record skipped (nullopt).
template <typename Record>
std::optional<Record> parseRecord(const QJsonObject& object, const QString& list, qsizetype index,
                                  Record (*read)(JsonReader&, const QJsonObject&),
                                  Problems& problems) {
    Error error;
    JsonReader reader(object, itemPath(list, index), &error);
    Record record = read(reader, object);
    if (!error.message.isEmpty()) {
        problems.add(error);
        return std::nullopt;
    }
    if (record.id <= 0) {
        problems.add(makeError(Tr::tr("an id must be a positive whole number"),
                               itemPath(list, index) + QStringLiteral(".id"),
                               QStringLiteral("json-id")));
        return std::nullopt;
    }
    return record;
}

Error duplicateId(const QString& list, qsizetype index, qint64 id) {
    return makeError(Tr::tr("id %1 is also used by an earlier record of %2").arg(id).arg(list),
                     itemPath(list, index) + QStringLiteral(".id"), QStringLiteral("json-id"));
}

Status StreamImport::importResearch() {
    ResearchRepository research(m_db);
    return streamList(kResearchProjects, [&](const QJsonObject& o, qsizetype i) -> Status {
        auto record = parseRecord(o, kResearchProjects, i, readResearch, m_problems);
        if (!record)
            return Ok{};
        auto taken =
            exists(QStringLiteral("SELECT 1 FROM research_projects WHERE id = ?"), {record->id});
        if (!taken)
            return taken.error();
        if (*taken) {
            m_problems.add(duplicateId(kResearchProjects, i, record->id));
            return Ok{};
        }
        if (auto valid = ResearchRepository::validate(*record); !valid) {
            m_problems.add(invalidItem(kResearchProjects, i, valid.error()));
            return Ok{};
        }
        // Research names are unique as written, case and all: the column compares byte by byte
        // (BINARY on SQLite, "C" on PostgreSQL).
        auto named = exists(QStringLiteral("SELECT 1 FROM research_projects WHERE name = ?"),
                            {record->name});
        if (!named)
            return named.error();
        if (*named) {
            m_problems.add(makeError(Tr::tr("the name '%1' is used twice").arg(record->name),
                                     itemPath(kResearchProjects, i) + QStringLiteral(".name"),
                                     QStringLiteral("json-duplicate")));
            return Ok{};
        }
        return research.insert(*record);
    });
}

// The id of the row in `table` whose name equals `name` (in the column's NOCASE collation, the
// same folding foldedName() does), or 0.
Result<qint64> namedRow(Database& db, QHash<QString, QSqlQuery>& statements, const QString& table,
                        const QString& name, const QString& operation) {
    const QString sql = QStringLiteral("SELECT id FROM %1 WHERE %2")
                            .arg(table, db.dialect().nocaseEquals(QStringLiteral("name")));
    auto it = statements.find(sql);
    if (it == statements.end()) {
        auto prepared = db.prepare(sql, operation);
        if (!prepared)
            return prepared.error();
        it = statements.insert(sql, std::move(prepared).value());
    }
    if (auto done = db.execPrepared(*it, {name}, operation); !done)
        return done.error();
    const qint64 id = it->next() ? it->value(0).toLongLong() : 0;
    it->finish();
    return id;
}

// A big list is written with its table's secondary indexes dropped and built once at the end
// (DeferredIndexes.h), as the CSV import does; the tables were emptied, so it pays from the
// first few thousand rows on. The list's length in bytes tells about how many records it holds.
Status StreamImport::deferIndexes(const QString& table, const QString& list) {
    constexpr qint64 kMinRecordBytes = 128;
    const ListSpot spot = m_lists.value(list);
    if (!DeferredIndexes::worthwhile((spot.end - spot.start.offset) / kMinRecordBytes, 0))
        return Ok{};
    auto deferred = DeferredIndexes::drop(m_db, table);
    if (!deferred)
        return deferred.error();
    m_deferred.push_back(std::move(deferred).value());
    return Ok{};
}

// Models and buyers: each record has an id and a unique name. It is parsed, refused (and listed)
// when its id or its name is taken or it breaks its repository's rules, else written.
template <typename Record, typename Read, typename Validate, typename Write>
Status StreamImport::importNamedList(const QString& list, const QString& idQuery, Read read,
                                     Validate validate, Write write) {
    return streamList(list, [&](const QJsonObject& o, qsizetype i) -> Status {
        std::optional<Record> record = parseRecord(o, list, i, read, m_problems);
        if (!record)
            return Ok{};
        auto taken = exists(idQuery, {record->id});
        if (!taken)
            return taken.error();
        if (*taken) {
            m_problems.add(duplicateId(list, i, record->id));
            return Ok{};
        }
        if (auto valid = validate(*record); !valid) {
            m_problems.add(invalidItem(list, i, valid.error()));
            return Ok{};
        }
        auto other = namedRow(m_db, m_statements, list, record->name, m_operation);
        if (!other)
            return other.error();
        if (*other != 0) {
            m_problems.add(makeError(Tr::tr("the name '%1' is also used by the record with id %2")
                                         .arg(record->name)
                                         .arg(*other),
                                     itemPath(list, i) + QStringLiteral(".name"),
                                     QStringLiteral("json-duplicate")));
            return Ok{};
        }
        return write(*record);
    });
}

Status StreamImport::importModels() {
    if (auto done = deferIndexes(QStringLiteral("models"), kModels); !done)
        return done;
    ModelRepository::Writer writer(m_db);
    return importNamedList<ModelRecord>(
        kModels, QStringLiteral("SELECT 1 FROM models WHERE id = ?"), readModel,
        &ModelRepository::validate,
        [&writer](ModelRecord& record) { return writer.insert(record); });
}

Status StreamImport::importBuyers() {
    BuyerRepository buyers(m_db);
    return importNamedList<BuyerRecord>(
        kBuyers, QStringLiteral("SELECT 1 FROM buyers WHERE id = ?"), readBuyer,
        &BuyerRepository::validate, [&buyers](const BuyerRecord& record) {
            QList<BuyerRecord> one{record};
            return buyers.insertMany(one);
        });
}

// Labs are few, but a lab's list of models can hold every model of the economy: the labs are
// read without those lists, written, and then each list is read id by id from where it was.
Status StreamImport::importLabs() {
    if (!m_lists.contains(kLabs))
        return Ok{}; // a file from before labs: the database's labs stay
    QList<Lab>& labs = m_labs;
    const ListSpot spot = m_lists.value(kLabs);
    if (!m_reader.seek(spot.start) || m_reader.next() != JsonStreamReader::Token::BeginArray)
        return syntaxError(m_reader);
    qsizetype index = 0;
    for (auto token = m_reader.next(); token != JsonStreamReader::Token::EndArray;
         token = m_reader.next(), ++index) {
        if (token != JsonStreamReader::Token::BeginObject) {
            m_problems.add(makeError(Tr::tr("expected an object"), itemPath(kLabs, index),
                                     QStringLiteral("json-format")));
            if (!m_reader.skipValue())
                return syntaxError(m_reader);
            continue;
        }
        QJsonObject object;
        Lab lab;
        for (auto member = m_reader.next(); member != JsonStreamReader::Token::EndObject;
             member = m_reader.next()) {
            const QString key = m_reader.text();
            m_reader.next();
            if (key == kModels && m_reader.token() == JsonStreamReader::Token::BeginArray) {
                lab.models = m_reader.position();
                object.insert(key, QJsonArray());
                if (!m_reader.skipValue())
                    return syntaxError(m_reader);
                continue;
            }
            QJsonValue value;
            if (!m_reader.readValue(value))
                return syntaxError(m_reader);
            object.insert(key, value);
        }
        Error error;
        JsonReader reader(object, itemPath(kLabs, index), &error);
        lab.record = readLab(reader, object);
        if (!error.message.isEmpty())
            m_problems.add(error);
        else
            labs.append(lab);
    }
    m_done += spot.end - spot.start.offset;
    if (!m_problems.isEmpty() || labs.isEmpty())
        return Ok{};

    QHash<qint64, qsizetype> ids;
    QSet<QString> names;
    int studios = 0;
    for (qsizetype i = 0; i < labs.size(); ++i) {
        const LabRecord& record = labs.at(i).record;
        if (record.id <= 0) {
            m_problems.add(makeError(Tr::tr("an id must be a positive whole number"),
                                     itemPath(kLabs, i) + QStringLiteral(".id"),
                                     QStringLiteral("json-id")));
            continue;
        }
        if (ids.contains(record.id)) {
            m_problems.add(makeError(Tr::tr("id %1 is also used by %2")
                                         .arg(record.id)
                                         .arg(itemPath(kLabs, ids.value(record.id))),
                                     itemPath(kLabs, i) + QStringLiteral(".id"),
                                     QStringLiteral("json-id")));
            continue;
        }
        ids.insert(record.id, i);
        studios += record.lab.studio ? 1 : 0;
        const QString key = foldedName(record.lab.name);
        if (record.lab.name.trimmed().isEmpty() || names.contains(key))
            m_problems.add(makeError(Tr::tr("a lab needs a name of its own"),
                                     itemPath(kLabs, i) + QStringLiteral(".name"),
                                     QStringLiteral("json-duplicate")));
        names.insert(key);
    }
    if (m_problems.isEmpty() && studios != 1)
        m_problems.add(makeError(Tr::tr("exactly one lab must be the studio"), kLabs,
                                 QStringLiteral("json-format")));
    if (!m_problems.isEmpty())
        return Ok{};

    if (auto done = m_db.exec(QStringLiteral("DELETE FROM labs"), m_operation); !done)
        return done;
    auto insertLab =
        m_db.prepare(QStringLiteral("INSERT INTO labs (id, name, is_studio, releases_per_month, "
                                    "focus_size_class, price_percent, quality_bonus, open_source) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                     m_operation);
    if (!insertLab)
        return insertLab.error();
    for (const Lab& entry : std::as_const(labs)) {
        const MarketLab& lab = entry.record.lab;
        if (auto done = m_db.execPrepared(
                *insertLab,
                {entry.record.id, lab.name, lab.studio ? 1 : 0, lab.releasesPerMonth,
                 sqlv::key(lab.focus), lab.pricePercent, lab.qualityBonus, lab.openSource ? 1 : 0},
                m_operation);
            !done)
            return done;
    }

    return Ok{};
}

// Every model was given the studio when it was inserted (trigger models_default_lab). The owners
// are cleared first so that one UPDATE taking only a model that exists and has no lab yet both
// checks the list and assigns; models no list names go back to the studio at the end.
Status StreamImport::assignLabModels() {
    if (m_labs.isEmpty())
        return Ok{};
    const QList<Lab>& labs = m_labs;
    if (auto done = m_db.exec(QStringLiteral("UPDATE models SET lab_id = NULL"), m_operation);
        !done)
        return done;
    auto assign =
        m_db.prepare(QStringLiteral("UPDATE models SET lab_id = ? WHERE id = ? AND lab_id IS NULL"),
                     m_operation);
    if (!assign)
        return assign.error();
    for (qsizetype i = 0; i < labs.size(); ++i) {
        if (!labs.at(i).models)
            continue;
        if (!m_reader.seek(*labs.at(i).models) ||
            m_reader.next() != JsonStreamReader::Token::BeginArray)
            return syntaxError(m_reader);
        const QString where = itemPath(kLabs, i) + QStringLiteral(".models");
        for (auto token = m_reader.next(); token != JsonStreamReader::Token::EndArray;
             token = m_reader.next()) {
            if (token != JsonStreamReader::Token::Number) {
                m_problems.add(
                    makeError(Tr::tr("expected model ids"), where, QStringLiteral("json-format")));
                break;
            }
            const qint64 model = static_cast<qint64>(m_reader.scalar().toDouble());
            if (auto done = m_db.execPrepared(*assign, {labs.at(i).record.id, model}, m_operation);
                !done)
                return done;
            if (assign->numRowsAffected() == 1)
                continue;
            auto known = exists(QStringLiteral("SELECT 1 FROM models WHERE id = ?"), {model});
            if (!known)
                return known.error();
            m_problems.add(*known ? makeError(Tr::tr("model %1 belongs to two labs").arg(model),
                                              where, QStringLiteral("json-duplicate"))
                                  : unknownReference(kLabs, i, kModels, model, Tr::tr("model")));
        }
    }
    return m_db.exec(QStringLiteral("UPDATE models SET lab_id = (SELECT id FROM labs WHERE "
                                    "is_studio = 1) WHERE lab_id IS NULL"),
                     m_operation);
}

Status StreamImport::importListings() {
    auto insert = m_db.prepare(QStringLiteral("INSERT INTO listings (id, model_id, tier, "
                                              "price_cents, listed_on) VALUES (?, ?, ?, ?, ?)"),
                               m_operation);
    if (!insert)
        return insert.error();
    return streamList(kListings, [&](const QJsonObject& o, qsizetype i) -> Status {
        auto record = parseRecord(o, kListings, i, readListing, m_problems);
        if (!record)
            return Ok{};
        const ListingRecord& l = *record;
        auto taken = exists(QStringLiteral("SELECT 1 FROM listings WHERE id = ?"), {l.id});
        if (!taken)
            return taken.error();
        if (*taken) {
            m_problems.add(duplicateId(kListings, i, l.id));
            return Ok{};
        }
        auto known = exists(QStringLiteral("SELECT 1 FROM models WHERE id = ?"), {l.modelId});
        if (!known)
            return known.error();
        if (!*known) {
            m_problems.add(unknownReference(kListings, i, QStringLiteral("modelId"), l.modelId,
                                            Tr::tr("model")));
            return Ok{};
        }
        if (!l.listedOn.isValid()) {
            m_problems.add(makeError(Tr::tr("the listing date is missing"), itemPath(kListings, i),
                                     QStringLiteral("listing-date")));
            return Ok{};
        }
        auto listed =
            exists(QStringLiteral("SELECT 1 FROM listings WHERE model_id = ? AND tier = ?"),
                   {l.modelId, sqlv::key(l.tier)});
        if (!listed)
            return listed.error();
        if (*listed) {
            m_problems.add(makeError(Tr::tr("the model is already listed in this tier"),
                                     itemPath(kListings, i), QStringLiteral("json-duplicate")));
            return Ok{};
        }
        return m_db.execPrepared(
            *insert,
            {l.id, l.modelId, sqlv::key(l.tier), sqlv::money(l.price), sqlv::date(l.listedOn)},
            m_operation);
    });
}

Status StreamImport::importLicenses() {
    if (auto done = deferIndexes(QStringLiteral("licenses"), kLicenses); !done)
        return done;
    QList<std::pair<LicenseRecord, qsizetype>> pending;
    Status streamed = streamList(kLicenses, [&](const QJsonObject& o, qsizetype i) -> Status {
        auto record = parseRecord(o, kLicenses, i, readLicense, m_problems);
        if (!record)
            return Ok{};
        pending.append({std::move(*record), i});
        return pending.size() < recordsPerChunk() ? Status(Ok{}) : writeLicenses(pending);
    });
    if (!streamed)
        return streamed;
    return writeLicenses(pending);
}

// Checks a chunk of licenses in file order (a taken id, an unknown model or buyer, the rules of
// a license), lists the problems and writes the others; `pending` is left empty.
Status StreamImport::writeLicenses(QList<std::pair<LicenseRecord, qsizetype>>& pending) {
    QList<qint64> ids, models, buyers;
    for (const auto& [license, index] : std::as_const(pending)) {
        ids << license.id;
        models << license.modelId;
        buyers << license.buyerId;
    }
    auto taken = existingIds(QStringLiteral("licenses"), QStringLiteral("id"), ids);
    if (!taken)
        return taken.error();
    auto knownModels = existingIds(QStringLiteral("models"), QStringLiteral("id"), models);
    if (!knownModels)
        return knownModels.error();
    auto knownBuyers = existingIds(QStringLiteral("buyers"), QStringLiteral("id"), buyers);
    if (!knownBuyers)
        return knownBuyers.error();
    QList<LicenseRecord> accepted;
    for (auto& [l, i] : pending) {
        if (taken->contains(l.id)) {
            m_problems.add(duplicateId(kLicenses, i, l.id));
            continue;
        }
        if (!knownModels->contains(l.modelId)) {
            m_problems.add(unknownReference(kLicenses, i, QStringLiteral("modelId"), l.modelId,
                                            Tr::tr("model")));
            continue;
        }
        if (!knownBuyers->contains(l.buyerId)) {
            m_problems.add(unknownReference(kLicenses, i, QStringLiteral("buyerId"), l.buyerId,
                                            Tr::tr("buyer")));
            continue;
        }
        if (auto valid = LicenseRepository::validate(l); !valid) {
            m_problems.add(invalidItem(kLicenses, i, valid.error()));
            continue;
        }
        taken->insert(l.id); // a later record of this chunk with the same id is a duplicate
        accepted.append(std::move(l));
    }
    pending.clear();
    if (accepted.isEmpty())
        return Ok{};
    return LicenseRepository(m_db).insertMany(accepted);
}

Status StreamImport::importCharges() {
    QList<std::pair<UsageChargeRecord, qsizetype>> pending;
    Status streamed = streamList(kUsageCharges, [&](const QJsonObject& o, qsizetype i) -> Status {
        auto record = parseRecord(o, kUsageCharges, i, readCharge, m_problems);
        if (!record)
            return Ok{};
        pending.append({std::move(*record), i});
        return pending.size() < recordsPerChunk() ? Status(Ok{}) : writeCharges(pending);
    });
    if (!streamed)
        return streamed;
    return writeCharges(pending);
}

// As writeLicenses, for usage charges: a taken id, an unknown license, the rules of a charge, a
// month charged twice.
Status StreamImport::writeCharges(QList<std::pair<UsageChargeRecord, qsizetype>>& pending) {
    QList<qint64> ids, licenses;
    for (const auto& [charge, index] : std::as_const(pending)) {
        ids << charge.id;
        licenses << charge.licenseId;
    }
    auto taken = existingIds(QStringLiteral("usage_charges"), QStringLiteral("id"), ids);
    if (!taken)
        return taken.error();
    auto knownLicenses = existingIds(QStringLiteral("licenses"), QStringLiteral("id"), licenses);
    if (!knownLicenses)
        return knownLicenses.error();
    auto charged = chargedMonths(licenses);
    if (!charged)
        return charged.error();
    QList<UsageChargeRecord> accepted;
    for (auto& [c, i] : pending) {
        if (taken->contains(c.id)) {
            m_problems.add(duplicateId(kUsageCharges, i, c.id));
            continue;
        }
        if (!knownLicenses->contains(c.licenseId)) {
            m_problems.add(unknownReference(kUsageCharges, i, QStringLiteral("licenseId"),
                                            c.licenseId, Tr::tr("license")));
            continue;
        }
        if (auto valid = LicenseRepository::validate(c); !valid) {
            m_problems.add(invalidItem(kUsageCharges, i, valid.error()));
            continue;
        }
        if (charged->contains({c.licenseId, c.month})) {
            m_problems.add(makeError(Tr::tr("the license is already charged for this month"),
                                     itemPath(kUsageCharges, i), QStringLiteral("json-duplicate")));
            continue;
        }
        taken->insert(c.id);
        charged->insert({c.licenseId, c.month});
        accepted.append(std::move(c));
    }
    pending.clear();
    if (accepted.isEmpty())
        return Ok{};
    return LicenseRepository(m_db).insertCharges(accepted);
}

Status StreamImport::importJobs() {
    JobRepository jobs(m_db);
    return streamList(kTrainingJobs, [&](const QJsonObject& o, qsizetype i) -> Status {
        auto record = parseRecord(o, kTrainingJobs, i, readJob, m_problems);
        if (!record)
            return Ok{};
        TrainingJobRecord& j = *record;
        auto taken = exists(QStringLiteral("SELECT 1 FROM training_jobs WHERE id = ?"), {j.id});
        if (!taken)
            return taken.error();
        if (*taken) {
            m_problems.add(duplicateId(kTrainingJobs, i, j.id));
            return Ok{};
        }
        if (j.modelId) {
            auto model = exists(QStringLiteral("SELECT 1 FROM models WHERE id = ?"), {*j.modelId});
            if (!model)
                return model.error();
            if (!*model) {
                m_problems.add(unknownReference(kTrainingJobs, i, QStringLiteral("modelId"),
                                                *j.modelId, Tr::tr("model")));
                return Ok{};
            }
        }
        if (!m_header.config.gpuType(j.inputs.gpuType)) {
            m_problems.add(
                makeError(Tr::tr("the GPU type '%1' is not in the config").arg(j.inputs.gpuType),
                          itemPath(kTrainingJobs, i) + QStringLiteral(".gpuType"),
                          QStringLiteral("json-reference")));
            return Ok{};
        }
        if (auto valid = JobRepository::validate(j); !valid) {
            m_problems.add(invalidItem(kTrainingJobs, i, valid.error()));
            return Ok{};
        }
        return jobs.insert(j);
    });
}

Status StreamImport::importScenarios() {
    // Scenarios and balance rules belong to the economy they were made for: replaced with it.
    for (const QString& table : {QStringLiteral("scenarios"), QStringLiteral("balance_rules")}) {
        if (auto done = m_db.exec(QStringLiteral("DELETE FROM %1").arg(table), m_operation); !done)
            return done;
    }
    ScenarioRepository scenarios(m_db);
    for (Scenario scenario : std::as_const(m_header.scenarios)) {
        scenario.id = 0;
        if (auto done = scenarios.save(scenario); !done)
            return done;
    }
    BalanceRuleRepository rules(m_db);
    for (const BalanceRule& rule : std::as_const(m_header.balanceRules)) {
        if (auto done = rules.add(rule); !done)
            return done.error();
    }
    return Ok{};
}

Status StreamImport::writeHeader(bool replace) {
    if (!replace) {
        for (const QString& table :
             {QStringLiteral("models"), QStringLiteral("buyers"), QStringLiteral("licenses")}) {
            auto rows = countRows(m_db, table);
            if (!rows)
                return rows.error();
            if (*rows > 0)
                return makeError(Tr::tr("the database already holds models, buyers or licenses; "
                                        "importing an economy would replace them all. Import into "
                                        "an empty database, or ask for replacement explicitly"),
                                 m_db.path(), QStringLiteral("import-not-empty"));
        }
    }
    // Children before parents, so no foreign key is ever left dangling.
    for (const QString& table :
         {QStringLiteral("usage_charges"), QStringLiteral("licenses"), QStringLiteral("listings"),
          QStringLiteral("training_jobs"), QStringLiteral("models"), QStringLiteral("buyers"),
          QStringLiteral("research_projects")}) {
        if (auto done = m_db.exec(QStringLiteral("DELETE FROM %1").arg(table), m_operation); !done)
            return done;
    }
    EconomyRepository economy(m_db);
    if (auto done = economy.saveConfig(m_header.config); !done)
        return done;
    return economy.setGameDate(m_header.gameDate);
}

Status StreamImport::run(bool replace) {
    QJsonObject small;
    if (auto done = firstPass(small); !done)
        return done;
    if (auto done = readHeader(small, m_header); !done)
        return done;
    for (const QString& list : {kModels, kBuyers, kListings, kLicenses, kUsageCharges,
                                kResearchProjects, kTrainingJobs, kLabs}) {
        const auto it = m_lists.constFind(list);
        if (it == m_lists.cend() && list == kLabs)
            continue;
        if (it == m_lists.cend() || !it->isArray)
            return makeError(it == m_lists.cend() ? Tr::tr("missing") : Tr::tr("expected a list"),
                             list, QStringLiteral("json-format"));
    }
    if (auto done = readScenarioLists(small, m_header); !done)
        return done;

    // No Database::BulkWork: rows go in id order with the secondary indexes deferred, so the
    // connection's usual page cache serves as well, and the bulk cache would make the peak grow
    // with the file (30 MB at 100,000 and at 900,000 models without it; 88 and 205 MB with it).
    Transaction transaction(m_db, m_operation);
    if (auto begun = transaction.status(); !begun)
        return begun;
    if (auto done = writeHeader(replace); !done)
        return done;
    using Step = Status (StreamImport::*)();
    for (const Step step :
         {&StreamImport::importResearch, &StreamImport::importLabs, &StreamImport::importModels,
          &StreamImport::assignLabModels, &StreamImport::importBuyers,
          &StreamImport::importListings, &StreamImport::importLicenses,
          &StreamImport::importCharges, &StreamImport::importJobs}) {
        if (auto done = (this->*step)(); !done)
            return done;
        // What a list with problems left out would show up as missing references in the next.
        if (!m_problems.isEmpty()) {
            transaction.rollback();
            return m_problems.error();
        }
    }
    for (DeferredIndexes& deferred : m_deferred) {
        if (auto done = deferred.rebuild(); !done)
            return done;
    }
    if (auto done = importScenarios(); !done)
        return done;
    // The rules across tables that `modelmarket check` enforces (fee inside its terms' range,
    // listing inside its tier's range and of a trained model, ...), and that the config written
    // above loads back: checked on what was written, so nothing is kept that check would report.
    auto problems = domainProblems(m_db);
    if (!problems)
        return problems.error();
    if (!problems->isEmpty()) {
        transaction.rollback();
        return makeError(Tr::tr("the economy breaks rules that 'modelmarket check' enforces, so "
                                "nothing was imported:\n- %1")
                             .arg(problems->join(QStringLiteral("\n- "))),
                         {}, QStringLiteral("domain"));
    }
    if (!report(1.0))
        return importCancelled();
    return transaction.commit();
}

} // namespace

namespace exchange {

Status importEconomy(Database& db, QIODevice& in, bool replace, const Progress& progress) {
    StreamImport import(db, in, progress);
    return import.run(replace);
}

Status importEconomy(Database& db, const QJsonObject& economy, bool replace) {
    QBuffer buffer;
    buffer.setData(QJsonDocument(economy).toJson(QJsonDocument::Compact));
    buffer.open(QIODevice::ReadOnly);
    return importEconomy(db, buffer, replace);
}

} // namespace exchange

} // namespace mm
