// TransactionAssembler on message sequences as the server sends them: plain,
// streamed and interleaved, aborted subtransactions, two-phase.
#include "pgoutput/TransactionAssembler.h"

#include <QtTest>

using namespace pgrepl::pgoutput;
using pgrepl::Lsn;

namespace {

Insert insert(std::uint32_t relation, std::optional<std::uint32_t> xid = {})
{
    Insert m;
    m.xid = xid;
    m.relationOid = relation;
    return m;
}

Begin begin(std::uint32_t xid, std::uint64_t finalLsn)
{
    return Begin {Lsn(finalLsn), 1000, xid};
}

Commit commit(std::uint64_t lsn, std::uint64_t end)
{
    return Commit {0, Lsn(lsn), Lsn(end), 2000};
}

QList<std::uint32_t> relations(const Transaction &t)
{
    QList<std::uint32_t> out;
    for (const Change &c : t.changes)
        out.append(std::get<Insert>(c.message).relationOid);
    return out;
}

QString feed(TransactionAssembler &a, const QList<Message> &messages)
{
    QStringList problems;
    for (const Message &m : messages) {
        const QString p = a.add(m);
        if (!p.isEmpty())
            problems.append(p);
    }
    return problems.join(u'\n');
}

} // namespace

class TestPgoutputTransactions : public QObject
{
    Q_OBJECT

private slots:
    void plainTransaction()
    {
        TransactionAssembler a;
        Relation relation;
        relation.oid = 5;
        QCOMPARE(feed(a,
                     {begin(7, 0x100), Origin {Lsn(0x42), QStringLiteral("node")}, relation, insert(5),
                         insert(6), commit(0x100, 0x180)}),
            QString());
        QVERIFY(!a.inTransaction());
        const auto done = a.takeFinished();
        QCOMPARE(done.size(), 1);
        const Transaction &t = done.at(0);
        QCOMPARE(t.outcome, Transaction::Outcome::Committed);
        QCOMPARE(t.xid, 7u);
        QCOMPARE(t.lsn, Lsn(0x100));
        QCOMPARE(t.endLsn, Lsn(0x180));
        QCOMPARE(t.time, 2000);
        QCOMPARE(t.origin, QStringLiteral("node"));
        QCOMPARE(t.originLsn, Lsn(0x42));
        QVERIFY(!t.streamed);
        QCOMPARE(relations(t), QList<std::uint32_t>({5, 6}));
        QCOMPARE(t.changes.at(0).xid, 7u);
        QVERIFY(a.takeFinished().isEmpty());
    }

    void messagesTransactionalOrNot()
    {
        TransactionAssembler a;
        LogicalMessage tx;
        tx.flags = 1;
        tx.prefix = QStringLiteral("in");
        LogicalMessage alone;
        alone.lsn = Lsn(0x99);
        alone.prefix = QStringLiteral("out");
        QCOMPARE(feed(a, {alone, begin(3, 0x200), tx, commit(0x200, 0x210)}), QString());
        const auto done = a.takeFinished();
        QCOMPARE(done.size(), 2);
        QCOMPARE(done.at(0).outcome, Transaction::Outcome::NonTransactional);
        QCOMPARE(done.at(0).lsn, Lsn(0x99));
        QCOMPARE(std::get<LogicalMessage>(done.at(0).changes.at(0).message).prefix, QStringLiteral("out"));
        QCOMPARE(done.at(1).changes.size(), 1);
        QCOMPARE(std::get<LogicalMessage>(done.at(1).changes.at(0).message).prefix, QStringLiteral("in"));
    }

