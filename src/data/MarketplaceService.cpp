#include "data/MarketplaceService.h"

#include "core/Pricing.h"
#include "data/BuyerRepository.h"
#include "data/Database.h"
#include "data/EconomyRepository.h"
#include "data/LicenseRepository.h"
#include "data/ListingRepository.h"
#include "data/ModelRepository.h"
#include "data/Transaction.h"

#include <QCoreApplication>
#include <QLocale>

namespace mm {

namespace {

// This file's translation context: lupdate files every Tr::tr() string under it.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mm::MarketplaceService)
};

QString modelWhere(const ModelRecord& model) {
    return Tr::tr("model '%1'").arg(model.name);
}

} // namespace

QString SaleQuote::where() const {
    return Tr::tr("selling '%1' to '%2'").arg(model.name, buyer.name);
}

IntendedUse MarketplaceService::defaultUse(BuyerType type) {
    return type == BuyerType::Academic ? IntendedUse::Research : IntendedUse::Business;
}

std::optional<int> MarketplaceService::defaultDeployments(const TierPolicy& policy) {
    if (policy.unlimitedDeploymentsOnly)
        return std::nullopt;
    return 1;
}

QString MarketplaceService::rangeText(const TierPolicy& policy) {
    const QLocale locale;
    if (policy.priceCeiling)
        return Tr::tr("%1 to %2")
            .arg(policy.priceFloor.toDisplayString(locale),
                 policy.priceCeiling->toDisplayString(locale));
    return Tr::tr("%1 and up").arg(policy.priceFloor.toDisplayString(locale));
}

Status MarketplaceService::checkListingPrice(const TierPolicy& policy, Money price) {
    const QString tierName = enumLabel(policy.tier);
    const QLocale locale;
    if (price < policy.priceFloor)
        return makeError(Tr::tr("the %1 price %2 is below the tier's range of %3")
                             .arg(tierName, price.toDisplayString(locale), rangeText(policy)),
                         tierName, rules::kPriceBelowFloor);
    if (policy.priceCeiling && price > *policy.priceCeiling)
        return makeError(Tr::tr("the %1 price %2 is above the tier's range of %3")
                             .arg(tierName, price.toDisplayString(locale), rangeText(policy)),
                         tierName, rules::kPriceAboveCeiling);
    return Ok{};
}

Result<ModelRecord> MarketplaceService::loadModel(qint64 modelId) {
    auto model = ModelRepository(m_db).find(modelId);
    if (!model)
        return model.error();
    if (!model->has_value())
        return makeError(Tr::tr("there is no model with id %1").arg(modelId),
                         Tr::tr("model %1").arg(modelId), rules::kModelNotFound);
    return std::move(*model).value();
}

Status MarketplaceService::setModelStatus(ModelRecord& model, ModelStatus status) {
    if (model.status == status)
        return Ok{};
    model.status = status;
    return ModelRepository(m_db).update(model);
}

Result<QList<ListingRecord>>
MarketplaceService::listModel(qint64 modelId,
                              const QMap<LicenseTier, std::optional<Money>>& prices) {
    Transaction transaction(m_db, Tr::tr("listing model %1").arg(modelId));
    if (auto begun = transaction.status(); !begun)
        return begun.error();
    auto model = loadModel(modelId);
    if (!model)
        return model.error();
    const QString where = modelWhere(*model);
    if (prices.isEmpty())
        return makeError(Tr::tr("name at least one tier to list the model in"), where,
                         rules::kNoTiers);
    if (model->status != ModelStatus::Completed && model->status != ModelStatus::Listed)
        return makeError(Tr::tr("only a completed model can be listed; '%1' is %2")
                             .arg(model->name, enumLabel(model->status)),
                         where, rules::kModelNotCompleted);

    auto clock = EconomyRepository(m_db).loadClock();
    if (!clock)
        return clock.error();
    const Pricing pricing(clock->config);
    ListingRepository listings(m_db);
    QList<ListingRecord> saved;
    for (auto it = prices.begin(); it != prices.end(); ++it) {
        const TierPolicy& policy = clock->config.tier(it.key());
        const Money price = it.value().value_or(
            pricing.recommendedPrice(it.key(), model->composite.value_or(0.0), model->sizeClass));
        if (auto inRange = checkListingPrice(policy, price); !inRange)
            return Error{inRange.error().message, where, inRange.error().rule};
        auto listing = listings.upsert(model->id, it.key(), price, clock->today);
        if (!listing)
            return listing.error();
        saved.append(*listing);
    }
    if (auto done = setModelStatus(*model, ModelStatus::Listed); !done)
        return done.error();
    if (auto done = transaction.commit(); !done)
        return done.error();
    return saved;
}

