// CSV import/export of the catalog, buyers and licenses, and the JSON economy document, against
// real SQLite files and (storage.exchange.postgres) the test server: exact round trips,
// spreadsheet quirks (quotes, line breaks, CRLF, BOM, formulas), all-or-nothing imports with every
// problem reported by line and column.

#include "ResultChecks.h"
#include "TestStore.h"
#include "data/BuyerRepository.h"
#include "data/Csv.h"
#include "data/Database.h"
#include "data/EconomyGenerator.h"
#include "data/EconomyRepository.h"
#include "data/Exchange.h"
#include "data/IntegrityCheck.h"
#include "data/LicenseRepository.h"
#include "data/ModelRepository.h"
#include "data/RevenueReport.h"
#include "data/ScenarioRepository.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <algorithm>
#include <memory>

using namespace mm;
using namespace Qt::StringLiterals;

namespace {

QByteArray fixture(const char* name) {
    QFile file(QStringLiteral(MM_TEST_DATA_DIR "/exchange/") + QString::fromLatin1(name));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning() << "cannot read fixture" << file.fileName();
        return {};
    }
    return file.readAll();
}

QString problemsText(const ImportReport& report) {
    QStringList lines;
    for (const ImportProblem& problem : report.problems)
        lines.append(problem.toString());
    return lines.join(u'\n');
}

QDate day(const char* iso) {
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// Everything but the storage identity, for comparing records across databases.
ModelRecord withoutIdentity(ModelRecord record) {
    record.id = 0;
    record.revision = 1;
    return record;
}

} // namespace

class TestExchange : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void csvColumnsAreDocumented();
    void catalogRoundTripIsByteIdentical();
    void buyersRoundTripIsByteIdentical();
    void licensesRoundTripIsByteIdentical();
    void quotedFieldsAndNonAscii();
    void crlfAndLfGiveTheSameResult();
    void countsReadLikeTheCatalogAndTheDialogs();
    void byteOrderMarkIsSkipped();
    void headerInAnyOrderAndUnknownColumnsReported();
    void missingOptionalColumnsTakeDefaults();
    void badRowsAreAllReportedAndNothingWritten();
    void wrongHeaderIsRefused();
    void emptyFiles();
    void formulaCellsRoundTrip();
    void existingRecordsAreUpdatedByName();
    void duplicateNamesInOneFileAreProblems();
    void licensesReferencingUnknownModelOrBuyer();
    void licenseDefaultsComeFromPolicyAndFeeIsChecked();
    void licensesAreUpdatedById();
    void brokenCsvReportsTheLine();
    void oversizedFileIsRefusedBeforeReading();
    void trainedModelsWithoutMetricsAreRefused();
    void licenseUpdatesThatBreakCheckAreRefused();

    void economyJsonRoundTrip();
    void economyImportRefusesNonEmptyUnlessReplace();
    void economyImportRejectsBadDocuments();
    void economyImportRefusesWhatCheckReports();
    void bulkGenerationKeepsTheSchemaAndTheLabs();
    void bulkGenerationIsReproducible();
    void economyImportAcceptsAnyKeyOrder();
    void economyImportListsEveryProblemOfAList();
    void economyImportFileReportsProgressAndCancels();
    void economyImportFileNamesWhereTheSyntaxBreaks();

private:
    std::unique_ptr<Database> openDb(const QString& name);
    QByteArray exportBytes(Database& db, ExchangeTable table);
    QJsonObject exportJson(Database& db);
    QList<ModelRecord> models(Database& db);
    qint64 count(Database& db, const QString& table);
    std::unique_ptr<Database> generated(const QString& name, quint64 seed);
    QByteArray tableDump(Database& db);
    QStringList schema(Database& db);
    QString writeFile(const QString& name, const QByteArray& bytes);

    // SQLite files, or databases of their own on the test server; files (CSV, JSON) in its folder.
    std::unique_ptr<testing::TestStore> m_store;
};

void TestExchange::init() {
    m_store = std::make_unique<testing::TestStore>();
    MM_REQUIRE_STORE(*m_store);
}

void TestExchange::cleanup() {
    m_store.reset();
}

std::unique_ptr<Database> TestExchange::openDb(const QString& name) {
    const QString location = m_store->location(name + u".sqlite"_s);
    if (location.isEmpty()) {
        qWarning() << m_store->error();
        return nullptr;
    }
    auto opened = Database::open(location);
    if (!opened) {
        qWarning() << opened.error().toString();
        return nullptr;
    }
    std::unique_ptr<Database> db = std::move(opened).value();
    if (auto saved = EconomyRepository(*db).saveConfig(EconomyConfig::defaults()); !saved) {
        qWarning() << saved.error().toString();
        return nullptr;
    }
    return db;
}

std::unique_ptr<Database> TestExchange::generated(const QString& name, quint64 seed) {
    auto db = openDb(name);
    if (!db)
        return nullptr;
    GeneratorOptions options;
    options.models = 30;
    options.buyers = 12;
    options.licenses = 200;
    options.months = 12;
    options.seed = seed;
    if (auto done = generateEconomy(*db, EconomyConfig::defaults(), options); !done) {
        qWarning() << done.error().toString();
        return nullptr;
    }
    return db;
}

QByteArray TestExchange::exportBytes(Database& db, ExchangeTable table) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (auto done = exchange::exportCsv(db, table, buffer); !done) {
        qWarning() << done.error().toString();
        return "<export failed>";
    }
    return buffer.data();
}

QJsonObject TestExchange::exportJson(Database& db) {
    auto document = exchange::exportEconomy(db);
    if (!document) {
        qWarning() << document.error().toString();
        return {};
    }
    return *document;
}

QList<ModelRecord> TestExchange::models(Database& db) {
    QList<ModelRecord> all;
    auto done = ModelRepository(db).forEach([&all](const ModelRecord& model) {
        all.append(model);
        return true;
    });
    if (!done)
        qWarning() << done.error().toString();
    return all;
}

qint64 TestExchange::count(Database& db, const QString& table) {
    auto q = db.query(u"SELECT COUNT(*) FROM "_s + table, {}, u"test count"_s);
    if (!q || !q->next())
        return -1;
    return q->value(0).toLongLong();
}

// Every row of every table, in primary-key order: equal dumps mean row-for-row equal databases.
QByteArray TestExchange::tableDump(Database& db) {
    QByteArray dump;
    const QStringList names = testing::tableNames(db);
    if (names.isEmpty())
        return "<dump failed>";
    for (const QString& table : std::as_const(names)) {
        auto rows = db.query(u"SELECT * FROM \"%1\" ORDER BY 1"_s.arg(table), {}, u"test dump"_s);
        if (!rows)
            return "<dump failed>";
        dump += table.toUtf8() + '\n';
        while (rows->next()) {
            for (int i = 0; i < rows->record().count(); ++i)
                dump += rows->value(i).toString().toUtf8() +
                        (rows->value(i).isNull() ? "\\N" : "") + '\t';
            dump += '\n';
        }
    }
    return dump;
}

void TestExchange::csvColumnsAreDocumented() {
    QCOMPARE(exchange::csvColumns(ExchangeTable::Buyers),
             QStringList({u"name"_s, u"type"_s, u"size"_s, u"budget"_s}));
    QCOMPARE(exchange::csvColumns(ExchangeTable::Catalog).size(), 15);
    QCOMPARE(exchange::csvColumns(ExchangeTable::Catalog).first(), u"name"_s);
    QCOMPARE(exchange::csvColumns(ExchangeTable::Licenses).size(), 15);
    QVERIFY(exchange::csvColumns(ExchangeTable::Licenses).contains(u"usage_rate_per_1000"_s));
}

void TestExchange::catalogRoundTripIsByteIdentical() {
    auto a = openDb(u"a"_s);
    auto b = openDb(u"b"_s);
    QVERIFY(a && b);

    const QStringList names{
        u"Comma, Model"_s,
        u"Quote \"Q\" Model"_s,
        u"Line\nBreak"_s,
        u"Windows\r\nBreak"_s,
        u"=HYPERLINK(\"http://example.com\")"_s,
        u"+plus"_s,
        u"-minus"_s,
        u"@at"_s,
        u"'=already quoted"_s,
        u"Modèle 日本 ✓"_s,
        u" leading and trailing "_s,
        u"Plain"_s,
    };
    QList<ModelRecord> originals;
    int index = 0;
    for (const QString& name : names) {
        ModelRecord model;
        model.name = name;
        model.architecture = static_cast<Architecture>(index % enumCount<Architecture>());
        model.sizeClass = static_cast<SizeClass>(index % enumCount<SizeClass>());
        model.parameters = 1'000'000'007LL * (index + 1);
        model.datasetTokens = 9'007'199'254'740'993LL + index; // beyond 2^53
        model.status = static_cast<ModelStatus>(index % enumCount<ModelStatus>());
        // Trained models always have their metrics (`check` reports them otherwise); the others
        // may go without.
        const bool trained = model.status == ModelStatus::Completed ||
                             model.status == ModelStatus::Listed ||
                             model.status == ModelStatus::Retired;
        if (index % 3 != 0 || trained) {
            model.performance = 100.0 / 3.0 + index;
            model.accuracy = 0.1 * index;
            model.efficiency = 100.0;
            model.composite = 0.0;
            model.benchmarks = {{u"code"_s, 71.25}, {u"réason"_s, 1.0 / 7.0}};
        }
        model.trainingCost = Money::fromCents(123'456'789LL * index + 5);
        model.trainingDays = 2.0 / 3.0 * index;
        model.researchPoints = 25 * index;
        model.createdOn = day("2024-02-29").addDays(index);
        originals.append(model);
        ++index;
    }
    MM_VERIFY_OK(ModelRepository(*a).insertMany(originals));

    const QByteArray first = exportBytes(*a, ExchangeTable::Catalog);
    QVERIFY(first.startsWith("name,architecture,size_class,parameters,"));
    QVERIFY(first.contains("\"Comma, Model\""));
    QVERIFY(first.contains("\"Quote \"\"Q\"\" Model\""));
    QVERIFY(first.contains("'=HYPERLINK"));
    QVERIFY(first.contains("Modèle 日本 ✓"));

    auto imported = exchange::importCsv(*b, ExchangeTable::Catalog, first);
    MM_VERIFY_OK(imported);
    QVERIFY2(imported->ok(), qPrintable(problemsText(*imported)));
    QCOMPARE(imported->inserted, originals.size());
    QCOMPARE(imported->updated, 0);
    QVERIFY(imported->unknownColumns.isEmpty());

    const QByteArray second = exportBytes(*b, ExchangeTable::Catalog);
    QCOMPARE(second, first);

    const QList<ModelRecord> copies = models(*b);
    QCOMPARE(copies.size(), originals.size());
    for (qsizetype i = 0; i < copies.size(); ++i)
        QCOMPARE(withoutIdentity(copies[i]), withoutIdentity(originals[i]));
}

