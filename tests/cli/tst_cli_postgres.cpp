// The real binary with --db postgresql://… against the throwaway test server
// (scripts/pg-test-cluster.sh): what a designer on a team server types, end to end.

#include "CliRunner.h"
#include "PgTestServer.h"
#include "data/Migrations.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mm::testing;
using namespace Qt::StringLiterals;

namespace {

QString describe(const CliResult& result) {
    return u"exit %1\nstdout: %2\nstderr: %3"_s.arg(result.exitCode).arg(result.out, result.err);
}

#define MM_VERIFY_EXIT(result, code)                                                               \
    QVERIFY2((result).exitCode == (code), qPrintable(describe(result)))

QByteArray fileBytes(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int tableCount(PgTestDatabase& server) {
    return server
        .scalar(u"SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"_s)
        .toInt();
}

} // namespace

class CliPostgresTest : public QObject {
    Q_OBJECT

private slots:
    void initSetsUpAnEmptyServerDatabase() {
        PgTestDatabase server;
        MM_REQUIRE_PG_DATABASE(server);
        const CliResult first = runCli({u"--db"_s, server.url(), u"init"_s, u"--empty"_s});
        MM_VERIFY_EXIT(first, 0);
        QVERIFY2(first.out.contains(u"Ready: %1 (schema version %2)"_s.arg(server.url())
                                        .arg(mm::kCurrentSchemaVersion)),
                 qPrintable(describe(first)));
        QCOMPARE(tableCount(server), 17);
        const CliResult again = runCli({u"--db"_s, server.url(), u"init"_s, u"--empty"_s});
        MM_VERIFY_EXIT(again, 0);
    }

    void initMakesTheDemoEconomyOnTheServer() {
        PgTestDatabase server;
        MM_REQUIRE_PG_DATABASE(server);
        const QStringList db{u"--db"_s, server.url()};
        const CliResult init = runCli(db + QStringList{u"init"_s});
        MM_VERIFY_EXIT(init, 0);
        // 240 of the studio and the labs, 20 more released by rival labs as the market played.
        QCOMPARE(server.scalar(u"SELECT count(*) FROM models"_s).toInt(), 260);
        QCOMPARE(server.scalar(u"SELECT count(*) FROM buyers"_s).toInt(), 160);
        // The market played the demo's two years of sales on the server.
        QVERIFY(server.scalar(u"SELECT count(*) FROM licenses"_s).toInt() > 0);
        QVERIFY(server.scalar(u"SELECT count(*) FROM scenarios"_s).toInt() > 0);
        MM_VERIFY_EXIT(runCli(db + QStringList{u"check"_s}), 0);
        // Run again on a database that holds an economy: opened, nothing added.
        MM_VERIFY_EXIT(runCli(db + QStringList{u"init"_s}), 0);
        QCOMPARE(server.scalar(u"SELECT count(*) FROM models"_s).toInt(), 260);

        // The demo played in a file is the same economy, row for row and id for id (the monthly
        // usage charges once took their ids in whichever order each backend scanned licenses).
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(u"demo.sqlite"_s);
        MM_VERIFY_EXIT(runCli({u"--db"_s, file, u"init"_s}), 0);
        const CliResult same = runCli({u"diff"_s, file, server.url()});
        MM_VERIFY_EXIT(same, 0);
        QVERIFY2(same.out.contains(u"The economies are the same."_s), qPrintable(describe(same)));
    }

    void generateWritesTheSameEconomyAsInAFile() {
        PgTestDatabase server;
        MM_REQUIRE_PG_DATABASE(server);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(u"generated.sqlite"_s);
        const QStringList generate{u"generate"_s, u"--models"_s, u"1200"_s,
                                   u"--buyers"_s, u"40"_s,       u"--licenses"_s,
                                   u"900"_s,      u"--seed"_s,   u"7"_s};
        MM_VERIFY_EXIT(runCli({u"--db"_s, file, u"init"_s, u"--empty"_s}), 0);
        MM_VERIFY_EXIT(runCli(QStringList{u"--db"_s, file} + generate), 0);
        const QStringList db{u"--db"_s, server.url()};
        MM_VERIFY_EXIT(runCli(db + QStringList{u"init"_s, u"--empty"_s}), 0);
        const CliResult generated = runCli(db + generate);
        MM_VERIFY_EXIT(generated, 0);
        QCOMPARE(server.scalar(u"SELECT count(*) FROM models"_s).toInt(), 1200);
        QCOMPARE(server.scalar(u"SELECT count(*) FROM licenses"_s).toInt(), 900);
        MM_VERIFY_EXIT(runCli(db + QStringList{u"check"_s}), 0);

        // Catalog and buyers exports of the two are byte for byte the same.
        for (const QString& table : {u"catalog"_s, u"buyers"_s}) {
            const QString fromFile = dir.filePath(table + u"-file.csv"_s);
            const QString fromServer = dir.filePath(table + u"-server.csv"_s);
            MM_VERIFY_EXIT(runCli({u"--db"_s, file, u"export"_s, table, fromFile}), 0);
            MM_VERIFY_EXIT(runCli(db + QStringList{u"export"_s, table, fromServer}), 0);
            QVERIFY(fileBytes(fromFile).count('\n') > 40);
            QCOMPARE(fileBytes(fromServer), fileBytes(fromFile));
        }
        // And so is everything else, the licenses' monthly usage charges included.
        QVERIFY(server.scalar(u"SELECT count(*) FROM usage_charges"_s).toInt() > 0);
        const CliResult same = runCli({u"diff"_s, file, server.url()});
        MM_VERIFY_EXIT(same, 0);
        QVERIFY2(same.out.contains(u"The economies are the same."_s), qPrintable(describe(same)));
    }

