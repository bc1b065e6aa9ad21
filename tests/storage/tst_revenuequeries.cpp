// Golden revenue reports: the committed fixture economy, imported into a fresh file, must give
// exactly the committed CSV files, to the cent, through both RevenueReport (raw GROUP BY over
// licenses and usage charges) and RevenueQueries (the revenue_monthly summary the dashboard
// reads). Independent C++ sums over the raw rows check the files themselves, and the summary is
// checked against the raw rows after every kind of write the triggers have to follow.
//
// tests/data/golden/economy.json was made once with generateEconomy (goldenOptions() in
// tests/common/GoldenRevenue.h) and exportEconomy; the CSV files hold what the reports gave for
// it. Both are committed and must not change by accident. To regenerate them deliberately (after
// a reviewed change to how revenue is counted), run from the build directory:
//
//     tools/regenerate_golden [--economy]
//
// which rewrites the CSV files from the committed economy.json; --economy makes a new
// economy.json from the generator first. Review the diff before committing.

#include "GoldenRevenue.h"
#include "ResultChecks.h"
#include "TestStore.h"
#include "core/EconomyConfig.h"
#include "data/BuyerRepository.h"
#include "data/Csv.h"
#include "data/Database.h"
#include "data/EconomyGenerator.h"
#include "data/Exchange.h"
#include "data/LicenseRepository.h"
#include "data/Migrations.h"
#include "data/RevenueQueries.h"
#include "data/RevenueReport.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QMap>
#include <QSaveFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <array>
#include <memory>

Q_DECLARE_METATYPE(mm::RevenueFilter)

using namespace mm;
using namespace Qt::StringLiterals;
using namespace mm::golden;

namespace {

std::unique_ptr<Database> openFresh(testing::TestStore& store, const QString& name) {
    const QString location = store.location(name);
    if (location.isEmpty()) {
        qWarning() << store.error();
        return nullptr;
    }
    auto opened = Database::open(location);
    if (!opened) {
        qWarning() << opened.error().toString();
        return nullptr;
    }
    return std::move(opened).value();
}

QVariant scalar(Database& db, const QString& sql, const QVariantList& values = {}) {
    auto q = db.query(sql, values, u"reading a test value"_s);
    if (!q) {
        qWarning() << q.error().toString();
        return {};
    }
    return q->next() ? q->value(0) : QVariant();
}

// What one raw row contributes, read without any of the code under test.
struct RawAmount {
    QString month;
    QString tier;
    QString buyerType;
    qint64 modelId = 0;
    QString sizeClass;
    QString architecture;
    qint64 fee = 0;
    qint64 usage = 0;
    bool sale = false;
};

QList<RawAmount> rawAmounts(Database& db) {
    QList<RawAmount> amounts;
    auto sales =
        db.query(u"SELECT substr(l.sold_on, 1, 7), l.tier, b.type, l.model_id, "
                 u"m.size_class, m.architecture, l.fee_cents FROM licenses l "
                 u"JOIN buyers b ON b.id = l.buyer_id JOIN models m ON m.id = l.model_id"_s,
                 {}, u"reading licenses"_s);
    while (sales && sales->next())
        amounts.append({sales->value(0).toString(), sales->value(1).toString(),
                        sales->value(2).toString(), sales->value(3).toLongLong(),
                        sales->value(4).toString(), sales->value(5).toString(),
                        sales->value(6).toLongLong(), 0, true});
    auto usage =
        db.query(u"SELECT u.month, l.tier, b.type, l.model_id, m.size_class, "
                 u"m.architecture, u.amount_cents FROM usage_charges u JOIN licenses l "
                 u"ON l.id = u.license_id JOIN buyers b ON b.id = l.buyer_id JOIN models m "
                 u"ON m.id = l.model_id"_s,
                 {}, u"reading usage charges"_s);
    while (usage && usage->next())
        amounts.append({usage->value(0).toString(), usage->value(1).toString(),
                        usage->value(2).toString(), usage->value(3).toLongLong(),
                        usage->value(4).toString(), usage->value(5).toString(), 0,
                        usage->value(6).toLongLong(), false});
    return amounts;
}

struct Sums {
    qint64 fees = 0;
    qint64 usage = 0;
    qint64 licenses = 0;
    bool operator==(const Sums&) const = default;
};

QString keyOf(const RawAmount& a, RevenueGrouping grouping) {
    switch (grouping) {
    case RevenueGrouping::Tier:
        return a.tier;
    case RevenueGrouping::Month:
        return a.month;
    case RevenueGrouping::Model:
        return QString::number(a.modelId);
    case RevenueGrouping::BuyerType:
        return a.buyerType;
    case RevenueGrouping::Lab: // checked against the raw rows in tests/app/tst_forecast.cpp
        break;
    }
    return {};
}

bool matches(const RawAmount& a, const RevenueFilter& f) {
    if (f.fromMonth && a.month < monthKey(*f.fromMonth))
        return false;
    if (f.toMonth && a.month > monthKey(*f.toMonth))
        return false;
    if (f.sizeClass && a.sizeClass != enumKey(*f.sizeClass))
        return false;
    if (f.architecture && a.architecture != enumKey(*f.architecture))
        return false;
    if (f.buyerType && a.buyerType != enumKey(*f.buyerType))
        return false;
    return true;
}

QMap<QString, Sums> independentSums(const QList<RawAmount>& amounts, RevenueGrouping grouping,
                                    const RevenueFilter& filter = {}) {
    QMap<QString, Sums> sums;
    for (const RawAmount& a : amounts) {
        if (!matches(a, filter))
            continue;
        Sums& s = sums[keyOf(a, grouping)];
        if (filter.kind != RevenueKind::Usage)
            s.fees += a.fee;
        if (filter.kind != RevenueKind::Fees)
            s.usage += a.usage;
        s.licenses += a.sale ? 1 : 0;
    }
    return sums;
}

// The same rows keyed like independentSums (model rows by id, through the name).
QMap<QString, Sums> sumsOf(Database& db, const QList<RevenueRow>& rows, RevenueGrouping grouping) {
    QMap<QString, Sums> sums;
    for (const RevenueRow& row : rows) {
        if (row.fees.isZero() && row.usage.isZero() && row.licenses == 0)
            continue; // zero rows of every enumerator
        QString key = row.key;
        if (grouping == RevenueGrouping::Model)
            key = scalar(db, u"SELECT id FROM models WHERE name = ?"_s, {row.key}).toString();
        sums.insert(key, {row.fees.cents(), row.usage.cents(), row.licenses});
    }
    return sums;
}

// Every grouping from the summary equals the raw report (whole range).
bool summaryAgreesWithReport(Database& db, QString* why) {
    for (const GoldenReport& report : kGoldenReports) {
        auto raw = revenue(db, report.grouping);
        auto summary = revenueSummary(db, report.grouping);
        if (!raw || !summary) {
            *why = (raw ? summary.error() : raw.error()).toString();
            return false;
        }
        if (*raw != *summary) {
            *why = u"%1: report %2 rows, summary %3 rows; first report row %4, summary %5"_s
                       .arg(QLatin1String(report.file))
                       .arg(raw->size())
                       .arg(summary->size())
                       .arg(raw->isEmpty() ? QString() : toCells(*raw).first().join(u'|'))
                       .arg(summary->isEmpty() ? QString() : toCells(*summary).first().join(u'|'));
            return false;
        }
    }
    return true;
}

} // namespace

