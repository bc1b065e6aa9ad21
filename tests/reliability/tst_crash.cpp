// Crash safety: large writes are killed with SIGKILL at random points (seeded), and after every
// kill the file must open, pass every check (`modelmarket check`'s checkEconomy) and hold either
// everything as it was before the operation or everything as it is after it -- never a part.
// reliability.crash.postgres does the same on the test server, each work copy a database made
// from the operation's base database (CREATE DATABASE ... TEMPLATE), with smaller operations and
// fewer kills: there the server, not the program, keeps the transaction, and the kills check that
// the program never splits one operation over several.
//
//   import catalog   the real binary importing a large CSV (one transaction)
//   paste            reliability_writer pasting into thousands of models (one undo command)
//   clock advance    the real binary running the clock a year with many jobs queued and
//                    thousands of licenses accruing usage
//   generate         the real binary generating an economy into a new file, which it writes
//                    through the rollback journal instead of the WAL
//
// Each operation is first run to completion twice (its duration spreads the kill points, and the
// two results must agree, or "after" would not be one state), then killed (Sizes: 11 times on a
// file) at stratified random delays over its duration, a few of them crowding its end (COMMIT and
// the checkpoint when the file is closed).

#include "PgTestServer.h"
#include "ReliabilitySupport.h"
#include "TestStore.h"
#include "core/EconomyConfig.h"
#include "data/Database.h"
#include "data/EconomyRepository.h"
#include "data/IntegrityCheck.h"
#include "data/TrainingService.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace mm;
using namespace mm::reliability;
using namespace Qt::StringLiterals;

namespace {

// The sizes of the operations and how often each is killed, on a file and on the server (where
// every statement is a round trip, so the same work takes longer).
struct Sizes {
    int kills;
    int spreadKills; // over the whole run; the others near its end
    int catalogRows; // on a file, enough for the import to defer the indexes
    int pasteModels;
    int pasteRows;
    int clockJobs;
    int generatedModels;
};
constexpr Sizes kFileSizes{11, 8, 25'000, 10'000, 6'000, 60, 1'500};
constexpr Sizes kServerSizes{5, 3, 2'000, 1'000, 600, 12, 300};
constexpr quint32 kSeed = 20240611;
constexpr int kProcessTimeoutMs = 120'000;

const Sizes& sizes() {
    return testing::testsOnServer() ? kServerSizes : kFileSizes;
}

struct Operation {
    QString name;
    QString program;
    QStringList arguments; // "%DB" stands for the database
    QString base;          // closed, checkpointed file or server database it starts from
};

struct KillStats {
    int kills = 0;
    int finishedFirst = 0;        // the operation ended before its kill time
    int killedBeforeWriting = 0;  // SIGKILL while running, nothing in the WAL or journal yet
    int killedMidTransaction = 0; // ...with pages of the unfinished transaction written (on the
                                  // server: with a transaction that had written rows)
    int killedAfterCommit = 0;    // ...after COMMIT, while closing (checkpointing) the file
    int foundBefore = 0;
    int foundAfter = 0;

