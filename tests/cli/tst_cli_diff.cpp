// `modelmarket diff A B`, end to end with the real binary on real files and (cli.cli_diff.postgres)
// on the test server's databases: exit 0 for the same economy, 1 with exactly the changes for
// different ones, 2 for a wrong command line and 3 for a file it cannot read; table, CSV and JSON
// output.

#include "CliRunner.h"
#include "ResultChecks.h"
#include "TestStore.h"
#include "core/Money.h"
#include "data/Csv.h"
#include "data/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlQuery>
#include <QTest>

using namespace mm;
using namespace Qt::StringLiterals;

namespace {

bool writeFile(const QString& path, const QByteArray& bytes) {
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

QJsonObject readJson(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

const QStringList kColumns = {u"table"_s, u"row"_s, u"field"_s, u"change"_s, u"old"_s, u"new"_s};

} // namespace

class TestCliDiff : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        m_store = std::make_unique<testing::TestStore>();
        MM_REQUIRE_STORE(*m_store);
        MM_STORE_LOCATION(demo, *m_store, made(u"a.sqlite"_s, {u"init"_s}));
        m_db = demo;
        m_json = m_store->filePath(u"a.json"_s);
        const CliResult exported = runCli({u"--db"_s, m_db, u"export"_s, u"economy"_s, m_json});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        m_economy = readJson(m_json);
        QVERIFY(!m_economy.isEmpty());
    }

    void fileAgainstItsOwnExportIsTheSame() {
        const CliResult same = runCli({u"diff"_s, m_db, m_json});
        QVERIFY2(same.exitCode == 0, qPrintable(same.err + same.out));
        QCOMPARE(same.out, u"The economies are the same.\n"_s);
        QCOMPARE(same.err, QString());

        const CliResult csv = runCli({u"diff"_s, m_json, m_db, u"--format"_s, u"csv"_s});
        QCOMPARE(csv.exitCode, 0);
        auto records = csv::parse(csv.out.toUtf8());
        QVERIFY(records);
        QCOMPARE(records->size(), 1);
        QCOMPARE(records->first().fields, kColumns);

        const CliResult json = runCli({u"--format"_s, u"json"_s, u"diff"_s, m_db, m_db});
        QCOMPARE(json.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(json.out.toUtf8()).isArray());
        QVERIFY(QJsonDocument::fromJson(json.out.toUtf8()).array().isEmpty());
    }

