// The transaction index on a real PostgreSQL 15 capture and on hand-built
// streams: plain, streamed (interleaved chunks, subtransaction aborts,
// proto 4 abort positions) and two-phase transactions, origins, standalone
// events, streams that do not fit the protocol, incremental indexing and
// bytes that do not decode.
#include "pgoutput/RecvlogicalReader.h"
#include "store/EventStore.h"
#include "txn/TransactionIndex.h"

#include "StreamEvents.h"

#include <QtTest>

using namespace pgrepl;
using namespace pgrepl::pgoutput;
using namespace pgrepl::test;

namespace {

using Bytes = pgrepl::test::PgoutputBytes;

// Every group on one line: kind, state, commit LSN, events.
QString groupsText(const TransactionIndex &index)
{
    QStringList out;
    for (int g = 0; g < index.groupCount(); ++g) {
        const TxnGroup &grp = index.group(g);
        QStringList events;
        for (quint32 e : grp.events)
            events << QString::number(e);
        const QString list = u'[' + events.join(u' ') + u']';
        switch (grp.kind) {
        case TxnGroup::Kind::Standalone:
            out << QStringLiteral("standalone %1").arg(list);
            continue;
        case TxnGroup::Kind::Transaction:
            out << QStringLiteral("transaction");
            break;
        case TxnGroup::Kind::Streamed:
            out << QStringLiteral("streamed");
            break;
        case TxnGroup::Kind::TwoPhase:
            out << QStringLiteral("two-phase");
            break;
        }
        out.last() += QStringLiteral(" %1 %2 %3").arg(txnStateName(grp.state), grp.finalLsn.toString(), list);
    }
    return out.join(QStringLiteral("; "));
}

// The real PostgreSQL 15 capture, appended to a store: the reader (whose
// data the entries' views point into), its messages, or what went wrong.
struct RealCapture
{
    std::optional<RecvlogicalReader> reader;
    QList<RecvlogicalReader::Entry> entries;
    QString error;
};
RealCapture loadRealCapture(EventStore &store)
{
    RealCapture c;
    DecoderState state;
    c.reader
        = RecvlogicalReader::open(QStringLiteral(PGOUTPUT_TEST_DATA "/proto1-changes.bin"), state, &c.error);
    if (!c.reader)
        return c;
    c.entries = c.reader->readAll();
    if (c.reader->hasError())
        c.error = c.reader->error().toString();
    for (const auto &e : c.entries) {
        if (!store.append(xlog(e.raw.toByteArray())))
            c.error = QStringLiteral("the store refused a message");
    }
    return c;
}

} // namespace

class TestTransactionIndex : public QObject
{
    Q_OBJECT

private slots:
    // Every Begin…Commit of the real capture is one group whose fields come
    // from its Begin and Commit; the one non-transactional message between
    // transactions stands alone.
    void realCaptureGroups()
    {
        EventStore store;
        const RealCapture capture = loadRealCapture(store);
        QVERIFY2(capture.error.isEmpty(), qPrintable(capture.error));
        const auto &entries = capture.entries;

        TransactionIndex index(&store, 1);
        const TransactionIndex::Update update = index.indexNew();
        QCOMPARE(update.firstNewGroup, 0);
        QVERIFY(update.grownGroups.isEmpty());
        QVERIFY(update.changedGroups.isEmpty());
        QCOMPARE(index.indexedEvents(), store.size());
        QCOMPARE(index.groupCount(), 15);

        const QList<int> changes {1, 1, 1, 1, 3, 4, 1, 1, 1, -1, 2, 2, 1, 1, 1};
        qsizetype next = 0;
        for (int g = 0; g < index.groupCount(); ++g) {
            const TxnGroup &grp = index.group(g);
            QCOMPARE(grp.events.front(), quint32(next));
            next += qsizetype(grp.events.size());
            if (changes[g] < 0) {
                QCOMPARE(grp.kind, TxnGroup::Kind::Standalone);
                QCOMPARE(grp.events.size(), std::size_t(1));
                QCOMPARE(store.entry(grp.events.front()).tag, std::uint8_t('M'));
                QVERIFY(!index.transactionOf(grp.events.front()));
                continue;
            }
            QCOMPARE(grp.kind, TxnGroup::Kind::Transaction);
            QCOMPARE(grp.state, TxnState::Committed);
            QCOMPARE(grp.changes, quint32(changes[g]));
            const auto &b = std::get<Begin>(entries[grp.events.front()].message);
            const auto &c = std::get<Commit>(entries[grp.events.back()].message);
            QCOMPARE(grp.xid, b.xid);
            QVERIFY(grp.xid != 0);
            QCOMPARE(grp.finalLsn, c.commitLsn);
            QCOMPARE(grp.finalLsn, b.finalLsn);
            QCOMPARE(grp.endLsn, c.endLsn);
            QVERIFY(grp.endLsn > grp.finalLsn);
            QCOMPARE(grp.commitTime, c.commitTime);
            for (std::size_t k = 0; k < grp.events.size(); ++k) {
                QCOMPARE(index.groupOf(grp.events[k]), g);
                QCOMPARE(index.rowInGroup(grp.events[k]), int(k));
                QCOMPARE(index.transactionOf(grp.events[k]), std::optional<int>(g));
            }
            QCOMPARE(index.groupEndingAt(grp.endLsn), std::optional<int>(g));
        }
        QCOMPARE(next, store.size());
        QVERIFY(!index.groupEndingAt(Lsn(1)));
        // Re-decoding gives the reader's message back.
        for (qsizetype i = 0; i < store.size(); ++i) {
            const DecodeResult r = index.decode(i);
            QVERIFY2(r, qPrintable(r.error.toString()));
            QCOMPARE(tagOf(*r.message), tagOf(entries[i].message));
        }
    }

