// `scenario`, `simulate --scenario`, `sensitivity`, `goal-seek` and `balance`, end to end on the
// demo economy with the real binary, on a file and on the test server (TestStore.h): refused values
// exit 1 naming what is wrong and write nothing, usage errors exit 2, and the analyses give what
// their seeded forecasts promise. Runs stay small (20 runs) so the suite stays fast under
// sanitizers.

#include "CliRunner.h"
#include "TestStore.h"
#include "data/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace mm;
using namespace Qt::StringLiterals;

namespace {

// The scenario and balance tables as text, read on a short-lived connection of their own.
QString dump(const QString& path) {
    auto db = Database::open(path, Database::ReadOnly);
    if (!db)
        return db.error().toString();
    QString text;
    for (const QString& sql : {u"SELECT * FROM scenarios ORDER BY id"_s,
                               u"SELECT * FROM scenario_overrides ORDER BY scenario_id, path"_s,
                               u"SELECT * FROM balance_rules ORDER BY id"_s}) {
        auto q = (*db)->query(sql, {}, u"test"_s);
        if (!q)
            return q.error().toString();
        while (q->next()) {
            QStringList cells;
            for (int i = 0; i < q->record().count(); ++i)
                cells << (q->value(i).isNull() ? u"NULL"_s : q->value(i).toString());
            text += cells.join(u'|') + u'\n';
        }
    }
    return text;
}

QJsonObject jsonOf(const CliResult& result) {
    return QJsonDocument::fromJson(result.out.toUtf8()).object();
}

qint64 cents(const QString& plain) {
    const qsizetype dot = plain.indexOf(u'.');
    const bool negative = plain.startsWith(u'-');
    const qint64 whole = plain.left(dot).toLongLong();
    const qint64 fraction = plain.mid(dot + 1).toLongLong();
    return whole * 100 + (negative ? -fraction : fraction);
}

} // namespace

class TestCliBalancing : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void scenarioCommands();
    void refusedValuesExitOneAndWriteNothing();
    void identicalScenarioGivesZeroDeltas();
    void scenariosSurviveExportAndImport();
    void goalSeekLandsWithinTolerance();
    void unreachableGoalExitsOneNamingTheRange();
    void tornadoRanksNoEffectLast();
    void balanceCheck();
    void usageErrorsExitTwo();

private:
    CliResult run(const QStringList& arguments) {
        return runCli(QStringList{u"--db"_s, m_db} + arguments);
    }

    testing::TestStore m_store; // the demo made once, copied for every test
    QString m_db;
    int m_copies = 0;
};

void TestCliBalancing::initTestCase() {
    MM_REQUIRE_STORE(m_store);
}

void TestCliBalancing::init() {
    m_db = m_store.made(u"copy%1.sqlite"_s.arg(++m_copies), {u"init"_s});
    QVERIFY2(!m_db.isEmpty(), qPrintable(m_store.error()));
}

void TestCliBalancing::scenarioCommands() {
    CliResult r = run({u"scenario"_s, u"parameters"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"listingPricePercent.commercial,integer,100"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"tiers.commercial.priceFloor,money,50000.00"_s), qPrintable(r.out));

    r = run({u"scenario"_s, u"list"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"Cheaper Commercial"_s), qPrintable(r.out));

    QCOMPARE(run({u"scenario"_s, u"create"_s, u"Plan B"_s, u"--notes"_s, u"what if"_s}).exitCode,
             0);
    r = run({u"scenario"_s, u"set"_s, u"plan b"_s, u"tiers.commercial.priceFloor"_s, u"60,000"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"tiers.commercial.priceFloor = 60000.00"_s), qPrintable(r.out));
    QCOMPARE(
        run({u"scenario"_s, u"set"_s, u"Plan B"_s, u"demand.renewalLoyalty"_s, u"0.5"_s}).exitCode,
        0);
    r = run({u"scenario"_s, u"show"_s, u"Plan B"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"tiers.commercial.priceFloor,50000.00,60000.00,10000.00,20.0"_s),
             qPrintable(r.out));
    QCOMPARE(run({u"scenario"_s, u"duplicate"_s, u"Plan B"_s, u"Plan C"_s}).exitCode, 0);
    QCOMPARE(run({u"scenario"_s, u"rename"_s, u"Plan C"_s, u"Plan D"_s}).exitCode, 0);
    QCOMPARE(run({u"scenario"_s, u"unset"_s, u"Plan D"_s, u"demand.renewalLoyalty"_s}).exitCode, 0);
    QCOMPARE(run({u"scenario"_s, u"set"_s, u"Plan D"_s, u"tiers.commercial.priceFloor"_s, u"-"_s})
                 .exitCode,
             0);
    r = run({u"scenario"_s, u"list"_s, u"--format"_s, u"csv"_s});
    QVERIFY2(r.out.contains(u"Plan B,2,what if"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"Plan D,0,what if"_s), qPrintable(r.out));
    QCOMPARE(run({u"scenario"_s, u"delete"_s, u"Plan D"_s}).exitCode, 0);
    QVERIFY(!dump(m_db).contains(u"Plan D"_s));
}

