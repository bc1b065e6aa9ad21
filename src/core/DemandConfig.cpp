#include "core/DemandConfig.h"

#include "core/JsonReader.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace mm {

namespace {

Money dollars(qint64 units) {
    return Money::fromCents(units * 100);
}

// A number field with its allowed range, so validate() and the docs name the same bounds.
struct Bound {
    const char* name;
    double low;
    double high;
};

constexpr Bound kNeed{"needPerMonth", 0.0, 1.0};
constexpr Bound kWeight{"qualityWeight", 0.0, 1.0};
constexpr Bound kQualitySensitivity{"qualitySensitivity", 0.0, 10.0};
constexpr Bound kPriceSensitivity{"priceSensitivity", 0.0, 20.0};
constexpr Bound kTierFit{"tierFit", -10.0, 10.0};
constexpr Bound kCalls{"callsPerEmployee", 0.0, 10'000'000.0};
constexpr Bound kOutside{"outsideUtility", -20.0, 20.0};
constexpr Bound kVisibility{"visibilityWeight", 0.0, 3.0};
constexpr Bound kOpenSourceWeight{"openSourceAdoptionWeight", 0.0, 100.0};
constexpr Bound kLoyalty{"renewalLoyalty", 0.0, 1000.0};
constexpr qint64 kMaxBudgetCents = 1'000'000'000'000'000LL; // ten trillion dollars

Error outOfRange(const QString& where, double value, const Bound& bound) {
    return makeError(
        QCoreApplication::translate("mm::DemandConfig", "%1 is outside the allowed range %2 to %3")
            .arg(value)
            .arg(bound.low)
            .arg(bound.high),
        where, QStringLiteral("config-invalid"));
}

bool inRange(double value, const Bound& bound) {
    return value >= bound.low && value <= bound.high; // false for NaN
}

QString typePath(BuyerType type, const char* field) {
    return QStringLiteral("demand.%1.%2").arg(enumKey(type), QLatin1StringView(field));
}

} // namespace

