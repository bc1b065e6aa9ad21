#include "ui/marketplace/MarketCommands.h"

#include "data/BuyerRepository.h"
#include "data/Database.h"
#include "data/EconomyRepository.h"
#include "data/LicenseCorrections.h"
#include "data/LicenseRepository.h"
#include "data/ListingRepository.h"
#include "data/ModelRepository.h"
#include "data/Transaction.h"
#include "ui/shell/Workspace.h"

#include <QCoreApplication>
#include <QUndoStack>
#include <algorithm>

namespace mm {

namespace {

// This file's translation context: lupdate files every Tr::tr() string under it.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mm::MarketCommands)
};

Error staleError(const QString& message, const QString& where = {}) {
    return makeError(message, where, QStringLiteral("stale-edit"));
}

Result<ModelRecord> loadModel(Database& db, qint64 modelId) {
    auto model = ModelRepository(db).find(modelId);
    if (!model)
        return model.error();
    if (!model->has_value())
        return staleError(Tr::tr("the model was deleted meanwhile"));
    return std::move(*model).value();
}

Result<ListingSnapshot> snapshotOf(Database& db, qint64 modelId) {
    auto model = loadModel(db, modelId);
    if (!model)
        return model.error();
    auto listings = ListingRepository(db).forModel(modelId);
    if (!listings)
        return listings.error();
    ListingSnapshot snapshot;
    snapshot.status = model->status;
    snapshot.listings = *listings;
    for (ListingRecord& listing : snapshot.listings)
        listing.id = 0;
    return snapshot;
}

Result<LicenseRecord> loadLicense(Database& db, qint64 licenseId) {
    auto license = LicenseRepository(db).find(licenseId);
    if (!license)
        return license.error();
    if (!license->has_value())
        return staleError(Tr::tr("license %1 was deleted meanwhile").arg(licenseId));
    return std::move(*license).value();
}

Result<BuyerRecord> loadBuyer(Database& db, qint64 buyerId) {
    auto buyer = BuyerRepository(db).find(buyerId);
    if (!buyer)
        return buyer.error();
    if (!buyer->has_value())
        return staleError(Tr::tr("buyer %1 was deleted meanwhile").arg(buyerId));
    return std::move(*buyer).value();
}

} // namespace

bool sameBuyerData(BuyerRecord a, const BuyerRecord& b) {
    a.revision = b.revision;
    return a == b;
}

// --- MarketCommand ----------------------------------------------------------------------------

void MarketCommand::notifyApplied() {
    // The catalog additionally needs to know which rows to reload.
    if (const QList<qint64> ids = touchedModelIds(); !ids.isEmpty())
        m_workspace.notifyModelsChanged(ids);
}

// --- TierPolicyCommand ------------------------------------------------------------------------

TierPolicyCommand::TierPolicyCommand(Workspace& workspace, QList<TierPolicy> before,
                                     QList<TierPolicy> after)
    : MarketCommand(workspace, {})
    , m_before(std::move(before))
    , m_after(std::move(after)) {
    QStringList names;
    for (const TierPolicy& policy : m_after)
        names << enumLabel(policy.tier);
    const QString tiers = names.join(QStringLiteral(", "));
    setText(names.size() == 1 ? Tr::tr("edit the %1 tier policy").arg(tiers)
                              : Tr::tr("edit the %1 tier policies").arg(tiers));
}

Status TierPolicyCommand::write(const QList<TierPolicy>& expected,
                                const QList<TierPolicy>& wanted) {
    Database& db = m_workspace.database();
    Transaction transaction(db, text());
    if (auto begun = transaction.status(); !begun)
        return begun;
    auto config = EconomyRepository(db).loadConfig();
    if (!config)
        return config.error();
    for (const TierPolicy& policy : expected) {
        if (config->tier(policy.tier) != policy)
            return staleError(
                Tr::tr("the %1 tier was changed meanwhile").arg(enumLabel(policy.tier)));
    }
    MarketplaceService service(db);
    for (const TierPolicy& policy : wanted) {
        if (auto done = service.updateTierPolicy(policy); !done)
            return done;
    }
    return transaction.commit();
}

// --- ListingCommand ---------------------------------------------------------------------------

ListingCommand::ListingCommand(Workspace& workspace, qint64 modelId, Changes changes,
                               const QString& text)
    : MarketCommand(workspace, text)
    , m_modelId(modelId)
    , m_changes(std::move(changes)) {
}

