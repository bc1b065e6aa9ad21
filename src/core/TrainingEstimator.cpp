#include "core/TrainingEstimator.h"

#include "core/SeededRandom.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <cmath>
#include <limits>

namespace mm {

namespace {

// This file's translation context: lupdate files every Tr::tr() string under it.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mm::TrainingEstimator)
};

constexpr double kSecondsPerDay = 86400.0;
// A rolled cost lies within these factors of the estimate.
constexpr double kMinCostFactor = 0.75;
constexpr double kMaxCostFactor = 1.5;
// More people than this in one seniority level is a typo; it also keeps head counts inside int.
constexpr int kMaxPeoplePerLevel = 1'000'000;
constexpr double kZ90 = 1.2815515655446004; // standard normal 90th percentile

double clampMetric(double value) {
    return std::clamp(value, 0.0, 100.0);
}

// Metrics are stored with one decimal; rounding here keeps rolled values exact in every format.
double roundToTenth(double value) {
    return std::round(value * 10.0) / 10.0;
}

QualityBand band(double mean, double spread) {
    return {clampMetric(mean - kZ90 * spread), clampMetric(mean),
            clampMetric(mean + kZ90 * spread)};
}

Error inputError(const QString& field, const QString& message) {
    return makeError(message, field, QStringLiteral("training-input"));
}

struct QualityMeans {
    double performance = 0;
    double accuracy = 0;
    double efficiency = 0;
    double composite = 0;
    double researchBonus = 0;
};

QualityMeans qualityMeans(const EconomyConfig& config, const TrainingInputs& inputs) {
    const SizeClassSpec& spec = config.sizeClass(inputs.sizeClass);
    double expertise = 0;
    static constexpr std::array<double, 4> kSkill{0.5, 1.0, 2.0, 3.0};
    for (int level = 0; level < 4; ++level)
        expertise += kSkill[level] * (inputs.team.researchers[level] +
                                      config.engineerQualityWeight * inputs.team.engineers[level]);
    const double teamBonus =
        config.teamMaxBonus * expertise / (expertise + config.teamHalfSaturation);

    const double tokensPerParameter =
        static_cast<double>(inputs.datasetTokens) / static_cast<double>(inputs.parameters);
    const double dataShare = std::min(1.0, tokensPerParameter / config.optimalTokensPerParameter);
    const double dataPenalty = config.dataShortfallMaxPenalty * (1.0 - dataShare);

    QualityMeans means;
    means.researchBonus = config.research.bonus(inputs.researchPoints);
    const double base = spec.baseQuality + teamBonus + means.researchBonus - dataPenalty;
    const ArchitectureModifier modifier = config.modifier(inputs.architecture);
    means.performance = clampMetric(base + modifier.performance);
    means.accuracy = clampMetric(base + modifier.accuracy);
    means.efficiency = clampMetric(base + spec.efficiencyOffset + modifier.efficiency);
    means.composite = config.performanceWeight * means.performance +
                      config.accuracyWeight * means.accuracy +
                      config.efficiencyWeight * means.efficiency;
    return means;
}

} // namespace

TrainingInputs TrainingInputs::preset(const EconomyConfig& config, SizeClass sizeClass) {
    const SizeClassSpec& spec = config.sizeClass(sizeClass);
    TrainingInputs inputs;
    inputs.sizeClass = sizeClass;
    inputs.parameters = spec.presetParameters;
    inputs.datasetTokens = spec.presetDatasetTokens;
    inputs.gpuType = spec.presetGpuType;
    inputs.gpuCount = spec.presetGpuCount;
    inputs.team = spec.presetTeam;
    return inputs;
}

TrainingEstimator::TrainingEstimator(EconomyConfig config)
    : m_config(std::move(config)) {
}