Result<ListingRecord> MarketplaceService::changePrice(qint64 modelId, LicenseTier tier,
                                                      Money price) {
    Transaction transaction(m_db, Tr::tr("changing the price of model %1").arg(modelId));
    if (auto begun = transaction.status(); !begun)
        return begun.error();
    auto model = loadModel(modelId);
    if (!model)
        return model.error();
    const QString where = modelWhere(*model);
    ListingRepository listings(m_db);
    auto existing = listings.find(modelId, tier);
    if (!existing)
        return existing.error();
    if (!existing->has_value())
        return makeError(
            Tr::tr("'%1' is not listed in the %2 tier").arg(model->name, enumLabel(tier)), where,
            rules::kNotListed);
    auto config = EconomyRepository(m_db).loadConfig();
    if (!config)
        return config.error();
    if (auto inRange = checkListingPrice(config->tier(tier), price); !inRange)
        return Error{inRange.error().message, where, inRange.error().rule};
    auto listing = listings.upsert(modelId, tier, price, existing->value().listedOn);
    if (!listing)
        return listing.error();
    if (auto done = transaction.commit(); !done)
        return done.error();
    return listing;
}

Status MarketplaceService::unlist(qint64 modelId, LicenseTier tier) {
    Transaction transaction(m_db, Tr::tr("unlisting model %1").arg(modelId));
    if (auto begun = transaction.status(); !begun)
        return begun;
    auto model = loadModel(modelId);
    if (!model)
        return model.error();
    ListingRepository listings(m_db);
    auto removed = listings.remove(modelId, tier);
    if (!removed)
        return removed.error();
    if (!*removed)
        return makeError(
            Tr::tr("'%1' is not listed in the %2 tier").arg(model->name, enumLabel(tier)),
            modelWhere(*model), rules::kNotListed);
    auto remaining = listings.forModel(modelId);
    if (!remaining)
        return remaining.error();
    if (remaining->isEmpty() && model->status == ModelStatus::Listed) {
        if (auto done = setModelStatus(*model, ModelStatus::Completed); !done)
            return done;
    }
    return transaction.commit();
}

Result<SaleQuote> MarketplaceService::quote(const SaleRequest& request) {
    auto config = EconomyRepository(m_db).loadConfig();
    if (!config)
        return config.error();
    return quoteUnder(*config, request);
}

Result<SaleQuote> MarketplaceService::quoteUnder(const EconomyConfig& config,
                                                 const SaleRequest& request) {
    SaleQuote result;
    auto model = loadModel(request.modelId);
    if (!model)
        return model.error();
    result.model = std::move(*model);

    auto buyer = BuyerRepository(m_db).find(request.buyerId);
    if (!buyer)
        return buyer.error();
    if (!buyer->has_value())
        return makeError(Tr::tr("there is no buyer with id %1").arg(request.buyerId),
                         Tr::tr("buyer %1").arg(request.buyerId), rules::kBuyerNotFound);
    result.buyer = buyer->value();

    result.policy = config.tier(request.tier);
    if (request.date) {
        result.date = *request.date;
    } else {
        auto today = EconomyRepository(m_db).gameDate();
        if (!today)
            return today.error();
        result.date = *today;
    }
    if (!result.date.isValid())
        return makeError(Tr::tr("the sale date is not a valid date"), result.where(),
                         rules::kSaleDate);
    if (request.monthlyApiCalls < 0)
        return makeError(Tr::tr("the monthly API calls cannot be negative"), result.where(),
                         rules::kApiCalls);

    auto listing = ListingRepository(m_db).find(request.modelId, request.tier);
    if (!listing)
        return listing.error();
    result.listing = *listing;
    const QString tierName = enumLabel(request.tier);
    if (!result.listing) {
        result.decision = PolicyDecision::refuse(
            rules::kNotListed,
            Tr::tr("'%1' is not listed in the %2 tier").arg(result.model.name, tierName));
        return result;
    }
    if (result.model.status != ModelStatus::Listed) {
        result.decision = PolicyDecision::refuse(
            rules::kNotListed, Tr::tr("'%1' is %2 and not for sale")
                                   .arg(result.model.name, enumLabel(result.model.status)));
        return result;
    }

    PurchaseRequest purchase;
    purchase.tier = request.tier;
    purchase.listedInTier = true;
    purchase.buyerType = result.buyer.type;
    purchase.buyerSize = result.buyer.size;
    purchase.buyerBudget = result.buyer.budget;
    purchase.use = request.use;
    purchase.price = result.listing->price;
    purchase.deployments = request.deployments;
    purchase.attributionAccepted = request.attributionAccepted;
    result.decision = LicensePolicy(result.policy).check(purchase);
    return result;
}

