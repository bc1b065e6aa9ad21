#include "core/Scenario.h"

#include "core/CountText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace mm {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mm::Scenario)
};

const QLatin1StringView kPricePrefix("listingPricePercent.");
const QLatin1StringView kScenariosFormat("modelmarket-scenarios");
constexpr int kScenariosVersion = 1;
constexpr int kMaxPricePercent = 1000;

// Lists whose entries a path names by a key field instead of a position, so a path stays right
// when entries are reordered.
QString listKeyField(const QString& list) {
    if (list == QLatin1StringView("sizeClasses"))
        return QStringLiteral("sizeClass");
    if (list == QLatin1StringView("tiers"))
        return QStringLiteral("tier");
    if (list == QLatin1StringView("architectureModifiers"))
        return QStringLiteral("architecture");
    if (list == QLatin1StringView("gpuTypes") || list == QLatin1StringView("benchmarks"))
        return QStringLiteral("key");
    return {};
}

// Numbers the config keeps as whole numbers; every other JSON number is a real.
bool isIntegerField(const QString& name) {
    static const QStringList fields{
        QStringLiteral("daysMin"),
        QStringLiteral("daysMax"),
        QStringLiteral("presetGpuCount"),
        QStringLiteral("capacity"),
        QStringLiteral("cancellationFeePercent"),
        QStringLiteral("termMonths"),
        QStringLiteral("minBuyerSize"),
        QStringLiteral("deploymentCap"),
        QStringLiteral("openSourceAdoptionWeight"),
        QStringLiteral("callsPerEmployee"),
    };
    return fields.contains(name);
}

// Not tuning knobs: identity, format bookkeeping, the seed, and team make-up.
bool isSkipped(const QString& name) {
    static const QStringList skipped{QStringLiteral("format"), QStringLiteral("version"),
                                     QStringLiteral("marketSeed"), QStringLiteral("presetTeam")};
    return skipped.contains(name);
}

struct Leaf {
    ScenarioParameter parameter;
    bool stringLeaf = false; // money and large counts are JSON strings, the rest JSON numbers
};

QString realText(double value) {
    return QString::number(value, 'g', 15);
}

void collect(const QJsonObject& object, const QString& prefix, QList<Leaf>& out) {
    static const QRegularExpression moneyPattern(QStringLiteral("^-?\\d+\\.\\d\\d$"));
    static const QRegularExpression countPattern(QStringLiteral("^\\d+$"));
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString name = it.key();
        if (isSkipped(name))
            continue;
        const QString path = prefix.isEmpty() ? name : prefix + u'.' + name;
        const QJsonValue value = it.value();
        if (value.isObject()) {
            collect(value.toObject(), path, out);
        } else if (value.isArray()) {
            const QString keyField = listKeyField(name);
            if (keyField.isEmpty())
                continue;
            for (const QJsonValue& entry : value.toArray()) {
                const QJsonObject item = entry.toObject();
                QJsonObject numbers = item;
                numbers.remove(keyField);
                collect(numbers, path + u'.' + item.value(keyField).toString(), out);
            }
        } else if (value.isDouble()) {
            Leaf leaf;
            leaf.parameter.path = path;
            if (isIntegerField(name)) {
                leaf.parameter.unit = ParameterUnit::Integer;
                leaf.parameter.value = QString::number(qint64(std::llround(value.toDouble())));
            } else {
                leaf.parameter.unit = ParameterUnit::Real;
                leaf.parameter.value = realText(value.toDouble());
            }
            out.append(leaf);
        } else if (value.isString()) {
            const QString text = value.toString();
            Leaf leaf;
            leaf.parameter.path = path;
            leaf.parameter.value = text;
            leaf.stringLeaf = true;
            if (moneyPattern.match(text).hasMatch())
                leaf.parameter.unit = ParameterUnit::Money;
            else if (countPattern.match(text).hasMatch())
                leaf.parameter.unit = ParameterUnit::Integer;
            else
                continue; // a name or a key, not a number
            out.append(leaf);
        }
    }
}

QList<LicenseTier> pricedTiers() {
    return {LicenseTier::Academic, LicenseTier::Commercial, LicenseTier::Enterprise};
}

