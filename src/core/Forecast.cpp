#include "core/Forecast.h"

#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>
#include <algorithm>
#include <limits>
#include <mutex>

namespace mm {

namespace {

constexpr int kTierSeries = 5; // Revenue, Fees, Usage, Licenses, Share: four tiers each
constexpr qint64 kNotPaidBack = std::numeric_limits<qint64>::max();

} // namespace

Status ForecastSettings::validate() const {
    if (months < 1 || months > kMaxMonths)
        return makeError(QCoreApplication::translate("mm::Forecast",
                                                     "the months must be between 1 and %1, not %2")
                             .arg(kMaxMonths)
                             .arg(months),
                         QStringLiteral("months"), QStringLiteral("forecast-months"));
    if (runs < 1 || runs > kMaxRuns)
        return makeError(
            QCoreApplication::translate("mm::Forecast", "the runs must be between 1 and %1, not %2")
                .arg(kMaxRuns)
                .arg(runs),
            QStringLiteral("runs"), QStringLiteral("forecast-runs"));
    return Ok{};
}

ForecastResult::ForecastResult(int firstMonth, int months, int runs, QStringList labNames)
    : m_firstMonth(firstMonth)
    , m_months(months)
    , m_runs(runs)
    , m_labNames(std::move(labNames)) {
    m_slotsPerMonth = kTierSeries * 4 + 2 + static_cast<int>(m_labNames.size());
    m_values.assign(static_cast<std::size_t>(m_slotsPerMonth) * static_cast<std::size_t>(months),
                    std::vector<qint64>(static_cast<std::size_t>(runs), 0));
    m_payback.assign(4, std::vector<qint64>(static_cast<std::size_t>(runs), kNotPaidBack));
}

int ForecastResult::slot(ForecastSeries series, int key, int month) const {
    int offset = 0;
    switch (series) {
    case ForecastSeries::Revenue:
    case ForecastSeries::Fees:
    case ForecastSeries::Usage:
    case ForecastSeries::Licenses:
    case ForecastSeries::Share:
        offset = static_cast<int>(series) * 4 + key;
        break;
    case ForecastSeries::Total:
        offset = kTierSeries * 4;
        break;
    case ForecastSeries::OutOfBudget:
        offset = kTierSeries * 4 + 1;
        break;
    case ForecastSeries::LabRevenue:
        offset = kTierSeries * 4 + 2 + key;
        break;
    }
    return month * m_slotsPerMonth + offset;
}

void ForecastResult::record(int run, int month, const MonthOutcome& outcome) {
    const auto put = [&](ForecastSeries series, int key, qint64 value) {
        m_values[static_cast<std::size_t>(slot(series, key, month))]
                [static_cast<std::size_t>(run)] = value;
    };
    qint64 total = 0;
    for (int tier = 0; tier < 4; ++tier) {
        const qint64 fees = outcome.fees[static_cast<std::size_t>(tier)].cents();
        const qint64 usage = outcome.usage[static_cast<std::size_t>(tier)].cents();
        put(ForecastSeries::Fees, tier, fees);
        put(ForecastSeries::Usage, tier, usage);
        put(ForecastSeries::Revenue, tier, fees + usage);
        put(ForecastSeries::Licenses, tier,
            outcome.newLicenses[static_cast<std::size_t>(tier)] +
                outcome.renewals[static_cast<std::size_t>(tier)]);
        total += fees + usage;
    }
    for (int tier = 0; tier < 4; ++tier) {
        const qint64 revenue = outcome.fees[static_cast<std::size_t>(tier)].cents() +
                               outcome.usage[static_cast<std::size_t>(tier)].cents();
        put(ForecastSeries::Share, tier, total > 0 ? revenue * 10'000 / total : 0);
    }
    put(ForecastSeries::Total, 0, total);
    put(ForecastSeries::OutOfBudget, 0, outcome.buyersOutOfBudget);
    for (int lab = 0; lab < m_labNames.size(); ++lab)
        put(ForecastSeries::LabRevenue, lab,
            outcome.labRevenue[static_cast<std::size_t>(lab)].cents());
}

void ForecastResult::recordPayback(int run, const MarketState& finalState) {
    for (SizeClass sizeClass : enumValues<SizeClass>()) {
        std::vector<qint64> months;
        for (const MarketModel& model : finalState.models) {
            if (model.sizeClass != sizeClass)
                continue;
            months.push_back(model.paidBackMonth < 0 ? kNotPaidBack
                                                     : model.paidBackMonth - model.listedMonth);
        }
        if (months.empty())
            continue;
        const auto middle = months.begin() + static_cast<std::ptrdiff_t>((months.size() - 1) / 2);
        std::nth_element(months.begin(), middle, months.end());
        m_payback[static_cast<std::size_t>(sizeClass)][static_cast<std::size_t>(run)] = *middle;
    }
}

void ForecastResult::finish(int runsDone, bool cancelled) {
    m_runsDone = runsDone;
    m_cancelled = cancelled;
    if (cancelled) {
        m_values.clear();
        m_payback.clear();
    }
}

Band ForecastResult::bandOf(std::vector<qint64> values) {
    if (values.empty())
        return {};
    // Nearest rank: the value at rank ceil(p × n).
    const auto rank = [&](int percent) {
        const std::size_t n = values.size();
        std::size_t index = (n * static_cast<std::size_t>(percent) + 99) / 100;
        index = std::clamp<std::size_t>(index, 1, n) - 1;
        std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(index),
                         values.end());
        return values[index];
    };
    Band band;
    band.p10 = rank(10);
    band.p50 = rank(50);
    band.p90 = rank(90);
    return band;
}

Band ForecastResult::monthly(ForecastSeries series, int key, int month) const {
    if (m_runsDone == 0)
        return {};
    return bandOf(m_values[static_cast<std::size_t>(slot(series, key, month))]);
}

std::vector<qint64> ForecastResult::horizonSums(ForecastSeries series, int key, int months,
                                                int first) const {
    const std::size_t runs = static_cast<std::size_t>(m_runsDone);
    std::vector<qint64> sums(runs, 0);
    for (int month = std::max(first, 0); month < std::min(months, m_months); ++month) {
        const auto& values = m_values[static_cast<std::size_t>(slot(series, key, month))];
        for (std::size_t run = 0; run < runs; ++run)
            sums[run] += values[run];
    }
    return sums;
}

Band ForecastResult::shareOfTotal(ForecastSeries series, int key, int months) const {
    std::vector<qint64> parts = horizonSums(series, key, months);
    const std::vector<qint64> totals = horizonSums(ForecastSeries::Total, 0, months);
    for (std::size_t run = 0; run < parts.size(); ++run)
        parts[run] = totals[run] > 0 ? parts[run] * 10'000 / totals[run] : 0;
    return bandOf(std::move(parts));
}

Band ForecastResult::overHorizon(ForecastSeries series, int key) const {
    return overFirstMonths(series, key, m_months);
}

Band ForecastResult::overFirstMonths(ForecastSeries series, int key, int months) const {
    if (m_runsDone == 0)
        return {};
    if (series == ForecastSeries::Share)
        return shareOfTotal(ForecastSeries::Revenue, key, months);
    return bandOf(horizonSums(series, key, months));
}

Band ForecastResult::overMonthRange(ForecastSeries series, int key, int first, int end) const {
    if (m_runsDone == 0)
        return {};
    return bandOf(horizonSums(series, key, end, first));
}

Band ForecastResult::labShare(int lab) const {
    return labShareOverFirstMonths(lab, m_months);
}

Band ForecastResult::labShareOverFirstMonths(int lab, int months) const {
    if (m_runsDone == 0)
        return {};
    return shareOfTotal(ForecastSeries::LabRevenue, lab, months);
}

Band ForecastResult::payback(SizeClass sizeClass) const {
    if (m_runsDone == 0)
        return {};
    Band band = bandOf(m_payback[static_cast<std::size_t>(sizeClass)]);
    for (qint64* value : {&band.p10, &band.p50, &band.p90}) {
        if (*value == kNotPaidBack)
            *value = -1;
    }
    return band;
}

ForecastResult runForecast(const MarketState& state, const ForecastSettings& settings,
                           const ForecastProgress& progress) {
    QStringList labNames;
    for (const MarketLab& lab : state.labs)
        labNames.append(lab.name);
    ForecastResult result(state.month, settings.months, settings.runs, labNames);
    const MarketEngine prototype(state);

    std::atomic<int> nextRun{0};
    std::atomic<int> runsDone{0};
    std::atomic<bool> cancelled{false};
    std::mutex progressMutex; // the callback is called by one worker at a time
    const auto work = [&] {
        for (;;) {
            if (cancelled.load())
                return;
            const int run = nextRun.fetch_add(1);
            if (run >= settings.runs)
                return;
            MarketEngine engine(prototype);
            for (int month = 0; month < settings.months && !cancelled.load(); ++month)
                result.record(run, month, engine.playMonth(settings.seed, run));
            if (cancelled.load())
                return;
            result.recordPayback(run, engine.state());
            const int done = runsDone.fetch_add(1) + 1;
            if (progress) {
                std::lock_guard lock(progressMutex);
                if (!progress(done, settings.runs))
                    cancelled.store(true);
            }
        }
    };

    const int threads =
        std::clamp(settings.threads > 0 ? settings.threads : QThread::idealThreadCount(), 1,
                   std::max(1, settings.runs));
    if (threads == 1) {
        work();
    } else {
        QThreadPool pool;
        pool.setMaxThreadCount(threads);
        for (int i = 0; i < threads; ++i)
            pool.start(work);
        pool.waitForDone();
    }
    // A cancelled forecast reports nothing: percentiles over whichever runs happened to finish
    // first would depend on timing.
    if (cancelled.load())
        result.finish(0, true);
    else
        result.finish(runsDone.load(), false);
    return result;
}

} // namespace mm