Result<LicenseRecord> MarketplaceService::sell(const SaleRequest& request) {
    // Read under the write lock (BEGIN IMMEDIATE), so the budget and the listing cannot change
    // between the check and the sale.
    Transaction transaction(m_db, Tr::tr("selling a license"));
    if (auto begun = transaction.status(); !begun)
        return begun.error();
    auto config = EconomyRepository(m_db).loadConfig();
    if (!config)
        return config.error();
    auto sold = sellUnder(*config, request);
    if (!sold)
        return sold.error();
    if (auto done = transaction.commit(); !done)
        return done.error();
    return sold;
}

Result<QList<LicenseRecord>> MarketplaceService::sellMany(const QList<SaleRequest>& requests) {
    Transaction transaction(m_db, Tr::tr("selling licenses"));
    if (auto begun = transaction.status(); !begun)
        return begun.error();
    auto config = EconomyRepository(m_db).loadConfig();
    if (!config)
        return config.error();
    QList<LicenseRecord> sold;
    sold.reserve(requests.size());
    for (const SaleRequest& request : requests) {
        auto license = sellUnder(*config, request);
        if (!license)
            return license.error();
        sold.append(std::move(license).value());
    }
    if (auto done = transaction.commit(); !done)
        return done.error();
    return sold;
}

Result<LicenseRecord> MarketplaceService::sellUnder(const EconomyConfig& config,
                                                    const SaleRequest& request) {
    auto prepared = quoteUnder(config, request);
    if (!prepared)
        return prepared.error();
    const SaleQuote& sale = *prepared;
    if (!sale.decision.allowed)
        return makeError(sale.decision.message, sale.where(), sale.decision.rule);

    const Money fee = sale.listing->price;
    BuyerRecord buyer = sale.buyer;
    auto remaining = buyer.budget.minus(fee);
    if (!remaining)
        return remaining.error();
    buyer.budget = *remaining;
    if (auto done = BuyerRepository(m_db).update(buyer); !done)
        return done.error();

    LicenseRecord license;
    license.modelId = sale.model.id;
    license.buyerId = buyer.id;
    license.tier = request.tier;
    license.use = request.use;
    license.soldOn = sale.date;
    license.fee = fee;
    license.deployments = request.deployments;
    license.monthlyApiCalls = request.monthlyApiCalls;
    license.usageRatePer1000Calls = sale.policy.usageRatePer1000Calls;
    license.termMonths = sale.policy.termMonths;
    license.terms = sale.policy.toJson();
    if (!sale.policy.isPerpetual())
        license.expiresOn = sale.date.addMonths(sale.policy.termMonths);
    license.status = LicenseStatus::Active;
    if (auto done = LicenseRepository(m_db).insert(license); !done)
        return done.error();
    return license;
}

Status MarketplaceService::revoke(qint64 licenseId, const QString& reason) {
    Transaction transaction(m_db, Tr::tr("revoking license %1").arg(licenseId));
    if (auto begun = transaction.status(); !begun)
        return begun;
    auto today = EconomyRepository(m_db).gameDate();
    if (!today)
        return today.error();
    if (auto done = LicenseRepository(m_db).revoke(licenseId, reason, *today); !done)
        return done;
    return transaction.commit();
}

Status MarketplaceService::updateTierPolicy(const TierPolicy& policy) {
    if (auto valid = policy.validate(); !valid)
        return valid;
    Transaction transaction(m_db, Tr::tr("saving the %1 tier").arg(enumLabel(policy.tier)));
    if (auto begun = transaction.status(); !begun)
        return begun;
    EconomyRepository economy(m_db);
    auto config = economy.loadConfig();
    if (!config)
        return config.error();
    config->tier(policy.tier) = policy;
    if (auto done = economy.saveConfig(*config); !done)
        return done;
    return transaction.commit();
}

} // namespace mm
