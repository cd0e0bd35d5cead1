// The filter proxy and marks of the event list: filters changing under
// QAbstractItemModelTester while rows keep coming, a pass in slices over a
// large store (progress, restart, live rows during it), marks shown and
// filtered on, and both on a capture file opened the way the application
// opens one.
#include "models/EventFilterProxy.h"
#include "models/EventListModel.h"
#include "store/CaptureReader.h"
#include "store/CaptureWriter.h"
#include "store/EventStore.h"
#include "txn/TransactionIndex.h"

#include "DemoCapture.h"
#include "EventListStack.h"
#include "StreamEvents.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace pgrepl;
using namespace pgrepl::pgoutput;
using namespace pgrepl::test;
using pgrepl::ui::EventFilterProxy;
using pgrepl::ui::EventListModel;

namespace {

// The PostgreSQL 15 capture (proto 1), with LSNs that rise by 0x10 an event
// from 0/10000, so LSN criteria have something to hold on to.
StreamEventBatch captureEvents()
{
    StreamEventBatch out = captureMessages();
    quint64 lsn = 0x10000;
    for (StreamEvent &e : out)
        e.walStart = e.walEnd = Lsn(lsn += 0x10);
    if (out.size() != 61)
        qFatal("unexpected capture contents");
    return out;
}

// count transactions of one insert each into relation 1 ("public.big"),
// the value "row N", with a keepalive after every tenth.
StreamEventBatch bigStream(int count, int firstXid = 1000)
{
    StreamEventBatch out;
    out << xlog(relation(1, "public", "big", {"v"}), 1);
    quint64 lsn = 0x100000;
    for (int i = 0; i < count; ++i) {
        const quint32 xid = quint32(firstXid + i);
        out << xlog(begin(lsn + 0x30, xid), lsn);
        out << xlog(insert(1, {"row " + QByteArray::number(i)}), lsn + 0x10);
        out << xlog(commit(lsn + 0x30, lsn + 0x40), lsn + 0x30);
        lsn += 0x100;
        if (i % 10 == 9)
            out << keepalive(lsn);
    }
    return out;
}

// Every visible row (and visible child) of the proxy, as store events.
QList<qsizetype> visibleEvents(const EventFilterProxy &proxy, const EventListModel &model)
{
    QList<qsizetype> out;
    for (int r = 0; r < proxy.rowCount(); ++r) {
        const QModelIndex top = proxy.index(r, 0);
        const qsizetype e = model.eventAt(proxy.mapToSource(top));
        if (e >= 0)
            out << e;
        // Answered without the children's mapping: must agree with it.
        if (proxy.hasChildren(top) != (proxy.rowCount(top) > 0))
            qFatal("hasChildren() disagrees with rowCount() at row %d", r);
        for (int c = 0; c < proxy.rowCount(top); ++c)
            out << model.eventAt(proxy.mapToSource(proxy.index(c, 0, top)));
    }
    return out;
}

QString cell(const QModelIndex &index, int column)
{
    return index.siblingAtColumn(column).data().toString();
}

} // namespace

class TestFilterProxy : public QObject
{
    Q_OBJECT

    StreamEventBatch m_capture;

private slots:
    void initTestCase() { m_capture = captureEvents(); }

