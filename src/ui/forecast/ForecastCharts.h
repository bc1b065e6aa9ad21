#pragma once

#include "core/Forecast.h"
#include "core/ScenarioComparison.h"
#include "core/Sensitivity.h"
#include "data/RevenueQueries.h"
#include "ui/revenue/RevenueCharts.h"

#include <QLocale>

namespace mm::forecastcharts {

// Fan charts of a forecast: pure functions of their input, like the revenue charts. A fan is the
// p50 line with the p10–p90 band shaded around it.

// Revenue of each paid tier per month, one fan per tier. With `logarithmic`, the value axis is
// logarithmic so a small tier stays readable beside a large one.
BuiltChart tierFans(const ForecastResult& result, const QLocale& locale, bool logarithmic = false);

// Total revenue per month: the stored history as a line, then the forecast's fan, on one time
// axis.
BuiltChart historyAndForecast(const QList<TierMonthRevenue>& history, const ForecastResult& result,
                              const QLocale& locale);

// Total revenue per month of the base and each scenario, overlaid: one fan each, in the order
// given (the base first).
BuiltChart scenarioFans(const QList<ScenarioOutcome>& outcomes, const QLocale& locale);

// The tornado: each parameter's effect on the metric when moved down and up, the largest on top.
BuiltChart tornado(const SensitivityResult& result, const QLocale& locale);

} // namespace mm::forecastcharts
