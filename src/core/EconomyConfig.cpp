#include "core/EconomyConfig.h"

#include "core/JsonReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace mm {

namespace {

// This file's translation context: lupdate files every Tr::tr() string under it.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mm::EconomyConfig)
};

Money dollars(qint64 units) {
    return Money::fromCents(units * 100);
}

Team makeTeam(std::array<int, 4> researchers, std::array<int, 4> engineers) {
    Team team;
    team.researchers = researchers;
    team.engineers = engineers;
    return team;
}

QJsonObject countsToJson(const std::array<int, 4>& counts) {
    QJsonObject json;
    for (Seniority level : enumValues<Seniority>())
        json.insert(enumKey(level), counts[static_cast<int>(level)]);
    return json;
}

std::array<int, 4> countsFromJson(JsonReader& reader, const QString& name, Error* error) {
    std::array<int, 4> counts{};
    JsonReader inner(reader.object(name), reader.childPath(name), error);
    for (Seniority level : enumValues<Seniority>())
        counts[static_cast<int>(level)] = inner.smallInteger(enumKey(level));
    return counts;
}

Error invalid(const QString& where, const QString& message) {
    return makeError(message, where, QStringLiteral("config-invalid"));
}

} // namespace

int Team::headcount() const {
    int total = 0;
    for (int i = 0; i < 4; ++i)
        total += researchers[i] + engineers[i];
    return total;
}

QJsonObject Team::toJson() const {
    return {{QStringLiteral("researchers"), countsToJson(researchers)},
            {QStringLiteral("engineers"), countsToJson(engineers)}};
}

Result<Team> Team::fromJson(const QJsonObject& json) {
    Error error;
    JsonReader reader(json, QStringLiteral("team"), &error);
    Team team;
    team.researchers = countsFromJson(reader, QStringLiteral("researchers"), &error);
    team.engineers = countsFromJson(reader, QStringLiteral("engineers"), &error);
    if (!error.message.isEmpty())
        return error;
    for (int i = 0; i < 4; ++i) {
        if (team.researchers[i] < 0 || team.engineers[i] < 0)
            return invalid(QStringLiteral("team"),
                           Tr::tr("a team cannot have a negative number of people"));
    }
    return team;
}

double ResearchCurve::bonus(qint64 points) const {
    if (points <= 0)
        return 0.0;
    const double p = static_cast<double>(points);
    return maxBonus * p / (p + halfSaturationPoints);
}

Status TierPolicy::validate() const {
    const QString where = enumLabel(tier);
    if (priceFloor.isNegative())
        return invalid(where, Tr::tr("the price floor cannot be negative"));
    if (priceCeiling && *priceCeiling < priceFloor)
        return invalid(where,
                       Tr::tr("the price floor %1 is above the ceiling %2")
                           .arg(priceFloor.toDisplayString(), priceCeiling->toDisplayString()));
    if (tier == LicenseTier::OpenSource &&
        (!priceFloor.isZero() || !priceCeiling || !priceCeiling->isZero()))
        return invalid(where,
                       Tr::tr("Open Source licenses stay free: floor and ceiling must be 0"));
    if (!priceCeiling && pricingReferenceCeiling < priceFloor)
        return invalid(where, Tr::tr("the pricing reference must be at least the price floor"));
    if (usageRatePer1000Calls.isNegative())
        return invalid(where, Tr::tr("the usage rate cannot be negative"));
    if (deploymentCap && *deploymentCap < 1)
        return invalid(where, Tr::tr("the deployment cap must be at least 1, or unlimited"));
    if (unlimitedDeploymentsOnly && deploymentCap)
        return invalid(
            where,
            Tr::tr("a tier that sells only unlimited deployments cannot have a deployment cap"));
    if (termMonths < 0 || termMonths > 1200)
        return invalid(where, Tr::tr("the term must be between 0 (perpetual) and 1200 months"));
    if (minBuyerSize < 0)
        return invalid(where, Tr::tr("the minimum buyer size cannot be negative"));
    if (allowedBuyerTypes.isEmpty())
        return invalid(where, Tr::tr("at least one buyer type must be allowed"));
    return Ok{};
}

