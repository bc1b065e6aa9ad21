#include "ui/marketplace/TierPolicySummary.h"

#include "data/MarketplaceService.h"

#include <QCoreApplication>
#include <QLocale>

namespace mm {

namespace {

// This file's translation context: lupdate files every Tr::tr() string under it.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mm::TierPolicySummary)
};

} // namespace

QString tierPolicySummary(const TierPolicy& policy) {
    const QLocale locale;
    QStringList parts;
    parts << (policy.priceCeiling && policy.priceCeiling->isZero()
                  ? Tr::tr("free")
                  : MarketplaceService::rangeText(policy));
    if (policy.attributionRequired)
        parts << Tr::tr("attribution required");
    if (policy.researchOnly)
        parts << Tr::tr("research use only");
    else if (policy.requiredUse)
        parts << Tr::tr("%1 use only").arg(enumLabel(*policy.requiredUse).toLower());
    if (policy.allowedBuyerTypes.size() == enumCount<BuyerType>()) {
        parts << Tr::tr("any buyer");
    } else {
        QStringList types;
        for (BuyerType type : policy.allowedBuyerTypes)
            types << enumLabel(type);
        parts << Tr::tr("buyers: %1").arg(types.join(QStringLiteral(", ")));
    }
    if (policy.minBuyerSize > 0)
        parts << Tr::tr("at least %1 employees").arg(locale.toString(policy.minBuyerSize));
    if (policy.unlimitedDeploymentsOnly)
        parts << Tr::tr("unlimited deployments only");
    else if (policy.deploymentCap)
        parts << Tr::tr("deployment cap %1").arg(locale.toString(*policy.deploymentCap));
    else
        parts << Tr::tr("unlimited deployments");
    if (!policy.usageRatePer1000Calls.isZero())
        parts << Tr::tr("%1 per 1,000 calls")
                     .arg(policy.usageRatePer1000Calls.toDisplayString(locale));
    if (policy.isPerpetual())
        parts << Tr::tr("perpetual");
    else
        parts << (policy.renewable ? Tr::tr("%1-month term, renewable").arg(policy.termMonths)
                                   : Tr::tr("%1-month term").arg(policy.termMonths));
    return parts.join(QStringLiteral(" · "));
}

} // namespace mm