Status TrainingEstimator::validate(const TrainingInputs& inputs) const {
    if (std::none_of(m_config.sizeClasses.begin(), m_config.sizeClasses.end(),
                     [&inputs](const SizeClassSpec& candidate) {
                         return candidate.sizeClass == inputs.sizeClass;
                     }))
        return inputError(QStringLiteral("sizeClass"),
                          Tr::tr("the economy has no such size class"));
    const SizeClassSpec& spec = m_config.sizeClass(inputs.sizeClass);
    const QLocale locale;
    if (inputs.parameters <= 0)
        return inputError(QStringLiteral("parameters"),
                          Tr::tr("the parameter count must be positive"));
    if (inputs.parameters < spec.parametersMin || inputs.parameters > spec.parametersMax)
        return inputError(QStringLiteral("parameters"),
                          Tr::tr("%1 parameters is outside the %2 class's range of %3 to %4")
                              .arg(locale.toString(inputs.parameters), enumLabel(inputs.sizeClass),
                                   locale.toString(spec.parametersMin),
                                   locale.toString(spec.parametersMax)));
    if (inputs.datasetTokens <= 0)
        return inputError(QStringLiteral("datasetTokens"),
                          Tr::tr("the dataset must have at least one token"));
    const GpuTypeSpec* gpu = m_config.gpuType(inputs.gpuType);
    if (!gpu)
        return inputError(QStringLiteral("gpuType"),
                          Tr::tr("unknown GPU type '%1'").arg(inputs.gpuType));
    if (inputs.gpuCount <= 0)
        return inputError(QStringLiteral("gpuCount"),
                          Tr::tr("a training job needs at least one GPU"));
    for (int level = 0; level < 4; ++level) {
        if (inputs.team.researchers[level] < 0 || inputs.team.engineers[level] < 0)
            return inputError(QStringLiteral("team"),
                              Tr::tr("a team cannot have a negative number of people"));
        if (inputs.team.researchers[level] > kMaxPeoplePerLevel ||
            inputs.team.engineers[level] > kMaxPeoplePerLevel)
            return inputError(QStringLiteral("team"), Tr::tr("the team is too large to plan for"));
    }
    if (inputs.team.headcount() <= 0)
        return inputError(QStringLiteral("team"),
                          Tr::tr("a training job needs at least one person on the team"));
    if (inputs.researchPoints < 0)
        return inputError(QStringLiteral("researchPoints"),
                          Tr::tr("research points cannot be negative"));
    return Ok{};
}

Result<TrainingEstimate> TrainingEstimator::estimate(const TrainingInputs& inputs) const {
    if (auto valid = validate(inputs); !valid)
        return valid.error();
    const SizeClassSpec& spec = m_config.sizeClass(inputs.sizeClass);
    const GpuTypeSpec& gpu = *m_config.gpuType(inputs.gpuType);

    // Training takes about 6 floating-point operations per parameter per token.
    const double flops =
        6.0 * static_cast<double>(inputs.parameters) * static_cast<double>(inputs.datasetTokens);
    const double gpuSeconds = flops / (gpu.effectiveTflops * 1e12);
    const double days = gpuSeconds / static_cast<double>(inputs.gpuCount) / kSecondsPerDay;
    const double computeCents = gpuSeconds / 3600.0 * static_cast<double>(gpu.hourlyRate.cents());
    // 9.2e18 cents is the qint64 ceiling; anything near it is a typo, not a plan.
    if (!(computeCents < 9.0e18) || !(days < 1.0e7))
        return inputError(QStringLiteral("parameters"),
                          Tr::tr("this run is too large to estimate"));

    TrainingEstimate estimate;
    estimate.days = days;
    estimate.cost.compute = Money::fromCents(std::llround(computeCents));
    auto data = m_config.dataCostPerMillionTokens.scaled(inputs.datasetTokens, 1'000'000);
    if (!data)
        return inputError(QStringLiteral("datasetTokens"),
                          Tr::tr("the dataset is too large to price"));
    estimate.cost.data = *data;
    // People are paid for whole days.
    auto talent = m_config.dailyTeamRate(inputs.team).times(static_cast<qint64>(std::ceil(days)));
    if (!talent)
        return inputError(QStringLiteral("team"), Tr::tr("the team cost is too large"));
    estimate.cost.talent = *talent;
    auto total = estimate.cost.compute.plus(estimate.cost.data);
    if (total)
        total = total->plus(estimate.cost.talent);
    // The roll may charge up to kMaxCostFactor times the estimate, which must still be an amount.
    if (!total || static_cast<double>(total->cents()) * kMaxCostFactor >= 9.2e18)
        return inputError(QStringLiteral("parameters"), Tr::tr("the total cost is too large"));

    const QualityMeans means = qualityMeans(m_config, inputs);
    const double spread = spec.qualitySpread;
    estimate.performance = band(means.performance, spread);
    estimate.accuracy = band(means.accuracy, spread);
    estimate.efficiency = band(means.efficiency, spread);
    const double compositeSpread =
        spread * std::sqrt(m_config.performanceWeight * m_config.performanceWeight +
                           m_config.accuracyWeight * m_config.accuracyWeight +
                           m_config.efficiencyWeight * m_config.efficiencyWeight);
    estimate.composite = band(means.composite, compositeSpread);
    estimate.researchBonus = means.researchBonus;
    estimate.failureChance = spec.failureChance;

    const QLocale locale;
    const double tokensPerParameter =
        static_cast<double>(inputs.datasetTokens) / static_cast<double>(inputs.parameters);
    if (tokensPerParameter < m_config.optimalTokensPerParameter * m_config.datasetWarningRatio) {
        estimate.warningKinds.append(TrainingWarning::DatasetTooSmall);
        estimate.warnings.append(
            Tr::tr("The dataset is small for %1 parameters: %2 tokens per parameter, %3 would be "
                   "ideal.")
                .arg(locale.toString(inputs.parameters),
                     locale.toString(tokensPerParameter, 'f', 1),
                     locale.toString(m_config.optimalTokensPerParameter, 'f', 0)));
    }
    if (inputs.gpuCount > gpu.capacity) {
        estimate.warningKinds.append(TrainingWarning::OverGpuCapacity);
        estimate.warnings.append(
            Tr::tr("%1 %2 GPUs exceed the studio's capacity of %3; the job cannot start.")
                .arg(inputs.gpuCount)
                .arg(gpu.name)
                .arg(gpu.capacity));
    }
    if (spec.costMax && *total > *spec.costMax) {
        estimate.warningKinds.append(TrainingWarning::CostAboveRange);
        estimate.warnings.append(Tr::tr("The cost %1 is above the %2 class's range (up to %3).")
                                     .arg(total->toDisplayString(locale),
                                          enumLabel(inputs.sizeClass),
                                          spec.costMax->toDisplayString(locale)));
    }
    if (*total < spec.costMin) {
        estimate.warningKinds.append(TrainingWarning::CostBelowRange);
        estimate.warnings.append(Tr::tr("The cost %1 is below the %2 class's range (from %3).")
                                     .arg(total->toDisplayString(locale),
                                          enumLabel(inputs.sizeClass),
                                          spec.costMin.toDisplayString(locale)));
    }
    if (days < spec.daysMin || days > spec.daysMax) {
        estimate.warningKinds.append(TrainingWarning::DurationOutsideRange);
        estimate.warnings.append(
            Tr::tr("%1 days is outside the %2 class's usual %3–%4 days.")
                .arg(locale.toString(days, 'f', 1), enumLabel(inputs.sizeClass))
                .arg(spec.daysMin)
                .arg(spec.daysMax));
    }
    return estimate;
}

