#include "ui/TierPolicySummary.h"

#include "data/MarketplaceService.h"

#include <QCoreApplication>
#include <QLocale>

namespace mm {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1) {
    return QCoreApplication::translate("mm::TierPolicySummary", text, disambiguation, n);
}

} // namespace

QString tierPolicySummary(const TierPolicy& policy) {
    const QLocale locale;
    QStringList parts;
    parts << (policy.priceCeiling && policy.priceCeiling->isZero()
                  ? tr("free")
                  : MarketplaceService::rangeText(policy));
    if (policy.attributionRequired)
        parts << tr("attribution required");
    if (policy.researchOnly)
        parts << tr("research use only");
    else if (policy.requiredUse)
        parts << tr("%1 use only").arg(enumLabel(*policy.requiredUse).toLower());
    if (policy.allowedBuyerTypes.size() == enumCount<BuyerType>()) {
        parts << tr("any buyer");
    } else {
        QStringList types;
        for (BuyerType type : policy.allowedBuyerTypes)
            types << enumLabel(type);
        parts << tr("buyers: %1").arg(types.join(QStringLiteral(", ")));
    }
    if (policy.minBuyerSize > 0)
        parts << tr("at least %1 employees").arg(locale.toString(policy.minBuyerSize));
    if (policy.unlimitedDeploymentsOnly)
        parts << tr("unlimited deployments only");
    else if (policy.deploymentCap)
        parts << tr("deployment cap %1").arg(locale.toString(*policy.deploymentCap));
    else
        parts << tr("unlimited deployments");
    if (!policy.usageRatePer1000Calls.isZero())
        parts << tr("%1 per 1,000 calls").arg(policy.usageRatePer1000Calls.toDisplayString(locale));
    if (policy.isPerpetual())
        parts << tr("perpetual");
    else
        parts << (policy.renewable ? tr("%1-month term, renewable").arg(policy.termMonths)
                                   : tr("%1-month term").arg(policy.termMonths));
    return parts.join(QStringLiteral(" · "));
}

} // namespace mm