    // Specs change while batches arrive; both models stay consistent for
    // the tester and a view, and every row shown matches.
    void filtersChangingUnderTester()
    {
        EventListStack s;
        auto [store, index, model, proxy] = s.parts();
        QTreeView view;
        view.setModel(&proxy);
        view.show();

        EventFilterSpec inserts;
        inserts.operations = EventFilterSpec::Insert;
        proxy.setSpec(inserts);
        model.appendBatch(StreamEventBatch {keepalive(0x100)} + m_capture.mid(0, 20));
        QTRY_VERIFY(model.rowCount() > 0);
        view.expandAll();
        model.appendBatch(m_capture.mid(20));
        QTRY_COMPARE(store.size(), 62);
        QTRY_COMPARE(index.indexedEvents(), 62);
        view.expandAll();
        QList<qsizetype> shown = visibleEvents(proxy, model);
        QVERIFY(!shown.isEmpty());
        for (qsizetype e : shown)
            QCOMPARE(store.entry(e).tag, quint8('I'));
        // Transactions stay for their matching events; the keepalive goes.
        for (int r = 0; r < proxy.rowCount(); ++r)
            QCOMPARE(proxy.index(r, 0).data(EventListModel::KindRole).toInt(), -1);
        const int insertTransactions = proxy.rowCount();

        // The same numbers the model shows, picked by other criteria.
        EventFilterSpec byTable;
        byTable.table = QStringLiteral("RIF_FULL");
        proxy.setSpec(byTable);
        QVERIFY(!proxy.isFiltering());
        QCOMPARE(proxy.rowCount(), 3);
        const QModelIndex first = proxy.index(0, 0);
        QCOMPARE(proxy.rowCount(first), 4); // Relation, Insert, Update, Delete
        for (int r = 0; r < proxy.rowCount(first); ++r)
            QVERIFY(cell(proxy.index(r, 0, first), EventListModel::RelationColumn)
                        .contains(QStringLiteral("rif_full")));

        EventFilterSpec byXid;
        byXid.xid = 1245;
        proxy.setSpec(byXid);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(cell(proxy.index(0, 0), EventListModel::XidColumn), QStringLiteral("1245"));
        QCOMPARE(proxy.rowCount(proxy.index(0, 0)), model.rowCount(proxy.mapToSource(proxy.index(0, 0))));

        EventFilterSpec byLsn;
        byLsn.lsnFrom = m_capture[3].walStart;
        byLsn.lsnTo = m_capture[4].walStart;
        proxy.setSpec(byLsn);
        QCOMPARE(visibleEvents(proxy, model), (QList<qsizetype> {1 + 3, 1 + 4}));

        proxy.setText(QStringLiteral("O'Reilly"));
        QCOMPARE(proxy.spec().text, QStringLiteral("O'Reilly"));
        QCOMPARE(visibleEvents(proxy, model), (QList<qsizetype> {1 + 3})); // the range holds still
        proxy.setSpec({});
        proxy.setText(QStringLiteral("o'reilly"));
        // The insert, and two updates whose new row holds the value (one of
        // them shows only its changed key in the summary).
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setText(QStringLiteral("no such thing anywhere"));
        QCOMPARE(proxy.rowCount(), 0);

        // Live rows under a filter: only the matching ones appear.
        proxy.setSpec(inserts);
        model.appendBatch(StreamEventBatch {keepalive(0x200)} + m_capture.mid(0, 5));
        QTRY_COMPARE(index.indexedEvents(), 62 + 6);
        QCOMPARE(proxy.rowCount(), insertTransactions + 1);
        view.expandAll();
        for (qsizetype e : visibleEvents(proxy, model))
            QCOMPARE(store.entry(e).tag, quint8('I'));

        // Hiding keepalives is a filter of its own, on top.
        proxy.setSpec({});
        QCOMPARE(proxy.rowCount(), model.rowCount());
        proxy.setHideKeepalives(true);
        QCOMPARE(proxy.rowCount(), model.rowCount() - 2);
        EventFilterSpec keepalives;
        keepalives.operations = EventFilterSpec::Keepalive;
        proxy.setSpec(keepalives);
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setHideKeepalives(false);
        QCOMPARE(proxy.rowCount(), 2);

        model.clear();
        QCOMPARE(proxy.rowCount(), 0);
        model.appendBatch(StreamEventBatch {keepalive(0x300)} + m_capture.mid(0, 5));
        QTRY_COMPARE(model.rowCount(), 2);
        QCOMPARE(proxy.rowCount(), 1);
    }