void TestExchange::buyersRoundTripIsByteIdentical() {
    auto a = openDb(u"a"_s);
    auto b = openDb(u"b"_s);
    QVERIFY(a && b);
    QList<BuyerRecord> buyers;
    int index = 0;
    for (const QString& name :
         {u"Kestrel, Inc."_s, u"The \"Quoted\" Company"_s, u"Multi\nLine Labs"_s,
          u"Université Modèle 日本 ✓"_s, u"=1+2"_s, u"Plain Buyer"_s}) {
        BuyerRecord buyer;
        buyer.name = name;
        buyer.type = static_cast<BuyerType>(index % enumCount<BuyerType>());
        buyer.size = 10 * (index + 1);
        buyer.budget = Money::fromCents(100'000'01LL * (index + 1));
        buyers.append(buyer);
        ++index;
    }
    MM_VERIFY_OK(BuyerRepository(*a).insertMany(buyers));

    const QByteArray first = exportBytes(*a, ExchangeTable::Buyers);
    QVERIFY(first.startsWith("name,type,size,budget\r\n"));
    auto imported = exchange::importCsv(*b, ExchangeTable::Buyers, first);
    MM_VERIFY_OK(imported);
    QVERIFY2(imported->ok(), qPrintable(problemsText(*imported)));
    QCOMPARE(imported->inserted, buyers.size());
    QCOMPARE(exportBytes(*b, ExchangeTable::Buyers), first);

    auto found = BuyerRepository(*b).findByName(u"=1+2"_s);
    MM_VERIFY_OK(found);
    QVERIFY(found->has_value());
    QCOMPARE(found->value().budget, Money::fromCents(100'000'01LL * 5));
}

