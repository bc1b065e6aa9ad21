// Upgrading committed old-version files, and refusing files from the future.
// storage.migrations.postgres runs the cases about the steps themselves on the test server: both
// engines' step lists, a rerun of every step, a failing step, a broken list.
//
// tests/data/schema_v1.sqlite is a version-1 file with a few rows in every table. It is committed
// and must not change once released; it stands for the files designers already have. To rebuild
// it (only if it was never released, or is lost), run from the build directory:
//
//     tools/write_schema_v1_fixture
//
// The tool uses schemaV1Statements() on a plain connection, so it produces a version-1 file
// whatever kCurrentSchemaVersion has become, with 1 KiB pages and a rollback journal so the file
// stays small and self-contained.

#include "FileChecks.h"
#include "SchemaV1Fixture.h"
#include "TestStore.h"
#include "data/Database.h"
#include "data/Migrations.h"
#include "data/PgMigrations.h"
#include "data/SqlDialect.h"
#include "data/Transaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <array>

using namespace mm;
using namespace Qt::StringLiterals;
using namespace mm::schemav1;

namespace {

QString fixturePath() {
    return QStringLiteral(MM_TEST_DATA_DIR) + u"/schema_v1.sqlite"_s;
}

using mm::testing::fileHash;

// Runs `sql` on a plain QtSql connection, bypassing Database, for building files that Database
// itself would refuse or upgrade.
bool rawExec(const QString& path, const QStringList& statements) {
    const QString name = u"raw-writer"_s;
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString& sql : statements) {
            if (!ok)
                break;
            QSqlQuery query(db);
            ok = query.exec(sql);
            if (!ok)
                qWarning() << sql << query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QVariant scalar(Database& db, const QString& sql, const QVariantList& values = {}) {
    auto query = db.query(sql, values, u"reading a test value"_s);
    if (!query) {
        qWarning() << query.error().toString();
        return {};
    }
    return query.value().next() ? query.value().value(0) : QVariant();
}

// A step after the real ones that creates a table and then fails, to prove that a failed step
// leaves neither its tables nor a version bump behind.
Status failingStep(Database& db) {
    Status created =
        db.exec(u"CREATE TABLE IF NOT EXISTS half_done (id INTEGER PRIMARY KEY)"_s, u"test"_s);
    if (!created)
        return created;
    return makeError(u"step failed on purpose"_s, u"test step"_s, u"test.fail"_s);
}

// A new database at the current version: a file, or on the server run a database of its own.
std::unique_ptr<Database> openNew(testing::TestStore& store) {
    return store.open(store.location(u"new.sqlite"_s));
}

std::span<const MigrationStep> stepsFor(Database& db) {
    return db.dialect().isPostgres() ? postgresMigrationSteps() : migrationSteps();
}

} // namespace

class TestMigrations : public QObject {
    Q_OBJECT

private slots:
    void fixtureIsAVersion1File();
    void fixtureKeepsEveryRow();
    void newerFileIsRefusedUntouched_data();
    void newerFileIsRefusedUntouched();
    void stepsAreNumberedInOrder();
    void migratingAgainChangesNothing();
    void failedStepLeavesFileAsItWas();
    void brokenStepListIsRefused();
    void readOnlyOldFileIsRefused();
    void version3FileGainsScenarioTables();
    void valueListsBecomeComparisons_data();
    void valueListsBecomeComparisons();
    void upgradedChecksMatchANewFile();
    void rowBreakingARuleStopsTheRewrite();
};

void TestMigrations::fixtureIsAVersion1File() {
    QFile file(fixturePath());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(fixturePath()));
    const QByteArray header = file.read(100);
    QCOMPARE(header.left(16), QByteArray("SQLite format 3\0", 16));
    // Offsets 18/19: file format versions, 1 = rollback journal (2 would be WAL, which needs a
    // -wal file next to it); offset 60: user_version, big-endian.
    QCOMPARE(int(header.at(18)), 1);
    QCOMPARE(int(header.at(19)), 1);
    QCOMPARE(header.mid(60, 4), QByteArray("\0\0\0\1", 4));
    QVERIFY(file.size() < 100 * 1024);
}