    int killedRunning() const {
        return killedBeforeWriting + killedMidTransaction + killedAfterCommit;
    }
};

QStringList substituted(const QStringList& arguments, const QString& db) {
    QStringList result;
    for (const QString& argument : arguments)
        result.append(argument == u"%DB"_s ? db : argument);
    return result;
}

struct RunResult {
    bool finished = false;
    int exitCode = -1;
    qint64 elapsedMs = 0;
    QString err;
};

RunResult runToEnd(const Operation& op, const QString& db) {
    QProcess process;
    process.setProcessEnvironment(childEnvironment());
    QElapsedTimer timer;
    timer.start();
    process.start(op.program, substituted(op.arguments, db));
    RunResult result;
    result.finished = process.waitForFinished(kProcessTimeoutMs);
    result.elapsedMs = timer.elapsed();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// What a designer would get on opening the file after the crash: it must open (recovering the
// WAL), pass every check, and its content decides which state it is in.
struct Inspection {
    QString problems; // empty when healthy
    QByteArray checksum;
};

Inspection inspect(const QString& path) {
    Inspection result;
    auto db = Database::open(path);
    if (!db) {
        result.problems = u"cannot open: "_s + db.error().toString();
        return result;
    }
    auto problems = checkEconomy(**db);
    if (!problems)
        result.problems = u"check failed: "_s + problems.error().toString();
    else
        result.problems = problems->join(u"; "_s);
    result.checksum = contentChecksum(**db);
    if (result.checksum.isEmpty() && result.problems.isEmpty())
        result.problems = u"cannot read every table"_s;
    return result;
}

QString csvCell(int i, int modulus, const char* const* words) {
    return QString::fromLatin1(words[i % modulus]);
}

// A catalog CSV of `rows` models; every row is valid, so the import is all of them or none.
QByteArray catalogCsv(int rows) {
    static const char* const architectures[] = {
        "transformer", "mixture_of_experts", "diffusion", "cnn", "rnn", "multimodal"};
    static const char* const sizes[] = {"small", "medium", "large", "frontier"};
    QByteArray csv = "name,architecture,size_class,parameters,dataset_tokens,status,performance,"
                     "accuracy,efficiency,composite,training_cost,training_days,research_points,"
                     "created_on\r\n";
    csv.reserve(rows * 120);
    for (int i = 0; i < rows; ++i) {
        const bool trained = i % 3 != 0;
        QString row = u"Crash model %1,%2,%3,%4,%5,%6,"_s.arg(i, 6, 10, QChar(u'0'))
                          .arg(csvCell(i, 6, architectures), csvCell(i / 6, 4, sizes))
                          .arg(1'000'000 + i * 7)
                          .arg(i * 1000)
                          .arg(trained ? u"completed"_s : u"draft"_s);
        if (trained)
            row += u"%1,%2,%3,%4,"_s.arg(40 + i % 50).arg(50 + i % 40).arg(30 + i % 60).arg(45.5);
        else
            row += u",,,,"_s;
        row += u"%1.%2,%3,%4,2024-%5-%6\r\n"_s.arg(10'000 + i)
                   .arg(i % 100, 2, 10, QChar(u'0'))
                   .arg(i % 90)
                   .arg(i % 500)
                   .arg(1 + i % 12, 2, 10, QChar(u'0'))
                   .arg(1 + i % 28, 2, 10, QChar(u'0'));
        csv += row.toUtf8();
    }
    return csv;
}

} // namespace

class TestCrash : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void importCatalog();
    void pasteInOneCommand();
    void clockAdvance();
    void generateIntoANewFile();
    void cleanupTestCase();

private:
    void killRepeatedly(const Operation& op);
    QString cli() const { return QStringLiteral(MM_APP_BINARY); }
    // A new, empty location for a base: a file path, or a new database on the test server.
    QString newBase(const QString& name);
    // The work copy of `base` for one run, replacing the previous one; empty on failure.
    QString freshWork(const QString& name, const QString& base);
    // Bytes the running operation has written but not committed: the file's WAL or rollback
    // journal; on the server 1 while its transaction has written rows, else 0.
    qint64 uncommittedBytes(const QString& work);
    void dropWork();

    QTemporaryDir m_dir;
    std::map<QString, std::unique_ptr<testing::PgTestDatabase>> m_serverBases;
    std::unique_ptr<testing::PgTestDatabase> m_serverWork;
    QElapsedTimer m_total;
    QRandomGenerator m_random{kSeed};
};

void TestCrash::initTestCase() {
    m_total.start();
    QVERIFY(m_dir.isValid());
    if (testing::testsOnServer())
        QVERIFY2(!testing::pgTestServerUrl().isEmpty(), testing::kNoPgServerMessage);
}

QString TestCrash::newBase(const QString& name) {
    if (!testing::testsOnServer())
        return m_dir.filePath(name + u"-base.sqlite"_s);
    auto database = std::make_unique<testing::PgTestDatabase>();
    if (!database->isValid()) {
        qWarning("cannot make a base database: %s", qPrintable(database->error()));
        return {};
    }
    const QString url = database->url();
    m_serverBases[name] = std::move(database);
    return url;
}

QString TestCrash::freshWork(const QString& name, const QString& base) {
    if (!testing::testsOnServer()) {
        const QString work = m_dir.filePath(name + u"-work.sqlite"_s);
        return copyDatabase(base, work) ? work : QString();
    }
    for (const auto& [baseName, database] : m_serverBases) {
        if (database->url() != base)
            continue;
        m_serverWork.reset(); // drops the last copy, ending whatever a killed run left connected
        m_serverWork = std::make_unique<testing::PgTestDatabase>(database->name());
        if (!m_serverWork->isValid()) {
            qWarning("cannot copy %s: %s", qPrintable(baseName), qPrintable(m_serverWork->error()));
            return {};
        }
        return m_serverWork->url();
    }
    return {};
}

qint64 TestCrash::uncommittedBytes(const QString& work) {
    if (!testing::testsOnServer())
        return std::max(fileSize(work + u"-wal"_s), fileSize(work + u"-journal"_s));
    return m_serverWork->scalar(u"SELECT count(*) FROM pg_stat_activity WHERE datname = "
                                "current_database() AND application_name = 'ModelMarket' AND "
                                "backend_xid IS NOT NULL"_s)
                       .toInt() > 0
               ? 1
               : 0;
}

void TestCrash::dropWork() {
    m_serverWork.reset();
}

void TestCrash::cleanupTestCase() {
    qInfo("crash safety: all operations done in %.1f s", double(m_total.elapsed()) / 1000.0);
}

void TestCrash::killRepeatedly(const Operation& op) {
    const Sizes& size = sizes();
    QVERIFY2(!op.base.isEmpty(), "the operation has no base database");
    QString work = freshWork(op.name, op.base);
    QVERIFY(!work.isEmpty());
    const Inspection initial = inspect(work);
    QVERIFY2(initial.problems.isEmpty(), qPrintable(initial.problems));
    const QByteArray before = initial.checksum;

    // Two undisturbed runs: they give the duration and the one state "after" may be.
    QByteArray after;
    qint64 durationMs = 0;
    for (int run = 0; run < 2; ++run) {
        work = freshWork(op.name, op.base);
        QVERIFY(!work.isEmpty());
        const RunResult result = runToEnd(op, work);
        QVERIFY2(
            result.finished && result.exitCode == 0,
            qPrintable(
                u"%1 failed (exit %2): %3"_s.arg(op.name).arg(result.exitCode).arg(result.err)));
        const Inspection done = inspect(work);
        QVERIFY2(done.problems.isEmpty(), qPrintable(done.problems));
        QVERIFY2(done.checksum != before, "the operation changed nothing");
        if (run == 0)
            after = done.checksum;
        else
            QVERIFY2(done.checksum == after, "two identical runs gave different results");
        durationMs = std::max(durationMs, result.elapsedMs);
    }

    KillStats stats;
    for (int i = 0; i < size.kills; ++i) {
        work = freshWork(op.name, op.base);
        QVERIFY(!work.isEmpty());
        // Stratified: most kills one in each slice of the run, at a random point inside it; the
        // last few crowd its end (0.9 to 1.5 x the measured time: runs vary on a loaded
        // machine), where COMMIT and the checkpoint on close happen.
        const double u = m_random.generateDouble();
        const double share = i < size.spreadKills ? (i + u) / size.spreadKills
                                                  : 0.9 + 0.6 * (i - size.spreadKills + u) /
                                                              (size.kills - size.spreadKills);
        const int delayMs = std::max(1, static_cast<int>(share * double(durationMs)));
        QProcess process;
        process.setProcessEnvironment(childEnvironment());
        process.start(op.program, substituted(op.arguments, work));
        QVERIFY2(process.waitForStarted(kProcessTimeoutMs), qPrintable(process.errorString()));
        ++stats.kills;
        bool killed = false;
        qint64 walBytes = -1;
        if (process.waitForFinished(delayMs)) {
            ++stats.finishedFirst;
            QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                     qPrintable(QString::fromUtf8(process.readAllStandardError())));
        } else {
            walBytes = uncommittedBytes(work);
            process.kill(); // SIGKILL: no destructor, no rollback, no flush
            QVERIFY(process.waitForFinished(kProcessTimeoutMs));
            killed = true;
        }

        const Inspection found = inspect(work);
        const QString where = u"%1, kill %2 after %3 ms"_s.arg(op.name).arg(i).arg(delayMs);
        QVERIFY2(found.problems.isEmpty(), qPrintable(where + u": "_s + found.problems));
        if (found.checksum == before) {
            ++stats.foundBefore;
            if (killed)
                ++(walBytes > 0 ? stats.killedMidTransaction : stats.killedBeforeWriting);
        } else if (found.checksum == after) {
            ++stats.foundAfter;
            if (killed)
                ++stats.killedAfterCommit;
        } else {
            QFAIL(qPrintable(where + u": the data is neither the state before nor the state "
                                     "after the operation"_s));
        }
    }
    if (testing::testsOnServer())
        dropWork();
    else
        removeDatabaseFiles(work);

