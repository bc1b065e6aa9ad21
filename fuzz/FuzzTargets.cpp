#include "FuzzTargets.h"

#include "core/EconomyConfig.h"
#include "data/BuyerRepository.h"
#include "data/Csv.h"
#include "data/Database.h"
#include "data/EconomyRepository.h"
#include "data/Exchange.h"
#include "data/IntegrityCheck.h"
#include "data/LicenseRepository.h"
#include "data/MarketplaceService.h"
#include "data/ModelRepository.h"
#include "data/Transaction.h"
#include "models/CatalogColumns.h"
#include "models/CatalogModel.h"

#include <QBuffer>
#include <QByteArray>
#include <QStringList>
#include <cmath>
#include <cstring>
#include <memory>

namespace mm::fuzz {

namespace {

using namespace Qt::StringLiterals;

// Small limits make the limit checks reachable with the short inputs a fuzzer generates.
csv::Limits smallLimits() {
    csv::Limits limits;
    limits.maxInputBytes = 1 << 20;
    limits.maxFieldChars = 16;
    limits.maxColumns = 8;
    limits.maxRecords = 16;
    return limits;
}

QString describe(const Error& error) {
    return u"%1 [rule %2, where '%3']"_s.arg(error.message, error.rule, error.where);
}

// A refusal of csv::parse/parseText: a message, a csv.* rule and, for problems inside the data,
// the place ("line L" or "line L, column C").
QString csvErrorProblem(const Error& error) {
    if (error.message.trimmed().isEmpty())
        return u"an error without a message: "_s + describe(error);
    if (!error.rule.startsWith(u"csv."_s))
        return u"an error without a csv.* rule: "_s + describe(error);
    const bool aboutWholeInput =
        error.rule == csv::kRuleInputTooLarge || error.rule == csv::kRuleBadDelimiter;
    if (!aboutWholeInput && !error.where.startsWith(u"line "_s))
        return u"an error that does not say where: "_s + describe(error);
    return {};
}

// What a successful parse promises: limits kept, lines counted forward, at least one field.
QString recordsProblem(const QList<csv::Record>& records, const csv::Limits& limits) {
    if (records.size() > limits.maxRecords)
        return u"%1 records, over the limit of %2"_s.arg(records.size()).arg(limits.maxRecords);
    int lastLine = 0;
    for (const csv::Record& record : records) {
        if (record.line <= lastLine)
            return u"record lines do not increase (%1 after %2)"_s.arg(record.line).arg(lastLine);
        lastLine = record.line;
        if (record.fields.isEmpty())
            return u"a record without fields on line %1"_s.arg(record.line);
        if (record.fields.size() > limits.maxColumns)
            return u"%1 fields on line %2, over the limit of %3"_s.arg(record.fields.size())
                .arg(record.line)
                .arg(limits.maxColumns);
        for (const QString& field : record.fields) {
            if (field.size() > limits.maxFieldChars)
                return u"a field of %1 characters on line %2, over the limit of %3"_s
                    .arg(field.size())
                    .arg(record.line)
                    .arg(limits.maxFieldChars);
        }
    }
    return {};
}

QList<QStringList> fieldsOf(const QList<csv::Record>& records) {
    QList<QStringList> rows;
    rows.reserve(records.size());
    for (const csv::Record& record : records)
        rows.append(record.fields);
    return rows;
}

QString formatted(const QList<QStringList>& rows, QChar delimiter) {
    QString text;
    for (const QStringList& row : rows)
        text += csv::formatRow(row, delimiter) + csv::lineTerminator(delimiter);
    return text;
}

QString delimiterName(QChar delimiter) {
    return delimiter == u'\t' ? u"TAB"_s : QString(delimiter);
}

// Whatever was read must read back the same after writing it (what export -> import relies on).
QString roundTripProblem(const QList<csv::Record>& records, QChar delimiter, bool decoded) {
    const QList<QStringList> rows = fieldsOf(records);
    const QString text = formatted(rows, delimiter);
    const QByteArray utf8 = text.toUtf8();
    auto again = decoded ? csv::parseText(text, delimiter) : csv::parse(utf8, delimiter);
    if (!again)
        return u"the written form of a parsed input does not parse (%1): %2"_s.arg(
            delimiterName(delimiter), describe(again.error()));
    if (fieldsOf(*again) != rows)
        return u"the written form of a parsed input reads back differently (%1)"_s.arg(
            delimiterName(delimiter));
    return {};
}

QString sameResults(const Result<QList<csv::Record>>& bytes, const Result<QList<csv::Record>>& text,
                    QChar delimiter) {
    if (bytes.ok() != text.ok())
        return u"parse and parseText disagree on valid UTF-8 (%1): %2 vs %3"_s.arg(
            delimiterName(delimiter), bytes ? u"accepted"_s : describe(bytes.error()),
            text ? u"accepted"_s : describe(text.error()));
    if (!bytes) {
        if (bytes.error().rule != text.error().rule || bytes.error().where != text.error().where)
            return u"parse and parseText refuse valid UTF-8 differently (%1): %2 vs %3"_s.arg(
                delimiterName(delimiter), describe(bytes.error()), describe(text.error()));
        return {};
    }
    if (bytes->size() != text->size())
        return u"parse and parseText read different record counts (%1)"_s.arg(
            delimiterName(delimiter));
    for (qsizetype i = 0; i < bytes->size(); ++i) {
        if (bytes->at(i).line != text->at(i).line || bytes->at(i).fields != text->at(i).fields)
            return u"parse and parseText read record %1 differently (%2)"_s.arg(i).arg(
                delimiterName(delimiter));
    }
    return {};
}

QString checkParse(const Result<QList<csv::Record>>& parsed, const csv::Limits& limits,
                   QChar delimiter, bool decoded) {
    if (!parsed)
        return csvErrorProblem(parsed.error());
    if (QString problem = recordsProblem(*parsed, limits); !problem.isEmpty())
        return problem;
    return roundTripProblem(*parsed, delimiter, decoded);
}

// One in-memory database for the whole fuzzing run: the default economy and a few models, so
// imported rows can both add and update.
Database& sharedDatabase() {
    static std::unique_ptr<Database> db = [] {
        auto opened = Database::open(u":memory:"_s);
        if (!opened)
            qFatal("fuzz: cannot open an in-memory database: %s",
                   qPrintable(opened.error().toString()));
        std::unique_ptr<Database> result = std::move(*opened);
        if (auto saved = EconomyRepository(*result).saveConfig(EconomyConfig::defaults()); !saved)
            qFatal("fuzz: cannot save the config: %s", qPrintable(saved.error().toString()));
        QList<ModelRecord> models;
        const QStringList names{u"Atlas"_s, u"Borealis"_s, u"cirrus"_s};
        for (qsizetype i = 0; i < names.size(); ++i) {
            ModelRecord model;
            model.name = names.at(i);
            model.parameters = 7'000'000'000LL;
            model.datasetTokens = 1'000'000'000'000LL;
            model.status = i == 0 ? ModelStatus::Draft : ModelStatus::Completed;
            if (i > 0) {
                model.performance = 70;
                model.accuracy = 80;
                model.efficiency = 60;
                model.composite = 71;
            }
            model.createdOn = QDate(2024, 1, 1);
            models.append(model);
        }
        if (auto inserted = ModelRepository(*result).insertMany(models); !inserted)
            qFatal("fuzz: cannot add models: %s", qPrintable(inserted.error().toString()));
        // One of them offered for sale, so imports that would untrain a listed model are reached.
        if (auto listed = MarketplaceService(*result).listModel(
                models.at(1).id, {{LicenseTier::Commercial, std::nullopt}});
            !listed)
            qFatal("fuzz: cannot list a model: %s", qPrintable(listed.error().toString()));
        return result;
    }();
    return *db;
}

template <typename T>
T seeded(Result<T> result, const char* what) {
    if (!result)
        qFatal("fuzz: cannot %s: %s", what, qPrintable(result.error().toString()));
    return std::move(result).value();
}

void seeded(const Status& status, const char* what) {
    if (!status)
        qFatal("fuzz: cannot %s: %s", what, qPrintable(status.error().toString()));
}

ModelRecord trainedModel(const QString& name, double quality) {
    ModelRecord model;
    model.name = name;
    model.parameters = 13'000'000'000LL;
    model.datasetTokens = 2'000'000'000'000LL;
    model.status = ModelStatus::Completed;
    model.performance = quality;
    model.accuracy = quality + 5;
    model.efficiency = quality - 10;
    model.composite = quality;
    model.createdOn = QDate(2023, 10, 1);
    return model;
}

BuyerRecord buyer(const QString& name, BuyerType type, int size, qint64 budgetDollars) {
    BuyerRecord record;
    record.name = name;
    record.type = type;
    record.size = size;
    record.budget = Money::fromCents(budgetDollars * 100);
    return record;
}

// The economy behind the buyers and licenses imports, in its own in-memory database (the catalog
// and economy targets keep theirs as it was). Everything is made the way the application makes
// it (sales through MarketplaceService, usage through accrueUsage), so it passes `check`; the
// seeds in fuzz/corpus/table_import/ and fuzz/table.dict use these names, ids and dates:
//   models   1 Atlas (draft), 2 Borealis (listed: open_source 0, commercial 120000.00,
//            enterprise 2000000.00), 3 cirrus (listed: academic 5000.00), 4 Delta (completed)
//   buyers   1 Acme Labs (commercial, 250), 2 Globex (enterprise, 20000),
//            3 Northfield University (academic, 3000), 4 Tiny Startup (startup, 4),
//            5 Idle Co (commercial, 50)
//   licenses 1 Borealis commercial -> Acme Labs, 2024-01-15, 2,000,000 calls a month
//            2 Borealis enterprise -> Globex, 2024-02-01, unlimited, 10,000,000 calls
//            3 cirrus academic -> Northfield University, 2024-03-10, 300,000 calls, revoked on
//              2024-06-15, its terms snapshot only {tier, priceFloor 1500.00} (what an economy
//              import may store), so its fee range is read by SQLite as `check` reads it
//            4 Borealis open_source -> Tiny Startup, 2024-01-20, 40,000 calls at rate 0
//            5 Borealis open_source -> Idle Co, 2024-03-01, no calls (charges of 0 calls fit
//              any rate, so its rate and tier may change)
//            6 Borealis commercial -> Tiny Startup, 2024-09-01, 500,000 calls, not charged yet
//   usage    charged for 2024-01 to 2024-06 (licenses 1 to 5); game date 2024-10-01
Database& economyDatabase() {
    static std::unique_ptr<Database> db = [] {
        std::unique_ptr<Database> result =
            seeded(Database::open(u":memory:"_s), "open an in-memory database");
        Database& d = *result;
        EconomyRepository economy(d);
        seeded(economy.saveConfig(EconomyConfig::defaults()), "save the config");
        seeded(economy.setGameDate(QDate(2024, 1, 1)), "set the game date");

        ModelRecord atlas;
        atlas.name = u"Atlas"_s;
        atlas.parameters = 7'000'000'000LL;
        atlas.createdOn = QDate(2023, 9, 1);
        QList<ModelRecord> models{atlas, trainedModel(u"Borealis"_s, 82),
                                  trainedModel(u"cirrus"_s, 64), trainedModel(u"Delta"_s, 55)};
        seeded(ModelRepository(d).insertMany(models), "add models");
        QList<BuyerRecord> buyers{
            buyer(u"Acme Labs"_s, BuyerType::Commercial, 250, 10'000'000),
            buyer(u"Globex"_s, BuyerType::Enterprise, 20'000, 100'000'000),
            buyer(u"Northfield University"_s, BuyerType::Academic, 3'000, 200'000),
            buyer(u"Tiny Startup"_s, BuyerType::Startup, 4, 500'000),
            buyer(u"Idle Co"_s, BuyerType::Commercial, 50, 1'000'000),
        };
        seeded(BuyerRepository(d).insertMany(buyers), "add buyers");

        MarketplaceService market(d);
        const qint64 borealis = models.at(1).id;
        const qint64 cirrus = models.at(2).id;
        seeded(
            market.listModel(borealis, {{LicenseTier::OpenSource, Money()},
                                        {LicenseTier::Commercial, Money::fromCents(120'000'00)},
                                        {LicenseTier::Enterprise, Money::fromCents(2'000'000'00)}}),
            "list Borealis");
        seeded(market.listModel(cirrus, {{LicenseTier::Academic, Money::fromCents(5'000'00)}}),
               "list cirrus");
        const auto sell = [&market](qint64 model, const BuyerRecord& to, LicenseTier tier,
                                    IntendedUse use, std::optional<int> deployments, qint64 calls,
                                    QDate date) {
            SaleRequest sale;
            sale.modelId = model;
            sale.buyerId = to.id;
            sale.tier = tier;
            sale.use = use;
            sale.deployments = deployments;
            sale.monthlyApiCalls = calls;
            sale.date = date;
            return seeded(market.sell(sale), "sell a license").id;
        };
        sell(borealis, buyers.at(0), LicenseTier::Commercial, IntendedUse::Business, 3, 2'000'000,
             QDate(2024, 1, 15));
        sell(borealis, buyers.at(1), LicenseTier::Enterprise, IntendedUse::Business, std::nullopt,
             10'000'000, QDate(2024, 2, 1));
        const qint64 academic = sell(cirrus, buyers.at(2), LicenseTier::Academic,
                                     IntendedUse::Research, 1, 300'000, QDate(2024, 3, 10));
        sell(borealis, buyers.at(3), LicenseTier::OpenSource, IntendedUse::Business, 1, 40'000,
             QDate(2024, 1, 20));
        sell(borealis, buyers.at(4), LicenseTier::OpenSource, IntendedUse::Business, 1, 0,
             QDate(2024, 3, 1));

        LicenseRepository licenses(d);
        for (int month = 1; month <= 6; ++month)
            seeded(licenses.accrueUsage(u"2024-%1"_s.arg(month, 2, 10, QChar(u'0'))),
                   "charge usage");
        seeded(licenses.revoke(academic, u"research use breached"_s, QDate(2024, 6, 15)),
               "revoke a license");
        seeded(d.exec(u"UPDATE licenses SET terms = json_object('tier', 'academic', "
                      "'priceFloor', '1500.00') WHERE id = %1"_s.arg(academic),
                      u"fuzz seed"_s),
               "give a license partial terms");
        sell(borealis, buyers.at(3), LicenseTier::Commercial, IntendedUse::Business, 2, 500'000,
             QDate(2024, 9, 1));
        seeded(economy.setGameDate(QDate(2024, 10, 1)), "set the game date");

        const QStringList problems = seeded(checkEconomy(d), "check the seeded economy");
        if (!problems.isEmpty())
            qFatal("fuzz: the seeded economy fails check: %s", qPrintable(problems.join(u"; "_s)));
        return result;
    }();
    return *db;
}

// After an accepted import the file must be sound: integrity and foreign keys.
QString structuralProblem(Database& db) {
    auto problems = db.integrityProblems();
    if (!problems)
        return u"checking after an accepted import failed: "_s + problems.error().toString();
    if (!problems->isEmpty())
        return u"an accepted import left a damaged file: "_s + problems->join(u"; "_s);
    return {};
}

// ...and pass the domain checks `modelmarket check` runs: an import must not store what check
// then calls broken.
QString acceptedImportProblem(Database& db) {
    auto problems = checkEconomy(db);
    if (!problems)
        return u"checking after an accepted import failed: "_s + problems.error().toString();
    if (!problems->isEmpty())
        return u"an accepted import left problems that check reports: "_s + problems->join(u"; "_s);
    return {};
}

// A refused import must say why in words; storage trouble other than a constraint (which is a
// clean refusal by the schema) means the import tripped over its own writes.
QString refusedImportProblem(const Error& error) {
    if (error.message.trimmed().isEmpty())
        return u"a refusal without a message: "_s + describe(error);
    if (error.rule.startsWith(u"db."_s) && !error.rule.startsWith(u"db.constraint"_s))
        return u"a storage failure instead of a refusal: "_s + error.toString();
    return {};
}

ModelRecord pasteTarget() {
    ModelRecord record;
    record.id = 1;
    record.name = u"Atlas"_s;
    record.parameters = 7'000'000'000LL;
    record.datasetTokens = 1'000'000'000'000LL;
    record.status = ModelStatus::Completed;
    record.performance = 70;
    record.accuracy = 80;
    record.efficiency = 60;
    record.composite = 71;
    record.createdOn = QDate(2024, 1, 1);
    return record;
}

// exchange::importCsv inside a transaction rolled back afterwards, so every input starts from the
// same data, and the properties every CSV import keeps.
Outcome csvImport(Database& db, ExchangeTable table, QByteArrayView data) {
    Outcome outcome;
    Transaction sandbox(db, u"fuzzing a CSV import"_s);
    if (auto begun = sandbox.status(); !begun) {
        outcome.violation = u"cannot begin: "_s + begun.error().toString();
        return outcome;
    }
    auto report = exchange::importCsv(db, table, data.toByteArray());
    if (!report) {
        outcome.error = report.error().toString();
        outcome.violation = refusedImportProblem(report.error());
    } else if (!report->ok()) {
        outcome.error = report->problems.front().toString();
        for (const ImportProblem& problem : std::as_const(report->problems)) {
            if (problem.line < 1 || problem.reason.trimmed().isEmpty()) {
                outcome.violation =
                    u"a row problem without a line or a reason: "_s + problem.toString();
                break;
            }
        }
    } else {
        outcome.accepted = true;
        outcome.violation = acceptedImportProblem(db);
    }
    sandbox.rollback();
    return outcome;
}

} // namespace

Outcome csvParser(QByteArrayView data) {
    Outcome outcome;
    const csv::Limits defaults;
    const csv::Limits small = smallLimits();
    // Interpreting the bytes as UTF-16 as well reaches lone surrogates, which UTF-8 never gives.
    const QString asUtf8 = QString::fromUtf8(data);
    QString asUtf16(data.size() / 2, Qt::Uninitialized);
    std::memcpy(asUtf16.data(), data.data(), static_cast<size_t>(asUtf16.size()) * 2);
    const bool validUtf8 = data.isValidUtf8() && !data.startsWith("\xEF\xBB\xBF");
    for (const QChar delimiter : {QChar(u','), QChar(u'\t')}) {
        for (const csv::Limits* limits : {&defaults, &small}) {
            const auto bytes = csv::parse(data, delimiter, *limits);
            const auto text = csv::parseText(asUtf8, delimiter, *limits);
            const auto units = csv::parseText(asUtf16, delimiter, *limits);
            outcome.accepted = outcome.accepted || bytes.ok() || text.ok();
            if (!bytes && outcome.error.isEmpty())
                outcome.error = bytes.error().toString();
            for (QString problem : {checkParse(bytes, *limits, delimiter, false),
                                    checkParse(text, *limits, delimiter, true),
                                    checkParse(units, *limits, delimiter, true),
                                    validUtf8 ? sameResults(bytes, text, delimiter) : QString()}) {
                if (!problem.isEmpty()) {
                    outcome.violation = problem;
                    return outcome;
                }
            }
        }
    }
    return outcome;
}

Outcome catalogImport(QByteArrayView data) {
    return csvImport(sharedDatabase(), ExchangeTable::Catalog, data);
}

// Both imports on every input rather than one picked by a leading byte: the seeds stay plain CSV
// files that `modelmarket import` takes as they are, the dictionary's tokens keep their meaning
// at offset 0, and a mutation that turns a buyers file into a licenses file (or a header naming
// the columns of both) is followed at once. The import for the other table stops at the header,
// so the second run costs little more than a parse. Each import gets its own rolled-back
// transaction: a doomed (failed) first import must not leave the second a doomed transaction.
Outcome tableImport(QByteArrayView data) {
    Database& db = economyDatabase();
    Outcome buyers = csvImport(db, ExchangeTable::Buyers, data);
    if (!buyers.violation.isEmpty()) {
        buyers.violation = u"importing buyers: "_s + buyers.violation;
        return buyers;
    }
    Outcome licenses = csvImport(db, ExchangeTable::Licenses, data);
    if (!licenses.violation.isEmpty()) {
        licenses.violation = u"importing licenses: "_s + licenses.violation;
        return licenses;
    }
    Outcome outcome;
    outcome.accepted = buyers.accepted || licenses.accepted;
    if (!outcome.accepted)
        outcome.error = u"as buyers: %1; as licenses: %2"_s.arg(buyers.error, licenses.error);
    return outcome;
}

// The bytes go to the streaming reader as they are (as `modelmarket import economy` reads a
// file), so malformed JSON exercises JsonStreamReader itself, not Qt's parser.
Outcome economyImport(QByteArrayView data) {
    Outcome outcome;
    QBuffer input;
    input.setData(data.toByteArray());
    input.open(QIODevice::ReadOnly);
    Database& db = sharedDatabase();
    Transaction sandbox(db, u"fuzzing the economy import"_s);
    if (auto begun = sandbox.status(); !begun) {
        outcome.violation = u"cannot begin: "_s + begun.error().toString();
        return outcome;
    }
    auto imported = exchange::importEconomy(db, input, true);
    if (!imported) {
        outcome.error = imported.error().toString();
        outcome.violation = refusedImportProblem(imported.error());
    } else {
        // The import runs the domain checks before it commits, so an accepted economy is sound
        // in structure and passes everything `check` verifies.
        outcome.accepted = true;
        outcome.violation = structuralProblem(db);
        if (outcome.violation.isEmpty())
            outcome.violation = acceptedImportProblem(db);
    }
    sandbox.rollback();
    return outcome;
}

Outcome paste(QByteArrayView data) {
    Outcome outcome;
    static const EconomyConfig config = EconomyConfig::defaults();
    const QString text = QString::fromUtf8(data);
    auto block = csv::parseText(text, u'\t');
    if (!block) {
        outcome.error = block.error().toString();
        outcome.violation = csvErrorProblem(block.error());
        return outcome;
    }
    outcome.accepted = true; // the block was read; refused cells are listed, not fatal
    ModelRecord record = pasteTarget();
    for (qsizetype row = 0; row < block->size(); ++row) {
        const QStringList& cells = block->at(row).fields;
        for (qsizetype cell = 0; cell < cells.size(); ++cell) {
            const auto column =
                catalogColumnAt(static_cast<int>((row + cell) % kCatalogColumnCount));
            if (!column) {
                outcome.violation = u"no catalog column for a section in range"_s;
                return outcome;
            }
            auto applied =
                CatalogModel::applyValue(record, *column, QVariant(cells.at(cell)), config);
            if (!applied) {
                if (applied.error().message.trimmed().isEmpty() || applied.error().rule.isEmpty()) {
                    outcome.violation =
                        u"a refused cell without a message or rule: "_s + describe(applied.error());
                    return outcome;
                }
                if (outcome.error.isEmpty())
                    outcome.error = applied.error().toString();
                continue;
            }
            // A value applyValue accepts must be one the repository saves, except for the
            // missing metrics of a trained model: a row may set the status before the metrics,
            // so planCellEdits checks that rule once every cell of the row is applied.
            if (auto valid = ModelRepository::validate(*applied);
                !valid && valid.error().rule != u"model-metrics-required"_s) {
                outcome.violation = u"'%1' pasted into %2 was accepted, but the model cannot be "
                                    "saved: %3"_s.arg(cells.at(cell), catalogColumnKey(*column),
                                                      describe(valid.error()));
                return outcome;
            }
            if (applied->composite && !std::isfinite(*applied->composite)) {
                outcome.violation = u"a composite that is not a number"_s;
                return outcome;
            }
            record = std::move(applied).value();
        }
    }
    return outcome;
}

} // namespace mm::fuzz
