// The event filter on a hand-built stream (each criterion alone and
// combined, streamed changes, binary values, a renamed table, marks), its
// incremental evaluation (deadlines, live appends), and on a real
// PostgreSQL 15 capture against answers worked out by decoding every event.
#include "store/EventStore.h"
#include "txn/EventFilter.h"
#include "txn/TransactionIndex.h"

#include "DemoCapture.h"
#include "StreamEvents.h"

#include <QtTest>

#include <set>

using namespace pgrepl;
using namespace pgrepl::pgoutput;
using namespace pgrepl::test;

Q_DECLARE_METATYPE(std::vector<qsizetype>)

namespace {

using Bytes = pgrepl::test::PgoutputBytes;

// The hand-built stream (protocol 2). Event numbers are what the tests'
// expectations name.
StreamEventBatch handBuilt()
{
    StreamEventBatch s;
    s << keepalive(0x100); // 0
    s << xlog(relation(100, "public", "accounts", {{"id", 23}, {"name", 25}}), 0x800); // 1
    s << xlog(relation(200, "Shop", "Orders", {{"id", 23}, {"note", 25}}), 0x800); // 2
    s << xlog(begin(0x1000, 500), 0x900); // 3
    s << xlog(insert(100, {"1", "alice"}), 0x910); // 4
    s << xlog(insert(200, {"7", "Rush ORDER"}), 0x920); // 5
    s << xlog(commit(0x1000, 0x1010), 0x1000); // 6
    s << xlog(begin(0x2100, 501), 0x2000); // 7
    s << xlog(update(100, {"1", "bob"}), 0x2010); // 8
    s << xlog(deleteRow(200, {"7"}), 0x2020); // 9
    s << xlog(truncate({100, 200}), 0x2030); // 10
    s << xlog(message(true, 0x2040, "audit", "hello world"), 0x2040); // 11
    s << xlog(commit(0x2100, 0x2110), 0x2100); // 12
    s << xlog(message(false, 0x3000, "ping", "pong"), 0x3000); // 13
    s << keepalive(0x3100); // 14
    s << xlog(streamStart(600, true), 0x3200); // 15
    s << xlog(insert(100, {"2", "carol"}, 600), 0x3210); // 16
    s << xlog(streamStop(), 0x3220); // 17
    s << xlog(streamCommit(600, 0x3300, 0x3310), 0x3300); // 18
    s << xlog(relation(100, "public", "clients", {{"id", 23}, {"name", 25}}), 0x3400); // 19
    s << xlog(begin(0x3500, 502), 0x3410); // 20
    s << xlog(
        Bytes('I').i32(100).u8('N').i16(2).col('b', QByteArray("\x00\x00\x30\x39", 4)).text('t', "dave"),
        0x3420); // 21: 12345 as a binary int4
    s << xlog(commit(0x3500, 0x3510), 0x3500); // 22
    s << notice("WARNING: disk nearly full"); // 23
    return s;
}

std::vector<qsizetype> matching(EventFilter &f, qsizetype count)
{
    std::vector<qsizetype> out;
    for (qsizetype e = 0; e < count; ++e)
        if (f.acceptsEvent(e))
            out.push_back(e);
    return out;
}

// Marks for the filter, as a test sets them.
class FakeMarks final : public EventFilter::MarkSource
{
public:
    explicit FakeMarks(const TransactionIndex *index) : m_index(index) { }
    bool isEventMarked(qsizetype event) const override
    {
        return events.count(event) || groups.count(m_index->groupOf(event));
    }
    bool isGroupMarked(int group) const override { return groups.count(group); }
    int markedEventsIn(int group) const override
    {
        int n = 0;
        for (qsizetype e : events)
            n += m_index->groupOf(e) == group;
        return n;
    }
    std::set<qsizetype> events;
    std::set<int> groups;

private:
    const TransactionIndex *m_index;
};

} // namespace

