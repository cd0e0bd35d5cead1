#include "session/SessionThread.h"

namespace pgrepl {

SessionThread::SessionThread()
{
    m_thread.setObjectName(QStringLiteral("replication session"));
    m_session = new ReplicationSession;
    // Each batch wakes the receiving thread: a few tens a second, not one
    // for every read of a busy stream.
    m_session->setBatchIntervalMs(kBatchIntervalMs);
    m_session->moveToThread(&m_thread);
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
