// Database and Transaction against real files: creation, pragmas, schema rules, nesting
// transactions, and each kind of file we must refuse without changing it. storage.database.postgres
// runs the schema rules, the transactions and worker connections again on the test server, each
// test on a database of its own (TestStore).

#include "FileChecks.h"
#include "ResultChecks.h"
#include "TestStore.h"
#include "data/Database.h"
#include "data/DbError.h"
#include "data/DefaultDatabase.h"
#include "data/Migrations.h"
#include "data/SqlValues.h"
#include "data/SqliteStatement.h"
#include "data/StatementInterrupt.h"
#include "data/Transaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <stdexcept>

using namespace mm;
using namespace Qt::StringLiterals;

namespace {

using mm::testing::fileHash;

QVariant scalar(Database& db, const QString& sql, const QVariantList& values = {}) {
    auto query = db.query(sql, values, u"reading a test value"_s);
    if (!query) {
        qWarning() << query.error().toString();
        return {};
    }
    return query.value().next() ? query.value().value(0) : QVariant();
}

int countSettings(Database& db) {
    return scalar(db, u"SELECT COUNT(*) FROM settings"_s).toInt();
}

Status addSetting(Database& db, const QString& key) {
    auto done = db.query(u"INSERT INTO settings (key, value) VALUES (?, ?)"_s, {key, u"v"_s},
                         u"adding setting %1"_s.arg(key));
    if (!done)
        return done.error();
    return Ok{};
}

QVariant null() {
    return QVariant(QMetaType(QMetaType::LongLong));
}

// A database with one row in each table a model, listing and license need.
Status seedParents(Database& db) {
    const QList<std::pair<QString, QVariantList>> rows{
        {u"INSERT INTO size_classes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
         {u"small"_s, u"Small"_s, 1'000'000LL, 5'000'000LL, 1, 3, 100'000'000LL, 3'000'000'000LL,
          0.02, 1}},
        {u"INSERT INTO gpu_types VALUES (?, ?, ?, ?, ?)"_s, {u"h100"_s, u"H100"_s, 989.0, 250, 8}},
        {u"INSERT INTO license_tiers VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
         {u"commercial"_s, u"Commercial"_s, 5'000'000LL, 50'000'000LL, 0, 0,
          u"startup,commercial"_s, 100, 20, 24, 1, 10, 3}},
        {u"INSERT INTO models (id, name, architecture, size_class, parameters, dataset_tokens, "
         u"status, created_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
         {1, u"Atlas"_s, u"transformer"_s, u"small"_s, 1'000'000'000LL, 0, u"completed"_s,
          u"2025-01-01"_s}},
        {u"INSERT INTO buyers (id, name, type, size, budget_cents) VALUES (?, ?, ?, ?, ?)"_s,
         {1, u"Globex"_s, u"commercial"_s, 500, 100'000'000LL}},
        {u"INSERT INTO licenses (id, model_id, buyer_id, tier, intended_use, sold_on, fee_cents, "
         u"terms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
         {1, 1, 1, u"commercial"_s, u"business"_s, u"2025-02-01"_s, 6'000'000LL, u"{}"_s}},
    };
    for (const auto& [sql, values] : rows) {
        auto done = db.query(sql, values, u"seeding"_s);
        if (!done)
            return done.error();
    }
    return Ok{};
}

} // namespace

class TestDatabase : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createsNewFile();
    void inMemoryDatabaseWorks();
    void initialisesEmptyExistingFile();
    void pragmasAreSet();
    void connectionsAreNamedAndRemoved();
    void refusesMissingFolderAndMissingReadOnlyFile();
    void checkConstraintsRejectBadRows_data();
    void checkConstraintsRejectBadRows();
    void validRowsPassTheChecks();
    void foreignKeysAreEnforced();
    void errorsAreOneClearLine();

    void nestedCommitsCommit();
    void innerRollbackDoomsOuter();
    void guardWithoutCommitRollsBack();
    void exceptionRollsBack();
    void exceptionInInnerLevelRollsBackEverything();

    void refusesNonSqliteFile();
    void refusesCorruptFile_data();
    void refusesCorruptFile();
    void checkEveryPageAcceptsHealthyAndRefusesForeignFiles();
    void checkEveryPageStopsWhenInterrupted();
    void readOnlyModeRefusesWrites();
    void unwritableFileOpensReadOnly();
    void lockedByAnotherConnection();
    void lockedByAnotherProgram();
    void writingAloneUsesTheRollbackJournalOnlyWhenAlone();

    void anotherConnectionWorksOnAWorkerThread();
    void backupMakesAHealthyCopy();
    void integrityProblemsFindsDanglingReferences();
    void nativeStatementsReadWriteAndReport();
    void bulkTextsMatchQtsOwn();

private:
    QString newPath(const QString& name = u"economy.sqlite"_s) const {
        return m_dir->filePath(name);
    }
    // A new database: a file in the test's folder, or on the server run a database of its own.
    std::unique_ptr<Database> openNew(const QString& name = u"economy.sqlite"_s) {
        return m_store->open(testing::testsOnServer() ? m_store->location(name) : newPath(name));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<testing::TestStore> m_store;
};

void TestDatabase::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<testing::TestStore>();
    MM_REQUIRE_STORE(*m_store);
}

void TestDatabase::cleanup() {
    // Read-only files in the folder must not stop QTemporaryDir from removing it.
    const QStringList files = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);
    for (const QString& name : files)
        QFile::setPermissions(m_dir->filePath(name), QFile::ReadOwner | QFile::WriteOwner);
    m_dir.reset();
    m_store.reset();
}

void TestDatabase::createsNewFile() {
    const QString path = newPath();
    QVERIFY(!QFile::exists(path));
    auto db = openNew();
    QVERIFY(db);
    QVERIFY(QFile::exists(path));
    QCOMPARE(db->path(), path);
    QVERIFY(!db->isReadOnly());
    QCOMPARE(db->schemaVersion(), kCurrentSchemaVersion);
    const QStringList tables = db->sql().tables();
    for (const QString& table :
         {u"settings"_s, u"size_classes"_s, u"gpu_types"_s, u"license_tiers"_s,
          u"research_projects"_s, u"models"_s, u"training_jobs"_s, u"buyers"_s, u"listings"_s,
          u"licenses"_s, u"usage_charges"_s})
        QVERIFY2(tables.contains(table), qPrintable(table));
    QCOMPARE(countSettings(*db), 0);
}

