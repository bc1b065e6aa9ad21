#include "core/LicensePolicy.h"

#include <QCoreApplication>
#include <QLocale>

namespace mm {

namespace {

// This file's translation context: lupdate files every Tr::tr() string under it.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mm::LicensePolicy)
};

} // namespace

LicensePolicy::LicensePolicy(TierPolicy policy)
    : m_policy(std::move(policy)) {
}

PolicyDecision LicensePolicy::check(const PurchaseRequest& request) const {
    const QString tierName = enumLabel(m_policy.tier);
    const QLocale locale;
    if (request.tier != m_policy.tier)
        return PolicyDecision::refuse(rules::kNotListed,
                                      Tr::tr("this request is for another tier"));
    if (!request.listedInTier)
        return PolicyDecision::refuse(
            rules::kNotListed, Tr::tr("the model is not listed in the %1 tier").arg(tierName));
    if (!m_policy.allowsBuyer(request.buyerType))
        return PolicyDecision::refuse(rules::kBuyerType,
                                      Tr::tr("%1 licenses are not sold to buyers of type %2")
                                          .arg(tierName, enumLabel(request.buyerType)));
    if (m_policy.researchOnly && request.use != IntendedUse::Research)
        return PolicyDecision::refuse(
            rules::kResearchOnly, Tr::tr("%1 licenses are for research use only").arg(tierName));
    if (m_policy.requiredUse && request.use != *m_policy.requiredUse)
        return PolicyDecision::refuse(rules::kRequiredUse,
                                      Tr::tr("%1 licenses are for %2 use only")
                                          .arg(tierName, enumLabel(*m_policy.requiredUse)));
    if (request.buyerSize < m_policy.minBuyerSize)
        return PolicyDecision::refuse(
            rules::kMinBuyerSize,
            Tr::tr("%1 licenses need a buyer with at least %2 employees; this one has %3")
                .arg(tierName, locale.toString(m_policy.minBuyerSize),
                     locale.toString(request.buyerSize)));
    if (request.deployments && *request.deployments < 1)
        return PolicyDecision::refuse(rules::kDeployments,
                                      Tr::tr("a license needs at least one deployment"));
    if (m_policy.unlimitedDeploymentsOnly && request.deployments)
        return PolicyDecision::refuse(
            rules::kUnlimitedDeployments,
            Tr::tr("%1 licenses are sold with unlimited deployments only").arg(tierName));
    if (m_policy.deploymentCap &&
        (!request.deployments || *request.deployments > *m_policy.deploymentCap))
        return PolicyDecision::refuse(rules::kDeploymentCap,
                                      Tr::tr("%1 licenses allow at most %2 deployments")
                                          .arg(tierName)
                                          .arg(*m_policy.deploymentCap));
    if (request.price < m_policy.priceFloor)
        return PolicyDecision::refuse(rules::kPriceBelowFloor,
                                      Tr::tr("the price %1 is below the %2 floor of %3")
                                          .arg(request.price.toDisplayString(locale), tierName,
                                               m_policy.priceFloor.toDisplayString(locale)));
    if (m_policy.priceCeiling && request.price > *m_policy.priceCeiling)
        return PolicyDecision::refuse(rules::kPriceAboveCeiling,
                                      Tr::tr("the price %1 is above the %2 ceiling of %3")
                                          .arg(request.price.toDisplayString(locale), tierName,
                                               m_policy.priceCeiling->toDisplayString(locale)));
    if (m_policy.attributionRequired && !request.attributionAccepted)
        return PolicyDecision::refuse(
            rules::kAttribution,
            Tr::tr("%1 licenses require the buyer to give attribution").arg(tierName));
    if (request.buyerBudget < request.price)
        return PolicyDecision::refuse(
            rules::kBudget, Tr::tr("the buyer's budget of %1 does not cover the fee of %2")
                                .arg(request.buyerBudget.toDisplayString(locale),
                                     request.price.toDisplayString(locale)));
    return PolicyDecision::allow();
}

} // namespace mm