void TestMigrations::fixtureKeepsEveryRow() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"economy.sqlite"_s);
    QVERIFY(QFile::copy(fixturePath(), path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));

    auto opened = Database::open(path);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().toString()));
    Database& db = *opened.value();
    QCOMPARE(db.schemaVersion(), kCurrentSchemaVersion);
    QVERIFY(!db.isReadOnly());

    const std::array<std::pair<const char*, int>, 11> counts{{
        {"settings", 2},
        {"size_classes", 4},
        {"gpu_types", 1},
        {"license_tiers", 4},
        {"research_projects", 1},
        {"models", 3},
        {"training_jobs", 1},
        {"buyers", 2},
        {"listings", 2},
        {"licenses", 3},
        {"usage_charges", 4},
    }};
    for (const auto& [table, expected] : counts) {
        const QString sql = u"SELECT COUNT(*) FROM "_s + QLatin1String(table);
        QCOMPARE(scalar(db, sql).toInt(), expected);
    }

    QCOMPARE(scalar(db, u"SELECT value FROM settings WHERE key = ?"_s, {u"clock.today"_s}),
             QVariant(u"2025-03-01"_s));
    QCOMPARE(scalar(db, u"SELECT cost_min_cents FROM size_classes WHERE key = ?"_s, {u"medium"_s})
                 .toLongLong(),
             10'000'000LL);
    QVERIFY(scalar(db, u"SELECT cost_max_cents FROM size_classes WHERE key = ?"_s, {u"frontier"_s})
                .isNull());
    QCOMPARE(scalar(db, u"SELECT tflops FROM gpu_types WHERE key = ?"_s, {u"h100"_s}).toDouble(),
             989.5);
    QCOMPARE(scalar(db, u"SELECT allowed_buyer_types FROM license_tiers WHERE key = ?"_s,
                    {u"commercial"_s})
                 .toString(),
             u"startup,commercial,enterprise"_s);
    QVERIFY(
        scalar(db, u"SELECT ceiling_cents FROM license_tiers WHERE key = ?"_s, {u"enterprise"_s})
            .isNull());
    QCOMPARE(scalar(db, u"SELECT points FROM research_projects WHERE id = 1"_s).toInt(), 120);
    QCOMPARE(
        scalar(db, u"SELECT parameters FROM models WHERE name = ?"_s, {u"atlas-7b"_s}).toLongLong(),
        7'000'000'000LL);
    QCOMPARE(scalar(db, u"SELECT composite FROM models WHERE id = 1"_s).toDouble(), 73.25);
    QCOMPARE(scalar(db, u"SELECT json_extract(benchmarks, '$.mmlu') FROM models WHERE id = 1"_s)
                 .toDouble(),
             64.2);
    QCOMPARE(scalar(db, u"SELECT revision FROM models WHERE id = 2"_s).toInt(), 3);
    QVERIFY(scalar(db, u"SELECT performance FROM models WHERE id = 3"_s).isNull());
    QCOMPARE(scalar(db, u"SELECT seed FROM training_jobs WHERE id = 1"_s).toLongLong(), 424242LL);
    QCOMPARE(
        scalar(db, u"SELECT json_extract(team, '$.engineers.mid') FROM training_jobs"_s).toInt(),
        2);
    QCOMPARE(scalar(db, u"SELECT type FROM buyers WHERE id = 2"_s).toString(), u"enterprise"_s);
    QCOMPARE(scalar(db, u"SELECT price_cents FROM listings WHERE model_id = 1 AND tier = ?"_s,
                    {u"enterprise"_s})
                 .toLongLong(),
             150'000'000LL);
    QVERIFY(scalar(db, u"SELECT deployments FROM licenses WHERE id = 2"_s).isNull());
    QCOMPARE(scalar(db, u"SELECT revoked_reason FROM licenses WHERE id = 3"_s).toString(),
             u"breach of the deployment cap"_s);
    QCOMPARE(scalar(db, u"SELECT json_extract(terms, '$.floor_cents') FROM licenses WHERE id = 3"_s)
                 .toLongLong(),
             5'000'000LL);
    QCOMPARE(scalar(db, u"SELECT SUM(amount_cents) FROM usage_charges"_s).toLongLong(), 51'000LL);
    QCOMPARE(scalar(db, u"SELECT month FROM usage_charges WHERE id = 4"_s).toString(),
             u"2025-03"_s);

    auto problems = db.integrityProblems();
    QVERIFY(problems);
    QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u"; "_s)));
}

void TestMigrations::newerFileIsRefusedUntouched_data() {
    QTest::addColumn<bool>("wal");
    QTest::addColumn<int>("mode");
    QTest::newRow("rollback journal, read-write") << false << int(Database::ReadWrite);
    QTest::newRow("rollback journal, read-only") << false << int(Database::ReadOnly);
    QTest::newRow("WAL, read-write") << true << int(Database::ReadWrite);
}

