#include "session/SessionThread.h"

#ifdef Q_OS_LINUX
#include <pthread.h>
#include <sched.h>
#endif

namespace pgrepl {

SessionThread::SessionThread()
{
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
    // milliseconds. SCHED_BATCH keeps this thread's share of the CPU but
    // gives up preempting others when it wakes. Failing to set it changes
    // nothing else, so the result is not checked.
    QObject::connect(
        &m_thread, &QThread::started, &m_thread,
        [] {
            const sched_param param {};
            pthread_setschedparam(pthread_self(), SCHED_BATCH, &param);
        },
        Qt::DirectConnection);
#endif
    m_thread.start();
}

SessionThread::~SessionThread()
{
    // The session owns sockets and timers: it must die in its own thread.
    ReplicationSession *s = m_session;
    QMetaObject::invokeMethod(
        s,
        [s] {
            s->disconnectFromServer();
            delete s;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

} // namespace pgrepl
