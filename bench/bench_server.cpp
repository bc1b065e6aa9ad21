// The catalog and the revenue dashboard on a PostgreSQL server over a local Unix socket, beside
// the same work on SQLite files: the catalog model (CatalogModel, as the window uses it) on
// 1,000,000 models, and loadRevenueDashboard on 10,000,000 licenses.
//
//   bench_server [URL] [--only catalog|dashboard]
//       URL: else MODELMARKET_BENCH_PG_URL, else a throwaway cluster of
//       scripts/pg-test-cluster.sh, stopped at the end
//
// The URL names any database on the server (postgres); the bench makes its own databases there,
// mm_bench_catalog and mm_bench_revenue, and reuses them on later runs. The catalog is filled by
// generateEconomy (the product's path, many rows per INSERT on a server); the licenses as
// bench_revenue does on SQLite: a generated base economy (2,000 models, 400 buyers, 200,000
// licenses with usage charges), then 49 copies of its licenses at spread-out sale dates made by
// one INSERT ... SELECT each on the server, the revenue triggers keeping revenue_monthly in step.
// ANALYZE runs after each fill. The SQLite side reads /tmp/modelmarket-bench-1m.sqlite (made by
// bench_catalog, or here when missing) and /tmp/modelmarket-bench-10m.sqlite (made by
// bench_revenue; n/a when missing).
//
// Targets, for both engines: first rows < 0.3 s, jump and sort < 0.5 s, filter < 0.5 s, the
// dashboard < 1 s (a filter change < 0.5 s). Exits 1 when the server misses one, 3 when it
// cannot be reached or filled.

#include "BenchReport.h"
#include "core/EconomyConfig.h"
#include "data/Database.h"
#include "data/EconomyGenerator.h"
#include "data/ModelRepository.h"
#include "data/RevenueQueries.h"
#include "data/ServerAddress.h"
#include "data/Transaction.h"
#include "models/CatalogModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <functional>
#include <memory>

using namespace mm;