void TestCliBalancing::refusedValuesExitOneAndWriteNothing() {
    const QString before = dump(m_db);
    const auto refused = [&](const QStringList& arguments, const QStringList& named) {
        const CliResult r = run(arguments);
        QCOMPARE(r.exitCode, 1);
        for (const QString& text : named)
            QVERIFY2(r.err.contains(text), qPrintable(r.err));
    };
    refused(
        {u"scenario"_s, u"set"_s, u"Cheaper Commercial"_s, u"tiers.commercial.priceFlor"_s, u"1"_s},
        {u"tiers.commercial.priceFlor"_s});
    refused(
        {u"scenario"_s, u"set"_s, u"Cheaper Commercial"_s, u"demand.renewalLoyalty"_s, u"lots"_s},
        {u"demand.renewalLoyalty"_s, u"'lots'"_s});
    refused({u"scenario"_s, u"set"_s, u"Cheaper Commercial"_s, u"tiers.commercial.priceFloor"_s,
             u"600000"_s},
            {u"tiers.commercial.priceFloor"_s, u"600000.00"_s});
    refused({u"scenario"_s, u"set"_s, u"Nowhere"_s, u"demand.renewalLoyalty"_s, u"0.5"_s},
            {u"'Nowhere'"_s, u"Cheaper Commercial"_s});
    refused({u"scenario"_s, u"create"_s, u"cheaper commercial"_s}, {u"Cheaper Commercial"_s});
    refused({u"simulate"_s, u"--scenario"_s, u"Nowhere"_s, u"--runs"_s, u"5"_s}, {u"Nowhere"_s});
    refused({u"balance"_s, u"add"_s, u"Upside down"_s, u"--metric"_s, u"revenue@12"_s, u"--min"_s,
             u"10"_s, u"--max"_s, u"5"_s},
            {u"Upside down"_s});
    refused({u"balance"_s, u"add"_s, u"medium models pay back"_s, u"--metric"_s, u"payback:small"_s,
             u"--max"_s, u"5"_s},
            {u"Medium models pay back"_s});
    refused({u"balance"_s, u"remove"_s, u"Nothing"_s}, {u"'Nothing'"_s});
    QCOMPARE(dump(m_db), before);
}

