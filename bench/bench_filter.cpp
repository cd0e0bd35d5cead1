// Filtering a million events end to end: a store of realistic transactions
// (inserts, updates, deletes on a few tables, messages, keepalives) shown in
// the main window's list view through the filter proxy; for each kind of filter, the time
// from setSpec() to the rows shown, the longest event-loop slice the filter
// took, and the longest stall a timer on the event loop saw, each against
// the target of one second (and 50 ms for a stall).
#include "models/EventFilterProxy.h"
#include "models/EventListModel.h"
#include "models/TreeFlattener.h"
#include "panes/EventTableView.h"
#include "store/EventStore.h"
#include "txn/TransactionIndex.h"

#include "StreamEvents.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <cstdio>
#include <random>

using namespace pgrepl;
using namespace pgrepl::test;
using pgrepl::ui::EventFilterProxy;
using pgrepl::ui::EventListModel;
using pgrepl::ui::EventTableView;
using pgrepl::ui::TreeFlattener;

namespace {

constexpr qsizetype kEvents = 1000000;
constexpr double kTargetMs = 1000.0;
constexpr double kStallTargetMs = 50.0;

// The key "id" is an int4, every other column text.
struct Table
{
    quint32 oid;
    const char *nsp;
    const char *rel;
    QList<Column> columns;
};

const QList<Table> kTables {
    {16384, "public", "customers", {{"id", 23}, "name", "email", "city"}},
    {16390, "public", "orders", {{"id", 23}, "customer_id", "status", "total", "note"}},
    {16400, "public", "order_items", {{"id", 23}, "order_id", "sku", "qty", "price"}},
    {16410, "audit", "events", {{"id", 23}, "kind", "payload"}},
};

const char *const kNames[] = {"alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi"};
const char *const kCities[] = {"Lisbon", "Oslo", "Quito", "Hanoi", "Perth", "Accra"};
const char *const kStatus[] = {"new", "paid", "shipped", "cancelled"};

QList<QByteArray> rowFor(const Table &t, quint32 id, std::mt19937 &rng)
{
    QList<QByteArray> v;
    const auto pick = [&](int n) { return int(rng() % quint32(n)); };
    v << QByteArray::number(id);
    if (t.oid == 16384) {
        const char *name = kNames[pick(8)];
        v << QByteArray(name) + ' ' + QByteArray::number(id % 997);
        v << QByteArray(name) + QByteArray::number(id) + "@example.com";
        v << kCities[pick(6)];
    } else if (t.oid == 16390) {
        v << QByteArray::number(rng() % 50000) << kStatus[pick(4)]
          << QByteArray::number(double(rng() % 100000) / 100.0, 'f', 2)
          << (pick(10) == 0 ? QByteArray("gift wrap, leave at the door") : QByteArray());
    } else if (t.oid == 16400) {
        v << QByteArray::number(rng() % 200000) << "SKU-" + QByteArray::number(rng() % 5000)
          << QByteArray::number(1 + pick(5)) << QByteArray::number(double(rng() % 20000) / 100.0, 'f', 2);
    } else {
        v << "login"
          << R"({"ip":"10.0.)" + QByteArray::number(pick(255)) + R"(.1","agent":"curl/8.0"})";
    }
    return v;
}

// A million events: Relation messages first, then transactions of 1 to 12
// changes, a keepalive every ~40 events, a logical message now and then.
void fill(EventStore &store, quint32 &middleXid, Lsn &lsnFrom, Lsn &lsnTo)
{
    std::mt19937 rng(42);
    quint64 lsn = 0x16B0000;
    qint64 t = 1700000000000000;
    quint32 xid = 7000;
    quint32 nextId = 1;
    StreamEventBatch batch;
    auto flush = [&] {
        store.append(batch);
        batch.clear();
    };
    for (const Table &tb : kTables)
        batch << xlog(relation(tb.oid, tb.nsp, tb.rel, tb.columns), lsn += 0x40, t += 10);
    qsizetype count = batch.size();
    qsizetype sinceKeepalive = 0;
    while (count < kEvents) {
        if (count >= kEvents / 2 && !middleXid)
            middleXid = xid;
        if (count >= kEvents * 40 / 100 && !lsnFrom.isValid())
            lsnFrom = Lsn(lsn);
        if (count >= kEvents * 41 / 100 && !lsnTo.isValid())
            lsnTo = Lsn(lsn);
        const int changes = 1 + int(rng() % 12);
        const quint64 commitLsn = lsn + quint64(changes + 1) * 0x80;
        t += 5;
        batch << xlog(begin(commitLsn, xid, quint64(t)), lsn += 0x28, t);
        for (int c = 0; c < changes; ++c) {
            const Table &tb = kTables[int(rng() % 4)];
            const int kind = int(rng() % 10); // 6 inserts, 3 updates, 1 delete in 10
            QByteArray p;
            if (rng() % 200 == 0)
                p = message(true, lsn, "app/audit", "checkout finished");
            else if (kind < 6)
                p = insert(tb.oid, rowFor(tb, nextId++, rng));
            else if (kind < 9)
                p = update(tb.oid, rowFor(tb, 1 + rng() % nextId, rng));
            else
                p = deleteRow(tb.oid, {QByteArray::number(1 + rng() % nextId)});
            batch << xlog(p, lsn += 0x80, t += 3);
        }
        t += 5;
        batch << xlog(commit(commitLsn, commitLsn + 0x30, quint64(t)), commitLsn, t);
        lsn = commitLsn + 0x30;
        ++xid;
        count += changes + 2;
        sinceKeepalive += changes + 2;
        if (sinceKeepalive >= 40) {
            t += 100;
            batch << keepalive(lsn, quint64(t), t);
            ++count;
            sinceKeepalive = 0;
        }
        if (batch.size() > 10000)
            flush();
    }
    flush();
}

// The longest time between two turns of the event loop while it runs.
class StallProbe final : public QObject
{
public:
    StallProbe()
    {
        m_timer.setInterval(0);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longest = qMax(m_longest, now - m_last);
            m_last = now;
        });
    }
    void start()
    {
        m_longest = 0;
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    double stopMs()
    {
        m_timer.stop();
        return double(m_longest) / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    EventStore store;
    TransactionIndex index(&store, 1);
    quint32 middleXid = 0;
    Lsn lsnFrom;
    Lsn lsnTo;
    QElapsedTimer clock;
    clock.start();
    fill(store, middleXid, lsnFrom, lsnTo);
    const double fillMs = double(clock.nsecsElapsed()) / 1e6;
    EventListModel model(&store, &index);
    clock.restart();
    model.refresh();
    const double indexMs = double(clock.nsecsElapsed()) / 1e6;
    EventFilterProxy proxy;
    proxy.setSourceModel(&model);
    // The main window's view: a table over the flattened tree.
    TreeFlattener flat;
    flat.setSourceModel(&proxy);
    EventTableView view;
    view.setModel(&flat);
    view.resize(1200, 800);
    view.show();
    // A few transactions open, as a user would have them.
    for (int r = 0; r < 5; ++r)
        flat.setExpanded(proxy.index(r * 1000, 0), true);
    QCoreApplication::processEvents();

    std::printf("store: %lld events in %d groups (built in %.0f ms, indexed in %.0f ms), %.1f MiB\n",
        static_cast<long long>(store.size()), index.groupCount(), fillMs, indexMs,
        double(store.stats().totalBytes()) / (1024.0 * 1024.0));
    std::printf("targets: a filter shown within %.0f ms; no event-loop stall over %.0f ms\n\n", kTargetMs,
        kStallTargetMs);
    std::printf("%-30s %10s %12s %9s %9s %11s %11s %8s\n", "filter", "rows", "events/s", "ms", "x 1 s",
        "slice ms", "stall ms", "slices");

    StallProbe probe;
    auto run = [&](const char *name, const EventFilterSpec &spec) {
        QEventLoop loop;
        const auto c
            = QObject::connect(&proxy, &EventFilterProxy::filteringFinished, &loop, &QEventLoop::quit);
        probe.start();
        clock.restart();
        proxy.setSpec(spec);
        if (proxy.isFiltering())
            loop.exec();
        // The view lays its rows out on the next turn: part of the answer.
        QCoreApplication::processEvents();
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        const double stall = probe.stopMs();
        QObject::disconnect(c);
        const EventFilterProxy::PassStats s = proxy.lastPass();
        std::printf("%-30s %10d %12.0f %9.1f %9.3f %11.1f %11.1f %8d\n", name, proxy.rowCount(),
            double(s.events) / (ms / 1000.0), ms, ms / kTargetMs, double(s.longestSliceUs) / 1000.0, stall,
            s.slices);
    };

    EventFilterSpec spec;
    spec.operations = EventFilterSpec::Delete;
    run("operation: Delete", spec);
    spec = {};
    run("clear", spec);
    spec.operations = EventFilterSpec::Insert | EventFilterSpec::Update;
    run("operations: Insert+Update", spec);
    spec = {};
    spec.table = QStringLiteral("order_items");
    run("table: order_items", spec);
    spec.tableExact = true;
    spec.table = QStringLiteral("audit.events");
    run("table exact: audit.events", spec);
    spec = {};
    spec.xid = middleXid;
    run("xid (one transaction)", spec);
    spec = {};
    spec.lsnFrom = lsnFrom;
    spec.lsnTo = lsnTo;
    run("LSN range (1%)", spec);
    spec = {};
    spec.text = QStringLiteral("grace 42");
    run("text in values: rare", spec);
    spec.text = QStringLiteral("lisbon");
    run("text in values: common", spec);
    spec.text = QStringLiteral("checkout");
    run("text: message content", spec);
    spec = {};
    spec.text = QStringLiteral("gift");
    spec.operations = EventFilterSpec::Insert;
    spec.table = QStringLiteral("orders");
    run("table + op + text", spec);
    spec = {};
    spec.operations = EventFilterSpec::Keepalive;
    run("operation: Keepalive", spec);
    spec = {};
    run("clear", spec);
    return 0;
}