namespace {

constexpr qint64 kModels = 1'000'000;
constexpr int kTimeoutMs = 120'000;
const QString kComplete = QStringLiteral("bench.complete");
const QString kScript = QStringLiteral(MM_SOURCE_DIR "/scripts/pg-test-cluster.sh");

using bench::print;

double msSince(const QElapsedTimer& timer) {
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

// Runs the event loop until `done` holds; false on timeout.
bool waitUntil(const std::function<bool()>& done) {
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(kTimeoutMs, &loop, [&] { loop.exit(1); });
    poll.start();
    return loop.exec() == 0;
}

bool waitForRow(CatalogModel& model, int row) {
    return waitUntil([&] {
        if (row >= model.rowCount())
            return false;
        static_cast<void>(model.data(model.index(row, 0)));
        return model.isRowLoaded(row);
    });
}

struct Figure {
    QString what;
    double targetMs = 0;
    double sqliteMs = -1; // -1: not measured
    double serverMs = -1;
};

// The same steps as bench_catalog, on one database; ms per step, -1 for a timeout.
QList<double> measureCatalog(Database& db, QStringList* names, QList<double>* targets) {
    QList<double> ms;
    std::unique_ptr<CatalogModel> model;
    auto measure = [&](const QString& what, double targetMs, const std::function<void()>& start,
                       const std::function<bool()>& done) {
        QElapsedTimer timer;
        timer.start();
        start();
        const bool ok = waitUntil(done);
        ms.append(ok ? msSince(timer) : -1);
        if (names) {
            names->append(what);
            targets->append(targetMs);
        }
    };
    auto rowLoaded = [&](std::function<int()> row) {
        return [&model, row] { return waitForRow(*model, row()); };
    };
    auto counted = [&] {
        if (!model->isRowCountKnown() || model->rowCount() == 0)
            return false;
        static_cast<void>(model->data(model->index(0, 0)));
        return model->isRowLoaded(0);
    };
    auto last = [&] { return model->rowCount() - 1; };
    measure(
        QStringLiteral("first rows (count + row 0)"), 300,
        [&] { model = std::make_unique<CatalogModel>(db); }, counted);
    const int rows = model->rowCount();
    measure(
        QStringLiteral("jump to last row"), 500, [] {}, rowLoaded(last));
    measure(
        QStringLiteral("jump to middle row"), 500, [] {}, rowLoaded([rows] { return rows / 2; }));
    measure(
        QStringLiteral("sort by composite"), 500,
        [&] { model->sort(catalogSection(CatalogColumn::Composite), Qt::AscendingOrder); },
        rowLoaded([] { return 0; }));
    measure(
        QStringLiteral("  then jump to last row"), 500, [] {}, rowLoaded(last));
    measure(
        QStringLiteral("sort by name desc"), 500,
        [&] { model->sort(catalogSection(CatalogColumn::Name), Qt::DescendingOrder); },
        rowLoaded([] { return 0; }));
    measure(
        QStringLiteral("  then jump to row 250,000"), 500, [] {},
        rowLoaded([] { return 250'000; }));
    measure(
        QStringLiteral("filter text \"Nova\" (count + row 0)"), 500,
        [&] {
            CatalogFilter filter;
            filter.text = QStringLiteral("Nova");
            model->setFilter(filter);
        },
        counted);
    measure(
        QStringLiteral("  then jump to last row"), 500, [] {}, rowLoaded(last));
    measure(
        QStringLiteral("filter size class Large (count + row 0)"), 500,
        [&] {
            CatalogFilter filter;
            filter.sizeClass = SizeClass::Large;
            model->setFilter(filter);
        },
        counted);
    measure(
        QStringLiteral("  then jump to last row"), 500, [] {}, rowLoaded(last));
    return ms;
}

QList<double> measureDashboard(Database& db, QStringList* names, QList<double>* targets) {
    QList<double> ms;
    auto measure = [&](const QString& what, double targetMs, const RevenueFilter& filter) {
        QElapsedTimer timer;
        timer.start();
        const bool ok = loadRevenueDashboard(db, filter).ok();
        ms.append(ok ? msSince(timer) : -1);
        if (names) {
            names->append(what);
            targets->append(targetMs);
        }
    };
    measure(QStringLiteral("dashboard, whole range (first run)"), 1000, {});
    RevenueFilter large;
    large.sizeClass = SizeClass::Large;
    measure(QStringLiteral("dashboard, size class = Large"), 500, large);
    RevenueFilter enterprise;
    enterprise.buyerType = BuyerType::Enterprise;
    enterprise.fromMonth = QDate(2023, 1, 1).addMonths(12);
    enterprise.kind = RevenueKind::Fees;
    measure(QStringLiteral("dashboard, enterprise, 2024, fees"), 500, enterprise);
    return ms;
}

// SQL run as the server's user on database `name` (or the URL's own database when empty).
bool adminExec(const ServerAddress& server, const QString& name, const QString& sql,
               QVariant* first = nullptr) {
    bool ok = false;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
        db.setDatabaseName(name.isEmpty() ? server.database : name);
        db.setHostName(server.host);
        if (server.port != 0)
            db.setPort(server.port);
        db.setUserName(server.user);
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(sql);
            if (!ok)
                print(query.lastError().text());
            else if (first && query.next())
                *first = query.value(0);
        } else {
            print(db.lastError().text());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("admin"));
    return ok;
}

// The bench's database `name` on the server, made when missing; its URL.
QString benchDatabase(const ServerAddress& server, const QString& name) {
    QVariant exists;
    adminExec(server, {},
              QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = '%1'").arg(name),
              &exists);
    if (exists.toInt() == 0 &&
        !adminExec(server, {}, QStringLiteral("CREATE DATABASE %1").arg(name)))
        return {};
    ServerAddress address = server;
    address.database = name;
    return address.toUrl();
}

bool isComplete(Database& db) {
    auto q = db.query(QStringLiteral("SELECT count(*) FROM settings WHERE key = ?"), {kComplete},
                      QStringLiteral("bench"));
    return q && q->next() && q->value(0).toInt() == 1;
}

Status markComplete(Database& db) {
    if (auto done = db.exec(QStringLiteral("ANALYZE"), QStringLiteral("analyzing")); !done)
        return done;
    auto q = db.query(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, 'yes')"),
                      {kComplete}, QStringLiteral("bench"));
    return q ? Status(Ok{}) : Status(q.error());
}

Status generate(Database& db, const GeneratorOptions& options, const QString& what) {
    QElapsedTimer timer;
    timer.start();
    int lastTenth = -1;
    Status done = generateEconomy(db, EconomyConfig::defaults(), options,
                                  [&](double share, const QString& stage) {
                                      const int tenth = static_cast<int>(share * 10);
                                      if (tenth != lastTenth)
                                          print(QStringLiteral("  %1: %2% %3 (%4 s)")
                                                    .arg(what)
                                                    .arg(tenth * 10)
                                                    .arg(stage)
                                                    .arg(msSince(timer) / 1000, 0, 'f', 1));
                                      lastTenth = tenth;
                                      return true;
                                  });
    if (done)
        print(QStringLiteral("  %1 generated in %2 s")
                  .arg(what)
                  .arg(msSince(timer) / 1000, 0, 'f', 1));
    return done;
}

Status fillCatalog(Database& db) {
    if (isComplete(db))
        return Ok{};
    auto count = ModelRepository(db).count();
    if (!count)
        return count.error();
    if (*count > 0)
        return makeError(QStringLiteral("an unfinished bench database; drop it first"), db.path(),
                         QStringLiteral("bench"));
    GeneratorOptions options;
    options.models = kModels;
    options.buyers = 200;
    options.licenses = 0;
    options.usageCharges = false;
    options.seed = 20251115;
    if (auto done = generate(db, options, QStringLiteral("1,000,000 models")); !done)
        return done;
    return markComplete(db);
}

Status fillLicenses(Database& db) {
    if (isComplete(db))
        return Ok{};
    auto count = ModelRepository(db).count();
    if (!count)
        return count.error();
    if (*count > 0)
        return makeError(QStringLiteral("an unfinished bench database; drop it first"), db.path(),
                         QStringLiteral("bench"));
    GeneratorOptions options;
    options.models = 2'000;
    options.buyers = 400;
    options.licenses = 200'000;
    options.seed = 10'000'000;
    options.firstMonth = QDate(2023, 1, 1);
    options.months = 24;
    options.usageCharges = true;
    if (auto done = generate(db, options, QStringLiteral("base economy")); !done)
        return done;
    // As bench_revenue's copies, in PostgreSQL's date arithmetic.
    const QString copy = QStringLiteral(
        "INSERT INTO licenses (model_id, buyer_id, tier, intended_use, sold_on, fee_cents, "
        "deployments, monthly_api_calls, usage_rate_cents_per_1000, term_months, terms, "
        "expires_on, status) SELECT model_id, buyer_id, tier, intended_use, sold, fee_cents, "
        "deployments, monthly_api_calls, usage_rate_cents_per_1000, term_months, "
        "json_build_object('tier', tier)::text, CASE WHEN term_months > 0 THEN "
        "to_char(sold::date + make_interval(months => term_months::int), 'YYYY-MM-DD') END, "
        "CASE WHEN term_months > 0 AND sold::date + make_interval(months => term_months::int) < "
        "date '2025-01-01' THEN 'expired' ELSE 'active' END FROM (SELECT *, to_char(date "
        "'2023-01-01' + ((id * 7919 + ? * 104729) % 731)::int, 'YYYY-MM-DD') AS sold FROM "
        "licenses WHERE id <= ?) AS base");
    QElapsedTimer timer;
    timer.start();
    for (int k = 1; k <= 49; ++k) {
        Transaction transaction(db, QStringLiteral("copying licenses"));
        auto q = db.query(copy, {k, 200'000}, QStringLiteral("copying licenses"));
        if (!q)
            return q.error();
        if (auto done = transaction.commit(); !done)
            return done;
        if (k % 7 == 0)
            print(QStringLiteral("  copies: %1 of 49 (%2 s)")
                      .arg(k)
                      .arg(msSince(timer) / 1000, 0, 'f', 1));
    }
    return markComplete(db);
}

QString cell(double ms) {
    return ms < 0 ? QStringLiteral("n/a") : QString::number(ms, 'f', 1);
}

QString verdict(double ms, double target) {
    if (ms < 0)
        return QStringLiteral("-");
    return ms < target ? QStringLiteral("PASS") : QStringLiteral("MISS");
}

void printTable(const QList<Figure>& figures) {
    print(QStringLiteral("%1 %2 %3 %4 %5 %6")
              .arg(QStringLiteral("operation (ms)"), -42)
              .arg(QStringLiteral("SQLite"), 9)
              .arg(QStringLiteral(""), 5)
              .arg(QStringLiteral("PostgreSQL"), 11)
              .arg(QStringLiteral(""), 5)
              .arg(QStringLiteral("target")));
    for (const Figure& f : figures) {
        print(QStringLiteral("%1 %2 %3 %4 %5 < %6")
                  .arg(f.what, -42)
                  .arg(cell(f.sqliteMs), 9)
                  .arg(verdict(f.sqliteMs, f.targetMs), 5)
                  .arg(cell(f.serverMs), 11)
                  .arg(verdict(f.serverMs, f.targetMs), 5)
                  .arg(f.targetMs, 0, 'f', 0));
        if (f.serverMs < 0 || f.serverMs >= f.targetMs)
            bench::anyMissed() = true;
    }
}

std::unique_ptr<Database> openOrSay(const QString& path) {
    auto opened = Database::open(path);
    if (!opened) {
        print(QStringLiteral("cannot open %1: %2").arg(path, opened.error().toString()));
        return nullptr;
    }
    return std::move(opened).value();
}

int run(const QString& url, const QString& only) {
    auto server = ServerAddress::parse(url);
    if (!server) {
        print(server.error().toString());
        return 3;
    }
    print(QStringLiteral("server: %1").arg(server->toUrl()));
    const QString catalogUrl = benchDatabase(*server, QStringLiteral("mm_bench_catalog"));
    const QString revenueUrl = benchDatabase(*server, QStringLiteral("mm_bench_revenue"));
    if (catalogUrl.isEmpty() || revenueUrl.isEmpty())
        return 3;

    QList<Figure> figures;
    if (only != QStringLiteral("dashboard")) {
        auto pg = openOrSay(catalogUrl);
        if (!pg)
            return 3;
        if (auto filled = fillCatalog(*pg); !filled) {
            print(QStringLiteral("cannot fill the catalog: %1").arg(filled.error().toString()));
            return 3;
        }
        QStringList names;
        QList<double> targets;
        const QList<double> serverMs = measureCatalog(*pg, &names, &targets);
        QList<double> sqliteMs(serverMs.size(), -1);
        const QString file = QStringLiteral("/tmp/modelmarket-bench-1m.sqlite");
        if (auto sqlite = openOrSay(file)) {
            if (auto filled = fillCatalog(*sqlite); filled)
                sqliteMs = measureCatalog(*sqlite, nullptr, nullptr);
        }
        for (qsizetype i = 0; i < names.size(); ++i)
            figures.append({names[i], targets[i], sqliteMs.value(i, -1), serverMs[i]});
    }
    if (only != QStringLiteral("catalog")) {
        auto pg = openOrSay(revenueUrl);
        if (!pg)
            return 3;
        if (auto filled = fillLicenses(*pg); !filled) {
            print(QStringLiteral("cannot fill the licenses: %1").arg(filled.error().toString()));
            return 3;
        }
        QStringList names;
        QList<double> targets;
        const QList<double> serverMs = measureDashboard(*pg, &names, &targets);
        QList<double> sqliteMs(serverMs.size(), -1);
        const QString file = QStringLiteral("/tmp/modelmarket-bench-10m.sqlite");
        if (QFileInfo::exists(file)) {
            if (auto sqlite = openOrSay(file))
                sqliteMs = measureDashboard(*sqlite, nullptr, nullptr);
        }
        for (qsizetype i = 0; i < names.size(); ++i)
            figures.append({names[i], targets[i], sqliteMs.value(i, -1), serverMs[i]});
    }
    print(QString());
    printTable(figures);
    print(bench::anyMissed() ? QStringLiteral("Some server targets missed.")
                             : QStringLiteral("All server targets met."));
    return bench::exitCode();
}

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString only;
    if (const qsizetype at = args.indexOf(QStringLiteral("--only"));
        at >= 0 && at + 1 < args.size()) {
        only = args.at(at + 1);
        args.remove(at, 2);
    }
    QString url = !args.isEmpty() ? args.front() : qEnvironmentVariable("MODELMARKET_BENCH_PG_URL");
    QString cluster;
    if (url.isEmpty()) {
        QProcess start;
        start.start(kScript, {QStringLiteral("start")});
        if (!start.waitForFinished(120'000) || start.exitCode() != 0) {
            print(QStringLiteral("cannot start a cluster with %1: %2")
                      .arg(kScript, QString::fromLocal8Bit(start.readAllStandardError())));
            return 3;
        }
        cluster = QString::fromLocal8Bit(start.readAllStandardOutput()).trimmed();
        QProcess address;
        address.start(kScript, {QStringLiteral("url"), cluster});
        address.waitForFinished();
        url = QString::fromLocal8Bit(address.readAllStandardOutput()).trimmed();
    }
    const int code = run(url, only);
    if (!cluster.isEmpty()) {
        QProcess stop;
        stop.start(kScript, {QStringLiteral("stop"), cluster});
        stop.waitForFinished(60'000);
    }
    return code;
}
