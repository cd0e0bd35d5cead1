#include "store/BlockAhead.h"
#include "store/EventStore.h"

#include <QtTest>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#include <unistd.h>
#endif

using pgrepl::BlockAhead;
using pgrepl::EventIndexEntry;
using pgrepl::EventMeta;
using pgrepl::EventStore;
using pgrepl::Lsn;
using pgrepl::StreamEvent;
using pgrepl::StreamEventBatch;

Q_DECLARE_METATYPE(StreamEvent::Kind)

namespace {

StreamEvent makeEvent(StreamEvent::Kind kind, const QByteArray &payload, quint64 lsn)
{
    StreamEvent e;
    e.kind = kind;
    e.receivedAtUs = 1'700'000'000'000'000 + qint64(lsn);
    e.walStart = Lsn(lsn);
    e.walEnd = Lsn(lsn + 100);
    e.serverTime = 780'000'000'000'000 + qint64(lsn);
    e.payload = payload;
    return e;
}

void compareEvents(const StreamEvent &got, const StreamEvent &want)
{
    QCOMPARE(got.kind, want.kind);
    QCOMPARE(got.receivedAtUs, want.receivedAtUs);
    QCOMPARE(got.walStart, want.walStart);
    QCOMPARE(got.walEnd, want.walEnd);
    QCOMPARE(got.serverTime, want.serverTime);
    QCOMPARE(got.payload, want.payload);
}

// A payload whose bytes depend on its index, so a mix-up between events
// shows as a content mismatch rather than passing by chance.
QByteArray patterned(qsizetype i, qsizetype length)
{
    QByteArray b(length, Qt::Uninitialized);
    for (qsizetype k = 0; k < length; ++k)
        b[k] = char((i * 31 + k * 7) & 0xFF);
    return b;
}

} // namespace

class TestEventStore : public QObject
{
    Q_OBJECT

private slots:
    void entryIsSmall()
    {
        // The per-event cost of the store is one entry; keep it compact.
        QVERIFY2(sizeof(EventIndexEntry) <= 48, qPrintable(QString::number(sizeof(EventIndexEntry))));
    }

    void appendAndReadBack_data()
    {
        QTest::addColumn<StreamEvent::Kind>("kind");
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<int>("tag");
        QTest::newRow("xlogdata insert")
            << StreamEvent::Kind::XLogData << QByteArray("I\0\0\0\x10N", 6) << int('I');
        QTest::newRow("xlogdata begin") << StreamEvent::Kind::XLogData << QByteArray("B12345678") << int('B');
        QTest::newRow("xlogdata empty") << StreamEvent::Kind::XLogData << QByteArray() << 0;
        QTest::newRow("keepalive") << StreamEvent::Kind::Keepalive << QByteArray("k0123456789abcdef0") << 0;
        QTest::newRow("status update") << StreamEvent::Kind::StatusUpdate << QByteArray("r...") << 0;
        QTest::newRow("notice") << StreamEvent::Kind::Notice << QByteArray("WARNING: héllo") << 0;
        QTest::newRow("error") << StreamEvent::Kind::Error << QByteArray("FATAL: boom") << 0;
        QTest::newRow("unknown") << StreamEvent::Kind::Unknown << QByteArray("z\x01\x02") << 0;
        QTest::newRow("gap") << StreamEvent::Kind::Gap << QByteArray("reconnected") << 0;
        QTest::newRow("binary with NULs")
            << StreamEvent::Kind::XLogData << QByteArray("\xFF\0\0\x80", 4) << 0xFF;
    }
    void appendAndReadBack()
    {
        QFETCH(StreamEvent::Kind, kind);
        QFETCH(QByteArray, payload);
        QFETCH(int, tag);
        EventStore store;
        // A neighbour on each side: reading one event must not see another's bytes.
        QVERIFY(store.append(makeEvent(StreamEvent::Kind::XLogData, QByteArray("Cbefore"), 1)));
        const StreamEvent e = makeEvent(kind, payload, 0x1600000028);
        QVERIFY(store.append(e));
        QVERIFY(store.append(makeEvent(StreamEvent::Kind::Keepalive, QByteArray("kafter"), 3)));
        QCOMPARE(store.size(), 3);

        const EventIndexEntry &entry = store.entry(1);
        QCOMPARE(entry.kind, kind);
        QCOMPARE(entry.length, std::uint32_t(payload.size()));
        QCOMPARE(entry.walStart, e.walStart);
        QCOMPARE(entry.walEnd, e.walEnd);
        QCOMPARE(entry.serverTime, e.serverTime);
        QCOMPARE(entry.receivedAtUs, e.receivedAtUs);
        QCOMPARE(int(entry.tag), tag);
        QCOMPARE(store.payload(1).toByteArray(), payload);
        compareEvents(store.event(1), e);
        QCOMPARE(store.payload(0).toByteArray(), QByteArray("Cbefore"));
        QCOMPARE(store.payload(2).toByteArray(), QByteArray("kafter"));
        QCOMPARE(store.stats().payloadBytes, qsizetype(7 + payload.size() + 6));
    }