class TestRevenueQueries : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void goldenReports_data();
    void goldenReports();
    void goldenTotalsEqualIndependentSums();
    void filteredSummaryEqualsIndependentSums_data();
    void filteredSummaryEqualsIndependentSums();
    void dashboardAgreesWithReports();
    void listingPointsAreThinnedPerTier();
    void invalidFilterIsRefused();
    void triggersFollowEveryWrite();
    void upgradedVersion1FileHasBackfilledSummary();

private:
    std::unique_ptr<Database> importFixture(const QString& name);

    testing::TestStore m_store;
    std::unique_ptr<Database> m_db; // the fixture, imported once
};

std::unique_ptr<Database> TestRevenueQueries::importFixture(const QString& name) {
    auto db = openFresh(m_store, name);
    if (!db)
        return nullptr;
    const QJsonObject economy = readEconomyJson();
    if (economy.isEmpty())
        return nullptr;
    Status imported = exchange::importEconomy(*db, economy);
    if (!imported) {
        qWarning() << imported.error().toString();
        return nullptr;
    }
    return db;
}

void TestRevenueQueries::initTestCase() {
    MM_REQUIRE_STORE(m_store);
    m_db = importFixture(u"golden.sqlite"_s);
    QVERIFY2(m_db, "tests/data/golden/economy.json could not be imported");
}

void TestRevenueQueries::goldenReports_data() {
    QTest::addColumn<int>("report");
    QTest::addColumn<bool>("fromSummary");
    for (std::size_t i = 0; i < kGoldenReports.size(); ++i) {
        const char* file = kGoldenReports[i].file;
        QTest::addRow("%s, RevenueReport", file) << int(i) << false;
        QTest::addRow("%s, RevenueQueries", file) << int(i) << true;
    }
}