    void diffComparesAFileWithAServer() {
        PgTestDatabase server;
        MM_REQUIRE_PG_DATABASE(server);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(u"demo.sqlite"_s);
        MM_VERIFY_EXIT(runCli({u"--db"_s, file, u"init"_s}), 0);
        MM_VERIFY_EXIT(runCli({u"copy"_s, u"--from"_s, file, u"--to"_s, server.url()}), 0);
        const CliResult same = runCli({u"diff"_s, file, server.url()});
        MM_VERIFY_EXIT(same, 0);
        QVERIFY2(same.out.contains(u"The economies are the same."_s), qPrintable(describe(same)));

        MM_VERIFY_EXIT(
            runCli({u"--db"_s, server.url(), u"scenario"_s, u"create"_s, u"Server only"_s}), 0);
        const CliResult different = runCli({u"diff"_s, file, server.url()});
        MM_VERIFY_EXIT(different, 1);
        QVERIFY2(different.out.contains(u"Server only"_s), qPrintable(describe(different)));
        // A server that cannot be reached is a database error, never "different".
        QString missing = server.url();
        missing.replace(server.name(), server.name() + u"_missing"_s);
        MM_VERIFY_EXIT(runCli({u"diff"_s, file, missing}), 3);
    }

    void refusesADatabaseThatIsNotOurs() {
        PgTestDatabase server;
        MM_REQUIRE_PG_DATABASE(server);
        QVERIFY2(server.exec(u"CREATE TABLE invoices (id integer)"_s), qPrintable(server.error()));
        const CliResult result = runCli({u"--db"_s, server.url(), u"init"_s, u"--empty"_s});
        MM_VERIFY_EXIT(result, 3);
        QVERIFY2(result.err.contains(u"not set up by ModelMarket"_s), qPrintable(describe(result)));
        QVERIFY(result.err.contains(u"invoices"_s));
        QCOMPARE(tableCount(server), 1);
    }

    void refusesANewerSchema() {
        PgTestDatabase server;
        MM_REQUIRE_PG_DATABASE(server);
        MM_VERIFY_EXIT(runCli({u"--db"_s, server.url(), u"init"_s, u"--empty"_s}), 0);
        QVERIFY(server.exec(u"UPDATE modelmarket_schema SET version = 99"_s));
        const CliResult result = runCli({u"--db"_s, server.url(), u"clock"_s});
        MM_VERIFY_EXIT(result, 3);
        QVERIFY2(result.err.contains(u"schema version 99"_s), qPrintable(describe(result)));
    }

    void neverTakesAPasswordInTheUrl() {
        PgTestDatabase server;
        MM_REQUIRE_PG_DATABASE(server);
        QString url = server.url();
        url.replace(u"postgresql://modelmarket@"_s, u"postgresql://modelmarket:hunter2@"_s);
        const CliResult result = runCli({u"--db"_s, url, u"init"_s, u"--empty"_s});
        QVERIFY2(result.exitCode != 0, qPrintable(describe(result)));
        QVERIFY2(result.err.contains(u"~/.pgpass"_s), qPrintable(describe(result)));
        QVERIFY(!result.out.contains(u"hunter2"_s));
        QCOMPARE(tableCount(server), 0);
    }