    void appendFromView()
    {
        EventStore store;
        const QByteArray bytes("Ihello");
        const EventMeta meta {StreamEvent::Kind::XLogData, 42, Lsn(10), Lsn(20), 7};
        QVERIFY(store.append(meta, QByteArrayView(bytes).first(3)));
        QCOMPARE(store.payload(0).toByteArray(), QByteArray("Ihe"));
        QCOMPARE(store.entry(0).tag, std::uint8_t('I'));
        QCOMPARE(store.entry(0).receivedAtUs, qint64(42));
        QCOMPARE(store.entry(0).serverTime, std::int64_t(7));
    }

    void batch()
    {
        EventStore store;
        StreamEventBatch batch;
        for (int i = 0; i < 50; ++i)
            batch.append(makeEvent(StreamEvent::Kind(i % 7), patterned(i, i), quint64(i)));
        QCOMPARE(store.append(batch), qsizetype(50));
        QCOMPARE(store.size(), 50);
        for (int i = 0; i < 50; ++i)
            compareEvents(store.event(i), batch.at(i));
    }

    void viewsSurviveLaterAppends()
    {
        // Small chunks so that many chunks get created after the first view.
        EventStore store(4096);
        QVERIFY(store.append(makeEvent(StreamEvent::Kind::XLogData, patterned(0, 500), 0)));
        const QByteArrayView first = store.payload(0);
        const char *firstData = first.data();
        for (int i = 1; i < 2000; ++i)
            QVERIFY(store.append(makeEvent(StreamEvent::Kind::XLogData, patterned(i, 500), quint64(i))));
        QVERIFY(store.stats().chunks > 100);
        QCOMPARE(store.payload(0).data(), firstData);
        QCOMPARE(first.toByteArray(), patterned(0, 500));
    }

    void largePayloadsGetTheirOwnChunk()
    {
        EventStore store(4096);
        QVERIFY(store.append(makeEvent(StreamEvent::Kind::XLogData, patterned(1, 100), 1)));
        QCOMPARE(store.stats().chunks, qsizetype(1));
        // Over a quarter of a chunk: a chunk of exactly its size.
        QVERIFY(store.append(makeEvent(StreamEvent::Kind::XLogData, patterned(2, 3000), 2)));
        QCOMPARE(store.stats().chunks, qsizetype(2));
        QCOMPARE(store.stats().arenaBytes, qsizetype(4096 + 3000));
        // Small payloads keep filling the shared chunk.
        QVERIFY(store.append(makeEvent(StreamEvent::Kind::XLogData, patterned(3, 100), 3)));
        QCOMPARE(store.stats().chunks, qsizetype(2));
        QCOMPARE(store.entry(2).chunk, store.entry(0).chunk);
        QCOMPARE(store.entry(2).offset, std::uint32_t(100));
        QCOMPARE(store.payload(1).toByteArray(), patterned(2, 3000));
        QCOMPARE(store.payload(2).toByteArray(), patterned(3, 100));
    }