    void standaloneEvents()
    {
        EventStore store;
        QVERIFY(store.append(keepalive(0x500)));
        QVERIFY(store.append(statusUpdate(0x500)));
        QVERIFY(appendAll(store,
            {message(false, 0x100, "p", "hi"), begin(0x600, 42), insert(1, {"a"}),
                message(false, 0x100, "p", "hi"), message(true, 0x100, "p", "hi"), commit(0x600, 0x610)}));
        QVERIFY(store.append(keepalive(0x610)));

        TransactionIndex index(&store);
        index.indexNew();
        QCOMPARE(index.groupCount(), 6);
        for (int g : {0, 1, 2, 4, 5}) {
            QCOMPARE(index.group(g).kind, TxnGroup::Kind::Standalone);
            QCOMPARE(index.group(g).events.size(), std::size_t(1));
            QVERIFY(!index.transactionOf(index.group(g).events.front()));
        }
        QCOMPARE(index.group(0).events.front(), 0u);
        QCOMPARE(index.group(1).events.front(), 1u);
        QCOMPARE(index.group(2).events.front(), 2u);
        // The non-transactional message sent while the transaction was open
        // is not part of it; the transactional one is, and counts as a change.
        QCOMPARE(index.group(4).events.front(), 5u);
        QCOMPARE(index.group(5).events.front(), 8u);
        const TxnGroup &txn = index.group(3);
        QCOMPARE(txn.kind, TxnGroup::Kind::Transaction);
        QCOMPARE(txn.state, TxnState::Committed);
        QCOMPARE(txn.xid, 42u);
        QCOMPARE(txn.changes, 2u);
        QCOMPARE(txn.events, (std::vector<quint32> {3, 4, 6, 7}));
        QCOMPARE(index.rowInGroup(6), 2);
        QCOMPARE(index.rowInGroup(5), 0);
        // Keepalives are never a transaction to acknowledge.
        QVERIFY(!index.groupEndingAt(Lsn(0x500)));
        QCOMPARE(index.groupEndingAt(Lsn(0x610)), std::optional<int>(3));
        QVERIFY(index.markOpenIncomplete().isEmpty());
    }

    // Two streamed transactions whose chunks interleave (protocol 2): each
    // chunk's events land in their own transaction, Stream Stop included;
    // aborting subtransaction 701 discards only its changes, aborting 800
    // itself aborts the whole transaction.
    void streamedTransactions()
    {
        EventStore store;
        QVERIFY(appendAll(store,
            {
                streamStart(700, true), // 0
                relation(5, "public", "t", {"id"}, 700), // 1
                insert(5, {"a"}, 700), // 2
                insert(5, {"b"}, 701), // 3: subtransaction 701
                streamStop(), // 4
                streamStart(800, true), // 5
                insert(5, {"c"}, 800), // 6
                streamStop(), // 7
                streamStart(700, false), // 8
                insert(5, {"d"}, 701), // 9
                insert(5, {"e"}, 700), // 10
                streamStop(), // 11
                streamAbort(700, 701), // 12
                streamCommit(700, 0x900, 0x910), // 13
                streamAbort(800, 800), // 14
            }));
        TransactionIndex index(&store, 2);
        index.indexNew();
        QCOMPARE(index.groupCount(), 2);
        const TxnGroup &t700 = index.group(0);
        QCOMPARE(t700.kind, TxnGroup::Kind::Streamed);
        QCOMPARE(t700.xid, 700u);
        QCOMPARE(t700.state, TxnState::Committed);
        QCOMPARE(t700.finalLsn, Lsn(0x900));
        QCOMPARE(t700.endLsn, Lsn(0x910));
        // Four changes came, two of them in the aborted subtransaction.
        QCOMPARE(t700.changes, 2u);
        QCOMPARE(t700.events, (std::vector<quint32> {0, 1, 2, 3, 4, 8, 9, 10, 11, 12, 13}));
        const TxnGroup &t800 = index.group(1);
        QCOMPARE(t800.kind, TxnGroup::Kind::Streamed);
        QCOMPARE(t800.xid, 800u);
        QCOMPARE(t800.state, TxnState::Aborted);
        QCOMPARE(t800.events, (std::vector<quint32> {5, 6, 7, 14}));
        QCOMPARE(t800.changes, 1u);

        for (qsizetype e = 0; e < store.size(); ++e)
            QCOMPARE(index.isDiscarded(e), e == 3 || e == 9);
        // Only committed, acknowledgeable transactions end somewhere.
        QCOMPARE(index.groupEndingAt(Lsn(0x910)), std::optional<int>(0));

        // Changes inside a chunk decode again with their xid.
        for (qsizetype e : {2, 3, 6, 9, 10}) {
            const DecodeResult r = index.decode(e);
            QVERIFY2(r, qPrintable(r.error.toString()));
            const auto *ins = std::get_if<Insert>(&*r.message);
            QVERIFY(ins);
            QVERIFY(ins->xid);
            QCOMPARE(ins->relationOid, 5u);
        }
        QCOMPARE(std::get<Insert>(*index.decode(9).message).xid, std::optional<std::uint32_t>(701));
        QCOMPARE(std::get<Insert>(*index.decode(6).message).xid, std::optional<std::uint32_t>(800));
        QCOMPARE(QByteArrayView(std::get<Insert>(*index.decode(10).message).newTuple.columns[0].bytes),
            QByteArrayView("e"));
        // Outside a chunk the stream messages decode too.
        QVERIFY(std::holds_alternative<StreamCommit>(*index.decode(13).message));
        QVERIFY(std::holds_alternative<StreamStop>(*index.decode(11).message));
        // The Relation sent inside the chunk is in force for the later change.
        const auto rel = index.relationAt(10, 5);
        QVERIFY(rel);
        QCOMPARE(rel->columns.size(), 1);
    }

