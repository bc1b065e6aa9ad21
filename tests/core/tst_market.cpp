// The demand model and the month step, on small hand-made markets: the decision rule's promises
// (eligibility, price response, budgets, the closed form) and determinism.

#include "MarketFixtures.h"
#include "core/Forecast.h"
#include "core/ForecastReport.h"
#include "core/LicensePolicy.h"
#include "core/MarketEngine.h"

#include <QTest>
#include <cmath>

using namespace mm;

namespace {

using namespace mm::test;

// Sales of each listing over `runs` runs of `months` months.
std::vector<int> salesByListing(const MarketState& state, quint64 seed, int runs, int months) {
    std::vector<int> sales(state.listings.size(), 0);
    const MarketEngine prototype(state);
    for (int run = 0; run < runs; ++run) {
        MarketEngine engine(prototype);
        for (int month = 0; month < months; ++month) {
            for (const MarketSale& sale : engine.playMonth(seed, run).sales)
                ++sales[static_cast<std::size_t>(sale.listing)];
        }
    }
    return sales;
}

} // namespace

class TestMarket : public QObject {
    Q_OBJECT

private slots:
    void onlyEligibleListingsAreBought() {
        const MarketState initial = variedMarket();
        int checked = 0;
        for (quint64 seed : {1ULL, 2ULL, 3ULL}) {
            MarketEngine engine(initial);
            for (int month = 0; month < 24; ++month) {
                const std::vector<MarketBuyer> before = engine.state().buyers;
                const MonthOutcome outcome = engine.playMonth(seed, 0);
                std::vector<Money> budget;
                for (const MarketBuyer& buyer : before)
                    budget.push_back(buyer.budget);
                for (const auto& [buyer, amount] : outcome.budgetTopUps)
                    budget[static_cast<std::size_t>(buyer)] += amount;
                // Renewals are decided before purchases and paid first; replay in that order.
                std::vector<const MarketSale*> ordered;
                for (const MarketSale& sale : outcome.sales)
                    if (sale.renewal)
                        ordered.push_back(&sale);
                for (const MarketSale& sale : outcome.sales)
                    if (!sale.renewal)
                        ordered.push_back(&sale);
                for (const MarketSale* sale : ordered) {
                    const MarketListing& listing =
                        engine.state().listings[static_cast<std::size_t>(sale->listing)];
                    const MarketBuyer& buyer = before[static_cast<std::size_t>(sale->buyer)];
                    const TierPolicy& policy = initial.config.tier(listing.tier);
                    PurchaseRequest request;
                    request.tier = listing.tier;
                    request.buyerType = buyer.type;
                    request.buyerSize = buyer.size;
                    request.buyerBudget = budget[static_cast<std::size_t>(sale->buyer)];
                    request.use = MarketEngine::useOf(buyer.type);
                    request.price = listing.price;
                    request.deployments = sale->deployments;
                    const PolicyDecision decision = LicensePolicy(policy).check(request);
                    QVERIFY2(decision.allowed, qPrintable(decision.message));
                    QCOMPARE(sale->fee, listing.price);
                    budget[static_cast<std::size_t>(sale->buyer)] -= sale->fee;
                    ++checked;
                }
            }
        }
        QVERIFY2(checked > 100, qPrintable(QString::number(checked)));
    }

    void budgetsNeverGoNegative() {
        MarketState state = variedMarket();
        for (MarketBuyer& buyer : state.buyers)
            buyer.budget = Money::fromCents(buyer.budget.cents() / 3 + 1); // tight budgets
        // Without free listings to fall back on, tight budgets bind.
        std::erase_if(state.listings, [](const MarketListing& listing) {
            return listing.tier == LicenseTier::OpenSource;
        });
        for (quint64 seed : {7ULL, 8ULL}) {
            MarketEngine engine(state);
            int outOfBudget = 0;
            for (int month = 0; month < 36; ++month) {
                outOfBudget += engine.playMonth(seed, 0).buyersOutOfBudget;
                for (const MarketBuyer& buyer : engine.state().buyers)
                    QVERIFY(!buyer.budget.isNegative());
            }
            QVERIFY(outOfBudget > 0); // tight budgets do run out: the count is not vacuous
        }
    }