void TestRevenueQueries::goldenReports() {
    QFETCH(int, report);
    QFETCH(bool, fromSummary);
    QVERIFY(m_db);
    const GoldenReport& golden = kGoldenReports[static_cast<std::size_t>(report)];

    QFile file(goldenDir() + u'/' + QLatin1String(golden.file));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    auto expected = csv::parse(file.readAll());
    QVERIFY(expected);
    QVERIFY(!expected->isEmpty());
    QCOMPARE(expected->first().fields, kHeader);

    auto rows =
        fromSummary ? revenueSummary(*m_db, golden.grouping) : revenue(*m_db, golden.grouping);
    QVERIFY2(rows, rows ? "" : qPrintable(rows.error().toString()));
    const QList<QStringList> actual = toCells(*rows);
    QCOMPARE(actual.size(), expected->size() - 1);
    for (qsizetype i = 0; i < actual.size(); ++i)
        QCOMPARE(actual.at(i), expected->at(i + 1).fields);
}

void TestRevenueQueries::goldenTotalsEqualIndependentSums() {
    QVERIFY(m_db);
    const QList<RawAmount> amounts = rawAmounts(*m_db);
    QVERIFY(amounts.size() > 100);
    qint64 fees = 0;
    qint64 usage = 0;
    for (const RawAmount& a : amounts) {
        fees += a.fee;
        usage += a.usage;
    }
    QVERIFY(fees > 0);
    QVERIFY(usage > 0);
    auto total = totalRevenue(*m_db);
    QVERIFY(total);
    QCOMPARE(total->cents(), fees + usage);

    for (const GoldenReport& report : kGoldenReports) {
        auto rows = revenue(*m_db, report.grouping);
        QVERIFY(rows);
        QCOMPARE(sumsOf(*m_db, *rows, report.grouping), independentSums(amounts, report.grouping));
    }
}

void TestRevenueQueries::filteredSummaryEqualsIndependentSums_data() {
    QTest::addColumn<RevenueFilter>("filter");
    RevenueFilter large;
    large.sizeClass = SizeClass::Large;
    QTest::newRow("size class Large") << large;
    RevenueFilter range;
    range.fromMonth = QDate(2024, 2, 17);
    range.toMonth = QDate(2024, 4, 1);
    QTest::newRow("February to April") << range;
    RevenueFilter buyers;
    buyers.buyerType = BuyerType::Enterprise;
    buyers.kind = RevenueKind::Usage;
    QTest::newRow("enterprise buyers, usage only") << buyers;
    RevenueFilter everything;
    everything.fromMonth = QDate(2024, 3, 1);
    everything.sizeClass = SizeClass::Medium;
    everything.architecture = Architecture::Cnn;
    everything.kind = RevenueKind::Fees;
    QTest::newRow("medium CNNs from March, fees only") << everything;
}

void TestRevenueQueries::filteredSummaryEqualsIndependentSums() {
    QFETCH(RevenueFilter, filter);
    QVERIFY(m_db);
    const QList<RawAmount> amounts = rawAmounts(*m_db);
    for (const GoldenReport& report : kGoldenReports) {
        auto rows = revenueSummary(*m_db, report.grouping, filter);
        QVERIFY2(rows, rows ? "" : qPrintable(rows.error().toString()));
        QMap<QString, Sums> expected = independentSums(amounts, report.grouping, filter);
        // A group whose only rows the kind left out still counts; zero groups are skipped by
        // sumsOf, so drop them here too.
        expected.removeIf([](const auto& it) { return it.value() == Sums{}; });
        QCOMPARE(sumsOf(*m_db, *rows, report.grouping), expected);
    }
    // The dashboard's tier-by-month rows add up to the same.
    auto tierMonths = revenueByTierAndMonth(*m_db, filter);
    QVERIFY(tierMonths);
    QMap<QString, Sums> byTier;
    for (const TierMonthRevenue& row : *tierMonths) {
        Sums& s = byTier[enumKey(row.tier)];
        s.fees += row.fees.cents();
        s.usage += row.usage.cents();
        s.licenses += row.licenses;
    }
    byTier.removeIf([](const auto& it) { return it.value() == Sums{}; });
    QMap<QString, Sums> expected = independentSums(amounts, RevenueGrouping::Tier, filter);
    expected.removeIf([](const auto& it) { return it.value() == Sums{}; });
    QVERIFY(!expected.isEmpty()); // every filter here selects something
    QCOMPARE(byTier, expected);
}

