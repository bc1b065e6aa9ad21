#pragma once

#include "core/ForecastMetric.h"
#include "core/ScenarioComparison.h"

namespace mm {

struct GoalSeekSettings {
    QString parameter; // path
    ForecastMetric metric;
    Statistic statistic = Statistic::P50;
    qint64 target = 0; // in the metric's unit
    // The range searched; empty: half to one and a half times the current value.
    QString from;
    QString to;
    double tolerancePercent = 1.0; // of the target; never tighter than one unit of the metric
    int maxForecasts = 12;
    ForecastSettings forecast;
};

struct GoalSeekStep {
    QString value;
    qint64 measured = 0;
};

struct GoalSeekResult {
    bool reached = false;
    QString value;       // the parameter value found (the closest one tried when not reached)
    Band band;           // the metric's band at that value
    qint64 measured = 0; // the chosen statistic at that value
    qint64 tolerance = 0;
    QList<GoalSeekStep> steps; // every forecast, in order
    QString message;           // for people: what was found, or why the target is out of reach
};

// Finds the parameter value at which the metric's statistic reaches the target, on seeded
// forecasts (the same seed at every step, so the metric is a deterministic function of the value):
// the range's two ends first, then false position with the Illinois correction, which needs far
// fewer forecasts than bisection on a smooth metric and never leaves the bracket.
Result<GoalSeekResult> goalSeek(const MarketState& base, const QList<ParameterOverride>& scenario,
                                const GoalSeekSettings& settings,
                                const AnalysisProgress& progress = {});

} // namespace mm