    // A store over the synchronous limit is filtered in slices: the old
    // rows stay until the pass is done, progress is reported, a new spec
    // cancels the pass under way, and rows arriving meanwhile are included.
    void slicedPass()
    {
        const int transactions = int(EventFilterProxy::kSynchronousEvents / 3) + 5000;
        EventListStack s(1, false);
        auto [store, index, model, proxy] = s.parts();
        QCOMPARE(store.append(bigStream(transactions)), qsizetype(transactions * 3 + transactions / 10 + 1));
        model.refresh();
        const int all = model.rowCount();
        QCOMPARE(proxy.rowCount(), all);

        QSignalSpy started(&proxy, &EventFilterProxy::filteringStarted);
        QSignalSpy progress(&proxy, &EventFilterProxy::progressChanged);
        QSignalSpy finished(&proxy, &EventFilterProxy::filteringFinished);
        EventFilterSpec first;
        first.text = QStringLiteral("row 1");
        proxy.setSpec(first);
        QVERIFY(proxy.isFiltering());
        QCOMPARE(started.size(), 1);
        QCOMPARE(proxy.rowCount(), all); // the old rows until it is done
        QCOMPARE(proxy.progress(), 0);

        // Typing on: the first pass is dropped.
        EventFilterSpec second;
        second.text = QStringLiteral("row 12");
        proxy.setSpec(second);
        QCOMPARE(started.size(), 2);
        // Rows arriving during the pass: one more match among them.
        model.appendBatch(bigStream(1, 5000000).mid(1)
            + StreamEventBatch {
                xlog(begin(9, 77), 9), xlog(insert(1, {"row 12 again"}), 10), xlog(commit(9, 10), 11)});
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.size(), 1);
        QTRY_COMPARE(index.indexedEvents(), store.size());
        QVERIFY(!proxy.isFiltering());
        QCOMPARE(proxy.progress(), 100);
        QVERIFY(progress.size() >= 3); // 0, something on the way, 100
        QCOMPARE(progress.last().at(0).toInt(), 100);
        for (const auto &args : std::as_const(progress))
            QVERIFY(args.at(0).toInt() >= 0 && args.at(0).toInt() <= 100);
        // "row 12", "row 120".."row 129", "row 1200".."row 1299", the 12000s
        // up to the count, and the one that came during the pass.
        int expected = 0;
        for (int i = 0; i < transactions; ++i)
            expected += QByteArray::number(i).startsWith("12") ? 1 : 0;
        QCOMPARE(proxy.rowCount(), expected + 1);
        const EventFilterProxy::PassStats stats = proxy.lastPass();
        // The rows that came during the pass may have been in it or
        // filtered as they arrived.
        QVERIFY(stats.events >= qsizetype(transactions) * 3);
        QVERIFY(stats.matches == expected || stats.matches == expected + 1);
        QVERIFY(stats.slices >= 1);
        QVERIFY(stats.longestSliceUs > 0);
        QVERIFY(stats.elapsedUs >= stats.longestSliceUs);
        for (int r = 0; r < proxy.rowCount(); ++r) {
            const QModelIndex txn = proxy.index(r, 0);
            QCOMPARE(proxy.rowCount(txn), 1);
            QVERIFY(cell(proxy.index(0, 0, txn), EventListModel::SummaryColumn)
                        .contains(QStringLiteral("row 12")));
        }
    }

    // A large append under a filter (a capture opened while one is set):
    // its rows show once the filter has caught up, in slices.
    void largeAppendUnderAFilter()
    {
        EventListStack s(1, false);
        auto [store, index, model, proxy] = s.parts();
        EventFilterSpec spec;
        spec.xid = 1000 + 5555;
        proxy.setSpec(spec);
        QSignalSpy finished(&proxy, &EventFilterProxy::filteringFinished);
        const int transactions = int(EventFilterProxy::kSynchronousEvents / 3) + 1000;
        store.append(bigStream(transactions));
        model.refresh();
        QCOMPARE(proxy.rowCount(), 0);
        QVERIFY(proxy.isFiltering());
        QVERIFY(finished.wait(20000));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(cell(proxy.index(0, 0), EventListModel::XidColumn), QStringLiteral("6555"));
        QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 3);
    }

    // Marks: shown in the # column and the background, kept per event or
    // per transaction, exported sorted, and filtered on with no new pass.
    void marks()
    {
        EventListStack s;
        auto [store, index, model, proxy] = s.parts();
        QTreeView view;
        view.setModel(&proxy);
        view.show();
        model.appendBatch(StreamEventBatch {keepalive(0x100)} + m_capture);
        QTRY_COMPARE(model.rowCount(), 16);
        view.expandAll();

        const QModelIndex ka = model.index(0, 0);
        const QModelIndex txn = model.index(1, 0);
        const QModelIndex insertRow = model.index(3, 0, txn);
        QVERIFY(!model.isMarked(insertRow));
        QVERIFY(!insertRow.data(Qt::BackgroundRole).isValid());
        QVERIFY(!insertRow.data(Qt::DecorationRole).isValid());

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy marksChanged(&model, &EventListModel::marksChanged);
        model.toggleMark(insertRow);
        QCOMPARE(marksChanged.size(), 1);
        QVERIFY(insertRow.data(EventListModel::MarkedRole).toBool());
        QVERIFY(insertRow.data(Qt::BackgroundRole).value<QBrush>().color().isValid());
        QVERIFY(insertRow.siblingAtColumn(EventListModel::NumberColumn)
                    .data(Qt::DecorationRole)
                    .canConvert<QColor>());
        QVERIFY(!insertRow.siblingAtColumn(EventListModel::KindColumn).data(Qt::DecorationRole).isValid());
        QVERIFY(!txn.data(EventListModel::MarkedRole).toBool()); // the event, not its transaction
        QCOMPARE(changed.size(), 3); // the row, its transaction's, the row
        QCOMPARE(changed[0][0].value<QModelIndex>(), insertRow);
        QCOMPARE(changed[1][0].value<QModelIndex>(), txn);
        QCOMPARE(changed[2][0].value<QModelIndex>(), insertRow);
        model.toggleMark(ka);
        QCOMPARE(model.markedEvents(), (std::vector<quint32> {0, 4}));

        // A transaction mark covers every event of it.
        model.toggleMark(model.index(2, 0));
        const auto &txn2 = index.group(2).events;
        QVERIFY(model.index(0, 0, model.index(2, 0)).data(EventListModel::MarkedRole).toBool());
        std::vector<quint32> expected {0, 4};
        expected.insert(expected.end(), txn2.cbegin(), txn2.cend());
        std::sort(expected.begin(), expected.end());
        QCOMPARE(model.markedEvents(), expected);

        // "Marked only" follows marks as they change.
        EventFilterSpec marked;
        marked.markedOnly = true;
        proxy.setSpec(marked);
        QCOMPARE(proxy.rowCount(), 3);
        QCOMPARE(proxy.rowCount(proxy.mapFromSource(txn)), 1);
        QCOMPARE(proxy.rowCount(proxy.mapFromSource(model.index(2, 0))), int(txn2.size()));
        model.toggleMark(ka);
        QCOMPARE(proxy.rowCount(), 2);
        QVERIFY(!proxy.mapFromSource(ka).isValid());
        // The current row is inside a transaction that goes: the view
        // follows without touching freed rows.
        view.expandAll();
        view.setCurrentIndex(proxy.mapFromSource(insertRow));
        QVERIFY(view.currentIndex().isValid());
        QPersistentModelIndex held(proxy.mapFromSource(insertRow));
        model.toggleMark(insertRow);
        QVERIFY(!held.isValid());
        QCOMPARE(proxy.rowCount(), 1);
        model.setEventMarked(qsizetype(index.group(5).events[1]), true);
        QCOMPARE(proxy.rowCount(), 2);
        QCOMPARE(proxy.rowCount(proxy.mapFromSource(model.index(5, 0))), 1);

        // With another criterion.
        model.setEventMarked(4, true);
        marked.operations = EventFilterSpec::Insert;
        proxy.setSpec(marked);
        QList<qsizetype> markedInserts;
        for (quint32 e : model.markedEvents())
            if (store.entry(e).tag == 'I')
                markedInserts << qsizetype(e);
        QVERIFY(!markedInserts.isEmpty());
        view.expandAll();
        QCOMPARE(visibleEvents(proxy, model), markedInserts);

        model.clearMarks();
        QVERIFY(model.markedEvents().empty());
        QCOMPARE(proxy.rowCount(), 0);
        model.setGroupMarked(1, true);
        QCOMPARE(proxy.rowCount(), 1);
        model.clear();
        QVERIFY(model.marks().isEmpty());
    }

    // A new filter moves the view's rows instead of resetting them: an
    // expanded transaction stays expanded, and the current event stays
    // current, while they are shown; a row filtered out loses its state.
    void viewStateSurvivesANewFilter()
    {
        EventListStack s(1, false);
        auto [store, index, model, proxy] = s.parts();
        QTreeView view;
        view.setModel(&proxy);
        view.show();
        model.appendBatch(StreamEventBatch {keepalive(0x100)} + m_capture);
        QTRY_COMPARE(model.rowCount(), 16);
        QCOMPARE(proxy.rowCount(), 16);

        // The first RIF_FULL transaction expanded, its Update current.
        QModelIndex full;
        for (int r = 0; r < model.rowCount() && !full.isValid(); ++r) {
            const QModelIndex t = model.index(r, 0);
            for (int c = 0; c < model.rowCount(t) && !full.isValid(); ++c)
                if (cell(model.index(c, 0, t), EventListModel::RelationColumn).contains(u"rif_full")
                    && model.index(c, 0, t).data(EventListModel::TagRole).toInt() == 'U')
                    full = model.index(c, 0, t);
        }
        QVERIFY(full.isValid());
        const qsizetype currentEvent = model.eventAt(full);
        view.expand(proxy.mapFromSource(full.parent()));
        view.setCurrentIndex(proxy.mapFromSource(full));
        view.selectionModel()->select(
            proxy.mapFromSource(full), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

        EventFilterSpec byTable;
        byTable.table = QStringLiteral("rif_full");
        QSignalSpy reset(&proxy, &QAbstractItemModel::modelReset);
        QSignalSpy layout(&proxy, &QAbstractItemModel::layoutChanged);
        proxy.setSpec(byTable);
        QVERIFY(!proxy.isFiltering());
        QCOMPARE(reset.size(), 0);
        QCOMPARE(layout.size(), 1);
        QCOMPARE(proxy.rowCount(), 3);
        QVERIFY(view.isExpanded(proxy.mapFromSource(full.parent())));
        QCOMPARE(model.eventAt(proxy.mapToSource(view.currentIndex())), currentEvent);
        QCOMPARE(view.selectionModel()->selectedRows().size(), 1);
        QCOMPARE(model.eventAt(proxy.mapToSource(view.selectionModel()->selectedRows().constFirst())),
            currentEvent);
        // Rows under the new filter are the Relation, Insert, Update and
        // Delete of that table: the Update is now further up.
        QVERIFY(view.currentIndex().row() < full.row());

        // Back to everything: still expanded, still current.
        proxy.setSpec({});
        QCOMPARE(proxy.rowCount(), 16);
        QVERIFY(view.isExpanded(proxy.mapFromSource(full.parent())));
        QCOMPARE(view.currentIndex(), proxy.mapFromSource(full));

        // A filter that hides the row: no current row; the view goes on.
        EventFilterSpec byXid;
        byXid.xid = 1;
        proxy.setSpec(byXid);
        QCOMPARE(proxy.rowCount(), 0);
        QVERIFY(!view.currentIndex().isValid());
        proxy.setSpec({});
        QCOMPARE(proxy.rowCount(), 16);
    }

    // Live rows under a filter, row by row: a streamed transaction shows
    // once a matching change arrives in a later chunk, its rows grow while
    // it is expanded, and one that never matches never shows.
    void streamedTransactionGrowsUnderAFilter()
    {
        EventListStack s(2, true);
        auto [store, index, model, proxy] = s.parts();
        QTreeView view;
        view.setModel(&proxy);
        view.show();
        EventFilterSpec spec;
        spec.table = QStringLiteral("public.wanted");
        spec.operations = EventFilterSpec::Insert;
        proxy.setSpec(spec);

        quint64 lsn = 0x1000;
        const auto chunk = [&lsn](quint32 xid, bool first, quint32 oid, const QByteArray &value) {
            return streamedInsertChunk(lsn, xid, first, oid, value);
        };
        // Two streamed transactions, each first with a change to "other".
        model.appendBatch(chunk(700, true, 2, "no"));
        model.appendBatch(chunk(701, true, 2, "no"));
        QTRY_COMPARE(model.rowCount(), 2);
        QCOMPARE(proxy.rowCount(), 0);

        QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
        model.appendBatch(chunk(701, false, 1, "yes 1"));
        QTRY_COMPARE(proxy.rowCount(), 1);
        QCOMPARE(cell(proxy.index(0, 0), EventListModel::XidColumn), QStringLiteral("701"));
        QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 1);
        view.expandAll();
        QVERIFY(view.isExpanded(proxy.index(0, 0)));

        inserted.clear();
        model.appendBatch(chunk(701, false, 1, "yes 2") + chunk(701, false, 2, "no"));
        QTRY_COMPARE(proxy.rowCount(proxy.index(0, 0)), 2);
        // One insert of one row under the transaction, nothing at the top.
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted[0][0].value<QModelIndex>(), proxy.index(0, 0));
        QVERIFY(view.isExpanded(proxy.index(0, 0)));
        for (int r = 0; r < 2; ++r)
            QVERIFY(
                cell(proxy.index(r, 0, proxy.index(0, 0)), EventListModel::SummaryColumn).contains(u"yes"));

        // The first transaction gets its match later: it goes before.
        model.appendBatch(chunk(700, false, 1, "yes 3"));
        QTRY_COMPARE(proxy.rowCount(), 2);
        QCOMPARE(cell(proxy.index(0, 0), EventListModel::XidColumn), QStringLiteral("700"));
        QCOMPARE(cell(proxy.index(1, 0), EventListModel::XidColumn), QStringLiteral("701"));
        QVERIFY(view.isExpanded(proxy.index(1, 0)));
    }

    // A capture file opened as the application opens one: filters and marks
    // on it, and the marked events for an export.
    void captureFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("filter.pgcap"));
        const StreamEventBatch stream
            = StreamEventBatch {keepalive(0x100)} + m_capture + StreamEventBatch {keepalive(0x20000)};
        {
            CaptureHeader h;
            h.systemId = QStringLiteral("7441234567890123456");
            h.timeline = 1;
            h.serverVersion = QStringLiteral("15.5");
            h.serverVersionNum = 150005;
            h.database = QStringLiteral("shop");
            h.slotName = QStringLiteral("filter_test");
            h.startReplicationCommand
                = QStringLiteral("START_REPLICATION SLOT filter_test LOGICAL 0/0 (proto_version '1', "
                                 "publication_names 'pub_all')");
            h.timeZone = QStringLiteral("UTC");
            h.serverEncoding = QStringLiteral("UTF8");
            CaptureWriter writer;
            QVERIFY2(writer.open(path, h), qPrintable(writer.errorString()));
            QVERIFY(writer.append(stream));
            QVERIFY(writer.close());
        }
        CaptureReader reader;
        QVERIFY2(reader.open(path), qPrintable(reader.errorString()));
        EventListStack s(1, false);
        auto [store, index, model, proxy] = s.parts();
        EventFilterSpec spec;
        spec.operations = EventFilterSpec::Update | EventFilterSpec::Delete;
        spec.table = QStringLiteral("rif_");
        proxy.setSpec(spec);
        QCOMPARE(reader.loadInto(store), stream.size());
        model.refresh();
        model.streamEnded();
        QCOMPARE(model.rowCount(), 17);
        const QList<qsizetype> shown = visibleEvents(proxy, model);
        QVERIFY(!shown.isEmpty());
        for (qsizetype e : shown) {
            const QModelIndex row = model.indexForEvent(e);
            QVERIFY(cell(row, EventListModel::RelationColumn).contains(QStringLiteral("rif_")));
            const QString kind = cell(row, EventListModel::KindColumn);
            QVERIFY2(kind == QStringLiteral("Update") || kind == QStringLiteral("Delete"), qPrintable(kind));
        }

        // Mark the shown deletes, then only marked: those, and an export list.
        std::vector<quint32> deletes;
        for (qsizetype e : shown)
            if (store.entry(e).tag == 'D') {
                model.setEventMarked(e, true);
                deletes.push_back(quint32(e));
            }
        QVERIFY(!deletes.empty());
        QCOMPARE(model.markedEvents(), deletes);
        spec = {};
        spec.markedOnly = true;
        proxy.setSpec(spec);
        QCOMPARE(visibleEvents(proxy, model), QList<qsizetype>(deletes.cbegin(), deletes.cend()));
        spec.operations = EventFilterSpec::Update;
        proxy.setSpec(spec);
        QCOMPARE(proxy.rowCount(), 0);
        spec.operations |= EventFilterSpec::Delete;
        proxy.setSpec(spec);
        QCOMPARE(qsizetype(visibleEvents(proxy, model).size()), qsizetype(deletes.size()));
    }
};

QTEST_MAIN(TestFilterProxy)
#include "tst_filterproxy.moc"
