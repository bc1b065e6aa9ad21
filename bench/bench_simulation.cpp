// The market simulation's speed and memory.
//
//   bench_simulation [--quick]
//
// 1. The demo economy (a fresh demo file in a temporary folder), 1,000 runs × 36 months, on every
//    core and on one: target under 1 s on two cores, speed-up from 1 to 2 threads at least 1.7×.
// 2. A large economy built in memory: 100,000 listings (40,000 models), 10,000 buyers, 100 runs
//    × 36 months: target under 10 s on two cores.
// 3. The cost of one buyer's decision with 1,000 and with 100,000 listings (the same 10,000
//    buyers): it must not grow with the listings (target: at most 3× for 100× the listings; the
//    decision is O(log listings)).
// 4. The event loop of the thread that starts a forecast (the GUI thread in the window) while
//    the forecast runs on workers: the longest gap between two 10 ms timer ticks, target under
//    50 ms.
// 5. Peak memory of the whole process (getrusage): target under 500 MB.
//
// Prints each figure with PASS or MISS; exits 1 when any target is missed. Figures are medians of
// three runs. --quick does one run of each, for a smoke test.

#include "BenchReport.h"
#include "core/Forecast.h"
#include "data/Database.h"
#include "data/EconomyGenerator.h"
#include "data/MarketStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace mm;
using mm::bench::check;
using mm::bench::print;

