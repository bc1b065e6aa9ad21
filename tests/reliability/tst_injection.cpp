// SQL injection through the command line: names and options holding quotes, %, _, backslashes
// and SQL keywords are plain text. A lookup by such a name finds nothing (or exactly the model
// of that name), a model imported under such a name keeps it byte for byte through list, sell,
// report and export, and the schema and the other rows are untouched: on a file and on the test
// server (TestStore.h).

#include "CliRunner.h"
#include "DatabaseTables.h"
#include "ReliabilitySupport.h"
#include "TestStore.h"
#include "data/Csv.h"
#include "data/Database.h"
#include "data/EconomyRepository.h"
#include "data/Exchange.h"
#include "data/MarketplaceService.h"

#include <QFile>
#include <QTest>

using namespace mm;
using namespace mm::reliability;
using namespace Qt::StringLiterals;

namespace {

const QStringList kHostile{
    u"x'; DROP TABLE models;--"_s,
    u"' OR '1'='1"_s,
    u"\" OR \"\"=\""_s,
    u"Robert'); DROP TABLE licenses;--"_s,
    u"1; DELETE FROM buyers"_s,
    u"%"_s,
    u"_"_s,
    u"%' OR name LIKE '%"_s,
    u"back\\slash\\'"_s,
    u"名前'--"_s,
    u"a\"b,c"_s,
};

qint64 count(Database& db, const QString& table) {
    auto q = db.query(u"SELECT COUNT(*) FROM %1"_s.arg(table), {}, u"counting"_s);
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

struct Snapshot {
    QString schema;
    QByteArray content;
    qint64 models = 0;
    qint64 buyers = 0;
    qint64 licenses = 0;
};

Snapshot snapshot(const QString& path) {
    Snapshot s;
    auto db = Database::open(path);
    if (!db)
        return s;
    s.schema = testing::schemaText(**db);
    s.content = contentChecksum(**db);
    s.models = count(**db, u"models"_s);
    s.buyers = count(**db, u"buyers"_s);
    s.licenses = count(**db, u"licenses"_s);
    return s;
}

QString describe(const CliResult& result) {
    return u"exit %1\nstdout: %2\nstderr: %3"_s.arg(result.exitCode).arg(result.out, result.err);
}

} // namespace

class TestInjection : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void lookupsByHostileNamesFindNothing();
    void hostileNamesAreStoredAsText();
    void hostileOptionValuesAreRefusedAsUsage();

private:
    testing::TestStore m_store;
    QString m_db;
    QString m_buyer; // a buyer allowed to buy in the commercial tier
};

void TestInjection::initTestCase() {
    MM_REQUIRE_STORE(m_store);
    m_db = m_store.made(u"injection.sqlite"_s,
                        {u"generate"_s, u"--models"_s, u"30"_s, u"--buyers"_s, u"12"_s,
                         u"--licenses"_s, u"20"_s, u"--seed"_s, u"9"_s});
    QVERIFY2(!m_db.isEmpty(), qPrintable(m_store.error()));
    auto db = Database::open(m_db);
    QVERIFY(db);
    auto rich = (*db)->query(u"UPDATE buyers SET budget_cents = 100000000000000"_s, {},
                             u"raising budgets"_s);
    QVERIFY(rich);
    // A buyer the commercial tier sells to, asked the way the CLI asks.
    auto config = EconomyRepository(**db).loadConfig();
    QVERIFY(config);
    auto model = (*db)->query(u"SELECT model_id FROM listings WHERE tier = 'commercial' ORDER BY "
                              "model_id LIMIT 1"_s,
                              {}, u"choosing a model"_s);
    QVERIFY(model && model->next());
    const qint64 modelId = model->value(0).toLongLong();
    auto buyers = (*db)->query(u"SELECT id, name FROM buyers ORDER BY size DESC, id"_s, {},
                               u"choosing a buyer"_s);
    QVERIFY(buyers);
    MarketplaceService market(**db);
    while (m_buyer.isEmpty() && buyers->next()) {
        SaleRequest request;
        request.modelId = modelId;
        request.buyerId = buyers->value(0).toLongLong();
        request.tier = LicenseTier::Commercial;
        request.use = IntendedUse::Business;
        request.deployments =
            MarketplaceService::defaultDeployments(config->tier(LicenseTier::Commercial));
        auto quote = market.quote(request);
        QVERIFY(quote);
        if (quote->decision.allowed)
            m_buyer = buyers->value(1).toString();
    }
    QVERIFY2(!m_buyer.isEmpty(), "no buyer may buy in the commercial tier");
}

void TestInjection::lookupsByHostileNamesFindNothing() {
    const Snapshot before = snapshot(m_db);
    QVERIFY(!before.schema.isEmpty());
    for (const QString& name : kHostile) {
        const CliResult model = runCli({u"--db"_s, m_db, u"sell"_s, u"--model"_s, name,
                                        u"--buyer"_s, m_buyer, u"--tier"_s, u"commercial"_s});
        QCOMPARE(model.exitCode, 1);
        QVERIFY2(model.err.contains(u"refused (model-not-found)"_s) && model.err.contains(name),
                 qPrintable(describe(model)));

        const CliResult buyer = runCli({u"--db"_s, m_db, u"sell"_s, u"--model"_s, name,
                                        u"--buyer"_s, name, u"--tier"_s, u"commercial"_s});
        QCOMPARE(buyer.exitCode, 1);

        const CliResult list =
            runCli({u"--db"_s, m_db, u"list"_s, u"--model"_s, name, u"--show"_s});
        QCOMPARE(list.exitCode, 1);
        QVERIFY2(list.err.contains(u"model-not-found"_s), qPrintable(describe(list)));

        const CliResult cancel = runCli({u"--db"_s, m_db, u"train"_s, u"cancel"_s, name});
        QCOMPARE(cancel.exitCode, 2); // not a job id
    }
    const Snapshot after = snapshot(m_db);
    QCOMPARE(after.schema, before.schema);
    QCOMPARE(after.content, before.content);
}

