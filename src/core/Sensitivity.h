#pragma once

#include "core/ForecastMetric.h"
#include "core/ScenarioComparison.h"

namespace mm {

struct SensitivitySettings {
    QStringList parameters; // paths; empty: defaultSensitivityParameters()
    double percent = 10.0;  // each parameter moved down and up by this share of its value
    ForecastMetric metric;
    Statistic statistic = Statistic::P50;
    ForecastSettings forecast;
};

struct SensitivityRow {
    QString path;
    QString baseValue;
    QString lowValue;  // the value moved down
    QString highValue; // the value moved up
    qint64 lowMetric = 0;
    qint64 highMetric = 0;
    // Why a direction could not be measured (the moved value breaks an economy rule); its metric
    // then equals the base's and counts as no effect.
    QString lowProblem;
    QString highProblem;

    qint64 lowEffect(qint64 base) const { return lowMetric - base; }
    qint64 highEffect(qint64 base) const { return highMetric - base; }
    qint64 swing(qint64 base) const;
};

struct SensitivityResult {
    ForecastMetric metric;
    Statistic statistic = Statistic::P50;
    double percent = 10.0;
    int horizon = 0;
    qint64 baseMetric = 0;
    QList<SensitivityRow> rows; // largest swing first; no effect last
    int forecasts = 0;
};

// A useful first choice when the designer picks nothing: tier prices and rates, and how buyers
// decide (20 parameters).
QStringList defaultSensitivityParameters();

// Moves each parameter of `scenario` (the base economy when it has no overrides) by ±percent and
// forecasts the metric, all with the same seed, so each effect is the parameter's alone.
Result<SensitivityResult> runSensitivity(const MarketState& base,
                                         const QList<ParameterOverride>& scenario,
                                         const SensitivitySettings& settings,
                                         const AnalysisProgress& progress = {});

// The tornado's table: parameter, values, metric down/up, effects.
ForecastTable sensitivityTable(const SensitivityResult& result);

} // namespace mm
