// The PostgreSQL backend against a real server (the throwaway cluster of
// scripts/pg-test-cluster.sh): setting up an empty database, refusing what is not ours or is
// newer without touching it, the rules of the schema, the catalog through ModelRepository, and
// the revenue summary's triggers. Each test makes its own database.

#include "PgTestServer.h"
#include "ResultChecks.h"
#include "core/EconomyConfig.h"
#include "data/Database.h"
#include "data/DbError.h"
#include "data/EconomyRepository.h"
#include "data/Migrations.h"
#include "data/ModelRepository.h"

#include <QTest>
#include <memory>

using namespace mm;
using namespace mm::testing;
using namespace Qt::StringLiterals;

namespace {

QVariant scalar(Database& db, const QString& sql, const QVariantList& values = {}) {
    auto query = db.query(sql, values, u"reading a test value"_s);
    if (!query) {
        qWarning() << query.error().toString();
        return {};
    }
    return query->next() ? query->value(0) : QVariant();
}

ModelRecord model(const QString& name) {
    ModelRecord record;
    record.name = name;
    record.sizeClass = SizeClass::Medium;
    record.parameters = 7'000'000'000;
    record.datasetTokens = 2'000'000'000'000;
    record.benchmarks = {{u"mmlu"_s, 61.5}};
    record.trainingCost = Money::fromCents(123'456'789);
    record.trainingDays = 12.5;
    record.createdOn = QDate(2025, 3, 14);
    return record;
}

// Opens `url` and gives it the default economy config (size classes, tiers, GPU types), as
// `modelmarket init --empty` does.
std::unique_ptr<Database> openWithConfig(const QString& url) {
    auto db = Database::open(url);
    if (!db) {
        qWarning() << db.error().toString();
        return nullptr;
    }
    if (auto saved = EconomyRepository(**db).saveConfig(EconomyConfig::defaults()); !saved) {
        qWarning() << saved.error().toString();
        return nullptr;
    }
    return std::move(*db);
}

} // namespace

class PostgresTest : public QObject {
    Q_OBJECT

private slots:
    void initSetsUpAnEmptyDatabase() {
        PgTestDatabase server;
        MM_REQUIRE_PG_DATABASE(server);
        {
            auto db = Database::open(server.url());
            MM_VERIFY_OK(db);
            QVERIFY((*db)->isServer());
            QVERIFY((*db)->dialect().isPostgres());
            QCOMPARE((*db)->schemaVersion(), kCurrentSchemaVersion);
            QCOMPARE((*db)->path(), server.url());
        }
        QCOMPARE(server.scalar(u"SELECT version FROM modelmarket_schema"_s).toInt(),
                 kCurrentSchemaVersion);
        const int tables = server
                               .scalar(u"SELECT count(*) FROM information_schema.tables WHERE "
                                       "table_schema = 'public'"_s)
                               .toInt();
        QCOMPARE(tables, 17); // 16 like the SQLite file, and the version table
        // The studio and the three rival labs of schema version 3.
        QCOMPARE(server.scalar(u"SELECT count(*) FROM labs"_s).toInt(), 4);
        // Opening again changes nothing.
        auto again = Database::open(server.url());
        MM_VERIFY_OK(again);
        QCOMPARE((*again)->schemaVersion(), kCurrentSchemaVersion);
    }

    void refusesANewerSchemaUntouched() {
        PgTestDatabase server;
        MM_REQUIRE_PG_DATABASE(server);
        MM_VERIFY_OK(Database::open(server.url()));
        QVERIFY2(server.exec(u"UPDATE modelmarket_schema SET version = %1"_s.arg(
                     kCurrentSchemaVersion + 1)),
                 qPrintable(server.error()));
        for (const auto mode : {Database::ReadWrite, Database::ReadOnly}) {
            auto db = Database::open(server.url(), mode);
            MM_VERIFY_RULE(db, kRuleDbTooNew);
            QVERIFY(db.error().toString().contains(u"newer ModelMarket"_s));
        }
        QCOMPARE(server.scalar(u"SELECT version FROM modelmarket_schema"_s).toInt(),
                 kCurrentSchemaVersion + 1);
    }

