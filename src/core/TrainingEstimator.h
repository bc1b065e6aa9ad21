#pragma once

#include "core/EconomyConfig.h"
#include "core/Money.h"
#include "core/Result.h"

#include <QMap>
#include <QStringList>

namespace mm {

struct TrainingInputs {
    QString modelName;
    Architecture architecture = Architecture::Transformer;
    SizeClass sizeClass = SizeClass::Small;
    qint64 parameters = 0;
    qint64 datasetTokens = 0;
    QString gpuType;
    int gpuCount = 0;
    Team team;
    qint64 researchPoints = 0;
    quint64 seed = 0;

    // The template of a size class: what the "Small / Medium / Large / Frontier" presets fill in.
    static TrainingInputs preset(const EconomyConfig& config, SizeClass sizeClass);
};

struct CostBreakdown {
    Money compute;
    Money data;
    Money talent;

    Money total() const { return compute + data + talent; }
};

struct QualityBand {
    double p10 = 0;
    double p50 = 0;
    double p90 = 0;
};

enum class TrainingWarning {
    DatasetTooSmall,
    OverGpuCapacity,
    CostAboveRange,
    CostBelowRange,
    DurationOutsideRange
};

struct TrainingEstimate {
    CostBreakdown cost;
    double days = 0;
    QualityBand composite;
    QualityBand performance;
    QualityBand accuracy;
    QualityBand efficiency;
    double researchBonus = 0;
    double failureChance = 0;
    QList<TrainingWarning> warningKinds;
    QStringList warnings; // one sentence each, for people

    bool hasWarning(TrainingWarning kind) const { return warningKinds.contains(kind); }
};

struct TrainingOutcome {
    bool failed = false;
    QString failureReason;
    double performance = 0;
    double accuracy = 0;
    double efficiency = 0;
    double composite = 0;
    QMap<QString, double> benchmarks; // benchmark key → score 0–100
    Money actualCost;
    double actualDays = 0;
};

// Cost, time and quality of a training run, from the economy config alone (see docs/economy.md).
class TrainingEstimator {
public:
    explicit TrainingEstimator(EconomyConfig config);

    Status validate(const TrainingInputs& inputs) const;
    Result<TrainingEstimate> estimate(const TrainingInputs& inputs) const;
    // The seeded roll: same inputs and seed give the same outcome on every machine.
    Result<TrainingOutcome> roll(const TrainingInputs& inputs) const;

    const EconomyConfig& config() const { return m_config; }

private:
    EconomyConfig m_config;
};

} // namespace mm