Result<TrainingOutcome> TrainingEstimator::roll(const TrainingInputs& inputs) const {
    auto estimated = estimate(inputs);
    if (!estimated)
        return estimated.error();
    const TrainingEstimate& plan = *estimated;
    const SizeClassSpec& spec = m_config.sizeClass(inputs.sizeClass);

    // The name is left out on purpose: renaming a draft must not change what it becomes.
    const QByteArray fingerprint = QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8")
                                       .arg(enumKey(inputs.architecture), enumKey(inputs.sizeClass))
                                       .arg(inputs.parameters)
                                       .arg(inputs.datasetTokens)
                                       .arg(inputs.gpuType)
                                       .arg(inputs.gpuCount)
                                       .arg(inputs.researchPoints)
                                       .arg(inputs.seed)
                                       .toUtf8();
    SeededRandom random(SeededRandom::hash(fingerprint));

    TrainingOutcome outcome;
    const double costFactor = std::clamp(1.0 + m_config.actualCostSpread * random.normal(),
                                         kMinCostFactor, kMaxCostFactor);
    const double daysFactor =
        std::clamp(1.0 + m_config.actualDaysSpread * random.normal(), 0.75, 1.5);
    const double failureRoll = random.uniform();
    const double failurePoint = 0.2 + 0.7 * random.uniform();

    const QualityMeans means = qualityMeans(m_config, inputs);
    outcome.performance =
        roundToTenth(clampMetric(means.performance + spec.qualitySpread * random.normal()));
    outcome.accuracy =
        roundToTenth(clampMetric(means.accuracy + spec.qualitySpread * random.normal()));
    outcome.efficiency =
        roundToTenth(clampMetric(means.efficiency + spec.qualitySpread * random.normal()));
    outcome.composite = roundToTenth(m_config.performanceWeight * outcome.performance +
                                     m_config.accuracyWeight * outcome.accuracy +
                                     m_config.efficiencyWeight * outcome.efficiency);
    for (const BenchmarkSpec& benchmark : m_config.benchmarks) {
        const double score = benchmark.performanceWeight * outcome.performance +
                             benchmark.accuracyWeight * outcome.accuracy +
                             benchmark.efficiencyWeight * outcome.efficiency +
                             benchmark.noise * random.normal();
        outcome.benchmarks.insert(benchmark.key, roundToTenth(clampMetric(score)));
    }

    const double totalCents = static_cast<double>(plan.cost.total().cents());
    outcome.actualCost = Money::fromCents(std::llround(totalCents * costFactor));
    outcome.actualDays = std::round(plan.days * daysFactor * 10.0) / 10.0;

    if (failureRoll < spec.failureChance) {
        // A failed run stops part-way: that share of the money and the time is gone, no model
        // remains.
        outcome.failed = true;
        outcome.failureReason = Tr::tr("the run diverged after %1% of its schedule")
                                    .arg(static_cast<int>(std::round(failurePoint * 100.0)));
        outcome.actualCost = Money::fromCents(std::llround(totalCents * costFactor * failurePoint));
        outcome.actualDays = std::round(plan.days * daysFactor * failurePoint * 10.0) / 10.0;
        outcome.performance = outcome.accuracy = outcome.efficiency = outcome.composite = 0;
        outcome.benchmarks.clear();
    }
    return outcome;
}

} // namespace mm
