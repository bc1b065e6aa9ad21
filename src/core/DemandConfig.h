#pragma once

#include "core/Enums.h"
#include "core/Money.h"
#include "core/Result.h"

#include <QJsonObject>
#include <array>

namespace mm {

// How one type of buyer decides, month by month. docs/economy.md gives the formulas and the
// reason for every default.
struct BuyerTypeDemand {
    // Chance that a buyer of this type wants a new license in a given month.
    double needPerMonth = 0.1;
    // What "quality" means to this type: weights of performance, accuracy and efficiency.
    double performanceWeight = 0.4;
    double accuracyWeight = 0.35;
    double efficiencyWeight = 0.25;
    // Utility of ten quality points.
    double qualitySensitivity = 1.0;
    // Utility lost per month of budget inflow that the fee costs.
    double priceSensitivity = 1.0;
    // Utility of buying in each tier (index = LicenseTier): how well the tier fits this type.
    std::array<double, 4> tierFit{};
    // Budget added each month, up to the cap (a buyer above the cap keeps what it has).
    Money monthlyBudget;
    Money budgetCap;
    // API calls a licensed model serves per employee per month.
    qint64 callsPerEmployee = 0;

    bool operator==(const BuyerTypeDemand&) const = default;
};

struct DemandConfig {
    std::array<BuyerTypeDemand, 4> byType{}; // index = BuyerType
    // Utility of buying nothing this month: the higher, the choosier the market.
    double outsideUtility = 0.0;
    // A model's appeal grows with its adoption as (1 + adoptions)^visibilityWeight.
    double visibilityWeight = 0.3;
    // One Open Source adoption counts this many paid ones towards visibility (the seed's lesson:
    // free access makes a model known, which sells its paid tiers).
    int openSourceAdoptionWeight = 3;
    // At term end the current model's appeal is multiplied by this before it is weighed against
    // the alternatives in its tier: switching has a cost.
    double renewalLoyalty = 4.0;

    const BuyerTypeDemand& of(BuyerType type) const { return byType[static_cast<int>(type)]; }
    BuyerTypeDemand& of(BuyerType type) { return byType[static_cast<int>(type)]; }

    static DemandConfig defaults();
    Status validate() const;
    QJsonObject toJson() const;
    static Result<DemandConfig> fromJson(const QJsonObject& json);
    bool operator==(const DemandConfig&) const = default;
};

} // namespace mm
