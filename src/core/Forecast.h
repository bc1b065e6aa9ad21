#pragma once

#include "core/MarketEngine.h"

#include <QStringList>
#include <atomic>
#include <functional>
#include <vector>

namespace mm {

struct ForecastSettings {
    static constexpr int kMaxMonths = 600;
    static constexpr int kMaxRuns = 100'000;

    int months = 36;
    int runs = 1000;
    quint64 seed = 0;
    int threads = 0; // 0: every core

    Status validate() const;
};

// The 10th, 50th and 90th percentile over runs, by nearest rank on the sorted run results: each
// is one run's exact value, never an average.
struct Band {
    qint64 p10 = 0;
    qint64 p50 = 0;
    qint64 p90 = 0;
    bool operator==(const Band&) const = default;
};

enum class ForecastSeries {
    Revenue,     // by tier, cents: fees + usage
    Fees,        // by tier, cents
    Usage,       // by tier, cents
    Licenses,    // by tier: purchases and renewals
    Share,       // by tier, basis points of the month's revenue
    Total,       // key 0, cents
    OutOfBudget, // key 0, buyers
    LabRevenue,  // by lab index, cents
};

// Every run's numbers, kept so percentiles are exact.
class ForecastResult {
public:
    ForecastResult() = default;
    ForecastResult(int firstMonth, int months, int runs, QStringList labNames);

    int firstMonth() const { return m_firstMonth; }
    int months() const { return m_months; }
    int runs() const { return m_runs; }
    int runsDone() const { return m_runsDone; }
    bool cancelled() const { return m_cancelled; }
    const QStringList& labNames() const { return m_labNames; }

    // Month i (0-based from firstMonth()).
    Band monthly(ForecastSeries series, int key, int month) const;
    // Over the whole horizon: sums per run (Share: of the summed revenue).
    Band overHorizon(ForecastSeries series, int key) const;
    // The same over the first `months` months only (1..months()).
    Band overFirstMonths(ForecastSeries series, int key, int months) const;
    Band labShareOverFirstMonths(int lab, int months) const;
    // Sums per run over months [first, end) (not Share).
    Band overMonthRange(ForecastSeries series, int key, int first, int end) const;
    // Months from listing until a model's revenue covered its training cost: the median model of
    // the class in each run. -1 in a percentile: not paid back within the horizon.
    Band payback(SizeClass sizeClass) const;
    // A lab's share of all revenue over the horizon, in basis points.
    Band labShare(int lab) const;

    // For the workers: one run's numbers.
    void record(int run, int month, const MonthOutcome& outcome);
    void recordPayback(int run, const MarketState& finalState);
    void finish(int runsDone, bool cancelled);

private:
    int slot(ForecastSeries series, int key, int month) const;
    // Each run's sum over the horizon, and a series' share of the total revenue (basis points).
    std::vector<qint64> horizonSums(ForecastSeries series, int key, int months,
                                    int first = 0) const;
    Band shareOfTotal(ForecastSeries series, int key, int months) const;
    static Band bandOf(std::vector<qint64> values);

    int m_firstMonth = 0;
    int m_months = 0;
    int m_runs = 0;
    int m_runsDone = 0;
    bool m_cancelled = false;
    QStringList m_labNames;
    int m_slotsPerMonth = 0;
    std::vector<std::vector<qint64>> m_values;  // [slot][run]
    std::vector<std::vector<qint64>> m_payback; // [size class][run]
};

// Called from worker threads after each run with the runs finished so far; false cancels.
using ForecastProgress = std::function<bool(int runsDone, int runs)>;

// Plays `settings.runs` independent runs of `settings.months` months from `state` in memory, on a
// pool of threads. Run r uses seed `settings.seed` and run number r, so run 0 replays exactly what
// the game clock would do month by month, and the result never depends on the thread count.
ForecastResult runForecast(const MarketState& state, const ForecastSettings& settings,
                           const ForecastProgress& progress = {});

} // namespace mm
