#include "core/GoalSeek.h"

#include <QCoreApplication>
#include <cmath>

namespace mm {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mm::GoalSeek)
};

} // namespace

Result<GoalSeekResult> goalSeek(const MarketState& base, const QList<ParameterOverride>& scenario,
                                const GoalSeekSettings& settings,
                                const AnalysisProgress& progress) {
    auto found = findScenarioParameter(base.config, settings.parameter);
    if (!found)
        return makeError(Tr::tr("there is no parameter '%1'").arg(settings.parameter),
                         settings.parameter, QStringLiteral("scenario-unknown-parameter"));
    ScenarioParameter parameter = *found;
    for (const ParameterOverride& entry : scenario) {
        if (entry.path == parameter.path)
            parameter.value = entry.value;
    }
    if (settings.maxForecasts < 3 || settings.maxForecasts > 100)
        return makeError(Tr::tr("the forecasts allowed must be between 3 and 100"),
                         QStringLiteral("max-forecasts"), QStringLiteral("goal-seek-settings"));
    ForecastSettings forecast = settings.forecast;
    forecast.months = settings.metric.monthsNeeded(forecast.months);
    if (auto valid = forecast.validate(); !valid)
        return valid.error();

    const auto bound = [&](const QString& text, double percent) -> Result<QString> {
        if (text.isEmpty())
            return scaledParameterValue(parameter, percent);
        return canonicalParameterValue(parameter, text);
    };
    auto lowText = bound(settings.from, -50.0);
    if (!lowText)
        return lowText.error();
    auto highText = bound(settings.to, 50.0);
    if (!highText)
        return highText.error();

    GoalSeekResult out;
    out.tolerance =
        std::max<qint64>(1, std::llround(std::abs(static_cast<double>(settings.target)) *
                                         settings.tolerancePercent / 100.0));
    const qint64 total = static_cast<qint64>(forecast.runs) * settings.maxForecasts;
    struct Point {
        double x = 0;
        QString value;
        qint64 y = 0;
        Band band;
    };
    const auto measure = [&](const QString& value) -> Result<Point> {
        QList<ParameterOverride> moved = scenario;
        moved.removeIf([&](const ParameterOverride& e) { return e.path == parameter.path; });
        moved.append({parameter.path, value});
        auto state = scenarioState(base, moved);
        if (!state) {
            Error error = state.error();
            error.message = Tr::tr("%1 = %2 is not a valid economy: %3")
                                .arg(parameter.path, value, error.toString());
            return error;
        }
        const qint64 before = static_cast<qint64>(out.steps.size()) * forecast.runs;
        ForecastResult result = runForecast(*state, forecast, [&](int runsDone, int) {
            return !progress || progress(before + runsDone, total);
        });
        if (result.cancelled())
            return makeError(Tr::tr("cancelled"), QString(), kRuleCancelled);
        auto band = settings.metric.evaluate(result);
        if (!band)
            return band.error();
        Point point;
        point.x = parameterNumber(parameter, value);
        point.value = value;
        point.band = *band;
        point.y =
            comparableValue(settings.metric, pick(*band, settings.statistic), forecast.months);
        out.steps.append({value, point.y});
        return point;
    };
    auto low = measure(*lowText);
    if (!low)
        return low.error();
    auto high = measure(*highText);
    if (!high)
        return high.error();

    Point best =
        std::abs(low->y - settings.target) <= std::abs(high->y - settings.target) ? *low : *high;
    const auto finish = [&](const Point& point, bool reached, const QString& message) {
        out.reached = reached;
        out.value = point.value;
        out.band = point.band;
        out.measured = point.y;
        out.message = message;
        return out;
    };
    const auto text = [&](qint64 value) { return metricValueText(settings.metric, value); };
    const qint64 lowest = std::min(low->y, high->y);
    const qint64 highest = std::max(low->y, high->y);
    if (settings.target < lowest - out.tolerance || settings.target > highest + out.tolerance)
        return finish(best, false,
                      Tr::tr("The target %1 is out of reach between %2 and %3: %4 goes from %5 to "
                             "%6 there. Widen the range or choose another parameter.")
                          .arg(text(settings.target), low->value, high->value,
                               settings.metric.label(), text(low->y), text(high->y)));

    // a and b bracket the target: f(a) and f(b) lie on its two sides.
    double ax = low->x, bx = high->x;
    QString aValue = low->value, bValue = high->value;
    double fa = static_cast<double>(low->y - settings.target);
    double fb = static_cast<double>(high->y - settings.target);
    // Illinois: when the same end is kept twice in a row, halve its weight, so the bracket shrinks
    // from both sides instead of creeping towards one.
    int lastMoved = 0; // -1: b moved last, +1: a moved last
    while (std::abs(best.y - settings.target) > out.tolerance &&
           out.steps.size() < settings.maxForecasts) {
        double x = fa == fb ? (ax + bx) / 2.0 : (fa * bx - fb * ax) / (fa - fb);
        if (!(x > std::min(ax, bx) && x < std::max(ax, bx)))
            x = (ax + bx) / 2.0;
        const QString value = parameterValueFromNumber(parameter, x);
        if (value == aValue || value == bValue)
            break; // the unit's resolution (a cent, a whole number) is reached
        auto next = measure(value);
        if (!next)
            return next.error();
        if (std::abs(next->y - settings.target) < std::abs(best.y - settings.target))
            best = *next;
        const double fc = static_cast<double>(next->y - settings.target);
        if ((fc > 0) == (fb > 0) && fc != 0) {
            bx = next->x;
            bValue = next->value;
            fb = fc;
            if (lastMoved == -1)
                fa /= 2.0;
            lastMoved = -1;
        } else {
            ax = next->x;
            aValue = next->value;
            fa = fc;
            if (lastMoved == 1)
                fb /= 2.0;
            lastMoved = 1;
        }
    }
    const bool reached = std::abs(best.y - settings.target) <= out.tolerance;
    return finish(best, reached,
                  reached ? Tr::tr("%1 = %2 gives %3 %4 (target %5 ± %6) after %7 forecasts.")
                                .arg(parameter.path, best.value, statisticKey(settings.statistic),
                                     text(best.y), text(settings.target), text(out.tolerance))
                                .arg(out.steps.size())
                          : Tr::tr("No value within %1 forecasts reaches %2 ± %3; the closest is "
                                   "%4 = %5, giving %6.")
                                .arg(out.steps.size())
                                .arg(text(settings.target), text(out.tolerance), parameter.path,
                                     best.value, text(best.y)));
}

} // namespace mm