void TestCliBalancing::identicalScenarioGivesZeroDeltas() {
    QCOMPARE(run({u"scenario"_s, u"create"_s, u"Same"_s}).exitCode, 0);
    // Overrides equal to the base values.
    QCOMPARE(
        run({u"scenario"_s, u"set"_s, u"Same"_s, u"listingPricePercent.commercial"_s, u"100"_s})
            .exitCode,
        0);
    QCOMPARE(run({u"scenario"_s, u"set"_s, u"Same"_s, u"tiers.commercial.priceFloor"_s, u"50000"_s})
                 .exitCode,
             0);
    for (const QString& by : {u"tier"_s, u"year"_s}) {
        const CliResult r = run({u"simulate"_s, u"--scenario"_s, u"Same"_s, u"--scenario"_s,
                                 u"Cheaper Commercial"_s, u"--runs"_s, u"20"_s, u"--months"_s,
                                 u"12"_s, u"--by"_s, by, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray rows = jsonOf(r).value(u"rows"_s).toArray();
        QCOMPARE(rows.size(), 5 * 3); // four tiers and all, three scenarios (one year)
        bool cheaperDiffers = false;
        for (const QJsonValue& value : rows) {
            const QJsonObject row = value.toObject();
            const QString scenario = row.value(u"scenario"_s).toString();
            if (scenario == u"Same"_s || scenario == u"Base"_s) {
                QCOMPARE(row.value(u"change_p50"_s).toDouble(), 0.0);
                QCOMPARE(row.value(u"change_percent"_s).toDouble(), 0.0);
                QCOMPARE(row.value(u"bands_overlap"_s).toString(), u"yes"_s);
            } else {
                QCOMPARE(scenario, u"Cheaper Commercial"_s);
                cheaperDiffers = cheaperDiffers || row.value(u"change_p50"_s).toDouble() != 0.0;
            }
        }
        QVERIFY(cheaperDiffers);
    }
}

void TestCliBalancing::scenariosSurviveExportAndImport() {
    QCOMPARE(run({u"scenario"_s, u"set"_s, u"Cheaper Commercial"_s,
                  u"demand.buyerTypes.startup.needPerMonth"_s, u"0.35"_s})
                 .exitCode,
             0);
    QCOMPARE(run({u"scenario"_s, u"create"_s, u"Second"_s, u"--notes"_s, u"a, \"b\""_s}).exitCode,
             0);
    QCOMPARE(run({u"scenario"_s, u"set"_s, u"Second"_s, u"gpuTypes.h100.hourlyRate"_s, u"2.5"_s})
                 .exitCode,
             0);
    const QString file = m_store.filePath(u"scenarios%1.json"_s.arg(m_copies));
    QCOMPARE(run({u"scenario"_s, u"export"_s, u"--output"_s, file}).exitCode, 0);
    const CliResult original = run({u"scenario"_s, u"export"_s});
    QCOMPARE(original.exitCode, 0);
    QCOMPARE(jsonOf(original).value(u"scenarios"_s).toArray().size(), 2);
    const CliResult one = run({u"scenario"_s, u"export"_s, u"second"_s});
    QCOMPARE(jsonOf(one).value(u"scenarios"_s).toArray().size(), 1);

    // Into an empty economy with the same config, through the scenarios file.
    MM_STORE_LOCATION(other, m_store, location(u"other%1.sqlite"_s.arg(m_copies)));
    QCOMPARE(runCli({u"--db"_s, other, u"init"_s, u"--empty"_s}).exitCode, 0);
    QCOMPARE(runCli({u"--db"_s, other, u"scenario"_s, u"import"_s, file}).exitCode, 0);
    CliResult again = runCli({u"--db"_s, other, u"scenario"_s, u"export"_s});
    QCOMPARE(again.out, original.out);
    // A second import clashes unless --replace.
    const CliResult clash = runCli({u"--db"_s, other, u"scenario"_s, u"import"_s, file});
    QCOMPARE(clash.exitCode, 1);
    QVERIFY2(clash.err.contains(u"Cheaper Commercial"_s), qPrintable(clash.err));
    QCOMPARE(runCli({u"--db"_s, other, u"scenario"_s, u"import"_s, file, u"--replace"_s}).exitCode,
             0);

    // Through the economy JSON, with the balance rules.
    const QString economy = m_store.filePath(u"economy%1.json"_s.arg(m_copies));
    QCOMPARE(run({u"export"_s, u"economy"_s, economy}).exitCode, 0);
    MM_STORE_LOCATION(third, m_store, location(u"third%1.sqlite"_s.arg(m_copies)));
    QCOMPARE(runCli({u"--db"_s, third, u"init"_s, u"--empty"_s}).exitCode, 0);
    const CliResult imported = runCli({u"--db"_s, third, u"import"_s, u"economy"_s, economy});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    again = runCli({u"--db"_s, third, u"scenario"_s, u"export"_s});
    QCOMPARE(again.out, original.out);
    QCOMPARE(runCli({u"--db"_s, third, u"balance"_s, u"list"_s}).out,
             run({u"balance"_s, u"list"_s}).out);
}

void TestCliBalancing::goalSeekLandsWithinTolerance() {
    // Usage charges scale with the rate, so revenue rises with it: a monotone metric. The range
    // searched is half to one and a half times the scenario's 0.50.
    const CliResult r =
        run({u"goal-seek"_s, u"--parameter"_s, u"tiers.commercial.usageRatePer1000Calls"_s,
             u"--metric"_s, u"revenue@12"_s, u"--target"_s, u"16000000"_s, u"--runs"_s, u"20"_s,
             u"--months"_s, u"12"_s, u"--scenario"_s, u"Cheaper Commercial"_s, u"--apply"_s,
             u"--format"_s, u"json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    const QJsonObject found = jsonOf(r);
    QVERIFY(found.value(u"reached"_s).toBool());
    const int forecasts = found.value(u"forecasts"_s).toInt();
    QVERIFY2(forecasts >= 2 && forecasts <= 12, qPrintable(r.out));
    QCOMPARE(found.value(u"steps"_s).toArray().size(), forecasts);
    const qint64 miss =
        cents(found.value(u"measured"_s).toString()) - cents(found.value(u"target"_s).toString());
    QVERIFY2(std::abs(miss) <= cents(found.value(u"tolerance"_s).toString()), qPrintable(r.out));
    const QString value = found.value(u"value"_s).toString();
    // --apply saved it into the scenario.
    const CliResult shown =
        run({u"scenario"_s, u"show"_s, u"Cheaper Commercial"_s, u"--format"_s, u"csv"_s});
    QVERIFY2(shown.out.contains(u"tiers.commercial.usageRatePer1000Calls,0.50,"_s + value),
             qPrintable(shown.out));

    const CliResult table =
        run({u"goal-seek"_s, u"--parameter"_s, u"tiers.commercial.usageRatePer1000Calls"_s,
             u"--metric"_s, u"revenue@12"_s, u"--target"_s, u"18500000"_s, u"--runs"_s, u"20"_s,
             u"--months"_s, u"12"_s});
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.out.contains(u"p10"_s) && table.out.contains(u"step"_s), qPrintable(table.out));
}

void TestCliBalancing::unreachableGoalExitsOneNamingTheRange() {
    const QString before = dump(m_db);
    const CliResult r =
        run({u"goal-seek"_s, u"--parameter"_s, u"listingPricePercent.commercial"_s, u"--metric"_s,
             u"tier-share:commercial"_s, u"--target"_s, u"99"_s, u"--runs"_s, u"20"_s,
             u"--months"_s, u"12"_s, u"--scenario"_s, u"Cheaper Commercial"_s, u"--apply"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"out of reach between 43 and 128"_s), qPrintable(r.err));
    QCOMPARE(dump(m_db), before);
}

void TestCliBalancing::tornadoRanksNoEffectLast() {
    const CliResult r =
        run({u"sensitivity"_s, u"--metric"_s, u"tier-share:commercial"_s, u"--parameter"_s,
             u"benchmarks.coding.noise"_s, u"--parameter"_s, u"listingPricePercent.commercial"_s,
             u"--parameter"_s, u"demand.buyerTypes.commercial.needPerMonth"_s, u"--runs"_s, u"20"_s,
             u"--months"_s, u"12"_s, u"--format"_s, u"json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject result = jsonOf(r);
    QCOMPARE(result.value(u"forecasts"_s).toInt(), 7);
    const QJsonArray rows = result.value(u"rows"_s).toArray();
    QCOMPARE(rows.size(), 3);
    const QJsonObject last = rows.last().toObject();
    QCOMPARE(last.value(u"parameter"_s).toString(), u"benchmarks.coding.noise"_s);
    QCOMPARE(last.value(u"effect_low"_s).toDouble(), 0.0);
    QCOMPARE(last.value(u"effect_high"_s).toDouble(), 0.0);
    const QJsonObject first = rows.first().toObject();
    QVERIFY(first.value(u"effect_low"_s).toDouble() != 0.0 ||
            first.value(u"effect_high"_s).toDouble() != 0.0);
}

void TestCliBalancing::balanceCheck() {
    CliResult r = run({u"balance"_s, u"check"_s, u"--runs"_s, u"20"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QCOMPARE(r.out.count(u"PASS"_s), 3);
    QVERIFY(!r.out.contains(u"FAIL"_s));

    r = run({u"balance"_s, u"add"_s, u"Academics lead"_s, u"--metric"_s, u"tier-share:academic"_s,
             u"--min"_s, u"50"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({u"balance"_s, u"check"_s, u"--runs"_s, u"20"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(u"Academics lead"_s) && r.out.contains(u"FAIL"_s), qPrintable(r.out));
    QVERIFY2(r.err.contains(u"1 of 4"_s), qPrintable(r.err));
    // On a scenario too.
    r = run(
        {u"balance"_s, u"check"_s, u"--runs"_s, u"20"_s, u"--scenario"_s, u"Cheaper Commercial"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(u"scenario 'Cheaper Commercial'"_s), qPrintable(r.out));

    QCOMPARE(run({u"balance"_s, u"remove"_s, u"academics LEAD"_s}).exitCode, 0);
    QCOMPARE(run({u"balance"_s, u"check"_s, u"--runs"_s, u"20"_s}).exitCode, 0);

    // No rules at all: said, and nothing fails.
    for (const QString& name : {u"Enterprise share of revenue"_s, u"Medium models pay back"_s,
                                u"Academic revenue exists"_s})
        QCOMPARE(run({u"balance"_s, u"remove"_s, name}).exitCode, 0);
    r = run({u"balance"_s, u"check"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"No balance rules"_s), qPrintable(r.out));
}

void TestCliBalancing::usageErrorsExitTwo() {
    const QString before = dump(m_db);
    const QList<QStringList> wrong{
        {u"scenario"_s},
        {u"scenario"_s, u"frobnicate"_s},
        {u"scenario"_s, u"set"_s, u"Cheaper Commercial"_s, u"demand.renewalLoyalty"_s},
        {u"scenario"_s, u"list"_s, u"--notes"_s, u"x"_s},
        {u"scenario"_s, u"create"_s},
        {u"simulate"_s, u"--scenario"_s, u"Cheaper Commercial"_s, u"--by"_s, u"lab"_s},
        {u"simulate"_s, u"--scenario"_s, u"a"_s, u"--scenario"_s, u"b"_s, u"--scenario"_s, u"c"_s,
         u"--scenario"_s, u"d"_s, u"--scenario"_s, u"e"_s},
        {u"simulate"_s, u"--scenario"_s, u"Cheaper Commercial"_s, u"--runs"_s, u"0"_s},
        {u"sensitivity"_s},
        {u"sensitivity"_s, u"--metric"_s, u"profit@12"_s},
        {u"sensitivity"_s, u"--metric"_s, u"revenue@12"_s, u"--stat"_s, u"p99"_s},
        {u"sensitivity"_s, u"--metric"_s, u"revenue@12"_s, u"--percent"_s, u"0"_s},
        {u"goal-seek"_s, u"--metric"_s, u"revenue@12"_s, u"--target"_s, u"1"_s},
        {u"goal-seek"_s, u"--parameter"_s, u"demand.renewalLoyalty"_s, u"--metric"_s,
         u"revenue@12"_s, u"--target"_s, u"lots"_s},
        {u"goal-seek"_s, u"--parameter"_s, u"demand.renewalLoyalty"_s, u"--metric"_s,
         u"revenue@12"_s, u"--target"_s, u"1"_s, u"--apply"_s},
        {u"goal-seek"_s, u"--parameter"_s, u"demand.renewalLoyalty"_s, u"--metric"_s,
         u"revenue@12"_s, u"--target"_s, u"1"_s, u"--from"_s, u"0.1"_s},
        {u"balance"_s},
        {u"balance"_s, u"add"_s, u"No bounds"_s, u"--metric"_s, u"revenue@12"_s},
        {u"balance"_s, u"add"_s, u"Bad bound"_s, u"--metric"_s, u"revenue@12"_s, u"--min"_s,
         u"lots"_s},
        {u"balance"_s, u"check"_s, u"--min"_s, u"1"_s},
        {u"balance"_s, u"check"_s, u"--seed"_s, u"x"_s},
    };
    for (const QStringList& arguments : wrong) {
        const CliResult r = run(arguments);
        QVERIFY2(r.exitCode == 2, qPrintable(arguments.join(u' ') + u": "_s + r.err));
        QVERIFY2(r.err.startsWith(u"error: "_s), qPrintable(r.err));
    }
    QCOMPARE(dump(m_db), before);
    for (const QString& command :
         {u"scenario"_s, u"sensitivity"_s, u"goal-seek"_s, u"balance"_s, u"simulate"_s}) {
        const CliResult help = run({command, u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(u"usage: modelmarket "_s + command), qPrintable(help.out));
    }
    const CliResult overall = runCli({u"--help"_s});
    for (const QString& command : {u"scenario "_s, u"sensitivity "_s, u"goal-seek "_s,
                                   u"balance "_s, u"simulate --scenario"_s})
        QVERIFY2(overall.out.contains(command), qPrintable(command));
}

QTEST_GUILESS_MAIN(TestCliBalancing)
#include "tst_cli_balancing.moc"
