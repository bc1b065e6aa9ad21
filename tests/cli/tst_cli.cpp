#include "CliRunner.h"
#include "FileChecks.h"
#include "TestStore.h"
#include "core/Money.h"
#include "data/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace mm;

namespace {

using mm::testing::fileHash;

// Revenue per tier computed straight from the tables, independently of the app's report code,
// over the months fromMonth..toMonth ("yyyy-MM", inclusive; empty: all).
QMap<QString, qint64> independentRevenueByTier(const QString& path, const QString& fromMonth = {},
                                               const QString& toMonth = {}) {
    QMap<QString, qint64> totals;
    auto db = Database::open(path, Database::ReadOnly);
    if (!db)
        return totals;
    const auto inRange = [&](const QString& month) {
        return (fromMonth.isEmpty() || month >= fromMonth) &&
               (toMonth.isEmpty() || month <= toMonth);
    };
    {
        QSqlQuery fees((*db)->sql());
        fees.exec(QStringLiteral("SELECT tier, fee_cents, substr(sold_on, 1, 7) FROM licenses"));
        while (fees.next()) {
            if (inRange(fees.value(2).toString()))
                totals[fees.value(0).toString()] += fees.value(1).toLongLong();
        }
        QSqlQuery usage((*db)->sql());
        usage.exec(QStringLiteral("SELECT l.tier, u.amount_cents, u.month FROM usage_charges u "
                                  "JOIN licenses l ON l.id = u.license_id"));
        while (usage.next()) {
            if (inRange(usage.value(2).toString()))
                totals[usage.value(0).toString()] += usage.value(1).toLongLong();
        }
    }
    return totals;
}

// The "total" of each row of a CSV report, by its first column.
QMap<QString, qint64> csvTotals(const QString& csvText) {
    QMap<QString, qint64> totals;
    const QStringList lines = csvText.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < lines.size(); ++i)
        totals[lines.at(i).section(u',', 0, 0)] =
            Money::parsePlain(lines.at(i).section(u',', -1)).value().cents();
    return totals;
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { MM_REQUIRE_STORE(m_store); }

    void versionAndHelpNeedNoDisplay() {
        const CliResult version = runCli({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith(QStringLiteral("modelmarket ")));
        const CliResult help = runCli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char* word :
             {"init", "import", "export", "report revenue", "check", "generate", "Exit codes"})
            QVERIFY2(help.out.contains(QLatin1StringView(word)), word);
    }