Status ListingCommand::applyFirst() {
    Database& db = m_workspace.database();
    Transaction transaction(db, text());
    if (auto begun = transaction.status(); !begun)
        return begun;
    auto before = snapshotOf(db, m_modelId);
    if (!before)
        return before.error();

    // A new listing goes through listModel (status and listing date); an existing one keeps its
    // listing date through changePrice; unlisting comes last so the status ends right.
    MarketplaceService service(db);
    QMap<LicenseTier, std::optional<Money>> newListings;
    for (auto it = m_changes.cbegin(); it != m_changes.cend(); ++it) {
        if (!it.value())
            continue;
        const bool listed =
            std::any_of(before->listings.cbegin(), before->listings.cend(),
                        [&](const ListingRecord& listing) { return listing.tier == it.key(); });
        if (!listed) {
            newListings.insert(it.key(), it.value());
        } else if (auto changed = service.changePrice(m_modelId, it.key(), *it.value()); !changed) {
            return changed.error();
        }
    }
    if (!newListings.isEmpty()) {
        if (auto listed = service.listModel(m_modelId, newListings); !listed)
            return listed.error();
    }
    for (auto it = m_changes.cbegin(); it != m_changes.cend(); ++it) {
        if (it.value())
            continue;
        if (auto done = service.unlist(m_modelId, it.key()); !done)
            return done;
    }
    auto after = snapshotOf(db, m_modelId);
    if (!after)
        return after.error();
    if (*after == *before)
        return makeError(Tr::tr("nothing would change"), {}, QStringLiteral("no-change"));
    if (auto done = transaction.commit(); !done)
        return done;
    m_before = *before;
    m_after = *after;
    return Ok{};
}

Status ListingCommand::write(const ListingSnapshot& expected, const ListingSnapshot& wanted) {
    Database& db = m_workspace.database();
    Transaction transaction(db, text());
    if (auto begun = transaction.status(); !begun)
        return begun;
    auto current = snapshotOf(db, m_modelId);
    if (!current)
        return current.error();
    if (*current != expected)
        return staleError(Tr::tr("the model's listings were changed meanwhile"));

    ListingRepository listings(db);
    for (const ListingRecord& listing : current->listings) {
        const bool kept =
            std::any_of(wanted.listings.cbegin(), wanted.listings.cend(),
                        [&](const ListingRecord& other) { return other.tier == listing.tier; });
        if (kept)
            continue;
        if (auto removed = listings.remove(m_modelId, listing.tier); !removed)
            return removed.error();
    }
    for (const ListingRecord& listing : wanted.listings) {
        if (auto saved = listings.upsert(m_modelId, listing.tier, listing.price, listing.listedOn);
            !saved)
            return saved.error();
    }
    if (current->status != wanted.status) {
        auto model = loadModel(db, m_modelId);
        if (!model)
            return model.error();
        model->status = wanted.status;
        if (auto done = ModelRepository(db).update(*model); !done)
            return done;
    }
    return transaction.commit();
}

// --- SellLicenseCommand -----------------------------------------------------------------------

SellLicenseCommand::SellLicenseCommand(Workspace& workspace, SaleRequest request,
                                       const QString& text)
    : MarketCommand(workspace, text)
    , m_request(std::move(request)) {
}

Status SellLicenseCommand::applyFirst() {
    Database& db = m_workspace.database();
    Transaction transaction(db, text());
    if (auto begun = transaction.status(); !begun)
        return begun;
    auto buyerBefore = loadBuyer(db, m_request.buyerId);
    if (!buyerBefore)
        return buyerBefore.error();
    auto sold = MarketplaceService(db).sell(m_request);
    if (!sold)
        return sold.error();
    // Read back what was stored, so later comparisons are between two reads of the same row.
    auto license = loadLicense(db, sold->id);
    if (!license)
        return license.error();
    auto buyerAfter = loadBuyer(db, m_request.buyerId);
    if (!buyerAfter)
        return buyerAfter.error();
    if (auto done = transaction.commit(); !done)
        return done;
    m_license = *license;
    m_buyerWithoutSale = *buyerBefore;
    m_buyerWithSale = *buyerAfter;
    return Ok{};
}

Status SellLicenseCommand::applyUndo() {
    Database& db = m_workspace.database();
    Transaction transaction(db, text());
    if (auto begun = transaction.status(); !begun)
        return begun;
    auto license = loadLicense(db, m_license.id);
    if (!license)
        return license.error();
    if (*license != m_license)
        return staleError(Tr::tr("the license was changed since the sale (its status is now %1)")
                              .arg(enumLabel(license->status)));
    if (auto removed = LicenseCorrections(db).removeUncharged(m_license.id); !removed)
        return removed;
    auto buyer = loadBuyer(db, m_license.buyerId);
    if (!buyer)
        return buyer.error();
    if (!sameBuyerData(*buyer, m_buyerWithSale))
        return staleError(Tr::tr("'%1' was changed since the sale").arg(buyer->name));
    auto refunded = buyer->budget.plus(m_license.fee);
    if (!refunded)
        return refunded.error();
    buyer->budget = *refunded;
    if (auto done = BuyerRepository(db).update(*buyer); !done)
        return done;
    if (auto done = transaction.commit(); !done)
        return done;
    m_buyerWithoutSale = *buyer;
    return Ok{};
}