    void twoPhase()
    {
        EventStore store;
        QVERIFY(appendAll(store,
            {
                beginPrepare(0x100, 0x110, 900, "g1"), // 0
                insert(1, {"a"}), // 1
                prepare(0x100, 0x110, 900, "g1"), // 2
                begin(0x200, 901), // 3
                insert(1, {"b"}), // 4
                commit(0x200, 0x210), // 5
                beginPrepare(0x300, 0x310, 902, "g2"), // 6
                insert(1, {"c"}), // 7
                insert(1, {"d"}), // 8
                prepare(0x300, 0x310, 902, "g2"), // 9
            }));
        TransactionIndex index(&store, 3);
        index.indexNew();
        QCOMPARE(index.groupCount(), 3);
        QCOMPARE(index.group(0).kind, TxnGroup::Kind::TwoPhase);
        QCOMPARE(index.group(0).state, TxnState::Prepared);
        QCOMPARE(index.group(0).gid, QStringLiteral("g1"));
        QCOMPARE(index.group(0).xid, 900u);
        QCOMPARE(index.group(0).finalLsn, Lsn(0x100));
        QCOMPARE(index.group(0).endLsn, Lsn(0x110));
        QCOMPARE(index.group(0).changes, 1u);
        QCOMPARE(index.group(1).kind, TxnGroup::Kind::Transaction);
        QCOMPARE(index.group(2).state, TxnState::Prepared);
        QCOMPARE(index.group(2).changes, 2u);

        // Later (perhaps much later) the prepared transactions are resolved:
        // each resolution joins the group of its GID.
        QVERIFY(appendAll(
            store, {rollbackPrepared(0x310, 0x400, 902, "g2"), commitPrepared(0x500, 0x510, 900, "g1")}));
        const TransactionIndex::Update update = index.indexNew();
        QCOMPARE(update.firstNewGroup, 3);
        QCOMPARE(index.groupCount(), 3);
        QCOMPARE(update.grownGroups, (QList<QPair<int, int>> {{0, 3}, {2, 4}}));
        QVERIFY(update.changedGroups.contains(0));
        QVERIFY(update.changedGroups.contains(2));
        QCOMPARE(update.changedGroups.size(), 2);
        QCOMPARE(index.group(0).state, TxnState::CommitPrepared);
        QCOMPARE(index.group(0).endLsn, Lsn(0x510));
        QCOMPARE(index.group(0).events, (std::vector<quint32> {0, 1, 2, 11}));
        QCOMPARE(index.group(2).state, TxnState::RolledBack);
        QCOMPARE(index.group(2).endLsn, Lsn(0x400));
        // The prepare's position stays; the time becomes the resolution's.
        QCOMPARE(index.group(2).finalLsn, Lsn(0x300));
        QCOMPARE(index.group(2).commitTime, std::int64_t(Ts + 1));
        QCOMPARE(index.group(0).finalLsn, Lsn(0x100));
        QCOMPARE(index.group(2).events, (std::vector<quint32> {6, 7, 8, 9, 10}));
        QCOMPARE(index.groupEndingAt(Lsn(0x510)), std::optional<int>(0));

        // A Commit Prepared whose prepare this stream never showed (it was
        // prepared before the slot's start) gets a group of its own.
        QVERIFY(appendAll(store, {commitPrepared(0x600, 0x610, 903, "elsewhere")}));
        const TransactionIndex::Update lone = index.indexNew();
        QCOMPARE(lone.firstNewGroup, 3);
        QCOMPARE(index.groupCount(), 4);
        QVERIFY(lone.grownGroups.isEmpty());
        QCOMPARE(index.group(3).state, TxnState::CommitPrepared);
        QCOMPARE(index.group(3).gid, QStringLiteral("elsewhere"));
        QCOMPARE(index.group(3).xid, 903u);
        // Its changes are unknown; the commit is the one position it has.
        QCOMPARE(index.group(3).events, std::vector<quint32> {12});
        QCOMPARE(index.group(3).changes, 0u);
        QCOMPARE(index.group(3).finalLsn, Lsn(0x600));
        QCOMPARE(index.group(3).endLsn, Lsn(0x610));

        // Likewise a Rollback Prepared: the prepare's end is all it names.
        QVERIFY(appendAll(store, {rollbackPrepared(0x700, 0x710, 904, "gone")}));
        index.indexNew();
        QCOMPARE(index.groupCount(), 5);
        QCOMPARE(index.group(4).state, TxnState::RolledBack);
        QCOMPARE(index.group(4).kind, TxnGroup::Kind::TwoPhase);
        QCOMPARE(index.group(4).gid, QStringLiteral("gone"));
        QCOMPARE(index.group(4).finalLsn, Lsn(0x700));
        QCOMPARE(index.group(4).endLsn, Lsn(0x710));
        QCOMPARE(index.group(4).commitTime, std::int64_t(Ts + 1));
        QCOMPARE(index.group(4).changes, 0u);
        // A second COMMIT PREPARED of an already resolved GID does not
        // reopen the resolved group.
        QVERIFY(appendAll(store, {commitPrepared(0x800, 0x810, 900, "g1")}));
        index.indexNew();
        QCOMPARE(index.groupCount(), 6);
        QCOMPARE(index.group(0).events, (std::vector<quint32> {0, 1, 2, 11}));
        QCOMPARE(index.group(5).events, std::vector<quint32> {14});
    }