class TestEventFilter : public QObject
{
    Q_OBJECT

private slots:
    void criteria_data()
    {
        QTest::addColumn<EventFilterSpec>("spec");
        QTest::addColumn<std::vector<qsizetype>>("expected");
        const std::vector<qsizetype> all = [] {
            std::vector<qsizetype> v;
            for (qsizetype e = 0; e < 24; ++e)
                v.push_back(e);
            return v;
        }();

        EventFilterSpec s;
        QTest::newRow("empty") << s << all;

        s = {};
        s.operations = EventFilterSpec::Insert;
        QTest::newRow("inserts, streamed too") << s << std::vector<qsizetype> {4, 5, 16, 21};
        s.operations = EventFilterSpec::Update | EventFilterSpec::Delete;
        QTest::newRow("updates and deletes") << s << std::vector<qsizetype> {8, 9};
        s.operations = EventFilterSpec::Truncate | EventFilterSpec::Message;
        QTest::newRow("truncates and messages") << s << std::vector<qsizetype> {10, 11, 13};
        s.operations = EventFilterSpec::Keepalive;
        QTest::newRow("keepalives") << s << std::vector<qsizetype> {0, 14};

        s = {};
        s.xid = 501;
        QTest::newRow("xid") << s << std::vector<qsizetype> {7, 8, 9, 10, 11, 12};
        s.xid = 600;
        QTest::newRow("xid of a streamed transaction") << s << std::vector<qsizetype> {15, 16, 17, 18};
        s.xid = 999;
        QTest::newRow("xid of nothing") << s << std::vector<qsizetype> {};

        s = {};
        s.lsnFrom = Lsn(0x2010);
        s.lsnTo = Lsn(0x2040);
        QTest::newRow("LSN range, inclusive") << s << std::vector<qsizetype> {8, 9, 10, 11};
        s.lsnTo.reset();
        s.lsnFrom = Lsn(0x3300);
        QTest::newRow("LSN from") << s << std::vector<qsizetype> {18, 19, 20, 21, 22};
        s.lsnFrom.reset();
        s.lsnTo = Lsn(0x100);
        QTest::newRow("LSN to: a keepalive's WAL end") << s << std::vector<qsizetype> {0};

        s = {};
        s.table = QStringLiteral("ACCOUNTS");
        QTest::newRow("table, any case, until renamed") << s << std::vector<qsizetype> {1, 4, 8, 10, 16};
        s.table = QStringLiteral("public.clients");
        QTest::newRow("table after the rename") << s << std::vector<qsizetype> {19, 21};
        s.table = QStringLiteral("shop.orders");
        s.tableExact = true;
        QTest::newRow("exact is case-sensitive") << s << std::vector<qsizetype> {};
        s.table = QStringLiteral("Shop.Orders");
        QTest::newRow("exact, unquoted") << s << std::vector<qsizetype> {2, 5, 9, 10};
        s.table = QStringLiteral("\"Shop\".\"Orders\"");
        QTest::newRow("exact, quoted as PostgreSQL does") << s << std::vector<qsizetype> {2, 5, 9, 10};
        s.table = QStringLiteral("Orders");
        QTest::newRow("exact, the table alone") << s << std::vector<qsizetype> {2, 5, 9, 10};
        s.table = QStringLiteral("Order");
        QTest::newRow("exact is not a substring") << s << std::vector<qsizetype> {};

        s = {};
        s.text = QStringLiteral("rush order");
        QTest::newRow("text in a value, any case") << s << std::vector<qsizetype> {5};
        s.text = QStringLiteral("carol");
        QTest::newRow("text in a streamed change") << s << std::vector<qsizetype> {16};
        s.text = QStringLiteral("2345");
        QTest::newRow("text in a binary value, as printed") << s << std::vector<qsizetype> {21};
        s.text = QStringLiteral("7");
        QTest::newRow("text in a key of a delete") << s << std::vector<qsizetype> {5, 9};
        s.text = QStringLiteral("AUDIT");
        QTest::newRow("message prefix") << s << std::vector<qsizetype> {11};
        s.text = QStringLiteral("pong");
        QTest::newRow("message content") << s << std::vector<qsizetype> {13};
        s.text = QStringLiteral("nearly");
        QTest::newRow("notice") << s << std::vector<qsizetype> {23};
        s.text = QStringLiteral("accounts");
        QTest::newRow("text is not a table name") << s << std::vector<qsizetype> {};

        s = {};
        s.operations = EventFilterSpec::Insert;
        s.table = QStringLiteral("accounts");
        s.lsnFrom = Lsn(0x3000);
        QTest::newRow("criteria combine with AND") << s << std::vector<qsizetype> {16};
        s.text = QStringLiteral("alice");
        QTest::newRow("AND with nothing left") << s << std::vector<qsizetype> {};
    }