    void commandsWorkOnTheServer() {
        PgTestDatabase server;
        MM_REQUIRE_PG_DATABASE(server);
        const QStringList db{u"--db"_s, server.url()};
        MM_VERIFY_EXIT(runCli(db + QStringList{u"init"_s, u"--empty"_s}), 0);

        const CliResult clock = runCli(db + QStringList{u"clock"_s});
        MM_VERIFY_EXIT(clock, 0);
        QVERIFY2(clock.out.contains(u"Game date: "_s), qPrintable(describe(clock)));

        const CliResult report =
            runCli(db + QStringList{u"report"_s, u"revenue"_s, u"--by"_s, u"tier"_s});
        MM_VERIFY_EXIT(report, 0);
        QVERIFY(report.out.contains(u"enterprise"_s));

        MM_VERIFY_EXIT(runCli(db + QStringList{u"scenario"_s, u"create"_s, u"Boom"_s}), 0);
        // Names are one per letter case, as in a file.
        const CliResult twin = runCli(db + QStringList{u"scenario"_s, u"create"_s, u"BOOM"_s});
        MM_VERIFY_EXIT(twin, 1);
        QVERIFY2(twin.err.contains(u"already a scenario called 'Boom'"_s),
                 qPrintable(describe(twin)));
        const CliResult list = runCli(db + QStringList{u"scenario"_s, u"list"_s});
        MM_VERIFY_EXIT(list, 0);
        QVERIFY2(list.out.contains(u"Boom"_s), qPrintable(describe(list)));
    }

    void theMarketSellsOnTheServer() {
        PgTestDatabase server;
        MM_REQUIRE_PG_DATABASE(server);
        // The demo's catalog and buyers, exported from a file and imported on the server.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(u"demo.sqlite"_s);
        MM_VERIFY_EXIT(runCli({u"--db"_s, file, u"init"_s}), 0);
        for (const QString& table : {u"catalog"_s, u"buyers"_s})
            MM_VERIFY_EXIT(runCli({u"--db"_s, file, u"export"_s, table, dir.filePath(table)}), 0);
        const QStringList db{u"--db"_s, server.url()};
        MM_VERIFY_EXIT(runCli(db + QStringList{u"init"_s, u"--empty"_s}), 0);
        for (const QString& table : {u"catalog"_s, u"buyers"_s}) {
            const CliResult imported =
                runCli(db + QStringList{u"import"_s, table, dir.filePath(table)});
            MM_VERIFY_EXIT(imported, 0);
        }
        QCOMPARE(server.scalar(u"SELECT count(*) FROM models"_s).toInt(), 260);

        // Training, the market's sales and the monthly usage, through the game clock.
        MM_VERIFY_EXIT(
            runCli(db + QStringList{u"train"_s, u"--name"_s, u"Atlas"_s, u"--size"_s, u"small"_s}),
            0);
        const CliResult clock =
            runCli(db + QStringList{u"clock"_s, u"advance"_s, u"--days"_s, u"120"_s});
        MM_VERIFY_EXIT(clock, 0);
        QVERIFY2(clock.out.contains(u"Atlas"_s), qPrintable(describe(clock)));
        QVERIFY(server.scalar(u"SELECT count(*) FROM licenses"_s).toInt() > 0);
        QVERIFY(server.scalar(u"SELECT count(*) FROM usage_charges"_s).toInt() > 0);

        // The summary the triggers keep agrees with the rows it sums.
        const QString fromSummary =
            server
                .scalar(u"SELECT sum(fees_cents) || '/' || sum(usage_cents) || '/' || "
                        "sum(licenses) || '/' || sum(usage_charges) FROM revenue_monthly"_s)
                .toString();
        const QString fromRows =
            server
                .scalar(u"SELECT (SELECT sum(fee_cents) FROM licenses) || '/' || (SELECT "
                        "sum(amount_cents) FROM usage_charges) || '/' || (SELECT count(*) FROM "
                        "licenses) || '/' || (SELECT count(*) FROM usage_charges)"_s)
                .toString();
        QVERIFY(!fromRows.isEmpty());
        QCOMPARE(fromSummary, fromRows);
        const CliResult report =
            runCli(db + QStringList{u"report"_s, u"revenue"_s, u"--by"_s, u"month"_s});
        MM_VERIFY_EXIT(report, 0);
        QVERIFY2(report.out.contains(u"2025-03"_s), qPrintable(describe(report)));
    }