    // A large transaction prepared while streaming (proto 3): Stream Prepare
    // ends its chunks, and the later Commit Prepared / Rollback Prepared
    // joins the same group.
    void streamedTwoPhase()
    {
        EventStore store;
        QVERIFY(appendAll(store,
            {
                streamStart(700, true), // 0
                insert(1, {"a"}, 700), // 1
                streamStop(), // 2
                streamPrepare(0x100, 0x110, 700, "gs"), // 3
                streamStart(701, true), // 4
                insert(1, {"b"}, 701), // 5
                streamStop(), // 6
                streamPrepare(0x200, 0x210, 701, "gr"), // 7
            }));
        TransactionIndex index(&store, 3);
        index.indexNew();
        QCOMPARE(index.groupCount(), 2);
        QCOMPARE(index.group(0).state, TxnState::Prepared);
        QCOMPARE(index.group(0).gid, QStringLiteral("gs"));
        QCOMPARE(index.group(0).endLsn, Lsn(0x110));

        QVERIFY(appendAll(
            store, {commitPrepared(0x300, 0x310, 700, "gs"), rollbackPrepared(0x210, 0x400, 701, "gr")}));
        const TransactionIndex::Update update = index.indexNew();
        QCOMPARE(index.groupCount(), 2);
        QCOMPARE(update.grownGroups, (QList<QPair<int, int>> {{0, 4}, {1, 4}}));
        QCOMPARE(index.group(0).state, TxnState::CommitPrepared);
        QCOMPARE(index.group(0).events, (std::vector<quint32> {0, 1, 2, 3, 8}));
        QCOMPARE(index.group(0).endLsn, Lsn(0x310));
        QCOMPARE(index.group(1).state, TxnState::RolledBack);
        QCOMPARE(index.group(1).events, (std::vector<quint32> {4, 5, 6, 7, 9}));
    }

    void markOpenIncomplete()
    {
        EventStore store;
        QVERIFY(appendAll(store,
            {begin(0x100, 1), insert(1, {"a"}), commit(0x100, 0x110), streamStart(50, true),
                insert(1, {"x"}, 50), streamStop(), message(false, 0x100, "p", "hi"), begin(0x200, 2),
                insert(1, {"b"})}));
        QVERIFY(store.append(keepalive(0x300)));
        TransactionIndex index(&store, 2);
        index.indexNew();
        QCOMPARE(index.groupCount(), 5);
        QCOMPARE(index.group(1).state, TxnState::InProgress);
        QCOMPARE(index.group(3).state, TxnState::InProgress);
        const QList<int> changed = index.markOpenIncomplete();
        QCOMPARE(changed, (QList<int> {1, 3}));
        QCOMPARE(index.group(0).state, TxnState::Committed);
        QCOMPARE(index.group(1).state, TxnState::Incomplete);
        QCOMPARE(index.group(2).state, TxnState::Committed); // standalone
        QCOMPARE(index.group(3).state, TxnState::Incomplete);
        QCOMPARE(index.group(4).state, TxnState::Committed); // standalone
        QCOMPARE(txnStateName(TxnState::Incomplete), QStringLiteral("incomplete"));
        // A second end changes nothing more.
        QVERIFY(index.markOpenIncomplete().isEmpty());

        // After a reconnect, a Commit with no open Begin does not join the
        // incomplete transaction.
        QVERIFY(appendAll(store, {commit(0x200, 0x210)}));
        const TransactionIndex::Update update = index.indexNew();
        QCOMPARE(update.firstNewGroup, 5);
        QCOMPARE(index.groupCount(), 6);
        QCOMPARE(index.group(3).state, TxnState::Incomplete);
        QCOMPARE(index.group(5).state, TxnState::Committed);
    }

