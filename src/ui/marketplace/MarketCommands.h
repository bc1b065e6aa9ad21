#pragma once

#include "core/EconomyConfig.h"
#include "core/Result.h"
#include "data/MarketplaceService.h"
#include "data/Records.h"
#include "ui/shell/WorkspaceCommand.h"

#include <QMap>
#include <optional>

namespace mm {

class Workspace;

// Undo commands for the marketplace: tier policies, listings, sales, revocations and buyers.
// They follow WorkspaceCommand: applied once by push(), then every redo/undo checks the rows
// first.
class MarketCommand : public WorkspaceCommand {
protected:
    MarketCommand(Workspace& workspace, const QString& text)
        : WorkspaceCommand(workspace, text) {}
    // Models whose catalog rows change (status, sales figures); empty for none.
    virtual QList<qint64> touchedModelIds() const { return {}; }
    void notifyApplied() override;
};

// Replaces tier policies (one or several tiers edited together: one step).
class TierPolicyCommand : public MarketCommand {
public:
    TierPolicyCommand(Workspace& workspace, QList<TierPolicy> before, QList<TierPolicy> after);

protected:
    Status applyFirst() override { return write(m_before, m_after); }
    Status applyRedo() override { return write(m_before, m_after); }
    Status applyUndo() override { return write(m_after, m_before); }

private:
    Status write(const QList<TierPolicy>& expected, const QList<TierPolicy>& wanted);

    QList<TierPolicy> m_before;
    QList<TierPolicy> m_after;
};

// A model's listings and status, which a listing change replaces as a whole. Listing ids are
// not kept: nothing refers to them (licenses name the model and the tier).
struct ListingSnapshot {
    ModelStatus status = ModelStatus::Completed;
    QList<ListingRecord> listings; // tier order, ids zeroed

    bool operator==(const ListingSnapshot&) const = default;
};

// Lists a model in tiers, changes prices or unlists it, in one step. `changes` maps a tier to
// its new price (none: unlist from that tier). Undo restores the snapshot exactly: the prices,
// listing dates and the model's status.
class ListingCommand : public MarketCommand {
public:
    using Changes = QMap<LicenseTier, std::optional<Money>>;
    ListingCommand(Workspace& workspace, qint64 modelId, Changes changes, const QString& text);

protected:
    Status applyFirst() override;
    Status applyRedo() override { return write(m_before, m_after); }
    Status applyUndo() override { return write(m_after, m_before); }
    QList<qint64> touchedModelIds() const override { return {m_modelId}; }

private:
    Status write(const ListingSnapshot& expected, const ListingSnapshot& wanted);

    qint64 m_modelId = 0;
    Changes m_changes;
    ListingSnapshot m_before;
    ListingSnapshot m_after;
};

// Sells a license (MarketplaceService::sell). Undo deletes the license and gives the fee back to
// the buyer's budget, which is only honest while no usage has been charged on it: once the game
// clock has billed a month, undo refuses and says to revoke the license instead. Redo puts the
// same license back under the same id and takes the fee again.
class SellLicenseCommand : public MarketCommand {
public:
    SellLicenseCommand(Workspace& workspace, SaleRequest request, const QString& text);
    const LicenseRecord& license() const { return m_license; }

protected:
    Status applyFirst() override;
    Status applyRedo() override;
    Status applyUndo() override;
    QList<qint64> touchedModelIds() const override { return {m_request.modelId}; }

private:
    SaleRequest m_request;
    LicenseRecord m_license;
    BuyerRecord m_buyerWithoutSale; // as it was before the sale / after an undo
    BuyerRecord m_buyerWithSale;    // as the sale left it
};

// Revokes a license with a reason on the game date; undo puts back the status it had (active or
// expired) and clears the revocation date and reason.
class RevokeLicenseCommand : public MarketCommand {
public:
    RevokeLicenseCommand(Workspace& workspace, qint64 licenseId, QString reason);

protected:
    Status applyFirst() override;
    Status applyRedo() override { return write(m_before, m_after); }
    Status applyUndo() override { return write(m_after, m_before); }
    QList<qint64> touchedModelIds() const override { return {m_before.modelId}; }

private:
    Status write(const LicenseRecord& expected, const LicenseRecord& wanted);

    qint64 m_licenseId = 0;
    QString m_reason;
    LicenseRecord m_before;
    LicenseRecord m_after;
};

// Adds (no `before`), edits (both) or deletes (no `after`) a buyer. Deleting a buyer who holds
// licenses is refused (the repository's rule). Undo of an add or delete keeps the buyer's id.
class BuyerCommand : public MarketCommand {
public:
    BuyerCommand(Workspace& workspace, std::optional<BuyerRecord> before,
                 std::optional<BuyerRecord> after, const QString& text);
    // The buyer's id after the command ran (new buyers get theirs on the first apply).
    qint64 buyerId() const;

protected:
    Status applyFirst() override { return write(m_before, m_after); }
    Status applyRedo() override { return write(m_before, m_after); }
    Status applyUndo() override { return write(m_after, m_before); }

private:
    Status write(const std::optional<BuyerRecord>& expected, std::optional<BuyerRecord>& wanted);

    std::optional<BuyerRecord> m_before;
    std::optional<BuyerRecord> m_after;
};

// Two buyer records hold the same data, whatever their revision.
bool sameBuyerData(BuyerRecord a, const BuyerRecord& b);

} // namespace mm