Status SellLicenseCommand::applyRedo() {
    Database& db = m_workspace.database();
    Transaction transaction(db, text());
    if (auto begun = transaction.status(); !begun)
        return begun;
    auto existing = LicenseRepository(db).find(m_license.id);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return staleError(Tr::tr("license %1 exists again").arg(m_license.id));
    auto buyer = loadBuyer(db, m_license.buyerId);
    if (!buyer)
        return buyer.error();
    if (!sameBuyerData(*buyer, m_buyerWithoutSale))
        return staleError(Tr::tr("'%1' was changed meanwhile").arg(buyer->name));
    auto charged = buyer->budget.minus(m_license.fee);
    if (!charged)
        return charged.error();
    if (charged->isNegative())
        return makeError(Tr::tr("the buyer's budget no longer covers the fee"), buyer->name,
                         rules::kBudget);
    buyer->budget = *charged;
    if (auto done = BuyerRepository(db).update(*buyer); !done)
        return done;
    LicenseRecord license = m_license;
    if (auto done = LicenseRepository(db).insert(license); !done)
        return done;
    if (auto done = transaction.commit(); !done)
        return done;
    m_buyerWithSale = *buyer;
    return Ok{};
}

// --- RevokeLicenseCommand ---------------------------------------------------------------------

RevokeLicenseCommand::RevokeLicenseCommand(Workspace& workspace, qint64 licenseId, QString reason)
    : MarketCommand(workspace, Tr::tr("revoke license %1").arg(licenseId))
    , m_licenseId(licenseId)
    , m_reason(std::move(reason)) {
}

Status RevokeLicenseCommand::applyFirst() {
    Database& db = m_workspace.database();
    Transaction transaction(db, text());
    if (auto begun = transaction.status(); !begun)
        return begun;
    auto before = loadLicense(db, m_licenseId);
    if (!before)
        return before.error();
    if (auto done = MarketplaceService(db).revoke(m_licenseId, m_reason); !done)
        return done;
    auto after = loadLicense(db, m_licenseId);
    if (!after)
        return after.error();
    if (auto done = transaction.commit(); !done)
        return done;
    m_before = *before;
    m_after = *after;
    return Ok{};
}

Status RevokeLicenseCommand::write(const LicenseRecord& expected, const LicenseRecord& wanted) {
    Database& db = m_workspace.database();
    Transaction transaction(db, text());
    if (auto begun = transaction.status(); !begun)
        return begun;
    auto current = loadLicense(db, m_licenseId);
    if (!current)
        return current.error();
    if (*current != expected)
        return staleError(Tr::tr("the license was changed meanwhile"));
    if (auto done = LicenseCorrections(db).restoreStatus(m_licenseId, wanted.status,
                                                         wanted.revokedOn, wanted.revokedReason);
        !done)
        return done;
    return transaction.commit();
}

// --- BuyerCommand -----------------------------------------------------------------------------

BuyerCommand::BuyerCommand(Workspace& workspace, std::optional<BuyerRecord> before,
                           std::optional<BuyerRecord> after, const QString& text)
    : MarketCommand(workspace, text)
    , m_before(std::move(before))
    , m_after(std::move(after)) {
}

qint64 BuyerCommand::buyerId() const {
    if (m_after)
        return m_after->id;
    return m_before ? m_before->id : 0;
}

Status BuyerCommand::write(const std::optional<BuyerRecord>& expected,
                           std::optional<BuyerRecord>& wanted) {
    Database& db = m_workspace.database();
    Transaction transaction(db, text());
    if (auto begun = transaction.status(); !begun)
        return begun;
    BuyerRepository buyers(db);
    std::optional<BuyerRecord> current;
    if (expected) {
        auto found = loadBuyer(db, expected->id);
        if (!found)
            return found.error();
        if (!sameBuyerData(*found, *expected))
            return staleError(Tr::tr("'%1' was changed meanwhile").arg(found->name), found->name);
        current = *found;
    } else if (wanted && wanted->id > 0) {
        auto found = buyers.find(wanted->id);
        if (!found)
            return found.error();
        if (found->has_value())
            return staleError(Tr::tr("buyer %1 exists again").arg(wanted->id));
    }

    if (!wanted) {
        if (auto done = buyers.remove(current->id); !done) {
            if (done.error().rule != QStringLiteral("buyer-has-licenses"))
                return done;
            return Error{Tr::tr("'%1' holds licenses and cannot be deleted; licenses are sales "
                                "history")
                             .arg(current->name),
                         current->name, done.error().rule};
        }
    } else if (!current) {
        BuyerRecord record = *wanted;
        if (auto done = buyers.insert(record); !done)
            return done;
        wanted = record;
    } else {
        BuyerRecord record = *wanted;
        record.revision = current->revision;
        if (auto done = buyers.update(record); !done)
            return done;
        wanted = record;
    }
    return transaction.commit();
}

} // namespace mm