    // The stream ended inside a chunk; a new stream (same store) starts
    // outside any chunk, so its changes carry no xid.
    void newStreamAfterAnOpenChunk()
    {
        EventStore store;
        QVERIFY(appendAll(store, {streamStart(60, true), insert(1, {"x"}, 60)}));
        TransactionIndex index(&store, 2);
        index.indexNew();
        QCOMPARE(index.markOpenIncomplete(), QList<int> {0});
        QVERIFY(appendAll(store, {begin(0x100, 61), insert(1, {"y"}), commit(0x100, 0x110)}));
        index.indexNew();
        QCOMPARE(index.groupCount(), 2);
        QCOMPARE(index.group(1).events, (std::vector<quint32> {2, 3, 4}));
        QCOMPARE(index.group(1).changes, 1u);
        const DecodeResult r = index.decode(3);
        QVERIFY2(r, qPrintable(r.error.toString()));
        QVERIFY(!std::get<Insert>(*r.message).xid);
    }

    // A Gap event (the session reconnected and the copy restarted) closes
    // what was open: the server sends it again from its start.
    void gapClosesOpenTransactions()
    {
        EventStore store;
        QVERIFY(appendAll(
            store, {begin(0x100, 1), insert(1, {"a"}), streamStart(70, true), insert(1, {"s"}, 70)}));
        TransactionIndex index(&store, 2);
        index.indexNew();
        QCOMPARE(index.groupCount(), 2);
        QVERIFY(store.append(gap("reconnected")));
        QVERIFY(appendAll(store, {begin(0x100, 1), insert(1, {"a"}), commit(0x100, 0x110)}));
        const TransactionIndex::Update update = index.indexNew();
        QCOMPARE(update.firstNewGroup, 2);
        QCOMPARE(update.changedGroups, (QList<int> {0, 1}));
        QCOMPARE(index.groupCount(), 4);
        QCOMPARE(index.group(0).state, TxnState::Incomplete);
        QCOMPARE(index.group(0).events, (std::vector<quint32> {0, 1}));
        QCOMPARE(index.group(1).state, TxnState::Incomplete);
        QCOMPARE(index.group(2).kind, TxnGroup::Kind::Standalone);
        QCOMPARE(index.group(2).events, std::vector<quint32> {4});
        QCOMPARE(index.group(3).state, TxnState::Committed);
        QCOMPARE(index.group(3).events, (std::vector<quint32> {5, 6, 7}));
        QCOMPARE(index.group(3).changes, 1u);
        QVERIFY(!std::get<Insert>(*index.decode(6).message).xid);
    }

    // ALTER TABLE between transactions: the server announces the relation
    // again, and each change must be read with the columns in force then.
    void relationAtPicksTheOneInForce()
    {
        EventStore store;
        QVERIFY(appendAll(store,
            {
                begin(0x100, 1), // 0
                insert(7, {"a"}), // 1: before any Relation for 7
                relation(7, "public", "t", {"id"}), // 2
                insert(7, {"b"}), // 3
                commit(0x100, 0x110), // 4
                begin(0x200, 2), // 5
                relation(7, "public", "t", {"id", "extra"}), // 6
                insert(7, {"c"}), // 7
                commit(0x200, 0x210), // 8
            }));
        TransactionIndex index(&store);
        index.indexNew();
        QVERIFY(!index.relationAt(1, 7));
        QVERIFY(!index.relationAt(3, 8));
        const auto first = index.relationAt(3, 7);
        QVERIFY(first);
        QCOMPARE(first->columns.size(), 1);
        QCOMPARE(first->oid, 7u);
        const auto second = index.relationAt(7, 7);
        QVERIFY(second);
        QCOMPARE(second->columns.size(), 2);
        QCOMPARE(second->columns[1].name, QStringLiteral("extra"));
        // A Relation event itself is in force at its own position.
        QCOMPARE(index.relationAt(6, 7)->columns.size(), 2);
        QCOMPARE(index.relationAt(5, 7)->columns.size(), 1);
    }

