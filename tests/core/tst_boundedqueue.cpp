// The hand-over between a producing and a consuming thread: order, finishing and closing.

#include "core/BoundedQueue.h"

#include <QTest>
#include <thread>
#include <vector>

using mm::BoundedQueue;

class TestBoundedQueue : public QObject {
    Q_OBJECT

private slots:
    void itemsArriveInOrderAcrossThreads();
    void finishedQueueIsDrainedFirst();
    void closingReleasesABlockedProducer();
    void closingStopsTheConsumer();
};

void TestBoundedQueue::itemsArriveInOrderAcrossThreads() {
    BoundedQueue<std::vector<int>> queue(2);
    constexpr int kBatches = 500;
    std::thread producer([&queue] {
        for (int i = 0; i < kBatches; ++i) {
            if (!queue.push({i, i + 1}))
                return;
        }
        queue.finish();
    });
    int expected = 0;
    while (auto batch = queue.pop()) {
        QCOMPARE(batch->size(), std::size_t(2));
        QCOMPARE(batch->front(), expected);
        ++expected;
    }
    producer.join();
    QCOMPARE(expected, kBatches);
}

void TestBoundedQueue::finishedQueueIsDrainedFirst() {
    BoundedQueue<int> queue(3);
    QVERIFY(queue.push(1));
    QVERIFY(queue.push(2));
    queue.finish();
    QCOMPARE(queue.pop(), std::optional<int>(1));
    QCOMPARE(queue.pop(), std::optional<int>(2));
    QCOMPARE(queue.pop(), std::nullopt);
}

void TestBoundedQueue::closingReleasesABlockedProducer() {
    BoundedQueue<int> queue(1);
    QVERIFY(queue.push(1)); // full now
    bool pushed = true;
    std::thread producer([&] { pushed = queue.push(2); }); // waits for room
    queue.close();
    producer.join();
    QVERIFY(!pushed);
    QCOMPARE(queue.pop(), std::nullopt);
    QVERIFY(!queue.push(3));
}

void TestBoundedQueue::closingStopsTheConsumer() {
    BoundedQueue<int> queue(4);
    std::optional<int> popped = 0;
    std::thread consumer([&] { popped = queue.pop(); }); // waits for an item
    queue.close();
    consumer.join();
    QCOMPARE(popped, std::nullopt);
}

QTEST_GUILESS_MAIN(TestBoundedQueue)
#include "tst_boundedqueue.moc"