    void theEconomyRoundTripsThroughTheServer() {
        PgTestDatabase server;
        MM_REQUIRE_PG_DATABASE(server);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(u"demo.sqlite"_s);
        const QString original = dir.filePath(u"original.json"_s);
        MM_VERIFY_EXIT(runCli({u"--db"_s, file, u"init"_s}), 0);
        MM_VERIFY_EXIT(runCli({u"--db"_s, file, u"export"_s, u"economy"_s, original}), 0);

        // File -> server: the same economy JSON back, and the server's checks pass.
        const QStringList db{u"--db"_s, server.url()};
        MM_VERIFY_EXIT(runCli(db + QStringList{u"init"_s, u"--empty"_s}), 0);
        const CliResult imported =
            runCli(db + QStringList{u"import"_s, u"economy"_s, original, u"--replace"_s});
        MM_VERIFY_EXIT(imported, 0);
        const CliResult check = runCli(db + QStringList{u"check"_s});
        MM_VERIFY_EXIT(check, 0);
        const QString fromServer = dir.filePath(u"server.json"_s);
        MM_VERIFY_EXIT(runCli(db + QStringList{u"export"_s, u"economy"_s, fromServer}), 0);
        QCOMPARE(fileBytes(fromServer), fileBytes(original));

        // Server -> a new file: still the same.
        const QString back = dir.filePath(u"back.sqlite"_s);
        const QString fromBack = dir.filePath(u"back.json"_s);
        MM_VERIFY_EXIT(runCli({u"--db"_s, back, u"init"_s, u"--empty"_s}), 0);
        MM_VERIFY_EXIT(
            runCli({u"--db"_s, back, u"import"_s, u"economy"_s, fromServer, u"--replace"_s}), 0);
        MM_VERIFY_EXIT(runCli({u"--db"_s, back, u"export"_s, u"economy"_s, fromBack}), 0);
        QCOMPARE(fileBytes(fromBack), fileBytes(original));
    }

    void copyMovesTheEconomyBothWays() {
        PgTestDatabase server;
        MM_REQUIRE_PG_DATABASE(server);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(u"demo.sqlite"_s);
        const QString original = dir.filePath(u"original.json"_s);
        MM_VERIFY_EXIT(runCli({u"--db"_s, file, u"init"_s}), 0);
        MM_VERIFY_EXIT(runCli({u"--db"_s, file, u"export"_s, u"economy"_s, original}), 0);

        // Into the empty server database: copy sets its schema up itself.
        const CliResult there = runCli({u"copy"_s, u"--from"_s, file, u"--to"_s, server.url()});
        MM_VERIFY_EXIT(there, 0);
        QVERIFY2(there.out.contains(u"Copied the economy"_s), qPrintable(describe(there)));
        const QString fromServer = dir.filePath(u"server.json"_s);
        MM_VERIFY_EXIT(runCli({u"--db"_s, server.url(), u"export"_s, u"economy"_s, fromServer}), 0);
        QCOMPARE(fileBytes(fromServer), fileBytes(original));

        // Again into the same database: refused without --replace, nothing changed.
        const CliResult again = runCli({u"copy"_s, u"--from"_s, file, u"--to"_s, server.url()});
        MM_VERIFY_EXIT(again, 1);
        QVERIFY2(again.err.contains(u"replace"_s), qPrintable(describe(again)));
        MM_VERIFY_EXIT(
            runCli({u"copy"_s, u"--from"_s, file, u"--to"_s, server.url(), u"--replace"_s}), 0);

        // Back into a new file.
        const QString back = dir.filePath(u"back.sqlite"_s);
        MM_VERIFY_EXIT(runCli({u"copy"_s, u"--from"_s, server.url(), u"--to"_s, back}), 0);
        const QString fromBack = dir.filePath(u"back.json"_s);
        MM_VERIFY_EXIT(runCli({u"--db"_s, back, u"export"_s, u"economy"_s, fromBack}), 0);
        QCOMPARE(fileBytes(fromBack), fileBytes(original));

        const CliResult usage = runCli({u"copy"_s, u"--from"_s, file});
        MM_VERIFY_EXIT(usage, 2);
    }

    void aReadOnlyRoleIsRefusedWritesClearly() {
        PgTestDatabase server;
        MM_REQUIRE_PG_DATABASE(server);
        MM_VERIFY_EXIT(runCli({u"--db"_s, server.url(), u"init"_s, u"--empty"_s}), 0);
        const QString role = server.name() + u"_viewer"_s;
        QVERIFY2(server.exec(u"CREATE ROLE %1 LOGIN; GRANT SELECT ON ALL TABLES IN SCHEMA public "
                             "TO %1"_s.arg(role)),
                 qPrintable(server.error()));
        const QStringList db{u"--db"_s, server.urlAs(role)};
        MM_VERIFY_EXIT(runCli(db + QStringList{u"scenario"_s, u"list"_s}), 0);
        const CliResult write = runCli(db + QStringList{u"scenario"_s, u"create"_s, u"Mine"_s});
        MM_VERIFY_EXIT(write, 3);
        QVERIFY2(write.err.contains(u"permission denied"_s), qPrintable(describe(write)));
        server.exec(u"DROP OWNED BY %1; DROP ROLE %1"_s.arg(role));
    }
};

QTEST_GUILESS_MAIN(CliPostgresTest)
#include "tst_cli_postgres.moc"