    void raisingAPriceNeverRaisesItsSales() {
        for (quint64 seed : {11ULL, 12ULL, 13ULL, 14ULL, 15ULL}) {
            int previous = std::numeric_limits<int>::max();
            for (qint64 price : {60'000, 120'000, 240'000, 480'000}) {
                MarketState state = emptyMarket();
                const int target =
                    addListing(state, addModel(state, 70), LicenseTier::Commercial, dollars(price));
                addListing(state, addModel(state, 65), LicenseTier::Commercial, dollars(150'000));
                addListing(state, addModel(state, 75), LicenseTier::Commercial, dollars(300'000));
                for (int i = 0; i < 30; ++i)
                    addBuyer(state, BuyerType::Commercial, 2'000, dollars(100'000'000));
                const int sales = salesByListing(state, seed, 40, 12)[std::size_t(target)];
                QVERIFY2(sales <= previous,
                         qPrintable(QStringLiteral("seed %1: %2 sales at $%3, %4 at a lower price")
                                        .arg(seed)
                                        .arg(sales)
                                        .arg(price)
                                        .arg(previous)));
                if (price == 60'000)
                    QVERIFY2(sales > 20, qPrintable(QString::number(sales)));
                previous = sales;
            }
            QVERIFY(previous < std::numeric_limits<int>::max());
        }
    }

    void aCheaperListingOfEqualQualityWinsMore() {
        MarketState state = emptyMarket();
        const int cheap =
            addListing(state, addModel(state, 70), LicenseTier::Commercial, dollars(80'000));
        const int dear =
            addListing(state, addModel(state, 70), LicenseTier::Commercial, dollars(400'000));
        for (int i = 0; i < 50; ++i)
            addBuyer(state, BuyerType::Startup, 100, dollars(10'000'000));
        const std::vector<int> sales = salesByListing(state, 5, 50, 12);
        QVERIFY2(sales[std::size_t(cheap)] > sales[std::size_t(dear)],
                 qPrintable(QStringLiteral("cheap %1, dear %2")
                                .arg(sales[std::size_t(cheap)])
                                .arg(sales[std::size_t(dear)])));
    }

    void oneBuyerOneListingMatchesTheClosedForm() {
        MarketState state = emptyMarket();
        const int model = addModel(state, 60);
        const int listing = addListing(state, model, LicenseTier::Commercial, dollars(100'000));
        addBuyer(state, BuyerType::Commercial, 1'000, dollars(1'000'000));
        const DemandConfig& demand = state.config.demand;
        const double need = demand.of(BuyerType::Commercial).needPerMonth;
        const double w = static_cast<double>(
            MarketEngine::weight(demand, BuyerType::Commercial, state.models[std::size_t(model)],
                                 state.listings[std::size_t(listing)]));
        const double w0 = static_cast<double>(MarketEngine::outsideWeight(demand));
        const double p = need * w / (w + w0);
        constexpr int kRuns = 10'000;
        const int sales = salesByListing(state, 99, kRuns, 1)[std::size_t(listing)];
        const double expected = kRuns * p;
        const double sigma = std::sqrt(kRuns * p * (1 - p));
        // Four standard deviations: a correct engine fails this about once in 16,000 seeds.
        QVERIFY2(std::abs(sales - expected) < 4 * sigma,
                 qPrintable(QStringLiteral("%1 purchases, expected %2 ± %3")
                                .arg(sales)
                                .arg(expected)
                                .arg(4 * sigma)));
    }

    void theSameSeedGivesTheSameMonths() {
        const MarketState state = variedMarket();
        MarketEngine first(state);
        MarketEngine second(state);
        for (int month = 0; month < 12; ++month) {
            const MonthOutcome a = first.playMonth(3, 4);
            const MonthOutcome b = second.playMonth(3, 4);
            QCOMPARE(a.sales.size(), b.sales.size());
            for (std::size_t i = 0; i < a.sales.size(); ++i) {
                QCOMPARE(a.sales[i].listing, b.sales[i].listing);
                QCOMPARE(a.sales[i].buyer, b.sales[i].buyer);
            }
            QVERIFY(a.fees == b.fees);
            QVERIFY(a.usage == b.usage);
        }
    }

    void forecastsDoNotDependOnThreads() {
        MarketState state = variedMarket();
        state.labs.push_back(
            MarketLab{2, QStringLiteral("Rival"), false, 0.8, SizeClass::Small, 100, 2, true});
        ForecastSettings settings;
        settings.months = 12;
        settings.runs = 64;
        settings.seed = 42;
        settings.threads = 1;
        const ForecastResult single = runForecast(state, settings);
        settings.threads = 4;
        const ForecastResult parallel = runForecast(state, settings);
        for (ForecastGrouping grouping : {ForecastGrouping::Tier, ForecastGrouping::Month,
                                          ForecastGrouping::Lab, ForecastGrouping::SizeClass})
            QVERIFY(forecastTable(parallel, grouping).rows == forecastTable(single, grouping).rows);
        QVERIFY(single.overHorizon(ForecastSeries::Total, 0).p50 > 0);
    }

    void percentilesAreRunValues() {
        MarketState state = variedMarket();
        ForecastSettings settings;
        settings.months = 3;
        settings.runs = 21;
        settings.seed = 9;
        const ForecastResult result = runForecast(state, settings);
        // Recompute every run's total by hand and check the nearest-rank percentiles.
        std::vector<qint64> totals;
        for (int run = 0; run < settings.runs; ++run) {
            MarketEngine engine(state);
            qint64 total = 0;
            for (int month = 0; month < settings.months; ++month) {
                const MonthOutcome outcome = engine.playMonth(settings.seed, run);
                for (int tier = 0; tier < 4; ++tier)
                    total += outcome.fees[std::size_t(tier)].cents() +
                             outcome.usage[std::size_t(tier)].cents();
            }
            totals.push_back(total);
        }
        std::sort(totals.begin(), totals.end());
        const Band band = result.overHorizon(ForecastSeries::Total, 0);
        QCOMPARE(band.p10, totals[2]);  // ceil(0.1 × 21) = 3rd
        QCOMPARE(band.p50, totals[10]); // ceil(0.5 × 21) = 11th
        QCOMPARE(band.p90, totals[18]); // ceil(0.9 × 21) = 19th
    }

    void outOfRangeDemandParametersAreRefusedByName() {
        DemandConfig demand = DemandConfig::defaults();
        QVERIFY(demand.validate());
        demand.of(BuyerType::Startup).needPerMonth = 1.5;
        const Status refused = demand.validate();
        QVERIFY(!refused);
        QCOMPARE(refused.error().where, QStringLiteral("demand.startup.needPerMonth"));
        demand = DemandConfig::defaults();
        demand.of(BuyerType::Enterprise).tierFit[2] = 11;
        QCOMPARE(demand.validate().error().where,
                 QStringLiteral("demand.enterprise.tierFit.commercial"));
        demand = DemandConfig::defaults();
        demand.renewalLoyalty = -1;
        QCOMPARE(demand.validate().error().where, QStringLiteral("demand.renewalLoyalty"));
    }

    void demandSurvivesJson() {
        EconomyConfig config = EconomyConfig::defaults();
        config.demand.of(BuyerType::Academic).priceSensitivity = 2.25;
        config.demand.outsideUtility = -0.5;
        config.marketSeed = 123456789012345ULL;
        auto back = EconomyConfig::fromJson(config.toJson());
        QVERIFY2(back, qPrintable(back ? QString() : back.error().toString()));
        QCOMPARE(back->demand, config.demand);
        QCOMPARE(back->marketSeed, config.marketSeed);
        // A config written before the market existed gets the default demand.
        QJsonObject old = config.toJson();
        old.remove(QStringLiteral("demand"));
        old.remove(QStringLiteral("marketSeed"));
        auto upgraded = EconomyConfig::fromJson(old);
        QVERIFY(upgraded);
        QCOMPARE(upgraded->demand, DemandConfig::defaults());
        // A bad value in the file is named.
        QJsonObject bad = config.toJson();
        QJsonObject demand = bad.value(QStringLiteral("demand")).toObject();
        demand.insert(QStringLiteral("visibilityWeight"), 9.0);
        bad.insert(QStringLiteral("demand"), demand);
        auto refused = EconomyConfig::fromJson(bad);
        QVERIFY(!refused);
        QCOMPARE(refused.error().where, QStringLiteral("demand.visibilityWeight"));
    }
};

QTEST_GUILESS_MAIN(TestMarket)
#include "tst_market.moc"
