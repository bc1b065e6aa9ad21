// The economy diff on real SQLite files and (storage.economydiff.postgres) the test server: a
// database and its own export are the same economy, and a change to one row, one config parameter
// or the set of rows shows as exactly that change.

#include "FileChecks.h"
#include "ResultChecks.h"
#include "TestStore.h"
#include "core/EconomyConfig.h"
#include "core/Scenario.h"
#include "data/Database.h"
#include "data/DefaultDatabase.h"
#include "data/EconomyDiff.h"
#include "data/EconomyRepository.h"
#include "data/Exchange.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlQuery>
#include <QTest>

using namespace mm;
using namespace Qt::StringLiterals;
using mm::testing::fileHash;

namespace {

bool writeFile(const QString& path, const QByteArray& bytes) {
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

QString changeText(const EconomyChange& change) {
    return QStringLiteral("%1 | %2 | %3 | %4 | %5 -> %6")
        .arg(change.table, change.row, change.field, economyChangeKindKey(change.kind),
             change.oldValue, change.newValue);
}

QString diffText(const EconomyDiff& diff) {
    QStringList lines;
    for (const EconomyChange& change : diff.changes)
        lines.append(changeText(change));
    return lines.join(u'\n');
}

} // namespace

class TestEconomyDiff : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        m_store = std::make_unique<testing::TestStore>();
        MM_REQUIRE_STORE(*m_store);
        MM_STORE_LOCATION(demoPath, *m_store, made(u"demo"_s, {u"init"_s}));
        m_demoPath = demoPath;
        auto demo = Database::open(m_demoPath);
        MM_VERIFY_OK(demo);
        auto exported = exchange::exportEconomy(**demo);
        MM_VERIFY_OK(exported);
        m_demo = *exported;
        m_jsonPath = m_store->filePath(u"demo.json"_s);
        QVERIFY(writeFile(m_jsonPath, exchange::economyJsonText(m_demo)));
    }

    void databaseAndItsOwnExportAreTheSame() {
        const QByteArray before = m_store->fingerprint(m_demoPath);
        QVERIFY(!before.isEmpty());
        auto fromDatabase = loadEconomySource(m_demoPath);
        MM_VERIFY_OK(fromDatabase);
        auto fromJson = loadEconomySource(m_jsonPath);
        MM_VERIFY_OK(fromJson);
        const EconomyDiff diff = diffEconomies(*fromDatabase, *fromJson);
        QVERIFY2(diff.isEmpty(), qPrintable(diffText(diff)));
        QVERIFY(diffEconomies(*fromJson, *fromDatabase).isEmpty());
        QCOMPARE(m_store->fingerprint(m_demoPath), before); // read only
    }

    void changedListingPriceIsExactlyOneField() {
        // A second real file with the same economy, one listing repriced in SQL.
        MM_STORE_LOCATION(path, *m_store, location(u"repriced.sqlite"_s));
        auto db = Database::open(path);
        MM_VERIFY_OK(db);
        MM_VERIFY_OK(exchange::importEconomy(**db, m_demo));
        const QJsonObject listing = m_demo.value(u"listings"_s).toArray().at(4).toObject();
        const qint64 id = listing.value(u"id"_s).toInteger();
        const auto price = Money::parsePlain(listing.value(u"price"_s).toString());
        QVERIFY(price);
        const Money raised = *price + Money::fromCents(1250);
        {
            auto updated = (*db)->query(u"UPDATE listings SET price_cents = ? WHERE id = ?"_s,
                                        {raised.cents(), id}, u"repricing"_s);
            MM_VERIFY_OK(updated);
            QCOMPARE(updated->numRowsAffected(), 1);
        }
        db->reset();

        auto after = loadEconomySource(path);
        MM_VERIFY_OK(after);
        const EconomyDiff diff = diffEconomies(m_demo, *after);
        QCOMPARE(diff.changes.size(), 1);
        const EconomyChange& change = diff.changes.first();
        QCOMPARE(change.table, u"listings"_s);
        QCOMPARE(change.row, QString::number(id));
        QCOMPARE(change.field, u"price"_s);
        QCOMPARE(change.kind, EconomyChangeKind::Changed);
        QCOMPARE(change.oldValue, price->toPlainString());
        QCOMPARE(change.newValue, raised.toPlainString());
    }

    void addedAndRemovedRowsAreReported() {
        QJsonObject after = m_demo;
        QJsonArray buyers = after.value(u"buyers"_s).toArray();
        const QJsonObject removed = buyers.at(2).toObject();
        buyers.removeAt(2);
        const QJsonObject added{{u"id"_s, 9001},
                                {u"name"_s, u"Zephyr Analytics"_s},
                                {u"type"_s, u"startup"_s},
                                {u"size"_s, 40},
                                {u"budget"_s, u"150000.00"_s}};
        buyers.append(added);
        after.insert(u"buyers"_s, buyers);

        const EconomyDiff diff = diffEconomies(m_demo, after);
        QCOMPARE(diff.changes.size(), 2);
        QCOMPARE(diff.count(EconomyChangeKind::Removed), 1);
        QCOMPARE(diff.count(EconomyChangeKind::Added), 1);
        const EconomyChange& gone = diff.changes.at(0); // ids in order: the removed one is lower
        QCOMPARE(gone.table, u"buyers"_s);
        QCOMPARE(gone.row, QString::number(removed.value(u"id"_s).toInteger()));
        QCOMPARE(gone.kind, EconomyChangeKind::Removed);
        QCOMPARE(gone.field, QString());
        QCOMPARE(QJsonDocument::fromJson(gone.oldValue.toUtf8()).object(), removed);
        QCOMPARE(gone.rowLabel, removed.value(u"name"_s).toString());
        const EconomyChange& made = diff.changes.at(1);
        QCOMPARE(made.row, u"9001"_s);
        QCOMPARE(made.kind, EconomyChangeKind::Added);
        QCOMPARE(QJsonDocument::fromJson(made.newValue.toUtf8()).object(), added);
        QCOMPARE(made.rowLabel, u"Zephyr Analytics"_s);

        // Rows are matched by id, not position: the same rows in another order are no change.
        QJsonArray reversed;
        for (const QJsonValue& buyer : m_demo.value(u"buyers"_s).toArray())
            reversed.prepend(buyer);
        QJsonObject reordered = m_demo;
        reordered.insert(u"buyers"_s, reversed);
        QVERIFY(diffEconomies(m_demo, reordered).isEmpty());
    }

    void nestedFieldsHaveTheirPath() {
        QJsonObject after = m_demo;
        QJsonArray licenses = after.value(u"licenses"_s).toArray();
        QJsonObject license = licenses.at(0).toObject();
        QJsonObject terms = license.value(u"terms"_s).toObject();
        terms.insert(u"deploymentCap"_s, 3);
        license.insert(u"terms"_s, terms);
        licenses.replace(0, license);
        after.insert(u"licenses"_s, licenses);
        const EconomyDiff diff = diffEconomies(m_demo, after);
        QCOMPARE(diff.changes.size(), 1);
        QCOMPARE(diff.changes.first().field, u"terms.deploymentCap"_s);
        QCOMPARE(diff.changes.first().newValue, u"3"_s);
    }

    void configChangeShowsItsParameterPath() {
        MM_STORE_LOCATION(path, *m_store, location(u"config.sqlite"_s));
        auto db = Database::open(path);
        MM_VERIFY_OK(db);
        MM_VERIFY_OK(exchange::importEconomy(**db, m_demo));
        EconomyRepository repository(**db);
        auto config = repository.loadConfig();
        MM_VERIFY_OK(config);
        const Money floor = config->tier(LicenseTier::Commercial).priceFloor;
        config->tier(LicenseTier::Commercial).priceFloor = Money::fromCents(4'000'000);
        config->demand.of(BuyerType::Startup).needPerMonth = 0.2;
        MM_VERIFY_OK(repository.saveConfig(*config));
        db->reset();

        auto after = loadEconomySource(path);
        MM_VERIFY_OK(after);
        const EconomyDiff diff = diffEconomies(m_demo, *after);
        QCOMPARE(diff.changes.size(), 2);
        QCOMPARE(changeText(diff.changes.at(0)),
                 u"config |  | demand.buyerTypes.startup.needPerMonth | changed | 0.12 -> 0.2"_s);
        QCOMPARE(changeText(diff.changes.at(1)),
                 u"config |  | tiers.commercial.priceFloor | changed | %1 -> 40000.00"_s.arg(
                     floor.toPlainString()));
    }

    void scenarioConfigAgainstTheBase() {
        // What another area does: the base config beside the config a scenario makes of it.
        const EconomyConfig base = EconomyConfig::defaults();
        auto applied = applyOverrides(
            base, {ParameterOverride{u"tiers.enterprise.usageRatePer1000Calls"_s, u"0.25"_s},
                   ParameterOverride{u"gpuTypes.h100.hourlyRate"_s, u"2.50"_s},
                   ParameterOverride{u"sizeClasses.medium.costMin"_s, u"90000.00"_s}});
        MM_VERIFY_OK(applied);
        const EconomyDiff diff = diffEconomies(QJsonObject{{u"config"_s, base.toJson()}},
                                               QJsonObject{{u"config"_s, applied->toJson()}});
        QCOMPARE(diffText(diff),
                 u"config |  | gpuTypes.h100.hourlyRate | changed | 3.00 -> 2.50\n"
                 "config |  | sizeClasses.medium.costMin | changed | 100000.00 -> 90000.00\n"
                 "config |  | tiers.enterprise.usageRatePer1000Calls | changed | 0.20 -> 0.25"_s);
        QCOMPARE(diffEconomyConfigs(base.toJson(), applied->toJson()).changes, diff.changes);
        QVERIFY(diffEconomyConfigs(base.toJson(), base.toJson()).isEmpty());
    }

    void documentFieldsAndMissingListsCompare() {
        QJsonObject older = m_demo;
        older.remove(u"labs"_s); // a file from before labs existed
        older.insert(u"gameDate"_s, u"2024-06-01"_s);
        const EconomyDiff diff = diffEconomies(older, m_demo);
        QCOMPARE(diff.count(EconomyChangeKind::Added), m_demo.value(u"labs"_s).toArray().size());
        QCOMPARE(changeText(diff.changes.first()),
                 u"economy |  | gameDate | changed | 2024-06-01 -> %1"_s.arg(
                     m_demo.value(u"gameDate"_s).toString()));
        QCOMPARE(diff.changes.last().table, u"labs"_s);
    }

    void unreadableSourcesAreRefusedByName() {
        const QString missing = m_store->filePath(u"missing.sqlite"_s);
        auto none = loadEconomySource(missing);
        MM_VERIFY_RULE(none, "import-no-file");
        QVERIFY(none.error().toString().contains(missing));

        const QString text = m_store->filePath(u"notes.txt"_s);
        QVERIFY(writeFile(text, "these are not the numbers you are looking for\n"));
        auto foreign = loadEconomySource(text);
        QVERIFY(!foreign);
        QVERIFY2(foreign.error().toString().contains(text), qPrintable(foreign.error().toString()));

        const QString broken = m_store->filePath(u"broken.json"_s);
        QVERIFY(writeFile(broken, "{\"format\": \"modelmarket-economy\",}"));
        auto bad = loadEconomySource(broken);
        MM_VERIFY_RULE(bad, "import-json");
        QVERIFY(bad.error().toString().contains(broken));

        const QString other = m_store->filePath(u"other.json"_s);
        QVERIFY(writeFile(other, "{\"format\": \"something-else\", \"version\": 1}"));
        MM_VERIFY_RULE(loadEconomySource(other), "economy-format");

        QJsonObject future = m_demo;
        future.insert(u"version"_s, exchange::kEconomyVersion + 1);
        const QString newerJson = m_store->filePath(u"newer.json"_s);
        QVERIFY(writeFile(newerJson, exchange::economyJsonText(future)));
        MM_VERIFY_RULE(loadEconomySource(newerJson), "economy-newer");

        // A database from a newer ModelMarket: refused with the usual message, left untouched.
        const QString newer = m_store->filePath(u"newer.sqlite"_s);
        {
            auto db = Database::open(newer);
            MM_VERIFY_OK(db);
            MM_VERIFY_OK((*db)->exec(u"PRAGMA user_version = 999"_s, u"aging"_s));
        }
        const QByteArray before = fileHash(newer);
        auto tooNew = loadEconomySource(newer);
        QVERIFY(!tooNew);
        QVERIFY2(tooNew.error().toString().contains(u"newer"_s) &&
                     tooNew.error().toString().contains(newer),
                 qPrintable(tooNew.error().toString()));
        QCOMPARE(fileHash(newer), before);
    }

    void stableTextRoundTripsThroughTheLoader() {
        // Written by the one serializer, read back as the same document, from a file that also
        // holds it the old (indented) way.
        auto json = loadEconomySource(m_jsonPath);
        MM_VERIFY_OK(json);
        QCOMPARE(exchange::economyJsonText(*json), exchange::economyJsonText(m_demo));
        const QString indented = m_store->filePath(u"indented.json"_s);
        QVERIFY(writeFile(indented, QJsonDocument(m_demo).toJson(QJsonDocument::Indented)));
        auto old = loadEconomySource(indented);
        MM_VERIFY_OK(old);
        QVERIFY(diffEconomies(*old, m_demo).isEmpty());
    }

private:
    // The databases on files or the test server; JSON and other files in its folder.
    std::unique_ptr<testing::TestStore> m_store;
    QString m_demoPath;
    QString m_jsonPath;
    QJsonObject m_demo;
};

QTEST_GUILESS_MAIN(TestEconomyDiff)
#include "tst_economydiff.moc"
