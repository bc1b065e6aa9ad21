// Upgrading committed old-version files, and refusing files from the future.
//
// tests/data/schema_v1.sqlite is a version-1 file with a few rows in every table. It is committed
// and must not change once released; it stands for the files designers already have. To rebuild
// it (only if it was never released, or is lost), run from the build directory:
//
//     MM_WRITE_SCHEMA_V1_FIXTURE=1 tests/test_storage_migrations writeSchemaV1Fixture
//
// The writer uses schemaV1Statements() on a plain connection, so it produces a version-1 file
// whatever kCurrentSchemaVersion has become, with 1 KiB pages and a rollback journal so the file
// stays small and self-contained.

#include "FileChecks.h"
#include "data/Database.h"
#include "data/Migrations.h"
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

QVariant null() {
    return QVariant(QMetaType(QMetaType::LongLong));
}

struct Insert {
    QString sql;
    QVariantList values;
};

// The rows of the committed fixture. fixtureKeepsEveryRow checks a selection of them.
QList<Insert> fixtureRows() {
    const QString terms =
        uR"({"tier":"%1","floor_cents":%2,"attribution_required":%3,"research_only":%4})"_s;
    return {
        {u"INSERT INTO settings (key, value) VALUES (?, ?)"_s, {u"clock.today"_s, u"2025-03-01"_s}},
        {u"INSERT INTO settings (key, value) VALUES (?, ?)"_s, {u"currency"_s, u"USD"_s}},

        {u"INSERT INTO size_classes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
         {u"small"_s, u"Small"_s, 1'000'000LL, 5'000'000LL, 1, 3, 100'000'000LL, 3'000'000'000LL,
          0.02, 1}},
        {u"INSERT INTO size_classes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
         {u"medium"_s, u"Medium"_s, 10'000'000LL, 50'000'000LL, 7, 14, 3'000'000'000LL,
          20'000'000'000LL, 0.05, 2}},
        {u"INSERT INTO size_classes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
         {u"large"_s, u"Large"_s, 100'000'000LL, 500'000'000LL, 30, 60, 20'000'000'000LL,
          200'000'000'000LL, 0.08, 3}},
        {u"INSERT INTO size_classes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
         {u"frontier"_s, u"Frontier"_s, 1'000'000'000LL, null(), 90, 180, 200'000'000'000LL,
          2'000'000'000'000LL, 0.12, 4}},

        {u"INSERT INTO gpu_types VALUES (?, ?, ?, ?, ?)"_s,
         {u"h100"_s, u"H100"_s, 989.5, 250, 512}},

        {u"INSERT INTO license_tiers VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
         {u"open_source"_s, u"Open Source"_s, 0, 0, 1, 0,
          u"academic,startup,commercial,enterprise"_s, null(), 0, 0, 0, 0, 1}},
        {u"INSERT INTO license_tiers VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
         {u"academic"_s, u"Academic"_s, 100'000LL, 1'000'000LL, 1, 1, u"academic"_s, 5, 0, 12, 1, 0,
          2}},
        {u"INSERT INTO license_tiers VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
         {u"commercial"_s, u"Commercial"_s, 5'000'000LL, 50'000'000LL, 0, 0,
          u"startup,commercial,enterprise"_s, 100, 20, 24, 1, 10, 3}},
        {u"INSERT INTO license_tiers VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
         {u"enterprise"_s, u"Enterprise"_s, 100'000'000LL, null(), 0, 0, u"enterprise"_s, null(),
          10, 0, 0, 1000, 4}},

        {u"INSERT INTO research_projects VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
         {1, u"Sparse attention"_s, u"architecture"_s, 120, 2'500'000LL, u"2025-01-02"_s,
          u"2025-02-15"_s}},

        {u"INSERT INTO models VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
         {1, u"Atlas-7B"_s, u"transformer"_s, u"medium"_s, 7'000'000'000LL, 1'400'000'000'000LL,
          u"listed"_s, 71.5, 68.25, 80.0, 73.25, uR"({"gsm8k":51,"mmlu":64.2})"_s, 32'000'000LL,
          12.5, 40, u"2025-01-10"_s, 1}},
        {u"INSERT INTO models VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
         {2, u"Pixie-S"_s, u"diffusion"_s, u"small"_s, 900'000'000LL, 200'000'000'000LL,
          u"completed"_s, 55.0, 60.0, 90.0, 68.0, u"{}"_s, 3'100'000LL, 2.0, 0, u"2025-02-01"_s,
          3}},
        {u"INSERT INTO models VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
         {3, u"Draft-Omni"_s, u"multimodal"_s, u"large"_s, 70'000'000'000LL, 0, u"draft"_s, null(),
          null(), null(), null(), u"{}"_s, 0, 0.0, 0, u"2025-03-01"_s, 1}},

        {u"INSERT INTO training_jobs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
         u"?, ?, ?, ?, ?)"_s,
         {1,
          1,
          u"Atlas-7B"_s,
          u"transformer"_s,
          u"medium"_s,
          7'000'000'000LL,
          1'400'000'000'000LL,
          u"h100"_s,
          64,
          uR"({"engineers":4,"researchers":2})"_s,
          40,
          424242,
          u"completed"_s,
          25'000'000LL,
          4'000'000LL,
          3'000'000LL,
          12.5,
          12.5,
          32'000'000LL,
          u"2025-01-01"_s,
          u"2025-01-01"_s,
          u"2025-01-10"_s,
          null()}},

        {u"INSERT INTO buyers VALUES (?, ?, ?, ?, ?, ?)"_s,
         {1, u"Northwind University"_s, u"academic"_s, 1200, 2'000'000LL, 1}},
        {u"INSERT INTO buyers VALUES (?, ?, ?, ?, ?, ?)"_s,
         {2, u"Globex Corp"_s, u"enterprise"_s, 25000, 500'000'000LL, 2}},

        {u"INSERT INTO listings VALUES (?, ?, ?, ?, ?)"_s,
         {1, 1, u"academic"_s, 500'000LL, u"2025-01-11"_s}},
        {u"INSERT INTO listings VALUES (?, ?, ?, ?, ?)"_s,
         {2, 1, u"enterprise"_s, 150'000'000LL, u"2025-01-11"_s}},

        {u"INSERT INTO licenses VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
         {1, 1, 1, u"academic"_s, u"research"_s, u"2025-01-15"_s, 500'000LL, 5, 0, 0, 12,
          terms.arg(u"academic"_s).arg(100000).arg(1).arg(1), u"2026-01-15"_s, u"active"_s, null(),
          null()}},
        {u"INSERT INTO licenses VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
         {2, 1, 2, u"enterprise"_s, u"business"_s, u"2025-01-20"_s, 150'000'000LL, null(),
          2'000'000, 10, 0, terms.arg(u"enterprise"_s).arg(100000000).arg(0).arg(0), null(),
          u"active"_s, null(), null()}},
        {u"INSERT INTO licenses VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
         {3, 2, 2, u"commercial"_s, u"business"_s, u"2025-02-05"_s, 6'000'000LL, 10, 500'000, 20,
          24, terms.arg(u"commercial"_s).arg(5000000).arg(0).arg(0), u"2027-02-05"_s, u"revoked"_s,
          u"2025-03-01"_s, u"breach of the deployment cap"_s}},

        {u"INSERT INTO usage_charges VALUES (?, ?, ?, ?, ?)"_s,
         {1, 2, u"2025-01"_s, 2'000'000, 20'000}},
        {u"INSERT INTO usage_charges VALUES (?, ?, ?, ?, ?)"_s,
         {2, 2, u"2025-02"_s, 2'100'000, 21'000}},
        {u"INSERT INTO usage_charges VALUES (?, ?, ?, ?, ?)"_s,
         {3, 3, u"2025-02"_s, 500'000, 10'000}},
        {u"INSERT INTO usage_charges VALUES (?, ?, ?, ?, ?)"_s, {4, 3, u"2025-03"_s, 0, 0}},
    };
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

} // namespace

class TestMigrations : public QObject {
    Q_OBJECT

private slots:
    void writeSchemaV1Fixture();
    void fixtureIsAVersion1File();
    void fixtureKeepsEveryRow();
    void newerFileIsRefusedUntouched_data();
    void newerFileIsRefusedUntouched();
    void stepsAreNumberedInOrder();
    void migratingAgainChangesNothing();
    void failedStepLeavesFileAsItWas();
    void brokenStepListIsRefused();
    void readOnlyOldFileIsRefused();
};

void TestMigrations::writeSchemaV1Fixture() {
    if (qEnvironmentVariableIsEmpty("MM_WRITE_SCHEMA_V1_FIXTURE"))
        QSKIP("writes tests/data/schema_v1.sqlite only when MM_WRITE_SCHEMA_V1_FIXTURE is set");

    const QString path = fixturePath();
    QFile::remove(path);
    const QString name = u"fixture-writer"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        // Before the first table: page size is fixed once the file has content.
        QVERIFY(query.exec(u"PRAGMA page_size = 1024"_s));
        QVERIFY(query.exec(u"PRAGMA journal_mode = DELETE"_s));
        QVERIFY(query.exec(u"PRAGMA foreign_keys = ON"_s));
        QVERIFY(db.transaction());
        for (const QString& sql : schemaV1Statements())
            QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
        QVERIFY(query.exec(u"PRAGMA user_version = 1"_s));
        for (const Insert& row : fixtureRows()) {
            QVERIFY(query.prepare(row.sql));
            for (qsizetype i = 0; i < row.values.size(); ++i)
                query.bindValue(static_cast<int>(i), row.values.at(i));
            QVERIFY2(query.exec(), qPrintable(row.sql + u": "_s + query.lastError().text()));
        }
        QVERIFY(db.commit());
        QVERIFY(query.exec(u"VACUUM"_s));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    QVERIFY(QFileInfo(path).size() < 100 * 1024);
}

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
    QCOMPARE(scalar(db, u"SELECT json_extract(team, '$.engineers') FROM training_jobs"_s).toInt(),
             4);
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
    const auto steps = migrationSteps();
    QCOMPARE(steps.size(), std::size_t(kCurrentSchemaVersion));
    for (std::size_t i = 0; i < steps.size(); ++i) {
        QCOMPARE(steps[i].version, int(i) + 1);
        QVERIFY(steps[i].apply != nullptr);
        QVERIFY(!steps[i].description.isEmpty());
    }
}

void TestMigrations::migratingAgainChangesNothing() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto opened = Database::open(dir.filePath(u"new.sqlite"_s));
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().toString()));
    Database& db = *opened.value();
    QCOMPARE(db.schemaVersion(), kCurrentSchemaVersion);
    QVERIFY(migrate(db));
    // Steps are written to survive a rerun on a partly upgraded file.
    for (const MigrationStep& step : migrationSteps()) {
        Status again = step.apply(db);
        QVERIFY2(again, again ? "" : qPrintable(again.error().toString()));
    }
    QCOMPARE(db.schemaVersion(), kCurrentSchemaVersion);
    QCOMPARE(db.transactionDepth(), 0);
}

void TestMigrations::failedStepLeavesFileAsItWas() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto opened = Database::open(dir.filePath(u"new.sqlite"_s));
    QVERIFY(opened);
    Database& db = *opened.value();

    std::vector<MigrationStep> steps(migrationSteps().begin(), migrationSteps().end());
    steps.push_back({kCurrentSchemaVersion + 1, u"a step that fails", &failingStep});
    Status migrated = migrate(db, steps, kCurrentSchemaVersion + 1);
    QVERIFY(!migrated);
    QCOMPARE(migrated.error().rule, u"test.fail"_s);
    QCOMPARE(db.schemaVersion(), kCurrentSchemaVersion);
    QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM sqlite_schema WHERE name = 'half_done'"_s).toInt(),
             0);
    QCOMPARE(db.transactionDepth(), 0);
}

void TestMigrations::brokenStepListIsRefused() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto opened = Database::open(dir.filePath(u"new.sqlite"_s));
    QVERIFY(opened);
    Database& db = *opened.value();

    const std::array<MigrationStep, 1> gap{{{2, u"skips version 1", &failingStep}}};
    Status migrated = migrate(db, gap, 2);
    QVERIFY(!migrated);
    QVERIFY(migrated.error().message.contains(u"broken"_s));

    Status beyond = migrate(db, migrationSteps(), kCurrentSchemaVersion + 5);
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

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