    void changedListingPriceIsOneCsvRow() {
        // Another database with the same economy, one listing repriced.
        MM_STORE_LOCATION(other, *m_store, location(u"repriced.sqlite"_s));
        const CliResult imported = runCli({u"--db"_s, other, u"import"_s, u"economy"_s, m_json});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const QJsonObject listing = m_economy.value(u"listings"_s).toArray().at(7).toObject();
        const QString id = QString::number(listing.value(u"id"_s).toInteger());
        const QString oldPrice = listing.value(u"price"_s).toString();
        {
            auto db = Database::open(other);
            QVERIFY(db);
            auto updated = (*db)->query(u"UPDATE listings SET price_cents = price_cents + 99 "
                                        "WHERE id = ?"_s,
                                        {id.toLongLong()}, u"repricing"_s);
            QVERIFY(updated);
        }
        const QString newPrice =
            (*Money::parsePlain(oldPrice) + Money::fromCents(99)).toPlainString();

        const CliResult result = runCli({u"diff"_s, m_db, other, u"--format"_s, u"csv"_s});
        QVERIFY2(result.exitCode == 1, qPrintable(result.err + result.out));
        auto records = csv::parse(result.out.toUtf8());
        QVERIFY(records);
        QCOMPARE(records->size(), 2);
        QCOMPARE(records->at(0).fields, kColumns);
        QCOMPARE(records->at(1).fields,
                 QStringList({u"listings"_s, id, u"price"_s, u"changed"_s, oldPrice, newPrice}));

        // The aligned table says the same, and counts it.
        const CliResult table = runCli({u"diff"_s, m_db, other});
        QCOMPARE(table.exitCode, 1);
        const QStringList lines = table.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4); // header, rule, the change, the count
        QCOMPARE(lines.at(0).simplified(), u"table row field change old new"_s);
        QCOMPARE(lines.at(2).simplified(),
                 u"listings %1 price changed %2 %3"_s.arg(id, oldPrice, newPrice));
        QCOMPARE(lines.at(3), u"Changes: 1 (0 added, 0 removed, 1 changed)"_s);
    }

    void addedRemovedAndConfigChangesAsJson() {
        QJsonObject after = m_economy;
        QJsonArray buyers = after.value(u"buyers"_s).toArray();
        const QString removedId =
            QString::number(buyers.at(0).toObject().value(u"id"_s).toInteger());
        buyers.removeAt(0);
        buyers.append(QJsonObject{{u"id"_s, 5000},
                                  {u"name"_s, u"Quill & Ledger"_s},
                                  {u"type"_s, u"commercial"_s},
                                  {u"size"_s, 800},
                                  {u"budget"_s, u"900000.00"_s}});
        after.insert(u"buyers"_s, buyers);
        QJsonObject config = after.value(u"config"_s).toObject();
        QJsonArray tiers = config.value(u"tiers"_s).toArray();
        QString oldFloor;
        for (qsizetype i = 0; i < tiers.size(); ++i) {
            QJsonObject tier = tiers.at(i).toObject();
            if (tier.value(u"tier"_s).toString() != u"commercial"_s)
                continue;
            oldFloor = tier.value(u"priceFloor"_s).toString();
            tier.insert(u"priceFloor"_s, u"45000.00"_s);
            tiers.replace(i, tier);
        }
        config.insert(u"tiers"_s, tiers);
        after.insert(u"config"_s, config);
        const QString changed = m_store->filePath(u"changed.json"_s);
        // Any valid JSON layout is read, not only the export's.
        QVERIFY(writeFile(changed, QJsonDocument(after).toJson(QJsonDocument::Compact)));

        const CliResult result = runCli({u"diff"_s, m_json, changed, u"--format"_s, u"json"_s});
        QVERIFY2(result.exitCode == 1, qPrintable(result.err + result.out));
        const QJsonArray changes = QJsonDocument::fromJson(result.out.toUtf8()).array();
        QCOMPARE(changes.size(), 3);
        const auto text = [&changes](qsizetype i) {
            QStringList cells;
            for (const QString& column : kColumns)
                cells.append(changes.at(i).toObject().value(column).toString());
            return cells;
        };
        QCOMPARE(text(0), QStringList({u"config"_s, QString(), u"tiers.commercial.priceFloor"_s,
                                       u"changed"_s, oldFloor, u"45000.00"_s}));
        QCOMPARE(
            text(1).mid(0, 5),
            QStringList({u"buyers"_s, removedId, QString(), u"removed"_s,
                         QString::fromUtf8(
                             QJsonDocument(m_economy.value(u"buyers"_s).toArray().at(0).toObject())
                                 .toJson(QJsonDocument::Compact))}));
        QCOMPARE(text(2).mid(0, 4), QStringList({u"buyers"_s, u"5000"_s, QString(), u"added"_s}));
        QCOMPARE(
            QJsonDocument::fromJson(text(2).at(5).toUtf8()).object().value(u"name"_s).toString(),
            u"Quill & Ledger"_s);

        // The other way round, added and removed swap.
        const CliResult back = runCli({u"diff"_s, changed, m_json, u"--format"_s, u"csv"_s});
        QCOMPARE(back.exitCode, 1);
        auto records = csv::parse(back.out.toUtf8());
        QVERIFY(records);
        QCOMPARE(records->size(), 4);
        QCOMPARE(records->at(1).fields.at(5), oldFloor);
        QCOMPARE(records->at(2).fields.at(3), u"added"_s);
        QCOMPARE(records->at(3).fields.at(3), u"removed"_s);
    }

    void aScenarioAgainstTheBaseListsItsParameters() {
        MM_STORE_LOCATION(db, *m_store, made(u"scenario.sqlite"_s, {u"init"_s}));
        QCOMPARE(runCli({u"--db"_s, db, u"scenario"_s, u"create"_s, u"Same"_s}).exitCode, 0);
        const CliResult same = runCli({u"--db"_s, db, u"diff"_s, u"--scenario"_s, u"Same"_s});
        QVERIFY2(same.exitCode == 0, qPrintable(same.err + same.out));
        QCOMPARE(same.out, u"The economies are the same.\n"_s);

        QCOMPARE(runCli({u"--db"_s, db, u"scenario"_s, u"set"_s, u"Same"_s,
                         u"tiers.commercial.priceFloor"_s, u"45000"_s})
                     .exitCode,
                 0);
        QCOMPARE(runCli({u"--db"_s, db, u"scenario"_s, u"set"_s, u"Same"_s,
                         u"listingPricePercent.academic"_s, u"90"_s})
                     .exitCode,
                 0);
        const CliResult changed =
            runCli({u"--db"_s, db, u"--format"_s, u"csv"_s, u"diff"_s, u"--scenario"_s, u"same"_s});
        QCOMPARE(changed.exitCode, 1);
        auto records = csv::parse(changed.out.toUtf8());
        QVERIFY(records);
        QCOMPARE(records->size(), 3);
        QCOMPARE(records->at(1).fields,
                 (QStringList{u"config"_s, QString(), u"tiers.commercial.priceFloor"_s,
                              u"changed"_s, u"50000.00"_s, u"45000.00"_s}));
        QCOMPARE(records->at(2).fields,
                 (QStringList{u"config"_s, QString(), u"listingPricePercent.academic"_s,
                              u"changed"_s, u"100"_s, u"90"_s}));

        const CliResult missing = runCli({u"--db"_s, db, u"diff"_s, u"--scenario"_s, u"Nope"_s});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains(u"Nope"_s));
        QCOMPARE(runCli({u"--db"_s, db, u"diff"_s, u"--scenario"_s, u"Same"_s, m_json}).exitCode,
                 2);
    }

    void usageErrorsExitTwo() {
        const QList<QStringList> wrong = {
            {u"diff"_s},
            {u"diff"_s, m_db},
            {u"diff"_s, m_db, m_json, m_json},
            {u"diff"_s, m_db, m_json, u"--colour"_s},
            {u"diff"_s, m_db, m_json, u"--format"_s, u"xml"_s},
            {u"diff"_s, m_db, m_json, u"--format"_s},
        };
        for (const QStringList& arguments : wrong) {
            const CliResult result = runCli(arguments);
            QVERIFY2(result.exitCode == 2, qPrintable(arguments.join(u' ') + u" → "_s +
                                                      QString::number(result.exitCode)));
            QVERIFY2(result.err.startsWith(u"error: "_s), qPrintable(result.err));
            QCOMPARE(result.out, QString());
        }
        const CliResult help = runCli({u"diff"_s, u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(u"modelmarket diff A B"_s));
        QVERIFY(runCli({u"--help"_s}).out.contains(u"diff A B"_s));
    }

    void unreadableFilesExitThreeNamingTheFile() {
        const QString missing = m_store->filePath(u"nowhere.sqlite"_s);
        const CliResult none = runCli({u"diff"_s, m_db, missing});
        QCOMPARE(none.exitCode, 3);
        QVERIFY2(none.err.contains(missing) && none.err.contains(u"no such file"_s),
                 qPrintable(none.err));
        QVERIFY(!QFile::exists(missing)); // nothing created

        const QString garbage = m_store->filePath(u"garbage.bin"_s);
        QVERIFY(writeFile(garbage, QByteArray(4096, '\x7f')));
        const CliResult foreign = runCli({u"diff"_s, garbage, m_db});
        QCOMPARE(foreign.exitCode, 3);
        QVERIFY2(foreign.err.contains(garbage), qPrintable(foreign.err));

        const QString broken = m_store->filePath(u"broken.json"_s);
        QVERIFY(writeFile(broken, "{\"format\": \"modelmarket-economy\", \"models\": [1, 2,]}"));
        const CliResult bad = runCli({u"diff"_s, m_json, broken});
        QCOMPARE(bad.exitCode, 3);
        QVERIFY2(bad.err.contains(broken) && bad.err.contains(u"offset"_s), qPrintable(bad.err));
    }

private:
    // The databases on files or the test server; JSON and other files in its folder.
    std::unique_ptr<testing::TestStore> m_store;
    QString m_db;
    QString m_json;
    QJsonObject m_economy;
};

QTEST_GUILESS_MAIN(TestCliDiff)
#include "tst_cli_diff.moc"
