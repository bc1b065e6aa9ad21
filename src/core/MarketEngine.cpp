#include "core/MarketEngine.h"

#include "core/LicensePolicy.h"
#include "core/MarketRandom.h"
#include "core/Pricing.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>

namespace mm {

namespace {

namespace rnd = market_random;

// Weights are integers so sums are exact and a choice never depends on the order the sums were
// built in (the clock rebuilds them from the file every month, a forecast updates them in place).
// exp(12) × 2^24 × a million listings still fits 63 bits.
constexpr double kWeightScale = 16777216.0; // 2^24
constexpr double kMinUtility = -20.0;
constexpr double kMaxUtility = 12.0;
constexpr int kChoiceAttempts = 8;

constexpr std::array kReleasePrefixes{"Nova", "Orion",  "Helix", "Quasar",
                                      "Vega", "Cobalt", "Lumen", "Pulsar"};

quint64 scaledWeight(double utility) {
    const double clamped = std::clamp(utility, kMinUtility, kMaxUtility);
    return std::max<quint64>(1,
                             static_cast<quint64>(std::llround(std::exp(clamped) * kWeightScale)));
}

int adoptionLevel(qint64 adoptions) {
    return static_cast<int>(
               std::bit_width(static_cast<quint64>(std::max<qint64>(0, adoptions)) + 1)) -
           1;
}

bool priceInRange(const TierPolicy& policy, Money price) {
    return price >= policy.priceFloor && (!policy.priceCeiling || price <= *policy.priceCeiling);
}

constexpr int kBuckets = 64;

// Listings of one price bucket in id order, with a Fenwick tree over their weights. New
// listings only ever append (ids grow), which a Fenwick tree does in O(log n).
struct Bucket {
    std::vector<int> listings;
    std::vector<quint64> weights;
    std::vector<quint64> tree{0}; // 1-based: tree[i] sums weights (i - lowbit(i), i]
    quint64 total = 0;

    static std::size_t lowbit(std::size_t i) { return i & (~i + 1); }

    void append(int listing, quint64 weight) {
        listings.push_back(listing);
        weights.push_back(weight);
        const std::size_t i = weights.size();
        const std::size_t low = i - lowbit(i);
        quint64 sum = weight;
        for (std::size_t j = i - 1; j > low; j -= lowbit(j))
            sum += tree[j];
        tree.push_back(sum);
        total += weight;
    }

    void change(std::size_t at, quint64 weight) {
        const quint64 delta = weight - weights[at]; // modular: wraps back on the way up
        weights[at] = weight;
        total += delta;
        for (std::size_t i = at + 1; i < tree.size(); i += lowbit(i))
            tree[i] += delta;
    }

    // The slot whose cumulative weight first exceeds `target` (target < total).
    std::size_t find(quint64 target) const {
        const std::size_t n = weights.size();
        std::size_t pos = 0;
        std::size_t step = 1;
        while (step * 2 <= n)
            step *= 2;
        for (; step > 0; step /= 2) {
            if (pos + step <= n && tree[pos + step] <= target) {
                pos += step;
                target -= tree[pos];
            }
        }
        return pos;
    }
};

// One buyer type's view of one tier: the listings it may buy in 64 price buckets whose bounds
// grow by a quarter each (integers, so every machine files a price in the same bucket). The order
// a choice walks is (bucket, id): it depends only on the listings, never on how the index was
// built, so the clock (which rebuilds it each month) and a forecast (which updates it) pick the
// same listing for the same random number. A budget affords every bucket below its own and part
// of its own; a draw that lands on a listing above the budget is drawn again, which is exactly
// the choice among the affordable ones.
struct TierIndex {
    bool open = false;                    // the tier's rules admit this buyer type at all
    std::array<qint64, kBuckets> upper{}; // bucket k holds prices below upper[k]; the last, all
    std::array<Bucket, kBuckets> buckets;
    std::vector<int> bucketOf; // by listing index; -1 when not in this index
    std::vector<int> slotOf;
    int count = 0;