void TestDatabase::inMemoryDatabaseWorks() {
    auto opened = Database::open(u":memory:"_s);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().toString()));
    QCOMPARE(opened.value()->schemaVersion(), kCurrentSchemaVersion);
    QVERIFY(addSetting(*opened.value(), u"a"_s));
    QVERIFY(!opened.value()->openAnotherConnection());
}

void TestDatabase::initialisesEmptyExistingFile() {
    const QString path = newPath();
    {
        QFile empty(path);
        QVERIFY(empty.open(QIODevice::WriteOnly));
    }
    QCOMPARE(QFileInfo(path).size(), 0);
    auto db = openNew();
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), kCurrentSchemaVersion);
}

void TestDatabase::pragmasAreSet() {
    auto db = openNew();
    QVERIFY(db);
    QCOMPARE(scalar(*db, u"PRAGMA foreign_keys"_s).toInt(), 1);
    QCOMPARE(scalar(*db, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    QCOMPARE(scalar(*db, u"PRAGMA busy_timeout"_s).toInt(), Database::kDefaultBusyTimeoutMs);
    QCOMPARE(scalar(*db, u"PRAGMA synchronous"_s).toInt(), 1); // NORMAL
    QCOMPARE(db->busyTimeout(), Database::kDefaultBusyTimeoutMs);

    QVERIFY(db->setBusyTimeout(250));
    QCOMPARE(scalar(*db, u"PRAGMA busy_timeout"_s).toInt(), 250);
    QCOMPARE(db->busyTimeout(), 250);
    QVERIFY(!db->setBusyTimeout(-1));

    Database::OpenOptions options;
    options.busyTimeoutMs = 1234;
    auto other = Database::open(newPath(), options);
    QVERIFY(other);
    QCOMPARE(scalar(*other.value(), u"PRAGMA busy_timeout"_s).toInt(), 1234);
    QCOMPARE(scalar(*other.value(), u"PRAGMA foreign_keys"_s).toInt(), 1);
}

void TestDatabase::connectionsAreNamedAndRemoved() {
    QString first;
    QString second;
    {
        auto a = openNew();
        auto b = Database::open(newPath(), Database::ReadWrite, u"mine"_s);
        QVERIFY(a);
        QVERIFY(b);
        first = a->connectionName();
        second = b.value()->connectionName();
        QCOMPARE(second, u"mine"_s);
        QVERIFY(first != second);
        QVERIFY(QSqlDatabase::contains(first));
        QVERIFY(QSqlDatabase::contains(second));

        auto clash = Database::open(newPath(), Database::ReadWrite, u"mine"_s);
        QVERIFY(!clash);
        QVERIFY(clash.error().message.contains(u"already in use"_s));
        QVERIFY(QSqlDatabase::contains(second)); // the clash did not remove the owner's connection
    }
    QVERIFY(!QSqlDatabase::contains(first));
    QVERIFY(!QSqlDatabase::contains(second));
    // Closing the last connection folds the WAL back into the file.
    QVERIFY(!QFile::exists(newPath() + u"-wal"_s));
}

void TestDatabase::refusesMissingFolderAndMissingReadOnlyFile() {
    auto inMissingFolder = Database::open(m_dir->filePath(u"nope/economy.sqlite"_s));
    QVERIFY(!inMissingFolder);
    QCOMPARE(inMissingFolder.error().rule, u"db.cannot_open"_s);
    QVERIFY(!QFile::exists(m_dir->filePath(u"nope"_s)));

    auto missing = Database::open(newPath(), Database::ReadOnly);
    QVERIFY(!missing);
    QCOMPARE(missing.error().rule, u"db.cannot_open"_s);
    QVERIFY(!QFile::exists(newPath()));

    auto folder = Database::open(m_dir->path());
    QVERIFY(!folder);
    QCOMPARE(folder.error().rule, u"db.cannot_open"_s);

    // A folder that cannot be made (a file stands in its way) is the same refusal, same rule.
    QFile blocker(m_dir->filePath(u"blocker"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    auto underFile = openOrCreate(m_dir->filePath(u"blocker/sub/economy.sqlite"_s), false);
    QVERIFY(!underFile);
    QCOMPARE(underFile.error().rule, QString(kRuleDbCannotOpen));
    QCOMPARE(underFile.error().rule, u"db.cannot_open"_s);
}

void TestDatabase::checkConstraintsRejectBadRows_data() {
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QVariantList>("values");

    const QString listing = u"INSERT INTO listings (model_id, tier, price_cents, listed_on) "
                            u"VALUES (?, ?, ?, ?)"_s;
    const QString model = u"INSERT INTO models (name, architecture, size_class, parameters, "
                          u"dataset_tokens, status, performance, created_on) "
                          u"VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s;
    const QString tier = u"INSERT INTO license_tiers (key, name, floor_cents, ceiling_cents, "
                         u"allowed_buyer_types) VALUES (?, ?, ?, ?, ?)"_s;
    const QString charge = u"INSERT INTO usage_charges (license_id, month, api_calls, "
                           u"amount_cents) VALUES (?, ?, ?, ?)"_s;

    QTest::newRow("negative price")
        << listing << QVariantList{1, u"commercial"_s, -1, u"2025-01-01"_s};
    // PostgreSQL rounds a fraction written into a bigint column (docs/team-server.md, How the
    // schema maps); ModelMarket binds whole cents only.
    if (!testing::testsOnServer())
        QTest::newRow("fractional cents")
            << listing << QVariantList{1, u"commercial"_s, 10.5, u"2025-01-01"_s};
    QTest::newRow("text price") << listing
                                << QVariantList{1, u"commercial"_s, u"lots"_s, u"2025-01-01"_s};
    QTest::newRow("impossible date")
        << listing << QVariantList{1, u"commercial"_s, 100, u"2025-02-30"_s};
    QTest::newRow("sloppy date") << listing << QVariantList{1, u"commercial"_s, 100, u"2025-2-3"_s};
    QTest::newRow("metric 101") << model << QVariantList{u"M1"_s,    u"transformer"_s,
                                                         u"small"_s, 10,
                                                         0,          u"draft"_s,
                                                         101.0,      u"2025-01-01"_s};
    QTest::newRow("negative metric")
        << model << QVariantList{u"M2"_s, u"transformer"_s, u"small"_s, 10,
                                 0,       u"draft"_s,       -0.5,       u"2025-01-01"_s};
    QTest::newRow("unknown architecture")
        << model << QVariantList{u"M3"_s, u"quantum"_s, u"small"_s, 10,
                                 0,       u"draft"_s,   50.0,       u"2025-01-01"_s};
    QTest::newRow("unknown status")
        << model
        << QVariantList{u"M4"_s, u"cnn"_s, u"small"_s, 10, 0, u"shipped"_s, 50.0, u"2025-01-01"_s};
    QTest::newRow("zero parameters")
        << model
        << QVariantList{u"M5"_s, u"cnn"_s, u"small"_s, 0, 0, u"draft"_s, 50.0, u"2025-01-01"_s};
    QTest::newRow("paid open source")
        << tier << QVariantList{u"open_source"_s, u"Open"_s, 100, 100, u"academic"_s};
    QTest::newRow("unknown tier") << tier
                                  << QVariantList{u"platinum"_s, u"Pt"_s, 0, null(), u"academic"_s};
    QTest::newRow("ceiling below floor")
        << tier << QVariantList{u"academic"_s, u"Academic"_s, 1000, 999, u"academic"_s};
    QTest::newRow("unknown buyer type")
        << tier << QVariantList{u"academic"_s, u"Academic"_s, 0, null(), u"academic,robots"_s};
    QTest::newRow("blank buyer type")
        << tier << QVariantList{u"academic"_s, u"Academic"_s, 0, null(), u"academic,,startup"_s};
    QTest::newRow("no buyer type")
        << tier << QVariantList{u"academic"_s, u"Academic"_s, 0, null(), u""_s};
    QTest::newRow("bad month") << charge << QVariantList{1, u"2025-13"_s, 0, 0};
    QTest::newRow("negative usage") << charge << QVariantList{1, u"2025-01"_s, -5, 0};
    QTest::newRow("benchmarks not an object")
        << u"UPDATE models SET benchmarks = ? WHERE id = 1"_s << QVariantList{u"[1, 2]"_s};
    QTest::newRow("benchmarks not json")
        << u"UPDATE models SET benchmarks = ? WHERE id = 1"_s << QVariantList{u"{mmlu: 5"_s};
    QTest::newRow("revoked without reason")
        << u"UPDATE licenses SET status = 'revoked' WHERE id = ?"_s << QVariantList{1};
    QTest::newRow("expires before sale")
        << u"UPDATE licenses SET expires_on = ? WHERE id = 1"_s << QVariantList{u"2024-01-01"_s};
    QTest::newRow("unknown intended use")
        << u"UPDATE licenses SET intended_use = ? WHERE id = 1"_s << QVariantList{u"fun"_s};
    QTest::newRow("zero deployments")
        << u"UPDATE licenses SET deployments = ? WHERE id = 1"_s << QVariantList{0};
    QTest::newRow("unknown buyer type on buyer")
        << u"UPDATE buyers SET type = ? WHERE id = 1"_s << QVariantList{u"government"_s};
    QTest::newRow("zero gpus")
        << u"INSERT INTO training_jobs (model_name, architecture, size_class, parameters, "
           u"dataset_tokens, gpu_type, gpu_count, seed, compute_cost_cents, data_cost_cents, "
           u"talent_cost_cents, estimated_days, queued_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
           u"?, ?, ?)"_s
        << QVariantList{u"J"_s, u"cnn"_s, u"small"_s, 10, 0,   u"h100"_s,      0,
                        1,      0,        0,          0,  1.0, u"2025-01-01"_s};
    QTest::newRow("failure chance above 1")
        << u"UPDATE size_classes SET failure_chance = ? WHERE key = 'small'"_s << QVariantList{1.5};
}

void TestDatabase::checkConstraintsRejectBadRows() {
    QFETCH(QString, sql);
    QFETCH(QVariantList, values);
    auto db = openNew();
    QVERIFY(db);
    Status seeded = seedParents(*db);
    QVERIFY2(seeded, seeded ? "" : qPrintable(seeded.error().toString()));

    auto done = db->query(sql, values, u"writing a bad row"_s);
    QVERIFY2(!done, "the row was accepted");
    QCOMPARE(done.error().rule, u"db.constraint.check"_s);
    // SQLite names the failed CHECK; PostgreSQL the constraint, or the value it cannot take.
    const QStringList said = testing::testsOnServer()
                                 ? QStringList{u"violates check constraint"_s, u"invalid input"_s}
                                 : QStringList{u"CHECK constraint failed"_s};
    QVERIFY2(std::any_of(said.begin(), said.end(),
                         [&](const QString& text) { return done.error().message.contains(text); }),
             qPrintable(done.error().toString()));
}

void TestDatabase::validRowsPassTheChecks() {
    // The counterpart of the test above: the same statements with good values go in.
    auto db = openNew();
    QVERIFY(db);
    QVERIFY(seedParents(*db));
    const QList<std::pair<QString, QVariantList>> rows{
        {u"INSERT INTO listings (model_id, tier, price_cents, listed_on) VALUES (?, ?, ?, ?)"_s,
         {1, u"commercial"_s, 0, u"2024-02-29"_s}},
        {u"INSERT INTO license_tiers (key, name, floor_cents, ceiling_cents, "
         u"allowed_buyer_types, attribution_required) VALUES (?, ?, ?, ?, ?, ?)"_s,
         {u"open_source"_s, u"Open"_s, 0, 0, u"enterprise,academic,startup,commercial"_s, 1}},
        {u"INSERT INTO usage_charges (license_id, month, api_calls, amount_cents) "
         u"VALUES (?, ?, ?, ?)"_s,
         {1, u"2025-12"_s, 1000, 20}},
        {u"UPDATE models SET performance = ?, accuracy = ?, efficiency = ?, composite = ?, "
         u"benchmarks = ?, training_days = ? WHERE id = 1"_s,
         {100.0, 0.0, 50, 99.99, uR"({"mmlu": 71.5})"_s, 3}},
        {u"UPDATE licenses SET status = 'revoked', revoked_on = ?, revoked_reason = ? "
         u"WHERE id = 1"_s,
         {u"2025-03-01"_s, u"unpaid"_s}},
    };
    for (const auto& [sql, values] : rows) {
        auto done = db->query(sql, values, u"writing a good row"_s);
        QVERIFY2(done, done ? "" : qPrintable(done.error().toString()));
    }
    // The model name is unique regardless of case.
    auto twin = db->query(u"INSERT INTO models (name, architecture, size_class, parameters, "
                          u"dataset_tokens, status, created_on) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                          {u"ATLAS"_s, u"cnn"_s, u"small"_s, 10, 0, u"draft"_s, u"2025-01-01"_s},
                          u"adding a model"_s);
    QVERIFY(!twin);
    QCOMPARE(twin.error().rule, u"db.constraint.unique"_s);
}

void TestDatabase::foreignKeysAreEnforced() {
    auto db = openNew();
    QVERIFY(db);
    QVERIFY(seedParents(*db));

    auto orphan = db->query(u"INSERT INTO listings (model_id, tier, price_cents, listed_on) "
                            u"VALUES (?, ?, ?, ?)"_s,
                            {999, u"commercial"_s, 100, u"2025-01-01"_s}, u"listing a model"_s);
    QVERIFY(!orphan);
    QCOMPARE(orphan.error().rule, u"db.constraint.foreign_key"_s);

    auto unknownSize = db->query(
        u"INSERT INTO models (name, architecture, size_class, "
        u"parameters, dataset_tokens, status, created_on) "
        u"VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
        {u"Big"_s, u"cnn"_s, u"medium"_s, 10, 0, u"draft"_s, u"2025-01-01"_s}, u"adding a model"_s);
    QVERIFY(!unknownSize); // 'medium' is a valid key but has no size_classes row here
    QCOMPARE(unknownSize.error().rule, u"db.constraint.foreign_key"_s);

    // A sold model or a buyer with licenses cannot disappear.
    auto soldModel = db->query(u"DELETE FROM models WHERE id = ?"_s, {1}, u"deleting a model"_s);
    QVERIFY(!soldModel);
    QCOMPARE(soldModel.error().rule, u"db.constraint.foreign_key"_s);
    auto customer = db->query(u"DELETE FROM buyers WHERE id = ?"_s, {1}, u"deleting a buyer"_s);
    QVERIFY(!customer);
    QCOMPARE(customer.error().rule, u"db.constraint.foreign_key"_s);

    // Deleting a license takes its usage charges with it; deleting a model its listings, and
    // its training jobs forget it.
    QVERIFY(db->query(u"INSERT INTO usage_charges (license_id, month, api_calls, amount_cents) "
                      u"VALUES (1, '2025-02', 10, 1)"_s,
                      {}, u"charging"_s));
    QVERIFY(db->query(u"INSERT INTO listings (model_id, tier, price_cents, listed_on) "
                      u"VALUES (1, 'commercial', 100, '2025-01-01')"_s,
                      {}, u"listing"_s));
    QVERIFY(db->query(u"INSERT INTO training_jobs (model_id, model_name, architecture, "
                      u"size_class, parameters, dataset_tokens, gpu_type, gpu_count, seed, "
                      u"compute_cost_cents, data_cost_cents, talent_cost_cents, estimated_days, "
                      u"queued_on) VALUES (1, 'Atlas', 'cnn', 'small', 10, 0, 'h100', 1, 7, 0, "
                      u"0, 0, 1.0, '2025-01-01')"_s,
                      {}, u"queueing"_s));
    QVERIFY(db->query(u"DELETE FROM licenses WHERE id = 1"_s, {}, u"deleting a license"_s));
    QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM usage_charges"_s).toInt(), 0);
    QVERIFY(db->query(u"DELETE FROM models WHERE id = 1"_s, {}, u"deleting a model"_s));
    QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM listings"_s).toInt(), 0);
    QVERIFY(scalar(*db, u"SELECT model_id FROM training_jobs"_s).isNull());
}

void TestDatabase::errorsAreOneClearLine() {
    auto db = openNew();
    QVERIFY(db);
    auto bad = db->query(u"INSERT INTO listings (model_id, tier, price_cents, listed_on)\n"
                         u"VALUES (?, ?, ?, ?)"_s,
                         {1, u"commercial"_s, -1, u"2025-01-01"_s}, u"listing model 'Atlas'"_s);
    QVERIFY(!bad);
    const QString line = bad.error().toString();
    QVERIFY2(!line.contains(u'\n'), qPrintable(line));
    QVERIFY2(line.startsWith(u"listing model 'Atlas': "_s), qPrintable(line));
    QVERIFY2(line.contains(u"price_cents"_s), qPrintable(line));
    QVERIFY2(line.contains(u"[SQL: INSERT INTO listings (model_id, tier, price_cents, listed_on) "
                           u"VALUES (?, ?, ?, ?)]"_s),
             qPrintable(line));

    auto syntax = db->prepare(u"SELEC nothing"_s, u"reading nothing"_s);
    QVERIFY(!syntax);
    QCOMPARE(syntax.error().rule, u"db.error"_s);
    QVERIFY2(syntax.error().toString().contains(u"SELEC nothing"_s),
             qPrintable(syntax.error().toString()));

    // A reused statement never runs with values left over from its previous execution.
    auto insert = db->prepare(u"INSERT INTO settings (key, value) VALUES (?, ?)"_s, u"adding"_s);
    QVERIFY(insert);
    QVERIFY(db->execPrepared(*insert, {u"k1"_s, u"v1"_s}, u"adding k1"_s));
    Status tooFew = db->execPrepared(*insert, {u"k2"_s}, u"adding k2"_s);
    QVERIFY(!tooFew);
    QVERIFY2(tooFew.error().message.contains(u"takes 2 values, 1 were given"_s),
             qPrintable(tooFew.error().toString()));
    QVERIFY(!db->execPrepared(*insert, {u"k3"_s, u"v3"_s, u"extra"_s}, u"adding k3"_s));
    QCOMPARE(countSettings(*db), 1);

    // DbError converts to the project's Error with the same text.
    DbError locked = DbError::make(DbError::Kind::Locked, u"saving"_s, {}, u"COMMIT"_s);
    locked.driverText = u"database is locked"_s;
    const Error converted = locked;
    QCOMPARE(converted.rule, u"db.locked"_s);
    QCOMPARE(converted.where, u"saving"_s);
    QCOMPARE(converted.toString(), locked.toString());
    QCOMPARE(locked.toString(), u"saving: database is locked by another program [SQL: COMMIT]"_s);
}

void TestDatabase::nestedCommitsCommit() {
    auto db = openNew();
    QVERIFY(db);
    {
        Transaction outer(*db, u"outer"_s);
        QVERIFY(outer.isActive());
        QVERIFY(outer.isOutermost());
        QVERIFY(addSetting(*db, u"a"_s));
        {
            Transaction inner(*db, u"inner"_s);
            QVERIFY(inner.isActive());
            QVERIFY(!inner.isOutermost());
            QCOMPARE(db->transactionDepth(), 2);
            QVERIFY(addSetting(*db, u"b"_s));
            QVERIFY(inner.commit());
            QVERIFY(!inner.isActive());
        }
        QCOMPARE(db->transactionDepth(), 1);
        QVERIFY(outer.commit());
        QCOMPARE(db->transactionDepth(), 0);
        QVERIFY(!outer.commit()); // a second commit is an error, not a second COMMIT
    }
    // Another connection sees the rows, so they really were committed.
    auto other = db->openAnotherConnection();
    QVERIFY(other);
    QCOMPARE(countSettings(*other.value()), 2);
}

void TestDatabase::innerRollbackDoomsOuter() {
    auto db = openNew();
    QVERIFY(db);
    {
        Transaction outer(*db, u"saving the economy"_s);
        QVERIFY(addSetting(*db, u"a"_s));
        {
            Transaction inner(*db, u"saving tiers"_s);
            QVERIFY(addSetting(*db, u"b"_s));
            inner.rollback();
            QVERIFY(!inner.isActive());
        }
        QVERIFY(!outer.status());
        {
            // Later inner levels learn early that their work is lost.
            Transaction late(*db, u"saving gpus"_s);
            QVERIFY(!late.commit());
        }
        Status committed = outer.commit();
        QVERIFY(!committed);
        QCOMPARE(committed.error().rule, u"db.transaction"_s);
        QVERIFY2(committed.error().message.contains(u"saving tiers"_s),
                 qPrintable(committed.error().toString()));
    }
    QCOMPARE(db->transactionDepth(), 0);
    QCOMPARE(countSettings(*db), 0);

    // The connection is usable again and the next transaction is not doomed.
    Transaction next(*db, u"next"_s);
    QVERIFY(addSetting(*db, u"c"_s));
    QVERIFY(next.commit());
    QCOMPARE(countSettings(*db), 1);
}

void TestDatabase::guardWithoutCommitRollsBack() {
    auto db = openNew();
    QVERIFY(db);
    {
        Transaction outer(*db, u"outer"_s);
        QVERIFY(addSetting(*db, u"a"_s));
    }
    QCOMPARE(countSettings(*db), 0);
    {
        Transaction outer(*db, u"outer"_s);
        {
            Transaction inner(*db, u"inner that returns early"_s);
            QVERIFY(addSetting(*db, u"b"_s));
        }
        QVERIFY(!outer.commit());
    }
    QCOMPARE(countSettings(*db), 0);
    QCOMPARE(db->transactionDepth(), 0);
}

void TestDatabase::exceptionRollsBack() {
    auto db = openNew();
    QVERIFY(db);
    bool thrown = false;
    try {
        Transaction transaction(*db, u"importing"_s);
        QVERIFY(addSetting(*db, u"a"_s));
        throw std::runtime_error("import aborted");
    } catch (const std::runtime_error&) {
        thrown = true;
    }
    QVERIFY(thrown);
    QCOMPARE(db->transactionDepth(), 0);
    QCOMPARE(countSettings(*db), 0);
}

void TestDatabase::exceptionInInnerLevelRollsBackEverything() {
    auto db = openNew();
    QVERIFY(db);
    {
        Transaction outer(*db, u"outer"_s);
        QVERIFY(addSetting(*db, u"a"_s));
        try {
            Transaction inner(*db, u"inner"_s);
            QVERIFY(addSetting(*db, u"b"_s));
            throw std::runtime_error("inner failed");
        } catch (const std::runtime_error&) {
        }
        QCOMPARE(db->transactionDepth(), 1);
        QVERIFY(!outer.commit());
    }
    QCOMPARE(countSettings(*db), 0);
}

void TestDatabase::refusesNonSqliteFile() {
    const QString path = newPath(u"notes.sqlite"_s);
    {
        QFile text(path);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("These are my notes about the economy, not a database.\n");
    }
    const QByteArray before = fileHash(path);
    for (Database::OpenMode mode : {Database::ReadWrite, Database::ReadOnly}) {
        auto opened = Database::open(path, mode);
        QVERIFY(!opened);
        QCOMPARE(opened.error().rule, u"db.not_sqlite"_s);
        QVERIFY2(opened.error().message.contains(u"not a SQLite database"_s),
                 qPrintable(opened.error().toString()));
        QVERIFY2(opened.error().toString().contains(path), qPrintable(opened.error().toString()));
    }
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFile::exists(path + u"-wal"_s));
    QVERIFY(!QFile::exists(path + u"-journal"_s));

    // Shorter than the header counts as not SQLite too.
    const QString tiny = newPath(u"tiny.sqlite"_s);
    {
        QFile file(tiny);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("SQLite");
    }
    auto opened = Database::open(tiny);
    QVERIFY(!opened);
    QCOMPARE(opened.error().rule, u"db.not_sqlite"_s);
    QCOMPARE(QFileInfo(tiny).size(), 6);
}

void TestDatabase::refusesCorruptFile_data() {
    QTest::addColumn<QString>("damage");
    QTest::newRow("garbage in page 2") << u"garbage"_s;
    QTest::newRow("truncated") << u"truncate"_s;
}

void TestDatabase::refusesCorruptFile() {
    QFETCH(QString, damage);
    const QString path = newPath();
    {
        auto db = openNew();
        QVERIFY(db);
        QVERIFY(seedParents(*db));
        Transaction transaction(*db, u"filling"_s);
        for (int i = 0; i < 200; ++i)
            QVERIFY(addSetting(*db, u"setting.%1"_s.arg(i)));
        QVERIFY(transaction.commit());
    }
    QVERIFY(!QFile::exists(path + u"-wal"_s));
    const qint64 pageSize = 4096;
    QVERIFY(QFileInfo(path).size() > 4 * pageSize);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        if (damage == u"garbage"_s) {
            QVERIFY(file.seek(pageSize));
            QVERIFY(file.write(QByteArray(int(pageSize / 2), char(0xA5))) == pageSize / 2);
        } else {
            QVERIFY(file.resize(pageSize + pageSize / 2));
        }
    }
    const QByteArray before = fileHash(path);

    for (Database::OpenMode mode : {Database::ReadWrite, Database::ReadOnly}) {
        auto opened = Database::open(path, mode);
        QVERIFY2(!opened, "a damaged file was accepted");
        QCOMPARE(opened.error().rule, u"db.corrupt"_s);
        QVERIFY2(opened.error().message.contains(u"corrupt"_s),
                 qPrintable(opened.error().toString()));
    }
    // What the window runs first on files too large for open() to read every page of.
    const Status everyPage = Database::checkEveryPage(path);
    QVERIFY2(!everyPage, "checkEveryPage accepted a damaged file");
    QCOMPARE(everyPage.error().rule, u"db.corrupt"_s);
    QCOMPARE(fileHash(path), before);
}

void TestDatabase::checkEveryPageAcceptsHealthyAndRefusesForeignFiles() {
    const QString path = newPath();
    {
        auto db = openNew();
        QVERIFY(db);
        QVERIFY(seedParents(*db));
    }
    const Status healthy = Database::checkEveryPage(path);
    QVERIFY2(healthy, qPrintable(healthy ? QString() : healthy.error().toString()));
    QVERIFY(Database::skipsPageCheckAtOpen(path, 0));
    QVERIFY(!Database::skipsPageCheckAtOpen(path));

    const QString notes = newPath(u"notes.txt"_s);
    {
        QFile text(notes);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("not a database at all, but long enough to have a header\n");
    }
    const QByteArray before = fileHash(notes);
    const Status refused = Database::checkEveryPage(notes);
    QVERIFY(!refused);
    QCOMPARE(refused.error().rule, u"db.not_sqlite"_s);
    QCOMPARE(fileHash(notes), before);
}

void TestDatabase::checkEveryPageStopsWhenInterrupted() {
    const QString path = newPath();
    {
        auto db = openNew();
        QVERIFY(db);
        QVERIFY(db->exec(u"CREATE TABLE test_padding (data BLOB NOT NULL)"_s, u"pad"_s));
        QVERIFY(db->query(u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                          u"WHERE i < ?) INSERT INTO test_padding (data) SELECT randomblob(?) "
                          u"FROM n"_s,
                          {20000, 300}, u"pad"_s));
    }
    const QByteArray before = fileHash(path);

    StatementInterrupt unused;
    const Status whole = Database::checkEveryPage(path, &unused);
    QVERIFY2(whole, qPrintable(whole ? QString() : whole.error().toString()));

    // Stopped before it starts: it ends at once, neither passing nor calling the file corrupt.
    StatementInterrupt early;
    early.interrupt();
    const Status stoppedEarly = Database::checkEveryPage(path, &early);
    QVERIFY(!stoppedEarly);
    QCOMPARE(stoppedEarly.error().rule, u"cancelled"_s);

    QCOMPARE(fileHash(path), before);
    QVERIFY(Database::checkEveryPage(path));
}

void TestDatabase::readOnlyModeRefusesWrites() {
    const QString path = newPath();
    {
        auto db = openNew();
        QVERIFY(db);
        QVERIFY(addSetting(*db, u"kept"_s));
    }
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = fileHash(path);

    // Explicitly read-only works the same for every user, root included.
    auto opened = Database::open(path, Database::ReadOnly);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().toString()));
    Database& db = *opened.value();
    QVERIFY(db.isReadOnly());
    QCOMPARE(countSettings(db), 1);
    QCOMPARE(db.schemaVersion(), kCurrentSchemaVersion);

    Status write = addSetting(db, u"new"_s);
    QVERIFY(!write);
    QCOMPARE(write.error().rule, u"db.read_only"_s);
    QVERIFY2(write.error().message.contains(u"database is read-only"_s),
             qPrintable(write.error().toString()));

    Transaction transaction(db, u"saving"_s);
    QVERIFY(!transaction.isActive());
    Status committed = transaction.commit();
    QVERIFY(!committed);
    QCOMPARE(committed.error().rule, u"db.read_only"_s);
    QVERIFY(committed.error().message.contains(u"database is read-only"_s));

    auto other = db.openAnotherConnection();
    QVERIFY(other);
    QVERIFY(other.value()->isReadOnly());
    QVERIFY(!addSetting(*other.value(), u"new"_s));

    QCOMPARE(countSettings(db), 1);
    QCOMPARE(fileHash(path), before);
}