    void refusesADatabaseWithTablesOfOthers() {
        PgTestDatabase server;
        MM_REQUIRE_PG_DATABASE(server);
        QVERIFY2(server.exec(u"CREATE TABLE invoices (id integer PRIMARY KEY)"_s),
                 qPrintable(server.error()));
        auto db = Database::open(server.url());
        MM_VERIFY_RULE(db, kRuleDbNotOurs);
        QVERIFY(db.error().toString().contains(u"invoices"_s));
        // Nothing of ours was created next to it.
        QCOMPARE(server
                     .scalar(u"SELECT count(*) FROM information_schema.tables WHERE "
                             "table_schema = 'public'"_s)
                     .toInt(),
                 1);
    }

    void refusesAForeignTableNextToOurs() {
        PgTestDatabase server;
        MM_REQUIRE_PG_DATABASE(server);
        MM_VERIFY_OK(Database::open(server.url()));
        QVERIFY2(server.exec(u"CREATE TABLE notes (body text)"_s), qPrintable(server.error()));
        auto db = Database::open(server.url());
        MM_VERIFY_RULE(db, kRuleDbNotOurs);
        QVERIFY(db.error().toString().contains(u"notes"_s));
    }

    void upgradesAVersion6DatabaseKeepingItsRows() {
        PgTestDatabase server;
        MM_REQUIRE_PG_DATABASE(server);
        {
            auto db = openWithConfig(server.url());
            QVERIFY(db);
            ModelRecord kept = model(u"Kept Through The Upgrade"_s);
            MM_VERIFY_OK(ModelRepository(*db).insert(kept));
        }
        // Version 6 as it was released: the name index on mm_nocase(name) alone, no triggers
        // announcing outside writes.
        QVERIFY2(server.exec(u"DROP FUNCTION mm_announce_outside_write() CASCADE"_s),
                 qPrintable(server.error()));
        QVERIFY2(server.exec(u"DROP INDEX models_name"_s), qPrintable(server.error()));
        QVERIFY2(server.exec(u"CREATE UNIQUE INDEX models_name ON models (mm_nocase(name))"_s),
                 qPrintable(server.error()));
        QVERIFY2(server.exec(u"UPDATE modelmarket_schema SET version = 6"_s),
                 qPrintable(server.error()));

        // A reading command's connection cannot upgrade it, and says who can.
        auto reading = Database::open(server.url(), Database::ReadOnly);
        MM_VERIFY_RULE(reading, kRuleDbNeedsUpgrade);
        QVERIFY2(reading.error().toString().contains(u"open it once for writing"_s),
                 qPrintable(reading.error().toString()));
        QCOMPARE(server.scalar(u"SELECT version FROM modelmarket_schema"_s).toInt(), 6);

        auto db = Database::open(server.url());
        MM_VERIFY_OK(db);
        QCOMPARE((*db)->schemaVersion(), kCurrentSchemaVersion);
        QCOMPARE(server.scalar(u"SELECT version FROM modelmarket_schema"_s).toInt(),
                 kCurrentSchemaVersion);
        QCOMPARE(server.scalar(u"SELECT indexdef FROM pg_indexes WHERE indexname = 'models_name'"_s)
                     .toString(),
                 u"CREATE UNIQUE INDEX models_name ON public.models USING btree "
                 "(mm_nocase(name)) INCLUDE (name, id)"_s);
        QCOMPARE(server.scalar(u"SELECT name FROM models"_s).toString(),
                 u"Kept Through The Upgrade"_s);
        // Every table announces writes made outside ModelMarket.
        QCOMPARE(server
                     .scalar(u"SELECT count(*) FROM pg_trigger WHERE tgname LIKE '%\\_announce' "
                             "AND NOT tgisinternal"_s)
                     .toInt(),
                 16);
        // Still unique without regard to case.
        ModelRecord twin = model(u"KEPT through the upgrade"_s);
        QVERIFY(!ModelRepository(**db).insert(twin));
    }

