#include "session/SessionThread.h"

#include <QtTest>

#include <atomic>
#include <cstdlib>
#include <memory>
#include <vector>

#ifdef Q_OS_LINUX
#include <pthread.h>
#include <sched.h>
#include <sys/resource.h>
#include <unistd.h>

#include <cerrno>
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
// The calling thread's nice value (per thread on Linux).
int currentNice()
{
    errno = 0;
    return getpriority(PRIO_PROCESS, id_t(gettid()));
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

    // What is handed back is destroyed in the session's thread, and only
    // there, once.
    void releasedValuesDieInTheSessionThread()
    {
        struct Deaths
        {
            std::atomic<int> count {0};
            std::atomic<QThread *> lastIn {nullptr};
        };
        struct Sentinel
        {
            std::shared_ptr<Deaths> deaths = std::make_shared<Deaths>();
            bool owner = true;
            Sentinel() = default;
            Sentinel(Sentinel &&other) noexcept : deaths(other.deaths) { other.owner = false; }
            Sentinel(const Sentinel &) = delete;
            ~Sentinel()
            {
                if (!owner)
                    return;
                deaths->lastIn = QThread::currentThread();
                ++deaths->count;
            }
        };
        SessionThread thread;
        Sentinel sentinel;
        const auto deaths = sentinel.deaths;
        thread.release(std::move(sentinel));
        QTRY_COMPARE(deaths->count.load(), 1);
        QCOMPARE(deaths->lastIn.load(), thread.session()->thread());
    }

    // Batches and counters come through the handoff, in the order the
    // session emitted them, in the thread that asked for them.
    void batchesReachTheReceiverInOrder()
    {
        SessionThread thread;
        QList<qint64> seen;
        bool here = true;
        thread.deliverTo(
            [&](StreamEventBatch batch) {
                here &= QThread::currentThread() == this->thread();
                for (const StreamEvent &e : batch)
                    seen << e.receivedAtUs;
                thread.release(std::move(batch));
            },
            [&](const SessionCounters &c) {
                here &= QThread::currentThread() == this->thread();
                seen << -c.messages;
            });
        thread.invoke([](ReplicationSession *s) {
            for (int i = 0; i < 3; ++i) {
                StreamEvent e;
                e.receivedAtUs = i;
                emit s->eventsReceived(StreamEventBatch {e});
                SessionCounters c;
                c.messages = i + 1;
                emit s->countersChanged(c);
            }
        });
        QTRY_COMPARE(seen.size(), 6);
        QCOMPARE(seen, (QList<qint64> {0, -1, 1, -2, 2, -3}));
        QVERIFY(here);
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

#ifdef __GLIBC__
    // Once a session thread exists, the heap grows in large steps and is
    // not given back as soon as its top is free (glibc's default trims
    // anything over 128 KiB): every change of it takes the lock a
    // low-priority thread may hold.
    void heapChangesAreRare()
    {
        const SessionThread thread;
        // Small blocks until the heap has to grow (what is free at its top
        // from earlier tests serves first), then as many again.
        std::vector<void *> blocks;
        const char *step = nullptr;
        std::ptrdiff_t grownBy = 0;
        for (int i = 0; i < 1000000 && grownBy == 0; ++i) {
            step = static_cast<const char *>(sbrk(0));
            blocks.push_back(std::malloc(256));
            *static_cast<volatile char *>(blocks.back()) = 1;
            grownBy = static_cast<const char *>(sbrk(0)) - step;
        }
        QVERIFY(grownBy >= SessionThread::kHeapTopPad);
        const auto grown = reinterpret_cast<quintptr>(sbrk(0));
        for (void *block : blocks)
            std::free(block);
        QCOMPARE(reinterpret_cast<quintptr>(sbrk(0)), grown);
    }
#endif

    // At the lowest weight, the stream gives way to the GUI thread within
    // the process, and leaves the process's share of a busy machine to it.
    void streamThreadRunsAtTheLowestPriority()
    {
        const int callerBefore = currentNice();
        SessionThread thread;
        std::atomic<int> sessionNice = -100;
        thread.invoke([&sessionNice](ReplicationSession *) { sessionNice = currentNice(); });
        QTRY_VERIFY(sessionNice != -100);
        QCOMPARE(sessionNice.load(), std::max(callerBefore, SessionThread::kNice));
        QCOMPARE(currentNice(), callerBefore);
    }
#endif
};

QTEST_GUILESS_MAIN(TestSessionThread)
#include "tst_sessionthread.moc"
