#pragma once

#include "core/ScenarioComparison.h"
#include "data/Database.h"
#include "data/MarketStore.h"

#include <QCoreApplication>
#include <QFuture>
#include <QLabel>
#include <QPromise>
#include <QtConcurrent>
#include <optional>

namespace mm {

// What a balancing analysis brings back from its worker: the value, or why there is none.
template <typename T>
struct AnalysisOutcome {
    std::optional<T> value;
    QString error;
    bool cancelled = false;
};

// Runs `work(state, settings, progress)` on a pool thread for the Scenarios area's pages: the
// market is read on the worker's own connection (closed before the forecasts start), the seed is
// the economy's own unless one is given, and progress goes to the future in thousandths, so a
// QFutureWatcher drives a progress bar and cancels. Nothing is written.
template <typename T, typename Work>
QFuture<AnalysisOutcome<T>> startAnalysis(const Database& source, ForecastSettings settings,
                                          std::optional<quint64> seed, Work work) {
    return QtConcurrent::run(
        [&source, settings, seed, work](QPromise<AnalysisOutcome<T>>& promise) mutable {
            AnalysisOutcome<T> outcome;
            promise.setProgressRange(0, 1000);
            auto connection = source.openAnotherConnection();
            if (!connection) {
                outcome.error = connection.error().toString();
                promise.addResult(std::move(outcome));
                return;
            }
            auto state = MarketStore(**connection).loadCurrentState();
            connection->reset(); // the worker's connection closes on its own thread
            if (!state) {
                outcome.error = state.error().toString();
                promise.addResult(std::move(outcome));
                return;
            }
            settings.seed = seed.value_or(state->config.marketSeed);
            const AnalysisProgress progress = [&promise](qint64 done, qint64 total) {
                promise.setProgressValue(total > 0 ? static_cast<int>(done * 1000 / total) : 0);
                return !promise.isCanceled();
            };
            Result<T> result = work(*state, settings, progress);
            if (result)
                outcome.value = std::move(result).value();
            else if (result.error().rule == kRuleCancelled)
                outcome.cancelled = true;
            else
                outcome.error = result.error().toString();
            promise.addResult(std::move(outcome));
        });
}

// The finished analysis' value; or none, after saying on `summary` why: cancelled (the previous
// result stays) or the reason it could not run. `what` names the analysis ("The comparison").
template <typename T>
std::optional<T> takeOutcome(const QFuture<AnalysisOutcome<T>>& future, QLabel* summary,
                             const QString& what) {
    if (future.resultCount() == 0 || future.result().cancelled) {
        summary->setText(QCoreApplication::translate("mm::AnalysisTask",
                                                     "%1 was cancelled; the previous "
                                                     "result stays.")
                             .arg(what));
        return std::nullopt;
    }
    AnalysisOutcome<T> outcome = future.result();
    if (!outcome.value)
        summary->setText(QCoreApplication::translate("mm::AnalysisTask", "%1 could not run: %2")
                             .arg(what, outcome.error));
    return std::move(outcome.value);
}

} // namespace mm
