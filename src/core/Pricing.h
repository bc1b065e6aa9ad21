#pragma once

#include "core/EconomyConfig.h"

namespace mm {

// List prices and what a license earns.
class Pricing {
public:
    explicit Pricing(EconomyConfig config);

    // A price inside the tier's range that rises with quality (60%) and size class (40%), rounded
    // to a whole $100 (whole dollars for small ranges) and then clamped back into the range.
    Money recommendedPrice(LicenseTier tier, double compositeQuality, SizeClass sizeClass) const;

    // Usage charge for one month: calls × rate / 1000, rounded half up to the cent.
    static Result<Money> usageCharge(qint64 apiCalls, Money ratePer1000Calls);
    // Fee plus `months` months of usage at a steady call volume.
    static Result<Money> licenseRevenue(Money fee, qint64 monthlyApiCalls, Money ratePer1000Calls,
                                        int months);

    const EconomyConfig& config() const { return m_config; }

private:
    EconomyConfig m_config;
};

} // namespace mm