    void incrementalIndexing()
    {
        EventStore store;
        TransactionIndex index(&store);
        TransactionIndex::Update u = index.indexNew();
        QCOMPARE(u.firstNewGroup, 0);
        QCOMPARE(index.groupCount(), 0);

        QVERIFY(appendAll(store, {begin(0x100, 1), insert(1, {"a"})}));
        u = index.indexNew();
        QCOMPARE(u.firstNewGroup, 0);
        QCOMPARE(index.groupCount(), 1);
        QVERIFY(u.grownGroups.isEmpty());
        QVERIFY(u.changedGroups.isEmpty());
        QCOMPARE(index.group(0).state, TxnState::InProgress);

        QVERIFY(appendAll(store, {insert(1, {"b"}), insert(1, {"c"})}));
        QVERIFY(store.append(keepalive(0x90)));
        u = index.indexNew();
        QCOMPARE(u.firstNewGroup, 1);
        QCOMPARE(index.groupCount(), 2);
        QCOMPARE(u.grownGroups, (QList<QPair<int, int>> {{0, 2}}));
        QCOMPARE(u.changedGroups, QList<int> {0});
        QCOMPARE(index.group(0).changes, 3u);

        QVERIFY(appendAll(store, {commit(0x100, 0x110), begin(0x200, 2)}));
        u = index.indexNew();
        QCOMPARE(u.firstNewGroup, 2);
        QCOMPARE(index.groupCount(), 3);
        QCOMPARE(u.grownGroups, (QList<QPair<int, int>> {{0, 4}}));
        QCOMPARE(u.changedGroups, QList<int> {0});
        QCOMPARE(index.group(0).state, TxnState::Committed);
        QCOMPARE(index.group(0).events, (std::vector<quint32> {0, 1, 2, 3, 5})); // 4 is the keepalive

        // Nothing new: nothing to announce.
        u = index.indexNew();
        QCOMPARE(u.firstNewGroup, 3);
        QVERIFY(u.grownGroups.isEmpty());
        QVERIFY(u.changedGroups.isEmpty());

        // Events that only grow the newest group, which the caller already has.
        QVERIFY(appendAll(store, {insert(1, {"z"})}));
        u = index.indexNew();
        QCOMPARE(u.grownGroups, (QList<QPair<int, int>> {{2, 1}}));
        QCOMPARE(u.changedGroups, QList<int> {2});

        // Indexing in one go gives the same groups.
        TransactionIndex once(&store);
        once.indexNew();
        QCOMPARE(once.groupCount(), index.groupCount());
        for (int g = 0; g < once.groupCount(); ++g) {
            QCOMPARE(once.group(g).events, index.group(g).events);
            QCOMPARE(once.group(g).state, index.group(g).state);
            // The size kept as events joined, however they came.
            qint64 bytes = 0;
            for (quint32 e : index.group(g).events)
                bytes += store.entry(e).length;
            QVERIFY(bytes > 0);
            QCOMPARE(index.group(g).bytes, bytes);
            QCOMPARE(once.group(g).bytes, bytes);
        }

        index.clear();
        QCOMPARE(index.groupCount(), 0);
        QCOMPARE(index.indexedEvents(), 0);
        index.indexNew();
        QCOMPARE(index.groupCount(), once.groupCount());
    }

    // Indexed a few events at a time, the real capture ends up in the same
    // groups as in one go, and each call stops at its limit.
    void indexingInSlices()
    {
        EventStore store;
        const RealCapture capture = loadRealCapture(store);
        QVERIFY2(capture.error.isEmpty(), qPrintable(capture.error));
        TransactionIndex once(&store, 1);
        once.indexNew();
        QVERIFY(!once.hasUnindexed());

        TransactionIndex sliced(&store, 1);
        QVERIFY(sliced.hasUnindexed());
        int calls = 0;
        while (sliced.hasUnindexed()) {
            const qsizetype before = sliced.indexedEvents();
            sliced.indexNew(3);
            QCOMPARE(sliced.indexedEvents(), std::min(before + 3, store.size()));
            ++calls;
        }
        QCOMPARE(calls, int((store.size() + 2) / 3));
        QCOMPARE(groupsText(sliced), groupsText(once));
        // Nothing, or less than nothing, indexes nothing.
        TransactionIndex none(&store, 1);
        none.indexNew(0);
        none.indexNew(-5);
        QCOMPARE(none.indexedEvents(), 0);
        QCOMPARE(none.groupCount(), 0);
    }

    // A plain transaction from another node: the Origin message joins it
    // (not as a change) and decodes to the origin's name and commit LSN.
    void originJoinsItsTransaction()
    {
        EventStore store;
        QVERIFY(appendAll(store,
            {
                begin(0x100, 7), // 0
                origin(0x42, "node"), // 1
                relation(5, "public", "t", {"id"}), // 2
                insert(5, {"a"}), // 3
                insert(6, {"b"}), // 4
                commit(0x100, 0x180), // 5
                origin(0x43, "stray"), // 6: outside any transaction
                streamStart(9, true), // 7
                origin(0x44, "streamer"), // 8
                insert(5, {"c"}, 9), // 9
                streamStop(), // 10
                streamCommit(9, 0x200, 0x210), // 11
            }));
        TransactionIndex index(&store, 2);
        index.indexNew();
        QCOMPARE(groupsText(index),
            QStringLiteral("transaction committed 0/100 [0 1 2 3 4 5]; standalone [6]; "
                           "streamed committed 0/200 [7 8 9 10 11]"));
        const TxnGroup &t = index.group(0);
        QCOMPARE(t.xid, 7u);
        QCOMPARE(t.endLsn, Lsn(0x180));
        QCOMPARE(t.commitTime, std::int64_t(Ts));
        QCOMPARE(t.changes, 2u);
        QCOMPARE(index.transactionOf(1), std::optional<int>(0));
        const DecodeResult r = index.decode(1);
        QVERIFY2(r, qPrintable(r.error.toString()));
        const auto *o = std::get_if<Origin>(&*r.message);
        QVERIFY(o);
        QCOMPARE(o->name, QStringLiteral("node"));
        QCOMPARE(o->commitLsn, Lsn(0x42));
        QVERIFY(!index.transactionOf(6));
        QCOMPARE(index.group(2).changes, 1u);
        QCOMPARE(std::get<Origin>(*index.decode(8).message).name, QStringLiteral("streamer"));
    }