void TestDatabase::unwritableFileOpensReadOnly() {
    const QString path = newPath();
    {
        auto db = openNew();
        QVERIFY(db);
    }
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    if (QFileInfo(path).isWritable())
        QSKIP("running as root: file permissions do not stop root from writing, so there is no "
              "unwritable file to detect (readOnlyModeRefusesWrites covers the read-only "
              "behaviour)");

    auto opened = Database::open(path); // asked for ReadWrite
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().toString()));
    QVERIFY(opened.value()->isReadOnly());
    Status write = addSetting(*opened.value(), u"new"_s);
    QVERIFY(!write);
    QCOMPARE(write.error().rule, u"db.read_only"_s);
}

void TestDatabase::writingAloneUsesTheRollbackJournalOnlyWhenAlone() {
    auto db = openNew();
    QVERIFY(db);
    {
        const Database::WritingAlone alone(*db);
        QVERIFY(alone.switched());
        QCOMPARE(scalar(*db, u"PRAGMA journal_mode"_s).toString(), u"delete"_s);
        Transaction transaction(*db, u"test"_s);
        QVERIFY(
            db->exec(u"INSERT INTO settings (key, value) VALUES ('alone', 'yes')"_s, u"test"_s));
        QVERIFY(transaction.commit());
    }
    QCOMPARE(scalar(*db, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    QCOMPARE(scalar(*db, u"SELECT value FROM settings WHERE key = 'alone'"_s).toString(), u"yes"_s);

    // Another connection on the file: SQLite keeps the WAL, and so does the guard.
    auto other = Database::open(newPath());
    QVERIFY(other);
    QCOMPARE(scalar(*other.value(), u"SELECT COUNT(*) FROM models"_s).toInt(), 0);
    QVERIFY(other.value()->setBusyTimeout(0));
    QVERIFY(db->setBusyTimeout(0));
    {
        const Database::WritingAlone alone(*db);
        QVERIFY(!alone.switched());
        QCOMPARE(scalar(*db, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    }
    QCOMPARE(scalar(*db, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);

    // Nor inside a transaction, where SQLite cannot change the journal.
    other.value().reset();
    Transaction transaction(*db, u"test"_s);
    const Database::WritingAlone inside(*db);
    QVERIFY(!inside.switched());
}

void TestDatabase::lockedByAnotherConnection() {
    auto db = openNew();
    QVERIFY(db);
    QVERIFY(addSetting(*db, u"before"_s));

    // A worker thread takes the write lock on its own connection and holds it.
    QSemaphore holding;
    QSemaphore letGo;
    QString holderError;
    std::unique_ptr<QThread> holder(QThread::create([&] {
        auto other = db->openAnotherConnection();
        if (!other) {
            holderError = other.error().toString();
            holding.release();
            return;
        }
        Transaction transaction(*other.value(), u"holding the write lock"_s);
        Status wrote = addSetting(*other.value(), u"holder"_s);
        if (!transaction.isActive() || !wrote)
            holderError = u"could not take the lock"_s;
        holding.release();
        letGo.acquire();
        // Leaving without commit: the holder's row is rolled back too.
    }));
    holder->start();
    auto release = qScopeGuard([&] {
        letGo.release();
        holder->wait();
    });
    holding.acquire();
    QVERIFY2(holderError.isEmpty(), qPrintable(holderError));

    QVERIFY(db->setBusyTimeout(200));
    QElapsedTimer timer;
    timer.start();
    {
        Transaction transaction(*db, u"saving two settings"_s);
        QVERIFY(!transaction.isActive());
        QCOMPARE(db->transactionDepth(), 0);
        Status committed = transaction.commit();
        QVERIFY(!committed);
        QCOMPARE(committed.error().rule, u"db.locked"_s);
        QVERIFY2(committed.error().message.contains(u"database is locked by another program"_s),
                 qPrintable(committed.error().toString()));
    }
    Status plain = addSetting(*db, u"mine"_s);
    QVERIFY(!plain);
    QCOMPARE(plain.error().rule, u"db.locked"_s);
    // Waited for the busy timeout each time, and not for the 5 s default.
    QVERIFY2(timer.elapsed() >= 350, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(timer.elapsed() < 4000, qPrintable(QString::number(timer.elapsed())));

    // Readers are not blocked by a writer under WAL.
    QCOMPARE(countSettings(*db), 1);

    release.dismiss();
    letGo.release();
    holder->wait();

    QCOMPARE(countSettings(*db), 1); // neither the holder's row nor ours
    QVERIFY(addSetting(*db, u"after"_s));
    QCOMPARE(countSettings(*db), 2);
}

void TestDatabase::lockedByAnotherProgram() {
    const QString sqlite3 = QStandardPaths::findExecutable(u"sqlite3"_s);
    if (sqlite3.isEmpty())
        QSKIP("the sqlite3 command-line program is not installed");

    auto db = openNew();
    QVERIFY(db);
    QVERIFY(db->setBusyTimeout(200));

    QProcess other;
    other.setProgram(sqlite3);
    other.setArguments({u"-cmd"_s, u".timeout 5000"_s, db->path(), u"BEGIN EXCLUSIVE;"_s,
                        u"INSERT INTO settings (key, value) VALUES ('cli', 'held');"_s,
                        u".shell sleep 2"_s, u"ROLLBACK;"_s});
    other.start();
    QVERIFY(other.waitForStarted());
    auto stop = qScopeGuard([&] {
        other.kill();
        other.waitForFinished();
    });

    // The other program takes its lock shortly after starting; try until we meet it.
    Status locked = Ok{};
    QElapsedTimer timer;
    timer.start();
    while (locked && timer.elapsed() < 1500) {
        {
            Transaction transaction(*db, u"saving a setting"_s);
            locked = transaction.isActive() ? Status(Ok{}) : transaction.status();
        }
        if (locked)
            QTest::qWait(20); // rolled back; give the other program a turn
    }
    QVERIFY2(!locked, "the other program never took its lock");
    QCOMPARE(locked.error().rule, u"db.locked"_s);
    QVERIFY(locked.error().message.contains(u"database is locked by another program"_s));
    QCOMPARE(db->transactionDepth(), 0);
    Status plain = addSetting(*db, u"mine"_s);
    QVERIFY(!plain);
    QCOMPARE(plain.error().rule, u"db.locked"_s);

    QVERIFY(other.waitForFinished(10000));
    stop.dismiss();
    QCOMPARE(other.exitStatus(), QProcess::NormalExit);
    QCOMPARE(countSettings(*db), 0);
    QVERIFY(addSetting(*db, u"after"_s));
}

void TestDatabase::anotherConnectionWorksOnAWorkerThread() {
    auto db = openNew();
    QVERIFY(db);
    QVERIFY(addSetting(*db, u"a"_s));
    int seen = -1;
    QString name;
    QString problem;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        auto other = db->openAnotherConnection();
        if (!other) {
            problem = other.error().toString();
            return;
        }
        name = other.value()->connectionName();
        seen = countSettings(*other.value());
        if (Status wrote = addSetting(*other.value(), u"from worker"_s); !wrote)
            problem = wrote.error().toString();
    }));
    worker->start();
    QVERIFY(worker->wait(10000));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(seen, 1);
    QVERIFY(name != db->connectionName());
    QVERIFY(!QSqlDatabase::contains(name));
    QCOMPARE(countSettings(*db), 2);
}

void TestDatabase::backupMakesAHealthyCopy() {
    auto db = openNew();
    QVERIFY(db);
    QVERIFY(seedParents(*db));
    QVERIFY(addSetting(*db, u"a"_s));

    const QString backup = newPath(u"backup.sqlite"_s);
    Status done = db->backupTo(backup);
    QVERIFY2(done, done ? "" : qPrintable(done.error().toString()));

    // Backing up again replaces the earlier copy with a complete new one.
    QVERIFY(addSetting(*db, u"b"_s));
    done = db->backupTo(backup);
    QVERIFY2(done, done ? "" : qPrintable(done.error().toString()));
    const QStringList leftovers =
        QDir(m_dir->path()).entryList({u"*.partial"_s}, QDir::Files | QDir::Hidden);
    QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(u", "_s)));

    auto copy = Database::open(backup);
    QVERIFY2(copy, copy ? "" : qPrintable(copy.error().toString()));
    auto problems = copy.value()->integrityProblems();
    QVERIFY(problems);
    QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u"; "_s)));
    QCOMPARE(countSettings(*copy.value()), 2);
    QCOMPARE(scalar(*copy.value(), u"SELECT COUNT(*) FROM licenses"_s).toInt(), 1);
    QCOMPARE(copy.value()->schemaVersion(), kCurrentSchemaVersion);

    Status ontoItself = db->backupTo(db->path());
    QVERIFY(!ontoItself);
    Transaction transaction(*db, u"busy"_s);
    QVERIFY(!db->backupTo(newPath(u"other.sqlite"_s)));
}

