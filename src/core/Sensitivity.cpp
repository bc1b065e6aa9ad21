#include "core/Sensitivity.h"

#include <QCoreApplication>
#include <algorithm>

namespace mm {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mm::Sensitivity)
};

qint64 magnitude(qint64 value) {
    return value < 0 ? -value : value;
}

} // namespace

qint64 SensitivityRow::swing(qint64 base) const {
    return std::max(magnitude(lowEffect(base)), magnitude(highEffect(base)));
}

QStringList defaultSensitivityParameters() {
    return {
        QStringLiteral("listingPricePercent.academic"),
        QStringLiteral("listingPricePercent.commercial"),
        QStringLiteral("listingPricePercent.enterprise"),
        QStringLiteral("tiers.academic.priceFloor"),
        QStringLiteral("tiers.commercial.priceFloor"),
        QStringLiteral("tiers.enterprise.priceFloor"),
        QStringLiteral("tiers.academic.usageRatePer1000Calls"),
        QStringLiteral("tiers.commercial.usageRatePer1000Calls"),
        QStringLiteral("tiers.enterprise.usageRatePer1000Calls"),
        QStringLiteral("demand.buyerTypes.academic.needPerMonth"),
        QStringLiteral("demand.buyerTypes.startup.needPerMonth"),
        QStringLiteral("demand.buyerTypes.commercial.needPerMonth"),
        QStringLiteral("demand.buyerTypes.enterprise.needPerMonth"),
        QStringLiteral("demand.buyerTypes.academic.priceSensitivity"),
        QStringLiteral("demand.buyerTypes.startup.priceSensitivity"),
        QStringLiteral("demand.buyerTypes.commercial.priceSensitivity"),
        QStringLiteral("demand.buyerTypes.enterprise.priceSensitivity"),
        QStringLiteral("demand.outsideUtility"),
        QStringLiteral("demand.visibilityWeight"),
        QStringLiteral("demand.renewalLoyalty"),
    };
}

