// `modelmarket sell` and `modelmarket list`, end to end on a generated economy (a file, or copied
// to the test server: TestStore.h): an allowed sale is stored and paid for, a refused one exits 1
// with its rule and writes nothing.

#include "CliRunner.h"
#include "TestStore.h"
#include "core/Money.h"
#include "data/Database.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <optional>

using namespace mm;
using namespace Qt::StringLiterals;

namespace {

// Reads the file on its own short-lived connection, as a script checking the CLI's work would.
QList<QVariantList> rows(const QString& path, const QString& sql, const QVariantList& values = {}) {
    QList<QVariantList> result;
    auto db = Database::open(path, Database::ReadOnly);
    if (!db) {
        qWarning() << db.error().toString();
        return result;
    }
    auto q = (*db)->query(sql, values, u"test query"_s);
    if (!q) {
        qWarning() << q.error().toString();
        return result;
    }
    while (q->next()) {
        QVariantList row;
        for (int i = 0; i < q->record().count(); ++i)
            row.append(q->value(i));
        result.append(row);
    }
    return result;
}

QVariant value(const QString& path, const QString& sql, const QVariantList& values = {}) {
    const auto found = rows(path, sql, values);
    return found.isEmpty() || found.front().isEmpty() ? QVariant() : found.front().front();
}

// Every row of the tables a sale or a listing touches. Sorted here, as text: a server has no
// rowid to keep rows in the order they were written.
QString dump(const QString& path) {
    QStringList lines;
    for (const QString& table : {u"models"_s, u"buyers"_s, u"listings"_s, u"licenses"_s,
                                 u"usage_charges"_s, u"settings"_s, u"license_tiers"_s}) {
        for (const QVariantList& row : rows(path, u"SELECT * FROM %1"_s.arg(table))) {
            QStringList cells;
            for (const QVariant& cell : row)
                cells.append(cell.isNull() ? u"NULL"_s : cell.toString());
            lines.append(table + u": "_s + cells.join(u'|'));
        }
    }
    lines.sort();
    return lines.join(u'\n');
}

} // namespace

class TestCliSell : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void helpMentionsSellAndList();
    void allowedSaleIsStoredAndPaid();
    void forbiddenSaleExitsOneAndWritesNothing();
    void listRecommendedAndGivenPrices();
    void listRefusals();
    void usageErrorsExitTwo();

private:
    testing::TestStore m_store;
    QString m_db;
};

void TestCliSell::initTestCase() {
    MM_REQUIRE_STORE(m_store);
    m_db = m_store.made(u"sell.sqlite"_s, {u"generate"_s, u"--models"_s, u"40"_s, u"--buyers"_s,
                                           u"16"_s, u"--licenses"_s, u"0"_s, u"--seed"_s, u"3"_s});
    QVERIFY2(!m_db.isEmpty(), qPrintable(m_store.error()));
    QCOMPARE(value(m_db, u"SELECT COUNT(*) FROM licenses"_s).toLongLong(), 0);
}

