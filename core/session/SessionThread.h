#pragma once

#include "session/ReplicationSession.h"

#include <QThread>

namespace pgrepl {

// Runs a ReplicationSession in a thread of its own, so that a busy stream
// never blocks the GUI. Talk to the session only through invoke(); its
// signals reach receivers in other threads queued, as batches.
class SessionThread final
{
public:
    // How often at most the session hands events over to other threads.
    static constexpr int kBatchIntervalMs = 25;

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

private:
    QThread m_thread;
    ReplicationSession *m_session = nullptr;
};

} // namespace pgrepl