    // Two streamed transactions interleave; aborting subtransaction 11 takes
    // back only its changes; transactions finish in commit order.
    void interleavedStreamsAndSubtransactionAbort()
    {
        TransactionAssembler a;
        const QString problems = feed(a,
            {StreamStart {10, true}, insert(1, 10), insert(2, 11), insert(3, 12), StreamStop {},
                StreamStart {20, true}, insert(4, 20), StreamStop {}, StreamStart {10, false}, insert(5, 10),
                insert(6, 11), StreamStop {}, StreamAbort {10, 11, {}, {}},
                StreamCommit {20, 0, Lsn(0x300), Lsn(0x310), 5},
                StreamCommit {10, 0, Lsn(0x400), Lsn(0x410), 6}});
        QCOMPARE(problems, QString());
        QCOMPARE(a.openStreamedCount(), 0);
        const auto done = a.takeFinished();
        QCOMPARE(done.size(), 2);
        QCOMPARE(done.at(0).xid, 20u);
        QCOMPARE(relations(done.at(0)), QList<std::uint32_t>({4}));
        QCOMPARE(done.at(1).xid, 10u);
        QVERIFY(done.at(1).streamed);
        QCOMPARE(done.at(1).outcome, Transaction::Outcome::Committed);
        QCOMPARE(relations(done.at(1)), QList<std::uint32_t>({1, 3, 5}));
        QCOMPARE(done.at(1).changes.at(1).xid, 12u);
        QCOMPARE(done.at(1).lsn, Lsn(0x400));
        QCOMPARE(done.at(1).endLsn, Lsn(0x410));
        QCOMPARE(done.at(1).time, 6);
    }

