#pragma once

#include "core/EconomyConfig.h"

#include <optional>

namespace mm {

// What a buyer asks for, with the facts the rules need about the buyer and the model.
struct PurchaseRequest {
    LicenseTier tier = LicenseTier::OpenSource;
    bool listedInTier = true;
    BuyerType buyerType = BuyerType::Startup;
    int buyerSize = 1; // employees
    Money buyerBudget;
    IntendedUse use = IntendedUse::Business;
    Money price;
    std::optional<int> deployments; // none: unlimited
    bool attributionAccepted = true;
};

// Stable rule keys, matched by tests and scripts; the message says it for people.
namespace rules {
inline const QString kNotListed = QStringLiteral("not-listed");
inline const QString kBuyerType = QStringLiteral("buyer-type");
inline const QString kResearchOnly = QStringLiteral("research-use-only");
inline const QString kRequiredUse = QStringLiteral("required-use");
inline const QString kMinBuyerSize = QStringLiteral("min-buyer-size");
inline const QString kUnlimitedDeployments = QStringLiteral("unlimited-deployments-only");
inline const QString kDeploymentCap = QStringLiteral("deployment-cap");
inline const QString kDeployments = QStringLiteral("deployments");
inline const QString kPriceBelowFloor = QStringLiteral("price-below-floor");
inline const QString kPriceAboveCeiling = QStringLiteral("price-above-ceiling");
inline const QString kAttribution = QStringLiteral("attribution-required");
inline const QString kBudget = QStringLiteral("budget");
} // namespace rules

struct PolicyDecision {
    bool allowed = true;
    QString rule;
    QString message;

    static PolicyDecision allow() { return {}; }
    static PolicyDecision refuse(QString rule, QString message) {
        return {false, std::move(rule), std::move(message)};
    }
    Error toError() const { return makeError(message, {}, rule); }
};

// Enforces one tier's policy on a purchase. The first rule broken is reported, in a fixed order.
class LicensePolicy {
public:
    explicit LicensePolicy(TierPolicy policy);

    PolicyDecision check(const PurchaseRequest& request) const;
    const TierPolicy& policy() const { return m_policy; }

private:
    TierPolicy m_policy;
};

} // namespace mm
