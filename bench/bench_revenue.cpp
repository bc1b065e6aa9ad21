// The revenue dashboard on ten million licenses: how long all of its data takes for the whole
// range, how long a filter change takes, and the same GROUP BY timed by the sqlite3 shell, over
// the raw licenses and over the revenue_monthly summary the dashboard reads.
//
//   bench_revenue [FILE]   (default /tmp/modelmarket-bench-10m.sqlite; made when missing)
//
// Making the file: generateEconomy writes a base economy (2,000 models, 400 buyers, 200,000
// licenses with 24 months of usage charges), then a bulk INSERT ... SELECT copies those licenses
// 49 more times at spread-out sale dates, to 10,000,000 licenses. The copies keep the model,
// buyer, tier, fee and terms of the license they copy, except that their `terms` snapshot is
// reduced to the tier key: the full snapshot would push the file past 5 GB and nothing here reads
// it. They get no usage charges (that would be a quarter of a billion rows). The triggers of
// schema step 2 keep revenue_monthly in step while the copies go in, as they would in the app.
//
// Targets: whole range under 1 s, a filter change under 0.5 s. Prints PASS/MISS per target;
// exits 1 when a target is missed, 3 when the file cannot be opened or made.

#include "core/EconomyConfig.h"
#include "data/Database.h"
#include "data/EconomyGenerator.h"
#include "data/RevenueQueries.h"
#include "data/RevenueReport.h"
#include "data/Transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <cstdio>
#include <functional>
#include <memory>

using namespace mm;