    void usageErrorsExitTwo() {
        // A mistyped subcommand is a usage error, not a new database file opened in a window.
        QCOMPARE(runCli({QStringLiteral("frobnicate")}, 30000, m_store.folder()).exitCode, 2);
        QVERIFY(!QFile::exists(m_store.filePath(QStringLiteral("frobnicate"))));
        const QString db = m_store.filePath(QStringLiteral("usage.sqlite"));
        QCOMPARE(
            runCli({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("revenue"),
                    QStringLiteral("--by"), QStringLiteral("planet")})
                .exitCode,
            2);
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("--format"),
                         QStringLiteral("xml"), QStringLiteral("check")})
                     .exitCode,
                 2);
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("generate"),
                         QStringLiteral("--models"), QStringLiteral("-5")})
                     .exitCode,
                 2);
    }

    void readingAnOlderFileSaysHowToUpgradeIt() {
        // export only reads, so it leaves an older file as it is and says what upgrades it.
        const QString db = m_store.filePath(QStringLiteral("older.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(MM_TEST_DATA_DIR) + QStringLiteral("/schema_v1.sqlite"),
                            db));
        QVERIFY(QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner));
        const QString json = m_store.filePath(QStringLiteral("older.json"));
        const QStringList exportIt{QStringLiteral("--db"), db, QStringLiteral("export"),
                                   QStringLiteral("economy"), json};
        const CliResult refused = runCli(exportIt);
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains(QStringLiteral("schema version 1 and needs version")),
                 qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QStringLiteral("opened only for reading")),
                 qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QStringLiteral("init' once")), qPrintable(refused.err));
        QVERIFY(!QFile::exists(json));

        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode, 0);
        const CliResult exported = runCli(exportIt);
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QVERIFY(QFileInfo(json).size() > 0);
    }

    void explicitDbInMissingFolderIsRefused() {
        // A typo in a folder name: nothing is created, the error names the folder, exit 3.
        const QString missing = m_store.filePath(QStringLiteral("no/such/folder"));
        const QString db = missing + QStringLiteral("/x.sqlite");
        for (const QStringList& command :
             {QStringList{QStringLiteral("init")},
              QStringList{QStringLiteral("generate"), QStringLiteral("--models"),
                          QStringLiteral("1"), QStringLiteral("--buyers"), QStringLiteral("1"),
                          QStringLiteral("--licenses"), QStringLiteral("0")},
              QStringList{QStringLiteral("clock"), QStringLiteral("advance"),
                          QStringLiteral("--days"), QStringLiteral("1")}}) {
            const CliResult result = runCli(QStringList{QStringLiteral("--db"), db} + command);
            QVERIFY2(result.exitCode == 3, qPrintable(command.join(u' ') + u'\n' + result.err));
            QVERIFY2(result.err.contains(QDir::toNativeSeparators(missing)),
                     qPrintable(result.err));
            QVERIFY2(result.err.contains(QStringLiteral("does not exist")), qPrintable(result.err));
            QVERIFY(!QFileInfo::exists(m_store.filePath(QStringLiteral("no"))));
        }
    }

    void defaultLocationCreatesItsFolder() {
        // Without --db the database lives under AppDataLocation, whose folders are the app's to
        // make on the first run.
        const QString dataHome = m_store.filePath(QStringLiteral("xdg-data"));
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(MM_APP_BINARY),
                      {QStringLiteral("init"), QStringLiteral("--empty")});
        QVERIFY(process.waitForFinished(120000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        QVERIFY(QFileInfo::exists(dataHome +
                                  QStringLiteral("/ModelMarket/modelmarket/modelmarket.sqlite")));
    }

    void initCreatesDemoEconomyThatPassesCheck() {
        const QString db = m_store.filePath(QStringLiteral("demo.sqlite"));
        const CliResult init = runCli({QStringLiteral("--db"), db, QStringLiteral("init")});
        QCOMPARE(init.exitCode, 0);
        QVERIFY(QFile::exists(db));
        const CliResult check = runCli({QStringLiteral("--db"), db, QStringLiteral("check")});
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));

        auto opened = Database::open(db, Database::ReadOnly);
        QVERIFY(opened);
        QSqlQuery q((*opened)->sql());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT (SELECT COUNT(*) FROM models), (SELECT COUNT(DISTINCT size_class) FROM "
            "models), (SELECT COUNT(DISTINCT architecture) FROM models), (SELECT COUNT(*) "
            "FROM buyers), (SELECT COUNT(DISTINCT type) FROM buyers), (SELECT COUNT(DISTINCT "
            "tier) FROM licenses), (SELECT COUNT(DISTINCT substr(sold_on, 1, 7)) FROM "
            "licenses), (SELECT COUNT(*) FROM research_projects), (SELECT COUNT(*) FROM "
            "training_jobs WHERE status = 'running')")));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toInt() >= 200);
        QCOMPARE(q.value(1).toInt(), 4);
        QCOMPARE(q.value(2).toInt(), 6);
        QVERIFY(q.value(3).toInt() >= 40);
        QCOMPARE(q.value(4).toInt(), 4);
        QCOMPARE(q.value(5).toInt(), 4);
        QCOMPARE(q.value(6).toInt(), 24);
        QVERIFY(q.value(7).toInt() > 0);
        QVERIFY(q.value(8).toInt() > 0);
    }

    void reportRevenueEqualsIndependentSums() {
        MM_STORE_LOCATION(
            db, m_store,
            made(QStringLiteral("report.sqlite"),
                 {QStringLiteral("generate"), QStringLiteral("--models"), QStringLiteral("60"),
                  QStringLiteral("--buyers"), QStringLiteral("20"), QStringLiteral("--licenses"),
                  QStringLiteral("800"), QStringLiteral("--seed"), QStringLiteral("7")}));
        const CliResult report =
            runCli({QStringLiteral("--db"), db, QStringLiteral("--format"), QStringLiteral("json"),
                    QStringLiteral("report"), QStringLiteral("revenue"), QStringLiteral("--by"),
                    QStringLiteral("tier")});
        QCOMPARE(report.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(report.out.toUtf8()).array();
        QCOMPARE(rows.size(), 4);
        const QMap<QString, qint64> expected = independentRevenueByTier(db);
        qint64 grand = 0;
        for (const QJsonValue& value : rows) {
            const QJsonObject row = value.toObject();
            const auto total = Money::parsePlain(row.value(QStringLiteral("total")).toString());
            QVERIFY(total);
            QCOMPARE(total->cents(), expected.value(row.value(QStringLiteral("tier")).toString()));
            grand += total->cents();
        }
        QVERIFY(grand > 0);

        // The same totals by month and by buyer type add up to the same grand total.
        for (const QString& by :
             {QStringLiteral("month"), QStringLiteral("buyer-type"), QStringLiteral("model")}) {
            const CliResult other = runCli({QStringLiteral("--db"), db, QStringLiteral("--format"),
                                            QStringLiteral("csv"), QStringLiteral("report"),
                                            QStringLiteral("revenue"), QStringLiteral("--by"), by});
            QCOMPARE(other.exitCode, 0);
            qint64 sum = 0;
            const QStringList lines = other.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
            for (qsizetype i = 1; i < lines.size(); ++i)
                sum += Money::parsePlain(lines.at(i).section(u',', -1)).value().cents();
            QCOMPARE(sum, grand);
        }
        // A range of whole months (read from the summary) and the same range given by days
        // inside those months, which must agree with sums over the raw rows. The day range
        // ending on 30 August is not whole months, so it takes the raw path: it differs only by
        // the fees of licenses sold on 31 August (usage counts by whole month either way).
        const auto tierReport = [&db](const QString& from, const QString& to) {
            return runCli({QStringLiteral("--db"), db, QStringLiteral("--format"),
                           QStringLiteral("csv"), QStringLiteral("report"),
                           QStringLiteral("revenue"), QStringLiteral("--by"),
                           QStringLiteral("tier"), QStringLiteral("--from"), from,
                           QStringLiteral("--to"), to});
        };
        const CliResult byMonths = tierReport(QStringLiteral("2024-03"), QStringLiteral("2024-08"));
        QCOMPARE(byMonths.exitCode, 0);
        const QMap<QString, qint64> monthsExpected =
            independentRevenueByTier(db, QStringLiteral("2024-03"), QStringLiteral("2024-08"));
        QVERIFY(!monthsExpected.isEmpty());
        for (auto it = monthsExpected.cbegin(); it != monthsExpected.cend(); ++it)
            QCOMPARE(csvTotals(byMonths.out).value(it.key()), it.value());
        const CliResult byDays =
            tierReport(QStringLiteral("2024-03-01"), QStringLiteral("2024-08-30"));
        QCOMPARE(byDays.exitCode, 0);
        qint64 lastDayFees = 0;
        {
            auto opened = Database::open(db, Database::ReadOnly);
            QVERIFY(opened);
            QSqlQuery q((*opened)->sql());
            QVERIFY(q.exec(QStringLiteral(
                "SELECT coalesce(SUM(fee_cents), 0) FROM licenses WHERE sold_on = '2024-08-31'")));
            QVERIFY(q.next());
            lastDayFees = q.value(0).toLongLong();
        }
        qint64 monthsSum = 0;
        qint64 daysSum = 0;
        for (qint64 cents : csvTotals(byMonths.out))
            monthsSum += cents;
        for (qint64 cents : csvTotals(byDays.out))
            daysSum += cents;
        QCOMPARE(daysSum, monthsSum - lastDayFees);

        // The table format prints a total line.
        const CliResult table =
            runCli({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("revenue"),
                    QStringLiteral("--by"), QStringLiteral("tier")});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains(Money::fromCents(grand).toPlainString()));
    }

    void exportImportRoundTrip() {
        const QString source = m_store.filePath(QStringLiteral("source.sqlite"));
        QCOMPARE(
            runCli({QStringLiteral("--db"), source, QStringLiteral("generate"),
                    QStringLiteral("--models"), QStringLiteral("40"), QStringLiteral("--buyers"),
                    QStringLiteral("12"), QStringLiteral("--licenses"), QStringLiteral("150")})
                .exitCode,
            0);
        const QString catalog = m_store.filePath(QStringLiteral("catalog.csv"));
        const CliResult exported = runCli({QStringLiteral("--db"), source, QStringLiteral("export"),
                                           QStringLiteral("catalog"), catalog});
        QCOMPARE(exported.exitCode, 0);
        QVERIFY2(exported.err.isEmpty(), qPrintable(exported.err)); // nothing stray on stderr
        const QString target = m_store.filePath(QStringLiteral("target.sqlite"));
        QCOMPARE(runCli({QStringLiteral("--db"), target, QStringLiteral("init"),
                         QStringLiteral("--empty")})
                     .exitCode,
                 0);
        const CliResult imported = runCli({QStringLiteral("--db"), target, QStringLiteral("import"),
                                           QStringLiteral("catalog"), catalog});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const CliResult again = runCli(
            {QStringLiteral("--db"), target, QStringLiteral("export"), QStringLiteral("catalog")});
        QCOMPARE(again.exitCode, 0);
        QFile original(catalog);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(again.out.toUtf8(), original.readAll());

        const QString economy = m_store.filePath(QStringLiteral("economy.json"));
        QCOMPARE(runCli({QStringLiteral("--db"), source, QStringLiteral("export"),
                         QStringLiteral("economy"), economy})
                     .exitCode,
                 0);
        const QString copy = m_store.filePath(QStringLiteral("copy.sqlite"));
        const CliResult loaded = runCli({QStringLiteral("--db"), copy, QStringLiteral("import"),
                                         QStringLiteral("economy"), economy});
        QVERIFY2(loaded.exitCode == 0, qPrintable(loaded.err));
        const CliResult reexported = runCli(
            {QStringLiteral("--db"), copy, QStringLiteral("export"), QStringLiteral("economy")});
        QFile json(economy);
        QVERIFY(json.open(QIODevice::ReadOnly));
        QCOMPARE(reexported.out.toUtf8(), json.readAll()); // byte for byte
    }

    void malformedEconomyIsRefusedWithItsPlace() {
        const QString db = emptyDatabase(QStringLiteral("badjson.sqlite"));
        const QString json =
            writeInput(QStringLiteral("broken.json"), "{\"config\": {},\n \"models\": [1, 2,]}");
        const QByteArray before = m_store.fingerprint(db);
        QVERIFY(!before.isEmpty());
        const CliResult result = runCli({QStringLiteral("--db"), db, QStringLiteral("import"),
                                         QStringLiteral("economy"), json});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(json) &&
                     result.err.contains(
                         QStringLiteral("line 2, column 18: expected a value (models[2])")),
                 qPrintable(result.err));
        QCOMPARE(m_store.fingerprint(db), before);

        // Cut short inside a record: the document never ends.
        const QString cut =
            writeInput(QStringLiteral("cut.json"), "{\"models\": [{\"id\": 1, \"na");
        const CliResult unterminated = runCli(
            {QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("economy"), cut});
        QCOMPARE(unterminated.exitCode, 1);
        QVERIFY2(unterminated.err.contains(QStringLiteral(
                     "line 1, column 23: the document ends inside a string (models[0])")),
                 qPrintable(unterminated.err));
        QCOMPARE(m_store.fingerprint(db), before);
    }

    void badCsvRowRejectsWholeImport() {
        const QString db = emptyDatabase(QStringLiteral("badcsv.sqlite"));
        const QString csv = writeInput(QStringLiteral("bad.csv"),
                                       "name,architecture,size_class,parameters,accuracy\r\n"
                                       "Good One,transformer,small,1000000000,50\r\n"
                                       "Bad One,transformer,small,1000000000,140\r\n"
                                       "Good Two,cnn,medium,5000000000,60\r\n");
        const QByteArray before = m_store.fingerprint(db);
        QVERIFY(!before.isEmpty());
        const CliResult result = runCli(
            {QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("catalog"), csv});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("3")) &&
                     result.err.contains(QStringLiteral("accuracy")),
                 qPrintable(result.err));
        QCOMPARE(m_store.fingerprint(db), before);
    }

    void economyBreakingCheckRulesIsRefusedUntouched() {
        MM_STORE_LOCATION(
            source, m_store,
            made(QStringLiteral("rules-source.sqlite"),
                 {QStringLiteral("generate"), QStringLiteral("--models"), QStringLiteral("30"),
                  QStringLiteral("--buyers"), QStringLiteral("8"), QStringLiteral("--licenses"),
                  QStringLiteral("100")}));
        const CliResult exported = runCli(
            {QStringLiteral("--db"), source, QStringLiteral("export"), QStringLiteral("economy")});
        QCOMPARE(exported.exitCode, 0);
        QJsonObject economy = QJsonDocument::fromJson(exported.out.toUtf8()).object();

        // A commercial license sold for nothing: every record is valid on its own, but the fee is
        // outside the range its terms allow, which `check` reports.
        QJsonArray licenses = economy.value(QStringLiteral("licenses")).toArray();
        qint64 id = 0;
        for (qsizetype i = 0; i < licenses.size() && id == 0; ++i) {
            QJsonObject license = licenses.at(i).toObject();
            if (license.value(QStringLiteral("tier")).toString() != QStringLiteral("commercial"))
                continue;
            id = license.value(QStringLiteral("id")).toInteger();
            license.insert(QStringLiteral("fee"), QStringLiteral("0.00"));
            licenses.replace(i, license);
        }
        QVERIFY(id > 0);
        economy.insert(QStringLiteral("licenses"), licenses);
        const QString json = m_store.filePath(QStringLiteral("rules-bad.json"));
        QFile file(json);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(economy).toJson());
        file.close();

        const QString db = emptyDatabase(QStringLiteral("rules.sqlite"));
        const QByteArray before = m_store.fingerprint(db);
        QVERIFY(!before.isEmpty());
        const CliResult result = runCli({QStringLiteral("--db"), db, QStringLiteral("import"),
                                         QStringLiteral("economy"), json});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(
            result.err.contains(
                QStringLiteral("license fee outside the price range it was sold under: 1 row(s) in "
                               "licenses, e.g. id %1")
                    .arg(id)),
            qPrintable(result.err));
        QVERIFY2(result.err.contains(QStringLiteral("nothing was imported")),
                 qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
        QCOMPARE(m_store.fingerprint(db), before);
        const CliResult check = runCli({QStringLiteral("--db"), db, QStringLiteral("check")});
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
    }

    void notSqliteAndNewerFilesAreRefusedUntouched() {
        const QString text = m_store.filePath(QStringLiteral("notes.sqlite"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("these are my notes, not a database\n");
        file.close();
        const QByteArray before = fileHash(text);
        const CliResult result = runCli({QStringLiteral("--db"), text, QStringLiteral("check")});
        QCOMPARE(result.exitCode, 3);
        QVERIFY(!result.err.isEmpty());
        QCOMPARE(fileHash(text), before);

        const QString newer = m_store.filePath(QStringLiteral("newer.sqlite"));
        QCOMPARE(runCli({QStringLiteral("--db"), newer, QStringLiteral("init"),
                         QStringLiteral("--empty")})
                     .exitCode,
                 0);
        {
            auto opened = Database::open(newer);
            QVERIFY(opened);
            QVERIFY((*opened)->exec(QStringLiteral("PRAGMA journal_mode=DELETE"),
                                    QStringLiteral("test")));
            QVERIFY(
                (*opened)->exec(QStringLiteral("PRAGMA user_version=999"), QStringLiteral("test")));
        }
        const QByteArray newerBefore = fileHash(newer);
        const CliResult refused = runCli({QStringLiteral("--db"), newer, QStringLiteral("generate"),
                                          QStringLiteral("--models"), QStringLiteral("1")});
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains(QStringLiteral("999")), qPrintable(refused.err));
        QCOMPARE(fileHash(newer), newerBefore);
    }

    void generateIsDeterministic() {
        const QString a = m_store.filePath(QStringLiteral("a.sqlite"));
        const QString b = m_store.filePath(QStringLiteral("b.sqlite"));
        for (const QString& path : {a, b}) {
            QCOMPARE(runCli({QStringLiteral("--db"), path, QStringLiteral("generate"),
                             QStringLiteral("--models"), QStringLiteral("30"),
                             QStringLiteral("--buyers"), QStringLiteral("8"),
                             QStringLiteral("--licenses"), QStringLiteral("100"),
                             QStringLiteral("--seed"), QStringLiteral("99")})
                         .exitCode,
                     0);
        }
        const CliResult ea = runCli(
            {QStringLiteral("--db"), a, QStringLiteral("export"), QStringLiteral("catalog")});
        const CliResult eb = runCli(
            {QStringLiteral("--db"), b, QStringLiteral("export"), QStringLiteral("catalog")});
        QCOMPARE(ea.exitCode, 0);
        QVERIFY(!ea.out.isEmpty());
        QCOMPARE(ea.out, eb.out);
        // Generating into a file that already has an economy is refused.
        QCOMPARE(runCli({QStringLiteral("--db"), a, QStringLiteral("generate"),
                         QStringLiteral("--models"), QStringLiteral("1")})
                     .exitCode,
                 1);
    }

private:
    // A new database with no economy in it, made by the binary itself.
    QString emptyDatabase(const QString& name) {
        const QString path = m_store.location(name);
        if (path.isEmpty())
            qWarning() << m_store.error();
        const CliResult made = runCli(
            {QStringLiteral("--db"), path, QStringLiteral("init"), QStringLiteral("--empty")});
        if (made.exitCode != 0)
            qWarning() << made.err;
        return path;
    }

    QString writeInput(const QString& name, const QByteArray& bytes) {
        const QString path = m_store.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qWarning() << "cannot write" << path;
        return path;
    }

    testing::TestStore m_store;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