    void criteria()
    {
        QFETCH(EventFilterSpec, spec);
        QFETCH(std::vector<qsizetype>, expected);
        EventStore store;
        TransactionIndex index(&store, 2);
        const StreamEventBatch stream = handBuilt();
        QCOMPARE(store.append(stream), stream.size());
        index.indexNew();
        QCOMPARE(index.indexedEvents(), 24);

        EventFilter filter(&store, &index, spec);
        QVERIFY(filter.evaluate());
        QVERIFY(filter.isCaughtUp());
        QCOMPARE(matching(filter, store.size()), expected);
        if (spec.needsEvaluation())
            QCOMPARE(filter.matchCount(), qsizetype(expected.size()));
        // A group holds a match exactly when one of its events matches.
        for (int g = 0; g < index.groupCount(); ++g) {
            bool any = false;
            for (quint32 e : index.group(g).events)
                any |= std::find(expected.cbegin(), expected.cend(), qsizetype(e)) != expected.cend();
            QCOMPARE(filter.acceptsGroup(g), any);
        }
        QVERIFY(!filter.acceptsEvent(-1));
        QVERIFY(!filter.acceptsGroup(-1));
        QVERIFY(!filter.acceptsGroup(index.groupCount()));
    }

    // "Marked only": alone, with other criteria, and through a transaction.
    void markedOnly()
    {
        EventStore store;
        TransactionIndex index(&store, 2);
        store.append(handBuilt());
        index.indexNew();
        FakeMarks marks(&index);
        EventFilterSpec spec;
        spec.markedOnly = true;
        QVERIFY(!spec.needsEvaluation());
        QVERIFY(!spec.isEmpty());
        EventFilter filter(&store, &index, spec);
        QVERIFY(filter.evaluate());
        QCOMPARE(matching(filter, store.size()), std::vector<qsizetype> {}); // no marks source yet
        filter.setMarks(&marks);
        QCOMPARE(matching(filter, store.size()), std::vector<qsizetype> {});

        marks.events = {5, 13};
        QCOMPARE(matching(filter, store.size()), (std::vector<qsizetype> {5, 13}));
        const int txn500 = index.groupOf(5);
        QVERIFY(filter.acceptsGroup(txn500));
        QVERIFY(!filter.acceptsGroup(index.groupOf(8)));
        marks.groups = {index.groupOf(8)};
        QCOMPARE(matching(filter, store.size()), (std::vector<qsizetype> {5, 7, 8, 9, 10, 11, 12, 13}));
        QVERIFY(filter.acceptsGroup(index.groupOf(8)));

        // With another criterion: both must hold, and marks are read at
        // once, with no new pass.
        spec.operations = EventFilterSpec::Insert | EventFilterSpec::Delete;
        EventFilter both(&store, &index, spec);
        both.setMarks(&marks);
        QVERIFY(both.evaluate());
        QCOMPARE(matching(both, store.size()), (std::vector<qsizetype> {5, 9}));
        marks.events.erase(5);
        QCOMPARE(matching(both, store.size()), (std::vector<qsizetype> {9}));
        QVERIFY(!both.acceptsGroup(txn500));
        marks.events.insert(4);
        QVERIFY(both.acceptsGroup(txn500));
        QCOMPARE(both.matchCount(), 5); // 4, 5, 9, 16, 21 match the spec itself
    }

