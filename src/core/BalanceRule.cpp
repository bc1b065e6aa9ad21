#include "core/BalanceRule.h"

#include <QCoreApplication>

namespace mm {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mm::BalanceRule)
};

QJsonValue boundToJson(const ForecastMetric& metric, const std::optional<qint64>& bound) {
    return bound ? QJsonValue(metricValueText(metric, *bound)) : QJsonValue(QJsonValue::Null);
}

} // namespace

Status BalanceRule::validate() const {
    if (name.trimmed().isEmpty())
        return makeError(Tr::tr("a balance rule needs a name"), QStringLiteral("name"),
                         QStringLiteral("balance-rule-name"));
    if (!minimum && !maximum)
        return makeError(Tr::tr("a balance rule needs a minimum, a maximum or both"), name,
                         QStringLiteral("balance-rule-bounds"));
    if (minimum && maximum && *minimum > *maximum)
        return makeError(
            Tr::tr("the minimum %1 is above the maximum %2")
                .arg(metricValueText(metric, *minimum), metricValueText(metric, *maximum)),
            name, QStringLiteral("balance-rule-bounds"));
    return Ok{};
}

QString BalanceRule::boundsText() const {
    if (minimum && maximum)
        return Tr::tr("between %1 and %2")
            .arg(metricValueText(metric, *minimum), metricValueText(metric, *maximum));
    if (minimum)
        return Tr::tr("at least %1").arg(metricValueText(metric, *minimum));
    if (maximum)
        return Tr::tr("at most %1").arg(metricValueText(metric, *maximum));
    return {};
}

QJsonObject BalanceRule::toJson() const {
    return {{QStringLiteral("name"), name},
            {QStringLiteral("metric"), metric.toText()},
            {QStringLiteral("statistic"), statisticKey(statistic)},
            {QStringLiteral("min"), boundToJson(metric, minimum)},
            {QStringLiteral("max"), boundToJson(metric, maximum)}};
}

Result<BalanceRule> BalanceRule::fromJson(const QJsonObject& json) {
    BalanceRule rule;
    rule.name = json.value(QStringLiteral("name")).toString().trimmed();
    auto metric = ForecastMetric::parse(json.value(QStringLiteral("metric")).toString());
    if (!metric) {
        Error error = metric.error();
        error.where = rule.name;
        return error;
    }
    rule.metric = *metric;
    const auto statistic = statisticFromKey(json.value(QStringLiteral("statistic")).toString());
    if (!statistic)
        return makeError(Tr::tr("the statistic must be p10, p50 or p90"), rule.name,
                         QStringLiteral("balance-rule-statistic"));
    rule.statistic = *statistic;
    for (auto [key, bound] : {std::pair{QStringLiteral("min"), &rule.minimum},
                              std::pair{QStringLiteral("max"), &rule.maximum}}) {
        const QJsonValue value = json.value(key);
        if (value.isNull() || value.isUndefined())
            continue;
        auto parsed = parseMetricValue(
            rule.metric, value.isString() ? value.toString() : QString::number(value.toDouble()));
        if (!parsed) {
            Error error = parsed.error();
            error.where = rule.name + u'.' + key;
            return error;
        }
        *bound = *parsed;
    }
    if (auto valid = rule.validate(); !valid)
        return valid.error();
    return rule;
}

int balanceHorizon(const QList<BalanceRule>& rules, int horizon) {
    int needed = 1;
    for (const BalanceRule& rule : rules)
        needed = std::max(needed, rule.metric.monthsNeeded(horizon));
    return needed;
}

QList<BalanceOutcome> checkBalance(const QList<BalanceRule>& rules, const ForecastResult& result) {
    QList<BalanceOutcome> outcomes;
    for (const BalanceRule& rule : rules) {
        BalanceOutcome outcome;
        outcome.rule = rule;
        auto band = rule.metric.evaluate(result);
        if (!band) {
            outcome.problem = band.error().message;
            outcomes.append(outcome);
            continue;
        }
        outcome.band = *band;
        outcome.measured = pick(*band, rule.statistic);
        if (rule.metric.kind == MetricKind::Payback && outcome.measured < 0) {
            // Payback counts from the listing, which may lie years before the forecast, so "not
            // within the horizon" says only "later than this forecast can see": it meets any
            // minimum, but no maximum can be shown to hold.
            outcome.passed = !rule.maximum;
            if (rule.maximum)
                outcome.problem = Tr::tr("not paid back within the %1 months forecast; a longer "
                                         "forecast may tell")
                                      .arg(result.months());
            outcomes.append(outcome);
            continue;
        }
        const qint64 value = comparableValue(rule.metric, outcome.measured, result.months());
        outcome.passed =
            (!rule.minimum || value >= *rule.minimum) && (!rule.maximum || value <= *rule.maximum);
        outcomes.append(outcome);
    }
    return outcomes;
}

Result<QList<BalanceOutcome>> runBalanceCheck(const MarketState& state,
                                              const QList<ParameterOverride>& overrides,
                                              const QList<BalanceRule>& rules,
                                              ForecastSettings settings,
                                              const AnalysisProgress& progress) {
    settings.months = balanceHorizon(rules, settings.months);
    if (auto valid = settings.validate(); !valid)
        return valid.error();
    auto checked = scenarioState(state, overrides);
    if (!checked)
        return checked.error();
    const ForecastResult result = runForecast(
        *checked, settings, [&](int done, int runs) { return !progress || progress(done, runs); });
    if (result.cancelled())
        return makeError(Tr::tr("cancelled"), QString(), kRuleCancelled);
    return checkBalance(rules, result);
}

} // namespace mm