namespace {

double secondsFor(const MarketState& state, int runs, int months, int threads, int repeats) {
    std::vector<double> times;
    for (int i = 0; i < repeats; ++i) {
        ForecastSettings settings;
        settings.runs = runs;
        settings.months = months;
        settings.seed = 2025;
        settings.threads = threads;
        QElapsedTimer timer;
        timer.start();
        const ForecastResult result = runForecast(state, settings);
        times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e9);
        if (result.runsDone() != runs)
            qFatal("the forecast did not finish its runs");
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

MarketState largeEconomy(int listingsWanted, int buyers) {
    MarketState state;
    state.config = EconomyConfig::defaults();
    state.month = monthNumber(QDate(2025, 1, 1));
    state.labs.push_back(MarketLab{1, QStringLiteral("Studio"), true});
    state.labs.push_back(
        MarketLab{2, QStringLiteral("Rival"), false, 2.0, SizeClass::Medium, 100, 0, true});
    quint64 bits = 12345;
    const auto next = [&bits] {
        bits = bits * 6364136223846793005ULL + 1442695040888963407ULL;
        return bits >> 33;
    };
    while (static_cast<int>(state.listings.size()) < listingsWanted) {
        MarketModel model;
        model.id = state.nextModelId++;
        model.lab = static_cast<int>(next() % 2);
        model.sizeClass = static_cast<SizeClass>(next() % 4);
        model.performance = 30 + static_cast<double>(next() % 60);
        model.accuracy = 30 + static_cast<double>(next() % 60);
        model.efficiency = 30 + static_cast<double>(next() % 60);
        model.composite = (model.performance + model.accuracy + model.efficiency) / 3;
        model.trainingCost =
            Money::fromCents(static_cast<qint64>(1'000'000 + next() % 100'000'000));
        model.listedMonth = state.month - static_cast<int>(next() % 24);
        state.models.push_back(model);
        const int modelIndex = static_cast<int>(state.models.size() - 1);
        for (LicenseTier tier : enumValues<LicenseTier>()) {
            if (next() % 8 >= 5 || static_cast<int>(state.listings.size()) >= listingsWanted)
                continue;
            const TierPolicy& policy = state.config.tier(tier);
            const qint64 floor = policy.priceFloor.cents();
            const qint64 ceiling = policy.priceCeiling ? policy.priceCeiling->cents()
                                                       : policy.pricingReferenceCeiling.cents();
            MarketListing listing;
            listing.id = state.nextListingId++;
            listing.model = modelIndex;
            listing.tier = tier;
            listing.price = Money::fromCents(
                ceiling > floor ? floor + static_cast<qint64>(next() % quint64(ceiling - floor))
                                : floor);
            listing.listedMonth = model.listedMonth;
            state.listings.push_back(listing);
        }
    }
    for (int i = 0; i < buyers; ++i) {
        MarketBuyer buyer;
        buyer.id = i + 1;
        buyer.type = static_cast<BuyerType>(i % 4);
        buyer.size = 10 + static_cast<int>(next() % 50'000);
        buyer.budget = state.config.demand.of(buyer.type).budgetCap;
        state.buyers.push_back(buyer);
    }
    state.nextLicenseId = 1;
    return state;
}

// Nanoseconds per buyer decision: months played by every buyer, with everyone in need. Visibility
// is switched off so the weights stay put: what is timed is the decisions, not the index updates
// that follow adoption (those scale with the models sold, which differs between the two sizes).
double nanosecondsPerDecision(MarketState state) {
    state.config.demand.visibilityWeight = 0;
    for (BuyerTypeDemand& demand : state.config.demand.byType)
        demand.needPerMonth = 1.0;
    for (MarketLab& lab : state.labs)
        lab.releasesPerMonth = 0;
    MarketEngine engine(state);
    QElapsedTimer timer;
    timer.start();
    constexpr int kMonths = 6;
    for (int month = 0; month < kMonths; ++month)
        engine.playMonth(7, 0);
    return static_cast<double>(timer.nsecsElapsed()) /
           (static_cast<double>(state.buyers.size()) * kMonths);
}

// The longest wait of this thread's event loop while a forecast runs on a worker.
double longestEventLoopGapMs(const MarketState& state) {
    ForecastSettings settings;
    settings.runs = 1000;
    settings.months = 36;
    settings.seed = 3;
    bool finished = false;
    QThread* worker = QThread::create([&] { runForecast(state, settings); });
    QObject::connect(worker, &QThread::finished, [&finished] { finished = true; });
    QElapsedTimer sinceTick;
    qint64 longest = 0;
    QTimer tick;
    tick.setInterval(10);
    QObject::connect(&tick, &QTimer::timeout,
                     [&] { longest = std::max(longest, sinceTick.restart()); });
    sinceTick.start();
    tick.start();
    worker->start();
    while (!finished)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    worker->wait();
    delete worker;
    return static_cast<double>(longest);
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int repeats = quick ? 1 : 3;
    print(QStringLiteral("cores: %1").arg(QThread::idealThreadCount()));

    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("demo.sqlite")));
    if (!db || !createDemoEconomy(**db))
        qFatal("could not create the demo economy");
    auto demo = MarketStore(**db).loadCurrentState();
    if (!demo)
        qFatal("%s", qPrintable(demo.error().toString()));
    print(QStringLiteral("demo economy: %1 listings, %2 buyers, %3 running licenses")
              .arg(demo->listings.size())
              .arg(demo->buyers.size())
              .arg(demo->licenses.size()));
    const double demoTwo = secondsFor(*demo, 1000, 36, 2, repeats);
    const double demoOne = secondsFor(*demo, 1000, 36, 1, repeats);
    check(QStringLiteral("demo, 1000 runs x 36 months, 2 threads"), demoTwo, 1.0,
          QStringLiteral("s"));
    print(QStringLiteral("demo, 1000 runs x 36 months, 1 thread: %1 s")
              .arg(QString::number(demoOne, 'f', 3)));
    check(QStringLiteral("speed-up from 1 to 2 threads"), demoOne / demoTwo, 1.7,
          QStringLiteral("x"), false);

    const MarketState large = largeEconomy(100'000, 10'000);
    print(QStringLiteral("large economy: %1 listings, %2 models, %3 buyers")
              .arg(large.listings.size())
              .arg(large.models.size())
              .arg(large.buyers.size()));
    const double largeTwo = secondsFor(large, 100, 36, 2, repeats);
    check(QStringLiteral("large, 100 runs x 36 months, 2 threads"), largeTwo, 10.0,
          QStringLiteral("s"));

    const double fewListings = nanosecondsPerDecision(largeEconomy(1'000, 10'000));
    const double manyListings = nanosecondsPerDecision(largeEconomy(100'000, 10'000));
    print(QStringLiteral("one decision: %1 ns with 1,000 listings, %2 ns with 100,000")
              .arg(QString::number(fewListings, 'f', 0), QString::number(manyListings, 'f', 0)));
    check(QStringLiteral("decision cost, 100x the listings"), manyListings / fewListings, 3.0,
          QStringLiteral("x"));

    check(QStringLiteral("longest event-loop gap during a demo forecast"),
          longestEventLoopGapMs(*demo), 50.0, QStringLiteral("ms"));

    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    check(QStringLiteral("peak memory"), static_cast<double>(usage.ru_maxrss) / 1024.0, 500.0,
          QStringLiteral("MB"));
    return bench::exitCode();
}