Result<SensitivityResult> runSensitivity(const MarketState& base,
                                         const QList<ParameterOverride>& scenario,
                                         const SensitivitySettings& settings,
                                         const AnalysisProgress& progress) {
    if (!(settings.percent > 0.0 && settings.percent <= 100.0))
        return makeError(
            Tr::tr("the change must be above 0% and at most 100%, not %1%").arg(settings.percent),
            QStringLiteral("percent"), QStringLiteral("sensitivity-percent"));
    ForecastSettings forecast = settings.forecast;
    forecast.months = settings.metric.monthsNeeded(forecast.months);
    if (auto valid = forecast.validate(); !valid)
        return valid.error();
    auto scenarioConfig = applyOverrides(base.config, scenario);
    if (!scenarioConfig)
        return scenarioConfig.error();
    const QStringList paths =
        settings.parameters.isEmpty() ? defaultSensitivityParameters() : settings.parameters;
    QList<ScenarioParameter> parameters;
    for (const QString& path : paths) {
        auto parameter = findScenarioParameter(base.config, path);
        if (!parameter)
            return makeError(Tr::tr("there is no parameter '%1'").arg(path), path,
                             QStringLiteral("scenario-unknown-parameter"));
        // Moved from the scenario's value, not the stored one.
        for (const ParameterOverride& entry : scenario) {
            if (entry.path == path)
                parameter->value = entry.value;
        }
        parameters.append(*parameter);
    }

    const qint64 total = static_cast<qint64>(forecast.runs) * (1 + 2 * parameters.size());
    qint64 done = 0;
    bool cancelled = false;
    int forecasts = 0;
    const auto measure = [&](const QList<ParameterOverride>& overrides) -> Result<qint64> {
        auto state = scenarioState(base, overrides);
        if (!state)
            return state.error();
        const qint64 before = done;
        ForecastResult result = runForecast(*state, forecast, [&](int runsDone, int) {
            return !progress || progress(before + runsDone, total);
        });
        ++forecasts;
        done += forecast.runs;
        if (result.cancelled()) {
            cancelled = true;
            return makeError(Tr::tr("cancelled"), QString(), kRuleCancelled);
        }
        auto band = settings.metric.evaluate(result);
        if (!band)
            return band.error();
        return comparableValue(settings.metric, pick(*band, settings.statistic), forecast.months);
    };

    SensitivityResult out;
    out.metric = settings.metric;
    out.statistic = settings.statistic;
    out.percent = settings.percent;
    out.horizon = forecast.months;
    auto baseMetric = measure(scenario);
    if (!baseMetric)
        return baseMetric.error();
    out.baseMetric = *baseMetric;
    for (const ScenarioParameter& parameter : std::as_const(parameters)) {
        SensitivityRow row;
        row.path = parameter.path;
        row.baseValue = parameter.value;
        row.lowValue = scaledParameterValue(parameter, -settings.percent);
        row.highValue = scaledParameterValue(parameter, settings.percent);
        for (auto [value, metric, problem] :
             {std::tuple{row.lowValue, &row.lowMetric, &row.lowProblem},
              std::tuple{row.highValue, &row.highMetric, &row.highProblem}}) {
            QList<ParameterOverride> moved = scenario;
            moved.removeIf([&](const ParameterOverride& e) { return e.path == parameter.path; });
            moved.append({parameter.path, value});
            auto measured = measure(moved);
            if (cancelled)
                return measured.error();
            if (!measured) {
                *metric = out.baseMetric;
                *problem = measured.error().toString();
                done += forecast.runs; // the forecast that was not run still counts as done
            } else {
                *metric = *measured;
            }
        }
        out.rows.append(row);
    }
    std::stable_sort(out.rows.begin(), out.rows.end(),
                     [&](const SensitivityRow& a, const SensitivityRow& b) {
                         return a.swing(out.baseMetric) > b.swing(out.baseMetric);
                     });
    out.forecasts = forecasts;
    return out;
}

ForecastTable sensitivityTable(const SensitivityResult& result) {
    ForecastTable table;
    const ForecastCell unit = result.metric.unit();
    const auto add = [&](const char* key, const QString& title, ForecastCell kind) {
        table.keys.append(QString::fromLatin1(key));
        table.titles.append(title);
        table.kinds.append(kind);
    };
    add("parameter", Tr::tr("Parameter"), ForecastCell::Text);
    add("base_value", Tr::tr("Value"), ForecastCell::Text);
    add("low_value", Tr::tr("−%1%").arg(result.percent), ForecastCell::Text);
    add("high_value", Tr::tr("+%1%").arg(result.percent), ForecastCell::Text);
    // Deltas in months stay signed numbers; only absolute months may print "never".
    const ForecastCell effectUnit = unit == ForecastCell::Months ? ForecastCell::Count : unit;
    add("metric_low", Tr::tr("Metric at −"), effectUnit);
    add("metric_high", Tr::tr("Metric at +"), effectUnit);
    add("effect_low", Tr::tr("Effect −"), effectUnit);
    add("effect_high", Tr::tr("Effect +"), effectUnit);
    add("note", Tr::tr("Note"), ForecastCell::Text);
    for (const SensitivityRow& row : result.rows) {
        QStringList notes;
        if (!row.lowProblem.isEmpty())
            notes << Tr::tr("− not valid: %1").arg(row.lowProblem);
        if (!row.highProblem.isEmpty())
            notes << Tr::tr("+ not valid: %1").arg(row.highProblem);
        table.rows.append(
            QVariantList{row.path, row.baseValue, row.lowValue, row.highValue, row.lowMetric,
                         row.highMetric, row.lowEffect(result.baseMetric),
                         row.highEffect(result.baseMetric), notes.join(QStringLiteral("; "))});
    }
    return table;
}

} // namespace mm
