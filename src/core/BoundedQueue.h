#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <optional>

namespace mm {

// Hands items from one producer thread to one consumer thread in order, holding at most
// `capacity` at once so a fast producer cannot run ahead and fill memory. The producer calls
// finish() after its last item; the consumer calls close() to stop early, which makes every
// later push() fail so the producer can return.
template <typename T>
class BoundedQueue {
public:
    explicit BoundedQueue(std::size_t capacity)
        : m_capacity(capacity < 1 ? 1 : capacity) {}

    // Blocks while full. False when the consumer has closed the queue (the item is dropped).
    bool push(T item) {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [this] { return m_closed || m_items.size() < m_capacity; });
        if (m_closed)
            return false;
        m_items.push_back(std::move(item));
        m_notEmpty.notify_one();
        return true;
    }

    // Blocks while empty. nullopt once the producer has finished and every item was taken, or
    // once the queue is closed.
    std::optional<T> pop() {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [this] { return m_closed || m_finished || !m_items.empty(); });
        if (m_closed || m_items.empty())
            return std::nullopt;
        T item = std::move(m_items.front());
        m_items.pop_front();
        m_notFull.notify_one();
        return item;
    }

    void finish() {
        const std::lock_guard lock(m_mutex);
        m_finished = true;
        m_notEmpty.notify_all();
    }

    void close() {
        const std::lock_guard lock(m_mutex);
        m_closed = true;
        m_items.clear();
        m_notFull.notify_all();
        m_notEmpty.notify_all();
    }

private:
    const std::size_t m_capacity;
    std::mutex m_mutex;
    std::condition_variable m_notFull;
    std::condition_variable m_notEmpty;
    std::deque<T> m_items;
    bool m_finished = false;
    bool m_closed = false;
};

} // namespace mm