    void manySmallEvents()
    {
        constexpr int count = 200'000;
        EventStore store; // default 4 MiB chunks
        qsizetype payloadBytes = 0;
        for (int i = 0; i < count; ++i) {
            const QByteArray payload = patterned(i, 16 + i % 33);
            payloadBytes += payload.size();
            QVERIFY(store.append(makeEvent(StreamEvent::Kind::XLogData, payload, quint64(i))));
        }
        QCOMPARE(store.size(), qsizetype(count));
        const auto stats = store.stats();
        QCOMPARE(stats.payloadBytes, payloadBytes);
        // About 6.4 MB of payload in 4 MiB chunks: two chunks, not one per event.
        QCOMPARE(stats.chunks, qsizetype(2));
        QVERIFY(stats.arenaBytes - stats.payloadBytes < EventStore::kDefaultChunkSize);
        // The index grows geometrically, so at worst twice the entries in use.
        const double indexPerEvent = double(stats.indexBytes) / count;
        QVERIFY2(
            indexPerEvent <= 2 * sizeof(EventIndexEntry) + 1, qPrintable(QString::number(indexPerEvent)));
        // Spot-check content across the whole range.
        for (int i : {0, 1, 4095, 100'000, count - 1}) {
            QCOMPARE(store.payload(i).toByteArray(), patterned(i, 16 + i % 33));
            QCOMPARE(store.entry(i).walStart, Lsn(quint64(i)));
        }
    }

    void reservedIndexCostsOneEntryPerEvent()
    {
        constexpr int count = 10'000;
        EventStore store;
        store.reserve(count);
        for (int i = 0; i < count; ++i)
            QVERIFY(store.append(makeEvent(StreamEvent::Kind::Keepalive, patterned(i, 18), quint64(i))));
        const auto stats = store.stats();
        // "Raw bytes plus a few dozen bytes per event": the index is the
        // per-event part, one entry each plus at most one block not yet
        // full; the arena holds the raw bytes in one chunk.
        constexpr qsizetype block = qsizetype(pgrepl::ChunkedVector<EventIndexEntry>::kBlockSize);
        QVERIFY2(stats.indexBytes <= qsizetype(sizeof(EventIndexEntry)) * (count + block) + 1024,
            qPrintable(QString::number(stats.indexBytes)));
        QVERIFY(stats.indexBytes >= qsizetype(sizeof(EventIndexEntry)) * count);
        QCOMPARE(stats.payloadBytes, qsizetype(count * 18));
        QCOMPARE(stats.chunks, qsizetype(1));
    }

    // Appending never moves what is stored: an entry read before a million
    // more events is the same object after them.
    void entriesStayPut()
    {
        EventStore store;
        QVERIFY(store.append(makeEvent(StreamEvent::Kind::Keepalive, patterned(0, 18), 7)));
        const EventIndexEntry *first = &store.entry(0);
        for (int i = 1; i < 1'000'000; ++i)
            QVERIFY(store.append(makeEvent(StreamEvent::Kind::Keepalive, {}, quint64(i))));
        QCOMPARE(&store.entry(0), first);
        QCOMPARE(first->walStart, Lsn(7));
        QCOMPARE(store.entry(999'999).walStart, Lsn(999'999));
    }

    void clear()
    {
        EventStore store(4096);
        for (int i = 0; i < 100; ++i)
            QVERIFY(store.append(makeEvent(StreamEvent::Kind::XLogData, patterned(i, 200), quint64(i))));
        QVERIFY(store.stats().chunks > 1);
        store.clear();
        QCOMPARE(store.size(), 0);
        QVERIFY(store.isEmpty());
        const auto stats = store.stats();
        QCOMPARE(stats.chunks, qsizetype(0));
        QCOMPARE(stats.arenaBytes, qsizetype(0));
        QCOMPARE(stats.payloadBytes, qsizetype(0));
        QCOMPARE(stats.indexBytes, qsizetype(0));
        // Usable again, starting from a fresh chunk.
        QVERIFY(store.append(makeEvent(StreamEvent::Kind::Gap, QByteArray("after clear"), 9)));
        QCOMPARE(store.size(), 1);
        QCOMPARE(store.entry(0).offset, std::uint32_t(0));
        QCOMPARE(store.payload(0).toByteArray(), QByteArray("after clear"));
    }

    void moveKeepsPayloads()
    {
        EventStore a;
        QVERIFY(a.append(makeEvent(StreamEvent::Kind::XLogData, QByteArray("Mmoved"), 5)));
        const char *data = a.payload(0).data();
        EventStore b(std::move(a));
        QCOMPARE(b.size(), 1);
        QCOMPARE(b.payload(0).data(), data);
        QCOMPARE(b.payload(0).toByteArray(), QByteArray("Mmoved"));
    }

#ifdef Q_OS_LINUX
    void refusesOversizedPayload()
    {
        // An inaccessible reservation stands in for a payload over the limit:
        // the store must refuse it by its size without touching a byte.
        const std::size_t n = std::size_t(EventStore::kMaxPayloadSize) + 1;
        void *region = ::mmap(nullptr, n, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
        QVERIFY(region != MAP_FAILED);
        EventStore store;
        const EventMeta meta {StreamEvent::Kind::XLogData, 1, Lsn(1), Lsn(2), 3};
        const bool stored
            = store.append(meta, QByteArrayView(static_cast<const char *>(region), qsizetype(n)));
        ::munmap(region, n);
        QVERIFY(!stored);
        QCOMPARE(store.size(), 0);
        QCOMPARE(store.stats().arenaBytes, qsizetype(0));
        QVERIFY(store.append(meta, QByteArrayView("Ifits")));
        QCOMPARE(store.size(), 1);
    }
#endif

    // A live store's next chunk is ready before the open one is full, and a
    // payload split across the change of chunk reads back whole.
    void nextChunkIsPreparedAhead()
    {
        EventStore store; // default 4 MiB chunks
        QVERIFY(store.append(makeEvent(StreamEvent::Kind::XLogData, patterned(0, 100), 0)));
        QCOMPARE(store.stats().chunks, qsizetype(1));
        QCOMPARE(store.stats().aheadBytes, EventStore::kDefaultChunkSize);
        const qsizetype size = 100'000;
        int i = 1;
        while (store.stats().chunks < 3) {
            QVERIFY(store.append(makeEvent(StreamEvent::Kind::XLogData, patterned(i, size), quint64(i))));
            ++i;
        }
        QCOMPARE(store.stats().aheadBytes, EventStore::kDefaultChunkSize);
        QVERIFY(store.stats().totalBytes() >= 4 * EventStore::kDefaultChunkSize);
        for (int j = 1; j < i; ++j)
            QCOMPARE(store.payload(j).toByteArray(), patterned(j, size));
        // The payloads read back above span chunks.
        QVERIFY(store.entry(1).chunk != store.entry(i - 1).chunk);
        store.clear();
        QCOMPARE(store.stats().aheadBytes, qsizetype(0));
        QCOMPARE(store.stats().totalBytes(), qsizetype(0));

        // Small chunks are not worth a thread.
        EventStore small(64 * 1024);
        QVERIFY(small.append(makeEvent(StreamEvent::Kind::XLogData, patterned(0, 100), 0)));
        QCOMPARE(small.stats().aheadBytes, qsizetype(0));
    }

    void blockAheadHandsOutBlocks()
    {
        constexpr std::size_t bytes = 1 << 20;
        BlockAhead ahead(bytes);
        QCOMPARE(ahead.blockSize(), bytes);
        QVERIFY(!ahead.hasNext());
        std::unique_ptr<char[]> first = ahead.take();
        QVERIFY(first);
        QVERIFY(ahead.hasNext());
        QTRY_VERIFY(ahead.nextIsReady());
        std::unique_ptr<char[]> second = ahead.take();
        QVERIFY(second && second != first);
        // Every byte of both is the caller's to write.
        std::memset(first.get(), 0xa5, bytes);
        std::memset(second.get(), 0x5a, bytes);
        QCOMPARE(first[bytes - 1], char(0xa5));
        QCOMPARE(second[0], char(0x5a));
    }

#ifdef Q_OS_LINUX
    // The point of preparing a block: its pages are already in memory when
    // it is taken, so the thread that fills it takes no page faults. Fresh
    // memory of the same size, for comparison, is not. The size is over
    // glibc's largest mmap threshold (32 MiB), so neither block can reuse
    // heap pages an earlier test wrote.
    void preparedBlockIsResident()
    {
        constexpr std::size_t bytes = 40 << 20;
        const auto residentPages = [](const char *p, std::size_t n) {
            const auto page = std::size_t(sysconf(_SC_PAGESIZE));
            const auto start = reinterpret_cast<std::uintptr_t>(p) & ~(page - 1);
            const std::size_t length = reinterpret_cast<std::uintptr_t>(p) + n - start;
            std::vector<unsigned char> pages((length + page - 1) / page);
            if (::mincore(reinterpret_cast<void *>(start), length, pages.data()) != 0)
                return std::pair<std::size_t, std::size_t>(0, pages.size());
            std::size_t resident = 0;
            for (unsigned char v : pages)
                resident += v & 1;
            return std::pair<std::size_t, std::size_t>(resident, pages.size());
        };
        BlockAhead ahead(bytes);
        ahead.take();
        QTRY_VERIFY(ahead.nextIsReady());
        const std::unique_ptr<char[]> prepared = ahead.take();
        const auto [resident, total] = residentPages(prepared.get(), bytes);
        QCOMPARE(resident, total);

        const auto fresh = std::make_unique_for_overwrite<char[]>(bytes);
        const auto [freshResident, freshTotal] = residentPages(fresh.get(), bytes);
        QVERIFY2(freshResident < freshTotal / 2,
            qPrintable(QStringLiteral("%1 of %2 pages").arg(freshResident).arg(freshTotal)));
    }
#endif

    void chunkSizeHasAFloor()
    {
        EventStore tiny(1);
        QCOMPARE(tiny.chunkSize(), qsizetype(4096));
    }
};

QTEST_GUILESS_MAIN(TestEventStore)
#include "tst_eventstore.moc"