    void reportsAMissingDatabaseClearly() {
        PgTestDatabase server;
        MM_REQUIRE_PG_DATABASE(server);
        ServerAddress address = *ServerAddress::parse(server.url());
        address.database = u"no_such_database_here"_s;
        auto db = Database::open(address.toUrl());
        MM_VERIFY_RULE(db, kRuleDbCannotOpen);
        QVERIFY(db.error().toString().contains(u"no_such_database_here"_s));
    }

    void keepsTheCatalogWithRevisions() {
        PgTestDatabase server;
        MM_REQUIRE_PG_DATABASE(server);
        auto db = openWithConfig(server.url());
        QVERIFY(db);
        ModelRepository models(*db);

        ModelRecord atlas = model(u"Atlas"_s);
        MM_VERIFY_OK(models.insert(atlas));
        QVERIFY(atlas.id > 0);
        QCOMPARE(atlas.revision, 1);
        ModelRecord borealis = model(u"Borealis"_s);
        MM_VERIFY_OK(models.insert(borealis));
        QCOMPARE(borealis.id, atlas.id + 1);

        auto found = models.find(atlas.id);
        MM_VERIFY_OK(found);
        QVERIFY(found->has_value());
        QCOMPARE(found->value(), atlas); // every field back exactly, money and doubles included
        // Names compare like SQLite's NOCASE: ASCII letters folded.
        auto byName = models.findByName(u"aTLAS"_s);
        MM_VERIFY_OK(byName);
        QVERIFY(byName->has_value());
        QCOMPARE(byName->value().id, atlas.id);
        // The new model belongs to the studio, as the schema's trigger makes it.
        QCOMPARE(scalar(*db,
                        u"SELECT l.is_studio FROM models m JOIN labs l ON l.id = m.lab_id "
                        "WHERE m.id = ?"_s,
                        {atlas.id})
                     .toInt(),
                 1);

        ModelRecord edited = atlas;
        edited.parameters = 8'000'000'000;
        MM_VERIFY_OK(models.update(edited));
        QCOMPARE(edited.revision, 2);
        // An edit of the old revision is refused as someone else's change.
        ModelRecord stale = atlas;
        stale.datasetTokens = 1;
        MM_VERIFY_RULE(models.update(stale), "stale-edit");
        QVERIFY(models.update(stale).error().toString().contains(u"changed by someone else"_s));
        QCOMPARE(models.find(atlas.id)->value().parameters, 8'000'000'000);

        // An undone delete brings the model back under its old id; later ids go past it.
        MM_VERIFY_OK(models.remove(borealis.id));
        QCOMPARE(*models.count(), 1);
        MM_VERIFY_OK(models.insert(borealis));
        ModelRecord cirrus = model(u"Cirrus"_s);
        MM_VERIFY_OK(models.insert(cirrus));
        QVERIFY(cirrus.id > borealis.id);
        QCOMPARE(*models.count(), 3);

        auto choices = models.listableChoices(10);
        MM_VERIFY_OK(choices);
        QCOMPARE(choices->size(), 0); // drafts cannot be listed
    }

    void enforcesTheSchemaRules() {
        PgTestDatabase server;
        MM_REQUIRE_PG_DATABASE(server);
        auto db = openWithConfig(server.url());
        QVERIFY(db);
        ModelRepository models(*db);
        ModelRecord atlas = model(u"Atlas"_s);
        MM_VERIFY_OK(models.insert(atlas));

        // The same name in other letter case is the same model.
        ModelRecord twin = model(u"ATLAS"_s);
        auto duplicate = models.insert(twin);
        MM_VERIFY_RULE(duplicate, kRuleDbUnique);
        QVERIFY2(duplicate.error().toString().contains(u"(atlas) already exists"_s),
                 qPrintable(duplicate.error().toString()));
        // The connection stays usable after a failed write: the next one works.
        ModelRecord other = model(u"Atlas II"_s);
        MM_VERIFY_OK(models.insert(other));

        const QString insert =
            u"INSERT INTO models (name, architecture, size_class, parameters, dataset_tokens, "
            "created_on) VALUES (?, ?, ?, ?, ?, ?)"_s;
        const auto tryInsert = [&](const QVariantList& values) {
            return db->query(insert, values, u"adding a test model"_s);
        };
        MM_VERIFY_OK(tryInsert({u"Plain"_s, u"cnn"_s, u"small"_s, 5, 0, u"2025-01-31"_s}));
        MM_VERIFY_RULE(tryInsert({u"Zero"_s, u"cnn"_s, u"small"_s, 0, 0, u"2025-01-31"_s}),
                       kRuleDbCheckConstraint);
        MM_VERIFY_RULE(tryInsert({u"  "_s, u"cnn"_s, u"small"_s, 5, 0, u"2025-01-31"_s}),
                       kRuleDbCheckConstraint);
        MM_VERIFY_RULE(tryInsert({u"Llama"_s, u"lstm"_s, u"small"_s, 5, 0, u"2025-01-31"_s}),
                       kRuleDbCheckConstraint);
        MM_VERIFY_RULE(tryInsert({u"Feb"_s, u"cnn"_s, u"small"_s, 5, 0, u"2025-02-30"_s}),
                       kRuleDbCheckConstraint);
        MM_VERIFY_RULE(tryInsert({u"Short"_s, u"cnn"_s, u"small"_s, 5, 0, u"2025-2-3"_s}),
                       kRuleDbCheckConstraint);
        MM_VERIFY_RULE(tryInsert({u"Huge"_s, u"cnn"_s, u"galactic"_s, 5, 0, u"2025-01-31"_s}),
                       kRuleDbForeignKey);
        MM_VERIFY_RULE(db->query(u"UPDATE models SET benchmarks = ? WHERE id = ?"_s,
                                 {u"[1, 2]"_s, atlas.id}, u"test"_s),
                       kRuleDbCheckConstraint);
        MM_VERIFY_RULE(db->query(u"UPDATE models SET benchmarks = ? WHERE id = ?"_s,
                                 {u"{not json"_s, atlas.id}, u"test"_s),
                       kRuleDbCheckConstraint);
        // The check names the rule that failed.
        auto negative = db->query(u"UPDATE models SET training_cost_cents = -1 WHERE id = ?"_s,
                                  {atlas.id}, u"saving model 'Atlas'"_s);
        MM_VERIFY_RULE(negative, kRuleDbCheckConstraint);
        // ...and not the values of the row.
        QVERIFY2(!negative.error().toString().contains(u"Failing row"_s),
                 qPrintable(negative.error().toString()));
        QVERIFY2(negative.error().toString().contains(u"training_cost_cents"_s),
                 qPrintable(negative.error().toString()));
        QVERIFY(negative.error().toString().contains(u"saving model 'Atlas'"_s));
    }

    void keepsTheRevenueSummaryByTriggers() {
        PgTestDatabase server;
        MM_REQUIRE_PG_DATABASE(server);
        auto db = openWithConfig(server.url());
        QVERIFY(db);
        ModelRecord atlas = model(u"Atlas"_s);
        MM_VERIFY_OK(ModelRepository(*db).insert(atlas));
        const auto run = [&](const QString& sql, const QVariantList& values = {}) {
            auto done = db->query(sql, values, u"writing test rows"_s);
            if (!done)
                qWarning() << done.error().toString();
            return done.ok();
        };
        QVERIFY(run(u"INSERT INTO buyers (name, type, size) VALUES ('Acme', 'startup', 10)"_s));
        const qint64 buyer = scalar(*db, u"SELECT id FROM buyers"_s).toLongLong();
        QVERIFY(run(u"INSERT INTO licenses (model_id, buyer_id, tier, intended_use, sold_on, "
                    "fee_cents, terms) VALUES (?, ?, 'commercial', 'business', '2025-04-02', "
                    "50000, '{}')"_s,
                    {atlas.id, buyer}));
        const qint64 license = scalar(*db, u"SELECT id FROM licenses"_s).toLongLong();
        QVERIFY(run(u"INSERT INTO usage_charges (license_id, month, api_calls, amount_cents) "
                    "VALUES (?, '2025-05', 1000, 700), (?, '2025-06', 2000, 1400)"_s,
                    {license, license}));
        const QString summary = u"SELECT string_agg(month || ' ' || buyer_type || ' ' || "
                                "fees_cents || ' ' || usage_cents || ' ' || licenses || ' ' || "
                                "usage_charges, '; ' ORDER BY month) FROM revenue_monthly"_s;
        QCOMPARE(scalar(*db, summary).toString(),
                 u"2025-04 startup 50000 0 1 0; 2025-05 startup 0 700 0 1; "
                 "2025-06 startup 0 1400 0 1"_s);
        // A buyer changing type moves its revenue.
        QVERIFY(run(u"UPDATE buyers SET type = 'enterprise'"_s));
        QCOMPARE(scalar(*db, summary).toString(),
                 u"2025-04 enterprise 50000 0 1 0; 2025-05 enterprise 0 700 0 1; "
                 "2025-06 enterprise 0 1400 0 1"_s);
        QVERIFY(run(u"UPDATE licenses SET fee_cents = 60000"_s));
        QVERIFY(run(u"DELETE FROM usage_charges WHERE month = '2025-05'"_s));
        QCOMPARE(scalar(*db, summary).toString(),
                 u"2025-04 enterprise 60000 0 1 0; 2025-06 enterprise 0 1400 0 1"_s);
        // Deleting the license takes its charges (ON DELETE CASCADE) and every sum with it.
        QVERIFY(run(u"DELETE FROM licenses"_s));
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM revenue_monthly"_s).toInt(), 0);
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM usage_charges"_s).toInt(), 0);
    }

    void readOnlyConnectionsRefuseWrites() {
        PgTestDatabase server;
        MM_REQUIRE_PG_DATABASE(server);
        QVERIFY(openWithConfig(server.url()));
        auto db = Database::open(server.url(), Database::ReadOnly);
        MM_VERIFY_OK(db);
        QVERIFY((*db)->isReadOnly());
        ModelRecord atlas = model(u"Atlas"_s);
        MM_VERIFY_RULE(ModelRepository(**db).insert(atlas), kRuleDbReadOnly);
        MM_VERIFY_RULE((*db)->query(u"DELETE FROM labs"_s, {}, u"test"_s), kRuleDbReadOnly);
    }

    void readOnlyRoleIsRefusedClearly() {
        PgTestDatabase server;
        MM_REQUIRE_PG_DATABASE(server);
        QVERIFY(openWithConfig(server.url()));
        const QString role = server.name() + u"_reader"_s;
        QVERIFY2(server.exec(u"CREATE ROLE %1 LOGIN; GRANT SELECT ON ALL TABLES IN SCHEMA public "
                             "TO %1"_s.arg(role)),
                 qPrintable(server.error()));
        auto db = Database::open(server.urlAs(role));
        MM_VERIFY_OK(db); // the schema is current: opening writes nothing
        ModelRecord atlas = model(u"Atlas"_s);
        auto refused = ModelRepository(**db).insert(atlas);
        MM_VERIFY_RULE(refused, kRuleDbReadOnly);
        QVERIFY2(refused.error().toString().contains(u"permission denied"_s),
                 qPrintable(refused.error().toString()));
        db->reset();
        server.exec(u"DROP OWNED BY %1; DROP ROLE %1"_s.arg(role));
    }

    void anotherConnectionForWorkers() {
        PgTestDatabase server;
        MM_REQUIRE_PG_DATABASE(server);
        auto db = openWithConfig(server.url());
        QVERIFY(db);
        auto other = db->openAnotherConnection();
        MM_VERIFY_OK(other);
        ModelRecord atlas = model(u"Atlas"_s);
        MM_VERIFY_OK(ModelRepository(**other).insert(atlas));
        QCOMPARE(*ModelRepository(*db).count(), 1);
    }
};

QTEST_GUILESS_MAIN(PostgresTest)
#include "tst_postgres.moc"