QJsonObject TierPolicy::toJson() const {
    QJsonArray buyers;
    for (BuyerType type : allowedBuyerTypes)
        buyers.append(enumKey(type));
    return {
        {QStringLiteral("tier"), enumKey(tier)},
        {QStringLiteral("priceFloor"), moneyToJson(priceFloor)},
        {QStringLiteral("priceCeiling"), optionalMoneyToJson(priceCeiling)},
        {QStringLiteral("pricingReferenceCeiling"), moneyToJson(pricingReferenceCeiling)},
        {QStringLiteral("attributionRequired"), attributionRequired},
        {QStringLiteral("researchOnly"), researchOnly},
        {QStringLiteral("requiredUse"),
         requiredUse ? QJsonValue(enumKey(*requiredUse)) : QJsonValue()},
        {QStringLiteral("allowedBuyerTypes"), buyers},
        {QStringLiteral("deploymentCap"),
         deploymentCap ? QJsonValue(*deploymentCap) : QJsonValue()},
        {QStringLiteral("unlimitedDeploymentsOnly"), unlimitedDeploymentsOnly},
        {QStringLiteral("minBuyerSize"), minBuyerSize},
        {QStringLiteral("usageRatePer1000Calls"), moneyToJson(usageRatePer1000Calls)},
        {QStringLiteral("termMonths"), termMonths},
        {QStringLiteral("renewable"), renewable},
    };
}

Result<TierPolicy> TierPolicy::fromJson(const QJsonObject& json) {
    Error error;
    JsonReader reader(json, QStringLiteral("tier"), &error);
    TierPolicy policy;
    policy.tier = reader.enumeration<LicenseTier>(QStringLiteral("tier"));
    policy.priceFloor = reader.money(QStringLiteral("priceFloor"));
    policy.priceCeiling = reader.optionalMoney(QStringLiteral("priceCeiling"));
    policy.pricingReferenceCeiling = reader.money(QStringLiteral("pricingReferenceCeiling"));
    policy.attributionRequired = reader.boolean(QStringLiteral("attributionRequired"));
    policy.researchOnly = reader.boolean(QStringLiteral("researchOnly"));
    if (!json.value(QStringLiteral("requiredUse")).isNull())
        policy.requiredUse = reader.enumeration<IntendedUse>(QStringLiteral("requiredUse"));
    const QJsonArray buyers = reader.array(QStringLiteral("allowedBuyerTypes"));
    for (const QJsonValue& value : buyers) {
        if (auto type = enumFromKey<BuyerType>(value.toString()))
            policy.allowedBuyerTypes.append(*type);
        else
            reader.fail(QStringLiteral("allowedBuyerTypes"),
                        QStringLiteral("unknown buyer type '%1'").arg(value.toString()));
    }
    if (auto cap = reader.optionalInteger(QStringLiteral("deploymentCap"))) {
        if (*cap < 1 || *cap > std::numeric_limits<int>::max())
            reader.fail(QStringLiteral("deploymentCap"),
                        QStringLiteral("%1 is out of range").arg(*cap));
        else
            policy.deploymentCap = static_cast<int>(*cap);
    }
    policy.unlimitedDeploymentsOnly = reader.boolean(QStringLiteral("unlimitedDeploymentsOnly"));
    policy.minBuyerSize = reader.smallInteger(QStringLiteral("minBuyerSize"));
    policy.usageRatePer1000Calls = reader.money(QStringLiteral("usageRatePer1000Calls"));
    policy.termMonths = reader.smallInteger(QStringLiteral("termMonths"));
    policy.renewable = reader.boolean(QStringLiteral("renewable"));
    if (!error.message.isEmpty())
        return error;
    if (auto valid = policy.validate(); !valid)
        return valid.error();
    return policy;
}

