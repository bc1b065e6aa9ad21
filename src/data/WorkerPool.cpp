#include "data/WorkerPool.h"

#include <QThread>
#include <QThreadPool>
#include <algorithm>
#include <memory>

namespace mm {

namespace {

// At least two threads even on one core: a slow count must not keep a page read waiting.
constexpr int kMinThreads = 2;
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
