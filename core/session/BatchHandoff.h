#pragma once

#include "session/ReplicationTypes.h"
#include "wire/StreamEvent.h"

#include <QObject>
#include <QPointer>

#include <array>
#include <atomic>
#include <cstddef>
#include <deque>
#include <functional>
#include <memory>

class QSocketNotifier;

namespace pgrepl {

// A fixed ring between one producing and one consuming thread, without
// locks. A slot is left empty when taken, so that overwriting it frees
// nothing in the producer's thread.
template<typename T, std::size_t N> class SpscRing
{
public:
    bool push(T &&value)
    {
        const std::size_t tail = m_tail.load(std::memory_order_relaxed);
        if (tail - m_head.load(std::memory_order_acquire) == N)
            return false;
        m_slots[tail % N] = std::move(value);
        m_tail.store(tail + 1, std::memory_order_release);
        return true;
    }
    bool pop(T *out)
    {
        const std::size_t head = m_head.load(std::memory_order_relaxed);
        if (head == m_tail.load(std::memory_order_acquire))
            return false;
        // Moved out by construction, which leaves the slot empty (a move
        // assignment may swap, leaving out's old value behind for the
        // other thread to free).
        T taken(std::move(m_slots[head % N]));
        m_head.store(head + 1, std::memory_order_release);
        *out = std::move(taken);
        return true;
    }
    bool isEmpty() const
    {
        return m_head.load(std::memory_order_acquire) == m_tail.load(std::memory_order_acquire);
    }

private:
    std::array<T, N> m_slots {};
    std::atomic<std::size_t> m_head {0}; // next to take; written by the consumer
    std::atomic<std::size_t> m_tail {0}; // next to fill; written by the producer
};

// Carries a session's batches and counters from its thread to one receiving
// thread, and the spent batches back, with no lock, allocation or free
// shared between the two. A queued signal allocates its event in the
// sending thread and frees it in the receiving one, under the sender's
// allocator lock; with the session thread at the lowest priority, the GUI
// thread was seen blocked on such locks for 80-135 ms while the session
// thread, holding one, waited for a CPU.
//
// Producer side (the session's thread): pushBatch(), pushCounters().
// Receiver side (the thread that made it): setReceivers(), deliverPending(),
// giveBack().
class BatchHandoff final : public QObject
{
    Q_OBJECT

public:
    // Batches and counters in flight: at a batch and counters every 25 ms,
    // 12 s of a receiver that does not get to its event loop. Beyond that
    // the producer keeps them, and they arrive when the receiver has made
    // room, possibly after a handler's deliverPending() has run.
    static constexpr std::size_t kCapacity = 1024;
    // At most this many are delivered per event-loop turn, so that a
    // backlog does not become one long stall.
    static constexpr int kMaxPerTurn = 8;

    // producerContext: an object living in the producer's thread, through
    // which an overflow is retried once the receiver has made room.
    explicit BatchHandoff(QObject *producerContext, QObject *parent = nullptr);
    ~BatchHandoff() override;

    // Producer side. Never blocks and never drops: what does not fit waits
    // in the producer's thread, in order.
    void pushBatch(StreamEventBatch batch);
    void pushCounters(const SessionCounters &counters);
    // Producer side: destroys the batches given back.
    void freeGivenBack();

    // Receiver side.
    void setReceivers(std::function<void(StreamEventBatch)> onBatch,
        std::function<void(const SessionCounters &)> onCounters);
    // Delivers everything that has arrived, now: for handlers of the
    // session's other signals, which come as posted events and could
    // otherwise overtake the batches sent before them.
    void deliverPending();
    // Hands a batch back to be destroyed in the producer's thread, where
    // its payloads were allocated.
    void giveBack(StreamEventBatch batch);

private:
    struct Item
    {
        bool isBatch = false;
        StreamEventBatch batch;
        SessionCounters counters;
    };

    void push(Item &&item);
    void retryOverflow(); // producer side
    void wake(); // producer side
    void onWake(); // receiver side
    int deliver(int max); // receiver side; returns how many

    SpscRing<Item, kCapacity> m_toReceiver;
    SpscRing<StreamEventBatch, kCapacity> m_givenBack;
    std::deque<Item> m_overflow; // producer's thread only
    std::deque<StreamEventBatch> m_givenBackOverflow; // receiver's thread only
    std::atomic<bool> m_overflowing {false};
    std::atomic<bool> m_wakeArmed {false};
    QPointer<QObject> m_producerContext;
    std::function<void(StreamEventBatch)> m_onBatch;
    std::function<void(const SessionCounters &)> m_onCounters;
    int m_eventFd = -1;
    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace pgrepl
