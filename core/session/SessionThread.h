#pragma once

#include "session/BatchHandoff.h"
#include "session/ReplicationSession.h"

#include <QThread>

namespace pgrepl {

// Runs a ReplicationSession in a thread of its own, so that a busy stream
// never blocks the GUI. Talk to the session only through invoke(); its
// signals reach receivers in other threads queued, and its batches and
// counters, the busy part, through a BatchHandoff (deliverTo()).
class SessionThread final
{
public:
    // How often at most the session hands events over to other threads.
    static constexpr int kBatchIntervalMs = 25;
    // The session thread's nice value (on Linux, where nice is per thread).
    static constexpr int kNice = 19;
    // With glibc, the first SessionThread sets the process's heaps to grow
    // by this much beyond a request and to be trimmed only when this much
    // is free at the top. Growing or trimming a heap (brk, mprotect,
    // madvise) takes the address space's lock; with the session thread at
    // nice 19, a GUI thread growing its heap waited in the kernel, up to
    // 120 ms, for the session thread, itself waiting for a CPU. Rare
    // changes of the heaps make that rare.
    static constexpr int kHeapTopPad = 16 * 1024 * 1024;
    static constexpr int kHeapTrimThreshold = 128 * 1024 * 1024;

    SessionThread();
    ~SessionThread();
    SessionThread(const SessionThread &) = delete;
    SessionThread &operator=(const SessionThread &) = delete;

    // For connect() only: the object lives in the worker thread.
    ReplicationSession *session() const { return m_session; }

    // Runs f(session) in the session's thread, later.
    template<typename F> void invoke(F f)
    {
        ReplicationSession *s = m_session;
        QMetaObject::invokeMethod(
            s, [s, f = std::move(f)]() mutable { f(s); }, Qt::QueuedConnection);
    }

    // From now on, calls onBatch and onCounters in the calling thread, in
    // order, for each batch and counters the session emits. One receiver
    // only; its thread must run an event loop.
    void deliverTo(std::function<void(StreamEventBatch)> onBatch,
        std::function<void(const SessionCounters &)> onCounters);
    // Delivers at once what has arrived for deliverTo()'s receiver. Call it
    // first in handlers of the session's other signals (a stop, a pause):
    // those are posted events, which may overtake the handoff.
    void deliverPending();

    // Hands a delivered batch back, to be freed in the session's thread
    // without a posted event (from deliverTo()'s thread only).
    void release(StreamEventBatch batch);

    // Lets go of value in the session's thread. What the session allocated
    // (a batch's payloads) is best freed there: freed in another thread,
    // each block goes back to the allocator's arena for the session thread
    // under that arena's lock, which the session thread, preempted in the
    // middle of an allocation, may be holding.
    template<typename T> void release(T value)
    {
        QMetaObject::invokeMethod(
            m_session, [spent = std::move(value)] {}, Qt::QueuedConnection);
    }

private:
    QThread m_thread;
    ReplicationSession *m_session = nullptr;
    // Outlives the session, which it calls back through.
    std::unique_ptr<BatchHandoff> m_handoff;
};

} // namespace pgrepl