void TestCliSell::helpMentionsSellAndList() {
    const CliResult help = runCli({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(u"sell --model NAME --buyer NAME --tier"_s));
    QVERIFY(help.out.contains(u"list --model NAME"_s));
    const CliResult sellHelp = runCli({u"--db"_s, m_db, u"sell"_s, u"--help"_s});
    QCOMPARE(sellHelp.exitCode, 0);
    QVERIFY(sellHelp.out.contains(u"--no-attribution"_s));
}

void TestCliSell::allowedSaleIsStoredAndPaid() {
    // The cheapest commercial listing and a company that can afford it.
    const auto listing =
        rows(m_db, u"SELECT m.name, l.price_cents FROM listings l JOIN models m ON "
                   "m.id = l.model_id WHERE l.tier = 'commercial' AND m.status = "
                   "'listed' ORDER BY l.price_cents, m.id LIMIT 1"_s);
    QVERIFY2(!listing.isEmpty(),
             "the generated economy should list a model in the commercial tier");
    const QString model = listing.front().at(0).toString();
    const qint64 price = listing.front().at(1).toLongLong();
    const auto buyer = rows(m_db,
                            u"SELECT name, budget_cents FROM buyers WHERE type IN "
                            "('commercial', 'enterprise') AND budget_cents >= ? ORDER BY id "
                            "LIMIT 1"_s,
                            {price});
    QVERIFY2(!buyer.isEmpty(), "the generated economy should have a buyer who can pay");
    const QString buyerName = buyer.front().at(0).toString();
    const qint64 budget = buyer.front().at(1).toLongLong();
    const qint64 licensesBefore = value(m_db, u"SELECT COUNT(*) FROM licenses"_s).toLongLong();
    const QString gameDate =
        value(m_db, u"SELECT value FROM settings WHERE key = 'clock.date'"_s).toString();

    const CliResult sold =
        runCli({u"--db"_s, m_db, u"--format"_s, u"csv"_s, u"sell"_s, u"--model"_s, model,
                u"--buyer"_s, buyerName, u"--tier"_s, u"commercial"_s, u"--calls"_s, u"250000"_s,
                u"--deployments"_s, u"3"_s});
    QVERIFY2(sold.exitCode == 0, qPrintable(sold.err));
    const QStringList lines = sold.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.front().startsWith(u"license,model,buyer,tier"_s));
    const qint64 licenseId = lines.at(1).section(u',', 0, 0).toLongLong();
    QVERIFY(licenseId > 0);

    QCOMPARE(value(m_db, u"SELECT COUNT(*) FROM licenses"_s).toLongLong(), licensesBefore + 1);
    const auto stored = rows(m_db,
                             u"SELECT l.tier, l.intended_use, l.fee_cents, l.deployments, "
                             "l.monthly_api_calls, l.sold_on, l.expires_on, b.name, "
                             "b.budget_cents, m.name FROM licenses l JOIN buyers b ON b.id = "
                             "l.buyer_id JOIN models m ON m.id = l.model_id WHERE l.id = ?"_s,
                             {licenseId});
    QCOMPARE(stored.size(), 1);
    const QVariantList& row = stored.front();
    QCOMPARE(row.at(0).toString(), u"commercial"_s);
    QCOMPARE(row.at(1).toString(), u"business"_s); // the default for a company
    QCOMPARE(row.at(2).toLongLong(), price);
    QCOMPARE(row.at(3).toInt(), 3);
    QCOMPARE(row.at(4).toLongLong(), qint64(250'000));
    if (!gameDate.isEmpty())
        QCOMPARE(row.at(5).toString(), gameDate);
    const QDate soldOn = QDate::fromString(row.at(5).toString(), Qt::ISODate);
    QCOMPARE(row.at(6).toString(), soldOn.addMonths(12).toString(Qt::ISODate));
    QCOMPARE(row.at(7).toString(), buyerName);
    QCOMPARE(row.at(8).toLongLong(), budget - price); // the buyer paid
    QCOMPARE(row.at(9).toString().compare(model, Qt::CaseInsensitive), 0);
    QVERIFY(lines.at(1).contains(Money::fromCents(price).toPlainString()));

    // The table format says the same for people.
    const CliResult open = runCli({u"--db"_s, m_db, u"sell"_s, u"--model"_s, model, u"--buyer"_s,
                                   buyerName, u"--tier"_s, u"open_source"_s});
    QVERIFY2(open.exitCode == 0, qPrintable(open.err));
    QVERIFY(open.out.contains(u"open_source"_s));
    QVERIFY(open.out.contains(u"perpetual"_s) || open.out.contains(u"-"_s));
}

void TestCliSell::forbiddenSaleExitsOneAndWritesNothing() {
    // A listed model, offered in the academic tier (listing it there if the generator did not).
    const QString model =
        value(m_db, u"SELECT name FROM models WHERE status = 'listed' ORDER BY id LIMIT 1"_s)
            .toString();
    QVERIFY(!model.isEmpty());
    const CliResult listed =
        runCli({u"--db"_s, m_db, u"list"_s, u"--model"_s, model, u"--tiers"_s, u"academic"_s});
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    const QString startup =
        value(
            m_db,
            u"SELECT name FROM buyers WHERE type = 'startup' ORDER BY budget_cents DESC LIMIT 1"_s)
            .toString();
    QVERIFY2(!startup.isEmpty(), "the generated economy should have a startup");

    const QString before = dump(m_db);
    const qint64 licenses = value(m_db, u"SELECT COUNT(*) FROM licenses"_s).toLongLong();
    const CliResult refused = runCli({u"--db"_s, m_db, u"sell"_s, u"--model"_s, model, u"--buyer"_s,
                                      startup, u"--tier"_s, u"academic"_s});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.startsWith(u"error: refused (buyer-type): "_s), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(u"Academic licenses are not sold to buyers of type Startup"_s),
             qPrintable(refused.err));
    QVERIFY(refused.out.isEmpty());
    QCOMPARE(value(m_db, u"SELECT COUNT(*) FROM licenses"_s).toLongLong(), licenses);
    QCOMPARE(dump(m_db), before);

    // Other refusals name their rules too.
    const QString academic =
        value(m_db, u"SELECT name FROM buyers WHERE type = 'academic' ORDER BY id LIMIT 1"_s)
            .toString();
    if (!academic.isEmpty()) {
        const CliResult business =
            runCli({u"--db"_s, m_db, u"sell"_s, u"--model"_s, model, u"--buyer"_s, academic,
                    u"--tier"_s, u"academic"_s, u"--use"_s, u"business"_s});
        QCOMPARE(business.exitCode, 1);
        QVERIFY2(business.err.contains(u"(research-use-only)"_s), qPrintable(business.err));
    }
    const CliResult attribution =
        runCli({u"--db"_s, m_db, u"sell"_s, u"--model"_s, model, u"--buyer"_s, startup, u"--tier"_s,
                u"open_source"_s, u"--no-attribution"_s});
    if (attribution.exitCode != 1 || !attribution.err.contains(u"(attribution-required)"_s)) {
        // Only when the model is not listed in the open source tier.
        QCOMPARE(attribution.exitCode, 1);
        QVERIFY2(attribution.err.contains(u"(not-listed)"_s), qPrintable(attribution.err));
    }
    const CliResult nobody = runCli({u"--db"_s, m_db, u"sell"_s, u"--model"_s, model, u"--buyer"_s,
                                     u"Nobody At All"_s, u"--tier"_s, u"academic"_s});
    QCOMPARE(nobody.exitCode, 1);
    QVERIFY2(nobody.err.contains(u"buyer-not-found"_s), qPrintable(nobody.err));
    QCOMPARE(dump(m_db), before);
}

void TestCliSell::listRecommendedAndGivenPrices() {
    const QString model =
        value(m_db, u"SELECT name FROM models WHERE status = 'completed' ORDER BY id LIMIT 1"_s)
            .toString();
    QVERIFY2(!model.isEmpty(), "the generated economy should have a completed, unlisted model");
    const CliResult listed =
        runCli({u"--db"_s, m_db, u"--format"_s, u"csv"_s, u"list"_s, u"--model"_s, model,
                u"--tiers"_s, u"academic,commercial"_s, u"--price-commercial"_s, u"75k"_s});
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    const qint64 modelId =
        value(m_db, u"SELECT id FROM models WHERE name = ?"_s, {model}).toLongLong();
    QCOMPARE(value(m_db, u"SELECT status FROM models WHERE id = ?"_s, {modelId}).toString(),
             u"listed"_s);
    QCOMPARE(value(m_db,
                   u"SELECT price_cents FROM listings WHERE model_id = ? AND tier = "
                   "'commercial'"_s,
                   {modelId})
                 .toLongLong(),
             qint64(75'000'00));
    const qint64 academic = value(m_db,
                                  u"SELECT price_cents FROM listings WHERE model_id = ? AND "
                                  "tier = 'academic'"_s,
                                  {modelId})
                                .toLongLong();
    QVERIFY(academic >= 1'000'00 && academic <= 10'000'00);
    QVERIFY(listed.out.contains(u"academic"_s) && listed.out.contains(u"75000.00"_s));

    const CliResult unlisted = runCli(
        {u"--db"_s, m_db, u"list"_s, u"--model"_s, model, u"--unlist"_s, u"academic,commercial"_s});
    QVERIFY2(unlisted.exitCode == 0, qPrintable(unlisted.err));
    QCOMPARE(value(m_db, u"SELECT status FROM models WHERE id = ?"_s, {modelId}).toString(),
             u"completed"_s);
    QCOMPARE(
        value(m_db, u"SELECT COUNT(*) FROM listings WHERE model_id = ?"_s, {modelId}).toLongLong(),
        0);
}

void TestCliSell::listRefusals() {
    const QString before = dump(m_db);
    const QString completed =
        value(m_db, u"SELECT name FROM models WHERE status = 'completed' ORDER BY id LIMIT 1"_s)
            .toString();
    QVERIFY(!completed.isEmpty());
    const CliResult tooDear = runCli(
        {u"--db"_s, m_db, u"list"_s, u"--model"_s, completed, u"--price-academic"_s, u"12000"_s});
    QCOMPARE(tooDear.exitCode, 1);
    QVERIFY2(tooDear.err.contains(u"(price-above-ceiling)"_s), qPrintable(tooDear.err));

    const QString notDone = value(m_db, u"SELECT name FROM models WHERE status IN ('draft', "
                                        "'training', 'failed', 'retired') ORDER BY id LIMIT 1"_s)
                                .toString();
    if (!notDone.isEmpty()) {
        const CliResult draft = runCli(
            {u"--db"_s, m_db, u"list"_s, u"--model"_s, notDone, u"--tiers"_s, u"academic"_s});
        QCOMPARE(draft.exitCode, 1);
        QVERIFY2(draft.err.contains(u"(model-not-completed)"_s), qPrintable(draft.err));
    }
    const CliResult missing = runCli({u"--db"_s, m_db, u"list"_s, u"--model"_s, u"No Such Model"_s,
                                      u"--tiers"_s, u"academic"_s});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(u"model-not-found"_s), qPrintable(missing.err));
    const CliResult notListed = runCli(
        {u"--db"_s, m_db, u"list"_s, u"--model"_s, completed, u"--unlist"_s, u"enterprise"_s});
    QCOMPARE(notListed.exitCode, 1);
    QVERIFY2(notListed.err.contains(u"(not-listed)"_s), qPrintable(notListed.err));
    QCOMPARE(dump(m_db), before);
}