EconomyConfig EconomyConfig::defaults() {
    EconomyConfig config;

    config.gpuTypes = {
        {QStringLiteral("a100"), QStringLiteral("A100-class"), 150.0, Money::fromCents(200), 512},
        {QStringLiteral("h100"), QStringLiteral("H100-class"), 400.0, Money::fromCents(300), 1024},
        {QStringLiteral("b200"), QStringLiteral("B200-class"), 1000.0, Money::fromCents(600), 4096},
    };

    // Presets are calibrated so each class's template lands inside the seed's cost and time range:
    // Small $10k-50k in 1-3 days, Medium $100k-500k in 1-2 weeks, Large $1M-5M in 1-2 months,
    // Frontier $10M and up in 3-6 months (see docs/economy.md for the arithmetic).
    SizeClassSpec small;
    small.sizeClass = SizeClass::Small;
    small.costMin = dollars(10'000);
    small.costMax = dollars(50'000);
    small.daysMin = 1;
    small.daysMax = 3;
    small.parametersMin = 100'000'000LL;
    small.parametersMax = 3'000'000'000LL;
    small.failureChance = 0.02;
    small.baseQuality = 48;
    small.qualitySpread = 7;
    small.efficiencyOffset = 12;
    small.presetParameters = 1'000'000'000LL;
    small.presetDatasetTokens = 50'000'000'000LL;
    small.presetGpuType = QStringLiteral("a100");
    small.presetGpuCount = 16;
    small.presetTeam = makeTeam({0, 1, 1, 0}, {1, 1, 0, 0});

    SizeClassSpec medium;
    medium.sizeClass = SizeClass::Medium;
    medium.costMin = dollars(100'000);
    medium.costMax = dollars(500'000);
    medium.daysMin = 7;
    medium.daysMax = 14;
    medium.parametersMin = 3'000'000'000LL;
    medium.parametersMax = 30'000'000'000LL;
    medium.failureChance = 0.04;
    medium.baseQuality = 60;
    medium.qualitySpread = 6;
    medium.efficiencyOffset = 4;
    medium.presetParameters = 13'000'000'000LL;
    medium.presetDatasetTokens = 300'000'000'000LL;
    medium.presetGpuType = QStringLiteral("h100");
    medium.presetGpuCount = 64;
    medium.presetTeam = makeTeam({1, 2, 2, 0}, {1, 2, 1, 0});

    SizeClassSpec large;
    large.sizeClass = SizeClass::Large;
    large.costMin = dollars(1'000'000);
    large.costMax = dollars(5'000'000);
    large.daysMin = 30;
    large.daysMax = 60;
    large.parametersMin = 30'000'000'000LL;
    large.parametersMax = 200'000'000'000LL;
    large.failureChance = 0.08;
    large.baseQuality = 71;
    large.qualitySpread = 5;
    large.efficiencyOffset = -4;
    large.presetParameters = 70'000'000'000LL;
    large.presetDatasetTokens = 1'400'000'000'000LL;
    large.presetGpuType = QStringLiteral("h100");
    large.presetGpuCount = 384;
    large.presetTeam = makeTeam({2, 4, 4, 1}, {3, 4, 3, 1});

    SizeClassSpec frontier;
    frontier.sizeClass = SizeClass::Frontier;
    frontier.costMin = dollars(10'000'000);
    frontier.costMax = std::nullopt;
    frontier.daysMin = 90;
    frontier.daysMax = 180;
    frontier.parametersMin = 200'000'000'000LL;
    frontier.parametersMax = 10'000'000'000'000LL;
    frontier.failureChance = 0.12;
    frontier.baseQuality = 80;
    frontier.qualitySpread = 4;
    frontier.efficiencyOffset = -12;
    frontier.presetParameters = 400'000'000'000LL;
    frontier.presetDatasetTokens = 8'000'000'000'000LL;
    frontier.presetGpuType = QStringLiteral("b200");
    frontier.presetGpuCount = 2048;
    frontier.presetTeam = makeTeam({4, 10, 10, 4}, {6, 10, 8, 3});

    config.sizeClasses = {small, medium, large, frontier};

    config.dailyRateBySeniority = {dollars(400), dollars(700), dollars(1'100), dollars(1'800)};
    config.dataCostPerMillionTokens = Money::fromCents(20);

    config.architectureModifiers = {
        {Architecture::Transformer, 0, 0, 0}, {Architecture::MixtureOfExperts, 2, 0, 6},
        {Architecture::Diffusion, 1, -3, -2}, {Architecture::Cnn, -4, 3, 5},
        {Architecture::Rnn, -6, -2, 4},       {Architecture::Multimodal, 3, 1, -5},
    };
    config.benchmarks = {
        {QStringLiteral("reasoning"), QStringLiteral("Reasoning"), 0.6, 0.4, 0.0, 3.0},
        {QStringLiteral("coding"), QStringLiteral("Coding"), 0.5, 0.5, 0.0, 3.0},
        {QStringLiteral("knowledge"), QStringLiteral("Knowledge"), 0.2, 0.8, 0.0, 3.0},
        {QStringLiteral("throughput"), QStringLiteral("Throughput"), 0.1, 0.0, 0.9, 3.0},
    };

    const QList<BuyerType> everyone = enumValues<BuyerType>();

    TierPolicy openSource;
    openSource.tier = LicenseTier::OpenSource;
    openSource.priceFloor = Money();
    openSource.priceCeiling = Money();
    openSource.pricingReferenceCeiling = Money();
    openSource.attributionRequired = true;
    openSource.allowedBuyerTypes = everyone;

    TierPolicy academic;
    academic.tier = LicenseTier::Academic;
    academic.priceFloor = dollars(1'000);
    academic.priceCeiling = dollars(10'000);
    academic.pricingReferenceCeiling = dollars(10'000);
    academic.researchOnly = true;
    academic.requiredUse = IntendedUse::Research;
    academic.allowedBuyerTypes = {BuyerType::Academic};
    academic.deploymentCap = 2;
    academic.usageRatePer1000Calls = Money::fromCents(5);
    academic.termMonths = 12;
    academic.renewable = true;

    TierPolicy commercial;
    commercial.tier = LicenseTier::Commercial;
    commercial.priceFloor = dollars(50'000);
    commercial.priceCeiling = dollars(500'000);
    commercial.pricingReferenceCeiling = dollars(500'000);
    commercial.requiredUse = IntendedUse::Business;
    commercial.allowedBuyerTypes = {BuyerType::Startup, BuyerType::Commercial,
                                    BuyerType::Enterprise};
    commercial.deploymentCap = 10;
    commercial.usageRatePer1000Calls = Money::fromCents(50);
    commercial.termMonths = 12;
    commercial.renewable = true;

    TierPolicy enterprise;
    enterprise.tier = LicenseTier::Enterprise;
    enterprise.priceFloor = dollars(1'000'000);
    enterprise.priceCeiling = std::nullopt;
    enterprise.pricingReferenceCeiling = dollars(10'000'000);
    enterprise.requiredUse = IntendedUse::Business;
    enterprise.allowedBuyerTypes = {BuyerType::Commercial, BuyerType::Enterprise};
    enterprise.unlimitedDeploymentsOnly = true;
    enterprise.minBuyerSize = 1'000;
    enterprise.usageRatePer1000Calls = Money::fromCents(20);
    enterprise.termMonths = 36;
    enterprise.renewable = true;

    config.tiers = {openSource, academic, commercial, enterprise};
    config.demand = DemandConfig::defaults();
    return config;
}

const SizeClassSpec& EconomyConfig::sizeClass(SizeClass id) const {
    for (const SizeClassSpec& spec : sizeClasses) {
        if (spec.sizeClass == id)
            return spec;
    }
    throw std::logic_error("economy config has no size class " + enumKey(id).toStdString());
}

const TierPolicy& EconomyConfig::tier(LicenseTier id) const {
    for (const TierPolicy& policy : tiers) {
        if (policy.tier == id)
            return policy;
    }
    throw std::logic_error("economy config has no tier " + enumKey(id).toStdString());
}

TierPolicy& EconomyConfig::tier(LicenseTier id) {
    return const_cast<TierPolicy&>(std::as_const(*this).tier(id));
}

const GpuTypeSpec* EconomyConfig::gpuType(const QString& key) const {
    for (const GpuTypeSpec& gpu : gpuTypes) {
        if (gpu.key == key)
            return &gpu;
    }
    return nullptr;
}

ArchitectureModifier EconomyConfig::modifier(Architecture architecture) const {
    for (const ArchitectureModifier& modifier : architectureModifiers) {
        if (modifier.architecture == architecture)
            return modifier;
    }
    return ArchitectureModifier{architecture, 0, 0, 0};
}

Money EconomyConfig::dailyTeamRate(const Team& team) const {
    Money rate;
    for (int level = 0; level < 4; ++level)
        rate +=
            dailyRateBySeniority[level] * (qint64(team.researchers[level]) + team.engineers[level]);
    return rate;
}

Status EconomyConfig::validate() const {
    for (SizeClass id : enumValues<SizeClass>()) {
        const auto found =
            std::count_if(sizeClasses.begin(), sizeClasses.end(),
                          [id](const SizeClassSpec& spec) { return spec.sizeClass == id; });
        if (found != 1)
            return invalid(QStringLiteral("sizeClasses"),
                           Tr::tr("size class %1 must appear exactly once").arg(enumLabel(id)));
    }
    for (const SizeClassSpec& spec : sizeClasses) {
        const QString where = enumLabel(spec.sizeClass);
        if (spec.costMin.isNegative() || (spec.costMax && *spec.costMax < spec.costMin))
            return invalid(where, Tr::tr("the cost range is empty or negative"));
        if (spec.daysMin < 1 || spec.daysMax < spec.daysMin)
            return invalid(where,
                           Tr::tr("the duration range must be at least one day and not empty"));
        if (spec.parametersMin < 1 || spec.parametersMax < spec.parametersMin)
            return invalid(where, Tr::tr("the parameter range is empty"));
        if (!(spec.failureChance >= 0.0 && spec.failureChance <= 1.0))
            return invalid(where, Tr::tr("the failure chance must be between 0 and 1"));
        if (!(spec.qualitySpread >= 0.0) || !(spec.baseQuality >= 0.0 && spec.baseQuality <= 100.0))
            return invalid(where, Tr::tr("base quality must be 0-100 and the spread not negative"));
        if (spec.presetParameters < spec.parametersMin ||
            spec.presetParameters > spec.parametersMax)
            return invalid(where,
                           Tr::tr("the template's parameter count is outside the class's range"));
        if (!gpuType(spec.presetGpuType))
            return invalid(
                where,
                Tr::tr("the template uses an unknown GPU type '%1'").arg(spec.presetGpuType));
    }
    if (gpuTypes.isEmpty())
        return invalid(QStringLiteral("gpuTypes"), Tr::tr("at least one GPU type is needed"));
    for (const GpuTypeSpec& gpu : gpuTypes) {
        if (std::count_if(gpuTypes.begin(), gpuTypes.end(),
                          [&gpu](const GpuTypeSpec& other) { return other.key == gpu.key; }) != 1)
            return invalid(gpu.key, Tr::tr("GPU type '%1' appears more than once").arg(gpu.key));
        if (gpu.key.isEmpty() || !(gpu.effectiveTflops > 0.0) || gpu.hourlyRate.isNegative() ||
            gpu.capacity < 0)
            return invalid(
                gpu.key,
                Tr::tr("a GPU type needs a key, positive throughput, a rate and a capacity"));
    }
    for (Money rate : dailyRateBySeniority) {
        if (rate.isNegative())
            return invalid(QStringLiteral("dailyRateBySeniority"),
                           Tr::tr("a daily rate cannot be negative"));
    }
    if (dataCostPerMillionTokens.isNegative())
        return invalid(QStringLiteral("dataCostPerMillionTokens"),
                       Tr::tr("the data cost cannot be negative"));
    if (!(research.maxBonus >= 0.0) || !(research.halfSaturationPoints > 0.0))
        return invalid(QStringLiteral("research"),
                       Tr::tr("the research curve needs a bonus ≥ 0 and half-points > 0"));
    if (!(optimalTokensPerParameter > 0.0))
        return invalid(QStringLiteral("optimalTokensPerParameter"), Tr::tr("must be positive"));
    const double weights = performanceWeight + accuracyWeight + efficiencyWeight;
    if (std::abs(weights - 1.0) > 1e-9 || performanceWeight < 0 || accuracyWeight < 0 ||
        efficiencyWeight < 0)
        return invalid(QStringLiteral("weights"),
                       Tr::tr("the composite weights must be positive and add up to 1"));
    if (cancellationFeePercent < 0 || cancellationFeePercent > 100)
        return invalid(QStringLiteral("cancellationFeePercent"),
                       Tr::tr("must be between 0 and 100"));
    for (LicenseTier id : enumValues<LicenseTier>()) {
        const auto found =
            std::count_if(tiers.begin(), tiers.end(),
                          [id](const TierPolicy& policy) { return policy.tier == id; });
        if (found != 1)
            return invalid(QStringLiteral("tiers"),
                           Tr::tr("tier %1 must appear exactly once").arg(enumLabel(id)));
    }
    for (const TierPolicy& policy : tiers) {
        if (auto valid = policy.validate(); !valid)
            return valid;
    }
    return demand.validate();
}

QJsonObject EconomyConfig::toJson() const {
    QJsonArray sizes;
    for (const SizeClassSpec& spec : sizeClasses) {
        sizes.append(QJsonObject{
            {QStringLiteral("sizeClass"), enumKey(spec.sizeClass)},
            {QStringLiteral("costMin"), moneyToJson(spec.costMin)},
            {QStringLiteral("costMax"), optionalMoneyToJson(spec.costMax)},
            {QStringLiteral("daysMin"), spec.daysMin},
            {QStringLiteral("daysMax"), spec.daysMax},
            {QStringLiteral("parametersMin"), QString::number(spec.parametersMin)},
            {QStringLiteral("parametersMax"), QString::number(spec.parametersMax)},
            {QStringLiteral("failureChance"), spec.failureChance},
            {QStringLiteral("baseQuality"), spec.baseQuality},
            {QStringLiteral("qualitySpread"), spec.qualitySpread},
            {QStringLiteral("efficiencyOffset"), spec.efficiencyOffset},
            {QStringLiteral("presetParameters"), QString::number(spec.presetParameters)},
            {QStringLiteral("presetDatasetTokens"), QString::number(spec.presetDatasetTokens)},
            {QStringLiteral("presetGpuType"), spec.presetGpuType},
            {QStringLiteral("presetGpuCount"), spec.presetGpuCount},
            {QStringLiteral("presetTeam"), spec.presetTeam.toJson()},
        });
    }
    QJsonArray gpus;
    for (const GpuTypeSpec& gpu : gpuTypes) {
        gpus.append(QJsonObject{{QStringLiteral("key"), gpu.key},
                                {QStringLiteral("name"), gpu.name},
                                {QStringLiteral("effectiveTflops"), gpu.effectiveTflops},
                                {QStringLiteral("hourlyRate"), moneyToJson(gpu.hourlyRate)},
                                {QStringLiteral("capacity"), gpu.capacity}});
    }
    QJsonObject rates;
    for (Seniority level : enumValues<Seniority>())
        rates.insert(enumKey(level), moneyToJson(dailyRateBySeniority[static_cast<int>(level)]));
    QJsonArray modifiers;
    for (const ArchitectureModifier& modifier : architectureModifiers) {
        modifiers.append(
            QJsonObject{{QStringLiteral("architecture"), enumKey(modifier.architecture)},
                        {QStringLiteral("performance"), modifier.performance},
                        {QStringLiteral("accuracy"), modifier.accuracy},
                        {QStringLiteral("efficiency"), modifier.efficiency}});
    }
    QJsonArray benchmarkList;
    for (const BenchmarkSpec& benchmark : benchmarks) {
        benchmarkList.append(
            QJsonObject{{QStringLiteral("key"), benchmark.key},
                        {QStringLiteral("name"), benchmark.name},
                        {QStringLiteral("performanceWeight"), benchmark.performanceWeight},
                        {QStringLiteral("accuracyWeight"), benchmark.accuracyWeight},
                        {QStringLiteral("efficiencyWeight"), benchmark.efficiencyWeight},
                        {QStringLiteral("noise"), benchmark.noise}});
    }
    QJsonArray tierList;
    for (const TierPolicy& policy : tiers)
        tierList.append(policy.toJson());

    return {
        {QStringLiteral("format"), QStringLiteral("modelmarket-economy-config")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("sizeClasses"), sizes},
        {QStringLiteral("gpuTypes"), gpus},
        {QStringLiteral("dailyRateBySeniority"), rates},
        {QStringLiteral("engineerQualityWeight"), engineerQualityWeight},
        {QStringLiteral("teamMaxBonus"), teamMaxBonus},
        {QStringLiteral("teamHalfSaturation"), teamHalfSaturation},
        {QStringLiteral("dataCostPerMillionTokens"), moneyToJson(dataCostPerMillionTokens)},
        {QStringLiteral("optimalTokensPerParameter"), optimalTokensPerParameter},
        {QStringLiteral("dataShortfallMaxPenalty"), dataShortfallMaxPenalty},
        {QStringLiteral("datasetWarningRatio"), datasetWarningRatio},
        {QStringLiteral("research"),
         QJsonObject{{QStringLiteral("maxBonus"), research.maxBonus},
                     {QStringLiteral("halfSaturationPoints"), research.halfSaturationPoints}}},
        {QStringLiteral("performanceWeight"), performanceWeight},
        {QStringLiteral("accuracyWeight"), accuracyWeight},
        {QStringLiteral("efficiencyWeight"), efficiencyWeight},
        {QStringLiteral("architectureModifiers"), modifiers},
        {QStringLiteral("benchmarks"), benchmarkList},
        {QStringLiteral("actualCostSpread"), actualCostSpread},
        {QStringLiteral("actualDaysSpread"), actualDaysSpread},
        {QStringLiteral("cancellationFeePercent"), cancellationFeePercent},
        {QStringLiteral("tiers"), tierList},
        {QStringLiteral("demand"), demand.toJson()},
        {QStringLiteral("marketSeed"), QString::number(marketSeed)},
    };
}

Result<EconomyConfig> EconomyConfig::fromJson(const QJsonObject& json) {
    Error error;
    JsonReader reader(json, QString(), &error);
    if (reader.has(QStringLiteral("version")) && reader.integer(QStringLiteral("version")) > 1)
        return makeError(Tr::tr("the economy config was written by a newer version of ModelMarket"),
                         QStringLiteral("version"), QStringLiteral("config-newer"));

    EconomyConfig config;
    const QJsonArray sizes = reader.array(QStringLiteral("sizeClasses"));
    for (qsizetype i = 0; i < sizes.size(); ++i) {
        JsonReader item(sizes.at(i).toObject(), reader.childPath(QStringLiteral("sizeClasses"), i),
                        &error);
        SizeClassSpec spec;
        spec.sizeClass = item.enumeration<SizeClass>(QStringLiteral("sizeClass"));
        spec.costMin = item.money(QStringLiteral("costMin"));
        spec.costMax = item.optionalMoney(QStringLiteral("costMax"));
        spec.daysMin = item.smallInteger(QStringLiteral("daysMin"));
        spec.daysMax = item.smallInteger(QStringLiteral("daysMax"));
        spec.parametersMin = item.integer(QStringLiteral("parametersMin"));
        spec.parametersMax = item.integer(QStringLiteral("parametersMax"));
        spec.failureChance = item.number(QStringLiteral("failureChance"));
        spec.baseQuality = item.number(QStringLiteral("baseQuality"));
        spec.qualitySpread = item.number(QStringLiteral("qualitySpread"));
        spec.efficiencyOffset = item.number(QStringLiteral("efficiencyOffset"));
        spec.presetParameters = item.integer(QStringLiteral("presetParameters"));
        spec.presetDatasetTokens = item.integer(QStringLiteral("presetDatasetTokens"));
        spec.presetGpuType = item.string(QStringLiteral("presetGpuType"));
        spec.presetGpuCount = item.smallInteger(QStringLiteral("presetGpuCount"));
        if (item.ok()) {
            auto team = Team::fromJson(item.object(QStringLiteral("presetTeam")));
            if (!team)
                item.fail(QStringLiteral("presetTeam"), team.error().message);
            else
                spec.presetTeam = *team;
        }
        config.sizeClasses.append(spec);
    }
    const QJsonArray gpus = reader.array(QStringLiteral("gpuTypes"));
    for (qsizetype i = 0; i < gpus.size(); ++i) {
        JsonReader item(gpus.at(i).toObject(), reader.childPath(QStringLiteral("gpuTypes"), i),
                        &error);
        GpuTypeSpec gpu;
        gpu.key = item.string(QStringLiteral("key"));
        gpu.name = item.string(QStringLiteral("name"));
        gpu.effectiveTflops = item.number(QStringLiteral("effectiveTflops"));
        gpu.hourlyRate = item.money(QStringLiteral("hourlyRate"));
        gpu.capacity = item.smallInteger(QStringLiteral("capacity"));
        config.gpuTypes.append(gpu);
    }
    {
        JsonReader rates(reader.object(QStringLiteral("dailyRateBySeniority")),
                         reader.childPath(QStringLiteral("dailyRateBySeniority")), &error);
        for (Seniority level : enumValues<Seniority>())
            config.dailyRateBySeniority[static_cast<int>(level)] = rates.money(enumKey(level));
    }
    config.engineerQualityWeight = reader.number(QStringLiteral("engineerQualityWeight"));
    config.teamMaxBonus = reader.number(QStringLiteral("teamMaxBonus"));
    config.teamHalfSaturation = reader.number(QStringLiteral("teamHalfSaturation"));
    config.dataCostPerMillionTokens = reader.money(QStringLiteral("dataCostPerMillionTokens"));
    config.optimalTokensPerParameter = reader.number(QStringLiteral("optimalTokensPerParameter"));
    config.dataShortfallMaxPenalty = reader.number(QStringLiteral("dataShortfallMaxPenalty"));
    config.datasetWarningRatio = reader.number(QStringLiteral("datasetWarningRatio"));
    {
        JsonReader curve(reader.object(QStringLiteral("research")),
                         reader.childPath(QStringLiteral("research")), &error);
        config.research.maxBonus = curve.number(QStringLiteral("maxBonus"));
        config.research.halfSaturationPoints = curve.number(QStringLiteral("halfSaturationPoints"));
    }
    config.performanceWeight = reader.number(QStringLiteral("performanceWeight"));
    config.accuracyWeight = reader.number(QStringLiteral("accuracyWeight"));
    config.efficiencyWeight = reader.number(QStringLiteral("efficiencyWeight"));
    const QJsonArray modifiers = reader.array(QStringLiteral("architectureModifiers"));
    for (qsizetype i = 0; i < modifiers.size(); ++i) {
        JsonReader item(modifiers.at(i).toObject(),
                        reader.childPath(QStringLiteral("architectureModifiers"), i), &error);
        ArchitectureModifier modifier;
        modifier.architecture = item.enumeration<Architecture>(QStringLiteral("architecture"));
        modifier.performance = item.number(QStringLiteral("performance"));
        modifier.accuracy = item.number(QStringLiteral("accuracy"));
        modifier.efficiency = item.number(QStringLiteral("efficiency"));
        config.architectureModifiers.append(modifier);
    }
    const QJsonArray benchmarkList = reader.array(QStringLiteral("benchmarks"));
    for (qsizetype i = 0; i < benchmarkList.size(); ++i) {
        JsonReader item(benchmarkList.at(i).toObject(),
                        reader.childPath(QStringLiteral("benchmarks"), i), &error);
        BenchmarkSpec benchmark;
        benchmark.key = item.string(QStringLiteral("key"));
        benchmark.name = item.string(QStringLiteral("name"));
        benchmark.performanceWeight = item.number(QStringLiteral("performanceWeight"));
        benchmark.accuracyWeight = item.number(QStringLiteral("accuracyWeight"));
        benchmark.efficiencyWeight = item.number(QStringLiteral("efficiencyWeight"));
        benchmark.noise = item.number(QStringLiteral("noise"));
        config.benchmarks.append(benchmark);
    }
    config.actualCostSpread = reader.number(QStringLiteral("actualCostSpread"));
    config.actualDaysSpread = reader.number(QStringLiteral("actualDaysSpread"));
    config.cancellationFeePercent = reader.smallInteger(QStringLiteral("cancellationFeePercent"));
    const QJsonArray tierList = reader.array(QStringLiteral("tiers"));
    for (qsizetype i = 0; i < tierList.size() && error.message.isEmpty(); ++i) {
        auto policy = TierPolicy::fromJson(tierList.at(i).toObject());
        if (!policy) {
            error = policy.error();
            error.where =
                reader.childPath(QStringLiteral("tiers"), i) +
                (error.where.isEmpty() ? QString() : QStringLiteral(" (") + error.where + u')');
        } else {
            config.tiers.append(*policy);
        }
    }
    // Files written before the market simulation have no demand section: they get the defaults.
    if (error.message.isEmpty() && reader.has(QStringLiteral("demand"))) {
        auto demand = DemandConfig::fromJson(reader.object(QStringLiteral("demand")));
        if (!demand)
            error = demand.error();
        else
            config.demand = *demand;
    } else {
        config.demand = DemandConfig::defaults();
    }
    if (error.message.isEmpty() && reader.has(QStringLiteral("marketSeed"))) {
        const QString seed = reader.string(QStringLiteral("marketSeed"));
        bool parsed = false;
        config.marketSeed = seed.toULongLong(&parsed);
        if (!parsed)
            reader.fail(QStringLiteral("marketSeed"), QStringLiteral("expected a whole number"));
    }
    if (!error.message.isEmpty())
        return error;
    if (auto valid = config.validate(); !valid)
        return valid.error();
    return config;
}

} // namespace mm
