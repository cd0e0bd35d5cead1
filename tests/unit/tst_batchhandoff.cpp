#include "session/BatchHandoff.h"

#include <QtTest>

#include <atomic>
#include <memory>

using namespace pgrepl;

namespace {
StreamEventBatch batchOf(qint64 first, int count)
{
    StreamEventBatch batch;
    for (int i = 0; i < count; ++i) {
        StreamEvent e;
        e.receivedAtUs = first + i;
        e.payload = QByteArray::number(first + i);
        batch.append(e);
    }
    return batch;
}

// A thread whose event loop runs pushes into a handoff, as a session's does.
class Producer
{
public:
    Producer()
    {
        m_thread.start();
        m_context.moveToThread(&m_thread);
    }
    ~Producer()
    {
        m_thread.quit();
        m_thread.wait();
    }
    QObject *context() { return &m_context; }
    template<typename F> void run(F f)
    {
        QMetaObject::invokeMethod(&m_context, std::move(f), Qt::BlockingQueuedConnection);
    }

private:
    QThread m_thread;
    QObject m_context;
};
} // namespace

// The session's batches and counters reach the receiving thread in order,
// none lost however far ahead the session gets, and the spent batches go
// back to be freed in the session's thread.
class TestBatchHandoff : public QObject
{
    Q_OBJECT

private slots:
    void ringKeepsOrderAndCapacity()
    {
        SpscRing<int, 4> ring;
        QVERIFY(ring.isEmpty());
        for (int i = 0; i < 4; ++i)
            QVERIFY(ring.push(int(i)));
        QVERIFY(!ring.push(99));
        int v = -1;
        QVERIFY(ring.pop(&v));
        QCOMPARE(v, 0);
        QVERIFY(ring.push(4));
        for (int want = 1; want <= 4; ++want) {
            QVERIFY(ring.pop(&v));
            QCOMPARE(v, want);
        }
        QVERIFY(!ring.pop(&v));
        QVERIFY(ring.isEmpty());
    }

    // A taken slot is left empty, whatever the type's move assignment
    // does: the producer, overwriting the slot, frees nothing of the
    // consumer's. Some types' move assignment swaps; this one does.
    void takenSlotIsLeftEmpty()
    {
        struct Swapping
        {
            std::shared_ptr<int> life;
            Swapping() = default;
            explicit Swapping(int v) : life(std::make_shared<int>(v)) { }
            Swapping(Swapping &&other) noexcept : life(std::move(other.life)) { }
            Swapping &operator=(Swapping &&other) noexcept
            {
                std::swap(life, other.life);
                return *this;
            }
        };
        SpscRing<Swapping, 2> ring;
        QVERIFY(ring.push(Swapping(1)));
        Swapping out(2);
        const std::weak_ptr<int> before = out.life;
        QVERIFY(ring.pop(&out));
        QCOMPARE(*out.life, 1);
        // What out held died in pop(), in the consumer's thread.
        QVERIFY(before.expired());
    }

    void deliversInOrderInTheReceiversThread()
    {
        Producer producer;
        BatchHandoff handoff(producer.context());
        QList<qint64> seen;
        QList<qint64> countersSeen;
        bool allHere = true;
        handoff.setReceivers(
            [&](StreamEventBatch batch) {
                allHere &= QThread::currentThread() == handoff.thread();
                for (const StreamEvent &e : batch)
                    seen.append(e.receivedAtUs);
                handoff.giveBack(std::move(batch));
            },
            [&](const SessionCounters &c) {
                allHere &= QThread::currentThread() == handoff.thread();
                countersSeen.append(c.messages);
                seen.append(-c.messages);
            });
        constexpr int kBatches = 1000;
        producer.run([&] {
            for (int b = 0; b < kBatches; ++b) {
                handoff.pushBatch(batchOf(qint64(b) * 3, 3));
                SessionCounters c;
                c.messages = qint64(b + 1) * 3;
                handoff.pushCounters(c);
            }
        });
        // Far more than the ring holds: the rest waited in the producer.
        QVERIFY(kBatches * 2 > int(BatchHandoff::kCapacity));
        QTRY_COMPARE_WITH_TIMEOUT(countersSeen.size(), kBatches, 10000);
        QVERIFY(allHere);
        QList<qint64> want;
        for (int b = 0; b < kBatches; ++b) {
            want << qint64(b) * 3 << qint64(b) * 3 + 1 << qint64(b) * 3 + 2;
            want << -(qint64(b + 1) * 3);
        }
        QCOMPARE(seen, want);
    }

    // An event loop turn delivers a bounded number: a backlog is spread
    // over several turns instead of stalling one.
    void aBacklogTakesSeveralTurns()
    {
        Producer producer;
        BatchHandoff handoff(producer.context());
        int delivered = 0;
        handoff.setReceivers(
            [&](StreamEventBatch batch) {
                ++delivered;
                handoff.giveBack(std::move(batch));
            },
            {});
        const int pushed = BatchHandoff::kMaxPerTurn * 3;
        producer.run([&] {
            for (int i = 0; i < pushed; ++i)
                handoff.pushBatch(batchOf(i, 1));
        });
        // One pass of the event loop at a time, until the wake-up is seen.
        QElapsedTimer clock;
        clock.start();
        while (delivered == 0 && clock.elapsed() < 10000)
            QCoreApplication::processEvents();
        QCOMPARE(delivered, BatchHandoff::kMaxPerTurn);
        QCoreApplication::processEvents();
        QCOMPARE(delivered, 2 * BatchHandoff::kMaxPerTurn);
        QTRY_COMPARE(delivered, pushed);
    }

    void deliverPendingDeliversEverythingNow()
    {
        Producer producer;
        BatchHandoff handoff(producer.context());
        int delivered = 0;
        handoff.setReceivers([&](StreamEventBatch) { ++delivered; }, {});
        producer.run([&] {
            for (int i = 0; i < 20; ++i)
                handoff.pushBatch(batchOf(i, 1));
        });
        // No event loop has run here yet.
        QCOMPARE(delivered, 0);
        handoff.deliverPending();
        QCOMPARE(delivered, 20);
    }

    // Given back, a batch stays alive until the producer's next push, which
    // frees it in the producer's thread.
    void givenBackBatchesAreFreedByTheProducer()
    {
        Producer producer;
        BatchHandoff handoff(producer.context());
        StreamEventBatch received;
        handoff.setReceivers([&](StreamEventBatch batch) { received = std::move(batch); }, {});
        producer.run([&] { handoff.pushBatch(batchOf(7, 2)); });
        handoff.deliverPending();
        QCOMPARE(received.size(), 2);
        const QByteArray payload = received.first().payload;
        handoff.giveBack(std::move(received));
        QVERIFY(!payload.isDetached());
        producer.run([&] { handoff.pushCounters({}); });
        QVERIFY(payload.isDetached());
        producer.run([&] { handoff.freeGivenBack(); });
    }
};

QTEST_GUILESS_MAIN(TestBatchHandoff)
#include "tst_batchhandoff.moc"