void TestCliSell::usageErrorsExitTwo() {
    const QString before = dump(m_db);
    const QList<QStringList> wrong{
        {u"sell"_s, u"--model"_s, u"X"_s, u"--buyer"_s, u"Y"_s},
        {u"sell"_s, u"--model"_s, u"X"_s, u"--buyer"_s, u"Y"_s, u"--tier"_s, u"platinum"_s},
        {u"sell"_s, u"--model"_s, u"X"_s, u"--buyer"_s, u"Y"_s, u"--tier"_s, u"academic"_s,
         u"--deployments"_s, u"many"_s},
        {u"sell"_s, u"--model"_s, u"X"_s, u"--buyer"_s, u"Y"_s, u"--tier"_s, u"academic"_s,
         u"--calls"_s, u"-4"_s},
        {u"sell"_s, u"--model"_s, u"X"_s, u"--buyer"_s, u"Y"_s, u"--tier"_s, u"academic"_s,
         u"--use"_s, u"fun"_s},
        {u"sell"_s, u"--model"_s, u"X"_s, u"--buyer"_s, u"Y"_s, u"--tier"_s, u"academic"_s,
         u"--frobnicate"_s},
        {u"list"_s, u"--model"_s, u"X"_s},
        {u"list"_s, u"--tiers"_s, u"academic"_s},
        {u"list"_s, u"--model"_s, u"X"_s, u"--tiers"_s, u"gold"_s},
        {u"list"_s, u"--model"_s, u"X"_s, u"--price-academic"_s, u"lots"_s},
        {u"list"_s, u"--model"_s, u"X"_s, u"--tiers"_s, u"academic"_s, u"--unlist"_s,
         u"academic"_s},
    };
    for (const QStringList& arguments : wrong) {
        const CliResult result = runCli(QStringList{u"--db"_s, m_db} + arguments);
        QVERIFY2(result.exitCode == 2, qPrintable(arguments.join(u' ') + u" → "_s +
                                                  QString::number(result.exitCode) + result.err));
    }
    QCOMPARE(dump(m_db), before);
}

QTEST_GUILESS_MAIN(TestCliSell)
#include "tst_cli_sell.moc"