void TestDatabase::integrityProblemsFindsDanglingReferences() {
    auto db = openNew();
    QVERIFY(db);
    QVERIFY(seedParents(*db));
    auto healthy = db->integrityProblems();
    QVERIFY(healthy);
    QVERIFY(healthy->isEmpty());

    // Only a program that switched foreign keys off can leave this behind; `check` must see it.
    QVERIFY(db->exec(u"PRAGMA foreign_keys = OFF"_s, u"test"_s));
    QVERIFY(db->query(u"INSERT INTO listings (model_id, tier, price_cents, listed_on) "
                      u"VALUES (42, 'commercial', 1, '2025-01-01')"_s,
                      {}, u"test"_s));
    QVERIFY(db->exec(u"PRAGMA foreign_keys = ON"_s, u"test"_s));
    auto problems = db->integrityProblems();
    QVERIFY(problems);
    QCOMPARE(problems->size(), 1);
    QVERIFY2(problems->first().contains(u"listings"_s) && problems->first().contains(u"models"_s),
             qPrintable(problems->first()));
}

// The bulk paths' statements: values round-trip exactly, errors are classified like QtSql's and
// name the operation and the statement.
void TestDatabase::nativeStatementsReadWriteAndReport() {
    auto db = openNew();
    QVERIFY(db);
    MM_VERIFY_OK(db->exec(u"CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER, r REAL, "
                          u"s TEXT UNIQUE)"_s,
                          u"making a table"_s));
    auto insert = SqliteStatement::prepare(*db, u"INSERT INTO t (n, r, s) VALUES (?, ?, ?)"_s,
                                           u"adding rows"_s);
    MM_VERIFY_OK(insert);
    insert->bindInt64(1, std::numeric_limits<qint64>::max());
    insert->bindDouble(2, 0.1);
    insert->bindText(3, u"Zoë's \"model\""_s);
    MM_VERIFY_OK(insert->run());
    QCOMPARE(insert->lastInsertId(), 1);
    insert->bindNull(1);
    insert->bindNull(2);
    insert->bindText(3, QByteArrayView(""));
    MM_VERIFY_OK(insert->run());

    insert->bindInt64(1, 1);
    insert->bindDouble(2, 1);
    insert->bindText(3, u"Zoë's \"model\""_s);
    const Status duplicate = insert->run();
    QVERIFY(!duplicate);
    QCOMPARE(duplicate.error().rule, QString(kRuleDbUnique));
    QVERIFY(duplicate.error().toString().contains(u"adding rows"_s));
    QVERIFY(duplicate.error().toString().contains(u"INSERT INTO t"_s));

    auto select =
        SqliteStatement::prepare(*db, u"SELECT n, r, s FROM t ORDER BY id"_s, u"reading rows"_s);
    MM_VERIFY_OK(select);
    auto row = select->next();
    MM_VERIFY_OK(row);
    QVERIFY(*row);
    QCOMPARE(select->int64(0), std::numeric_limits<qint64>::max());
    QCOMPARE(select->real(1), 0.1);
    QCOMPARE(QString::fromUtf8(select->text(2)), u"Zoë's \"model\""_s);
    row = select->next();
    MM_VERIFY_OK(row);
    QVERIFY(*row);
    QVERIFY(select->isNull(0) && select->isNull(1) && !select->isNull(2));
    QCOMPARE(select->text(2).size(), 0);
    row = select->next();
    MM_VERIFY_OK(row);
    QVERIFY(!*row);

    auto broken = SqliteStatement::prepare(*db, u"SELEC nothing"_s, u"reading nonsense"_s);
    QVERIFY(!broken);
    QVERIFY(broken.error().toString().contains(u"reading nonsense"_s));
    QVERIFY(broken.error().toString().contains(u"SELEC nothing"_s));
}