void TestExchange::licensesRoundTripIsByteIdentical() {
    auto a = generated(u"a"_s, 7);
    auto b = openDb(u"b"_s);
    QVERIFY(a && b);

    // A sale between awkward names, revoked for an awkward reason.
    ModelRecord model;
    model.name = u"=Evil, \"Model\"\nModèle ✓"_s;
    model.status = ModelStatus::Listed;
    model.performance = 70.0; // a trained model has its metrics (`check`)
    model.accuracy = 71.0;
    model.efficiency = 72.0;
    model.composite = 71.0;
    model.createdOn = day("2023-03-01");
    MM_VERIFY_OK(ModelRepository(*a).insert(model));
    BuyerRecord buyer;
    buyer.name = u"@Buyer, Ltd.\r\n日本"_s;
    buyer.type = BuyerType::Commercial;
    buyer.size = 500;
    buyer.budget = Money::fromCents(1'000'000'00);
    MM_VERIFY_OK(BuyerRepository(*a).insert(buyer));
    const TierPolicy policy = EconomyConfig::defaults().tier(LicenseTier::Commercial);
    LicenseRecord license;
    license.modelId = model.id;
    license.buyerId = buyer.id;
    license.tier = LicenseTier::Commercial;
    license.soldOn = day("2023-05-10");
    license.fee = Money::fromCents(75'000'00);
    license.deployments = 3;
    license.monthlyApiCalls = 2'000'000;
    license.usageRatePer1000Calls = policy.usageRatePer1000Calls;
    license.termMonths = policy.termMonths;
    license.terms = policy.toJson();
    license.expiresOn = day("2024-05-10");
    MM_VERIFY_OK(LicenseRepository(*a).insert(license));
    MM_VERIFY_OK(LicenseRepository(*a).revoke(license.id, u"-breach, \"terms\"\nsee memo"_s,
                                              day("2023-09-01")));

    QCOMPARE(count(*a, u"licenses"_s), 201);
    for (ExchangeTable table :
         {ExchangeTable::Catalog, ExchangeTable::Buyers, ExchangeTable::Licenses}) {
        auto imported = exchange::importCsv(*b, table, exportBytes(*a, table));
        MM_VERIFY_OK(imported);
        QVERIFY2(imported->ok(), qPrintable(problemsText(*imported)));
        QCOMPARE(imported->updated, 0);
    }
    for (ExchangeTable table :
         {ExchangeTable::Catalog, ExchangeTable::Buyers, ExchangeTable::Licenses})
        QCOMPARE(exportBytes(*b, table), exportBytes(*a, table));

    auto copy = LicenseRepository(*b).find(license.id);
    MM_VERIFY_OK(copy);
    QVERIFY(copy->has_value());
    QCOMPARE(copy->value().status, LicenseStatus::Revoked);
    QCOMPARE(copy->value().revokedReason, u"-breach, \"terms\"\nsee memo"_s);
    QCOMPARE(copy->value().terms, policy.toJson());
    QCOMPARE(copy->value().deployments, std::optional<int>(3));
}

void TestExchange::quotedFieldsAndNonAscii() {
    auto db = openDb(u"db"_s);
    QVERIFY(db);
    auto imported = exchange::importCsv(*db, ExchangeTable::Buyers, fixture("buyers_quoted.csv"));
    MM_VERIFY_OK(imported);
    QVERIFY2(imported->ok(), qPrintable(problemsText(*imported)));
    QCOMPARE(imported->inserted, 5);

    BuyerRepository buyers(*db);
    const auto expect = [&](const QString& name, BuyerType type, int size, qint64 cents) {
        auto found = buyers.findByName(name);
        QVERIFY2(found.ok() && found->has_value(), qPrintable(name));
        QCOMPARE(found->value().name, name);
        QCOMPARE(found->value().type, type);
        QCOMPARE(found->value().size, size);
        QCOMPARE(found->value().budget, Money::fromCents(cents));
    };
    expect(u"Kestrel, Inc."_s, BuyerType::Startup, 25, 1'500'000'00);
    expect(u"The \"Quoted\" Company"_s, BuyerType::Commercial, 1200, 25'000'000'00);
    expect(u"Multi\nLine Labs"_s, BuyerType::Startup, 8, 250'000'50);
    expect(u"Modèle 日本 ✓ Université"_s, BuyerType::Academic, 3000, 90'000'00);
    expect(u"=HYPERLINK(\"http://example.com\")"_s, BuyerType::Enterprise, 50000, 900'000'000'00);
}

// Counts in a CSV are read by parseCount, like a catalog cell or the training dialog: suffixes,
// scientific notation and spreadsheet decimals, exactly.
void TestExchange::countsReadLikeTheCatalogAndTheDialogs() {
    auto db = openDb(u"counts"_s);
    QVERIFY(db);
    const QByteArray csv = "name,architecture,size_class,parameters,dataset_tokens\n"
                           "Suffixed,transformer,frontier,4.35T,1.4e12\n"
                           "Spreadsheet,transformer,small,7E+09,7000000000.0\n";
    auto imported = exchange::importCsv(*db, ExchangeTable::Catalog, csv);
    MM_VERIFY_OK(imported);
    QVERIFY2(imported->ok(), qPrintable(imported->summary()));
    ModelRepository models(*db);
    auto suffixed = models.findByName(u"Suffixed"_s);
    MM_VERIFY_OK(suffixed);
    QVERIFY(suffixed->has_value());
    QCOMPARE((*suffixed)->parameters, 4'350'000'000'000LL);
    QCOMPARE((*suffixed)->datasetTokens, 1'400'000'000'000LL);
    auto spreadsheet = models.findByName(u"Spreadsheet"_s);
    MM_VERIFY_OK(spreadsheet);
    QVERIFY(spreadsheet->has_value());
    QCOMPARE((*spreadsheet)->parameters, 7'000'000'000LL);
    QCOMPARE((*spreadsheet)->datasetTokens, 7'000'000'000LL);

    auto refused = exchange::importCsv(
        *db, ExchangeTable::Catalog,
        "name,architecture,size_class,parameters\nFraction,transformer,small,1.5\n");
    MM_VERIFY_OK(refused);
    QVERIFY(!refused->ok());
}

void TestExchange::crlfAndLfGiveTheSameResult() {
    const QByteArray lf = fixture("catalog_good.csv");
    QVERIFY(!lf.contains('\r'));
    QByteArray crlf = lf;
    crlf.replace("\n", "\r\n");

    auto one = openDb(u"lf"_s);
    auto two = openDb(u"crlf"_s);
    QVERIFY(one && two);
    auto first = exchange::importCsv(*one, ExchangeTable::Catalog, lf);
    auto second = exchange::importCsv(*two, ExchangeTable::Catalog, crlf);
    MM_VERIFY_OK(first);
    MM_VERIFY_OK(second);
    QVERIFY2(first->ok(), qPrintable(problemsText(*first)));
    QVERIFY2(second->ok(), qPrintable(problemsText(*second)));
    QCOMPARE(first->inserted, 4);
    QCOMPARE(second->inserted, 4);
    QCOMPARE(exportBytes(*two, ExchangeTable::Catalog), exportBytes(*one, ExchangeTable::Catalog));

    const QList<ModelRecord> all = models(*one);
    QCOMPARE(all.size(), 4);
    const ModelRecord& atlas = all[0];
    QCOMPARE(atlas.name, u"Atlas-Coder 1"_s);
    QCOMPARE(atlas.architecture, Architecture::Transformer);
    QCOMPARE(atlas.parameters, 1'500'000'000LL);
    QCOMPARE(atlas.status, ModelStatus::Listed);
    QCOMPARE(atlas.accuracy, std::optional<double>(68.25));
    QCOMPARE(atlas.benchmarks.value(u"code"_s), 70.5);
    QCOMPARE(atlas.trainingCost, Money::fromCents(25'000'00));
    QCOMPARE(atlas.trainingDays, 2.5);
    QCOMPARE(atlas.createdOn, day("2024-03-01"));
    // Labels work as well as keys, in any case.
    QCOMPARE(all[1].architecture, Architecture::MixtureOfExperts);
    QCOMPARE(all[1].sizeClass, SizeClass::Medium);
    QCOMPARE(all[1].trainingCost, Money::fromCents(250'000'50));
    // Empty optional metrics are NULL.
    QVERIFY(!all[2].performance);
    QVERIFY(!all[2].composite);
    QVERIFY(all[2].benchmarks.isEmpty());
}

void TestExchange::byteOrderMarkIsSkipped() {
    auto db = openDb(u"db"_s);
    QVERIFY(db);
    const QByteArray withBom = "\xEF\xBB\xBF" + fixture("catalog_good.csv");
    auto imported = exchange::importCsv(*db, ExchangeTable::Catalog, withBom);
    MM_VERIFY_OK(imported);
    QVERIFY2(imported->ok(), qPrintable(problemsText(*imported)));
    QVERIFY(imported->unknownColumns.isEmpty());
    QCOMPARE(imported->inserted, 4);
    QCOMPARE(models(*db).first().name, u"Atlas-Coder 1"_s);
    // Export writes UTF-8 without a BOM.
    QVERIFY(exportBytes(*db, ExchangeTable::Catalog).startsWith("name,"));
}

void TestExchange::headerInAnyOrderAndUnknownColumnsReported() {
    auto db = openDb(u"db"_s);
    QVERIFY(db);
    auto imported =
        exchange::importCsv(*db, ExchangeTable::Catalog, fixture("catalog_reordered.csv"));
    MM_VERIFY_OK(imported);
    QVERIFY2(imported->ok(), qPrintable(problemsText(*imported)));
    QCOMPARE(imported->inserted, 2);
    QCOMPARE(imported->unknownColumns, QStringList{u"notes"_s});

    const QList<ModelRecord> all = models(*db);
    QCOMPARE(all.size(), 2);
    QCOMPARE(all[0].name, u"Cirrus Chat"_s);
    QCOMPARE(all[0].sizeClass, SizeClass::Medium);
    QCOMPARE(all[0].parameters, 7'000'000'000LL);
    QCOMPARE(all[0].createdOn, day("2024-02-01"));
    QCOMPARE(all[1].name, u"Lumen Lens"_s);
    QCOMPARE(all[1].architecture, Architecture::Cnn);
}

void TestExchange::missingOptionalColumnsTakeDefaults() {
    auto db = openDb(u"db"_s);
    QVERIFY(db);
    MM_VERIFY_OK(EconomyRepository(*db).setGameDate(day("2026-07-04")));
    auto imported = exchange::importCsv(*db, ExchangeTable::Catalog,
                                        "name,architecture,size_class,parameters\n"
                                        "Bare,transformer,small,1000000000\n");
    MM_VERIFY_OK(imported);
    QVERIFY2(imported->ok(), qPrintable(problemsText(*imported)));
    const ModelRecord bare = models(*db).value(0);
    QCOMPARE(bare.name, u"Bare"_s);
    QCOMPARE(bare.status, ModelStatus::Draft);
    QCOMPARE(bare.createdOn, day("2026-07-04"));
    QVERIFY(!bare.accuracy);
    QCOMPARE(bare.datasetTokens, 0LL);
    QCOMPARE(bare.trainingCost, Money());
    QVERIFY(bare.benchmarks.isEmpty());
}

void TestExchange::badRowsAreAllReportedAndNothingWritten() {
    auto db = openDb(u"db"_s);
    QVERIFY(db);
    auto good = exchange::importCsv(*db, ExchangeTable::Catalog, fixture("catalog_good.csv"));
    MM_VERIFY_OK(good);
    QVERIFY(good->ok());
    const QByteArray before = exportBytes(*db, ExchangeTable::Catalog);

    auto report = exchange::importCsv(*db, ExchangeTable::Catalog, fixture("catalog_bad_rows.csv"));
    MM_VERIFY_OK(report); // rejected input is a report, not a failure
    QVERIFY(!report->ok());
    QCOMPARE(report->inserted, 0);
    QCOMPARE(report->updated, 0);
    QCOMPARE(report->problems.size(), 2);
    QCOMPARE(report->problems[0].line, 5);
    QCOMPARE(report->problems[0].column, u"accuracy"_s);
    QVERIFY2(report->problems[0].reason.contains(u"140"_s), qPrintable(report->problems[0].reason));
    QCOMPARE(report->problems[1].line, 7);
    QCOMPARE(report->problems[1].column, u"architecture"_s);
    QVERIFY2(report->problems[1].reason.contains(u"quantum"_s),
             qPrintable(report->problems[1].reason));
    QVERIFY(report->problems[1].reason.contains(u"transformer"_s)); // says what would do
    QCOMPARE(report->problems[0].toString().left(7), u"line 5,"_s);
    QVERIFY(report->summary().contains(u"2"_s));

    QCOMPARE(exportBytes(*db, ExchangeTable::Catalog), before);
}

void TestExchange::wrongHeaderIsRefused() {
    auto db = openDb(u"db"_s);
    QVERIFY(db);
    auto report =
        exchange::importCsv(*db, ExchangeTable::Catalog, fixture("catalog_wrong_header.csv"));
    MM_VERIFY_OK(report);
    QCOMPARE(report->problems.size(), 1);
    const ImportProblem& problem = report->problems.first();
    QCOMPARE(problem.line, 1);
    QVERIFY2(problem.reason.contains(u"name"_s) && problem.reason.contains(u"size_class"_s),
             qPrintable(problem.reason));
    QCOMPARE(problem.column, u"name, size_class"_s);
    QCOMPARE(report->unknownColumns, QStringList({u"model_name"_s, u"size"_s}));
    QCOMPARE(count(*db, u"models"_s), 0);

    // A header-only file with the wrong header is refused too.
    auto headerOnly = exchange::importCsv(*db, ExchangeTable::Buyers, "name,kind\n");
    MM_VERIFY_OK(headerOnly);
    QCOMPARE(headerOnly->problems.size(), 1);
    QCOMPARE(headerOnly->problems.first().line, 1);
}

void TestExchange::emptyFiles() {
    auto db = openDb(u"db"_s);
    QVERIFY(db);
    // Zero bytes: there is not even a header, so there is nothing to say the file is a catalog.
    auto empty = exchange::importCsv(*db, ExchangeTable::Catalog, QByteArray());
    MM_VERIFY_OK(empty);
    QCOMPARE(empty->problems.size(), 1);
    QCOMPARE(empty->problems.first().line, 1);
    QVERIFY(empty->problems.first().reason.contains(u"empty"_s));

    auto bomOnly = exchange::importCsv(*db, ExchangeTable::Catalog, "\xEF\xBB\xBF\r\n");
    MM_VERIFY_OK(bomOnly);
    QCOMPARE(bomOnly->problems.size(), 1);

    // Only a header: a valid file with no rows.
    auto headerOnly = exchange::importCsv(*db, ExchangeTable::Buyers, "name,type,size,budget\r\n");
    MM_VERIFY_OK(headerOnly);
    QVERIFY2(headerOnly->ok(), qPrintable(problemsText(*headerOnly)));
    QCOMPARE(headerOnly->inserted, 0);
    QCOMPARE(headerOnly->updated, 0);

    // An empty table exports just its header, which imports as zero rows.
    const QByteArray exported = exportBytes(*db, ExchangeTable::Licenses);
    QCOMPARE(exported, exchange::csvColumns(ExchangeTable::Licenses).join(u',').toUtf8() + "\r\n");
    auto again = exchange::importCsv(*db, ExchangeTable::Licenses, exported);
    MM_VERIFY_OK(again);
    QVERIFY(again->ok());
    QCOMPARE(again->inserted, 0);
}

void TestExchange::formulaCellsRoundTrip() {
    auto db = openDb(u"db"_s);
    QVERIFY(db);
    auto imported = exchange::importCsv(*db, ExchangeTable::Buyers, fixture("buyers_quoted.csv"));
    MM_VERIFY_OK(imported);
    QVERIFY(imported->ok());

    // The stored name is the plain text; the export guards it against spreadsheet evaluation.
    const QByteArray exported = exportBytes(*db, ExchangeTable::Buyers);
    QVERIFY(exported.contains("\"'=HYPERLINK(\"\"http://example.com\"\")\",enterprise,"));

    for (const QString& name :
         {u"=SUM(A1:A9)"_s, u"'=already"_s, u"''+two"_s, u"@cmd"_s, u"-5 Labs"_s, u"\tTabbed"_s}) {
        BuyerRecord buyer;
        buyer.name = name;
        buyer.size = 3;
        MM_VERIFY_OK(BuyerRepository(*db).insert(buyer));
    }
    const QByteArray first = exportBytes(*db, ExchangeTable::Buyers);
    QVERIFY(first.contains("'=SUM(A1:A9)"));
    QVERIFY(first.contains("''=already"));
    QVERIFY(first.contains("'''+two"));

    auto copy = openDb(u"copy"_s);
    QVERIFY(copy);
    auto again = exchange::importCsv(*copy, ExchangeTable::Buyers, first);
    MM_VERIFY_OK(again);
    QVERIFY2(again->ok(), qPrintable(problemsText(*again)));
    QCOMPARE(exportBytes(*copy, ExchangeTable::Buyers), first);
    for (const QString& name : {u"=SUM(A1:A9)"_s, u"'=already"_s, u"''+two"_s, u"\tTabbed"_s}) {
        auto found = BuyerRepository(*copy).findByName(name);
        QVERIFY2(found.ok() && found->has_value(), qPrintable(name));
        QCOMPARE(found->value().name, name);
    }
}

void TestExchange::existingRecordsAreUpdatedByName() {
    auto db = openDb(u"db"_s);
    QVERIFY(db);
    auto good = exchange::importCsv(*db, ExchangeTable::Catalog, fixture("catalog_good.csv"));
    MM_VERIFY_OK(good);
    const ModelRecord before = models(*db).first();

    auto report = exchange::importCsv(*db, ExchangeTable::Catalog,
                                      "name,architecture,size_class,parameters,accuracy\n"
                                      "ATLAS-CODER 1,rnn,small,1600000000,90\n"
                                      "Brand New,cnn,small,100000000,\n");
    MM_VERIFY_OK(report);
    QVERIFY2(report->ok(), qPrintable(problemsText(*report)));
    QCOMPARE(report->updated, 1);
    QCOMPARE(report->inserted, 1);
    QVERIFY(report->summary().contains(u"1"_s));

    const QList<ModelRecord> after = models(*db);
    QCOMPARE(after.size(), 5);
    const ModelRecord& atlas = after.first();
    QCOMPARE(atlas.id, before.id);
    QCOMPARE(atlas.name, u"ATLAS-CODER 1"_s);
    QCOMPARE(atlas.architecture, Architecture::Rnn);
    QCOMPARE(atlas.parameters, 1'600'000'000LL);
    QCOMPARE(atlas.accuracy, std::optional<double>(90));
    // Columns the file does not have keep their values.
    QCOMPARE(atlas.performance, before.performance);
    QCOMPARE(atlas.createdOn, before.createdOn);
    QCOMPARE(atlas.benchmarks, before.benchmarks);
    QCOMPARE(atlas.revision, before.revision + 1);

    // Buyers too.
    auto buyers = exchange::importCsv(*db, ExchangeTable::Buyers, fixture("buyers_quoted.csv"));
    MM_VERIFY_OK(buyers);
    auto update = exchange::importCsv(*db, ExchangeTable::Buyers,
                                      "name,type,size,budget\n\"kestrel, inc.\",commercial,30,1\n");
    MM_VERIFY_OK(update);
    QVERIFY2(update->ok(), qPrintable(problemsText(*update)));
    QCOMPARE(update->updated, 1);
    auto kestrel = BuyerRepository(*db).findByName(u"Kestrel, Inc."_s);
    MM_VERIFY_OK(kestrel);
    QCOMPARE(kestrel->value().type, BuyerType::Commercial);
    QCOMPARE(kestrel->value().size, 30);
    QCOMPARE(count(*db, u"buyers"_s), 5);
}

void TestExchange::duplicateNamesInOneFileAreProblems() {
    auto db = openDb(u"db"_s);
    QVERIFY(db);
    auto report = exchange::importCsv(*db, ExchangeTable::Buyers,
                                      "name,type,size,budget\n"
                                      "Acme,startup,5,100\n"
                                      "Other,startup,0,-3\n"
                                      "ACME,startup,6,100\n");
    MM_VERIFY_OK(report);
    QCOMPARE(report->problems.size(), 3);
    QCOMPARE(report->problems[0].line, 3);
    QCOMPARE(report->problems[0].column, u"size"_s);
    QCOMPARE(report->problems[1].line, 3);
    QCOMPARE(report->problems[1].column, u"budget"_s);
    QCOMPARE(report->problems[2].line, 4);
    QCOMPARE(report->problems[2].column, u"name"_s);
    QVERIFY(report->problems[2].reason.contains(u"line 2"_s));
    QCOMPARE(count(*db, u"buyers"_s), 0);
}

void TestExchange::licensesReferencingUnknownModelOrBuyer() {
    auto db = openDb(u"db"_s);
    QVERIFY(db);
    MM_VERIFY_OK(exchange::importCsv(*db, ExchangeTable::Catalog, fixture("catalog_good.csv")));
    MM_VERIFY_OK(exchange::importCsv(*db, ExchangeTable::Buyers, fixture("buyers_quoted.csv")));
    QCOMPARE(count(*db, u"models"_s), 4);
    QCOMPARE(count(*db, u"buyers"_s), 5);

    auto report =
        exchange::importCsv(*db, ExchangeTable::Licenses, fixture("licenses_unknown_model.csv"));
    MM_VERIFY_OK(report);
    QVERIFY(!report->ok());
    QCOMPARE(report->problems.size(), 2);
    QCOMPARE(report->problems[0].line, 3);
    QCOMPARE(report->problems[0].column, u"model"_s);
    QVERIFY(report->problems[0].reason.contains(u"Ghost Model"_s));
    QCOMPARE(report->problems[1].line, 4);
    QCOMPARE(report->problems[1].column, u"buyer"_s);
    QCOMPARE(count(*db, u"licenses"_s), 0);
}

void TestExchange::licenseDefaultsComeFromPolicyAndFeeIsChecked() {
    auto db = openDb(u"db"_s);
    QVERIFY(db);
    MM_VERIFY_OK(exchange::importCsv(*db, ExchangeTable::Catalog, fixture("catalog_good.csv")));
    MM_VERIFY_OK(exchange::importCsv(*db, ExchangeTable::Buyers, fixture("buyers_quoted.csv")));

    auto rejected =
        exchange::importCsv(*db, ExchangeTable::Licenses,
                            "model,buyer,tier,sold_on,fee\n"
                            "Atlas-Coder 1,\"Kestrel, Inc.\",commercial,2024-05-01,40000\n"
                            "Atlas-Coder 1,Modèle 日本 ✓ Université,Academic,2024-05-01,20000.00\n"
                            "Nova Vision,\"Kestrel, Inc.\",open_source,2024-05-01,0.01\n"
                            "Nova Vision,\"Kestrel, Inc.\",platinum,2024/05/01,lots\n");
    MM_VERIFY_OK(rejected);
    QCOMPARE(rejected->problems.size(), 6);
    QCOMPARE(rejected->problems[0].line, 2);
    QCOMPARE(rejected->problems[0].column, u"fee"_s);
    QVERIFY2(rejected->problems[0].reason.contains(u"floor"_s),
             qPrintable(rejected->problems[0].reason));
    QCOMPARE(rejected->problems[1].line, 3);
    QVERIFY(rejected->problems[1].reason.contains(u"ceiling"_s));
    QCOMPARE(rejected->problems[2].line, 4);
    QCOMPARE(rejected->problems[3].column, u"tier"_s);
    QCOMPARE(rejected->problems[4].column, u"sold_on"_s);
    QCOMPARE(rejected->problems[5].column, u"fee"_s);
    QCOMPARE(count(*db, u"licenses"_s), 0);

    auto accepted =
        exchange::importCsv(*db, ExchangeTable::Licenses,
                            "model,buyer,tier,sold_on,fee,deployments\n"
                            "Atlas-Coder 1,\"Kestrel, Inc.\",commercial,2024-05-01,75000,\n"
                            "atlas-coder 1,modèle 日本 ✓ université,Academic,2024-06-15,$2500,2\n");
    MM_VERIFY_OK(accepted);
    QVERIFY2(accepted->ok(), qPrintable(problemsText(*accepted)));
    QCOMPARE(accepted->inserted, 2);

    const EconomyConfig config = EconomyConfig::defaults();
    auto sold = LicenseRepository(*db).find(1);
    MM_VERIFY_OK(sold);
    QVERIFY(sold->has_value());
    const LicenseRecord commercial = sold->value();
    QCOMPARE(commercial.tier, LicenseTier::Commercial);
    QCOMPARE(commercial.use, IntendedUse::Business);
    QCOMPARE(commercial.fee, Money::fromCents(75'000'00));
    QVERIFY(!commercial.deployments); // empty = unlimited
    QCOMPARE(commercial.usageRatePer1000Calls,
             config.tier(LicenseTier::Commercial).usageRatePer1000Calls);
    QCOMPARE(commercial.termMonths, 12);
    QCOMPARE(commercial.expiresOn, std::optional<QDate>(day("2025-05-01")));
    QCOMPARE(commercial.terms, config.tier(LicenseTier::Commercial).toJson());
    QCOMPARE(commercial.status, LicenseStatus::Active);

    auto second = LicenseRepository(*db).find(2);
    MM_VERIFY_OK(second);
    QCOMPARE(second->value().use, IntendedUse::Research);
    QCOMPARE(second->value().deployments, std::optional<int>(2));
    QCOMPARE(second->value().fee, Money::fromCents(2'500'00));
}

void TestExchange::licensesAreUpdatedById() {
    auto a = generated(u"a"_s, 3);
    QVERIFY(a);
    const QByteArray exported = exportBytes(*a, ExchangeTable::Licenses);
    auto first = LicenseRepository(*a).find(1);
    MM_VERIFY_OK(first);
    QVERIFY(first->has_value());
    const LicenseRecord before = first->value();

    // Re-importing the export changes nothing, and matches every row by id.
    auto same = exchange::importCsv(*a, ExchangeTable::Licenses, exported);
    MM_VERIFY_OK(same);
    QVERIFY2(same->ok(), qPrintable(problemsText(*same)));
    QCOMPARE(same->inserted, 0);
    QCOMPARE(same->updated, count(*a, u"licenses"_s));
    QCOMPARE(exportBytes(*a, ExchangeTable::Licenses), exported);

    const QString header = u"id,model,buyer,tier,sold_on,fee,monthly_api_calls\n"_s +
                           QString::number(before.id) + u','; // completed below
    auto model = ModelRepository(*a).find(before.modelId);
    auto buyer = BuyerRepository(*a).find(before.buyerId);
    MM_VERIFY_OK(model);
    MM_VERIFY_OK(buyer);
    const QString row = header + u'"' + model->value().name + u"\",\""_s + buyer->value().name +
                        u"\","_s + enumKey(before.tier) + u',' +
                        before.soldOn.toString(Qt::ISODate) + u',' + before.fee.toPlainString() +
                        u",4242\n"_s;
    auto changed = exchange::importCsv(*a, ExchangeTable::Licenses, row.toUtf8());
    MM_VERIFY_OK(changed);
    QVERIFY2(changed->ok(), qPrintable(problemsText(*changed)));
    QCOMPARE(changed->updated, 1);
    auto after = LicenseRepository(*a).find(before.id);
    MM_VERIFY_OK(after);
    LicenseRecord expected = before;
    expected.monthlyApiCalls = 4242;
    QCOMPARE(after->value(), expected);
}

void TestExchange::brokenCsvReportsTheLine() {
    auto db = openDb(u"db"_s);
    QVERIFY(db);
    auto unterminated = exchange::importCsv(*db, ExchangeTable::Buyers,
                                            "name,type,size,budget\n"
                                            "A,startup,5,100\n"
                                            "\"B,startup,5,100\n"
                                            "C,startup,5,100\n");
    MM_VERIFY_OK(unterminated);
    QCOMPARE(unterminated->problems.size(), 1);
    QCOMPARE(unterminated->problems.first().line, 3);

    auto badUtf8 = exchange::importCsv(*db, ExchangeTable::Buyers,
                                       "name,type,size,budget\n"
                                       "A,startup,5,100\n"
                                       "\"Multi\nline\",startup,5,100\n"
                                       "B\xff,startup,5,100\n");
    MM_VERIFY_OK(badUtf8);
    QCOMPARE(badUtf8->problems.size(), 1);
    QCOMPARE(badUtf8->problems.first().line, 5);
    QVERIFY(badUtf8->problems.first().reason.contains(u"UTF-8"_s));
    QCOMPARE(count(*db, u"buyers"_s), 0);
}

void TestExchange::oversizedFileIsRefusedBeforeReading() {
    auto db = openDb(u"db"_s);
    QVERIFY(db);
    // A sparse file: its size is past the limit without writing half a gigabyte.
    const QString path = m_store->filePath(u"huge.csv"_s);
    QFile huge(path);
    QVERIFY(huge.open(QIODevice::WriteOnly));
    QVERIFY(huge.resize(exchange::kMaxImportBytes + 1));
    huge.close();
    auto report = exchange::importCsvFile(*db, ExchangeTable::Catalog, path);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().rule, u"csv.input-too-large"_s);

    auto missing = exchange::importCsvFile(*db, ExchangeTable::Catalog, m_store->filePath(u"no"_s));
    QVERIFY(!missing.ok());

    auto fromFile = exchange::importCsvFile(
        *db, ExchangeTable::Catalog, QStringLiteral(MM_TEST_DATA_DIR "/exchange/catalog_good.csv"));
    MM_VERIFY_OK(fromFile);
    QCOMPARE(fromFile->inserted, 4);
}

void TestExchange::trainedModelsWithoutMetricsAreRefused() {
    auto db = openDb(u"db"_s);
    QVERIFY(db);
    auto good = exchange::importCsv(*db, ExchangeTable::Catalog, fixture("catalog_good.csv"));
    MM_VERIFY_OK(good);
    QVERIFY2(good->ok(), qPrintable(problemsText(*good)));
    const QByteArray before = exportBytes(*db, ExchangeTable::Catalog);
    const QByteArray rowsBefore = tableDump(*db);

    // `check` reports a completed, listed or retired model without all four metrics: each such
    // row is a problem, reported with the other bad rows, and nothing is written.
    const QByteArray csv =
        "name,architecture,size_class,parameters,status,performance,accuracy,efficiency,composite\n"
        "Bare Completed,transformer,small,1000000000,completed,,,,\n" // line 2
        "Half Listed,cnn,small,1000000000,listed,50,60,,\n"           // line 3
        "Still Draft,rnn,small,1000000000,draft,,,,\n"                // line 4: fine
        "In Training,rnn,small,1000000000,training,,,,\n"             // line 5: fine
        "Gone Wrong,rnn,small,1000000000,failed,,,,\n"                // line 6: fine
        "Old Retired,diffusion,medium,9000000000,retired,70,70,70,\n" // line 7
        "Odd One,quantum,small,1000000000,draft,,,,\n"                // line 8
        "Nova Vision,mixture_of_experts,medium,12000000000,completed,64,,55.5,63.9\n" // line 9
        "Full Completed,transformer,small,1000000000,completed,1,2,3,4\n"; // line 10: fine
    auto report = exchange::importCsv(*db, ExchangeTable::Catalog, csv);
    MM_VERIFY_OK(report); // rejected input is a report, not a failure
    QVERIFY(!report->ok());
    QCOMPARE(report->inserted, 0);
    QCOMPARE(report->updated, 0);
    QCOMPARE(report->problems.size(), 5);
    QCOMPARE(report->problems[0].line, 2);
    QCOMPARE(report->problems[0].column, u"performance, accuracy, efficiency, composite"_s);
    QVERIFY2(report->problems[0].reason.contains(u"completed"_s) &&
                 report->problems[0].reason.contains(u"draft"_s),
             qPrintable(report->problems[0].reason));
    QCOMPARE(report->problems[1].line, 3);
    QCOMPARE(report->problems[1].column, u"efficiency, composite"_s);
    QVERIFY2(report->problems[1].reason.contains(u"listed"_s),
             qPrintable(report->problems[1].reason));
    QCOMPARE(report->problems[2].line, 7);
    QCOMPARE(report->problems[2].column, u"composite"_s);
    QVERIFY2(report->problems[2].reason.contains(u"retired"_s),
             qPrintable(report->problems[2].reason));
    QCOMPARE(report->problems[3].line, 8);
    QCOMPARE(report->problems[3].column, u"architecture"_s);
    // An update that clears a metric of a completed model is refused the same way.
    QCOMPARE(report->problems[4].line, 9);
    QCOMPARE(report->problems[4].column, u"accuracy"_s);
    QCOMPARE(report->problems[1].toString().left(8), u"line 3, "_s);

    QCOMPARE(exportBytes(*db, ExchangeTable::Catalog), before);
    QCOMPARE(tableDump(*db), rowsBefore);

    // Untrained models without metrics, and an update leaving a completed model's metrics
    // alone (the columns absent), are imported.
    auto fine =
        exchange::importCsv(*db, ExchangeTable::Catalog,
                            "name,architecture,size_class,parameters,status\n"
                            "Still Draft,rnn,small,1000000000,draft\n"
                            "In Training,rnn,small,1000000000,training\n"
                            "Gone Wrong,rnn,small,1000000000,failed\n"
                            "Nova Vision,mixture_of_experts,medium,12000000000,completed\n");
    MM_VERIFY_OK(fine);
    QVERIFY2(fine->ok(), qPrintable(problemsText(*fine)));
    QCOMPARE(fine->inserted, 3);
    QCOMPARE(fine->updated, 1);
}

void TestExchange::licenseUpdatesThatBreakCheckAreRefused() {
    auto db = generated(u"a"_s, 13);
    QVERIFY(db);
    const auto scalar = [&db](const QString& sql, const QVariantList& values = {}) -> QVariant {
        auto q = db->query(sql, values, u"test"_s);
        return q && q->next() ? q->value(0) : QVariant();
    };
    const auto ids = [&db](const QString& condition) {
        QList<qint64> found;
        auto q = db->query(u"SELECT id FROM licenses l WHERE revoked_on IS NULL AND "_s +
                               condition + u" ORDER BY id"_s,
                           {}, u"test"_s);
        while (q && q->next())
            found.append(q->value(0).toLongLong());
        return found;
    };
    // Charges of a million calls or more change with any change of the rate.
    const QString bigUsage = u"EXISTS (SELECT 1 FROM usage_charges u WHERE u.license_id = l.id "
                             "AND u.api_calls >= 1000000)"_s;
    const QList<qint64> commercial = ids(u"tier = 'commercial' AND "_s + bigUsage);
    const QList<qint64> enterprise = ids(u"tier = 'enterprise' AND "_s + bigUsage);
    const QList<qint64> academic = ids(u"tier = 'academic' AND fee_cents >= 120000"_s);
    const QList<qint64> openSource = ids(u"tier = 'open_source' AND EXISTS (SELECT 1 FROM "
                                         "usage_charges u WHERE u.license_id = l.id)"_s);
    QVERIFY(commercial.size() >= 4 && !enterprise.isEmpty() && !academic.isEmpty() &&
            openSource.size() >= 2);
    const qint64 rateChanged = commercial[0];
    const qint64 soldLater = commercial[1];
    const qint64 unchanged = commercial[2];
    const qint64 feeTooLow = commercial[3];
    const qint64 tierMoved = enterprise[0];
    const qint64 oddTerms = academic[0];
    const qint64 expiresEarly = openSource[0];
    const qint64 idleUsage = openSource[1];

    // A license without usage charges, one whose charges are all for no calls, and one whose
    // terms snapshot is not a whole tier policy (an economy import may store such): `check` holds
    // its fee to the snapshot's floor, and to no ceiling.
    auto base = LicenseRepository(*db).find(unchanged);
    MM_VERIFY_OK(base);
    LicenseRecord fresh = base->value();
    fresh.id = 0;
    fresh.soldOn = day("2024-02-10");
    fresh.expiresOn = day("2025-02-10");
    MM_VERIFY_OK(LicenseRepository(*db).insert(fresh));
    MM_VERIFY_OK(db->exec(u"UPDATE usage_charges SET api_calls = 0, amount_cents = 0 WHERE "
                          "license_id = %1"_s.arg(idleUsage),
                          u"test"_s));
    const Money oddFee = Money::fromCents(
        scalar(u"SELECT fee_cents FROM licenses WHERE id = ?"_s, {oddTerms}).toLongLong());
    const Money oddFloor = oddFee - Money::fromCents(100'00);
    // SQLite's json_object, PostgreSQL's json_build_object: the same JSON text either way.
    const QString jsonObject =
        db->dialect().isPostgres() ? u"json_build_object"_s : u"json_object"_s;
    MM_VERIFY_OK(db->exec(u"UPDATE licenses SET terms = %1('tier', 'academic', "
                          "'priceFloor', '%2') WHERE id = %3"_s.arg(jsonObject)
                              .arg(oddFloor.toPlainString())
                              .arg(oddTerms),
                          u"test"_s));
    auto healthy = checkEconomy(*db);
    MM_VERIFY_OK(healthy);
    QVERIFY2(healthy->isEmpty(), qPrintable(healthy->join(u'\n')));

    // The export, row by row, to edit.
    const QByteArray exported = exportBytes(*db, ExchangeTable::Licenses);
    auto parsed = csv::parse(exported);
    MM_VERIFY_OK(parsed);
    const QStringList columns = exchange::csvColumns(ExchangeTable::Licenses);
    QCOMPARE(parsed->first().fields, columns);
    QHash<qint64, QStringList> rows;
    for (qsizetype i = 1; i < parsed->size(); ++i)
        rows.insert(parsed->at(i).fields.first().toLongLong(), parsed->at(i).fields);
    const auto row = [&](qint64 id, const QList<std::pair<QString, QString>>& changes) {
        QStringList fields = rows.value(id);
        for (const auto& [column, value] : changes)
            fields[columns.indexOf(column)] = value;
        return csv::formatRow(fields) + u'\n';
    };
    const auto cell = [&](qint64 id, const QString& column) {
        return rows.value(id).value(columns.indexOf(column));
    };
    const QString header = csv::formatRow(columns) + u'\n';
    const QString firstUsage =
        scalar(u"SELECT min(month) FROM usage_charges WHERE license_id = ?"_s, {soldLater})
            .toString();
    const QDate afterFirstUsage =
        QDate::fromString(firstUsage + u"-01"_s, Qt::ISODate).addMonths(1);
    const QDate dayBeforeSale =
        QDate::fromString(cell(expiresEarly, u"sold_on"_s), Qt::ISODate).addDays(-1);

    const QByteArray rowsBefore = tableDump(*db);
    const QByteArray csvBefore = exportBytes(*db, ExchangeTable::Licenses);

    // Each edit would make `check` report the license or its usage charges.
    const QString refused =
        header + row(rateChanged, {{u"usage_rate_per_1000"_s, u"0.60"_s}}) + // line 2
        row(soldLater, {{u"sold_on"_s, afterFirstUsage.toString(Qt::ISODate)},
                        {u"expires_on"_s, QString()}}) + // line 3
        row(tierMoved, {{u"tier"_s, u"academic"_s},
                        {u"fee"_s, u"1000.00"_s},
                        {u"usage_rate_per_1000"_s, QString()}}) + // line 4: rate from the tier
        row(unchanged, {}) +                                      // line 5: fine
        row(expiresEarly, {{u"expires_on"_s, dayBeforeSale.toString(Qt::ISODate)}}) +   // line 6
        row(oddTerms, {{u"fee"_s, (oddFloor - Money::fromCents(1)).toPlainString()}}) + // line 7
        row(feeTooLow, {{u"fee"_s, u"49999.99"_s}}) +                                   // line 8
        row(fresh.id, {{u"usage_rate_per_1000"_s, u"0.70"_s}}); // line 9: fine, no usage
    auto report = exchange::importCsv(*db, ExchangeTable::Licenses, refused.toUtf8());
    MM_VERIFY_OK(report);
    QVERIFY(!report->ok());
    QCOMPARE(report->inserted, 0);
    QCOMPARE(report->updated, 0);
    const QList<std::pair<int, QString>> expected{
        {2, u"usage_rate_per_1000"_s}, {3, u"sold_on"_s}, {4, u"tier"_s},
        {6, u"expires_on"_s},          {7, u"fee"_s},     {8, u"fee"_s},
    };
    QCOMPARE(report->problems.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(report->problems[i].line, expected[i].first);
        QCOMPARE(report->problems[i].column, expected[i].second);
    }
    const auto reason = [&report](int i) { return report->problems[i].reason; };
    QVERIFY2(reason(0).contains(u"already has usage charged at 0.50 per 1,000 calls"_s) &&
                 reason(0).contains(u"cannot change"_s),
             qPrintable(reason(0)));
    QVERIFY2(reason(1).contains(u"already has usage charged for "_s + firstUsage),
             qPrintable(reason(1)));
    QVERIFY2(reason(2).contains(u"0.05"_s) && reason(2).contains(u"at 0.20 per 1,000 calls"_s) &&
                 reason(2).contains(u"usage_rate_per_1000 as 0.20"_s),
             qPrintable(reason(2)));
    QVERIFY2(reason(3).contains(u"before the sale on "_s + cell(expiresEarly, u"sold_on"_s)),
             qPrintable(reason(3)));
    QVERIFY2(reason(4).contains(u"below"_s) && reason(4).contains(oddFloor.toPlainString()),
             qPrintable(reason(4)));
    QVERIFY2(reason(5).contains(u"below"_s) && reason(5).contains(u"50000.00"_s),
             qPrintable(reason(5)));
    QCOMPARE(report->problems[0].toString().left(35), u"line 2, column usage_rate_per_1000:"_s);
    QCOMPARE(tableDump(*db), rowsBefore);
    QCOMPARE(exportBytes(*db, ExchangeTable::Licenses), csvBefore);

    // Without an expires_on column the license keeps its expiry: moving the sale past it is a
    // problem of sold_on.
    auto movedPastExpiry =
        exchange::importCsv(*db, ExchangeTable::Licenses,
                            (u"id,model,buyer,tier,sold_on,fee\n"_s +
                             csv::formatRow({QString::number(fresh.id), cell(fresh.id, u"model"_s),
                                             cell(fresh.id, u"buyer"_s), cell(fresh.id, u"tier"_s),
                                             u"2025-03-01"_s, cell(fresh.id, u"fee"_s)}) +
                             u'\n')
                                .toUtf8());
    MM_VERIFY_OK(movedPastExpiry);
    QCOMPARE(movedPastExpiry->problems.size(), 1);
    QCOMPARE(movedPastExpiry->problems[0].line, 2);
    QCOMPARE(movedPastExpiry->problems[0].column, u"sold_on"_s);
    QVERIFY2(movedPastExpiry->problems[0].reason.contains(u"expires on 2025-02-10"_s),
             qPrintable(movedPastExpiry->problems[0].reason));
    QCOMPARE(tableDump(*db), rowsBefore);

    // What `check` allows goes in: the export unchanged, a sale moved earlier than its usage, a
    // new rate for charges of no calls, a license without usage moved to another tier, and a fee
    // above the tier's ceiling that its terms do not cap.
    const QString soldEarlier = QDate::fromString(cell(soldLater, u"sold_on"_s), Qt::ISODate)
                                    .addMonths(-1)
                                    .toString(Qt::ISODate);
    const QString accepted = header + row(rateChanged, {}) +
                             row(soldLater, {{u"sold_on"_s, soldEarlier}}) +
                             row(idleUsage, {{u"usage_rate_per_1000"_s, u"0.10"_s}}) +
                             row(fresh.id, {{u"tier"_s, u"academic"_s},
                                            {u"fee"_s, u"1000.00"_s},
                                            {u"usage_rate_per_1000"_s, QString()}}) +
                             row(oddTerms, {{u"fee"_s, u"20000.00"_s}});
    auto fine = exchange::importCsv(*db, ExchangeTable::Licenses, accepted.toUtf8());
    MM_VERIFY_OK(fine);
    QVERIFY2(fine->ok(), qPrintable(problemsText(*fine)));
    QCOMPARE(fine->updated, 5);
    auto moved = LicenseRepository(*db).find(fresh.id);
    MM_VERIFY_OK(moved);
    QCOMPARE(moved->value().tier, LicenseTier::Academic);
    QCOMPARE(moved->value().usageRatePer1000Calls, Money::fromCents(5));
    QCOMPARE(scalar(u"SELECT usage_rate_cents_per_1000 FROM licenses WHERE id = ?"_s, {idleUsage})
                 .toLongLong(),
             10);
    auto stillHealthy = checkEconomy(*db);
    MM_VERIFY_OK(stillHealthy);
    QVERIFY2(stillHealthy->isEmpty(), qPrintable(stillHealthy->join(u'\n')));

    // And the whole export still round-trips.
    const QByteArray again = exportBytes(*db, ExchangeTable::Licenses);
    auto same = exchange::importCsv(*db, ExchangeTable::Licenses, again);
    MM_VERIFY_OK(same);
    QVERIFY2(same->ok(), qPrintable(problemsText(*same)));
    QCOMPARE(same->updated, count(*db, u"licenses"_s));
    QCOMPARE(exportBytes(*db, ExchangeTable::Licenses), again);
}

void TestExchange::economyJsonRoundTrip() {
    auto a = generated(u"a"_s, 11);
    QVERIFY(a);
    // Something of every kind the generator does not make.
    MM_VERIFY_OK(LicenseRepository(*a).revoke(5, u"unpaid, \"really\""_s, day("2023-12-31")));
    MM_VERIFY_OK(
        a->exec(u"UPDATE training_jobs SET seed = -1, model_id = 3 WHERE id = 1"_s, u"test"_s));
    auto scenario = ScenarioRepository(*a).create(u"Cheaper Commercial"_s, u"what if"_s);
    MM_VERIFY_OK(scenario);
    MM_VERIFY_OK(ScenarioRepository(*a).setOverride(*scenario, u"listingPricePercent.commercial"_s,
                                                    u"85"_s));
    MM_VERIFY_OK(ScenarioRepository(*a).setOverride(*scenario, u"tiers.academic.priceFloor"_s,
                                                    u"1234.56"_s));
    BalanceRule rule;
    rule.name = u"Medium models pay back"_s;
    rule.metric = *ForecastMetric::parse(u"payback:medium"_s);
    rule.maximum = 18;
    MM_VERIFY_OK(BalanceRuleRepository(*a).add(rule));

    const QJsonObject exported = exportJson(*a);
    QCOMPARE(exported.value(u"scenarios"_s).toArray().size(), 1);
    QCOMPARE(exported.value(u"balanceRules"_s).toArray().size(), 1);
    QCOMPARE(exported.value(u"format"_s).toString(), u"modelmarket-economy"_s);
    QCOMPARE(exported.value(u"version"_s).toInt(), 1);
    QCOMPARE(exported.value(u"models"_s).toArray().size(), 30);
    QCOMPARE(exported.value(u"buyers"_s).toArray().size(), 12);
    QCOMPARE(exported.value(u"licenses"_s).toArray().size(), 200);
    QVERIFY(!exported.value(u"usageCharges"_s).toArray().isEmpty());
    QVERIFY(!exported.value(u"listings"_s).toArray().isEmpty());
    QVERIFY(!exported.value(u"researchProjects"_s).toArray().isEmpty());
    const QJsonObject job = exported.value(u"trainingJobs"_s).toArray().first().toObject();
    QCOMPARE(job.value(u"seed"_s).toString(), u"18446744073709551615"_s);
    QVERIFY(
        exported.value(u"licenses"_s).toArray().first().toObject().value(u"terms"_s).isObject());

    // Through text, as a file would carry it: each record on its own line, so a git diff of two
    // exports shows the changed records and nothing else.
    const QByteArray text = exchange::economyJsonText(exported);
    const QJsonObject parsed = QJsonDocument::fromJson(text).object();
    QCOMPARE(QJsonDocument(parsed), QJsonDocument(exported));
    const QList<QByteArray> lines = text.split('\n');
    const QByteArray firstBuyer =
        QJsonDocument(exported.value(u"buyers"_s).toArray().first().toObject())
            .toJson(QJsonDocument::Compact);
    QVERIFY(lines.contains("        " + firstBuyer + ","));
    QVERIFY(lines.contains(R"(    "format": "modelmarket-economy",)"));
    QVERIFY(text.endsWith("}\n"));
    // Any valid JSON is still read: the same economy, indented the old way.
    QCOMPARE(QJsonDocument::fromJson(QJsonDocument(exported).toJson(QJsonDocument::Indented)),
             QJsonDocument(parsed));

    auto b = openDb(u"b"_s);
    QVERIFY(b);
    MM_VERIFY_OK(exchange::importEconomy(*b, parsed));
    const QJsonObject again = exportJson(*b);
    QCOMPARE(QJsonDocument(again), QJsonDocument(exported));
    QCOMPARE(exchange::economyJsonText(again), text);
    auto scenarios = ScenarioRepository(*b).list();
    MM_VERIFY_OK(scenarios);
    auto original = ScenarioRepository(*a).list();
    MM_VERIFY_OK(original);
    QCOMPARE(scenarios->first().overrides, original->first().overrides);

    auto totalA = totalRevenue(*a);
    auto totalB = totalRevenue(*b);
    MM_VERIFY_OK(totalA);
    MM_VERIFY_OK(totalB);
    QVERIFY(totalA->cents() > 0);
    QCOMPARE(*totalB, *totalA);
    auto byTierA = revenue(*a, RevenueGrouping::Tier);
    auto byTierB = revenue(*b, RevenueGrouping::Tier);
    MM_VERIFY_OK(byTierA);
    MM_VERIFY_OK(byTierB);
    QCOMPARE(*byTierB, *byTierA);

    auto problems = b->integrityProblems();
    MM_VERIFY_OK(problems);
    QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u'\n')));
}

void TestExchange::economyImportRefusesNonEmptyUnlessReplace() {
    auto a = generated(u"a"_s, 1);
    auto c = generated(u"c"_s, 2);
    QVERIFY(a && c);
    const QJsonObject original = exportJson(*a);
    const QJsonObject other = exportJson(*c);
    QVERIFY(QJsonDocument(original) != QJsonDocument(other));

    auto refused = exchange::importEconomy(*a, other);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().rule, u"import-not-empty"_s);
    QCOMPARE(QJsonDocument(exportJson(*a)), QJsonDocument(original));

    MM_VERIFY_OK(exchange::importEconomy(*a, other, true));
    QCOMPARE(QJsonDocument(exportJson(*a)), QJsonDocument(other));

    // Research projects alone do not count as an economy, but they are replaced all the same.
    auto d = openDb(u"d"_s);
    QVERIFY(d);
    MM_VERIFY_OK(d->exec(u"INSERT INTO research_projects (id, name, field, started_on) VALUES "
                         "(1, 'Leftover', 'Data', '2020-01-01')"_s,
                         u"test"_s));
    MM_VERIFY_OK(exchange::importEconomy(*d, original));
    QCOMPARE(QJsonDocument(exportJson(*d)), QJsonDocument(original));
}

void TestExchange::economyImportRejectsBadDocuments() {
    auto a = generated(u"a"_s, 5);
    auto b = openDb(u"b"_s);
    QVERIFY(a && b);
    const QJsonObject good = exportJson(*a);
    const QJsonObject emptyBefore = exportJson(*b);

    const auto edited = [&good](const QString& array, int index, const QString& key,
                                const QJsonValue& value) {
        QJsonObject document = good;
        QJsonArray items = document.value(array).toArray();
        QJsonObject item = items.at(index).toObject();
        item.insert(key, value);
        items.replace(index, item);
        document.insert(array, items);
        return document;
    };

    QJsonObject newer = good;
    newer.insert(u"version"_s, 2);
    auto tooNew = exchange::importEconomy(*b, newer);
    QVERIFY(!tooNew.ok());
    QCOMPARE(tooNew.error().rule, u"economy-newer"_s);
    QVERIFY2(tooNew.error().message.contains(u"2"_s) && tooNew.error().message.contains(u"1"_s),
             qPrintable(tooNew.error().message));

    QJsonObject foreign = good;
    foreign.insert(u"format"_s, u"spreadsheet"_s);
    auto wrongFormat = exchange::importEconomy(*b, foreign);
    QVERIFY(!wrongFormat.ok());
    QCOMPARE(wrongFormat.error().rule, u"economy-format"_s);

    auto metric = exchange::importEconomy(*b, edited(u"models"_s, 12, u"accuracy"_s, 140));
    QVERIFY(!metric.ok());
    QCOMPARE(metric.error().where, u"models[12].accuracy"_s);

    auto money = exchange::importEconomy(*b, edited(u"buyers"_s, 3, u"budget"_s, 12.5));
    QVERIFY(!money.ok());
    QCOMPARE(money.error().where, u"buyers[3].budget"_s);

    auto reference = exchange::importEconomy(*b, edited(u"licenses"_s, 7, u"modelId"_s, 9999));
    QVERIFY(!reference.ok());
    QCOMPARE(reference.error().where, u"licenses[7].modelId"_s);

    auto duplicate = exchange::importEconomy(*b, edited(u"buyers"_s, 4, u"id"_s, 1));
    QVERIFY(!duplicate.ok());
    QCOMPARE(duplicate.error().where, u"buyers[4].id"_s);

    auto badDate =
        exchange::importEconomy(*b, edited(u"licenses"_s, 0, u"soldOn"_s, u"2024-02-30"_s));
    QVERIFY(!badDate.ok());
    QCOMPARE(badDate.error().where, u"licenses[0].soldOn"_s);

    QJsonObject badConfig = good;
    QJsonObject config = good.value(u"config"_s).toObject();
    config.remove(u"tiers"_s);
    badConfig.insert(u"config"_s, config);
    auto configError = exchange::importEconomy(*b, badConfig);
    QVERIFY(!configError.ok());
    QVERIFY2(configError.error().where.startsWith(u"config"_s),
             qPrintable(configError.error().toString()));

    QJsonObject missing = good;
    missing.remove(u"usageCharges"_s);
    auto missingList = exchange::importEconomy(*b, missing);
    QVERIFY(!missingList.ok());
    QCOMPARE(missingList.error().where, u"usageCharges"_s);

    // Nothing of it reached the database.
    QCOMPARE(count(*b, u"models"_s), 0);
    QCOMPARE(QJsonDocument(exportJson(*b)), QJsonDocument(emptyBefore));
    MM_VERIFY_OK(exchange::importEconomy(*b, good));
}

void TestExchange::economyImportRefusesWhatCheckReports() {
    auto a = generated(u"a"_s, 5);
    auto b = openDb(u"b"_s);
    QVERIFY(a && b);
    const QJsonObject good = exportJson(*a);
    const QByteArray emptyRows = tableDump(*b);
    const QJsonObject emptyBefore = exportJson(*b);
    const QByteArray aRows = tableDump(*a);

    const auto indexWhere = [&good](const QString& array, const QString& key,
                                    const QString& value) -> qsizetype {
        const QJsonArray items = good.value(array).toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (items.at(i).toObject().value(key).toString() == value)
                return i;
        }
        return -1;
    };
    const auto edit = [](QJsonObject& document, const QString& array, qsizetype index,
                         const QString& key, const QJsonValue& value) {
        QJsonArray items = document.value(array).toArray();
        QJsonObject item = items.at(index).toObject();
        item.insert(key, value);
        items.replace(index, item);
        document.insert(array, items);
    };
    const auto idOf = [&good](const QString& array, qsizetype index) {
        return QString::number(
            good.value(array).toArray().at(index).toObject().value(u"id"_s).toInteger());
    };

    // A commercial license sold for less than its terms' floor; a commercial listing priced below
    // the tier's floor; a listing of a model made a draft; a completed model without composite.
    const qsizetype license = indexWhere(u"licenses"_s, u"tier"_s, u"commercial"_s);
    const qsizetype listing = indexWhere(u"listings"_s, u"tier"_s, u"commercial"_s);
    const qsizetype completed = indexWhere(u"models"_s, u"status"_s, u"completed"_s);
    QVERIFY(license >= 0 && listing >= 0 && completed >= 0);
    const qint64 listedModelId =
        good.value(u"listings"_s).toArray().at(listing).toObject().value(u"modelId"_s).toInteger();
    qsizetype listedModel = -1;
    for (qsizetype i = 0; i < good.value(u"models"_s).toArray().size(); ++i) {
        if (good.value(u"models"_s).toArray().at(i).toObject().value(u"id"_s).toInteger() ==
            listedModelId)
            listedModel = i;
    }
    QVERIFY(listedModel >= 0);

    struct Case {
        QString array;
        qsizetype index;
        QString key;
        QJsonValue value;
        QString rule;  // the words `check` uses
        QString table; // and where the offender is
        QString id;
    };
    const QList<Case> cases{
        {u"licenses"_s, license, u"fee"_s, u"0.00"_s,
         u"license fee outside the price range it was sold under"_s, u"licenses"_s,
         idOf(u"licenses"_s, license)},
        {u"listings"_s, listing, u"price"_s, u"1.00"_s,
         u"listing priced outside its tier's current range"_s, u"listings"_s,
         idOf(u"listings"_s, listing)},
        {u"models"_s, listedModel, u"status"_s, u"draft"_s,
         u"listing of a model that is not trained"_s, u"listings"_s, idOf(u"listings"_s, listing)},
    };
    QJsonObject everything = good;
    for (const Case& c : cases) {
        QJsonObject document = good;
        edit(document, c.array, c.index, c.key, c.value);
        edit(everything, c.array, c.index, c.key, c.value);
        auto refused = exchange::importEconomy(*b, document);
        QVERIFY2(!refused.ok(), qPrintable(c.rule));
        QCOMPARE(refused.error().rule, u"domain"_s);
        const QString& message = refused.error().message;
        QVERIFY2(message.contains(c.rule + u": 1 row(s) in "_s + c.table + u", e.g. id "_s + c.id),
                 qPrintable(message));
        QVERIFY2(message.contains(u"nothing was imported"_s), qPrintable(message));
        QCOMPARE(tableDump(*b), emptyRows);
    }

    // A trained model without a metric is refused with the model itself, before any domain
    // check runs (ModelRepository::validate).
    {
        QJsonObject document = good;
        edit(document, u"models"_s, completed, u"composite"_s, QJsonValue(QJsonValue::Null));
        auto refused = exchange::importEconomy(*b, document);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().rule, u"model-metrics-required"_s);
        QVERIFY2(refused.error().message.contains(u"composite missing"_s),
                 qPrintable(refused.error().message));
        QCOMPARE(tableDump(*b), emptyRows);
    }

    // All at once: every broken rule is listed, and a replacing import leaves the old economy.
    auto all = exchange::importEconomy(*a, everything, true);
    QVERIFY(!all.ok());
    QCOMPARE(all.error().rule, u"domain"_s);
    for (const Case& c : cases)
        QVERIFY2(all.error().message.contains(c.rule), qPrintable(all.error().message));
    QCOMPARE(tableDump(*a), aRows);
    QCOMPARE(QJsonDocument(exportJson(*a)), QJsonDocument(good));

    QCOMPARE(count(*b, u"models"_s), 0);
    QCOMPARE(QJsonDocument(exportJson(*b)), QJsonDocument(emptyBefore));
    // The database is still usable, and the unedited document still imports.
    MM_VERIFY_OK(exchange::importEconomy(*b, good));
    QCOMPARE(QJsonDocument(exportJson(*b)), QJsonDocument(good));
}

QStringList TestExchange::schema(Database& db) {
    QStringList entries;
    auto q = db.query(u"SELECT type, name, sql FROM sqlite_schema ORDER BY type, name"_s, {},
                      u"reading the schema"_s);
    while (q && q->next())
        entries.append(q->value(0).toString() + u' ' + q->value(1).toString() + u' ' +
                       q->value(2).toString());
    return entries;
}

// Generating many models suspends the catalog's secondary indexes and its lab trigger inside the
// transaction; both a finished and a cancelled run leave the schema exactly as it was.
void TestExchange::bulkGenerationKeepsTheSchemaAndTheLabs() {
    auto db = openDb(u"bulk"_s);
    QVERIFY(db);
    const QStringList before = schema(*db);
    QCOMPARE(before.filter(u"trigger models_default_lab "_s).size(), 1);
    QCOMPARE(before.filter(u"index models_"_s).size(), 10); // nine by column, models_id_order

    GeneratorOptions options;
    options.models = 20'000; // the smallest run that defers the indexes
    options.buyers = 8;
    options.licenses = 0;
    options.usageCharges = false;
    options.researchProjects = false;
    options.jobsInTraining = 0;
    bool deferredSeen = false;
    const auto cancelHalfWay = [&](double share, const QString&) {
        // Mid-run the indexes and the trigger are gone, inside the open transaction.
        if (share > 0.2 && !deferredSeen) {
            deferredSeen = schema(*db).filter(u"index models_"_s).isEmpty() &&
                           schema(*db).filter(u"trigger models_default_lab"_s).isEmpty();
        }
        return share < 0.3;
    };
    QVERIFY(!generateEconomy(*db, EconomyConfig::defaults(), options, cancelHalfWay));
    QVERIFY(deferredSeen);
    QCOMPARE(schema(*db), before);
    QCOMPARE(count(*db, u"models"_s), 0);

    MM_VERIFY_OK(generateEconomy(*db, EconomyConfig::defaults(), options));
    QCOMPARE(schema(*db), before);
    QCOMPARE(count(*db, u"models"_s), 20'000);
    auto orphans = db->query(u"SELECT COUNT(*) FROM models WHERE lab_id IS NOT "
                             u"(SELECT id FROM labs WHERE is_studio = 1)"_s,
                             {}, u"counting models outside the studio"_s);
    QVERIFY(orphans && orphans->next());
    QCOMPARE(orphans->value(0).toLongLong(), 0);
    // The restored trigger still gives the studio a model written by another tool.
    MM_VERIFY_OK(db->query(u"INSERT INTO models (name, architecture, size_class, parameters, "
                           u"dataset_tokens, created_on) VALUES ('Outside', 'transformer', "
                           u"'small', 1000, 0, '2024-01-01')"_s,
                           {}, u"adding a model as another tool"_s));
    auto lab = db->query(u"SELECT lab_id IS NOT NULL FROM models WHERE name = 'Outside'"_s, {},
                         u"reading its lab"_s);
    QVERIFY(lab && lab->next());
    QVERIFY(lab->value(0).toBool());
}

// Models are drawn on a second thread while the first writes them, in batches; a seed must still
// give the same catalog, listings and licenses whatever the threads' timing.
void TestExchange::bulkGenerationIsReproducible() {
    GeneratorOptions options;
    options.models = 12'345; // several drawing batches and a partial last one
    options.buyers = 40;
    options.licenses = 3'000;
    options.usageCharges = false;
    options.seed = 99;
    QList<QByteArray> runs;
    for (const QString& name : {u"first"_s, u"second"_s}) {
        auto db = openDb(name);
        QVERIFY(db);
        MM_VERIFY_OK(generateEconomy(*db, EconomyConfig::defaults(), options));
        QByteArray dump =
            exportBytes(*db, ExchangeTable::Catalog) + exportBytes(*db, ExchangeTable::Licenses);
        const QString listing = u"model_id || ' ' || tier || ' ' || price_cents || ' ' || "
                                u"listed_on"_s;
        auto listings = db->query(
            db->dialect().isPostgres()
                ? u"SELECT string_agg(%1, ';' ORDER BY id) FROM listings"_s.arg(listing)
                : u"SELECT group_concat(%1, ';') FROM (SELECT * FROM listings ORDER BY id)"_s.arg(
                      listing),
            {}, u"reading the listings"_s);
        QVERIFY(listings && listings->next());
        dump += listings->value(0).toByteArray();
        runs.append(dump);
    }
    QVERIFY(runs[0].count('\n') > options.models);
    QCOMPARE(runs[0], runs[1]);
}

QString TestExchange::writeFile(const QString& name, const QByteArray& bytes) {
    const QString path = m_store->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qWarning() << "cannot write" << path;
    return path;
}

namespace {

// `value` as JSON text with every object's keys in reverse order (QJsonDocument always sorts
// them) and whitespace between all tokens.
QByteArray reversedJson(const QJsonValue& value) {
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        QStringList keys = object.keys();
        std::reverse(keys.begin(), keys.end());
        QByteArray text = "{ ";
        for (qsizetype i = 0; i < keys.size(); ++i) {
            text += (i ? "\n , " : "") + reversedJson(keys.at(i)) + " :\t" +
                    reversedJson(object.value(keys.at(i)));
        }
        return text + "\r\n}";
    }
    if (value.isArray()) {
        QByteArray text = "[ ";
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            text += (i ? " ,\n  " : "") + reversedJson(array.at(i));
        return text + " ]";
    }
    const QByteArray list = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return list.mid(1, list.size() - 2);
}

} // namespace

void TestExchange::economyImportAcceptsAnyKeyOrder() {
    auto a = generated(u"a"_s, 11);
    QVERIFY(a);
    auto scenario = ScenarioRepository(*a).create(u"Cheaper"_s, u"what if"_s);
    MM_VERIFY_OK(scenario);
    MM_VERIFY_OK(ScenarioRepository(*a).setOverride(*scenario, u"listingPricePercent.commercial"_s,
                                                    u"80"_s));
    const QJsonObject exported = exportJson(*a);
    const QByteArray exportOrder = exchange::economyJsonText(exported);
    const QByteArray otherOrder = reversedJson(exported);
    // The reversed text really puts what the import needs first (format, version, config,
    // models) after what refers to it.
    QVERIFY(otherOrder.indexOf("\"version\"") < otherOrder.indexOf("\"usageCharges\""));
    QVERIFY(otherOrder.indexOf("\"usageCharges\"") < otherOrder.indexOf("\"models\""));
    QVERIFY(otherOrder.indexOf("\"models\"") < otherOrder.indexOf("\"labs\""));
    QVERIFY(otherOrder.indexOf("\"labs\"") < otherOrder.indexOf("\"format\""));
    QVERIFY(otherOrder.indexOf("\"format\"") < otherOrder.indexOf("\"config\""));
    QCOMPARE(QJsonDocument::fromJson(otherOrder).object(), exported);

    auto b = openDb(u"b"_s);
    auto c = openDb(u"c"_s);
    QVERIFY(b && c);
    MM_VERIFY_OK(exchange::importEconomyFile(*b, writeFile(u"export.json"_s, exportOrder)));
    MM_VERIFY_OK(exchange::importEconomyFile(*c, writeFile(u"other.json"_s, otherOrder)));
    QCOMPARE(tableDump(*c), tableDump(*b));
    QCOMPARE(exchange::economyJsonText(exportJson(*c)), exportOrder);
    QCOMPARE(count(*c, u"scenarios"_s), 1);
    QVERIFY(count(*c, u"licenses"_s) > 0);
}

void TestExchange::economyImportListsEveryProblemOfAList() {
    auto a = generated(u"a"_s, 12);
    auto b = openDb(u"b"_s);
    QVERIFY(a && b);
    const QByteArray emptyRows = tableDump(*b);
    QJsonObject document = exportJson(*a);
    QJsonArray models = document.value(u"models"_s).toArray();
    QJsonObject third = models.at(3).toObject();
    third.insert(u"accuracy"_s, 140);
    models.replace(3, third);
    QJsonObject eighth = models.at(8).toObject();
    eighth.insert(u"name"_s, models.at(1).toObject().value(u"name"_s).toString().toUpper());
    models.replace(8, eighth);
    models.append(u"not a model"_s);
    document.insert(u"models"_s, models);

    auto refused = exchange::importEconomy(*b, document);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().where, u"models[3].accuracy"_s);
    const QString& message = refused.error().message;
    QVERIFY2(message.contains(u"2 more problem"_s), qPrintable(message));
    QVERIFY2(message.contains(u"models[8].name: the name '"_s), qPrintable(message));
    QVERIFY2(message.contains(u"models[30]: expected an object"_s), qPrintable(message));
    QCOMPARE(tableDump(*b), emptyRows);
}

void TestExchange::economyImportFileReportsProgressAndCancels() {
    auto a = generated(u"a"_s, 13);
    QVERIFY(a);
    const QJsonObject exported = exportJson(*a);
    const QString path = writeFile(u"economy.json"_s, exchange::economyJsonText(exported));

    auto b = openDb(u"b"_s);
    QVERIFY(b);
    const QByteArray emptyRows = tableDump(*b);
    int calls = 0;
    auto cancelled = exchange::importEconomyFile(*b, path, false, [&calls](double) {
        ++calls;
        return false;
    });
    QVERIFY(!cancelled.ok());
    QCOMPARE(cancelled.error().rule, u"cancelled"_s);
    QCOMPARE(calls, 1);
    QCOMPARE(tableDump(*b), emptyRows);

    QList<double> shares;
    MM_VERIFY_OK(exchange::importEconomyFile(*b, path, false, [&shares](double share) {
        shares.append(share);
        return true;
    }));
    QVERIFY(!shares.isEmpty());
    QCOMPARE(shares.last(), 1.0);
    QVERIFY(std::is_sorted(shares.begin(), shares.end()));
    QCOMPARE(QJsonDocument(exportJson(*b)), QJsonDocument(exported));
}

void TestExchange::economyImportFileNamesWhereTheSyntaxBreaks() {
    auto a = generated(u"a"_s, 14);
    auto b = openDb(u"b"_s);
    QVERIFY(a && b);
    const QByteArray emptyRows = tableDump(*b);
    const QByteArray text = exchange::economyJsonText(exportJson(*a));
    const QList<QByteArray> lines = text.split('\n');
    qsizetype modelsLine = -1;
    for (qsizetype i = 0; i < lines.size() && modelsLine < 0; ++i) {
        if (lines.at(i).startsWith("    \"models\""))
            modelsLine = i + 1; // 1-based, the line that opens the list
    }
    QVERIFY(modelsLine > 0);

    // The third model's price-like field broken in the middle of a number.
    QList<QByteArray> broken = lines;
    broken[modelsLine + 2].replace("\"researchPoints\":", "\"researchPoints\":1x");
    const QString brokenPath = writeFile(u"broken.json"_s, broken.join('\n'));
    auto refused = exchange::importEconomyFile(*b, brokenPath);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().rule, u"import-json"_s);
    QCOMPARE(refused.error().where, brokenPath);
    QVERIFY2(refused.error().message.contains(u"line %1, column "_s.arg(modelsLine + 3)),
             qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.contains(u"(models[2].researchPoints)"_s),
             qPrintable(refused.error().message));

    // Cut short: the document never ends.
    const QString cutPath = writeFile(u"cut.json"_s, text.left(text.size() * 2 / 3));
    auto cut = exchange::importEconomyFile(*b, cutPath);
    QVERIFY(!cut.ok());
    QCOMPARE(cut.error().rule, u"import-json"_s);
    QVERIFY2(cut.error().message.contains(u"the document ends inside"_s),
             qPrintable(cut.error().message));

    // A newer version is refused although "version" is the last key of the file.
    QByteArray newer = text;
    newer.replace("\"version\": 1", "\"version\": 2");
    QVERIFY(newer != text);
    auto tooNew = exchange::importEconomyFile(*b, writeFile(u"newer.json"_s, newer));
    QVERIFY(!tooNew.ok());
    QCOMPARE(tooNew.error().rule, u"economy-newer"_s);
    QCOMPARE(tableDump(*b), emptyRows);
}

QTEST_GUILESS_MAIN(TestExchange)
#include "tst_exchange.moc"
