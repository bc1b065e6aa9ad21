#pragma once

#include "core/MarketState.h"
#include "core/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace mm {

// How a parameter's value is written and moved: money in exact cents, whole numbers, or reals.
enum class ParameterUnit { Money, Integer, Real };

// One number a scenario may override. `path` names it the way the economy config's JSON nests it
// ("tiers.commercial.priceFloor", "demand.buyerTypes.startup.needPerMonth"), with list entries
// named by their key ("sizeClasses.medium.costMin", "gpuTypes.h100.hourlyRate").
struct ScenarioParameter {
    QString path;
    ParameterUnit unit = ParameterUnit::Real;
    QString value; // canonical text: money "50000.00", integers "12", reals "0.3"

    double number() const { return value.toDouble(); }
};

struct ParameterOverride {
    QString path;
    QString value; // canonical text, as ScenarioParameter::value
    bool operator==(const ParameterOverride&) const = default;
};

// A named set of overrides on the stored economy: "what if" without touching it.
struct Scenario {
    qint64 id = 0;
    QString name;
    QString notes;
    QList<ParameterOverride> overrides; // sorted by path, one per path

    std::optional<QString> overrideOf(const QString& path) const;
    // Sets (or, with an empty value, removes) one override, keeping the list sorted.
    void setOverride(const QString& path, const QString& value);
    bool operator==(const Scenario&) const = default;
};

// Every number of `config` a scenario may override, in a stable order, plus the listing price
// levels of the paid tiers ("listingPricePercent.commercial", 100 = the stored prices).
QList<ScenarioParameter> scenarioParameters(const EconomyConfig& config);
std::optional<ScenarioParameter> findScenarioParameter(const EconomyConfig& config,
                                                       QStringView path);

// A value typed by a person or read from a file, in the parameter's canonical text; an error
// names the parameter and what is wrong.
Result<QString> canonicalParameterValue(const ScenarioParameter& parameter, QStringView text);
// `value` × (100 + percent) / 100, rounded to the parameter's unit (cents, whole numbers).
QString scaledParameterValue(const ScenarioParameter& parameter, double percent);
// The value as a number (money in dollars), for moving and charting.
double parameterNumber(const ScenarioParameter& parameter, const QString& value);
QString parameterValueFromNumber(const ScenarioParameter& parameter, double number);
// The parameter's name for people: "Commercial · price floor".
QString parameterLabel(QStringView path);

// The config with the overrides applied; an unknown path, a value that is not a number, or a
// result the economy rules refuse (a floor above its ceiling, a chance above 1) is an error naming
// the parameter.
Result<EconomyConfig> applyOverrides(const EconomyConfig& base,
                                     const QList<ParameterOverride>& overrides);
// The market as the scenario sees it: its config, and listing prices moved by the price levels and
// kept inside their tier's floor and ceiling, as the game would enforce them. With no overrides
// the state plays exactly as stored.
Result<MarketState> scenarioState(const MarketState& base,
                                  const QList<ParameterOverride>& overrides);

// The exchange format of scenarios ("modelmarket-scenarios", version 1).
QJsonObject scenarioToJson(const Scenario& scenario);
Result<Scenario> scenarioFromJson(const QJsonObject& json, const EconomyConfig& config);
QJsonObject scenariosDocument(const QList<Scenario>& scenarios);
Result<QList<Scenario>> scenariosFromDocument(const QJsonObject& document,
                                              const EconomyConfig& config);

} // namespace mm
