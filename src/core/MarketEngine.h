#pragma once

#include "core/MarketState.h"
#include "core/TrainingEstimator.h"

#include <array>
#include <memory>
#include <vector>

namespace mm {

// A license bought in the month played.
struct MarketSale {
    qint64 licenseId = 0; // the id the database gives it when stored in this order
    int buyer = 0;        // index into MarketState::buyers
    int listing = 0;      // index into MarketState::listings
    Money fee;
    std::optional<int> deployments; // none: unlimited
    qint64 monthlyCalls = 0;
    int day = 1; // day of the month it is dated
    // A renewal replaces a license whose term ended in an earlier month; it is dated the first
    // day of the month played.
    bool renewal = false;
    qint64 renews = 0; // the license it replaces
};

// A model a rival lab brought out, listed at once.
struct ModelRelease {
    int model = 0;             // index into MarketState::models
    std::vector<int> listings; // indices into MarketState::listings
    QString name;
    TrainingInputs inputs;
    TrainingOutcome outcome;
};

// What one month did.
struct MonthOutcome {
    int month = 0;
    std::vector<std::pair<int, Money>> budgetTopUps; // buyer index, amount added
    std::vector<ModelRelease> releases;
    std::vector<qint64> endedLicenses; // renewable licenses whose term ended (renewed or not)
    std::vector<MarketSale> sales;     // purchases of the month, then renewals
    std::array<Money, 4> fees{};       // by tier, purchases and renewals
    std::array<Money, 4> usage{};      // by tier
    std::array<int, 4> newLicenses{};  // by tier, purchases
    std::array<int, 4> renewals{};     // by tier
    std::vector<Money> labRevenue;     // by lab index: fees (renewals included) and usage
    int buyersOutOfBudget = 0;         // wanted a license but could afford nothing they may buy
};

// The demand model and the month step (docs/economy.md, "The market"). Deterministic: the
// outcome of a month depends only on the state, the seed, the run number and the month, never
// on threads or timing. Every random number comes from a hash of (seed, run, month, entity,
// purpose), so two runs that differ in one price still share every other draw.
//
// A buyer's choice does not scan the listings: for each buyer type and tier the listings the
// type may buy are kept sorted by price with a Fenwick tree of integer weights, so the listings
// a budget affords are a prefix found by binary search, their total weight a prefix sum, and the
// chosen one a descent of the tree: O(log listings) per decision. Weights change only when a
// model's adoption grows (once a month, a point update) or a listing appears.
class MarketEngine {
public:
    explicit MarketEngine(MarketState state);
    MarketEngine(const MarketEngine& other);
    MarketEngine& operator=(const MarketEngine& other);
    MarketEngine(MarketEngine&&) noexcept;
    MarketEngine& operator=(MarketEngine&&) noexcept;
    ~MarketEngine();

    // Plays state().month and moves on to the next month.
    MonthOutcome playMonth(quint64 seed, int run);

    const MarketState& state() const { return m_state; }

    // The appeal of a listing to a type of buyer, before the visibility factor (exposed for
    // tests and the docs' worked example).
    static double utility(const DemandConfig& demand, BuyerType type, const MarketModel& model,
                          const MarketListing& listing);
    // The integer weight the choice samples with: exp(utility + visibility) scaled and clamped.
    static quint64 weight(const DemandConfig& demand, BuyerType type, const MarketModel& model,
                          const MarketListing& listing);
    static quint64 outsideWeight(const DemandConfig& demand);
    // Whether the tier's rules let a buyer of this type and size buy at all (price aside).
    static bool mayBuyInTier(const TierPolicy& policy, BuyerType type, int size);
    static IntendedUse useOf(BuyerType type);
    static qint64 monthlyCalls(const DemandConfig& demand, const MarketBuyer& buyer);
    static std::optional<int> deploymentsFor(const TierPolicy& policy, const MarketBuyer& buyer);

private:
    struct Indexes;

    void rebuildIndexes();
    void addListing(int listing);
    void replenishBudgets(MonthOutcome& outcome);
    void releaseRivalModels(quint64 seed, int run, MonthOutcome& outcome);
    void decideRenewals(quint64 seed, int run, MonthOutcome& outcome, std::vector<char>& mustShop);
    void buy(quint64 seed, int run, MonthOutcome& outcome, const std::vector<char>& mustShop);
    void chargeUsage(MonthOutcome& outcome);
    void applyAdoptions(const MonthOutcome& outcome);
    MarketSale sell(int buyer, int listing, int day);

    MarketState m_state;
    TrainingEstimator m_estimator;
    std::unique_ptr<Indexes> m_indexes;
    void noteEarning(int model);
    std::vector<int> m_earned;      // models that earned in the month being played
    std::vector<char> m_earnedMark; // by model: already in m_earned
};

} // namespace mm
