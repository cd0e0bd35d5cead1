#include "session/SessionThread.h"

#ifdef Q_OS_LINUX
#include <pthread.h>
#include <sched.h>
#include <sys/resource.h>
#include <unistd.h>
#endif

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <mutex>

namespace pgrepl {

SessionThread::SessionThread()
{
#ifdef __GLIBC__
    static std::once_flag heapsTuned;
    std::call_once(heapsTuned, [] {
        mallopt(M_TOP_PAD, kHeapTopPad);
        mallopt(M_TRIM_THRESHOLD, kHeapTrimThreshold);
    });
#endif
    m_thread.setObjectName(QStringLiteral("replication session"));
    m_session = new ReplicationSession;
    // Each batch wakes the receiving thread: a few tens a second, not one
    // for every read of a busy stream.
    m_session->setBatchIntervalMs(kBatchIntervalMs);
    m_session->moveToThread(&m_thread);
#ifdef Q_OS_LINUX
    // The stream is throughput work; the GUI is what a user waits on. On a
    // busy machine, each read of the socket would otherwise preempt the GUI
    // thread, which then queues behind the server's processes for tens of
    // milliseconds: SCHED_BATCH gives up preempting others on wake-up. And
    // where the process competes as one scheduling group (autogroup, a
    // cgroup per application), the threads' weights split its share: at
    // nice 19 this thread, runnable whenever the stream is busy, leaves it
    // to the GUI thread, and still gets what the GUI thread does not use.
    // Failing to set either changes nothing else: the results are not
    // checked.
    QObject::connect(
        &m_thread, &QThread::started, &m_thread,
        [] {
            const sched_param param {};
            pthread_setschedparam(pthread_self(), SCHED_BATCH, &param);
            setpriority(PRIO_PROCESS, id_t(gettid()), kNice);
        },
        Qt::DirectConnection);
#endif
    m_thread.start();
}

SessionThread::~SessionThread()
{
    // The session owns sockets and timers: it must die in its own thread.
    ReplicationSession *s = m_session;
    BatchHandoff *handoff = m_handoff.get();
    QMetaObject::invokeMethod(
        s,
        [s, handoff] {
            s->disconnectFromServer();
            delete s;
            if (handoff)
                handoff->freeGivenBack();
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void SessionThread::deliverTo(
    std::function<void(StreamEventBatch)> onBatch, std::function<void(const SessionCounters &)> onCounters)
{
    Q_ASSERT(!m_handoff);
    m_handoff = std::make_unique<BatchHandoff>(m_session);
    m_handoff->setReceivers(std::move(onBatch), std::move(onCounters));
    BatchHandoff *handoff = m_handoff.get();
    // Direct: pushed in the session's thread as the signals are emitted.
    QObject::connect(
        m_session, &ReplicationSession::eventsReceived, m_session,
        [handoff](const StreamEventBatch &batch) { handoff->pushBatch(batch); }, Qt::DirectConnection);
    QObject::connect(
        m_session, &ReplicationSession::countersChanged, m_session,
        [handoff](const SessionCounters &counters) { handoff->pushCounters(counters); },
        Qt::DirectConnection);
}

void SessionThread::deliverPending()
{
    if (m_handoff)
        m_handoff->deliverPending();
}

void SessionThread::release(StreamEventBatch batch)
{
    if (m_handoff)
        m_handoff->giveBack(std::move(batch));
    else
        release<StreamEventBatch>(std::move(batch));
}

} // namespace pgrepl
