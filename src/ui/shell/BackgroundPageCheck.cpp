#include "ui/shell/BackgroundPageCheck.h"

#include "core/ScenarioComparison.h" // kRuleCancelled
#include "data/Database.h"
#include "data/StatementInterrupt.h"

#include <QtConcurrent>

namespace mm {

BackgroundPageCheck::BackgroundPageCheck(QString path, QObject* parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_stop(std::make_shared<StatementInterrupt>()) {
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &BackgroundPageCheck::finish);
}

BackgroundPageCheck::~BackgroundPageCheck() {
    m_watcher.disconnect(this);
    m_stop->interrupt();
    m_watcher.waitForFinished();
}

void BackgroundPageCheck::start() {
    if (m_started)
        return;
    m_started = true;
    // The worker holds the stop too: interrupt() can never reach a destroyed object.
    m_watcher.setFuture(QtConcurrent::run([path = m_path, stop = m_stop] {
        const Status healthy = Database::checkEveryPage(path, stop.get());
        return healthy ? Outcome{true, {}} : Outcome{false, healthy.error()};
    }));
}

void BackgroundPageCheck::finish() {
    const Outcome outcome = m_watcher.result();
    if (outcome.healthy)
        emit passed();
    else if (outcome.error.rule != kRuleCancelled)
        emit failed(outcome.error);
}

} // namespace mm