    // Two streamed transactions interleave; 20 commits before 10. Aborting
    // subtransaction 11 discards only its changes (a Truncate too), not the
    // Relation it carried nor the changes of its sibling 12.
    void interleavedStreamsCommitOutOfOrder()
    {
        EventStore store;
        QVERIFY(appendAll(store,
            {
                streamStart(10, true), // 0
                relation(1, "public", "t", {"id"}, 11), // 1
                insert(1, {"a"}, 10), // 2
                insert(1, {"b"}, 11), // 3
                insert(1, {"c"}, 12), // 4
                streamStop(), // 5
                streamStart(20, true), // 6
                insert(1, {"d"}, 20), // 7
                streamStop(), // 8
                streamStart(10, false), // 9
                insert(1, {"e"}, 10), // 10
                truncate({1}, 11), // 11
                streamStop(), // 12
                streamAbort(10, 11), // 13
                streamCommit(20, 0x300, 0x310), // 14
                streamCommit(10, 0x400, 0x410), // 15
            }));
        TransactionIndex index(&store, 2);
        index.indexNew();
        QCOMPARE(groupsText(index),
            QStringLiteral("streamed committed 0/400 [0 1 2 3 4 5 9 10 11 12 13 15]; "
                           "streamed committed 0/300 [6 7 8 14]"));
        QCOMPARE(index.group(0).xid, 10u);
        QCOMPARE(index.group(0).changes, 3u);
        QCOMPARE(index.group(0).endLsn, Lsn(0x410));
        QCOMPARE(index.group(0).commitTime, std::int64_t(Ts));
        QCOMPARE(index.group(1).xid, 20u);
        QCOMPARE(index.group(1).changes, 1u);
        QCOMPARE(index.group(1).endLsn, Lsn(0x310));
        for (qsizetype e = 0; e < store.size(); ++e)
            QCOMPARE(index.isDiscarded(e), e == 3 || e == 11);
        // The surviving changes, in stream order, with the (sub)transaction
        // each names.
        QList<QPair<QByteArray, std::uint32_t>> kept;
        for (quint32 e : index.group(0).events) {
            if (index.isDiscarded(e))
                continue;
            const DecodeResult r = index.decode(e);
            QVERIFY2(r, qPrintable(r.error.toString()));
            if (const auto *ins = std::get_if<Insert>(&*r.message))
                kept << qMakePair(ins->newTuple.columns[0].bytes.toByteArray(), ins->xid.value_or(0));
        }
        QCOMPARE(kept,
            (QList<QPair<QByteArray, std::uint32_t>> {
                {QByteArray("a"), 10}, {QByteArray("c"), 12}, {QByteArray("e"), 10}}));
        QVERIFY(index.relationAt(10, 1));
        QCOMPARE(index.groupEndingAt(Lsn(0x310)), std::optional<int>(1));
        QCOMPARE(index.groupEndingAt(Lsn(0x410)), std::optional<int>(0));
    }

    // proto 4, streaming=parallel: a Stream Abort says where and when; a
    // subtransaction's abort does not move the transaction's position.
    void parallelStreamAbortLsnAndTime()
    {
        EventStore store;
        QVERIFY(appendAll(store,
            {
                streamStart(10, true), // 0
                insert(1, {"a"}, 10), // 1
                insert(1, {"b"}, 12), // 2
                streamStop(), // 3
                streamAbort(10, 12, 0x480, 66), // 4
                streamAbort(10, 10, 0x500, 77), // 5
            }));
        TransactionIndex index(&store, 4, true);
        index.indexNew();
        QCOMPARE(groupsText(index), QStringLiteral("streamed aborted 0/500 [0 1 2 3 4 5]"));
        QCOMPARE(index.group(0).commitTime, std::int64_t(77));
        QCOMPARE(index.group(0).changes, 1u);
        QVERIFY(!index.group(0).endLsn.isValid());
        QVERIFY(index.isDiscarded(2));
        QVERIFY(!index.isDiscarded(1));
        // Nothing to acknowledge: an abort has no end.
        QVERIFY(!index.groupEndingAt(Lsn(0x500)));
        QVERIFY(!index.groupEndingAt(Lsn()));
        const auto decoded = index.decode(5);
        QVERIFY(decoded.message);
        const auto &abort = std::get<StreamAbort>(*decoded.message);
        QCOMPARE(abort.abortLsn, std::optional<Lsn>(Lsn(0x500)));

        // Without streaming=parallel the abort carries neither.
        EventStore plain;
        QVERIFY(appendAll(
            plain, {streamStart(10, true), insert(1, {"a"}, 10), streamStop(), streamAbort(10, 10)}));
        TransactionIndex plainIndex(&plain, 2);
        plainIndex.indexNew();
        QCOMPARE(groupsText(plainIndex), QStringLiteral("streamed aborted 0/0 [0 1 2 3]"));
        QCOMPARE(plainIndex.group(0).commitTime, std::int64_t(0));
        QCOMPARE(plainIndex.group(0).changes, 1u);
    }

