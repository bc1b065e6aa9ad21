#pragma once

// Small hand-made markets for tests of the market engine and of what runs on it (forecasts,
// scenarios): no rival releases, no budget inflow unless a test adds them.

#include "core/MarketState.h"

namespace mm::test {

inline Money dollars(qint64 units) {
    return Money::fromCents(units * 100);
}

// A market with no rival releases and no budget inflow unless a test adds them.
inline MarketState emptyMarket() {
    MarketState state;
    state.config = EconomyConfig::defaults();
    // No inflow: budgets only fall. (monthlyBudget stays: it is also the price yardstick.)
    for (BuyerTypeDemand& demand : state.config.demand.byType)
        demand.budgetCap = Money();
    state.month = monthNumber(QDate(2025, 1, 1));
    state.labs.push_back(MarketLab{1, QStringLiteral("Studio"), true});
    return state;
}

inline int addModel(MarketState& state, double quality, SizeClass sizeClass = SizeClass::Medium) {
    MarketModel model;
    model.id = state.nextModelId++;
    model.sizeClass = sizeClass;
    model.performance = model.accuracy = model.efficiency = model.composite = quality;
    model.trainingCost = dollars(100'000);
    model.listedMonth = state.month;
    state.models.push_back(model);
    return static_cast<int>(state.models.size() - 1);
}

inline int addListing(MarketState& state, int model, LicenseTier tier, Money price) {
    MarketListing listing;
    listing.id = state.nextListingId++;
    listing.model = model;
    listing.tier = tier;
    listing.price = price;
    listing.listedMonth = state.month;
    state.listings.push_back(listing);
    return static_cast<int>(state.listings.size() - 1);
}

inline int addBuyer(MarketState& state, BuyerType type, int size, Money budget) {
    MarketBuyer buyer;
    buyer.id = static_cast<qint64>(state.buyers.size()) + 1;
    buyer.type = type;
    buyer.size = size;
    buyer.budget = budget;
    state.buyers.push_back(buyer);
    return static_cast<int>(state.buyers.size() - 1);
}

// A varied market: every tier, listings inside and outside the tiers' ranges, every buyer type,
// small and large buyers, rich and poor.
inline MarketState variedMarket() {
    MarketState state = emptyMarket();
    state.config.demand.of(BuyerType::Academic).budgetCap = dollars(20'000);
    state.config.demand.of(BuyerType::Enterprise).budgetCap = dollars(5'000'000);
    for (int i = 0; i < 12; ++i) {
        const int model = addModel(state, 40 + 4 * i, static_cast<SizeClass>(i % 4));
        addListing(state, model, LicenseTier::OpenSource, Money());
        addListing(state, model, LicenseTier::Academic, dollars(1'000 + 800 * i));
        addListing(state, model, LicenseTier::Commercial, dollars(50'000 + 40'000 * i));
        addListing(state, model, LicenseTier::Enterprise, dollars(1'000'000 + 500'000 * i));
    }
    // Outside the tiers' ranges: never for sale.
    const int odd = addModel(state, 99);
    addListing(state, odd, LicenseTier::Academic, dollars(50'000));
    addListing(state, odd, LicenseTier::Commercial, dollars(10'000));
    for (int i = 0; i < 40; ++i) {
        const auto type = static_cast<BuyerType>(i % 4);
        const int size = i % 8 < 4 ? 300 : 5'000; // half the enterprises are below 1,000
        const Money budget = dollars((i % 5) * (type == BuyerType::Academic ? 4'000 : 1'500'000));
        addBuyer(state, type, size, budget);
    }
    return state;
}

} // namespace mm::test