void TestMigrations::newerFileIsRefusedUntouched() {
    QFETCH(bool, wal);
    QFETCH(int, mode);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"future.sqlite"_s);
    const int future = kCurrentSchemaVersion + 1;
    if (wal) {
        {
            auto made = Database::open(path);
            QVERIFY(made);
            QVERIFY(made.value()->exec(u"PRAGMA user_version = %1"_s.arg(future), u"test"_s));
        }
        QVERIFY(!QFile::exists(path + u"-wal"_s));
    } else {
        QVERIFY(QFile::copy(fixturePath(), path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        QVERIFY(rawExec(path, {u"PRAGMA user_version = %1"_s.arg(future)}));
    }
    const QByteArray before = fileHash(path);
    QVERIFY(!before.isEmpty());

    auto opened = Database::open(path, static_cast<Database::OpenMode>(mode));
    QVERIFY(!opened);
    QCOMPARE(opened.error().rule, u"db.too_new"_s);
    const QString message = opened.error().toString();
    QVERIFY2(message.contains(u"version %1"_s.arg(future)), qPrintable(message));
    QVERIFY2(message.contains(u"up to %1"_s.arg(kCurrentSchemaVersion)), qPrintable(message));
    QCOMPARE(fileHash(path), before);
    if (!wal)
        QVERIFY(!QFile::exists(path + u"-wal"_s));
}

void TestMigrations::stepsAreNumberedInOrder() {
    // Both engines reach every version in the same numbered steps.
    for (const auto steps : {migrationSteps(), postgresMigrationSteps()}) {
        QCOMPARE(steps.size(), std::size_t(kCurrentSchemaVersion));
        for (std::size_t i = 0; i < steps.size(); ++i) {
            QCOMPARE(steps[i].version, int(i) + 1);
            QVERIFY(steps[i].apply != nullptr);
            QVERIFY(!steps[i].description.isEmpty());
        }
    }
}

void TestMigrations::migratingAgainChangesNothing() {
    testing::TestStore store;
    MM_REQUIRE_STORE(store);
    auto opened = openNew(store);
    QVERIFY(opened);
    Database& db = *opened;
    QCOMPARE(db.schemaVersion(), kCurrentSchemaVersion);
    QVERIFY(migrate(db));
    // Steps are written to survive a rerun on a partly upgraded database.
    for (const MigrationStep& step : stepsFor(db)) {
        Status again = step.apply(db);
        QVERIFY2(again, again ? "" : qPrintable(again.error().toString()));
    }
    QCOMPARE(db.schemaVersion(), kCurrentSchemaVersion);
    QCOMPARE(db.transactionDepth(), 0);
}

void TestMigrations::failedStepLeavesFileAsItWas() {
    testing::TestStore store;
    MM_REQUIRE_STORE(store);
    auto opened = openNew(store);
    QVERIFY(opened);
    Database& db = *opened;

    const auto known = stepsFor(db);
    std::vector<MigrationStep> steps(known.begin(), known.end());
    steps.push_back({kCurrentSchemaVersion + 1, u"a step that fails", &failingStep});
    Status migrated = migrate(db, steps, kCurrentSchemaVersion + 1);
    QVERIFY(!migrated);
    QCOMPARE(migrated.error().rule, u"test.fail"_s);
    QCOMPARE(db.schemaVersion(), kCurrentSchemaVersion);
    const QString halfDone =
        db.isServer() ? u"SELECT COUNT(*) FROM information_schema.tables WHERE table_name = "
                        "'half_done'"_s
                      : u"SELECT COUNT(*) FROM sqlite_schema WHERE name = 'half_done'"_s;
    QCOMPARE(scalar(db, halfDone).toInt(), 0);
    QCOMPARE(db.transactionDepth(), 0);
}

void TestMigrations::brokenStepListIsRefused() {
    testing::TestStore store;
    MM_REQUIRE_STORE(store);
    auto opened = openNew(store);
    QVERIFY(opened);
    Database& db = *opened;

    const std::array<MigrationStep, 1> gap{{{2, u"skips version 1", &failingStep}}};
    Status migrated = migrate(db, gap, 2);
    QVERIFY(!migrated);
    QVERIFY(migrated.error().message.contains(u"broken"_s));

    Status beyond = migrate(db, stepsFor(db), kCurrentSchemaVersion + 5);
    QVERIFY(!beyond);
    QCOMPARE(db.schemaVersion(), kCurrentSchemaVersion);
}

void TestMigrations::readOnlyOldFileIsRefused() {
    // A SQLite file from before ModelMarket set it up (version 0) cannot be upgraded read-only.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"old.sqlite"_s);
    QVERIFY(rawExec(path, {u"CREATE TABLE notes (text TEXT)"_s}));
    const QByteArray before = fileHash(path);

    auto opened = Database::open(path, Database::ReadOnly);
    QVERIFY(!opened);
    QCOMPARE(opened.error().rule, u"db.needs_upgrade"_s);
    QVERIFY2(opened.error().message.contains(u"version 0"_s), qPrintable(opened.error().message));
    QCOMPARE(fileHash(path), before);

    // Read-write, the same file is upgraded in place and keeps its own table.
    auto writable = Database::open(path);
    QVERIFY2(writable, writable ? "" : qPrintable(writable.error().toString()));
    QCOMPARE(writable.value()->schemaVersion(), kCurrentSchemaVersion);
    QCOMPARE(scalar(*writable.value(),
                    u"SELECT COUNT(*) FROM sqlite_schema WHERE name IN ('notes', 'models')"_s)
                 .toInt(),
             2);
}

void TestMigrations::version3FileGainsScenarioTables() {
    // A version-3 file: today's schema without what step 4 adds, with a row of its own.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"v3.sqlite"_s);
    {
        auto made = Database::open(path);
        QVERIFY(made);
        QVERIFY(made.value()->exec(u"PRAGMA journal_mode = DELETE"_s, u"test"_s));
    }
    QVERIFY(rawExec(path, {u"DROP TABLE scenario_overrides"_s, u"DROP TABLE scenarios"_s,
                           u"DROP TABLE balance_rules"_s,
                           u"INSERT INTO labs (name) VALUES ('Upgraded Lab')"_s,
                           u"PRAGMA user_version = 3"_s}));

    auto opened = Database::open(path);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().toString()));
    Database& db = *opened.value();
    QCOMPARE(db.schemaVersion(), kCurrentSchemaVersion);
    QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM labs WHERE name = 'Upgraded Lab'"_s).toInt(), 1);
    QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM sqlite_schema WHERE name IN ('scenarios', "
                        "'scenario_overrides', 'balance_rules')"_s)
                 .toInt(),
             3);
    // The new tables' rules hold on the upgraded file as on a new one.
    QVERIFY(db.exec(u"INSERT INTO scenarios (id, name) VALUES (1, 'A')"_s, u"test"_s));
    QVERIFY(!db.exec(u"INSERT INTO scenarios (name) VALUES ('a')"_s, u"test"_s));
    QVERIFY(db.exec(u"INSERT INTO scenario_overrides VALUES (1, 'demand.outsideUtility', '1')"_s,
                    u"test"_s));
    QVERIFY(!db.exec(u"INSERT INTO balance_rules (name, metric, minimum, maximum) VALUES ('r', "
                     "'revenue@1', 5, 4)"_s,
                     u"test"_s));
    QVERIFY(db.exec(u"DELETE FROM scenarios"_s, u"test"_s));
    QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM scenario_overrides"_s).toInt(), 0);
    auto problems = db.integrityProblems();
    QVERIFY(problems);
    QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u"; "_s)));
}

