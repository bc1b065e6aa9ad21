#pragma once

#include "data/BackgroundDatabase.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

namespace mm {

// The newest of a receiver's background reads: start() interrupts the read before it (its
// statement stops, its answer is dropped), and the answer of the newest one is handed to the
// receiver on the receiver's thread, unless the receiver or the LatestRead is gone by then.
// Keep it as a member of the receiver.
template <typename T>
class LatestRead {
public:
    using Work = std::function<Result<T>(Database&)>;
    using Answer = std::function<void(const Result<T>&)>;

    // `source` must outlive the LatestRead.
    LatestRead(const Database& source, QObject* receiver)
        : m_background(BackgroundDatabase::of(source))
        , m_receiver(receiver) {}
    ~LatestRead() { cancel(); }
    LatestRead(const LatestRead&) = delete;
    LatestRead& operator=(const LatestRead&) = delete;

    // `work` runs on a worker with that worker's connection: capture values only.
    void start(Work work, Answer answer) {
        cancel();
        m_stop = std::make_shared<StatementInterrupt>();
        auto* watcher = new QFutureWatcher<Result<T>>(m_receiver);
        m_watcher = watcher;
        QObject::connect(watcher, &QFutureWatcherBase::finished, m_receiver,
                         [this, watcher, answer = std::move(answer)] {
                             m_watcher = nullptr;
                             m_stop.reset();
                             watcher->deleteLater();
                             answer(watcher->result());
                         });
        watcher->setFuture(m_background->run<T>(std::move(work), m_stop));
    }

    // Interrupts the read in flight; its answer never arrives.
    void cancel() {
        if (m_stop)
            m_stop->interrupt();
        m_stop.reset();
        delete m_watcher.data();
    }

    bool isRunning() const { return m_stop != nullptr; }

private:
    std::shared_ptr<BackgroundDatabase> m_background;
    QObject* m_receiver;
    std::shared_ptr<StatementInterrupt> m_stop;
    QPointer<QFutureWatcher<Result<T>>> m_watcher;
};

} // namespace mm
