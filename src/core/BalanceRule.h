#pragma once

#include "core/ForecastMetric.h"
#include "core/ScenarioComparison.h"

#include <QJsonObject>

namespace mm {

// "Enterprise share of revenue at month 24, p50, between 40% and 70%": a bound a designer keeps
// with the economy and checks after every change.
struct BalanceRule {
    qint64 id = 0;
    QString name;
    ForecastMetric metric;
    Statistic statistic = Statistic::P50;
    std::optional<qint64> minimum; // in the metric's unit: cents, basis points or months
    std::optional<qint64> maximum;

    Status validate() const;
    // "between 40.00 and 70.00", "at least 6", "at most 18".
    QString boundsText() const;
    QJsonObject toJson() const;
    static Result<BalanceRule> fromJson(const QJsonObject& json);
    bool operator==(const BalanceRule&) const = default;
};

struct BalanceOutcome {
    BalanceRule rule;
    Band band;           // the metric over the runs
    qint64 measured = 0; // the rule's statistic of the band
    bool passed = false;
    // Why it could not be measured (a lab that does not exist; then the band is empty), or why a
    // payback never reached within the horizon fails a maximum (then the band holds -1).
    QString problem;
};

// The horizon a forecast needs to measure every rule.
int balanceHorizon(const QList<BalanceRule>& rules, int horizon);
QList<BalanceOutcome> checkBalance(const QList<BalanceRule>& rules, const ForecastResult& result);

// One forecast of the economy with the overrides applied (none: as stored), long enough for every
// rule, and every rule measured on it. `settings.months` is the least horizon wanted.
Result<QList<BalanceOutcome>> runBalanceCheck(const MarketState& state,
                                              const QList<ParameterOverride>& overrides,
                                              const QList<BalanceRule>& rules,
                                              ForecastSettings settings,
                                              const AnalysisProgress& progress = {});

} // namespace mm
