// Faults of a team server, on a private PostgreSQL cluster of this test
// (scripts/pg-test-cluster.sh start, crash, restart, stop):
//
// - the server stopped at once (pg_ctl --mode=immediate) in the middle of a 10,000-row catalog
//   import keeps none of it, and the import says it lost the connection;
// - a window says it lost the connection, refuses edits at once meanwhile, reconnects when the
//   server is back and hears other programs' commits again;
// - two programs selling 200 licenses each at the same time lose none, and the revenue summary
//   the triggers keep adds up to the licenses;
// - connecting to an address where something accepts the connection but never answers fails
//   within the connect timeout, naming the address;
// - over TCP with TLS (scripts/pg-test-cluster.sh tls), the address's sslmode and sslrootcert
//   reach libpq: verify-full connects encrypted, workers too; a plain connection, or a
//   certificate file that is not there, is refused saying why.

#include "PgTestServer.h"
#include "ReliabilitySupport.h"
#include "ResultChecks.h"
#include "core/EconomyConfig.h"
#include "data/Database.h"
#include "data/EconomyRepository.h"
#include "data/ModelRepository.h"
#include "ui/shell/ConnectionBanner.h"
#include "ui/shell/Workspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <arpa/inet.h>
#include <memory>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace mm;
using namespace mm::reliability;
using namespace mm::testing;
using namespace Qt::StringLiterals;

namespace {

QString cli() {
    return QStringLiteral(MM_APP_BINARY);
}

QString clusterScript() {
    return QStringLiteral(MM_SOURCE_DIR "/scripts/pg-test-cluster.sh");
}

struct Finished {
    int exitCode = -1;
    QString out;
    QString err;
};

Finished run(const QString& program, const QStringList& arguments, int timeoutMs = 120'000) {
    QProcess process;
    process.setProcessEnvironment(childEnvironment());
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs))
        process.kill();
    process.waitForFinished();
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString describe(const Finished& finished) {
    return u"exit %1\nstdout: %2\nstderr: %3"_s.arg(finished.exitCode)
        .arg(finished.out.left(2000), finished.err.left(2000));
}

ModelRecord model(const QString& name) {
    ModelRecord record;
    record.name = name;
    record.sizeClass = SizeClass::Medium;
    record.parameters = 7'000'000'000;
    record.datasetTokens = 2'000'000'000'000;
    record.trainingCost = Money::fromCents(123'456'789);
    record.trainingDays = 12.5;
    record.createdOn = QDate(2025, 3, 14);
    return record;
}

} // namespace

class TestServerFaults : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void serverStoppedMidImportKeepsNothing();
    void windowSaysConnectionLostAndReconnects();
    void twoClientsSelling200EachLoseNothing();
    void silentServerTimesOutNamingTheAddress();
    // Last: it moves this test's server to another port.
    void encryptedConnectionsOverTheNetwork();

private:
    bool cluster(const QString& command);

    QTemporaryDir m_dir;
    QString m_cluster; // the folder of this test's own server
};

void TestServerFaults::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const Finished started = run(u"bash"_s, {clusterScript(), u"start"_s});
    QVERIFY2(started.exitCode == 0, qPrintable(describe(started)));
    m_cluster = started.out.trimmed();
    const Finished url = run(u"bash"_s, {clusterScript(), u"url"_s, m_cluster});
    QVERIFY2(url.exitCode == 0, qPrintable(describe(url)));
    // PgTestDatabase makes its databases on the server this names.
    qputenv("MODELMARKET_TEST_PG_URL", url.out.trimmed().toUtf8());
}

void TestServerFaults::cleanupTestCase() {
    if (!m_cluster.isEmpty())
        run(u"bash"_s, {clusterScript(), u"stop"_s, m_cluster});
}

bool TestServerFaults::cluster(const QString& command) {
    const Finished done = run(u"bash"_s, {clusterScript(), command, m_cluster});
    if (done.exitCode != 0)
        qWarning("%s", qPrintable(describe(done)));
    return done.exitCode == 0;
}