QList<Leaf> leaves(const EconomyConfig& config) {
    QList<Leaf> all;
    for (LicenseTier tier : pricedTiers()) {
        Leaf leaf;
        leaf.parameter.path = kPricePrefix + enumKey(tier);
        leaf.parameter.unit = ParameterUnit::Integer;
        leaf.parameter.value = QStringLiteral("100");
        all.append(leaf);
    }
    QJsonObject json = config.toJson();
    // The designer's usual knobs first: tier terms, then demand, then the rest by name.
    for (const char* first : {"tiers", "demand"}) {
        const QString name = QString::fromLatin1(first);
        QJsonObject part{{name, json.value(name)}};
        collect(part, QString(), all);
        json.remove(name);
    }
    collect(json, QString(), all);
    return all;
}

std::optional<Leaf> findLeaf(const EconomyConfig& config, QStringView path) {
    for (const Leaf& leaf : leaves(config)) {
        if (leaf.parameter.path == path)
            return leaf;
    }
    return std::nullopt;
}

QJsonValue withLeaf(const QJsonValue& node, const QStringList& segments, int index,
                    const QJsonValue& leaf) {
    if (index == segments.size())
        return leaf;
    QJsonObject object = node.toObject();
    const QString& name = segments.at(index);
    const QJsonValue child = object.value(name);
    if (child.isArray()) {
        const QString keyField = listKeyField(name);
        QJsonArray entries = child.toArray();
        for (qsizetype i = 0; i < entries.size(); ++i) {
            if (index + 1 < segments.size() &&
                entries.at(i).toObject().value(keyField).toString() == segments.at(index + 1))
                entries[i] = withLeaf(entries.at(i), segments, index + 2, leaf);
        }
        object.insert(name, entries);
    } else {
        object.insert(name, withLeaf(child, segments, index + 1, leaf));
    }
    return object;
}

Error unknownParameter(QStringView path) {
    return makeError(Tr::tr("there is no parameter '%1' (modelmarket scenario parameters lists "
                            "them)")
                         .arg(path.toString()),
                     path.toString(), QStringLiteral("scenario-unknown-parameter"));
}

} // namespace

std::optional<QString> Scenario::overrideOf(const QString& path) const {
    for (const ParameterOverride& entry : overrides) {
        if (entry.path == path)
            return entry.value;
    }
    return std::nullopt;
}

void Scenario::setOverride(const QString& path, const QString& value) {
    overrides.removeIf([&](const ParameterOverride& entry) { return entry.path == path; });
    if (!value.isEmpty())
        overrides.append({path, value});
    std::sort(
        overrides.begin(), overrides.end(),
        [](const ParameterOverride& a, const ParameterOverride& b) { return a.path < b.path; });
}

QList<ScenarioParameter> scenarioParameters(const EconomyConfig& config) {
    QList<ScenarioParameter> parameters;
    for (const Leaf& leaf : leaves(config))
        parameters.append(leaf.parameter);
    return parameters;
}

std::optional<ScenarioParameter> findScenarioParameter(const EconomyConfig& config,
                                                       QStringView path) {
    if (auto leaf = findLeaf(config, path))
        return leaf->parameter;
    return std::nullopt;
}

Result<QString> canonicalParameterValue(const ScenarioParameter& parameter, QStringView text) {
    QString trimmed = text.trimmed().toString();
    const auto bad = [&](const QString& expected) {
        return makeError(Tr::tr("'%1' is not %2").arg(trimmed, expected), parameter.path,
                         QStringLiteral("scenario-value-invalid"));
    };
    switch (parameter.unit) {
    case ParameterUnit::Money: {
        trimmed.remove(u'$').remove(u',');
        auto amount = Money::parsePlain(trimmed);
        if (!amount)
            return bad(Tr::tr("an amount such as 50000.00"));
        return amount->toPlainString();
    }
    case ParameterUnit::Integer: {
        auto count = parseCount(trimmed, QLocale::c());
        if (!count)
            return bad(Tr::tr("a whole number"));
        if (parameter.path.startsWith(kPricePrefix) && (*count < 1 || *count > kMaxPricePercent))
            return makeError(Tr::tr("%1 is outside the allowed range 1 to %2 (percent of the "
                                    "stored prices)")
                                 .arg(*count)
                                 .arg(kMaxPricePercent),
                             parameter.path, QStringLiteral("scenario-value-range"));
        return QString::number(*count);
    }
    case ParameterUnit::Real: {
        bool ok = false;
        const double value = QLocale::c().toDouble(trimmed, &ok);
        if (!ok || !std::isfinite(value))
            return bad(Tr::tr("a number"));
        return realText(value);
    }
    }
    return bad(Tr::tr("a number"));
}

double parameterNumber(const ScenarioParameter& parameter, const QString& value) {
    if (parameter.unit == ParameterUnit::Money) {
        auto amount = Money::parsePlain(value);
        return amount ? amount->toDouble() : 0.0;
    }
    return value.toDouble();
}

