#pragma once

#include "core/DemandConfig.h"
#include "core/Enums.h"
#include "core/Money.h"
#include "core/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <array>
#include <optional>

namespace mm {

// People on a job, counted by seniority (index = Seniority).
struct Team {
    std::array<int, 4> researchers{};
    std::array<int, 4> engineers{};

    int headcount() const;
    bool operator==(const Team&) const = default;
    QJsonObject toJson() const;
    static Result<Team> fromJson(const QJsonObject& json);
};

struct SizeClassSpec {
    SizeClass sizeClass = SizeClass::Small;
    Money costMin;
    std::optional<Money> costMax; // none: no upper bound (Frontier, "$10M and up")
    int daysMin = 1;
    int daysMax = 1;
    qint64 parametersMin = 1;
    qint64 parametersMax = 1;
    double failureChance = 0.0;  // chance that a run of this class fails, 0..1
    double baseQuality = 50.0;   // expected composite before team, research and data effects
    double qualitySpread = 5.0;  // standard deviation of each rolled metric
    double efficiencyOffset = 0; // small models are cheap to run, frontier ones are not
    // The "template" a designer starts from in the New Training Job dialog.
    qint64 presetParameters = 1;
    qint64 presetDatasetTokens = 1;
    QString presetGpuType;
    int presetGpuCount = 1;
    Team presetTeam;

    bool operator==(const SizeClassSpec&) const = default;
};

struct GpuTypeSpec {
    QString key;
    QString name;
    double effectiveTflops =
        1.0;          // sustained throughput per GPU in training, not the datasheet peak
    Money hourlyRate; // per GPU-hour
    int capacity = 0; // GPUs of this type the studio can run at once

    bool operator==(const GpuTypeSpec&) const = default;
};

struct ArchitectureModifier {
    Architecture architecture = Architecture::Transformer;
    double performance = 0;
    double accuracy = 0;
    double efficiency = 0;

    bool operator==(const ArchitectureModifier&) const = default;
};

// A named benchmark whose score is a weighted mix of the three metrics plus noise.
struct BenchmarkSpec {
    QString key;
    QString name;
    double performanceWeight = 0;
    double accuracyWeight = 0;
    double efficiencyWeight = 0;
    double noise = 0; // standard deviation of the roll

    bool operator==(const BenchmarkSpec&) const = default;
};

// Points spent from finished research raise expected quality by maxBonus * p / (p + halfPoints):
// the first points help most, and no amount of research passes maxBonus.
struct ResearchCurve {
    double maxBonus = 15.0;
    double halfSaturationPoints = 400.0;

    double bonus(qint64 points) const;
    bool operator==(const ResearchCurve&) const = default;
};

struct TierPolicy {
    LicenseTier tier = LicenseTier::OpenSource;
    Money priceFloor;
    std::optional<Money> priceCeiling; // none: no ceiling ("$1M and up")
    // Used by Pricing when there is no ceiling, so a recommendation still scales with quality.
    Money pricingReferenceCeiling;
    bool attributionRequired = false;
    bool researchOnly = false;
    std::optional<IntendedUse> requiredUse;
    QList<BuyerType> allowedBuyerTypes;
    std::optional<int> deploymentCap; // none: unlimited
    bool unlimitedDeploymentsOnly = false;
    int minBuyerSize = 0; // employees
    Money usageRatePer1000Calls;
    int termMonths = 0; // 0: perpetual
    bool renewable = false;

    bool isPerpetual() const { return termMonths == 0; }
    bool allowsBuyer(BuyerType type) const { return allowedBuyerTypes.contains(type); }
    Status validate() const;
    QJsonObject toJson() const;
    static Result<TierPolicy> fromJson(const QJsonObject& json);
    bool operator==(const TierPolicy&) const = default;
};

struct EconomyConfig {
    QList<SizeClassSpec> sizeClasses;
    QList<GpuTypeSpec> gpuTypes;
    std::array<Money, 4> dailyRateBySeniority{}; // one person-day, index = Seniority
    double engineerQualityWeight = 0.5; // an engineer adds half the expertise of a researcher
    double teamMaxBonus = 6.0;
    double teamHalfSaturation = 12.0; // expertise points at which the team gives half its bonus
    Money dataCostPerMillionTokens;
    double optimalTokensPerParameter = 20.0;
    double dataShortfallMaxPenalty = 12.0;
    double datasetWarningRatio = 0.5; // warn below this share of the optimal tokens
    ResearchCurve research;
    double performanceWeight = 0.40;
    double accuracyWeight = 0.35;
    double efficiencyWeight = 0.25;
    QList<ArchitectureModifier> architectureModifiers;
    QList<BenchmarkSpec> benchmarks;
    double actualCostSpread = 0.08; // relative standard deviation of real cost around the estimate
    double actualDaysSpread = 0.06;
    int cancellationFeePercent = 0; // share of the unspent budget still charged on cancel
    QList<TierPolicy> tiers;
    // How buyers decide each month (the market simulation).
    DemandConfig demand;
    // Seeds the market: the clock's month M and the forecast's run 0 draw the same numbers.
    quint64 marketSeed = 20251115;

    static EconomyConfig defaults();

    const SizeClassSpec& sizeClass(SizeClass sizeClass) const;
    const TierPolicy& tier(LicenseTier tier) const;
    TierPolicy& tier(LicenseTier tier);
    const GpuTypeSpec* gpuType(const QString& key) const;
    ArchitectureModifier modifier(Architecture architecture) const;
    Money dailyTeamRate(const Team& team) const;

    Status validate() const;
    QJsonObject toJson() const;
    static Result<EconomyConfig> fromJson(const QJsonObject& json);
    bool operator==(const EconomyConfig&) const = default;
};

} // namespace mm
