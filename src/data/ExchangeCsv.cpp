// CSV import and export of the catalog (models), buyers and licenses; see Exchange.h.
//
// Import streams: the file is read in slices, and each row is checked against the domain rules
// (those `modelmarket check` enforces included) and written at once, all inside one transaction.
// Every problem is collected with its physical line and column, and if there is any the
// transaction is rolled back, so only a file without problems is written. Export writes the same
// columns, so export → import → export gives the same bytes.

#include "core/CountText.h"
#include "core/EconomyConfig.h"
#include "data/BuyerRepository.h"
#include "data/Csv.h"
#include "data/Database.h"
#include "data/DeferredIndexes.h"
#include "data/EconomyRepository.h"
#include "data/Exchange.h"
#include "data/LicenseRepository.h"
#include "data/ModelRepository.h"
#include "data/SqlValues.h"
#include "data/SqliteStatement.h"
#include "data/Transaction.h"

#include <QBuffer>
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
#include <array>
#include <cmath>
#include <cstring>
#include <limits>
#include <memory>
#include <optional>
#include <vector>

namespace mm {

namespace {

// Names are unique whatever their case, and a row names an existing model or buyer in any case:
// SQLite's columns compare without case (COLLATE NOCASE), a server's need mm_nocase on both sides.
QString nameMatches(const Database& db) {
    return db.dialect().nocaseEquals(QStringLiteral("name"));
}

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

using sqlv::foldedName;

QString realText(double value) {
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
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

// Maps the header row; nothing when the report already says why not.
std::optional<csv::HeaderMap> mapColumns(ExchangeTable table, const csv::Record& header,
                                         ImportReport& report) {
    csv::HeaderMap columns =
        csv::mapHeader(header.fields, exchange::csvColumns(table), requiredColumns(table));
    report.unknownColumns = columns.unknown;
    if (!columns.missing.isEmpty()) {
        report.problems.append(
            ImportProblem{header.line, columns.missing.join(QStringLiteral(", ")),
                          Tr::tr("the header lacks the required column(s) %1; expected columns: %2",
                                 nullptr, static_cast<int>(columns.missing.size()))
                              .arg(columns.missing.join(QStringLiteral(", ")),
                                   exchange::csvColumns(table).join(QStringLiteral(", ")))});
    }
    for (const QString& name : std::as_const(columns.duplicate)) {
        report.problems.append(
            ImportProblem{header.line, name, Tr::tr("the column appears more than once")});
    }
    if (!report.ok())
        return std::nullopt;
    return columns;
}

// The rows of one table, checked and written one at a time inside the import's transaction as
// they are read (importStream below). A bad row is not written, and once any row was bad the
// transaction is rolled back at the end: the file is imported whole or not at all.
class TableImport {
public:
    virtual ~TableImport() = default;
    // Before the first row, inside the transaction; `estimatedRows` is how many the file holds.
    virtual Status begin(qint64 estimatedRows) = 0;
    // Checks one row (bad cells add problems to the report) and writes it when it is good.
    // Fails only when the database does.
    virtual Status row(RowReader& row) = 0;
    // After the last row when no row was bad, before the commit.
    virtual Status finish() { return Ok{}; }
    // False once begin() deferred the table's indexes: rows then go in id order and need no
    // bulk page cache, which would only make memory grow with the file.
    virtual bool writesIndexesRowByRow() const { return true; }

    qint64 inserted = 0;
    qint64 updated = 0;
};

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
// Which earlier row of this import named a record: a file naming one record twice is ambiguous
// (which row wins?). The rows already written are found through the table's name index: ids
// from firstNewId on were inserted by this import (their lines are kept in id order, four bytes
// a row), and the lines of updated records are kept by id. Rejected rows are not written, so
// their names are kept; they are few, and each already has a problem in the report.
class EarlierRows {
public:
    void start(qint64 firstNewId) { m_firstNewId = firstNewId; }
    qint64 nextId() const { return m_firstNewId + static_cast<qint64>(m_insertedLines.size()); }

    // The line that wrote record `id` in this import, or 0 when it was there before.
    int lineOfWritten(qint64 id) const {
        if (id >= m_firstNewId) {
            const auto index = static_cast<std::size_t>(id - m_firstNewId);
            return index < m_insertedLines.size() ? m_insertedLines[index] : 0;
        }
        return m_updatedLines.value(id, 0);
    }
    int lineOfRejected(const QString& name) const {
        return m_rejectedLines.value(foldedName(name), 0);
    }

    void inserted(int line) { m_insertedLines.push_back(line); }
    void updated(qint64 id, int line) { m_updatedLines.insert(id, line); }
    void rejected(const QString& name, int line) { m_rejectedLines.insert(foldedName(name), line); }

    static void reportRepeat(RowReader& row, const QString& column, const QString& name,
                             int earlierLine) {
        row.problem(column,
                    Tr::tr("'%1' is already on line %2").arg(name, QString::number(earlierLine)));
    }

private:
    qint64 m_firstNewId = 1;
    std::vector<int> m_insertedLines;
    QHash<qint64, int> m_updatedLines;
    QHash<QString, int> m_rejectedLines;
};

// One prepared query whose first row, if any, is handed to `read`; the statement is finished
// at once, so no read stays open while the import writes (or rebuilds indexes).
class Lookup {
public:
    Lookup(Database& db, QString sql)
        : m_db(db)
        , m_sql(std::move(sql)) {}

    template <typename Read>
    Result<bool> find(const QVariantList& values, const QString& operation, Read&& read) {
        if (!m_statement) {
            auto prepared = m_db.prepare(m_sql, operation);
            if (!prepared)
                return prepared.error();
            m_statement = std::move(prepared).value();
        }
        if (auto done = m_db.execPrepared(*m_statement, values, operation); !done)
            return done.error();
        const bool found = m_statement->next();
        if (found)
            read(*m_statement);
        m_statement->finish();
        return found;
    }

private:
    Database& m_db;
    QString m_sql;
    std::optional<QSqlQuery> m_statement;
};

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

class CatalogImport final : public TableImport {
public:
    explicit CatalogImport(Database& db)
        : m_db(db)
        , m_writer(db)
        , m_byName(db, QStringLiteral("SELECT %1 FROM models WHERE %2")
                           .arg(ModelRepository::columns(), nameMatches(db)))
        , m_listed(db, QStringLiteral("SELECT 1 FROM listings WHERE model_id = ? LIMIT 1")) {}

    Status begin(qint64 estimatedRows) override {
        m_lookupOperation = Tr::tr("reading the catalog");
        auto today = EconomyRepository(m_db).gameDate();
        if (!today)
            return today.error();
        m_today = *today;
        auto extent =
            m_db.query(QStringLiteral("SELECT count(*), coalesce(max(id), 0) FROM models"), {},
                       m_lookupOperation);
        if (!extent)
            return extent.error();
        if (!extent->next())
            return makeError(m_lookupOperation, {}, QStringLiteral("db.other"));
        const qint64 existing = extent->value(0).toLongLong();
        // New models get the ids SQLite would give them (one past the largest), in file order.
        m_rows.start(extent->value(1).toLongLong() + 1);
        extent->finish();
        if (DeferredIndexes::worthwhile(estimatedRows, existing)) {
            auto deferred = DeferredIndexes::drop(m_db, QStringLiteral("models"));
            if (!deferred)
                return deferred.error();
            m_deferred = std::move(deferred).value();
        }
        return Ok{};
    }

    bool writesIndexesRowByRow() const override { return !m_deferred; }

    Status row(RowReader& row) override {
        ModelRecord model;
        model.createdOn = m_today;
        bool update = false;
        QString name;
        readName(row, kName, name);
        bool firstMention = !name.isEmpty();
        if (firstMention) {
            if (const int line = m_rows.lineOfRejected(name)) {
                EarlierRows::reportRepeat(row, kName, name, line);
                firstMention = false;
            } else {
                auto found = m_byName.find({name}, m_lookupOperation, [&](const QSqlQuery& q) {
                    model = ModelRepository::read(q); // absent columns keep what it has
                });
                if (!found)
                    return found.error();
                if (*found) {
                    if (const int earlier = m_rows.lineOfWritten(model.id)) {
                        EarlierRows::reportRepeat(row, kName, name, earlier);
                        firstMention = false;
                    }
                    update = true;
                }
            }
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

        if (auto done = check(row, model, update); !done)
            return done;
        if (row.hasProblems()) {
            if (firstMention)
                m_rows.rejected(name, row.line());
            return Ok{};
        }
        if (update) {
            if (auto done = m_writer.update(model); !done)
                return done;
            m_rows.updated(model.id, row.line());
            ++updated;
        } else {
            model.id = m_rows.nextId();
            if (auto done = m_writer.insert(model); !done)
                return done;
            m_rows.inserted(row.line());
            ++inserted;
        }
        return Ok{};
    }

    Status finish() override { return m_deferred ? m_deferred->rebuild() : Status(Ok{}); }

private:
    // The rules ModelRepository and `modelmarket check` apply to a model, on a row whose cells
    // were good.
    Status check(RowReader& row, const ModelRecord& model, bool update) {
        if (row.hasProblems())
            return Ok{};
        if (auto valid = ModelRepository::validate(model); !valid) {
            const QString& rule = valid.error().rule;
            // A trained model without metrics: the columns are the metrics it lacks.
            row.problem(rule == QLatin1String("model-metrics-required")
                            ? ModelRepository::missingMetrics(model).join(QStringLiteral(", "))
                            : modelColumnForRule(rule),
                        valid.error().message);
            return Ok{};
        }
        // `modelmarket check` reports listings of untrained models: an update must not untrain
        // a model that is offered for sale.
        if (!isTrained(model.status) && update) {
            auto listed = m_listed.find({model.id}, m_lookupOperation, [](const QSqlQuery&) {});
            if (!listed)
                return listed.error();
            if (*listed)
                row.problem(kStatus, Tr::tr("the model is listed for sale, so it cannot become %1; "
                                            "unlist it first")
                                         .arg(enumKey(model.status)));
        }
        return Ok{};
    }

    Database& m_db;
    ModelRepository::Writer m_writer;
    Lookup m_byName;
    Lookup m_listed;
    QString m_lookupOperation;
    QDate m_today;
    EarlierRows m_rows;
    std::optional<DeferredIndexes> m_deferred;
};

Error exportCancelled() {
    return makeError(Tr::tr("the export was cancelled"), {}, QStringLiteral("cancelled"));
}

// Progress of an export in id order: the share is the last id written over the largest id.
class ExportProgress {
public:
    ExportProgress(Database& db, const QString& table, const exchange::Progress& progress)
        : m_progress(progress) {
        if (!m_progress)
            return;
        // The table name is one of ours; identifiers cannot be bound.
        auto q = db.query(QStringLiteral("SELECT max(id) FROM %1").arg(table), {},
                          QStringLiteral("measuring the export of %1").arg(table));
        if (q && q->next())
            m_lastId = std::max<qint64>(1, q->value(0).toLongLong());
    }

    // False once the user cancelled.
    bool report(qint64 id) {
        if (!m_progress || ++m_rows % 4096 != 0)
            return true;
        return m_progress(std::min(1.0, static_cast<double>(id) / static_cast<double>(m_lastId)));
    }

private:
    const exchange::Progress& m_progress;
    qint64 m_lastId = 1;
    qint64 m_rows = 0;
};

// The catalog's numbers as realText() writes them. Catalog values repeat a lot (metrics have one
// decimal), so the texts are kept: formatting doubles is most of an export's time otherwise.
class RealTexts {
public:
    const QByteArray& text(double value) {
        quint64 bits = 0;
        std::memcpy(&bits, &value, sizeof bits);
        if (const auto it = m_texts.constFind(bits); it != m_texts.cend())
            return it.value();
        if (m_texts.size() >= kMaxKept)
            m_texts.clear();
        return *m_texts.insert(bits, realText(value).toUtf8());
    }

private:
    static constexpr qsizetype kMaxKept = 1 << 16;
    QHash<quint64, QByteArray> m_texts;
};

void appendMoney(QByteArray& out, qint64 cents) {
    // Money::toPlainString, without the QString.
    const bool negative = cents < 0;
    const quint64 magnitude =
        negative ? 0 - static_cast<quint64>(cents) : static_cast<quint64>(cents);
    if (negative)
        out += '-';
    out += QByteArray::number(magnitude / 100);
    out += '.';
    const auto hundredths = static_cast<char>(magnitude % 100);
    out += static_cast<char>('0' + hundredths / 10);
    out += static_cast<char>('0' + hundredths % 10);
}

// The catalog's rows on a server, read through QtSql with the accessors SqliteStatement has, so
// one loop writes the export from either engine.
class ServerRows {
public:
    explicit ServerRows(QSqlQuery query)
        : m_query(std::move(query)) {}
    Result<bool> next() {
        if (!m_query.next())
            return false;
        for (int column = 0; column < kColumns; ++column)
            m_texts[column] = m_query.value(column).toString().toUtf8();
        return true;
    }
    bool isNull(int column) const { return m_query.isNull(column); }
    qint64 int64(int column) const { return m_query.value(column).toLongLong(); }
    double real(int column) const { return m_query.value(column).toDouble(); }
    QByteArrayView text(int column) const { return m_texts[column]; }

private:
    static constexpr int kColumns = 16;
    QSqlQuery m_query;
    std::array<QByteArray, kColumns> m_texts;
};

const QString kCatalogExportSql =
    QStringLiteral("SELECT name, architecture, size_class, parameters, dataset_tokens, status, "
                   "performance, accuracy, efficiency, composite, benchmarks, "
                   "training_cost_cents, training_days, research_points, created_on, id "
                   "FROM models ORDER BY id");

// Reads the columns straight from the query into one reused buffer, written to the device in
// large blocks: no record, no list of strings per row. The stored text of keys and dates is what
// the export writes (CHECK constraints hold them to that form).
template <typename Rows>
Status writeCatalogRows(Rows* q, csv::Writer& writer, ExportProgress& exportProgress) {
    constexpr qsizetype kBlockBytes = 1024 * 1024;
    QByteArray block;
    block.reserve(kBlockBytes + 64 * 1024);
    QByteArray name;
    qsizetype rowsInBlock = 0;
    RealTexts reals;
    const auto optionalReal = [&](int column) {
        block += ',';
        if (!q->isNull(column))
            block += reals.text(q->real(column));
    };
    const auto text = [&](int column) { csv::appendField(block, q->text(column), false); };
    const auto integer = [&](int column) {
        block += ',';
        block += QByteArray::number(q->int64(column));
    };
    for (;;) {
        auto row = q->next();
        if (!row)
            return row.error();
        if (!*row)
            break;
        if (!exportProgress.report(q->int64(15)))
            return exportCancelled();
        name.clear();
        csv::appendNeutralized(name, q->text(0));
        csv::appendField(block, name, true);
        text(1);
        text(2);
        integer(3);
        integer(4);
        text(5);
        for (int column = 6; column <= 9; ++column)
            optionalReal(column);
        const QByteArrayView benchmarks = q->text(10);
        if (benchmarks == "{}") {
            block += ',';
        } else if (!benchmarks.contains(' ') && !benchmarks.contains('\n')) {
            // Every writer stores benchmarksText's compact form, which reads back unchanged.
            csv::appendField(block, benchmarks, false);
        } else { // written by hand with some other tool: the canonical form
            csv::appendField(block,
                             benchmarksText(sqlv::toScores(QString::fromUtf8(benchmarks))).toUtf8(),
                             false);
        }
        block += ',';
        appendMoney(block, q->int64(11));
        block += ',';
        block += reals.text(q->real(12));
        integer(13);
        text(14);
        block += "\r\n";
        if (++rowsInBlock, block.size() >= kBlockBytes) {
            if (auto done = writer.writeFormatted(block, rowsInBlock); !done)
                return done;
            block.clear();
            rowsInBlock = 0;
        }
    }
    return writer.writeFormatted(block, rowsInBlock);
}

Status exportCatalog(Database& db, csv::Writer& writer, const exchange::Progress& progress) {
    ExportProgress exportProgress(db, QStringLiteral("models"), progress);
    if (db.isServer()) {
        // A server has no SQLite statement API; the rows come through QtSql.
        auto q = db.query(kCatalogExportSql, {}, Tr::tr("reading the catalog"));
        if (!q)
            return q.error();
        q->setForwardOnly(true);
        ServerRows rows(std::move(q).value());
        return writeCatalogRows(&rows, writer, exportProgress);
    }
    auto q = SqliteStatement::prepare(db, kCatalogExportSql, Tr::tr("reading the catalog"));
    if (!q)
        return q.error();
    return writeCatalogRows(&*q, writer, exportProgress);
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

class BuyerImport final : public TableImport {
public:
    explicit BuyerImport(Database& db)
        : m_db(db)
        , m_byName(db, QStringLiteral("SELECT id, name, type, size, budget_cents, revision FROM "
                                      "buyers WHERE %1")
                           .arg(nameMatches(db))) {}

    Status begin(qint64) override {
        m_lookupOperation = Tr::tr("reading buyers");
        auto last = m_db.query(QStringLiteral("SELECT coalesce(max(id), 0) FROM buyers"), {},
                               m_lookupOperation);
        if (!last)
            return last.error();
        m_rows.start((last->next() ? last->value(0).toLongLong() : 0) + 1);
        return Ok{};
    }

    Status row(RowReader& row) override {
        BuyerRecord buyer;
        bool update = false;
        QString name;
        readName(row, kName, name);
        bool firstMention = !name.isEmpty();
        if (firstMention) {
            if (const int line = m_rows.lineOfRejected(name)) {
                EarlierRows::reportRepeat(row, kName, name, line);
                firstMention = false;
            } else {
                auto found = m_byName.find({name}, m_lookupOperation, [&](const QSqlQuery& q) {
                    buyer = BuyerRepository::read(q);
                });
                if (!found)
                    return found.error();
                if (*found) {
                    if (const int earlier = m_rows.lineOfWritten(buyer.id)) {
                        EarlierRows::reportRepeat(row, kName, name, earlier);
                        firstMention = false;
                    }
                    update = true;
                }
            }
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

        if (!row.hasProblems()) {
            if (auto valid = BuyerRepository::validate(buyer); !valid)
                row.problem(buyerColumnForRule(valid.error().rule), valid.error().message);
        }
        if (row.hasProblems()) {
            if (firstMention)
                m_rows.rejected(name, row.line());
            return Ok{};
        }
        BuyerRepository repository(m_db);
        if (update) {
            if (auto done = repository.update(buyer); !done)
                return done;
            m_rows.updated(buyer.id, row.line());
            ++updated;
        } else {
            buyer.id = m_rows.nextId();
            if (auto done = repository.insert(buyer); !done)
                return done;
            m_rows.inserted(row.line());
            ++inserted;
        }
        return Ok{};
    }

private:
    Database& m_db;
    Lookup m_byName;
    QString m_lookupOperation;
    EarlierRows m_rows;
};

Status exportBuyers(Database& db, csv::Writer& writer, const exchange::Progress& progress) {
    ExportProgress exportProgress(db, QStringLiteral("buyers"), progress);
    auto buyers = buyersById(db);
    if (!buyers)
        return buyers.error();
    for (const BuyerRecord& b : std::as_const(*buyers)) {
        if (!exportProgress.report(b.id))
            return exportCancelled();
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
    // exactly; any other (an economy import stores any object) is read by the database with the
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
        // A missing key reads as NULL on both engines.
        const SqlDialect& dialect = m_db.dialect();
        auto values = firstRow(
            m_feeRange,
            QStringLiteral("SELECT %1, %2")
                .arg(dialect.jsonCents(QStringLiteral("?"), QStringLiteral("priceFloor")),
                     dialect.jsonCents(QStringLiteral("?"), QStringLiteral("priceCeiling"))),
            {text, text}, Tr::tr("reading the terms of a license"));
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

class LicenseImport final : public TableImport {
public:
    explicit LicenseImport(Database& db)
        : m_db(db)
        , m_lookups(db)
        , m_modelByName(db, QStringLiteral("SELECT id FROM models WHERE %1").arg(nameMatches(db)))
        , m_buyerByName(db, QStringLiteral("SELECT id, name, type, size, budget_cents, revision "
                                           "FROM buyers WHERE %1")
                                .arg(nameMatches(db))) {}

    Status begin(qint64) override {
        m_operation = Tr::tr("importing licenses");
        auto config = EconomyRepository(m_db).loadConfig();
        if (!config)
            return config.error();
        m_config = std::move(config).value();
        auto statement = m_db.prepare(kUpdateLicense, m_operation);
        if (!statement)
            return statement.error();
        m_update = std::move(statement).value();
        return Ok{};
    }

    Status row(RowReader& row) override {
        LicenseRepository repository(m_db);
        LicenseRecord license;
        std::optional<LicenseRecord> existing;
        if (auto id = row.integer(kId, 1, std::numeric_limits<qint64>::max())) {
            if (const auto it = m_seenIds.constFind(*id); it != m_seenIds.cend()) {
                row.problem(kId,
                            Tr::tr("license %1 is already on line %2").arg(*id).arg(it.value()));
            } else {
                m_seenIds.insert(*id, row.line());
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
            auto found = m_modelByName.find({name}, m_operation, [&](const QSqlQuery& q) {
                license.modelId = q.value(0).toLongLong();
            });
            if (!found)
                return found.error();
            if (!*found)
                row.problem(kModel, Tr::tr("there is no model named '%1'").arg(name));
        }
        if (row.require(kBuyer)) {
            const QString name = *row.text(kBuyer);
            auto found = m_buyerByName.find({name}, m_operation, [&](const QSqlQuery& q) {
                buyer = BuyerRepository::read(q);
                license.buyerId = buyer->id;
            });
            if (!found)
                return found.error();
            if (!*found)
                row.problem(kBuyer, Tr::tr("there is no buyer named '%1'").arg(name));
        }
        std::optional<LicenseTier> tier;
        if (row.require(kTier))
            tier = row.enumeration<LicenseTier>(kTier);
        // Without a valid tier the row is rejected anyway; read the rest to report it too.
        const LicenseTier effectiveTier = tier.value_or(license.tier);
        const TierPolicy& policy = m_config.tier(effectiveTier);
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
            return Ok{};
        // The rules `check` applies to a license; the terms snapshot keeps its tier, as it is
        // replaced whenever the tier changes.
        if (auto done = checkFee(row, license, m_lookups); !done)
            return done.error();
        checkExpiry(row, license);
        if (existing) {
            if (auto done = checkUsage(row, license, *existing, m_lookups); !done)
                return done.error();
        }
        if (row.hasProblems())
            return Ok{};
        if (auto valid = LicenseRepository::validate(license); !valid) {
            row.problem(licenseColumnForRule(valid.error().rule), valid.error().message);
            return Ok{};
        }
        if (existing) {
            if (auto done = m_db.execPrepared(*m_update, licenseUpdateValues(license),
                                              Tr::tr("updating license %1").arg(license.id));
                !done)
                return done.error();
            ++updated;
            return Ok{};
        }
        // New licenses go in batches: LicenseRepository writes each distinct terms snapshot once.
        m_inserts.append(license);
        if (m_inserts.size() >= kInsertBatch)
            return flush();
        return Ok{};
    }

    Status finish() override { return flush(); }

private:
    static constexpr qsizetype kInsertBatch = 2'000;

    Status flush() {
        if (m_inserts.isEmpty())
            return Ok{};
        if (auto done = LicenseRepository(m_db).insertMany(m_inserts); !done)
            return done;
        inserted += m_inserts.size();
        m_inserts.clear();
        return Ok{};
    }

    Database& m_db;
    LicenseLookups m_lookups;
    Lookup m_modelByName;
    Lookup m_buyerByName;
    QString m_operation;
    EconomyConfig m_config;
    std::optional<QSqlQuery> m_update;
    // Ids given in the file and their lines: unlike names, ids of licenses updated earlier in
    // the file cannot be told apart from untouched ones in the table.
    QHash<qint64, int> m_seenIds;
    QList<LicenseRecord> m_inserts;
};

Status exportLicenses(Database& db, csv::Writer& writer, const exchange::Progress& progress) {
    ExportProgress exportProgress(db, QStringLiteral("licenses"), progress);
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
        if (!exportProgress.report(r.id))
            return exportCancelled();
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

QString importOperation(ExchangeTable table) {
    switch (table) {
    case ExchangeTable::Catalog:
        return Tr::tr("importing the catalog");
    case ExchangeTable::Buyers:
        return Tr::tr("importing buyers");
    case ExchangeTable::Licenses:
        return Tr::tr("importing licenses");
    }
    return {};
}

Error importCancelled() {
    return makeError(Tr::tr("the import was cancelled; nothing was written"), {},
                     QStringLiteral("cancelled"));
}

std::unique_ptr<TableImport> makeImport(Database& db, ExchangeTable table) {
    switch (table) {
    case ExchangeTable::Catalog:
        return std::make_unique<CatalogImport>(db);
    case ExchangeTable::Buyers:
        return std::make_unique<BuyerImport>(db);
    case ExchangeTable::Licenses:
        return std::make_unique<LicenseImport>(db);
    }
    return nullptr;
}

// Errors of the input itself rather than of a row: they fail the import as a whole.
bool failsTheImport(const Error& error) {
    return error.rule == QLatin1String("import-read") || error.rule == csv::kRuleInputTooLarge;
}

// Reads `in` slice by slice (csv::StreamReader) and checks and writes each row as it comes, in one
// transaction: memory holds one slice, not the file, its rows or the table. Every problem is
// listed; if there is any, the transaction is rolled back at the end and nothing is written.
Result<ImportReport> importStream(Database& db, ExchangeTable table, QIODevice& in,
                                  qint64 inputBytes, const exchange::Progress& progress) {
    ImportReport report;
    csv::Limits limits;
    limits.maxInputBytes = exchange::kMaxImportBytes;
    csv::StreamReader reader(&in, u',', limits);
    // Ends the rows at a broken spot of the file: what comes after cannot be read reliably.
    const auto brokenFile = [&report](const Error& error) {
        report.problems.append(ImportProblem{lineOf(error), QString(), error.message});
    };

    QList<csv::Record> records;
    while (records.isEmpty() && !reader.atEnd()) {
        auto slice = reader.next();
        if (!slice) {
            if (failsTheImport(slice.error()))
                return slice.error();
            brokenFile(slice.error());
            return report;
        }
        records = std::move(slice).value();
    }
    if (records.isEmpty()) {
        report.problems.append(ImportProblem{1, QString(), Tr::tr("the file is empty")});
        return report;
    }
    const csv::Record header = records.takeFirst();
    const std::optional<csv::HeaderMap> columns = mapColumns(table, header, report);
    if (!columns)
        return report;
    // The first slice tells how long rows are, and so about how many the file holds.
    const qint64 estimatedRows =
        records.isEmpty()
            ? 0
            : static_cast<qint64>(static_cast<double>(records.size()) *
                                  static_cast<double>(inputBytes) /
                                  static_cast<double>(std::max<qint64>(1, reader.bytesRead())));

    Transaction transaction(db, importOperation(table));
    if (auto begun = transaction.status(); !begun)
        return begun.error();
    const std::unique_ptr<TableImport> import = makeImport(db, table);
    if (auto done = import->begin(estimatedRows); !done)
        return done.error();
    std::optional<Database::BulkWork> bulkCache;
    if (import->writesIndexesRowByRow())
        bulkCache.emplace(db);
    for (;;) {
        for (const csv::Record& record : std::as_const(records)) {
            RowReader row(record, *columns, report.problems);
            if (auto done = import->row(row); !done)
                return done.error();
        }
        if (progress && !progress(inputBytes > 0 ? std::min(1.0, double(reader.bytesRead()) /
                                                                     double(inputBytes))
                                                 : 1.0))
            return importCancelled();
        if (reader.atEnd())
            break;
        auto slice = reader.next();
        if (!slice) {
            if (failsTheImport(slice.error()))
                return slice.error();
            brokenFile(slice.error());
            break;
        }
        records = std::move(slice).value();
    }
    if (!report.ok()) {
        transaction.rollback();
        return report;
    }
    if (auto done = import->finish(); !done)
        return done.error();
    if (auto done = transaction.commit(); !done)
        return done.error();
    report.inserted = import->inserted;
    report.updated = import->updated;
    return report;
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

Result<ImportReport> importCsv(Database& db, ExchangeTable table, const QByteArray& csvUtf8,
                               const Progress& progress) {
    if (csvUtf8.size() > kMaxImportBytes)
        return makeError(Tr::tr("the file is larger than the %1 MB an import accepts")
                             .arg(kMaxImportBytes / (1024 * 1024)),
                         {}, QString(csv::kRuleInputTooLarge));
    QBuffer buffer;
    buffer.setData(csvUtf8);
    buffer.open(QIODevice::ReadOnly);
    return importStream(db, table, buffer, csvUtf8.size(), progress);
}

Result<ImportReport> importCsvFile(Database& db, ExchangeTable table, const QString& path,
                                   const Progress& progress) {
    auto file = openImportFile(path);
    if (!file)
        return file.error();
    return importStream(db, table, **file, (*file)->size(), progress);
}

Status exportCsv(Database& db, ExchangeTable table, QIODevice& out, const Progress& progress) {
    // No bulk-sized page cache: a scan in id order reads each page once, and a bigger cache would
    // only hold pages that are never read again.
    csv::Writer writer(&out);
    if (auto done = writer.writeRow(csvColumns(table)); !done)
        return done;
    Status written = Ok{};
    switch (table) {
    case ExchangeTable::Catalog:
        written = exportCatalog(db, writer, progress);
        break;
    case ExchangeTable::Buyers:
        written = exportBuyers(db, writer, progress);
        break;
    case ExchangeTable::Licenses:
        written = exportLicenses(db, writer, progress);
        break;
    }
    if (!written)
        return written;
    return writer.finish();
}

} // namespace exchange

} // namespace mm