DemandConfig DemandConfig::defaults() {
    DemandConfig demand;
    // Tier fit, in tier order: Open Source, Academic, Commercial, Enterprise.
    BuyerTypeDemand& academic = demand.of(BuyerType::Academic);
    academic.needPerMonth = 0.30;
    academic.performanceWeight = 0.30;
    academic.accuracyWeight = 0.50;
    academic.efficiencyWeight = 0.20;
    academic.qualitySensitivity = 0.8;
    academic.priceSensitivity = 5.0;
    academic.tierFit = {0.0, 3.5, 0.0, 0.0};
    academic.monthlyBudget = dollars(12'000);
    academic.budgetCap = dollars(250'000);
    academic.callsPerEmployee = 35'000;

    BuyerTypeDemand& startup = demand.of(BuyerType::Startup);
    startup.needPerMonth = 0.12;
    startup.performanceWeight = 0.30;
    startup.accuracyWeight = 0.20;
    startup.efficiencyWeight = 0.50;
    startup.qualitySensitivity = 0.8;
    startup.priceSensitivity = 3.5;
    startup.tierFit = {0.5, 0.0, 4.8, 0.0};
    startup.monthlyBudget = dollars(120'000);
    startup.budgetCap = dollars(2'000'000);
    startup.callsPerEmployee = 40'000;

    BuyerTypeDemand& commercial = demand.of(BuyerType::Commercial);
    commercial.needPerMonth = 0.10;
    commercial.performanceWeight = 0.40;
    commercial.accuracyWeight = 0.35;
    commercial.efficiencyWeight = 0.25;
    commercial.qualitySensitivity = 1.0;
    commercial.priceSensitivity = 8.0;
    commercial.tierFit = {0.0, 0.0, 4.2, 2.5};
    commercial.monthlyBudget = dollars(600'000);
    commercial.budgetCap = dollars(30'000'000);
    commercial.callsPerEmployee = 5'000;

    BuyerTypeDemand& enterprise = demand.of(BuyerType::Enterprise);
    enterprise.needPerMonth = 0.05;
    enterprise.performanceWeight = 0.45;
    enterprise.accuracyWeight = 0.40;
    enterprise.efficiencyWeight = 0.15;
    enterprise.qualitySensitivity = 1.4;
    enterprise.priceSensitivity = 1.5;
    enterprise.tierFit = {-1.0, 0.0, 1.0, 5.0};
    enterprise.monthlyBudget = dollars(2'000'000);
    enterprise.budgetCap = dollars(200'000'000);
    enterprise.callsPerEmployee = 2'000;

    demand.outsideUtility = 1.0;
    demand.visibilityWeight = 0.3;
    demand.openSourceAdoptionWeight = 3;
    demand.renewalLoyalty = 4.0;
    return demand;
}

Status DemandConfig::validate() const {
    for (BuyerType type : enumValues<BuyerType>()) {
        const BuyerTypeDemand& demand = of(type);
        if (!inRange(demand.needPerMonth, kNeed))
            return outOfRange(typePath(type, kNeed.name), demand.needPerMonth, kNeed);
        const std::array<std::pair<const char*, double>, 3> weights{{
            {"performanceWeight", demand.performanceWeight},
            {"accuracyWeight", demand.accuracyWeight},
            {"efficiencyWeight", demand.efficiencyWeight},
        }};
        for (const auto& [name, value] : weights) {
            if (!inRange(value, kWeight))
                return outOfRange(typePath(type, name), value, kWeight);
        }
        if (demand.performanceWeight + demand.accuracyWeight + demand.efficiencyWeight <= 0.0)
            return makeError(QCoreApplication::translate(
                                 "mm::DemandConfig", "at least one quality weight must be above 0"),
                             typePath(type, "performanceWeight"), QStringLiteral("config-invalid"));
        if (!inRange(demand.qualitySensitivity, kQualitySensitivity))
            return outOfRange(typePath(type, kQualitySensitivity.name), demand.qualitySensitivity,
                              kQualitySensitivity);
        if (!inRange(demand.priceSensitivity, kPriceSensitivity))
            return outOfRange(typePath(type, kPriceSensitivity.name), demand.priceSensitivity,
                              kPriceSensitivity);
        for (LicenseTier tier : enumValues<LicenseTier>()) {
            const double fit = demand.tierFit[static_cast<int>(tier)];
            if (!inRange(fit, kTierFit))
                return outOfRange(typePath(type, "tierFit") + u'.' + enumKey(tier), fit, kTierFit);
        }
        const std::array<std::pair<const char*, Money>, 2> budgets{{
            {"monthlyBudget", demand.monthlyBudget},
            {"budgetCap", demand.budgetCap},
        }};
        for (const auto& [name, amount] : budgets) {
            if (amount.isNegative() || amount.cents() > kMaxBudgetCents)
                return makeError(
                    QCoreApplication::translate(
                        "mm::DemandConfig", "a budget must be between $0 and $10,000,000,000,000"),
                    typePath(type, name), QStringLiteral("config-invalid"));
        }
        if (!inRange(static_cast<double>(demand.callsPerEmployee), kCalls))
            return outOfRange(typePath(type, kCalls.name),
                              static_cast<double>(demand.callsPerEmployee), kCalls);
    }
    const QString prefix = QStringLiteral("demand.");
    if (!inRange(outsideUtility, kOutside))
        return outOfRange(prefix + QLatin1StringView(kOutside.name), outsideUtility, kOutside);
    if (!inRange(visibilityWeight, kVisibility))
        return outOfRange(prefix + QLatin1StringView(kVisibility.name), visibilityWeight,
                          kVisibility);
    if (!inRange(openSourceAdoptionWeight, kOpenSourceWeight))
        return outOfRange(prefix + QLatin1StringView(kOpenSourceWeight.name),
                          openSourceAdoptionWeight, kOpenSourceWeight);
    if (!inRange(renewalLoyalty, kLoyalty))
        return outOfRange(prefix + QLatin1StringView(kLoyalty.name), renewalLoyalty, kLoyalty);
    return Ok{};
}

QJsonObject DemandConfig::toJson() const {
    QJsonObject types;
    for (BuyerType type : enumValues<BuyerType>()) {
        const BuyerTypeDemand& demand = of(type);
        QJsonObject fit;
        for (LicenseTier tier : enumValues<LicenseTier>())
            fit.insert(enumKey(tier), demand.tierFit[static_cast<int>(tier)]);
        types.insert(enumKey(type),
                     QJsonObject{
                         {QStringLiteral("needPerMonth"), demand.needPerMonth},
                         {QStringLiteral("performanceWeight"), demand.performanceWeight},
                         {QStringLiteral("accuracyWeight"), demand.accuracyWeight},
                         {QStringLiteral("efficiencyWeight"), demand.efficiencyWeight},
                         {QStringLiteral("qualitySensitivity"), demand.qualitySensitivity},
                         {QStringLiteral("priceSensitivity"), demand.priceSensitivity},
                         {QStringLiteral("tierFit"), fit},
                         {QStringLiteral("monthlyBudget"), moneyToJson(demand.monthlyBudget)},
                         {QStringLiteral("budgetCap"), moneyToJson(demand.budgetCap)},
                         {QStringLiteral("callsPerEmployee"), demand.callsPerEmployee},
                     });
    }
    return {
        {QStringLiteral("buyerTypes"), types},
        {QStringLiteral("outsideUtility"), outsideUtility},
        {QStringLiteral("visibilityWeight"), visibilityWeight},
        {QStringLiteral("openSourceAdoptionWeight"), openSourceAdoptionWeight},
        {QStringLiteral("renewalLoyalty"), renewalLoyalty},
    };
}

Result<DemandConfig> DemandConfig::fromJson(const QJsonObject& json) {
    Error error;
    JsonReader reader(json, QStringLiteral("demand"), &error);
    DemandConfig demand;
    JsonReader types(reader.object(QStringLiteral("buyerTypes")),
                     reader.childPath(QStringLiteral("buyerTypes")), &error);
    for (BuyerType type : enumValues<BuyerType>()) {
        const QString key = enumKey(type);
        JsonReader item(types.object(key), types.childPath(key), &error);
        BuyerTypeDemand& typed = demand.of(type);
        typed.needPerMonth = item.number(QStringLiteral("needPerMonth"));
        typed.performanceWeight = item.number(QStringLiteral("performanceWeight"));
        typed.accuracyWeight = item.number(QStringLiteral("accuracyWeight"));
        typed.efficiencyWeight = item.number(QStringLiteral("efficiencyWeight"));
        typed.qualitySensitivity = item.number(QStringLiteral("qualitySensitivity"));
        typed.priceSensitivity = item.number(QStringLiteral("priceSensitivity"));
        JsonReader fit(item.object(QStringLiteral("tierFit")),
                       item.childPath(QStringLiteral("tierFit")), &error);
        for (LicenseTier tier : enumValues<LicenseTier>())
            typed.tierFit[static_cast<int>(tier)] = fit.number(enumKey(tier));
        typed.monthlyBudget = item.money(QStringLiteral("monthlyBudget"));
        typed.budgetCap = item.money(QStringLiteral("budgetCap"));
        typed.callsPerEmployee = item.integer(QStringLiteral("callsPerEmployee"));
    }
    demand.outsideUtility = reader.number(QStringLiteral("outsideUtility"));
    demand.visibilityWeight = reader.number(QStringLiteral("visibilityWeight"));
    demand.openSourceAdoptionWeight =
        reader.smallInteger(QStringLiteral("openSourceAdoptionWeight"));
    demand.renewalLoyalty = reader.number(QStringLiteral("renewalLoyalty"));
    if (!error.message.isEmpty())
        return error;
    if (auto valid = demand.validate(); !valid)
        return valid.error();
    return demand;
}

} // namespace mm