void TestInjection::hostileNamesAreStoredAsText() {
    const Snapshot before = snapshot(m_db);

    // Import: every hostile name becomes a completed model under exactly that name.
    QList<QStringList> rows;
    for (qsizetype i = 0; i < kHostile.size(); ++i)
        rows.append({kHostile.at(i), u"transformer"_s, u"small"_s, u"1000000000"_s, u"completed"_s,
                     u"70"_s, u"71"_s, u"72"_s, u"71"_s,
                     u"2024-01-%1"_s.arg(i + 1, 2, 10, QChar(u'0'))});
    const QString csvPath = m_store.filePath(u"hostile.csv"_s);
    {
        QFile file(csvPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(csv::write({u"name"_s, u"architecture"_s, u"size_class"_s, u"parameters"_s,
                               u"status"_s, u"performance"_s, u"accuracy"_s, u"efficiency"_s,
                               u"composite"_s, u"created_on"_s},
                              rows));
    }
    const CliResult imported = runCli({u"--db"_s, m_db, u"import"_s, u"catalog"_s, csvPath});
    QVERIFY2(imported.exitCode == 0, qPrintable(describe(imported)));
    QVERIFY2(imported.out.contains(u"%1 added, 0 updated"_s.arg(kHostile.size())),
             qPrintable(describe(imported)));

    // List, sell and report by those names: each reaches exactly its own model.
    for (const QString& name : kHostile) {
        const CliResult list = runCli({u"--db"_s, m_db, u"--format"_s, u"csv"_s, u"list"_s,
                                       u"--model"_s, name, u"--tiers"_s, u"commercial"_s});
        QVERIFY2(list.exitCode == 0, qPrintable(describe(list)));
        auto listed = csv::parseText(list.out);
        QVERIFY(listed && listed->size() == 2);
        QCOMPARE(listed->at(1).fields.value(0), name);

        const CliResult sold =
            runCli({u"--db"_s, m_db, u"--format"_s, u"csv"_s, u"sell"_s, u"--model"_s, name,
                    u"--buyer"_s, m_buyer, u"--tier"_s, u"commercial"_s});
        QVERIFY2(sold.exitCode == 0, qPrintable(describe(sold)));
        auto sale = csv::parseText(sold.out);
        QVERIFY(sale && sale->size() == 2);
        QCOMPARE(sale->at(1).fields.value(1), name);
    }
    const CliResult report = runCli({u"--db"_s, m_db, u"--format"_s, u"csv"_s, u"report"_s,
                                     u"revenue"_s, u"--by"_s, u"model"_s});
    QVERIFY2(report.exitCode == 0, qPrintable(describe(report)));
    auto reported = csv::parseText(report.out);
    QVERIFY(reported);
    QStringList reportedNames;
    for (const csv::Record& row : std::as_const(*reported))
        reportedNames.append(row.fields.value(0));
    for (const QString& name : kHostile)
        QVERIFY2(reportedNames.contains(name), qPrintable(name));

    // Export gives the names back byte for byte; nothing else changed shape.
    const CliResult exported = runCli({u"--db"_s, m_db, u"export"_s, u"catalog"_s});
    QCOMPARE(exported.exitCode, 0);
    auto catalog = csv::parseText(exported.out);
    QVERIFY(catalog);
    QStringList names;
    for (const csv::Record& row : std::as_const(*catalog))
        names.append(csv::restoreFormula(row.fields.value(0)));
    for (const QString& name : kHostile)
        QCOMPARE(names.count(name), 1);

    const Snapshot after = snapshot(m_db);
    QCOMPARE(after.schema, before.schema);
    QCOMPARE(after.models, before.models + kHostile.size());
    QCOMPARE(after.buyers, before.buyers);
    QCOMPARE(after.licenses, before.licenses + kHostile.size());
    const CliResult check = runCli({u"--db"_s, m_db, u"check"_s});
    QVERIFY2(check.exitCode == 0, qPrintable(describe(check)));
}

void TestInjection::hostileOptionValuesAreRefusedAsUsage() {
    const Snapshot before = snapshot(m_db);
    const QString hostile = u"2024-01' OR 1=1; DROP TABLE licenses;--"_s;
    QCOMPARE(runCli({u"--db"_s, m_db, u"report"_s, u"revenue"_s, u"--by"_s, u"month"_s, u"--from"_s,
                     hostile})
                 .exitCode,
             2);
    QCOMPARE(runCli({u"--db"_s, m_db, u"report"_s, u"revenue"_s, u"--by"_s, hostile}).exitCode, 2);
    QCOMPARE(runCli({u"--db"_s, m_db, u"sell"_s, u"--model"_s, kHostile.first(), u"--buyer"_s,
                     m_buyer, u"--tier"_s, u"commercial' OR '1'='1"_s})
                 .exitCode,
             2);
    QCOMPARE(runCli({u"--db"_s, m_db, u"clock"_s, u"advance"_s, u"--days"_s, u"1; DROP TABLE x"_s})
                 .exitCode,
             2);
    QCOMPARE(runCli({u"--db"_s, m_db, u"--format"_s, u"csv' --"_s, u"check"_s}).exitCode, 2);
    const Snapshot after = snapshot(m_db);
    QCOMPARE(after.schema, before.schema);
    QCOMPARE(after.content, before.content);
}

QTEST_GUILESS_MAIN(TestInjection)
#include "tst_injection.moc"