namespace {

constexpr qint64 kBaseLicenses = 200'000;
constexpr int kCopies = 49; // base + 49 copies = 10,000,000
// Set once the file is finished, so a run that was interrupted is not mistaken for one.
const QString kCompleteKey = QStringLiteral("bench.revenue");
constexpr double kWholeRangeTargetS = 1.0;
constexpr double kFilterTargetS = 0.5;

void print(const QString& text) {
    std::fputs(qPrintable(text + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

double seconds(const QElapsedTimer& timer) {
    return static_cast<double>(timer.nsecsElapsed()) / 1e9;
}

QString figure(double s) {
    return QString::number(s, 'f', 3) + QStringLiteral(" s");
}

// A failed run (negative time) misses its target too.
bool meets(double s, double target) {
    return s >= 0 && s < target;
}

QString verdict(double s, double target) {
    return meets(s, target) ? QStringLiteral("PASS (< %1 s)").arg(target)
                            : QStringLiteral("MISS (target %1 s)").arg(target);
}

qint64 scalar(Database& db, const QString& sql) {
    auto q = db.query(sql, {}, QStringLiteral("bench"));
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

Status makeFile(Database& db) {
    QElapsedTimer timer;
    timer.start();
    GeneratorOptions options;
    options.models = 2'000;
    options.buyers = 400;
    options.licenses = kBaseLicenses;
    options.seed = 10'000'000;
    options.firstMonth = QDate(2023, 1, 1);
    options.months = 24;
    options.usageCharges = true;
    int lastPercent = -1;
    Status made = generateEconomy(
        db, EconomyConfig::defaults(), options, [&](double share, const QString& stage) {
            const int percent = static_cast<int>(share * 100);
            if (percent / 10 != lastPercent / 10)
                print(QStringLiteral("  base economy: %1% (%2)").arg(percent).arg(stage));
            lastPercent = percent;
            return true;
        });
    if (!made)
        return made;
    print(QStringLiteral("  base economy in %1").arg(figure(seconds(timer))));

    // Copy k of license l is sold on a day spread over the two years by a fixed hash, so the file
    // is the same on every run. Term licenses expire a term after their new sale date.
    const qint64 base = scalar(db, QStringLiteral("SELECT MAX(id) FROM licenses"));
    const QString copy = QStringLiteral(
        "INSERT INTO licenses (model_id, buyer_id, tier, intended_use, sold_on, fee_cents, "
        "deployments, monthly_api_calls, usage_rate_cents_per_1000, term_months, terms, "
        "expires_on, status) SELECT model_id, buyer_id, tier, intended_use, sold, fee_cents, "
        "deployments, monthly_api_calls, usage_rate_cents_per_1000, term_months, "
        "json_object('tier', tier), CASE WHEN term_months > 0 THEN date(sold, '+' || "
        "term_months || ' months') END, CASE WHEN term_months > 0 AND date(sold, '+' || "
        "term_months || ' months') < '2025-01-01' THEN 'expired' ELSE 'active' END FROM ("
        "SELECT *, date('2023-01-01', '+' || ((id * 7919 + ? * 104729) % 731) || ' days') AS "
        "sold FROM licenses WHERE id <= ?) WHERE 1");
    for (int k = 1; k <= kCopies; ++k) {
        Transaction transaction(db, QStringLiteral("copying licenses"));
        auto q = db.query(copy, {k, base}, QStringLiteral("copying licenses"));
        if (!q)
            return q.error();
        if (auto done = transaction.commit(); !done)
            return done;
        if (k % 7 == 0)
            print(QStringLiteral("  copies: %1 of %2, %3 so far")
                      .arg(k)
                      .arg(kCopies)
                      .arg(figure(seconds(timer))));
    }
    if (auto done = db.exec(QStringLiteral("ANALYZE"), QStringLiteral("analyzing")); !done)
        return done;
    if (auto done = db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('%1', "
                                           "'complete')")
                                .arg(kCompleteKey),
                            QStringLiteral("marking the bench file complete"));
        !done)
        return done;
    print(QStringLiteral("  file made in %1").arg(figure(seconds(timer))));
    return Ok{};
}

// Runs `work` `runs` times; returns the first (cold) and the best time.
std::pair<double, double> timeRuns(int runs, const std::function<bool()>& work) {
    double first = -1;
    double best = 1e9;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!work())
            return {-1, -1};
        const double s = seconds(timer);
        if (first < 0)
            first = s;
        best = std::min(best, s);
    }
    return {first, best};
}

// The sqlite3 shell's own figure for one statement ("Run Time: real 1.234 ..."), or -1. The
// statement goes in on stdin: given as an argument after ".timer on", the shell runs it but
// prints no timing.
double shellSeconds(const QString& file, const QString& sql) {
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (shell.isEmpty())
        return -1;
    QProcess process;
    process.start(shell, {file});
    if (!process.waitForStarted())
        return -1;
    process.write(QStringLiteral(".timer on\n%1\n").arg(sql).toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(600'000))
        return -1;
    static const QRegularExpression real(QStringLiteral("Run Time: real ([0-9.]+)"));
    const auto match = real.match(QString::fromUtf8(process.readAllStandardOutput()));
    return match.hasMatch() ? match.captured(1).toDouble() : -1;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QString path = argc > 1 ? QString::fromLocal8Bit(argv[1])
                                  : QStringLiteral("/tmp/modelmarket-bench-10m.sqlite");
    const bool existed = QFileInfo::exists(path);
    auto opened = Database::open(path);
    if (!opened) {
        print(QStringLiteral("cannot open %1: %2").arg(path, opened.error().toString()));
        return 3;
    }
    Database& db = **opened;
    // A large page cache while the copies go in: four license indexes take random inserts.
    static_cast<void>(
        db.exec(QStringLiteral("PRAGMA cache_size = -1000000"), QStringLiteral("bench")));
    const bool complete =
        scalar(
            db,
            QStringLiteral("SELECT COUNT(*) FROM settings WHERE key = '%1'").arg(kCompleteKey)) ==
        1;
    if (!complete) {
        if (existed) {
            print(QStringLiteral("%1 is not a finished bench file; delete it first").arg(path));
            return 3;
        }
        print(QStringLiteral("making %1 ...").arg(path));
        if (Status made = makeFile(db); !made) {
            print(QStringLiteral("cannot make the file: %1").arg(made.error().toString()));
            return 3;
        }
    }
    static_cast<void>(
        db.exec(QStringLiteral("PRAGMA cache_size = -2000"), QStringLiteral("bench")));

    const qint64 licenses = scalar(db, QStringLiteral("SELECT COUNT(*) FROM licenses"));
    print(QString());
    print(QStringLiteral("file          %1 (%2 MB)")
              .arg(path)
              .arg(QFileInfo(path).size() / (1024 * 1024)));
    print(QStringLiteral("licenses      %L1").arg(licenses));
    print(QStringLiteral("usage charges %L1")
              .arg(scalar(db, QStringLiteral("SELECT COUNT(*) FROM usage_charges"))));
    print(QStringLiteral("models        %L1")
              .arg(scalar(db, QStringLiteral("SELECT COUNT(*) FROM models"))));
    print(QStringLiteral("summary rows  %L1")
              .arg(scalar(db, QStringLiteral("SELECT COUNT(*) FROM revenue_monthly"))));
    print(QString());

    // The dashboard reads on a connection of its own, as the worker does.
    auto reader = db.openAnotherConnection();
    if (!reader) {
        print(reader.error().toString());
        return 3;
    }
    Database& rdb = **reader;
    RevenueDashboardData whole;
    const auto [wholeCold, wholeBest] = timeRuns(3, [&] {
        auto data = loadRevenueDashboard(rdb, {});
        if (data)
            whole = *data;
        return data.ok();
    });
    RevenueFilter large;
    large.sizeClass = SizeClass::Large;
    const auto [largeCold, largeBest] =
        timeRuns(3, [&] { return loadRevenueDashboard(rdb, large).ok(); });
    RevenueFilter enterprise;
    enterprise.buyerType = BuyerType::Enterprise;
    enterprise.fromMonth = QDate(2024, 1, 1);
    enterprise.kind = RevenueKind::Fees;
    const auto [enterpriseCold, enterpriseBest] =
        timeRuns(3, [&] { return loadRevenueDashboard(rdb, enterprise).ok(); });
    const auto [rawCold, rawBest] =
        timeRuns(1, [&] { return revenue(rdb, RevenueGrouping::Tier).ok(); });

    print(
        QStringLiteral("dashboard (tier x month, every model, listings) — first run / best of 3"));
    print(QStringLiteral("  whole range                    %1 / %2   %3")
              .arg(figure(wholeCold), figure(wholeBest), verdict(wholeCold, kWholeRangeTargetS)));
    print(QStringLiteral("  size class = Large             %1 / %2   %3")
              .arg(figure(largeCold), figure(largeBest), verdict(largeCold, kFilterTargetS)));
    print(QStringLiteral("  enterprise buyers, 2024, fees  %1 / %2   %3")
              .arg(figure(enterpriseCold), figure(enterpriseBest),
                   verdict(enterpriseCold, kFilterTargetS)));
    print(QStringLiteral("  (total %1 over %L2 licenses)")
              .arg((whole.fees() + whole.usage()).toDisplayString())
              .arg(whole.licenses()));
    print(QStringLiteral("RevenueReport by tier over the raw rows (the CLI's report): %1")
              .arg(figure(rawCold)));
    print(QString());

    struct ShellQuery {
        const char* what;
        QString raw;
        QString summary;
    };
    const QList<ShellQuery> shellQueries{
        {"tier x month, whole range",
         QStringLiteral("SELECT tier, substr(sold_on, 1, 7), SUM(fee_cents), COUNT(*) FROM "
                        "licenses GROUP BY 1, 2;"),
         QStringLiteral("SELECT tier, month, SUM(fees_cents), SUM(licenses) FROM revenue_monthly "
                        "GROUP BY 1, 2;")},
        {"tier x month, size class = Large",
         QStringLiteral("SELECT l.tier, substr(l.sold_on, 1, 7), SUM(l.fee_cents), COUNT(*) FROM "
                        "licenses l JOIN models m ON m.id = l.model_id WHERE m.size_class = "
                        "'large' GROUP BY 1, 2;"),
         QStringLiteral("SELECT r.tier, r.month, SUM(r.fees_cents), SUM(r.licenses) FROM "
                        "revenue_monthly r JOIN models m ON m.id = r.model_id WHERE m.size_class "
                        "= 'large' GROUP BY 1, 2;")},
        {"revenue per model, whole range",
         QStringLiteral("SELECT model_id, SUM(fee_cents) FROM licenses GROUP BY 1;"),
         QStringLiteral("SELECT model_id, SUM(fees_cents) FROM revenue_monthly GROUP BY 1;")},
    };
    print(QStringLiteral("sqlite3 shell (.timer on), same file:      raw licenses   summary"));
    for (const ShellQuery& query : shellQueries) {
        const double raw = shellSeconds(path, query.raw);
        const double summary = shellSeconds(path, query.summary);
        print(QStringLiteral("  %1 %2   %3")
                  .arg(QString::fromLatin1(query.what), -38)
                  .arg(raw < 0 ? QStringLiteral("n/a") : figure(raw), 12)
                  .arg(summary < 0 ? QStringLiteral("n/a") : figure(summary), 8));
    }
    const bool allMet = meets(wholeCold, kWholeRangeTargetS) && meets(largeCold, kFilterTargetS) &&
                        meets(enterpriseCold, kFilterTargetS);
    print(allMet ? QStringLiteral("All targets met.") : QStringLiteral("Some targets missed."));
    return allMet ? 0 : 1;
}