    qInfo("%s: a run takes %lld ms; %d kills, %d of them mid-operation (%d before it wrote, %d "
          "inside the transaction with its pages already written, %d after COMMIT while "
          "closing), %d after it had finished; the database opened and passed check every time and "
          "held the state before %d times, after %d times, anything else 0 times",
          qPrintable(op.name), durationMs, stats.kills, stats.killedRunning(),
          stats.killedBeforeWriting, stats.killedMidTransaction, stats.killedAfterCommit,
          stats.finishedFirst, stats.foundBefore, stats.foundAfter);
    QVERIFY2(stats.killedRunning() > 0, "no kill landed while the operation ran");
}

void TestCrash::importCatalog() {
    const QString base = newBase(u"import"_s);
    QVERIFY(!base.isEmpty());
    QCOMPARE(QProcess::execute(cli(), {u"--db"_s, base, u"init"_s, u"--empty"_s}), 0);
    const QString csvPath = m_dir.filePath(u"catalog.csv"_s);
    {
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        QVERIFY(csv.write(catalogCsv(sizes().catalogRows)) > 0);
    }
    killRepeatedly({u"import-catalog"_s,
                    cli(),
                    {u"--db"_s, u"%DB"_s, u"import"_s, u"catalog"_s, csvPath},
                    base});
}

