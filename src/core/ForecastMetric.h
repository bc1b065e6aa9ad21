#pragma once

#include "core/Forecast.h"
#include "core/ForecastReport.h"

#include <QString>

namespace mm {

// What a sensitivity run, a goal seek or a balance rule measures on a forecast.
enum class MetricKind {
    Revenue,           // all tiers, in month M (or over the horizon)
    CumulativeRevenue, // all tiers, months 1..M
    TierRevenue,       // one tier, in month M (or over the horizon)
    TierShare,         // one tier's share of revenue in month M (or over the horizon)
    Payback,           // months a size class's median model takes to pay back its training
    LabRevenue,        // one lab, months 1..M (or over the horizon)
    LabShare,          // one lab's share of revenue, months 1..M (or over the horizon)
};

enum class Statistic { P10, P50, P90 };

QString statisticKey(Statistic statistic); // "p10", "p50", "p90"
std::optional<Statistic> statisticFromKey(QStringView key);
qint64 pick(const Band& band, Statistic statistic);

// A metric in text form, as the command line and the database keep it:
//   revenue@24, cumulative-revenue@36, tier-revenue:enterprise@24, tier-share:enterprise@24,
//   payback:medium, lab-revenue:Helix Labs@36, lab-share:Quasar AI
// "@M" is the month counted from the forecast's first month (1-based); without it the metric is
// taken over the whole horizon.
struct ForecastMetric {
    MetricKind kind = MetricKind::Revenue;
    int key = 0;   // tier or size class (index of the enum)
    QString lab;   // LabRevenue, LabShare
    int month = 0; // 1-based; 0: the whole horizon

    static Result<ForecastMetric> parse(QStringView text);
    QString toText() const;
    // For people: "Enterprise share of revenue, month 24".
    QString label() const;
    ForecastCell unit() const; // Money, Percent (basis points) or Months
    // The horizon a forecast needs for this metric, given the horizon asked for otherwise.
    int monthsNeeded(int horizon) const;

    // The metric's band over the runs. Payback not reached within the horizon is -1 in the band.
    Result<Band> evaluate(const ForecastResult& result) const;
    bool operator==(const ForecastMetric&) const = default;
};

// A metric value as a number to compare and move towards a target: payback never reached counts
// as one month past the horizon, so "later" stays "larger".
qint64 comparableValue(const ForecastMetric& metric, qint64 value, int horizon);

// Metric values in the units people type and read: dollars "1234.56", percent "40.00", months "6".
QString metricValueText(const ForecastMetric& metric, qint64 value);
Result<qint64> parseMetricValue(const ForecastMetric& metric, QStringView text);

} // namespace mm