    void setBounds(const TierPolicy& policy) {
        qint64 bound = std::max<qint64>(100, policy.priceFloor.cents());
        for (qint64& value : upper) {
            value = bound;
            bound += std::max<qint64>(1, bound / 4);
        }
    }

    int bucketFor(qint64 price) const {
        return static_cast<int>(std::upper_bound(upper.begin(), upper.end() - 1, price) -
                                upper.begin());
    }

    void add(int listing, qint64 price, quint64 weight) {
        const int b = bucketFor(price);
        if (static_cast<std::size_t>(listing) >= bucketOf.size()) {
            bucketOf.resize(static_cast<std::size_t>(listing) + 1, -1);
            slotOf.resize(static_cast<std::size_t>(listing) + 1, -1);
        }
        bucketOf[static_cast<std::size_t>(listing)] = b;
        slotOf[static_cast<std::size_t>(listing)] =
            static_cast<int>(buckets[static_cast<std::size_t>(b)].listings.size());
        buckets[static_cast<std::size_t>(b)].append(listing, weight);
        ++count;
    }

    bool contains(int listing) const {
        return static_cast<std::size_t>(listing) < bucketOf.size() &&
               bucketOf[static_cast<std::size_t>(listing)] >= 0;
    }

    quint64 weightOf(int listing) const {
        const auto i = static_cast<std::size_t>(listing);
        return buckets[static_cast<std::size_t>(bucketOf[i])]
            .weights[static_cast<std::size_t>(slotOf[i])];
    }

    void change(int listing, quint64 weight) {
        const auto i = static_cast<std::size_t>(listing);
        buckets[static_cast<std::size_t>(bucketOf[i])].change(static_cast<std::size_t>(slotOf[i]),
                                                              weight);
    }

    // The weight of the buckets a budget reaches (its own bucket whole); `last` is that bucket.
    quint64 reachable(qint64 budget, int* last) const {
        *last = bucketFor(budget);
        quint64 sum = 0;
        for (int b = 0; b <= *last; ++b)
            sum += buckets[static_cast<std::size_t>(b)].total;
        return sum;
    }

    // The listing at cumulative weight `target` in (bucket, id) order, within buckets 0..last.
    int pick(quint64 target, int last) const {
        for (int b = 0; b <= last; ++b) {
            const Bucket& bucket = buckets[static_cast<std::size_t>(b)];
            if (target < bucket.total)
                return bucket.listings[bucket.find(target)];
            target -= bucket.total;
        }
        return -1; // cannot happen for target < reachable()
    }
};

} // namespace

struct MarketEngine::Indexes {
    std::array<std::array<TierIndex, 4>, 4> byTypeAndTier; // [buyer type][tier]
    std::vector<std::vector<int>> listingsOfModel;
    std::vector<std::vector<int>> heldByBuyer; // listing indices of each buyer's running licenses