void TestServerFaults::serverStoppedMidImportKeepsNothing() {
    PgTestDatabase server;
    MM_REQUIRE_PG_DATABASE(server);
    const Finished ready = run(cli(), {u"--db"_s, server.url(), u"init"_s, u"--empty"_s});
    QVERIFY2(ready.exitCode == 0, qPrintable(describe(ready)));
    constexpr int kRows = 10'000;
    const QString csv = m_dir.filePath(u"big_catalog.csv"_s);
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray text = "name,architecture,size_class,parameters\n";
        for (int i = 0; i < kRows; ++i)
            text += "Bulk Model " + QByteArray::number(i) + ",transformer,small,1500000000\n";
        file.write(text);
    }

    // The test cluster commits without waiting for its log: what the crash must not lose is
    // written out first.
    QVERIFY2(server.exec(u"CHECKPOINT"_s), qPrintable(server.error()));
    QProcess import;
    import.setProcessEnvironment(childEnvironment());
    import.start(cli(), {u"--db"_s, server.url(), u"import"_s, u"catalog"_s, csv});
    QVERIFY(import.waitForStarted());
    // Until the import's transaction has written rows (it has a transaction id then).
    const QString writing =
        u"SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND "
        "application_name = 'ModelMarket' AND backend_xid IS NOT NULL"_s;
    QElapsedTimer waited;
    waited.start();
    while (server.scalar(writing).toInt() == 0) {
        QVERIFY2(import.state() == QProcess::Running,
                 qPrintable(QString::fromUtf8(import.readAllStandardError())));
        QVERIFY2(waited.elapsed() < 60'000, "the import never started writing");
        QTest::qWait(10);
    }
    QVERIFY(cluster(u"crash"_s));
    QVERIFY(import.waitForFinished(60'000));
    const QString err = QString::fromUtf8(import.readAllStandardError());
    QCOMPARE(import.exitCode(), 3);
    QVERIFY2(err.contains(u"connection"_s), qPrintable(err));

    QVERIFY(cluster(u"restart"_s));
    QCOMPARE(server.scalar(u"SELECT count(*) FROM models"_s).toInt(), 0);
    // The same file imports in full once the server is back.
    const Finished again =
        run(cli(), {u"--db"_s, server.url(), u"import"_s, u"catalog"_s, csv}, 280'000);
    QVERIFY2(again.exitCode == 0, qPrintable(describe(again)));
    QCOMPARE(server.scalar(u"SELECT count(*) FROM models"_s).toInt(), kRows);
}

void TestServerFaults::windowSaysConnectionLostAndReconnects() {
    PgTestDatabase server;
    MM_REQUIRE_PG_DATABASE(server);
    {
        auto db = Database::open(server.url());
        MM_VERIFY_OK(db);
        MM_VERIFY_OK(EconomyRepository(**db).saveConfig(EconomyConfig::defaults()));
        ModelRecord atlas = model(u"Atlas"_s);
        MM_VERIFY_OK(ModelRepository(**db).insert(atlas));
    }
    QVERIFY2(server.exec(u"CHECKPOINT"_s), qPrintable(server.error()));
    auto opened = Database::open(server.url());
    MM_VERIFY_OK(opened);
    Workspace workspace(std::move(*opened));
    ConnectionBanner banner;
    banner.watch(workspace);
    QSignalSpy lost(&workspace, &Workspace::connectionLost);
    QSignalSpy restored(&workspace, &Workspace::connectionRestored);
    QSignalSpy loads(&workspace, &Workspace::externalChangesLoaded);

    QVERIFY(cluster(u"crash"_s));
    QVERIFY2(lost.wait(5'000), "the window did not notice the server was gone");
    QVERIFY(!workspace.isConnected());
    QVERIFY(!banner.isHidden());
    QVERIFY2(banner.text().contains(u"Lost the connection to the server %1"_s.arg(server.url())),
             qPrintable(banner.text()));
    QVERIFY2(banner.text().contains(u"Reconnecting"_s), qPrintable(banner.text()));

    // An edit meanwhile is refused at once, saying why.
    QElapsedTimer editing;
    editing.start();
    auto atlas = ModelRepository(workspace.database()).findByName(u"Atlas"_s);
    MM_VERIFY_RULE(atlas, kRuleDbConnectionLost);
    QVERIFY2(atlas.error().toString().contains(u"not connected to the server"_s),
             qPrintable(atlas.error().toString()));
    QVERIFY(editing.elapsed() < 1'000);

    QVERIFY(cluster(u"restart"_s));
    QVERIFY2(restored.wait(20'000), "the window did not reconnect");
    QVERIFY(workspace.isConnected());
    QVERIFY(banner.isHidden());
    auto found = ModelRepository(workspace.database()).findByName(u"Atlas"_s);
    MM_VERIFY_OK(found);
    QVERIFY(found->has_value());
    ModelRecord edited = **found;
    edited.efficiency = 21.5;
    MM_VERIFY_OK(ModelRepository(workspace.database()).update(edited));

    // It listens again: another program's commit reaches it.
    loads.clear();
    {
        auto other = Database::open(server.url());
        MM_VERIFY_OK(other);
        auto theirs = ModelRepository(**other).findByName(u"Atlas"_s);
        MM_VERIFY_OK(theirs);
        ModelRecord record = **theirs;
        record.efficiency = 22.5;
        MM_VERIFY_OK(ModelRepository(**other).update(record));
    }
    QVERIFY(loads.wait(1'000));
}

void TestServerFaults::twoClientsSelling200EachLoseNothing() {
    PgTestDatabase server;
    MM_REQUIRE_PG_DATABASE(server);
    const QString file = m_dir.filePath(u"sales.sqlite"_s);
    const Finished generated =
        run(cli(), {u"--db"_s, file, u"generate"_s, u"--models"_s, u"30"_s, u"--buyers"_s, u"12"_s,
                    u"--licenses"_s, u"0"_s, u"--seed"_s, u"11"_s});
    QVERIFY2(generated.exitCode == 0, qPrintable(describe(generated)));
    const Finished copied = run(cli(), {u"copy"_s, u"--from"_s, file, u"--to"_s, server.url()});
    QVERIFY2(copied.exitCode == 0, qPrintable(describe(copied)));
    const QString listed =
        server
            .scalar(u"SELECT m.name FROM listings l JOIN models m ON m.id = l.model_id WHERE "
                    "l.tier = 'commercial' AND m.status = 'listed' ORDER BY m.id LIMIT 1"_s)
            .toString();
    const QString buyer =
        server.scalar(u"SELECT name FROM buyers WHERE type = 'enterprise' ORDER BY id LIMIT 1"_s)
            .toString();
    QVERIFY(!listed.isEmpty() && !buyer.isEmpty());
    QVERIFY2(server.exec(u"UPDATE buyers SET budget_cents = 100000000000000"_s),
             qPrintable(server.error()));
    const qint64 licensesBefore = server.scalar(u"SELECT count(*) FROM licenses"_s).toLongLong();

    // Each client is a shell loop of the real binary's sell, both on the same buyer and model.
    constexpr int kSales = 200;
    const QString loop = u"for i in $(seq %1); do \"$1\" --db \"$2\" sell --model \"$3\" "
                         "--buyer \"$4\" --tier commercial >/dev/null || echo \"sale $i failed\"; "
                         "done"_s.arg(kSales);
    QProcess clients[2];
    for (QProcess& client : clients) {
        client.setProcessEnvironment(childEnvironment());
        client.start(u"bash"_s,
                     {u"-c"_s, loop, u"sell-loop"_s, cli(), server.url(), listed, buyer});
    }
    for (QProcess& client : clients) {
        QVERIFY(client.waitForFinished(280'000));
        const QString output =
            QString::fromUtf8(client.readAllStandardOutput() + client.readAllStandardError());
        QVERIFY2(!output.contains(u"failed"_s), qPrintable(output.left(3000)));
    }

    QCOMPARE(server.scalar(u"SELECT count(*) FROM licenses"_s).toLongLong(),
             licensesBefore + 2 * kSales);
    QCOMPARE(
        server.scalar(u"SELECT coalesce(sum(fees_cents), 0) FROM revenue_monthly"_s).toLongLong(),
        server.scalar(u"SELECT coalesce(sum(fee_cents), 0) FROM licenses"_s).toLongLong());
    QCOMPARE(
        server.scalar(u"SELECT coalesce(sum(licenses), 0) FROM revenue_monthly"_s).toLongLong(),
        licensesBefore + 2 * kSales);
    // Every fee came out of the budget once.
    const qint64 fees =
        server
            .scalar(u"SELECT sum(l.fee_cents) FROM licenses l JOIN buyers b ON b.id = l.buyer_id "
                    "WHERE b.name = '%1'"_s.arg(QString(buyer).replace(u'\'', u"''"_s)))
            .toLongLong();
    QCOMPARE(server
                 .scalar(u"SELECT budget_cents FROM buyers WHERE name = '%1'"_s.arg(
                     QString(buyer).replace(u'\'', u"''"_s)))
                 .toLongLong(),
             100000000000000LL - fees);
}

void TestServerFaults::silentServerTimesOutNamingTheAddress() {
    // A listening socket nobody reads: the system accepts connections into its backlog, and
    // nothing ever answers.
    const int silent = ::socket(AF_INET, SOCK_STREAM, 0);
    QVERIFY(silent >= 0);
    const auto closeSilent = qScopeGuard([silent] { ::close(silent); });
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof(address);
    QVERIFY(::bind(silent, reinterpret_cast<sockaddr*>(&address), length) == 0);
    QVERIFY(::listen(silent, 4) == 0);
    QVERIFY(::getsockname(silent, reinterpret_cast<sockaddr*>(&address), &length) == 0);
    const QString url = u"postgresql://anna@127.0.0.1:%1/economy"_s.arg(ntohs(address.sin_port));
    Database::OpenOptions options;
    options.connectTimeoutSeconds = 2;
    QElapsedTimer waited;
    waited.start();
    auto db = Database::open(url, options);
    const qint64 elapsed = waited.elapsed();
    MM_VERIFY_RULE(db, kRuleDbCannotOpen);
    const QString message = db.error().toString();
    QVERIFY2(message.contains(url), qPrintable(message));
    QVERIFY2(message.contains(u"did not answer within 2 seconds"_s), qPrintable(message));
    QVERIFY2(elapsed >= 1'500 && elapsed < 8'000, qPrintable(QString::number(elapsed)));
}

void TestServerFaults::encryptedConnectionsOverTheNetwork() {
    const Finished tls = run(u"bash"_s, {clusterScript(), u"tls"_s, m_cluster});
    QVERIFY2(tls.exitCode == 0, qPrintable(describe(tls)));
    const QString tcp = tls.out.trimmed(); // postgresql://modelmarket@127.0.0.1:PORT/postgres
    QVERIFY2(tcp.startsWith(u"postgresql://modelmarket@127.0.0.1:"_s), qPrintable(tcp));
    // The socket moved with the port: PgTestDatabase makes its database through it.
    const Finished socket = run(u"bash"_s, {clusterScript(), u"url"_s, m_cluster});
    QVERIFY2(socket.exitCode == 0, qPrintable(describe(socket)));
    qputenv("MODELMARKET_TEST_PG_URL", socket.out.trimmed().toUtf8());
    PgTestDatabase server;
    MM_REQUIRE_PG_DATABASE(server);
    const QString database = tcp.left(tcp.lastIndexOf(u'/') + 1) + server.name();
    const QString checked =
        database + u"?sslmode=verify-full&sslrootcert="_s + m_cluster + u"/root.crt"_s;

    // The command line sets it up over the encrypted connection, and names it as given.
    const Finished ready = run(cli(), {u"--db"_s, checked, u"init"_s, u"--empty"_s});
    QVERIFY2(ready.exitCode == 0, qPrintable(describe(ready)));
    QVERIFY2(ready.out.contains(checked), qPrintable(describe(ready)));

    const QString encrypted = u"SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"_s;
    auto db = Database::open(checked);
    MM_VERIFY_OK(db);
    auto ssl = (*db)->query(encrypted, {}, u"asking about the connection"_s);
    MM_VERIFY_OK(ssl);
    QVERIFY(ssl->next() && ssl->value(0).toBool());
    auto worker = (*db)->openAnotherConnection();
    MM_VERIFY_OK(worker);
    auto workerSsl = (*worker)->query(encrypted, {}, u"asking about the connection"_s);
    MM_VERIFY_OK(workerSsl);
    QVERIFY(workerSsl->next() && workerSsl->value(0).toBool());

    // The server lets no plain connection in over TCP, and says so.
    auto plain = Database::open(database + u"?sslmode=disable"_s);
    QVERIFY(!plain);
    QVERIFY2(plain.error().toString().contains(u"no encryption"_s),
             qPrintable(plain.error().toString()));
    // A certificate that cannot be checked is refused, naming the file.
    const QString missing = m_dir.filePath(u"missing-root.crt"_s);
    auto unchecked = Database::open(database + u"?sslmode=verify-full&sslrootcert="_s + missing);
    QVERIFY(!unchecked);
    QVERIFY2(unchecked.error().toString().contains(missing),
             qPrintable(unchecked.error().toString()));
}

QTEST_MAIN(TestServerFaults)
#include "tst_serverfaults.moc"