QString parameterValueFromNumber(const ScenarioParameter& parameter, double number) {
    switch (parameter.unit) {
    case ParameterUnit::Money:
        return Money::fromCents(std::llround(number * 100.0)).toPlainString();
    case ParameterUnit::Integer:
        return QString::number(std::llround(number));
    case ParameterUnit::Real:
        // Six significant digits: a value found by a search reads "0.095", not "0.0949999998".
        return QString::number(number, 'g', 6);
    }
    return {};
}

QString scaledParameterValue(const ScenarioParameter& parameter, double percent) {
    if (parameter.unit == ParameterUnit::Money) {
        // Exact cents: scale the integer amount, rounding half away from zero.
        auto amount = Money::parsePlain(parameter.value);
        const qint64 cents = amount ? amount->cents() : 0;
        return Money::fromCents(
                   std::llround(static_cast<double>(cents) * (100.0 + percent) / 100.0))
            .toPlainString();
    }
    return parameterValueFromNumber(parameter, parameterNumber(parameter, parameter.value) *
                                                   (100.0 + percent) / 100.0);
}

QString parameterLabel(QStringView path) {
    QStringList parts = path.toString().split(u'.');
    QStringList words;
    for (QString part : parts) {
        if (part == QLatin1StringView("buyerTypes"))
            continue;
        if (auto tier = enumFromKey<LicenseTier>(part))
            part = enumLabel(*tier);
        else if (auto size = enumFromKey<SizeClass>(part))
            part = enumLabel(*size);
        else if (auto buyer = enumFromKey<BuyerType>(part))
            part = enumLabel(*buyer);
        else if (auto level = enumFromKey<Seniority>(part))
            part = enumLabel(*level);
        words.append(part);
    }
    return words.join(QStringLiteral(" · "));
}

Result<EconomyConfig> applyOverrides(const EconomyConfig& base,
                                     const QList<ParameterOverride>& overrides) {
    QJsonValue json = base.toJson();
    bool changed = false;
    for (const ParameterOverride& entry : overrides) {
        if (entry.path.startsWith(kPricePrefix)) {
            const auto level = findLeaf(base, entry.path);
            if (!level)
                return unknownParameter(entry.path);
            if (auto value = canonicalParameterValue(level->parameter, entry.value); !value)
                return value.error();
            continue; // listing prices live in the market state, not in the config
        }
        const auto leaf = findLeaf(base, entry.path);
        if (!leaf)
            return unknownParameter(entry.path);
        auto value = canonicalParameterValue(leaf->parameter, entry.value);
        if (!value)
            return value.error();
        const QJsonValue newLeaf = leaf->stringLeaf ? QJsonValue(*value)
                                   : leaf->parameter.unit == ParameterUnit::Integer
                                       ? QJsonValue(static_cast<double>(value->toLongLong()))
                                       : QJsonValue(value->toDouble());
        json = withLeaf(json, entry.path.split(u'.'), 0, newLeaf);
        changed = true;
    }
    if (!changed)
        return base;
    auto config = EconomyConfig::fromJson(json.toObject());
    if (!config) {
        Error error = config.error();
        error.rule = QStringLiteral("scenario-value-range");
        return error;
    }
    return config;
}

Result<MarketState> scenarioState(const MarketState& base,
                                  const QList<ParameterOverride>& overrides) {
    auto config = applyOverrides(base.config, overrides);
    if (!config)
        return config.error();
    MarketState state = base;
    state.config = std::move(*config);
    std::array<qint64, 4> percent{100, 100, 100, 100};
    for (const ParameterOverride& entry : overrides) {
        if (!entry.path.startsWith(kPricePrefix))
            continue;
        const auto tier =
            enumFromKey<LicenseTier>(QStringView(entry.path).mid(kPricePrefix.size()));
        auto value =
            canonicalParameterValue(*findScenarioParameter(base.config, entry.path), entry.value);
        if (!value)
            return value.error();
        percent[static_cast<std::size_t>(*tier)] = value->toLongLong();
    }
    // Only tiers whose price level or range the scenario changes are touched: a stored listing
    // outside its tier's range stays unsold as in the game, so no overrides means no change.
    std::array<bool, 4> touched{};
    for (LicenseTier tier : enumValues<LicenseTier>()) {
        const TierPolicy& before = base.config.tier(tier);
        const TierPolicy& after = state.config.tier(tier);
        touched[static_cast<std::size_t>(tier)] = percent[static_cast<std::size_t>(tier)] != 100 ||
                                                  before.priceFloor != after.priceFloor ||
                                                  before.priceCeiling != after.priceCeiling;
    }
    for (MarketListing& listing : state.listings) {
        if (!touched[static_cast<std::size_t>(listing.tier)])
            continue;
        const TierPolicy& policy = state.config.tier(listing.tier);
        Money price = listing.price;
        const qint64 level = percent[static_cast<std::size_t>(listing.tier)];
        if (level != 100) {
            if (auto scaled = price.scaled(level, 100))
                price = *scaled;
        }
        price = std::max(price, policy.priceFloor);
        if (policy.priceCeiling)
            price = std::min(price, *policy.priceCeiling);
        listing.price = price;
    }
    return state;
}

