// CSV import and export of the catalog (models), buyers and licenses; see Exchange.h.
//
// Import runs in two passes: every row is parsed and checked against the domain rules first (those
// `modelmarket check` enforces included), all problems are collected with their physical line and
// column, and only a file without problems is written, in one transaction. Export writes the same
// columns, so export → import → export gives the same bytes.

#include "core/CountText.h"
#include "core/EconomyConfig.h"
#include "data/BuyerRepository.h"
#include "data/Csv.h"
#include "data/Database.h"
#include "data/EconomyRepository.h"
#include "data/Exchange.h"
#include "data/LicenseRepository.h"
#include "data/ModelRepository.h"
#include "data/SqlValues.h"
#include "data/Transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <cmath>
#include <limits>
#include <optional>

namespace mm {

namespace {

// This file's translation context: lupdate files every Tr::tr() string under it.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mm::Exchange)
};

// Column names: stable, scripts and spreadsheets depend on them.
const QString kName = QStringLiteral("name");
const QString kArchitecture = QStringLiteral("architecture");
const QString kSizeClass = QStringLiteral("size_class");
const QString kParameters = QStringLiteral("parameters");
const QString kDatasetTokens = QStringLiteral("dataset_tokens");
const QString kStatus = QStringLiteral("status");
const QString kPerformance = QStringLiteral("performance");
const QString kAccuracy = QStringLiteral("accuracy");
const QString kEfficiency = QStringLiteral("efficiency");
const QString kComposite = QStringLiteral("composite");
const QString kBenchmarks = QStringLiteral("benchmarks");
const QString kTrainingCost = QStringLiteral("training_cost");
const QString kTrainingDays = QStringLiteral("training_days");
const QString kResearchPoints = QStringLiteral("research_points");
const QString kCreatedOn = QStringLiteral("created_on");

const QString kType = QStringLiteral("type");
const QString kSize = QStringLiteral("size");
const QString kBudget = QStringLiteral("budget");

const QString kId = QStringLiteral("id");
const QString kModel = QStringLiteral("model");
const QString kBuyer = QStringLiteral("buyer");
const QString kTier = QStringLiteral("tier");
const QString kIntendedUse = QStringLiteral("intended_use");
const QString kSoldOn = QStringLiteral("sold_on");
const QString kFee = QStringLiteral("fee");
const QString kDeployments = QStringLiteral("deployments");
const QString kMonthlyApiCalls = QStringLiteral("monthly_api_calls");
const QString kUsageRate = QStringLiteral("usage_rate_per_1000");
const QString kTermMonths = QStringLiteral("term_months");
const QString kExpiresOn = QStringLiteral("expires_on");
const QString kRevokedOn = QStringLiteral("revoked_on");
const QString kRevokedReason = QStringLiteral("revoked_reason");

// Sanity bounds for counts typed into a spreadsheet: far beyond any real model, far below where
// arithmetic on them could overflow.
constexpr qint64 kMaxParameters = 1'000'000'000'000'000LL; // 10^15
constexpr qint64 kMaxTokens = 1'000'000'000'000'000'000LL; // 10^18
constexpr qint64 kMaxCount = 1'000'000'000'000'000LL;      // research points, API calls
constexpr qint64 kMaxEmployees = 100'000'000;
constexpr int kMaxNameLength = 200;
constexpr int kMaxTermMonths = 1200;

QStringList requiredColumns(ExchangeTable table) {
    switch (table) {
    case ExchangeTable::Catalog:
        return {kName, kArchitecture, kSizeClass, kParameters};
    case ExchangeTable::Buyers:
        return {kName, kType, kSize, kBudget};
    case ExchangeTable::Licenses:
        return {kModel, kBuyer, kTier, kSoldOn, kFee};
    }
    return {};
}

// SQLite's NOCASE folds ASCII letters only; matching names the same way keeps "existing record"
// in step with the UNIQUE constraints on models.name and buyers.name.
QString foldedName(const QString& name) {
    QString folded = name;
    for (QChar& c : folded) {
        if (c >= u'A' && c <= u'Z')
            c = QChar(static_cast<char16_t>(c.unicode() + (u'a' - u'A')));
    }
    return folded;
}

QString realText(double value) {
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString optionalRealText(const std::optional<double>& value) {
    return value ? realText(*value) : QString();
}

QString dateText(const QDate& date) {
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString optionalDateText(const std::optional<QDate>& date) {
    return date ? dateText(*date) : QString();
}

QString benchmarksText(const QMap<QString, double>& scores) {
    if (scores.isEmpty())
        return {};
    QJsonObject object;
    for (auto it = scores.begin(); it != scores.end(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QDate parseIsoDate(QStringView text) {
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!pattern.match(text).hasMatch())
        return {};
    return QDate::fromString(text.toString(), Qt::ISODate);
}

// csv::parse reports where = "line L" or "line L, column C".
int lineOf(const Error& error) {
    static const QRegularExpression pattern(QStringLiteral("line (\\d+)"));
    const auto match = pattern.match(error.where);
    return match.hasMatch() ? match.captured(1).toInt() : 1;
}

template <typename E>
QString keyList() {
    return enumKeys<E>().join(QStringLiteral(", "));
}

// The cells of one data row, read by column name; every bad cell adds a problem.
class RowReader {
public:
    RowReader(const csv::Record& record, const csv::HeaderMap& header,
              QList<ImportProblem>& problems)
        : m_record(record)
        , m_header(header)
        , m_problems(problems)
        , m_problemsBefore(problems.size()) {}

    int line() const { return m_record.line; }
    bool hasProblems() const { return m_problems.size() > m_problemsBefore; }
    bool hasColumn(const QString& name) const { return m_header.column(name) >= 0; }

    QString cell(const QString& name) const {
        const int index = m_header.column(name);
        return index >= 0 && index < m_record.fields.size() ? m_record.fields.at(index) : QString();
    }
    bool isBlank(const QString& name) const { return cell(name).trimmed().isEmpty(); }
    // The column is in the header and this row leaves it empty.
    bool isCleared(const QString& name) const { return hasColumn(name) && isBlank(name); }

    void problem(const QString& column, const QString& reason) {
        m_problems.append(ImportProblem{line(), column, reason});
    }

    bool require(const QString& name) {
        if (!isBlank(name))
            return true;
        problem(name, Tr::tr("a value is required"));
        return false;
    }

    // Each reader returns nothing for an empty cell (or an absent column) and for a bad one, which
    // it reports; isBlank() tells the two apart.
    std::optional<QString> text(const QString& name) const {
        if (isBlank(name))
            return std::nullopt;
        return csv::restoreFormula(cell(name));
    }

    std::optional<qint64> integer(const QString& name, qint64 min, qint64 max) {
        const QString given = cell(name).trimmed();
        if (given.isEmpty())
            return std::nullopt;
        // Spreadsheets write big counts as "7E+09" or "7000000000.0"; people as "13B".
        const auto parsed = parseCount(given, QLocale::c());
        if (!parsed) {
            problem(name, parsed.error().message);
            return std::nullopt;
        }
        const qint64 value = *parsed;
        if (value < min || value > max) {
            problem(name, Tr::tr("%1 is outside the range %2 to %3")
                              .arg(given, QString::number(min), QString::number(max)));
            return std::nullopt;
        }
        return value;
    }

    std::optional<double> real(const QString& name, double min, double max) {
        const QString given = cell(name).trimmed();
        if (given.isEmpty())
            return std::nullopt;
        bool ok = false;
        const double value = given.toDouble(&ok);
        if (!ok || !std::isfinite(value)) {
            problem(name, Tr::tr("'%1' is not a number").arg(given));
            return std::nullopt;
        }
        if (value < min || value > max) {
            problem(name, Tr::tr("%1 is outside the range %2 to %3")
                              .arg(given, realText(min), realText(max)));
            return std::nullopt;
        }
        return value;
    }

    // Amounts are not negative anywhere in these tables.
    std::optional<Money> money(const QString& name) {
        const QString given = cell(name).trimmed();
        if (given.isEmpty())
            return std::nullopt;
        auto value = Money::parsePlain(given);
        if (!value)
            value = Money::parseDisplay(given, QLocale::c());
        if (!value) {
            problem(name, Tr::tr("'%1' is not an amount like 1234.56").arg(given));
            return std::nullopt;
        }
        if (value->isNegative()) {
            problem(name, Tr::tr("the amount cannot be negative"));
            return std::nullopt;
        }
        return *value;
    }

    std::optional<QDate> date(const QString& name) {
        const QString given = cell(name).trimmed();
        if (given.isEmpty())
            return std::nullopt;
        const QDate value = parseIsoDate(given);
        if (!value.isValid()) {
            problem(name, Tr::tr("'%1' is not a date like 2025-01-31").arg(given));
            return std::nullopt;
        }
        return value;
    }

    template <typename E>
    std::optional<E> enumeration(const QString& name) {
        const QString given = cell(name).trimmed();
        if (given.isEmpty())
            return std::nullopt;
        auto value = enumFromText<E>(given);
        if (!value)
            problem(name,
                    Tr::tr("'%1' is not a known value; use one of: %2").arg(given, keyList<E>()));
        return value;
    }

private:
    const csv::Record& m_record;
    const csv::HeaderMap& m_header;
    QList<ImportProblem>& m_problems;
    qsizetype m_problemsBefore = 0;
};

template <typename T>
void assign(const std::optional<T>& parsed, T& field) {
    if (parsed)
        field = *parsed;
}

// Nullable columns: an empty cell clears the value, an absent column keeps it.
template <typename T>
void assignNullable(const RowReader& row, const QString& column, const std::optional<T>& parsed,
                    std::optional<T>& field) {
    if (parsed)
        field = parsed;
    else if (row.isCleared(column))
        field.reset();
}

struct CsvFile {
    csv::HeaderMap header;
    QList<csv::Record> rows;
};

// Parses the bytes and maps the header; nothing when the report already says why not.
std::optional<CsvFile> readFile(ExchangeTable table, const QByteArray& bytes,
                                ImportReport& report) {
    csv::Limits limits;
    limits.maxInputBytes = exchange::kMaxImportBytes;
    auto parsed = csv::parse(bytes, u',', limits);
    if (!parsed) {
        report.problems.append(
            ImportProblem{lineOf(parsed.error()), QString(), parsed.error().message});
        return std::nullopt;
    }
    QList<csv::Record> records = std::move(parsed).value();
    if (records.isEmpty()) {
        report.problems.append(ImportProblem{1, QString(), Tr::tr("the file is empty")});
        return std::nullopt;
    }
    const csv::Record header = records.takeFirst();
    CsvFile file;
    file.header =
        csv::mapHeader(header.fields, exchange::csvColumns(table), requiredColumns(table));
    report.unknownColumns = file.header.unknown;
    if (!file.header.missing.isEmpty()) {
        report.problems.append(
            ImportProblem{header.line, file.header.missing.join(QStringLiteral(", ")),
                          Tr::tr("the header lacks the required column(s) %1; expected columns: %2",
                                 nullptr, static_cast<int>(file.header.missing.size()))
                              .arg(file.header.missing.join(QStringLiteral(", ")),
                                   exchange::csvColumns(table).join(QStringLiteral(", ")))});
    }
    for (const QString& name : std::as_const(file.header.duplicate)) {
        report.problems.append(
            ImportProblem{header.line, name, Tr::tr("the column appears more than once")});
    }
    if (!report.ok())
        return std::nullopt;
    file.rows = std::move(records);
    return file;
}

// --- catalog ---------------------------------------------------------------------------------

QString modelColumnForRule(const QString& rule) {
    static const QHash<QString, QString> columns{
        {QStringLiteral("model-name"), kName},
        {QStringLiteral("model-parameters"), kParameters},
        {QStringLiteral("model-dataset"), kDatasetTokens},
        {QStringLiteral("model-cost"), kTrainingCost},
        {QStringLiteral("model-training"), kTrainingDays},
        {QStringLiteral("model-date"), kCreatedOn},
    };
    return columns.value(rule);
}

void readName(RowReader& row, const QString& column, QString& name) {
    if (!row.require(column))
        return;
    name = *row.text(column);
    if (name.size() > kMaxNameLength)
        row.problem(column, Tr::tr("the name is longer than %1 characters").arg(kMaxNameLength));
}

// A later row naming the same record as an earlier one is ambiguous: which one wins?
void checkUnique(RowReader& row, const QString& column, const QString& name,
                 QHash<QString, int>& seen) {
    if (name.isEmpty())
        return;
    const QString key = foldedName(name);
    if (const auto it = seen.constFind(key); it != seen.cend()) {
        row.problem(column,
                    Tr::tr("'%1' is already on line %2").arg(name, QString::number(it.value())));
        return;
    }
    seen.insert(key, row.line());
}

void readBenchmarks(RowReader& row, QMap<QString, double>& scores) {
    if (!row.hasColumn(kBenchmarks))
        return;
    const QString text = row.cell(kBenchmarks).trimmed();
    scores.clear();
    if (text.isEmpty())
        return;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (!document.isObject()) {
        row.problem(
            kBenchmarks,
            Tr::tr("expected a JSON object like {\"code\": 71.5}: %1").arg(error.errorString()));
        return;
    }
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const double score = it.value().toDouble(-1.0);
        if (!it.value().isDouble() || score < 0.0 || score > 100.0) {
            row.problem(kBenchmarks,
                        Tr::tr("the score of '%1' must be a number from 0 to 100").arg(it.key()));
            return;
        }
        scores.insert(it.key(), score);
    }
}

Result<ImportReport> importCatalog(Database& db, const CsvFile& file, ImportReport report) {
    ModelRepository repository(db);
    QHash<QString, ModelRecord> existing;
    if (auto read = repository.forEach([&existing](const ModelRecord& model) {
            existing.insert(foldedName(model.name), model);
            return true;
        });
        !read)
        return read.error();
    auto today = EconomyRepository(db).gameDate();
    if (!today)
        return today.error();
    // Models offered in some tier: they must stay trained (`check`: no listing of an untrained
    // model).
    QSet<qint64> listedIds;
    {
        auto q = db.query(QStringLiteral("SELECT DISTINCT model_id FROM listings"), {},
                          Tr::tr("reading listings"));
        if (!q)
            return q.error();
        while (q->next())
            listedIds.insert(q->value(0).toLongLong());
    }

    QHash<QString, int> seen;
    QList<ModelRecord> inserts;
    QList<ModelRecord> updates;
    for (const csv::Record& record : file.rows) {
        RowReader row(record, file.header, report.problems);
        ModelRecord model;
        model.createdOn = *today;
        bool update = false;
        QString name;
        readName(row, kName, name);
        checkUnique(row, kName, name, seen);
        if (const auto it = existing.constFind(foldedName(name));
            !name.isEmpty() && it != existing.cend()) {
            model = it.value(); // absent columns keep what the record has
            update = true;
        }
        model.name = name;

        if (row.require(kArchitecture))
            assign(row.enumeration<Architecture>(kArchitecture), model.architecture);
        if (row.require(kSizeClass))
            assign(row.enumeration<SizeClass>(kSizeClass), model.sizeClass);
        if (row.require(kParameters))
            assign(row.integer(kParameters, 1, kMaxParameters), model.parameters);
        assign(row.integer(kDatasetTokens, 0, kMaxTokens), model.datasetTokens);
        assign(row.enumeration<ModelStatus>(kStatus), model.status);
        assignNullable(row, kPerformance, row.real(kPerformance, 0, 100), model.performance);
        assignNullable(row, kAccuracy, row.real(kAccuracy, 0, 100), model.accuracy);
        assignNullable(row, kEfficiency, row.real(kEfficiency, 0, 100), model.efficiency);
        assignNullable(row, kComposite, row.real(kComposite, 0, 100), model.composite);
        readBenchmarks(row, model.benchmarks);
        assign(row.money(kTrainingCost), model.trainingCost);
        assign(row.real(kTrainingDays, 0, 1'000'000), model.trainingDays);
        assign(row.integer(kResearchPoints, 0, kMaxCount), model.researchPoints);
        assign(row.date(kCreatedOn), model.createdOn);

        if (row.hasProblems())
            continue;
        if (auto valid = ModelRepository::validate(model); !valid) {
            const QString& rule = valid.error().rule;
            // A trained model without metrics: the columns are the metrics it lacks.
            row.problem(rule == QLatin1String("model-metrics-required")
                            ? ModelRepository::missingMetrics(model).join(QStringLiteral(", "))
                            : modelColumnForRule(rule),
                        valid.error().message);
            continue;
        }
        // `modelmarket check` reports listings of untrained models: an update must not untrain a
        // model that is offered for sale.
        if (!isTrained(model.status) && update && listedIds.contains(model.id)) {
            row.problem(kStatus, Tr::tr("the model is listed for sale, so it cannot become %1; "
                                        "unlist it first")
                                     .arg(enumKey(model.status)));
            continue;
        }
        (update ? updates : inserts).append(model);
    }
    if (!report.ok())
        return report;

    Transaction transaction(db, Tr::tr("importing the catalog"));
    if (auto begun = transaction.status(); !begun)
        return begun.error();
    if (!updates.isEmpty()) {
        if (auto done = repository.updateMany(updates); !done)
            return done.error();
    }
    if (!inserts.isEmpty()) {
        if (auto done = repository.insertMany(inserts); !done)
            return done.error();
    }
    if (auto done = transaction.commit(); !done)
        return done.error();
    report.inserted = inserts.size();
    report.updated = updates.size();
    return report;
}

Status exportCatalog(Database& db, csv::Writer& writer) {
    Status written = Ok{};
    auto read = ModelRepository(db).forEach([&](const ModelRecord& m) {
        written = writer.writeRow({
            csv::neutralizeFormula(m.name),
            enumKey(m.architecture),
            enumKey(m.sizeClass),
            QString::number(m.parameters),
            QString::number(m.datasetTokens),
            enumKey(m.status),
            optionalRealText(m.performance),
            optionalRealText(m.accuracy),
            optionalRealText(m.efficiency),
            optionalRealText(m.composite),
            benchmarksText(m.benchmarks),
            m.trainingCost.toPlainString(),
            realText(m.trainingDays),
            QString::number(m.researchPoints),
            dateText(m.createdOn),
        });
        return written.ok();
    });
    if (!read)
        return read;
    return written;
}

// --- buyers ----------------------------------------------------------------------------------

QString buyerColumnForRule(const QString& rule) {
    static const QHash<QString, QString> columns{
        {QStringLiteral("buyer-name"), kName},
        {QStringLiteral("buyer-size"), kSize},
        {QStringLiteral("buyer-budget"), kBudget},
    };
    return columns.value(rule);
}

Result<QList<BuyerRecord>> buyersById(Database& db) {
    auto q = db.query(QStringLiteral("SELECT id, name, type, size, budget_cents, revision FROM "
                                     "buyers ORDER BY id"),
                      {}, Tr::tr("reading buyers"));
    if (!q)
        return q.error();
    QList<BuyerRecord> buyers;
    while (q->next())
        buyers.append(BuyerRepository::read(*q));
    return buyers;
}

Result<ImportReport> importBuyers(Database& db, const CsvFile& file, ImportReport report) {
    auto all = buyersById(db);
    if (!all)
        return all.error();
    QHash<QString, BuyerRecord> existing;
    for (const BuyerRecord& buyer : std::as_const(*all))
        existing.insert(foldedName(buyer.name), buyer);

    QHash<QString, int> seen;
    QList<BuyerRecord> inserts;
    QList<BuyerRecord> updates;
    for (const csv::Record& record : file.rows) {
        RowReader row(record, file.header, report.problems);
        BuyerRecord buyer;
        bool update = false;
        QString name;
        readName(row, kName, name);
        checkUnique(row, kName, name, seen);
        if (const auto it = existing.constFind(foldedName(name));
            !name.isEmpty() && it != existing.cend()) {
            buyer = it.value();
            update = true;
        }
        buyer.name = name;
        if (row.require(kType))
            assign(row.enumeration<BuyerType>(kType), buyer.type);
        if (row.require(kSize)) {
            if (auto size = row.integer(kSize, 1, kMaxEmployees))
                buyer.size = static_cast<int>(*size);
        }
        if (row.require(kBudget))
            assign(row.money(kBudget), buyer.budget);

        if (row.hasProblems())
            continue;
        if (auto valid = BuyerRepository::validate(buyer); !valid) {
            row.problem(buyerColumnForRule(valid.error().rule), valid.error().message);
            continue;
        }
        (update ? updates : inserts).append(buyer);
    }
    if (!report.ok())
        return report;

    BuyerRepository repository(db);
    Transaction transaction(db, Tr::tr("importing buyers"));
    if (auto begun = transaction.status(); !begun)
        return begun.error();
    for (BuyerRecord& buyer : updates) {
        if (auto done = repository.update(buyer); !done)
            return done.error();
    }
    if (!inserts.isEmpty()) {
        if (auto done = repository.insertMany(inserts); !done)
            return done.error();
    }
    if (auto done = transaction.commit(); !done)
        return done.error();
    report.inserted = inserts.size();
    report.updated = updates.size();
    return report;
}

Status exportBuyers(Database& db, csv::Writer& writer) {
    auto buyers = buyersById(db);
    if (!buyers)
        return buyers.error();
    for (const BuyerRecord& b : std::as_const(*buyers)) {
        if (auto done = writer.writeRow({csv::neutralizeFormula(b.name), enumKey(b.type),
                                         QString::number(b.size), b.budget.toPlainString()});
            !done)
            return done;
    }
    return Ok{};
}

// --- licenses --------------------------------------------------------------------------------

QString licenseColumnForRule(const QString& rule) {
    static const QHash<QString, QString> columns{
        {QStringLiteral("license-parties"), kModel},
        {QStringLiteral("license-date"), kSoldOn},
        {QStringLiteral("license-fee"), kFee},
        {QStringLiteral("license-deployments"), kDeployments},
        {QStringLiteral("license-api-calls"), kMonthlyApiCalls},
        {QStringLiteral("license-usage-rate"), kUsageRate},
        {QStringLiteral("license-term"), kTermMonths},
        {QStringLiteral("license-expiry"), kExpiresOn},
        {QStringLiteral("license-revoke-date"), kRevokedOn},
        {QStringLiteral("license-revoke-reason"), kRevokedReason},
    };
    return columns.value(rule);
}

const QString kUpdateLicense = QStringLiteral(
    "UPDATE licenses SET model_id = ?, buyer_id = ?, tier = ?, intended_use = ?, sold_on = ?, "
    "fee_cents = ?, deployments = ?, monthly_api_calls = ?, usage_rate_cents_per_1000 = ?, "
    "term_months = ?, terms = ?, expires_on = ?, status = ?, revoked_on = ?, revoked_reason = ? "
    "WHERE id = ?");

QVariantList licenseUpdateValues(const LicenseRecord& r) {
    return {r.modelId,
            r.buyerId,
            sqlv::key(r.tier),
            sqlv::key(r.use),
            sqlv::date(r.soldOn),
            sqlv::money(r.fee),
            sqlv::optionalInt(r.deployments),
            r.monthlyApiCalls,
            sqlv::money(r.usageRatePer1000Calls),
            r.termMonths,
            sqlv::json(r.terms),
            sqlv::optionalDate(r.expiresOn),
            sqlv::key(r.status),
            sqlv::optionalDate(r.revokedOn),
            r.revokedReason.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                      : QVariant(r.revokedReason),
            r.id};
}

// The per-row lookups behind the rules `modelmarket check` applies to licenses and their usage
// charges (IntegrityCheck.cpp). Each is one indexed query with bound values, prepared once and run
// only for the rows that need it: a file of millions of licenses never scans a table per row.
class LicenseLookups {
public:
    // The fee range `check` holds a license to: the floor and ceiling of its terms snapshot.
    struct FeeRange {
        std::optional<Money> floor; // none: `check` holds the fee to no floor
        std::optional<Money> ceiling;
    };

    explicit LicenseLookups(Database& db)
        : m_db(db) {}

    // A snapshot that is a whole tier policy (what every sale and tier move writes) gives the range
    // exactly; any other (an economy import stores any object) is read by SQLite with the
    // expressions `check` uses.
    Result<FeeRange> feeRange(const QJsonObject& terms) {
        // Beyond 2^53 cents the check's REAL arithmetic is no longer exact.
        const auto exact = [](Money amount) {
            return amount.cents() > -(1LL << 53) && amount.cents() < (1LL << 53);
        };
        if (auto policy = TierPolicy::fromJson(terms);
            policy && exact(policy->priceFloor) &&
            (!policy->priceCeiling || exact(*policy->priceCeiling)))
            return FeeRange{policy->priceFloor, policy->priceCeiling};
        const QVariant text = sqlv::json(terms);
        auto values =
            firstRow(m_feeRange,
                     QStringLiteral("SELECT CAST(round(CAST(json_extract(?, '$.priceFloor') AS "
                                    "REAL) * 100) AS INTEGER), CASE WHEN json_extract(?, "
                                    "'$.priceCeiling') IS NOT NULL THEN CAST(round(CAST("
                                    "json_extract(?, '$.priceCeiling') AS REAL) * 100) AS INTEGER) "
                                    "END"),
                     {text, text, text}, Tr::tr("reading the terms of a license"));
        if (!values)
            return values.error();
        return FeeRange{sqlv::toOptionalMoney(values->value(0)),
                        sqlv::toOptionalMoney(values->value(1))};
    }

    // The first month whose usage charge is not calls × `rate`; empty when there is none.
    Result<QString> firstChargeNotAt(qint64 licenseId, Money rate) {
        auto values = firstRow(m_chargeNotAt,
                               QStringLiteral("SELECT month FROM usage_charges WHERE license_id = "
                                              "? AND amount_cents <> (api_calls * ? + 500) / 1000 "
                                              "ORDER BY month LIMIT 1"),
                               {licenseId, sqlv::money(rate)},
                               Tr::tr("reading the usage charges of license %1").arg(licenseId));
        if (!values)
            return values.error();
        return values->value(0).toString();
    }

    // The first month with a usage charge; empty when there is none.
    Result<QString> firstChargeMonth(qint64 licenseId) {
        auto values =
            firstRow(m_firstCharge,
                     QStringLiteral("SELECT min(month) FROM usage_charges WHERE license_id = ?"),
                     {licenseId}, Tr::tr("reading the usage charges of license %1").arg(licenseId));
        if (!values)
            return values.error();
        return values->value(0).toString();
    }

private:
    // The values of the first row (none when there is no row); the statement is kept prepared.
    Result<QVariantList> firstRow(std::optional<QSqlQuery>& statement, const QString& sql,
                                  const QVariantList& values, const QString& operation) {
        if (!statement) {
            auto prepared = m_db.prepare(sql, operation);
            if (!prepared)
                return prepared.error();
            statement = std::move(prepared).value();
        }
        if (auto done = m_db.execPrepared(*statement, values, operation); !done)
            return done.error();
        QVariantList row;
        if (statement->next()) {
            const int columns = statement->record().count();
            for (int i = 0; i < columns; ++i)
                row.append(statement->value(i));
        }
        statement->finish(); // no read left open while the import writes
        return row;
    }

    Database& m_db;
    std::optional<QSqlQuery> m_feeRange;
    std::optional<QSqlQuery> m_chargeNotAt;
    std::optional<QSqlQuery> m_firstCharge;
};

// `check`: the fee lies in the price range of the license's terms snapshot.
Status checkFee(RowReader& row, const LicenseRecord& license, LicenseLookups& lookups) {
    auto range = lookups.feeRange(license.terms);
    if (!range)
        return range.error();
    if (range->floor && license.fee < *range->floor) {
        row.problem(kFee, Tr::tr("%1 is below the %2 tier's price floor of %3")
                              .arg(license.fee.toPlainString(), enumLabel(license.tier),
                                   range->floor->toPlainString()));
    } else if (range->ceiling && license.fee > *range->ceiling) {
        row.problem(kFee, Tr::tr("%1 is above the %2 tier's price ceiling of %3")
                              .arg(license.fee.toPlainString(), enumLabel(license.tier),
                                   range->ceiling->toPlainString()));
    }
    return Ok{};
}

// `check`: a license does not expire before its sale. The expiry is either in the row or, when
// the row has no expires_on column, kept from the license while sold_on moves past it.
void checkExpiry(RowReader& row, const LicenseRecord& license) {
    if (!license.expiresOn || !license.expiresOn->isValid() || *license.expiresOn >= license.soldOn)
        return;
    if (row.isBlank(kExpiresOn))
        row.problem(kSoldOn, Tr::tr("the license expires on %1, so it cannot have been sold after "
                                    "that; give a new expires_on as well")
                                 .arg(dateText(*license.expiresOn)));
    else
        row.problem(kExpiresOn,
                    Tr::tr("%1 is before the sale on %2; a license cannot expire before "
                           "it is sold")
                        .arg(dateText(*license.expiresOn), dateText(license.soldOn)));
}

// `check`: every usage charge is calls × the license's rate, and none is for a month before the
// sale. The charges are already there, so an update may change neither the rate nor the sale
// date against them. Looked up only when the row changes one of the two: a license whose charges
// already break a rule is no worse for an unchanged row.
Status checkUsage(RowReader& row, const LicenseRecord& license, const LicenseRecord& existing,
                  LicenseLookups& lookups) {
    if (license.usageRatePer1000Calls != existing.usageRatePer1000Calls) {
        auto month = lookups.firstChargeNotAt(license.id, license.usageRatePer1000Calls);
        if (!month)
            return month.error();
        const QString charged = existing.usageRatePer1000Calls.toPlainString();
        if (month->isEmpty()) {
            // no charge to contradict the new rate
        } else if (row.isBlank(kUsageRate)) { // the rate came with a move to another tier
            row.problem(kTier,
                        Tr::tr("the %1 tier charges %2 per 1,000 calls, but the license already "
                               "has usage charged at %3 per 1,000 calls (e.g. for %4); the rate "
                               "cannot change afterwards, so give usage_rate_per_1000 as %3")
                            .arg(enumLabel(license.tier),
                                 license.usageRatePer1000Calls.toPlainString(), charged, *month));
        } else {
            row.problem(kUsageRate, Tr::tr("the license already has usage charged at %1 per 1,000 "
                                           "calls (e.g. for %2); the rate cannot change afterwards")
                                        .arg(charged, *month));
        }
    }
    if (license.soldOn != existing.soldOn) {
        auto first = lookups.firstChargeMonth(license.id);
        if (!first)
            return first.error();
        if (!first->isEmpty() && *first < license.soldOn.toString(QStringLiteral("yyyy-MM")))
            row.problem(kSoldOn,
                        Tr::tr("the license already has usage charged for %1, so it cannot "
                               "have been sold after that month")
                            .arg(*first));
    }
    return Ok{};
}

Result<ImportReport> importLicenses(Database& db, const CsvFile& file, ImportReport report) {
    auto config = EconomyRepository(db).loadConfig();
    if (!config)
        return config.error();
    QHash<QString, qint64> modelIds;
    if (auto read = ModelRepository(db).forEach([&modelIds](const ModelRecord& model) {
            modelIds.insert(foldedName(model.name), model.id);
            return true;
        });
        !read)
        return read.error();
    auto buyerList = buyersById(db);
    if (!buyerList)
        return buyerList.error();
    QHash<QString, BuyerRecord> buyers;
    for (const BuyerRecord& buyer : std::as_const(*buyerList))
        buyers.insert(foldedName(buyer.name), buyer);

    LicenseRepository repository(db);
    LicenseLookups lookups(db);
    QHash<qint64, int> seenIds;
    QList<LicenseRecord> inserts;
    QList<LicenseRecord> updates;
    for (const csv::Record& record : file.rows) {
        RowReader row(record, file.header, report.problems);
        LicenseRecord license;
        std::optional<LicenseRecord> existing;
        if (auto id = row.integer(kId, 1, std::numeric_limits<qint64>::max())) {
            if (const auto it = seenIds.constFind(*id); it != seenIds.cend()) {
                row.problem(kId,
                            Tr::tr("license %1 is already on line %2").arg(*id).arg(it.value()));
            } else {
                seenIds.insert(*id, row.line());
                auto found = repository.find(*id);
                if (!found)
                    return found.error();
                existing = *found;
            }
            license.id = *id;
        }
        if (existing)
            license = *existing; // absent columns keep what the license has

        std::optional<BuyerRecord> buyer;
        if (row.require(kModel)) {
            const QString name = *row.text(kModel);
            if (const auto it = modelIds.constFind(foldedName(name)); it != modelIds.cend())
                license.modelId = it.value();
            else
                row.problem(kModel, Tr::tr("there is no model named '%1'").arg(name));
        }
        if (row.require(kBuyer)) {
            const QString name = *row.text(kBuyer);
            if (const auto it = buyers.constFind(foldedName(name)); it != buyers.cend()) {
                buyer = it.value();
                license.buyerId = buyer->id;
            } else {
                row.problem(kBuyer, Tr::tr("there is no buyer named '%1'").arg(name));
            }
        }
        std::optional<LicenseTier> tier;
        if (row.require(kTier))
            tier = row.enumeration<LicenseTier>(kTier);
        // Without a valid tier the row is rejected anyway; read the rest to report it too.
        const LicenseTier effectiveTier = tier.value_or(license.tier);
        const TierPolicy& policy = config->tier(effectiveTier);
        if (!existing || existing->tier != effectiveTier) {
            // A new sale (or a move to another tier) is made under today's policy.
            license.tier = effectiveTier;
            license.terms = policy.toJson();
            license.usageRatePer1000Calls = policy.usageRatePer1000Calls;
            license.termMonths = policy.termMonths;
            if (!existing) {
                const bool academic = buyer && buyer->type == BuyerType::Academic;
                license.use = policy.requiredUse.value_or(academic ? IntendedUse::Research
                                                                   : IntendedUse::Business);
            }
        }

        assign(row.enumeration<IntendedUse>(kIntendedUse), license.use);
        if (row.require(kSoldOn))
            assign(row.date(kSoldOn), license.soldOn);
        if (row.require(kFee))
            assign(row.money(kFee), license.fee);
        if (auto deployments = row.integer(kDeployments, 1, std::numeric_limits<int>::max()))
            license.deployments = static_cast<int>(*deployments);
        else if (row.isCleared(kDeployments))
            license.deployments.reset(); // unlimited
        assign(row.integer(kMonthlyApiCalls, 0, kMaxCount), license.monthlyApiCalls);
        assign(row.money(kUsageRate), license.usageRatePer1000Calls);
        if (auto term = row.integer(kTermMonths, 0, kMaxTermMonths))
            license.termMonths = static_cast<int>(*term);
        // No expiry given (an empty cell, or no column for a new sale): a license with a term
        // ends one term after the sale, a perpetual one never.
        if (auto expires = row.date(kExpiresOn))
            license.expiresOn = *expires;
        else if ((row.isCleared(kExpiresOn) || (!row.hasColumn(kExpiresOn) && !existing)) &&
                 license.soldOn.isValid())
            license.expiresOn =
                license.termMonths > 0
                    ? std::optional<QDate>(license.soldOn.addMonths(license.termMonths))
                    : std::nullopt;
        assign(row.enumeration<LicenseStatus>(kStatus), license.status);
        assignNullable(row, kRevokedOn, row.date(kRevokedOn), license.revokedOn);
        if (row.hasColumn(kRevokedReason))
            license.revokedReason = row.text(kRevokedReason).value_or(QString());

        if (row.hasProblems())
            continue;
        // The rules `check` applies to a license; the terms snapshot keeps its tier, as it is
        // replaced whenever the tier changes.
        if (auto done = checkFee(row, license, lookups); !done)
            return done.error();
        checkExpiry(row, license);
        if (existing) {
            if (auto done = checkUsage(row, license, *existing, lookups); !done)
                return done.error();
        }
        if (row.hasProblems())
            continue;
        if (auto valid = LicenseRepository::validate(license); !valid) {
            row.problem(licenseColumnForRule(valid.error().rule), valid.error().message);
            continue;
        }
        (existing ? updates : inserts).append(license);
    }
    if (!report.ok())
        return report;

    const QString operation = Tr::tr("importing licenses");
    Transaction transaction(db, operation);
    if (auto begun = transaction.status(); !begun)
        return begun.error();
    if (!updates.isEmpty()) {
        auto statement = db.prepare(kUpdateLicense, operation);
        if (!statement)
            return statement.error();
        for (const LicenseRecord& license : std::as_const(updates)) {
            if (auto done = db.execPrepared(*statement, licenseUpdateValues(license),
                                            Tr::tr("updating license %1").arg(license.id));
                !done)
                return done.error();
        }
    }
    if (!inserts.isEmpty()) {
        if (auto done = repository.insertMany(inserts); !done)
            return done.error();
    }
    if (auto done = transaction.commit(); !done)
        return done.error();
    report.inserted = inserts.size();
    report.updated = updates.size();
    return report;
}

Status exportLicenses(Database& db, csv::Writer& writer) {
    // The derived table keeps read()'s column order; the names come from the joins.
    auto q = db.query(QStringLiteral("SELECT l.*, m.name, b.name FROM (SELECT %1 FROM licenses) "
                                     "AS l JOIN models AS m ON m.id = l.model_id JOIN buyers AS b "
                                     "ON b.id = l.buyer_id ORDER BY l.id")
                          .arg(LicenseRepository::columns()),
                      {}, Tr::tr("reading licenses"));
    if (!q)
        return q.error();
    constexpr int kModelName = 16;
    constexpr int kBuyerName = 17;
    while (q->next()) {
        const LicenseRecord r = LicenseRepository::read(*q);
        if (auto done = writer.writeRow({
                QString::number(r.id),
                csv::neutralizeFormula(q->value(kModelName).toString()),
                csv::neutralizeFormula(q->value(kBuyerName).toString()),
                enumKey(r.tier),
                enumKey(r.use),
                dateText(r.soldOn),
                r.fee.toPlainString(),
                r.deployments ? QString::number(*r.deployments) : QString(),
                QString::number(r.monthlyApiCalls),
                r.usageRatePer1000Calls.toPlainString(),
                QString::number(r.termMonths),
                optionalDateText(r.expiresOn),
                enumKey(r.status),
                optionalDateText(r.revokedOn),
                csv::neutralizeFormula(r.revokedReason),
            });
            !done)
            return done;
    }
    return Ok{};
}

} // namespace

QString ImportProblem::toString() const {
    if (column.isEmpty())
        return Tr::tr("line %1: %2").arg(line).arg(reason);
    return Tr::tr("line %1, column %2: %3").arg(line).arg(column, reason);
}

QString ImportReport::summary() const {
    if (!ok())
        return Tr::tr("%n problem(s); nothing was imported", nullptr,
                      static_cast<int>(problems.size()));
    return Tr::tr("%1 added, %2 updated").arg(inserted).arg(updated);
}

namespace exchange {

QStringList csvColumns(ExchangeTable table) {
    switch (table) {
    case ExchangeTable::Catalog:
        return {kName,       kArchitecture, kSizeClass,    kParameters,     kDatasetTokens,
                kStatus,     kPerformance,  kAccuracy,     kEfficiency,     kComposite,
                kBenchmarks, kTrainingCost, kTrainingDays, kResearchPoints, kCreatedOn};
    case ExchangeTable::Buyers:
        return {kName, kType, kSize, kBudget};
    case ExchangeTable::Licenses:
        return {kId,     kModel,       kBuyer,           kTier,      kIntendedUse, kSoldOn,
                kFee,    kDeployments, kMonthlyApiCalls, kUsageRate, kTermMonths,  kExpiresOn,
                kStatus, kRevokedOn,   kRevokedReason};
    }
    return {};
}

Result<ImportReport> importCsv(Database& db, ExchangeTable table, const QByteArray& csvUtf8) {
    if (csvUtf8.size() > kMaxImportBytes)
        return makeError(Tr::tr("the file is larger than the %1 MB an import accepts")
                             .arg(kMaxImportBytes / (1024 * 1024)),
                         {}, QString(csv::kRuleInputTooLarge));
    ImportReport report;
    const std::optional<CsvFile> file = readFile(table, csvUtf8, report);
    if (!file)
        return report;
    switch (table) {
    case ExchangeTable::Catalog:
        return importCatalog(db, *file, std::move(report));
    case ExchangeTable::Buyers:
        return importBuyers(db, *file, std::move(report));
    case ExchangeTable::Licenses:
        return importLicenses(db, *file, std::move(report));
    }
    return report;
}

Result<ImportReport> importCsvFile(Database& db, ExchangeTable table, const QString& path) {
    auto bytes = readImportFile(path);
    if (!bytes)
        return bytes.error();
    return importCsv(db, table, *bytes);
}

Status exportCsv(Database& db, ExchangeTable table, QIODevice& out) {
    csv::Writer writer(&out);
    if (auto done = writer.writeRow(csvColumns(table)); !done)
        return done;
    Status written = Ok{};
    switch (table) {
    case ExchangeTable::Catalog:
        written = exportCatalog(db, writer);
        break;
    case ExchangeTable::Buyers:
        written = exportBuyers(db, writer);
        break;
    case ExchangeTable::Licenses:
        written = exportLicenses(db, writer);
        break;
    }
    if (!written)
        return written;
    return writer.finish();
}

} // namespace exchange

} // namespace mm