// The bulk writers format scores and dates themselves; the text must be what QJsonDocument and
// QDate write, or an export after a bulk insert would differ from one after a normal save.
void TestDatabase::bulkTextsMatchQtsOwn() {
    QRandomGenerator random(7);
    const QList<double> special{0.0,  -0.0, 1.0,        -1.0,  47.0,   1e14,   99999999999999.5,
                                1e-7, 0.1,  123456.789, -3.25, 1e-300, 5e-324, 1e15,
                                1e20};
    for (int i = 0; i < 20'000 + special.size(); ++i) {
        const double value = i < special.size() ? special.at(i)
                             : i % 2 == 0       ? random.bounded(10'000) / 10.0
                                                : (random.generateDouble() - 0.5) *
                                                std::pow(10.0, random.bounded(30) - 15);
        const QMap<QString, double> scores{{u"coding"_s, value}, {u"z"_s, 1.5}};
        QJsonObject object;
        for (auto it = scores.begin(); it != scores.end(); ++it)
            object.insert(it.key(), it.value());
        QCOMPARE(sqlv::scoresUtf8(scores), QJsonDocument(object).toJson(QJsonDocument::Compact));
    }
    const QMap<QString, double> oddKey{{u"say \"hi\"\n"_s, 2.0}, {u"Zoë"_s, 1.0}};
    QJsonObject odd;
    for (auto it = oddKey.begin(); it != oddKey.end(); ++it)
        odd.insert(it.key(), it.value());
    QCOMPARE(sqlv::scoresUtf8(oddKey), QJsonDocument(odd).toJson(QJsonDocument::Compact));
    for (const QDate date : {QDate(1, 1, 1), QDate(999, 12, 31), QDate(2024, 2, 29),
                             QDate(9999, 12, 31), QDate(10'000, 1, 1), QDate()})
        QCOMPARE(sqlv::isoDateUtf8(date), date.toString(Qt::ISODate).toUtf8());
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