    // A pass stopped by its deadline goes on where it stopped, and events
    // appended later are the only ones looked at: the answers equal one
    // pass over everything.
    void incremental_data()
    {
        QTest::addColumn<EventFilterSpec>("spec");
        EventFilterSpec s;
        s.text = QStringLiteral("o");
        QTest::newRow("text") << s;
        s = {};
        s.table = QStringLiteral("accounts");
        QTest::newRow("table") << s;
        s = {};
        s.xid = 600;
        QTest::newRow("xid") << s;
        s = {};
        s.operations = EventFilterSpec::Insert | EventFilterSpec::Keepalive;
        s.lsnFrom = Lsn(0x200);
        QTest::newRow("operations and LSN") << s;
    }

    void incremental()
    {
        QFETCH(EventFilterSpec, spec);
        const StreamEventBatch stream = handBuilt();
        EventStore store;
        TransactionIndex index(&store, 2);
        EventFilter live(&store, &index, spec);

        store.append(stream.mid(0, 16));
        index.indexNew();
        QVERIFY(!live.isCaughtUp());
        QVERIFY(live.evaluate());
        QCOMPARE(live.evaluatedEvents(), 16);

        // Live events arrive in pieces, across a streamed chunk and the rename.
        for (const auto &[first, count] : {std::pair {16, 2}, std::pair {18, 3}, std::pair {21, 3}}) {
            store.append(stream.mid(first, count));
            index.indexNew();
            QVERIFY(!live.isCaughtUp());
            QVERIFY(!live.acceptsEvent(first)); // not looked at yet
            QVERIFY(live.evaluate());
            QCOMPARE(live.evaluatedEvents(), first + count);
        }

        EventFilter once(&store, &index, spec);
        QVERIFY(once.evaluate());
        QCOMPARE(matching(live, store.size()), matching(once, store.size()));
        QVERIFY(!matching(once, store.size()).empty());
        for (int g = 0; g < index.groupCount(); ++g)
            QCOMPARE(live.acceptsGroup(g), once.acceptsGroup(g));
        QCOMPARE(live.matchCount(), once.matchCount());

        live.reset();
        QCOMPARE(live.evaluatedEvents(), 0);
        QVERIFY(!live.acceptsEvent(4));
        QVERIFY(live.evaluate());
        QCOMPARE(matching(live, store.size()), matching(once, store.size()));
    }

    // An expired deadline stops a pass after a few hundred events; the
    // next call goes on from there.
    void deadlineStopsAPass()
    {
        EventStore store;
        TransactionIndex index(&store, 1);
        for (int i = 0; i < 1000; ++i)
            store.append(keepalive(quint64(i + 1)));
        index.indexNew();
        EventFilterSpec spec;
        spec.operations = EventFilterSpec::Keepalive;
        spec.lsnFrom = Lsn(501);
        EventFilter filter(&store, &index, spec);
        QVERIFY(!filter.evaluate(QDeadlineTimer(0)));
        QCOMPARE(filter.evaluatedEvents(), 256);
        QVERIFY(!filter.acceptsEvent(600));
        int calls = 1;
        while (!filter.evaluate(QDeadlineTimer(0)))
            ++calls;
        QCOMPARE(calls, 3);
        QCOMPARE(filter.evaluatedEvents(), 1000);
        QCOMPARE(filter.matchCount(), 500);
        QVERIFY(filter.acceptsEvent(600));
        QVERIFY(!filter.acceptsEvent(499));
    }

    // Bytes that are no pgoutput message match no table or text, and do no harm.
    void hostileBytes()
    {
        EventStore store;
        TransactionIndex index(&store, 1);
        store.append(xlog(relation(100, "public", "t", {{"a", 25}}), 1));
        store.append(xlog(begin(0x10, 7), 2));
        store.append(
            xlog(Bytes('I').i32(100).u8('N').i16(3).text('t', "xy"), 3)); // 3 columns announced, 1 sent
        store.append(
            xlog(Bytes('I').i32(100).u8('N').i16(1).u8('t').i32(1000).raw("xy"), 4)); // length past the end
        store.append(xlog(QByteArray("I"), 5));
        store.append(xlog(Bytes('U').i32(100).u8('Q'), 6));
        store.append(xlog(commit(0x10, 0x20), 7));
        index.indexNew();
        EventFilterSpec spec;
        spec.text = QStringLiteral("xy");
        EventFilter byText(&store, &index, spec);
        QVERIFY(byText.evaluate());
        for (qsizetype e = 2; e < 6; ++e)
            QVERIFY2(!byText.acceptsEvent(e), qPrintable(QString::number(e)));
        spec = {};
        spec.table = QStringLiteral("public.t");
        EventFilter byTable(&store, &index, spec);
        QVERIFY(byTable.evaluate());
        QVERIFY(byTable.acceptsEvent(0));
        QVERIFY(!byTable.acceptsEvent(4)); // too short to name a relation
    }