void TestRevenueQueries::dashboardAgreesWithReports() {
    QVERIFY(m_db);
    auto data = loadRevenueDashboard(*m_db, {});
    QVERIFY2(data, data ? "" : qPrintable(data.error().toString()));
    auto total = totalRevenue(*m_db);
    QVERIFY(total);
    QCOMPARE(data->fees() + data->usage(), *total);
    QCOMPARE(data->firstMonth, u"2024-01"_s);
    QCOMPARE(data->lastMonth, u"2024-06"_s);
    QCOMPARE(data->licenses(), scalar(*m_db, u"SELECT COUNT(*) FROM licenses"_s).toLongLong());

    auto byModel = revenue(*m_db, RevenueGrouping::Model);
    QVERIFY(byModel);
    QCOMPARE(data->models.size(), byModel->size());
    for (qsizetype i = 0; i < data->models.size(); ++i) {
        QCOMPARE(data->models.at(i).name, byModel->at(i).key);
        QCOMPARE(data->models.at(i).total(), byModel->at(i).total);
    }
    QCOMPARE(data->listingCount, scalar(*m_db, u"SELECT COUNT(*) FROM listings l JOIN models m ON "
                                               u"m.id = l.model_id WHERE m.composite IS NOT NULL"_s)
                                     .toLongLong());
    QCOMPARE(data->listings.size(), data->listingCount); // far below the thinning threshold

    auto top = revenueByModelDetailed(*m_db, {}, 3);
    QVERIFY(top);
    QCOMPARE(top->size(), 3);
    QCOMPARE(top->first(), data->models.first());
}

void TestRevenueQueries::listingPointsAreThinnedPerTier() {
    auto db = openFresh(m_store, u"many-listings.sqlite"_s);
    QVERIFY(db);
    GeneratorOptions options;
    options.models = 5000;
    options.buyers = 4;
    options.licenses = 0;
    options.usageCharges = false;
    options.researchProjects = false;
    options.jobsInTraining = 0;
    QVERIFY(generateEconomy(*db, EconomyConfig::defaults(), options));
    qint64 before = 0;
    auto points = listingPoints(*db, {}, &before);
    QVERIFY(points);
    QVERIFY(before > 4 * kMaxListingPointsPerTier / 2);
    QVERIFY(points->size() < before);
    QHash<LicenseTier, int> perTier;
    for (const ListingPoint& point : *points)
        ++perTier[point.tier];
    for (int count : std::as_const(perTier))
        QVERIFY2(count <= kMaxListingPointsPerTier && count > kMaxListingPointsPerTier / 3,
                 qPrintable(QString::number(count)));
}

void TestRevenueQueries::invalidFilterIsRefused() {
    QVERIFY(m_db);
    RevenueFilter backwards;
    backwards.fromMonth = QDate(2024, 5, 1);
    backwards.toMonth = QDate(2024, 2, 1);
    auto refused = loadRevenueDashboard(*m_db, backwards);
    QVERIFY(!refused);
    QCOMPARE(refused.error().rule, u"report-range"_s);
    RevenueFilter sameMonth;
    sameMonth.fromMonth = QDate(2024, 2, 20);
    sameMonth.toMonth = QDate(2024, 2, 3);
    QVERIFY(validate(sameMonth)); // whole months: February to February
}

