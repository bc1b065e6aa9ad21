#pragma once

#include "core/EconomyConfig.h"
#include "core/LicensePolicy.h"
#include "core/Result.h"
#include "data/Records.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace mm {

class Database;

// Rule keys of the marketplace itself, next to the tier rules of LicensePolicy.h.
namespace rules {
inline const QString kModelNotFound = QStringLiteral("model-not-found");
inline const QString kBuyerNotFound = QStringLiteral("buyer-not-found");
inline const QString kModelNotCompleted = QStringLiteral("model-not-completed");
inline const QString kNoTiers = QStringLiteral("listing-no-tiers");
inline const QString kApiCalls = QStringLiteral("usage-calls");
inline const QString kSaleDate = QStringLiteral("sale-date");
} // namespace rules

// One purchase as a designer (or a script) asks for it.
struct SaleRequest {
    qint64 modelId = 0;
    qint64 buyerId = 0;
    LicenseTier tier = LicenseTier::OpenSource;
    IntendedUse use = IntendedUse::Business;
    std::optional<int> deployments = 1; // none: unlimited
    qint64 monthlyApiCalls = 0;
    bool attributionAccepted = true;
    std::optional<QDate> date; // none: the game date
};

// What a sale would be, before anything is written: the rows it reads and the policy's verdict.
struct SaleQuote {
    ModelRecord model;
    BuyerRecord buyer;
    std::optional<ListingRecord> listing;
    TierPolicy policy;
    QDate date;
    PolicyDecision decision;

    // "selling 'Atlas' to 'Acme Labs'", the `where` of a refusal.
    QString where() const;
};

// Listing models and selling licenses: the rules of the license tiers applied to the catalog,
// the buyers and the sales. Headless (the GUI and the CLI both drive it) and transactional:
// every public write is one transaction, so a refusal or a failure leaves the file as it was.
// Errors carry a stable `rule` (see rules:: here and in LicensePolicy.h).
class MarketplaceService {
public:
    explicit MarketplaceService(Database& db)
        : m_db(db) {}

    // Offers a Completed or Listed model in the given tiers (other tiers keep their listings).
    // A missing price means Pricing::recommendedPrice for the model's quality and size. Refuses
    // a model in another status (model-not-completed) and a price outside the tier's range
    // (price-below-floor, price-above-ceiling). Sets the model's status to Listed. Returns the
    // listings saved, in tier order.
    Result<QList<ListingRecord>> listModel(qint64 modelId,
                                           const QMap<LicenseTier, std::optional<Money>>& prices);
    // A new price for an existing listing (not-listed when there is none); the listing date
    // stays.
    Result<ListingRecord> changePrice(qint64 modelId, LicenseTier tier, Money price);
    // Withdraws the model from the tier (not-listed when it was not offered there). When no
    // listing remains, a Listed model goes back to Completed.
    Status unlist(qint64 modelId, LicenseTier tier);

    // Everything sell() would check, without writing: the error is for missing rows or the
    // database, the decision says whether the tier's rules allow the sale.
    Result<SaleQuote> quote(const SaleRequest& request);
    // Sells the license if the tier's rules allow it: inserts the license with a snapshot of
    // the tier's terms and takes the fee from the buyer's budget. A refusal is an Error whose
    // rule is the broken rule's key, and nothing is written.
    Result<LicenseRecord> sell(const SaleRequest& request);
    // Sells every license in order, in one transaction, under the same rules as sell(): the first
    // refusal rolls all of them back and is returned, naming the sale. The market simulation
    // stores a month's purchases this way.
    Result<QList<LicenseRecord>> sellMany(const QList<SaleRequest>& requests);
    // Revokes a license on the game date (LicenseRepository::revoke's rules).
    Status revoke(qint64 licenseId, const QString& reason);

    // Replaces one tier's policy in the stored economy config. Licenses already sold keep the
    // terms they were sold under; listings keep their prices (a listing now outside the range
    // cannot be sold until its price changes).
    Status updateTierPolicy(const TierPolicy& policy);

    // Defaults a sale form starts from: research use for academic buyers, business otherwise;
    // one deployment unless the tier sells unlimited deployments only.
    static IntendedUse defaultUse(BuyerType type);
    static std::optional<int> defaultDeployments(const TierPolicy& policy);
    // Ok when `price` lies in the tier's range; otherwise says the tier, the price and the
    // range (price-below-floor, price-above-ceiling).
    static Status checkListingPrice(const TierPolicy& policy, Money price);
    // "$1,000.00 to $10,000.00", "$1,000,000.00 and up".
    static QString rangeText(const TierPolicy& policy);

private:
    Result<SaleQuote> quoteUnder(const EconomyConfig& config, const SaleRequest& request);
    Result<LicenseRecord> sellUnder(const EconomyConfig& config, const SaleRequest& request);
    Result<ModelRecord> loadModel(qint64 modelId);
    Status setModelStatus(ModelRecord& model, ModelStatus status);

    Database& m_db;
};

} // namespace mm
