// The balancing tools' speed on the demo economy.
//
//   bench_balancing [--quick]
//
// 1. Sensitivity: 20 parameters × 2 directions × 200 runs × 36 months (41 forecasts with the
//    base) on the demo economy: target under 10 s on two cores.
// 2. Goal seek: the commercial price level that brings Commercial's share of revenue over the
//    horizon to a target between what the range's two ends give: target at most 12 forecasts.
//    And a parameter whose effect is smooth (commercial buyers' need per month against all
//    revenue in month 36).
//
// Prints each figure with PASS or MISS; exits 1 when any target is missed. --quick uses 40 runs.

#include "BenchReport.h"
#include "core/GoalSeek.h"
#include "core/Sensitivity.h"
#include "data/Database.h"
#include "data/EconomyGenerator.h"
#include "data/MarketStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QThread>
#include <cstdio>

using namespace mm;
using mm::bench::check;
using mm::bench::print;

namespace {

ForecastMetric metric(const QString& text) {
    auto parsed = ForecastMetric::parse(text);
    if (!parsed)
        qFatal("%s", qPrintable(parsed.error().toString()));
    return *parsed;
}

void seek(const MarketState& state, const ForecastSettings& forecast, const QString& parameter,
          const QString& metricText, const QString& from, const QString& to) {
    // The target lies between what the two ends give, so it is reachable by construction.
    GoalSeekSettings settings;
    settings.parameter = parameter;
    settings.metric = metric(metricText);
    settings.forecast = forecast;
    settings.from = from;
    settings.to = to;
    settings.maxForecasts = 30; // measure how many it takes, not where it is cut off
    const auto measureAt = [&](const QString& value) {
        auto outcomes =
            runScenarios(state, {{QStringLiteral("probe"), {{parameter, value}}}}, forecast);
        return pick(*settings.metric.evaluate(outcomes->at(1).result), Statistic::P50);
    };
    const qint64 low = measureAt(from);
    const qint64 high = measureAt(to);
    settings.target = low + (high - low) * 3 / 10;
    QElapsedTimer timer;
    timer.start();
    auto result = goalSeek(state, {}, settings);
    if (!result)
        qFatal("%s", qPrintable(result.error().toString()));
    print(QStringLiteral("goal seek %1 for %2 = %3 (ends give %4 and %5): %6")
              .arg(parameter, metricText, metricValueText(settings.metric, settings.target),
                   metricValueText(settings.metric, low), metricValueText(settings.metric, high),
                   result->message));
    print(QStringLiteral("  %1 s").arg(static_cast<double>(timer.elapsed()) / 1000.0, 0, 'f', 2));
    if (!result->reached) {
        bench::anyMissed() = true;
        print(QStringLiteral("goal seek did not reach its target  MISS"));
    }
    check(QStringLiteral("goal seek forecasts (at most 12)"),
          static_cast<double>(result->steps.size()), 12.5, QStringLiteral("forecasts"));
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("demo.sqlite")));
    if (!db || !createDemoEconomy(**db))
        qFatal("cannot create the demo economy");
    auto state = MarketStore(**db).loadCurrentState();
    if (!state)
        qFatal("%s", qPrintable(state.error().toString()));

    ForecastSettings forecast;
    forecast.months = 36;
    forecast.runs = quick ? 40 : 200;
    forecast.seed = state->config.marketSeed;
    print(QStringLiteral("demo economy: %1 listings, %2 buyers; %3 runs × %4 months per forecast, "
                         "%5 threads")
              .arg(state->listings.size())
              .arg(state->buyers.size())
              .arg(forecast.runs)
              .arg(forecast.months)
              .arg(QThread::idealThreadCount()));

    SensitivitySettings sensitivity;
    sensitivity.metric = metric(QStringLiteral("revenue"));
    sensitivity.forecast = forecast;
    QElapsedTimer timer;
    timer.start();
    auto tornado = runSensitivity(*state, {}, sensitivity);
    if (!tornado)
        qFatal("%s", qPrintable(tornado.error().toString()));
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    print(QStringLiteral("sensitivity: %1 parameters × 2 directions, %2 forecasts")
              .arg(tornado->rows.size())
              .arg(tornado->forecasts));
    for (const SensitivityRow& row : std::as_const(tornado->rows))
        print(QStringLiteral("  %1: %2 / %3")
                  .arg(row.path,
                       metricValueText(tornado->metric, row.lowEffect(tornado->baseMetric)),
                       metricValueText(tornado->metric, row.highEffect(tornado->baseMetric))));
    check(QStringLiteral("sensitivity, 20 parameters × 2 × %1 runs × 36 months").arg(forecast.runs),
          seconds, 10.0, QStringLiteral("s"));

    seek(*state, forecast, QStringLiteral("listingPricePercent.commercial"),
         QStringLiteral("tier-share:commercial"), QStringLiteral("60"), QStringLiteral("160"));
    seek(*state, forecast, QStringLiteral("demand.buyerTypes.commercial.needPerMonth"),
         QStringLiteral("revenue@36"), QStringLiteral("0.05"), QStringLiteral("0.2"));
    return bench::exitCode();
}
