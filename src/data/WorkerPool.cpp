#include "data/WorkerPool.h"

#include <QThread>
#include <QThreadPool>
#include <algorithm>
#include <memory>

namespace mm {

namespace {

// At least three threads even on one core: two slow reads (a count over a million rows, a
// dashboard) must not keep a page read or the game clock's advance waiting.
constexpr int kMinThreads = 3;
constexpr int kMaxThreads = 4;

QThreadPool* makePool() {
    auto* pool = new QThreadPool;
    pool->setObjectName(QStringLiteral("mm::workerPool"));
    pool->setMaxThreadCount(std::clamp(QThread::idealThreadCount(), kMinThreads, kMaxThreads));
    pool->setExpiryTimeout(-1);
    return pool;
}

} // namespace

QThreadPool& workerPool() {
    // Destroyed at exit, after every BackgroundDatabase closed its connections; it joins its
    // threads then.
    static const std::unique_ptr<QThreadPool> pool(makePool());
    return *pool;
}

} // namespace mm
