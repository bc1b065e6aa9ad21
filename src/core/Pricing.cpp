#include "core/Pricing.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace mm {

Pricing::Pricing(EconomyConfig config)
    : m_config(std::move(config)) {
}

Money Pricing::recommendedPrice(LicenseTier tier, double compositeQuality,
                                SizeClass sizeClass) const {
    const TierPolicy& policy = m_config.tier(tier);
    const Money floor = policy.priceFloor;
    const Money ceiling = policy.priceCeiling.value_or(policy.pricingReferenceCeiling);
    if (ceiling <= floor)
        return floor;

    // A quality that is not a number (a model never measured) prices as the lowest quality; without
    // this, llround(NaN) below would be out of range and scaled() would fail.
    const double quality =
        std::isnan(compositeQuality) ? 0.0 : std::clamp(compositeQuality, 0.0, 100.0) / 100.0;
    const double size =
        static_cast<double>(static_cast<int>(sizeClass)) / (enumCount<SizeClass>() - 1);
    const double position = std::clamp(0.6 * quality + 0.4 * size, 0.0, 1.0);

    // Permille steps keep the arithmetic in integers from here on.
    const qint64 permille = std::llround(position * 1000.0);
    const Money span = ceiling - floor;
    Money price = floor + span.scaled(permille, 1000).value();
    const qint64 step = span.cents() >= 1'000'000 ? 10'000 : 100; // $100 or $1
    price = Money::fromCents((price.cents() + step / 2) / step * step);
    return std::clamp(price, floor, ceiling);
}

Result<Money> Pricing::usageCharge(qint64 apiCalls, Money ratePer1000Calls) {
    if (apiCalls < 0)
        return makeError(QCoreApplication::translate("mm::Pricing", "API calls cannot be negative"),
                         {}, QStringLiteral("usage-calls"));
    return ratePer1000Calls.scaled(apiCalls, 1000);
}

Result<Money> Pricing::licenseRevenue(Money fee, qint64 monthlyApiCalls, Money ratePer1000Calls,
                                      int months) {
    if (months < 0)
        return makeError(
            QCoreApplication::translate("mm::Pricing", "the number of months cannot be negative"),
            {}, QStringLiteral("usage-months"));
    auto monthly = usageCharge(monthlyApiCalls, ratePer1000Calls);
    if (!monthly)
        return monthly;
    auto usage = monthly->times(months);
    if (!usage)
        return usage;
    return fee.plus(*usage);
}

} // namespace mm