void TestMigrations::valueListsBecomeComparisons_data() {
    QTest::addColumn<QString>("createTable");
    QTest::addColumn<QString>("expected");
    QTest::newRow("three words") << u"CREATE TABLE t (k TEXT CHECK (k IN ('a', 'b_c', 'd')))"_s
                                 << u"CREATE TABLE t (k TEXT CHECK ((k = 'a' OR k = 'b_c' OR "
                                    "k = 'd')))"_s;
    QTest::newRow("list across lines")
        << u"CREATE TABLE t (k TEXT CHECK (k IN ('a', 'b',\n     'c')) , j TEXT)"_s
        << u"CREATE TABLE t (k TEXT CHECK ((k = 'a' OR k = 'b' OR k = 'c')) , j TEXT)"_s;
    QTest::newRow("inside a longer rule")
        << u"CREATE TABLE t (k TEXT CHECK (k IS NULL OR k IN ('a','b','c')))"_s
        << u"CREATE TABLE t (k TEXT CHECK (k IS NULL OR (k = 'a' OR k = 'b' OR k = 'c')))"_s;
    // SQLite already checks these in place.
    QTest::newRow("two words") << u"CREATE TABLE t (k TEXT CHECK (k IN ('a', 'b')))"_s
                               << u"CREATE TABLE t (k TEXT CHECK (k IN ('a', 'b')))"_s;
    QTest::newRow("numbers") << u"CREATE TABLE t (k INTEGER CHECK (k IN (0, 1, 2)))"_s
                             << u"CREATE TABLE t (k INTEGER CHECK (k IN (0, 1, 2)))"_s;
    QTest::newRow("a function's value")
        << u"CREATE TABLE t (k CHECK (typeof(k) IN ('real', 'integer', 'text')))"_s
        << u"CREATE TABLE t (k CHECK (typeof(k) IN ('real', 'integer', 'text')))"_s;
}