void TestCrash::pasteInOneCommand() {
    const QString base = newBase(u"paste"_s);
    QVERIFY(!base.isEmpty());
    QCOMPARE(QProcess::execute(cli(), {u"--db"_s, base, u"generate"_s, u"--models"_s,
                                       QString::number(sizes().pasteModels), u"--buyers"_s, u"20"_s,
                                       u"--licenses"_s, u"200"_s, u"--seed"_s, u"11"_s}),
             0);
    killRepeatedly({u"paste"_s,
                    QStringLiteral(MM_WRITER_BINARY),
                    {u"paste"_s, u"%DB"_s, u"--rows"_s, QString::number(sizes().pasteRows),
                     u"--value"_s, u"61.5"_s},
                    base});
}

void TestCrash::clockAdvance() {
    const QString base = newBase(u"clock"_s);
    QVERIFY(!base.isEmpty());
    QCOMPARE(QProcess::execute(cli(), {u"--db"_s, base, u"generate"_s, u"--models"_s, u"300"_s,
                                       u"--buyers"_s, u"60"_s, u"--licenses"_s, u"6000"_s,
                                       u"--seed"_s, u"5"_s}),
             0);
    {
        auto db = Database::open(base);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
        auto config = EconomyRepository(**db).loadConfig();
        QVERIFY(config);
        TrainingService training(**db);
        for (int i = 0; i < sizes().clockJobs; ++i) {
            const SizeClass size = i % 4 == 3 ? SizeClass::Medium : SizeClass::Small;
            TrainingInputs inputs = TrainingInputs::preset(*config, size);
            inputs.modelName = u"Queued run %1"_s.arg(i, 3, 10, QChar(u'0'));
            inputs.seed = 1000 + static_cast<quint64>(i);
            auto queued = training.queueJob(inputs);
            QVERIFY2(queued, qPrintable(queued ? QString() : queued.error().toString()));
        }
    }
    killRepeatedly({u"clock-advance"_s,
                    cli(),
                    {u"--db"_s, u"%DB"_s, u"clock"_s, u"advance"_s, u"--days"_s, u"150"_s},
                    base});
}

void TestCrash::generateIntoANewFile() {
    const QString base = newBase(u"generate"_s);
    QVERIFY(!base.isEmpty());
    QCOMPARE(QProcess::execute(cli(), {u"--db"_s, base, u"init"_s, u"--empty"_s}), 0);
    killRepeatedly({u"generate"_s,
                    cli(),
                    {u"--db"_s, u"%DB"_s, u"generate"_s, u"--models"_s,
                     QString::number(sizes().generatedModels), u"--buyers"_s, u"50"_s,
                     u"--licenses"_s, u"800"_s, u"--seed"_s, u"17"_s},
                    base});
}

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
