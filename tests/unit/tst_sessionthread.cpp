#include "session/SessionThread.h"

#include <QtTest>

#ifdef Q_OS_LINUX
#include <pthread.h>
#include <sched.h>
#endif

using namespace pgrepl;

#ifdef Q_OS_LINUX
namespace {
// The scheduling policy of the calling thread.
int currentPolicy()
{
    int policy = -1;
    sched_param param {};
    if (pthread_getschedparam(pthread_self(), &policy, &param) != 0)
        return -1;
    return policy;
}
} // namespace
#endif

// The worker thread a session runs in: its own, named, and scheduled so
// that a busy stream does not preempt the GUI thread.
class TestSessionThread : public QObject
{
    Q_OBJECT

private slots:
    void sessionRunsInANamedThreadOfItsOwn()
    {
        SessionThread thread;
        QThread *sessionThread = thread.session()->thread();
        QVERIFY(sessionThread != QThread::currentThread());
        QCOMPARE(sessionThread->objectName(), QStringLiteral("replication session"));

        QThread *ranIn = nullptr;
        thread.invoke([&ranIn](ReplicationSession *) { ranIn = QThread::currentThread(); });
        QTRY_COMPARE(ranIn, sessionThread);
    }

#ifdef Q_OS_LINUX
    void streamThreadDoesNotPreemptTheCaller()
    {
        const int callerBefore = currentPolicy();
        SessionThread thread;
        int sessionPolicy = -1;
        thread.invoke([&sessionPolicy](ReplicationSession *) { sessionPolicy = currentPolicy(); });
        QTRY_VERIFY(sessionPolicy != -1);
        QCOMPARE(sessionPolicy, SCHED_BATCH);
        // The GUI thread keeps its own policy.
        QCOMPARE(currentPolicy(), callerBefore);
        QVERIFY(currentPolicy() != SCHED_BATCH);
    }
#endif
};

QTEST_GUILESS_MAIN(TestSessionThread)
#include "tst_sessionthread.moc"