    TierIndex& at(BuyerType type, LicenseTier tier) {
        return byTypeAndTier[static_cast<int>(type)][static_cast<int>(tier)];
    }
};

MarketEngine::MarketEngine(MarketState state)
    : m_state(std::move(state))
    , m_estimator(m_state.config)
    , m_indexes(std::make_unique<Indexes>()) {
    rebuildIndexes();
}

MarketEngine::MarketEngine(const MarketEngine& other)
    : m_state(other.m_state)
    , m_estimator(other.m_estimator)
    , m_indexes(std::make_unique<Indexes>(*other.m_indexes)) {
}

MarketEngine& MarketEngine::operator=(const MarketEngine& other) {
    if (this != &other) {
        m_state = other.m_state;
        m_estimator = other.m_estimator;
        m_indexes = std::make_unique<Indexes>(*other.m_indexes);
    }
    return *this;
}

MarketEngine::MarketEngine(MarketEngine&&) noexcept = default;
MarketEngine& MarketEngine::operator=(MarketEngine&&) noexcept = default;
MarketEngine::~MarketEngine() = default;

IntendedUse MarketEngine::useOf(BuyerType type) {
    return type == BuyerType::Academic ? IntendedUse::Research : IntendedUse::Business;
}

bool MarketEngine::mayBuyInTier(const TierPolicy& policy, BuyerType type, int size) {
    const IntendedUse use = useOf(type);
    if (!policy.allowsBuyer(type) || (policy.researchOnly && use != IntendedUse::Research))
        return false;
    if (policy.requiredUse && *policy.requiredUse != use)
        return false;
    return size >= policy.minBuyerSize;
}

qint64 MarketEngine::monthlyCalls(const DemandConfig& demand, const MarketBuyer& buyer) {
    return demand.of(buyer.type).callsPerEmployee * buyer.size;
}

std::optional<int> MarketEngine::deploymentsFor(const TierPolicy& policy,
                                                const MarketBuyer& buyer) {
    if (policy.unlimitedDeploymentsOnly)
        return std::nullopt;
    // One deployment per 500 employees, within the tier's cap.
    const int wanted = std::max(1, buyer.size / 500);
    return policy.deploymentCap ? std::min(wanted, *policy.deploymentCap) : wanted;
}

double MarketEngine::utility(const DemandConfig& demand, BuyerType type, const MarketModel& model,
                             const MarketListing& listing) {
    const BuyerTypeDemand& taste = demand.of(type);
    const double weightSum =
        taste.performanceWeight + taste.accuracyWeight + taste.efficiencyWeight;
    const double quality =
        (taste.performanceWeight * model.performance + taste.accuracyWeight * model.accuracy +
         taste.efficiencyWeight * model.efficiency) /
        weightSum;
    const double monthsOfBudget =
        static_cast<double>(listing.price.cents()) /
        static_cast<double>(std::max<qint64>(100, taste.monthlyBudget.cents()));
    return taste.qualitySensitivity * (quality - 50.0) / 10.0 -
           taste.priceSensitivity * monthsOfBudget + taste.tierFit[static_cast<int>(listing.tier)];
}

quint64 MarketEngine::weight(const DemandConfig& demand, BuyerType type, const MarketModel& model,
                             const MarketListing& listing) {
    // Visibility grows a step each time adoption doubles: (1 + adoptions)^w, rounded down to
    // whole doublings, so weights change (and the index is touched) only now and then.
    const double visibility = demand.visibilityWeight * std::log(2.0) *
                              static_cast<double>(adoptionLevel(model.adoptions));
    return scaledWeight(utility(demand, type, model, listing) + visibility);
}

quint64 MarketEngine::outsideWeight(const DemandConfig& demand) {
    return scaledWeight(demand.outsideUtility);
}

void MarketEngine::rebuildIndexes() {
    Indexes& ix = *m_indexes;
    const std::size_t listingCount = m_state.listings.size();
    ix.listingsOfModel.assign(m_state.models.size(), {});
    for (std::size_t i = 0; i < listingCount; ++i)
        ix.listingsOfModel[static_cast<std::size_t>(m_state.listings[i].model)].push_back(
            static_cast<int>(i));
    for (BuyerType type : enumValues<BuyerType>()) {
        for (LicenseTier tier : enumValues<LicenseTier>()) {
            const TierPolicy& policy = m_state.config.tier(tier);
            TierIndex& index = ix.at(type, tier);
            index = TierIndex{};
            // Size is checked per buyer; here only what every buyer of the type shares.
            index.open = mayBuyInTier(policy, type, std::numeric_limits<int>::max());
            if (!index.open)
                continue;
            index.setBounds(policy);
            index.bucketOf.assign(listingCount, -1);
            index.slotOf.assign(listingCount, -1);
            // The listings are in id order, so every bucket fills in id order.
            for (std::size_t i = 0; i < listingCount; ++i) {
                const MarketListing& row = m_state.listings[i];
                if (row.tier != tier || !priceInRange(policy, row.price))
                    continue;
                index.add(static_cast<int>(i), row.price.cents(),
                          weight(m_state.config.demand, type,
                                 m_state.models[static_cast<std::size_t>(row.model)], row));
            }
        }
    }
    ix.heldByBuyer.assign(m_state.buyers.size(), {});
    for (const MarketLicense& license : m_state.licenses) {
        for (int listing : ix.listingsOfModel[static_cast<std::size_t>(license.model)]) {
            if (m_state.listings[static_cast<std::size_t>(listing)].tier == license.tier)
                ix.heldByBuyer[static_cast<std::size_t>(license.buyer)].push_back(listing);
        }
    }
}

void MarketEngine::addListing(int listing) {
    Indexes& ix = *m_indexes;
    const MarketListing& row = m_state.listings[static_cast<std::size_t>(listing)];
    if (static_cast<std::size_t>(row.model) >= ix.listingsOfModel.size())
        ix.listingsOfModel.resize(static_cast<std::size_t>(row.model) + 1);
    ix.listingsOfModel[static_cast<std::size_t>(row.model)].push_back(listing);
    const TierPolicy& policy = m_state.config.tier(row.tier);
    for (BuyerType type : enumValues<BuyerType>()) {
        TierIndex& index = ix.at(type, row.tier);
        if (!index.open || !priceInRange(policy, row.price))
            continue;
        // Ids only grow, so a new listing goes last in its bucket: O(log n), no re-sort.
        index.add(listing, row.price.cents(),
                  weight(m_state.config.demand, type,
                         m_state.models[static_cast<std::size_t>(row.model)], row));
    }
}

MonthOutcome MarketEngine::playMonth(quint64 seed, int run) {
    MonthOutcome outcome;
    outcome.month = m_state.month;
    outcome.labRevenue.assign(m_state.labs.size(), Money());
    std::vector<char> mustShop(m_state.buyers.size(), 0);

    replenishBudgets(outcome);
    releaseRivalModels(seed, run, outcome);
    decideRenewals(seed, run, outcome, mustShop);
    buy(seed, run, outcome, mustShop);
    chargeUsage(outcome);
    applyAdoptions(outcome);
    ++m_state.month;
    return outcome;
}

void MarketEngine::replenishBudgets(MonthOutcome& outcome) {
    for (std::size_t i = 0; i < m_state.buyers.size(); ++i) {
        MarketBuyer& buyer = m_state.buyers[i];
        const BuyerTypeDemand& demand = m_state.config.demand.of(buyer.type);
        if (buyer.budget >= demand.budgetCap || demand.monthlyBudget.isZero())
            continue;
        const Money topped = std::min(demand.budgetCap, buyer.budget + demand.monthlyBudget);
        outcome.budgetTopUps.emplace_back(static_cast<int>(i), topped - buyer.budget);
        buyer.budget = topped;
    }
}

void MarketEngine::releaseRivalModels(quint64 seed, int run, MonthOutcome& outcome) {
    const int month = m_state.month;
    const Pricing pricing(m_state.config);
    for (std::size_t labIndex = 0; labIndex < m_state.labs.size(); ++labIndex) {
        const MarketLab& lab = m_state.labs[labIndex];
        if (lab.studio || lab.releasesPerMonth <= 0)
            continue;
        const double whole = std::floor(lab.releasesPerMonth);
        int count = static_cast<int>(whole);
        if (rnd::uniform(rnd::draw(seed, run, month, lab.id, rnd::Release)) <
            lab.releasesPerMonth - whole)
            ++count;
        for (int k = 0; k < count; ++k) {
            const qint64 entity = lab.id * 64 + k;
            const double sizeRoll =
                rnd::uniform(rnd::draw(seed, run, month, entity, rnd::ReleaseSize));
            // Mostly the lab's focus; otherwise any class.
            const SizeClass sizeClass =
                sizeRoll < 0.6 ? lab.focus
                               : static_cast<SizeClass>(static_cast<int>((sizeRoll - 0.6) / 0.4 *
                                                                         enumCount<SizeClass>()) %
                                                        enumCount<SizeClass>());
            TrainingInputs inputs = TrainingInputs::preset(m_state.config, sizeClass);
            inputs.architecture = static_cast<Architecture>(
                rnd::draw(seed, run, month, entity, rnd::ReleaseArchitecture) %
                enumCount<Architecture>());
            inputs.seed = rnd::draw(seed, run, month, entity, rnd::ReleaseSeed);
            auto rolled = m_estimator.roll(inputs);
            if (!rolled || rolled->failed)
                continue;
            TrainingOutcome result = *rolled;
            auto lift = [&lab](double metric) {
                return std::clamp(metric + lab.qualityBonus, 0.0, 100.0);
            };
            result.performance = lift(result.performance);
            result.accuracy = lift(result.accuracy);
            result.efficiency = lift(result.efficiency);
            result.composite = lift(result.composite);

            MarketModel model;
            model.id = m_state.nextModelId++;
            model.lab = static_cast<int>(labIndex);
            model.sizeClass = sizeClass;
            model.performance = result.performance;
            model.accuracy = result.accuracy;
            model.efficiency = result.efficiency;
            model.composite = result.composite;
            model.trainingCost = result.actualCost;
            model.listedMonth = month;
            m_state.models.push_back(model);

            ModelRelease release;
            release.model = static_cast<int>(m_state.models.size() - 1);
            const char* prefix =
                kReleasePrefixes[rnd::draw(seed, run, month, entity, rnd::ReleasePrefix) %
                                 kReleasePrefixes.size()];
            release.name =
                QStringLiteral("%1 %2 %3").arg(lab.name, QLatin1StringView(prefix)).arg(model.id);
            inputs.modelName = release.name;
            release.inputs = inputs;
            release.outcome = result;
            for (LicenseTier tier : enumValues<LicenseTier>()) {
                const bool offered =
                    tier == LicenseTier::OpenSource   ? lab.openSource
                    : tier == LicenseTier::Academic   ? sizeClass <= SizeClass::Medium
                    : tier == LicenseTier::Enterprise ? sizeClass >= SizeClass::Large
                                                      : true;
                if (!offered)
                    continue;
                const TierPolicy& policy = m_state.config.tier(tier);
                Money price = pricing.recommendedPrice(tier, model.composite, sizeClass)
                                  .scaled(lab.pricePercent, 100)
                                  .value();
                price = std::max(price, policy.priceFloor);
                if (policy.priceCeiling)
                    price = std::min(price, *policy.priceCeiling);
                MarketListing listing;
                listing.id = m_state.nextListingId++;
                listing.model = release.model;
                listing.tier = tier;
                listing.price = price;
                listing.listedMonth = month;
                m_state.listings.push_back(listing);
                release.listings.push_back(static_cast<int>(m_state.listings.size() - 1));
                addListing(static_cast<int>(m_state.listings.size() - 1));
            }
            outcome.releases.push_back(std::move(release));
        }
    }
}

void MarketEngine::decideRenewals(quint64 seed, int run, MonthOutcome& outcome,
                                  std::vector<char>& mustShop) {
    const int month = m_state.month;
    const DemandConfig& demand = m_state.config.demand;
    for (const MarketLicense& license : m_state.licenses) {
        // A renewable license whose term ended last month (or earlier) is up for renewal now.
        if (license.expiresMonth < 0 || license.expiresMonth >= month || !license.renewable)
            continue;
        outcome.endedLicenses.push_back(license.id);
        MarketBuyer& buyer = m_state.buyers[static_cast<std::size_t>(license.buyer)];
        const TierPolicy& policy = m_state.config.tier(license.tier);
        int current = -1;
        for (int listing : m_indexes->listingsOfModel[static_cast<std::size_t>(license.model)]) {
            if (m_state.listings[static_cast<std::size_t>(listing)].tier == license.tier)
                current = listing;
        }
        const TierIndex& index = m_indexes->at(buyer.type, license.tier);
        if (current < 0 || !index.open || !index.contains(current) ||
            !mayBuyInTier(policy, buyer.type, buyer.size)) {
            mustShop[static_cast<std::size_t>(license.buyer)] = 1; // withdrawn: look elsewhere
            continue;
        }
        const MarketListing& listing = m_state.listings[static_cast<std::size_t>(current)];
        if (listing.price > buyer.budget) {
            ++outcome.buyersOutOfBudget;
            mustShop[static_cast<std::size_t>(license.buyer)] = 1;
            continue;
        }
        // Stay with the current model unless better value has appeared in the tier: its appeal,
        // raised by the switching cost, drawn against everything else the buyer can afford
        // there (a draw of the current listing or of one beyond the budget is drawn again).
        const quint64 stay = static_cast<quint64>(
            std::llround(demand.renewalLoyalty * static_cast<double>(index.weightOf(current))));
        int lastBucket = 0;
        const quint64 others = index.reachable(buyer.budget.cents(), &lastBucket);
        bool renews = true;
        for (int attempt = 0; attempt < kChoiceAttempts && stay + others > 0; ++attempt) {
            const quint64 target = rnd::draw(seed, run, month, license.id,
                                             rnd::Renewal + 16 * static_cast<quint64>(attempt)) %
                                   (stay + others);
            if (target < stay)
                break;
            const int rival = index.pick(target - stay, lastBucket);
            if (rival == current ||
                m_state.listings[static_cast<std::size_t>(rival)].price > buyer.budget)
                continue;
            renews = false;
            break;
        }
        if (!renews) {
            mustShop[static_cast<std::size_t>(license.buyer)] = 1;
            continue;
        }
        MarketSale sale = sell(license.buyer, current, 1);
        sale.renewal = true;
        sale.renews = license.id;
        outcome.sales.push_back(sale);
    }
}

MarketSale MarketEngine::sell(int buyerIndex, int listingIndex, int day) {
    MarketBuyer& buyer = m_state.buyers[static_cast<std::size_t>(buyerIndex)];
    const MarketListing& listing = m_state.listings[static_cast<std::size_t>(listingIndex)];
    const TierPolicy& policy = m_state.config.tier(listing.tier);
    MarketSale sale;
    sale.buyer = buyerIndex;
    sale.listing = listingIndex;
    sale.fee = listing.price;
    sale.deployments = deploymentsFor(policy, buyer);
    sale.monthlyCalls = monthlyCalls(m_state.config.demand, buyer);
    sale.day = day;
    buyer.budget -= listing.price;
    m_indexes->heldByBuyer[static_cast<std::size_t>(buyerIndex)].push_back(listingIndex);
    return sale;
}

void MarketEngine::buy(quint64 seed, int run, MonthOutcome& outcome,
                       const std::vector<char>& mustShop) {
    const int month = m_state.month;
    const DemandConfig& demand = m_state.config.demand;
    const quint64 outside = outsideWeight(demand);
    const int daysInMonth = firstDayOfMonth(month).daysInMonth();
    std::vector<MarketSale> purchases;
    for (std::size_t b = 0; b < m_state.buyers.size(); ++b) {
        const MarketBuyer& buyer = m_state.buyers[b];
        const bool needs =
            mustShop[b] != 0 || rnd::uniform(rnd::draw(seed, run, month, buyer.id, rnd::Need)) <
                                    demand.of(buyer.type).needPerMonth;
        if (!needs)
            continue;
        std::array<quint64, 4> tierTotals{};
        std::array<int, 4> lastBuckets{};
        quint64 total = 0;
        bool anythingForSale = false;
        for (int tier = 0; tier < 4; ++tier) {
            const TierIndex& index = m_indexes->byTypeAndTier[static_cast<std::size_t>(buyer.type)]
                                                             [static_cast<std::size_t>(tier)];
            if (!index.open ||
                buyer.size < m_state.config.tier(static_cast<LicenseTier>(tier)).minBuyerSize)
                continue;
            anythingForSale = anythingForSale || index.count > 0;
            tierTotals[static_cast<std::size_t>(tier)] =
                index.reachable(buyer.budget.cents(), &lastBuckets[static_cast<std::size_t>(tier)]);
            total += tierTotals[static_cast<std::size_t>(tier)];
        }
        if (total == 0) {
            if (anythingForSale)
                ++outcome.buyersOutOfBudget;
            continue;
        }
        // Draw among "nothing" and every listing the budget reaches; one beyond the budget or
        // one the buyer already runs is drawn again, which is exactly the choice among the rest.
        bool pricedOut = false;
        bool decided = false;
        for (int attempt = 0; attempt < kChoiceAttempts && !decided; ++attempt) {
            quint64 target = rnd::draw(seed, run, month, buyer.id,
                                       rnd::Choice + 16 * static_cast<quint64>(attempt)) %
                             (outside + total);
            if (target < outside)
                break;
            target -= outside;
            int tier = 0;
            while (target >= tierTotals[static_cast<std::size_t>(tier)]) {
                target -= tierTotals[static_cast<std::size_t>(tier)];
                ++tier;
            }
            const TierIndex& index = m_indexes->byTypeAndTier[static_cast<std::size_t>(buyer.type)]
                                                             [static_cast<std::size_t>(tier)];
            const int listing = index.pick(target, lastBuckets[static_cast<std::size_t>(tier)]);
            if (m_state.listings[static_cast<std::size_t>(listing)].price > buyer.budget) {
                pricedOut = true;
                continue;
            }
            const auto& held = m_indexes->heldByBuyer[b];
            if (std::find(held.begin(), held.end(), listing) != held.end())
                continue;
            decided = true;
            const TierPolicy& policy = m_state.config.tier(static_cast<LicenseTier>(tier));
            PurchaseRequest request;
            request.tier = policy.tier;
            request.buyerType = buyer.type;
            request.buyerSize = buyer.size;
            request.buyerBudget = buyer.budget;
            request.use = useOf(buyer.type);
            request.price = m_state.listings[static_cast<std::size_t>(listing)].price;
            request.deployments = deploymentsFor(policy, buyer);
            if (!LicensePolicy(policy).check(request).allowed)
                break; // cannot happen: the indexes hold only what the rules allow
            const int day = 1 + static_cast<int>(rnd::draw(seed, run, month, buyer.id, rnd::Day) %
                                                 static_cast<quint64>(daysInMonth));
            purchases.push_back(sell(static_cast<int>(b), listing, day));
        }
        if (!decided && pricedOut)
            ++outcome.buyersOutOfBudget;
    }
    // Purchases first, then the renewals decided before them: the order the clock stores them.
    std::vector<MarketSale> renewals = std::move(outcome.sales);
    outcome.sales = std::move(purchases);
    outcome.sales.insert(outcome.sales.end(), renewals.begin(), renewals.end());
    for (MarketSale& sale : outcome.sales) {
        sale.licenseId = m_state.nextLicenseId++;
        const MarketListing& listing = m_state.listings[static_cast<std::size_t>(sale.listing)];
        const TierPolicy& policy = m_state.config.tier(listing.tier);
        MarketLicense license;
        license.id = sale.licenseId;
        license.buyer = sale.buyer;
        license.model = listing.model;
        license.tier = listing.tier;
        license.soldMonth = month;
        // The expiry date is the sale date plus the term, so it falls in the month `term` later.
        license.expiresMonth = policy.isPerpetual() ? -1 : license.soldMonth + policy.termMonths;
        license.monthlyCalls = sale.monthlyCalls;
        license.usageRate = policy.usageRatePer1000Calls;
        license.termMonths = policy.termMonths;
        license.renewable = policy.renewable && policy.termMonths >= 1;
        m_state.licenses.push_back(license);
        const int tier = static_cast<int>(listing.tier);
        MarketModel& model = m_state.models[static_cast<std::size_t>(listing.model)];
        outcome.fees[static_cast<std::size_t>(tier)] += sale.fee;
        ++(sale.renewal ? outcome.renewals : outcome.newLicenses)[static_cast<std::size_t>(tier)];
        outcome.labRevenue[static_cast<std::size_t>(model.lab)] += sale.fee;
        model.revenue += sale.fee;
        noteEarning(listing.model);
    }
}

void MarketEngine::noteEarning(int model) {
    if (m_earnedMark.size() < m_state.models.size())
        m_earnedMark.resize(m_state.models.size(), 0);
    if (m_earnedMark[static_cast<std::size_t>(model)] == 0) {
        m_earnedMark[static_cast<std::size_t>(model)] = 1;
        m_earned.push_back(model);
    }
}

void MarketEngine::chargeUsage(MonthOutcome& outcome) {
    const int month = m_state.month;
    std::size_t kept = 0; // licenses that run on are compacted to the front, in order
    for (std::size_t i = 0; i < m_state.licenses.size(); ++i) {
        const MarketLicense& license = m_state.licenses[i];
        const bool charged = license.soldMonth <= month &&
                             (license.expiresMonth < 0 || license.expiresMonth >= month);
        if (charged && license.monthlyCalls > 0 && !license.usageRate.isZero()) {
            // calls × rate / 1000, half up: Pricing::usageCharge, as the clock charges it.
            const Money amount =
                Money::fromCents((license.monthlyCalls * license.usageRate.cents() + 500) / 1000);
            outcome.usage[static_cast<std::size_t>(license.tier)] += amount;
            MarketModel& model = m_state.models[static_cast<std::size_t>(license.model)];
            outcome.labRevenue[static_cast<std::size_t>(model.lab)] += amount;
            model.revenue += amount;
            noteEarning(license.model);
        }
        // A renewable license ending this month waits for next month's renewal decision; one
        // decided this month (it ended earlier) and a non-renewable one that ends now are done.
        const bool runsOn = license.expiresMonth < 0 || license.expiresMonth > month ||
                            (license.renewable && license.expiresMonth == month);
        if (runsOn) {
            if (kept != i)
                m_state.licenses[kept] = license;
            ++kept;
            continue;
        }
        // The buyer no longer runs this listing.
        auto& held = m_indexes->heldByBuyer[static_cast<std::size_t>(license.buyer)];
        for (int listing : m_indexes->listingsOfModel[static_cast<std::size_t>(license.model)]) {
            if (m_state.listings[static_cast<std::size_t>(listing)].tier != license.tier)
                continue;
            if (const auto it = std::find(held.begin(), held.end(), listing); it != held.end())
                held.erase(it);
        }
    }
    m_state.licenses.resize(kept);
    // Only models that earned this month can have paid back their training now.
    for (int index : m_earned) {
        MarketModel& model = m_state.models[static_cast<std::size_t>(index)];
        m_earnedMark[static_cast<std::size_t>(index)] = 0;
        if (model.paidBackMonth < 0 && model.revenue >= model.trainingCost &&
            model.listedMonth <= month)
            model.paidBackMonth = month;
    }
    m_earned.clear();
}

void MarketEngine::applyAdoptions(const MonthOutcome& outcome) {
    const DemandConfig& demand = m_state.config.demand;
    std::vector<int> touched;
    for (const MarketSale& sale : outcome.sales) {
        const MarketListing& listing = m_state.listings[static_cast<std::size_t>(sale.listing)];
        MarketModel& model = m_state.models[static_cast<std::size_t>(listing.model)];
        const int before = adoptionLevel(model.adoptions);
        model.adoptions +=
            listing.tier == LicenseTier::OpenSource ? demand.openSourceAdoptionWeight : 1;
        if (adoptionLevel(model.adoptions) != before)
            touched.push_back(listing.model);
    }
    std::sort(touched.begin(), touched.end());
    touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
    for (int modelIndex : touched) {
        const MarketModel& model = m_state.models[static_cast<std::size_t>(modelIndex)];
        for (int listing : m_indexes->listingsOfModel[static_cast<std::size_t>(modelIndex)]) {
            const MarketListing& row = m_state.listings[static_cast<std::size_t>(listing)];
            for (int type = 0; type < 4; ++type) {
                TierIndex& index = m_indexes->at(static_cast<BuyerType>(type), row.tier);
                if (!index.open || !index.contains(listing))
                    continue;
                const quint64 now = weight(demand, static_cast<BuyerType>(type), model, row);
                if (now != index.weightOf(listing))
                    index.change(listing, now);
            }
        }
    }
}

} // namespace mm
