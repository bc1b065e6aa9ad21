#pragma once

#include "core/ForecastReport.h"
#include "core/Scenario.h"

#include <functional>

namespace mm {

// Progress over a piece of work made of several forecasts, in runs; false cancels.
using AnalysisProgress = std::function<bool(qint64 runsDone, qint64 runsTotal)>;

// Cancellation is an ordinary outcome the caller shows, not a failure of the economy.
inline constexpr QLatin1StringView kRuleCancelled{"cancelled"};

struct ScenarioVariant {
    QString name;
    QList<ParameterOverride> overrides;
};

struct ScenarioOutcome {
    QString name;
    ForecastResult result;
};

// The base (no overrides) and each variant, forecast with the same seed and run numbers: common
// random numbers, so a difference between two is the change's effect and not noise, and a variant
// identical to the base gives exactly the base's numbers. The first outcome is the base.
Result<QList<ScenarioOutcome>> runScenarios(const MarketState& base,
                                            const QList<ScenarioVariant>& variants,
                                            const ForecastSettings& settings,
                                            const AnalysisProgress& progress = {});

enum class ComparisonGrouping { Tier, Year };

// Side by side: per tier (or per year and tier) and scenario, revenue p10/p50/p90, the change of
// p50 against the base and whether the p10–p90 bands overlap. The command line's
// `simulate --scenario` and the Compare view both show this table.
ForecastTable comparisonTable(const QList<ScenarioOutcome>& outcomes, ComparisonGrouping grouping);

} // namespace mm