QJsonObject scenarioToJson(const Scenario& scenario) {
    QJsonObject overrides;
    for (const ParameterOverride& entry : scenario.overrides)
        overrides.insert(entry.path, entry.value);
    return {{QStringLiteral("name"), scenario.name},
            {QStringLiteral("notes"), scenario.notes},
            {QStringLiteral("overrides"), overrides}};
}

Result<Scenario> scenarioFromJson(const QJsonObject& json, const EconomyConfig& config) {
    Scenario scenario;
    scenario.name = json.value(QStringLiteral("name")).toString().trimmed();
    if (scenario.name.isEmpty())
        return makeError(Tr::tr("a scenario needs a name"), QStringLiteral("name"),
                         QStringLiteral("scenario-name"));
    scenario.notes = json.value(QStringLiteral("notes")).toString();
    const QJsonObject overrides = json.value(QStringLiteral("overrides")).toObject();
    for (auto it = overrides.begin(); it != overrides.end(); ++it) {
        const auto parameter = findScenarioParameter(config, it.key());
        if (!parameter) {
            Error error = unknownParameter(it.key());
            error.where = scenario.name + u'.' + it.key();
            return error;
        }
        const QString text =
            it.value().isString() ? it.value().toString() : realText(it.value().toDouble());
        auto value = canonicalParameterValue(*parameter, text);
        if (!value) {
            Error error = value.error();
            error.where = scenario.name + u'.' + it.key();
            return error;
        }
        scenario.setOverride(it.key(), *value);
    }
    if (auto applied = applyOverrides(config, scenario.overrides); !applied) {
        Error error = applied.error();
        error.where = scenario.name + QStringLiteral(": ") + error.where;
        return error;
    }
    return scenario;
}

QJsonObject scenariosDocument(const QList<Scenario>& scenarios) {
    QJsonArray list;
    for (const Scenario& scenario : scenarios)
        list.append(scenarioToJson(scenario));
    return {{QStringLiteral("format"), kScenariosFormat},
            {QStringLiteral("version"), kScenariosVersion},
            {QStringLiteral("scenarios"), list}};
}

Result<QList<Scenario>> scenariosFromDocument(const QJsonObject& document,
                                              const EconomyConfig& config) {
    if (document.value(QStringLiteral("format")).toString() != kScenariosFormat)
        return makeError(
            Tr::tr("this is not a ModelMarket scenarios file (format '%1')").arg(kScenariosFormat),
            QStringLiteral("format"), QStringLiteral("scenario-format"));
    if (document.value(QStringLiteral("version")).toInt() > kScenariosVersion)
        return makeError(Tr::tr("the scenarios were written by a newer version of ModelMarket "
                                "(format version %1; this version reads up to %2)")
                             .arg(document.value(QStringLiteral("version")).toInt())
                             .arg(kScenariosVersion),
                         QStringLiteral("version"), QStringLiteral("scenario-newer"));
    QList<Scenario> scenarios;
    const QJsonArray list = document.value(QStringLiteral("scenarios")).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        auto scenario = scenarioFromJson(list.at(i).toObject(), config);
        if (!scenario) {
            Error error = scenario.error();
            error.where = QStringLiteral("scenarios[%1] %2").arg(i).arg(error.where);
            return error;
        }
        for (const Scenario& earlier : scenarios) {
            if (earlier.name.compare(scenario->name, Qt::CaseInsensitive) == 0)
                return makeError(Tr::tr("the name '%1' appears twice").arg(scenario->name),
                                 QStringLiteral("scenarios[%1]").arg(i),
                                 QStringLiteral("scenario-name-taken"));
        }
        scenarios.append(*scenario);
    }
    return scenarios;
}

} // namespace mm