    // The real capture: every event's answer equals one worked out from
    // the fully decoded change.
    void captureAgainstDecoding_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("text");
        QTest::newRow("text O'Reilly") << QString() << QStringLiteral("o'reilly");
        QTest::newRow("text 12.5") << QString() << QStringLiteral("12.5");
        QTest::newRow("text é (not ASCII)") << QString() << QStringLiteral("HÉLLO");
        QTest::newRow("text 2") << QString() << QStringLiteral("2");
        QTest::newRow("table rif") << QStringLiteral("rif_") << QString();
        QTest::newRow("table golden") << QStringLiteral("pgo_golden.t") << QString();
        QTest::newRow("table and text") << QStringLiteral("mixed") << QStringLiteral("sad");
    }

    void captureAgainstDecoding()
    {
        QFETCH(QString, table);
        QFETCH(QString, text);
        QString error;
        const StreamEventBatch messages = captureMessages(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        EventStore store;
        TransactionIndex index(&store, 1);
        for (const StreamEvent &e : messages)
            QVERIFY(store.append(e));
        index.indexNew();
        QCOMPARE(store.size(), 61);

        EventFilterSpec spec;
        spec.table = table;
        spec.text = text;
        EventFilter filter(&store, &index, spec);
        QVERIFY(filter.evaluate());
        int matches = 0;
        for (qsizetype e = 0; e < store.size(); ++e) {
            const DecodeResult d = index.decode(e);
            QVERIFY(d);
            bool expected = true;
            std::uint32_t oid = 0;
            if (const auto *ins = std::get_if<Insert>(&*d.message))
                oid = ins->relationOid;
            else if (const auto *upd = std::get_if<Update>(&*d.message))
                oid = upd->relationOid;
            else if (const auto *del = std::get_if<Delete>(&*d.message))
                oid = del->relationOid;
            const auto rel = oid ? index.relationAt(e, oid) : std::nullopt;
            const auto view = oid ? describeChange(*d.message, rel, {}) : std::nullopt;
            if (!table.isEmpty()) {
                QStringList names;
                if (rel)
                    names << rel->nspname + u'.' + rel->relname;
                if (const auto *r = std::get_if<Relation>(&*d.message))
                    names << r->nspname + u'.' + r->relname;
                if (const auto *t = std::get_if<Truncate>(&*d.message))
                    for (std::uint32_t o : t->relationOids)
                        if (const auto tr = index.relationAt(e, o))
                            names << tr->nspname + u'.' + tr->relname;
                expected = std::any_of(names.cbegin(), names.cend(),
                    [&](const QString &n) { return n.contains(table, Qt::CaseInsensitive); });
            }
            if (!text.isEmpty() && expected) {
                bool found = false;
                if (view)
                    for (const auto *values : {&view->newValues, &view->oldValues})
                        for (const ColumnValue &v : *values)
                            found |= v.state == ColumnValue::State::Value
                                && v.text.contains(text, Qt::CaseInsensitive);
                if (const auto *m = std::get_if<LogicalMessage>(&*d.message))
                    found = m->prefix.contains(text, Qt::CaseInsensitive)
                        || QString::fromUtf8(m->content).contains(text, Qt::CaseInsensitive);
                expected = found;
            }
            QVERIFY2(filter.acceptsEvent(e) == expected, qPrintable(QStringLiteral("event %1").arg(e)));
            matches += expected;
        }
        QVERIFY(matches > 0);
        QCOMPARE(filter.matchCount(), matches);
    }
};

QTEST_GUILESS_MAIN(TestEventFilter)
#include "tst_eventfilter.moc"