void TestMigrations::valueListsBecomeComparisons() {
    QFETCH(QString, createTable);
    QFETCH(QString, expected);
    QCOMPARE(checksWithoutValueLists(createTable), expected);
}

void TestMigrations::upgradedChecksMatchANewFile() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"economy.sqlite"_s);
    QVERIFY(QFile::copy(fixturePath(), path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    auto upgraded = Database::open(path);
    QVERIFY2(upgraded, upgraded ? "" : qPrintable(upgraded.error().toString()));
    auto fresh = Database::open(dir.filePath(u"new.sqlite"_s));
    QVERIFY(fresh);

    const auto tableTexts = [](Database& db) {
        QStringList texts;
        auto query = db.query(u"SELECT name, sql FROM sqlite_schema WHERE type = 'table' "
                              "ORDER BY name"_s,
                              {}, u"test"_s);
        while (query && query->next())
            texts.append(query->value(0).toString() + u": "_s + query->value(1).toString());
        return texts;
    };
    const QStringList upgradedTexts = tableTexts(*upgraded.value());
    QVERIFY(!upgradedTexts.isEmpty());
    QCOMPARE(upgradedTexts, tableTexts(*fresh.value()));
    for (const QString& text : upgradedTexts)
        QCOMPARE(checksWithoutValueLists(text), text);

    // The rewritten rules accept what they accepted and refuse what they refused, on the
    // upgraded connection itself (it read the new schema).
    Database& db = *upgraded.value();
    const qint64 model = scalar(db, u"SELECT MIN(id) FROM models"_s).toLongLong();
    QVERIFY(model > 0);
    for (const QString& architecture : {u"transformer"_s, u"multimodal"_s}) {
        QVERIFY(db.query(u"UPDATE models SET architecture = ? WHERE id = ?"_s,
                         {architecture, model}, u"test"_s));
    }
    auto refused =
        db.query(u"UPDATE models SET architecture = 'abacus' WHERE id = ?"_s, {model}, u"test"_s);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"CHECK constraint failed"_s),
             qPrintable(refused.error().toString()));
    QVERIFY(!db.query(u"UPDATE licenses SET status = 'lapsed'"_s, {}, u"test"_s));
    QVERIFY(!db.query(u"UPDATE buyers SET type = 'Academic'"_s, {}, u"test"_s));
    auto problems = db.integrityProblems();
    QVERIFY(problems);
    QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u"; "_s)));
}

void TestMigrations::rowBreakingARuleStopsTheRewrite() {
    // A file edited by another tool with checks switched off: the rewrite must not bless it.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"economy.sqlite"_s);
    QVERIFY(QFile::copy(fixturePath(), path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    QVERIFY(rawExec(path, {u"PRAGMA ignore_check_constraints = ON"_s,
                           u"UPDATE models SET architecture = 'abacus' WHERE id = (SELECT "
                           "MIN(id) FROM models)"_s}));

    auto opened = Database::open(path);
    QVERIFY(!opened);
    QVERIFY2(opened.error().message.contains(u"models"_s), qPrintable(opened.error().toString()));

    // Steps 2 to 4 are done and kept; step 5 left the file as it found it.
    QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw-reader"_s);
    {
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery query(raw);
        QVERIFY(query.exec(u"PRAGMA user_version"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 4);
        QVERIFY(query.exec(u"SELECT sql FROM sqlite_schema WHERE name = 'models'"_s) &&
                query.next());
        QVERIFY(query.value(0).toString().contains(u"architecture IN ("_s));
        raw.close();
    }
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"raw-reader"_s);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
