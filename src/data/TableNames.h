#pragma once

#include <QLatin1StringView>
#include <QList>

namespace mm::dbtable {

// The tables a ChangeSet names, spelled once so a listener cannot miss a change through a typo.
inline constexpr QLatin1StringView balanceRules{"balance_rules"};
inline constexpr QLatin1StringView buyers{"buyers"};
inline constexpr QLatin1StringView gpuTypes{"gpu_types"};
inline constexpr QLatin1StringView labs{"labs"};
inline constexpr QLatin1StringView licenseTiers{"license_tiers"};
inline constexpr QLatin1StringView licenses{"licenses"};
inline constexpr QLatin1StringView listings{"listings"};
inline constexpr QLatin1StringView models{"models"};
inline constexpr QLatin1StringView researchProjects{"research_projects"};
inline constexpr QLatin1StringView revenueMonthly{"revenue_monthly"};
inline constexpr QLatin1StringView scenarioOverrides{"scenario_overrides"};
inline constexpr QLatin1StringView scenarios{"scenarios"};
inline constexpr QLatin1StringView settings{"settings"};
inline constexpr QLatin1StringView sizeClasses{"size_classes"};
inline constexpr QLatin1StringView trainingJobs{"training_jobs"};
inline constexpr QLatin1StringView usageCharges{"usage_charges"};

// Where EconomyConfig is stored (EconomyRepository::loadConfig reads these).
inline QList<QLatin1StringView> economyConfigTables() {
    return {settings, licenseTiers, sizeClasses, gpuTypes};
}

} // namespace mm::dbtable