    void streamAbortOfTopLevel()
    {
        TransactionAssembler a;
        QCOMPARE(feed(a,
                     {StreamStart {10, true}, insert(1, 10), StreamStop {},
                         StreamAbort {10, 10, Lsn(0x500), std::int64_t(77)}}),
            QString());
        const auto done = a.takeFinished();
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.at(0).outcome, Transaction::Outcome::Aborted);
        QCOMPARE(done.at(0).lsn, Lsn(0x500));
        QCOMPARE(done.at(0).time, 77);
        QCOMPARE(done.at(0).changes.size(), 1);
        QCOMPARE(a.openStreamedCount(), 0);
    }

    void twoPhase()
    {
        TransactionAssembler a;
        const QString g1 = QStringLiteral("g1");
        const QString g2 = QStringLiteral("g2");
        QCOMPARE(feed(a,
                     {BeginPrepare {Lsn(0x10), Lsn(0x20), 1, 30, g1}, insert(1),
                         Prepare {0, Lsn(0x10), Lsn(0x20), 1, 30, g1}}),
            QString());
        QCOMPARE(a.prepared().size(), 1);
        QCOMPARE(feed(a,
                     {BeginPrepare {Lsn(0x30), Lsn(0x40), 2, 31, g2}, insert(2),
                         Prepare {0, Lsn(0x30), Lsn(0x40), 2, 31, g2},
                         CommitPrepared {0, Lsn(0x50), Lsn(0x60), 3, 30, g1},
                         RollbackPrepared {0, Lsn(0x40), Lsn(0x70), 2, 4, 31, g2}}),
            QString());
        QVERIFY(a.prepared().isEmpty());
        const auto done = a.takeFinished();
        QCOMPARE(done.size(), 4);
        QCOMPARE(done.at(0).outcome, Transaction::Outcome::Prepared);
        QCOMPARE(done.at(0).gid, g1);
        QCOMPARE(done.at(0).lsn, Lsn(0x10));
        QCOMPARE(done.at(1).outcome, Transaction::Outcome::Prepared);
        QCOMPARE(done.at(2).outcome, Transaction::Outcome::CommittedPrepared);
        QCOMPARE(done.at(2).gid, g1);
        QCOMPARE(done.at(2).lsn, Lsn(0x50));
        QCOMPARE(done.at(2).endLsn, Lsn(0x60));
        QVERIFY(done.at(2).changesKnown);
        QCOMPARE(relations(done.at(2)), QList<std::uint32_t>({1}));
        QCOMPARE(done.at(3).outcome, Transaction::Outcome::RolledBackPrepared);
        QCOMPARE(done.at(3).gid, g2);
        QCOMPARE(done.at(3).endLsn, Lsn(0x70));
        QCOMPARE(done.at(3).time, 4);
        QCOMPARE(relations(done.at(3)), QList<std::uint32_t>({2}));
    }

    void streamPrepareThenCommitPrepared()
    {
        TransactionAssembler a;
        const QString gid = QStringLiteral("sp");
        QCOMPARE(feed(a,
                     {StreamStart {9, true}, insert(1, 9), StreamStop {},
                         StreamPrepare {0, Lsn(0x10), Lsn(0x20), 1, 9, gid},
                         CommitPrepared {0, Lsn(0x30), Lsn(0x40), 2, 9, gid}}),
            QString());
        const auto done = a.takeFinished();
        QCOMPARE(done.size(), 2);
        QCOMPARE(done.at(0).outcome, Transaction::Outcome::Prepared);
        QVERIFY(done.at(0).streamed);
        QCOMPARE(done.at(1).outcome, Transaction::Outcome::CommittedPrepared);
        QCOMPARE(relations(done.at(1)), QList<std::uint32_t>({1}));
    }

    // A COMMIT PREPARED for a transaction prepared before this stream began.
    void commitPreparedOfUnseenTransaction()
    {
        TransactionAssembler a;
        QCOMPARE(a.add(CommitPrepared {0, Lsn(0x30), Lsn(0x40), 2, 9, QStringLiteral("old")}), QString());
        const auto done = a.takeFinished();
        QCOMPARE(done.size(), 1);
        QVERIFY(!done.at(0).changesKnown);
        QCOMPARE(done.at(0).gid, QStringLiteral("old"));
        QVERIFY(done.at(0).changes.isEmpty());
    }

    void misfitsAreReported_data()
    {
        QTest::addColumn<QList<Message>>("messages");
        QTest::addColumn<QString>("problem");
        QTest::newRow("insert outside")
            << QList<Message> {insert(1)} << QStringLiteral("Insert outside any transaction");
        QTest::newRow("commit without begin")
            << QList<Message> {commit(1, 2)} << QStringLiteral("Commit without a transaction in progress");
        QTest::newRow("commit LSN differs") << QList<Message> {begin(1, 0x10),
            commit(0x11, 0x20)} << QStringLiteral("Commit at 0/11 but the transaction announced 0/10");
        QTest::newRow("begin while open")
            << QList<Message> {begin(1, 0x10), begin(2, 0x20)}
            << QStringLiteral("Begin of xid 2 while xid 1 is still open; its changes are dropped");
        QTest::newRow("stream commit unknown")
            << QList<Message> {StreamCommit {5, 0, Lsn(1), Lsn(2), 0}}
            << QStringLiteral("Stream Commit of xid 5, which sent no chunk");
        QTest::newRow("stream abort unknown") << QList<Message> {StreamAbort {5, 6, {}, {}}}
                                              << QStringLiteral("Stream Abort of xid 5, which sent no chunk");
        QTest::newRow("stop without start")
            << QList<Message> {StreamStop {}} << QStringLiteral("Stream Stop without Stream Start");
        QTest::newRow("origin outside")
            << QList<Message> {Origin {}} << QStringLiteral("Origin outside any transaction");
    }
    void misfitsAreReported()
    {
        QFETCH(QList<Message>, messages);
        QFETCH(QString, problem);
        TransactionAssembler a;
        QCOMPARE(feed(a, messages), problem);
    }

    void clearForgetsEverything()
    {
        TransactionAssembler a;
        feed(a,
            {StreamStart {10, true}, insert(1, 10), StreamStop {},
                BeginPrepare {Lsn(1), Lsn(2), 0, 3, QStringLiteral("g")},
                Prepare {0, Lsn(1), Lsn(2), 0, 3, QStringLiteral("g")}, begin(4, 0x10)});
        QCOMPARE(a.openStreamedCount(), 1);
        QCOMPARE(a.prepared().size(), 1);
        QVERIFY(a.inTransaction());
        a.clear();
        QCOMPARE(a.openStreamedCount(), 0);
        QVERIFY(a.prepared().isEmpty());
        QVERIFY(!a.inTransaction());
    }
};

QTEST_GUILESS_MAIN(TestPgoutputTransactions)
#include "tst_pgoutput_transactions.moc"