    // Streams that do not fit the protocol still group every event once.
    void misfits_data()
    {
        QTest::addColumn<QList<QByteArray>>("payloads");
        QTest::addColumn<QString>("groups");
        QTest::newRow("insert outside")
            << QList<QByteArray> {insert(1, {"a"})} << QStringLiteral("standalone [0]");
        QTest::newRow("commit without begin")
            << QList<QByteArray> {commit(0x10, 0x20)} << QStringLiteral("transaction committed 0/10 [0]");
        QTest::newRow("commit LSN differs") << QList<QByteArray> {begin(0x10, 1), commit(0x11, 0x20)}
                                            << QStringLiteral("transaction committed 0/11 [0 1]");
        QTest::newRow("begin while open")
            << QList<QByteArray> {begin(0x10, 1), insert(1, {"a"}), begin(0x20, 2), insert(1, {"b"}),
                   commit(0x20, 0x30)}
            << QStringLiteral("transaction incomplete 0/10 [0 1]; transaction committed 0/20 [2 3 4]");
        QTest::newRow("begin prepare while open")
            << QList<QByteArray> {begin(0x10, 1), beginPrepare(0x20, 0x30, 2, "g"), insert(1, {"a"}),
                   prepare(0x20, 0x30, 2, "g")}
            << QStringLiteral("transaction incomplete 0/10 [0]; two-phase prepared 0/20 [1 2 3]");
        QTest::newRow("stream commit unknown")
            << QList<QByteArray> {streamCommit(5, 0x1, 0x2)} << QStringLiteral("streamed committed 0/1 [0]");
        QTest::newRow("stream abort unknown")
            << QList<QByteArray> {streamAbort(5, 6)} << QStringLiteral("streamed in progress 0/0 [0]");
        QTest::newRow("stop without start")
            << QList<QByteArray> {streamStop()} << QStringLiteral("standalone [0]");
        QTest::newRow("origin outside")
            << QList<QByteArray> {origin(0x1, "x")} << QStringLiteral("standalone [0]");
        QTest::newRow("undecodable just before stop")
            << QList<QByteArray> {streamStart(5, true), insert(1, {"a"}, 5), QByteArray("Zz"), streamStop(),
                   streamCommit(5, 0x40, 0x50)}
            << QStringLiteral("streamed committed 0/40 [0 1 3 4]; standalone [2]");
        QTest::newRow("prepare without begin") << QList<QByteArray> {prepare(0x20, 0x30, 2, "g"),
            commitPrepared(0x40, 0x50, 2, "g")} << QStringLiteral("two-phase committed prepared 0/20 [0 1]");
    }
    void misfits()
    {
        QFETCH(QList<QByteArray>, payloads);
        QFETCH(QString, groups);
        EventStore store;
        QVERIFY(appendAll(store, payloads));
        TransactionIndex index(&store, 3);
        index.indexNew();
        QCOMPARE(groupsText(index), groups);
        QCOMPARE(index.indexedEvents(), store.size());
        for (qsizetype e = 0; e < store.size(); ++e)
            QVERIFY(index.rowInGroup(e) >= 0);
    }

    // clear() forgets open chunks, prepared GIDs and the open transaction.
    void clearForgetsEverything()
    {
        EventStore store;
        QVERIFY(appendAll(store,
            {streamStart(10, true), insert(1, {"a"}, 10), streamStop(), beginPrepare(0x1, 0x2, 3, "g"),
                prepare(0x1, 0x2, 3, "g"), begin(0x10, 4)}));
        TransactionIndex index(&store, 3);
        index.indexNew();
        const QString before = groupsText(index);
        QCOMPARE(before,
            QStringLiteral("streamed in progress 0/0 [0 1 2]; two-phase prepared 0/1 [3 4]; "
                           "transaction in progress 0/10 [5]"));
        index.clear();
        QCOMPARE(index.groupCount(), 0);
        QCOMPARE(index.indexedEvents(), 0);
        QVERIFY(index.markOpenIncomplete().isEmpty());
        // Indexed again from the start, the same groups come back.
        index.indexNew();
        QCOMPARE(groupsText(index), before);
    }

    void undecodablePayloads_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::newRow("unknown tag") << QByteArray("Zabc");
        QTest::newRow("truncated begin") << QByteArray("B\0\0\0", 4);
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("insert with huge column count") << QByteArray(Bytes('I').i32(1).u8('N').i16(0x7fff));
        QTest::newRow("trailing bytes") << QByteArray(Bytes('E').u8(0));
    }
    void undecodablePayloads()
    {
        QFETCH(QByteArray, payload);
        EventStore store;
        QVERIFY(appendAll(store, {begin(0x100, 3)}));
        QVERIFY(store.append(xlog(payload)));
        QVERIFY(appendAll(store, {insert(1, {"a"}), commit(0x100, 0x110)}));
        TransactionIndex index(&store);
        index.indexNew();
        QCOMPARE(index.groupCount(), 2);
        QCOMPARE(index.group(1).kind, TxnGroup::Kind::Standalone);
        QCOMPARE(index.group(1).events, std::vector<quint32> {1});
        QVERIFY(!index.isDiscarded(1));
        const DecodeResult r = index.decode(1);
        QVERIFY(!r);
        QVERIFY(!r.error.toString().isEmpty());
        // The transaction around it is not disturbed.
        QCOMPARE(index.group(0).events, (std::vector<quint32> {0, 2, 3}));
        QCOMPARE(index.group(0).state, TxnState::Committed);
        QCOMPARE(index.group(0).changes, 1u);
    }
};

QTEST_GUILESS_MAIN(TestTransactionIndex)
#include "tst_transactionindex.moc"