void TestRevenueQueries::triggersFollowEveryWrite() {
    auto db = importFixture(u"triggers.sqlite"_s);
    QVERIFY(db);
    QString why;
    QVERIFY2(summaryAgreesWithReport(*db, &why), qPrintable(why));

    auto exec = [&](const QString& sql) {
        auto q = db->query(sql, {}, u"changing test rows"_s);
        QVERIFY2(q, q ? "" : qPrintable(q.error().toString()));
    };

    // A new sale, then usage accrued on it and every other license for a new month.
    LicenseRepository licenses(*db);
    auto first = licenses.find(scalar(*db, u"SELECT MIN(id) FROM licenses"_s).toLongLong());
    QVERIFY(first && first->has_value());
    LicenseRecord sale = **first;
    sale.id = 0;
    sale.soldOn = QDate(2024, 7, 3);
    sale.expiresOn.reset();
    sale.status = LicenseStatus::Active;
    QVERIFY(licenses.insert(sale));
    QVERIFY2(summaryAgreesWithReport(*db, &why), qPrintable(why));
    auto accrued = licenses.accrueUsage(u"2024-07"_s);
    QVERIFY(accrued);
    QVERIFY(*accrued > 0);
    QVERIFY2(summaryAgreesWithReport(*db, &why), qPrintable(why));

    // Edits of the columns the summary groups by, of amounts, and of a buyer's type.
    exec(u"UPDATE licenses SET fee_cents = fee_cents + 1, sold_on = '2024-02-01' "
         u"WHERE id % 5 = 0"_s);
    QVERIFY2(summaryAgreesWithReport(*db, &why), qPrintable(why));
    exec(u"UPDATE licenses SET model_id = (SELECT MAX(id) FROM models) WHERE id % 7 = 0"_s);
    QVERIFY2(summaryAgreesWithReport(*db, &why), qPrintable(why));
    exec(u"UPDATE usage_charges SET amount_cents = amount_cents * 2 WHERE id % 3 = 0"_s);
    exec(u"UPDATE usage_charges SET month = '2023-12' WHERE month = '2024-03' AND "
         u"license_id % 2 = 0"_s);
    QVERIFY2(summaryAgreesWithReport(*db, &why), qPrintable(why));
    exec(u"UPDATE buyers SET type = 'enterprise' WHERE type = 'commercial'"_s);
    QVERIFY2(summaryAgreesWithReport(*db, &why), qPrintable(why));
    exec(u"UPDATE licenses SET status = 'revoked', revoked_on = sold_on, revoked_reason = 'test' "
         u"WHERE id % 4 = 0"_s);
    QVERIFY2(summaryAgreesWithReport(*db, &why), qPrintable(why));

    // Deletes: single charges, then licenses whose charges go by cascade.
    exec(u"DELETE FROM usage_charges WHERE id % 2 = 0"_s);
    QVERIFY2(summaryAgreesWithReport(*db, &why), qPrintable(why));
    exec(u"DELETE FROM licenses WHERE id % 3 = 0"_s);
    QVERIFY2(summaryAgreesWithReport(*db, &why), qPrintable(why));
    QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM revenue_monthly WHERE licenses = 0 AND "
                         u"usage_charges = 0"_s)
                 .toInt(),
             0);

    // A failed statement leaves the summary as it was (the trigger's work rolls back with it).
    const qint64 before =
        scalar(*db, u"SELECT SUM(fees_cents) FROM revenue_monthly"_s).toLongLong();
    // Every row but the last is inserted (and summed by the trigger) before the last one breaks a
    // CHECK constraint.
    auto refused =
        db->query(u"INSERT INTO licenses (model_id, buyer_id, tier, intended_use, "
                  u"sold_on, fee_cents, terms) SELECT model_id, buyer_id, tier, "
                  u"intended_use, sold_on, CASE WHEN id = (SELECT MAX(id) FROM licenses) "
                  u"THEN -5 ELSE fee_cents END, terms FROM licenses ORDER BY id"_s,
                  {}, u"a refused batch of sales"_s);
    QVERIFY(!refused);
    QCOMPARE(scalar(*db, u"SELECT SUM(fees_cents) FROM revenue_monthly"_s).toLongLong(), before);

    // Replacing the whole economy by import starts the summary over.
    QVERIFY(exchange::importEconomy(*db, readEconomyJson(), true));
    QVERIFY2(summaryAgreesWithReport(*db, &why), qPrintable(why));
    QVERIFY2(summaryAgreesWithReport(*m_db, &why), qPrintable(why));
}

void TestRevenueQueries::upgradedVersion1FileHasBackfilledSummary() {
    const QString path = m_store.filePath(u"v1.sqlite"_s);
    QVERIFY(QFile::copy(QStringLiteral(MM_TEST_DATA_DIR) + u"/schema_v1.sqlite"_s, path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    auto opened = Database::open(path);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().toString()));
    Database& db = **opened;
    QCOMPARE(db.schemaVersion(), kCurrentSchemaVersion);
    QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM licenses"_s).toInt(), 3);
    QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM usage_charges"_s).toInt(), 4);
    QCOMPARE(scalar(db, u"SELECT SUM(fees_cents) FROM revenue_monthly"_s).toLongLong(),
             scalar(db, u"SELECT SUM(fee_cents) FROM licenses"_s).toLongLong());
    QCOMPARE(scalar(db, u"SELECT SUM(usage_cents) FROM revenue_monthly"_s).toLongLong(), 51'000LL);
    QCOMPARE(scalar(db, u"SELECT SUM(licenses) FROM revenue_monthly"_s).toInt(), 3);
    QCOMPARE(scalar(db, u"SELECT SUM(usage_charges) FROM revenue_monthly"_s).toInt(), 4);
    QString why;
    QVERIFY2(summaryAgreesWithReport(db, &why), qPrintable(why));
    auto problems = db.integrityProblems();
    QVERIFY(problems);
    QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u"; "_s)));
}

QTEST_GUILESS_MAIN(TestRevenueQueries)
#include "tst_revenuequeries.moc"
