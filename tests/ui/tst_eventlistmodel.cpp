// The event list model and its filter proxy under QAbstractItemModelTester
// while a real PostgreSQL 15 capture (proto 1) arrives in batches, the text
// of their key cells, and the details tree built for one change.
#include "models/DetailsBuilder.h"
#include "models/EventFilterProxy.h"
#include "models/EventListModel.h"
#include "store/EventStore.h"
#include "txn/TransactionIndex.h"
#include "wire/ReplicationMessages.h"

#include "DemoCapture.h"
#include "EventListStack.h"
#include "StreamEvents.h"

#include <QAbstractItemModelTester>
#include <QStandardItemModel>
#include <QTreeView>
#include <QtTest>

using namespace pgrepl;
using namespace pgrepl::pgoutput;
using namespace pgrepl::test;
using pgrepl::ui::DetailsBuilder;
using pgrepl::ui::EventFilterProxy;
using pgrepl::ui::EventListModel;

namespace {

using Bytes = pgrepl::test::PgoutputBytes;

// The capture's messages as XLogData events, in order, received 1 ms apart.
StreamEventBatch captureEvents()
{
    StreamEventBatch out = captureMessages();
    qint64 t = 1700000000000000;
    for (StreamEvent &e : out)
        e.receivedAtUs = t += 1000;
    if (out.size() != 61)
        qFatal("unexpected capture contents");
    return out;
}

StreamEventBatch slice(const StreamEventBatch &all, qsizetype first, qsizetype last)
{
    return all.mid(first, last - first + 1);
}

QString cell(const QAbstractItemModel &model, const QModelIndex &index, int column)
{
    return model.index(index.row(), column, index.parent()).data().toString();
}

// Depth-first search of a details tree for a row titled title.
QStandardItem *findItem(QStandardItem *parent, const QString &title)
{
    for (int r = 0; r < parent->rowCount(); ++r) {
        QStandardItem *child = parent->child(r, 0);
        if (child->text() == title)
            return child;
        if (QStandardItem *found = findItem(child, title))
            return found;
    }
    return nullptr;
}

} // namespace

class TestEventListModel : public QObject
{
    Q_OBJECT

    StreamEventBatch m_capture;

private slots:
    void initTestCase() { m_capture = captureEvents(); }

    // Batches appended over several event-loop turns, with a transaction
    // whose Begin and Commit arrive in different batches: both models stay
    // consistent for the tester and a view.
    void appendsUnderModelTester()
    {
        EventListStack s;
        auto [store, index, model, proxy] = s.parts();
        QTreeView view;
        view.setModel(&proxy);
        view.resize(800, 400);
        view.show();
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy appended(&model, &EventListModel::rowsAppended);

        // Batch 1: a keepalive, then Begin, Type, Relation.
        model.appendBatch(StreamEventBatch {keepalive(0x1000)} + slice(m_capture, 0, 2));
        QCOMPARE(model.rowCount(), 0); // coalesced: nothing until the event loop runs
        QTRY_COMPARE(model.rowCount(), 2);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(appended.size(), 1);
        const QModelIndex txn = model.index(1, 0);
        QCOMPARE(model.rowCount(txn), 3);
        QVERIFY(model.hasChildren(txn));
        QVERIFY(!model.hasChildren(model.index(0, 0)));
        QCOMPARE(cell(model, txn, EventListModel::KindColumn), QStringLiteral("Transaction (in progress)"));
        view.expandAll();

        // Batch 2: Insert and Commit of that transaction, a status update,
        // and the Begin of the next one. Two appends in one turn: one insert
        // per parent.
        inserted.clear();
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.appendBatch(slice(m_capture, 3, 4));
        model.appendBatch(StreamEventBatch {statusUpdate(0x1000)} + slice(m_capture, 5, 5));
        QTRY_COMPARE(model.rowCount(), 4);
        QCOMPARE(model.rowCount(txn), 5);
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(inserted[0][0].value<QModelIndex>(), txn);
        QCOMPARE(inserted[0][1].toInt(), 3);
        QCOMPARE(inserted[0][2].toInt(), 4);
        QVERIFY(!inserted[1][0].value<QModelIndex>().isValid());
        QCOMPARE(inserted[1][1].toInt(), 2);
        QCOMPARE(inserted[1][2].toInt(), 3);
        bool txnChanged = false;
        for (const auto &args : std::as_const(changed))
            txnChanged |= args[0].value<QModelIndex>() == txn;
        QVERIFY(txnChanged);
        QCOMPARE(cell(model, txn, EventListModel::KindColumn), QStringLiteral("Transaction (committed)"));
        QCOMPARE(proxy.rowCount(), 4);
        QCOMPARE(proxy.rowCount(proxy.index(1, 0)), 5);
        view.expandAll();

        // The rest, in three batches of unequal size.
        model.appendBatch(slice(m_capture, 6, 20));
        QTRY_COMPARE(model.rowCount(), 8);
        model.appendBatch(slice(m_capture, 21, 21));
        QTRY_COMPARE(model.rowCount(model.index(7, 0)), 2);
        model.appendBatch(slice(m_capture, 22, 60) + StreamEventBatch {keepalive(0x2000)});
        QTRY_COMPARE(model.rowCount(), 2 + 15 + 1);
        QCOMPARE(store.size(), 61 + 3);
        view.expandAll();
        QCOMPARE(proxy.rowCount(), model.rowCount());

        // Filtering while rows keep coming.
        proxy.setHideKeepalives(true);
        QCOMPARE(proxy.rowCount(), 15);
        model.appendBatch(StreamEventBatch {keepalive(0x3000)} + slice(m_capture, 0, 1));
        QTRY_COMPARE(model.rowCount(), 20);
        QCOMPARE(proxy.rowCount(), 16);

        // The stream ends inside that last transaction.
        changed.clear();
        model.streamEnded();
        QCOMPARE(cell(model, model.index(19, 0), EventListModel::KindColumn),
            QStringLiteral("Transaction (incomplete)"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed[0][0].value<QModelIndex>(), model.index(19, 0));
        QCOMPARE(cell(proxy, proxy.index(15, 0), EventListModel::KindColumn),
            QStringLiteral("Transaction (incomplete)"));

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.clear();
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(proxy.rowCount(), 0);
        QCOMPARE(store.size(), 0);
        QCOMPARE(index.groupCount(), 0);

        // And it starts again after a clear.
        model.appendBatch(slice(m_capture, 0, 4));
        QTRY_COMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowCount(model.index(0, 0)), 5);
    }

    // A burst bigger than a slice is indexed over several event-loop turns,
    // no more than a slice in each, and its rows are inserted once, at the end.
    void aBurstIsIndexedOverSeveralTurns()
    {
        EventListStack s;
        auto [store, index, model, proxy] = s.parts();
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        const qsizetype total = 3 * EventListModel::kIndexSliceEvents + 5;
        StreamEventBatch burst;
        for (qsizetype i = 0; i < total; ++i)
            burst << keepalive(0x1000 + quint64(i));
        model.appendBatch(burst);
        QCOMPARE(index.indexedEvents(), 0);
        int turns = 0;
        while ((index.hasUnindexed() || model.rowCount() == 0) && turns < 1000) {
            const qsizetype before = index.indexedEvents();
            // One pass: what a pass posts waits for the next.
            QCoreApplication::processEvents();
            QVERIFY(index.indexedEvents() - before <= EventListModel::kIndexSliceEvents);
            if (index.hasUnindexed())
                QCOMPARE(model.rowCount(), 0);
            turns += index.indexedEvents() > before ? 1 : 0;
        }
        QCOMPARE(turns, 4);
        QCOMPARE(model.rowCount(), int(total));
        QCOMPARE(inserted.size(), 1);
    }

    // A subtransaction abort arrives after its changes are on screen: their
    // rows say so at once.
    void discardedAfterShown()
    {
        EventStore store;
        TransactionIndex index(&store, 2);
        EventListModel model(&store, &index);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendBatch({xlog(streamStart(700, true)), xlog(insert(5, {"a"}, 700)),
            xlog(insert(5, {"b"}, 701)), xlog(streamStop())});
        QTRY_COMPARE(model.rowCount(), 1);
        const QModelIndex txn = model.index(0, 0);
        QCOMPARE(model.rowCount(txn), 4);
        QCOMPARE(
            cell(model, model.index(2, 0, txn), EventListModel::SummaryColumn), QStringLiteral("column 1=b"));
        QCOMPARE(cell(model, txn, EventListModel::KindColumn),
            QStringLiteral("Streamed transaction (in progress)"));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.appendBatch({xlog(streamAbort(700, 701))});
        QTRY_COMPARE(model.rowCount(txn), 5);
        QCOMPARE(cell(model, model.index(2, 0, txn), EventListModel::SummaryColumn),
            QStringLiteral("[discarded by subtransaction abort] column 1=b"));
        QCOMPARE(
            cell(model, model.index(1, 0, txn), EventListModel::SummaryColumn), QStringLiteral("column 1=a"));
        bool childChanged = false;
        for (const auto &args : std::as_const(changed)) {
            const QModelIndex topLeft = args[0].value<QModelIndex>();
            const QModelIndex bottomRight = args[1].value<QModelIndex>();
            childChanged |= topLeft.parent() == txn && topLeft.row() <= 2 && bottomRight.row() >= 2
                && bottomRight.column() >= EventListModel::SummaryColumn;
        }
        QVERIFY(childChanged);
    }

    void cellTexts()
    {
        EventStore store;
        TransactionIndex index(&store, 1);
        EventListModel model(&store, &index);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(store.append(keepalive(0x1EF4000)) == true);
        QCOMPARE(store.append(m_capture), m_capture.size());
        model.refresh();
        model.streamEnded();
        QCOMPARE(model.rowCount(), 16);

        const QModelIndex ka = model.index(0, 0);
        QCOMPARE(cell(model, ka, EventListModel::KindColumn), QStringLiteral("Keepalive"));
        QCOMPARE(cell(model, ka, EventListModel::LsnColumn), QStringLiteral("0/1EF4000"));

        const QModelIndex txn = model.index(1, 0);
        QCOMPARE(cell(model, txn, EventListModel::KindColumn), QStringLiteral("Transaction (committed)"));
        QCOMPARE(cell(model, txn, EventListModel::LsnColumn), QStringLiteral("0/1EF4108"));
        QCOMPARE(cell(model, txn, EventListModel::XidColumn), QStringLiteral("1230"));
        QVERIFY(
            cell(model, txn, EventListModel::SummaryColumn).contains(QStringLiteral("end LSN 0/1EF4138")));
        QCOMPARE(txn.data(EventListModel::EndLsnRole).toULongLong(), Q_UINT64_C(0x1EF4138));
        QCOMPARE(txn.data(EventListModel::EventRole).toLongLong(), -1);

        const QModelIndex beginRow = model.index(0, 0, txn);
        QCOMPARE(cell(model, beginRow, EventListModel::KindColumn), QStringLiteral("Begin"));
        QCOMPARE(cell(model, beginRow, EventListModel::LsnColumn), QStringLiteral("0/1EF4108"));
        QCOMPARE(cell(model, beginRow, EventListModel::XidColumn), QStringLiteral("1230"));

        const QModelIndex insertRow = model.index(3, 0, txn);
        QCOMPARE(cell(model, insertRow, EventListModel::KindColumn), QStringLiteral("Insert"));
        QCOMPARE(cell(model, insertRow, EventListModel::RelationColumn),
            QStringLiteral("\"Odd Schema\".\"Mixed Case\""));
        const QString summary = cell(model, insertRow, EventListModel::SummaryColumn);
        QVERIFY2(
            summary.startsWith(QStringLiteral("id=1, Note \"q\"=h\u00e9llo \u2713")), qPrintable(summary));
        QVERIFY2(summary.endsWith(QStringLiteral("amount=12.50, code=NULL, m=sad")), qPrintable(summary));
        // One line per row: the value's newline is shown, not obeyed.
        QVERIFY2(!summary.contains(u'\n'), qPrintable(summary));
        QVERIFY(summary.contains(QStringLiteral("O'Reilly\u21B5line2")));
        QCOMPARE(insertRow.data(EventListModel::TagRole).toInt(), int('I'));

        // An update whose key changed shows the change.
        const QModelIndex update = model.indexForEvent(1 + 6);
        QCOMPARE(cell(model, update, EventListModel::KindColumn), QStringLiteral("Update"));
        QCOMPARE(cell(model, update, EventListModel::SummaryColumn), QStringLiteral("id: 1 → 2"));
        // A delete shows its key.
        QCOMPARE(
            cell(model, model.indexForEvent(1 + 12), EventListModel::SummaryColumn), QStringLiteral("id=2"));
        // A truncate names every relation.
        QCOMPARE(cell(model, model.indexForEvent(1 + 51), EventListModel::RelationColumn),
            QStringLiteral("pgo_golden.tparent, pgo_golden.tchild"));

        // The non-transactional message is a row of its own.
        const QModelIndex message = model.indexForEvent(1 + 37);
        QVERIFY(!message.parent().isValid());
        QCOMPARE(cell(model, message, EventListModel::KindColumn), QStringLiteral("Message"));
        QCOMPARE(cell(model, message, EventListModel::RelationColumn), QStringLiteral("golden-nt"));
        QVERIFY(cell(model, message, EventListModel::SummaryColumn)
                    .startsWith(QStringLiteral("non-transactional")));
        QVERIFY(!model.hasChildren(message));

        QCOMPARE(
            model.headerData(EventListModel::KindColumn, Qt::Horizontal).toString(), QStringLiteral("Kind"));
    }

    // Receive and commit times in local time to the millisecond, in any
    // order; a transaction's size is that of all its events.
    void timeAndSizeCells()
    {
        EventStore store;
        TransactionIndex index(&store, 1);
        EventListModel model(&store, &index);
        const qint64 base = 1700000000000000; // µs, on a whole second
        const QList<qint64> times {base, base + 7000, base + 999000, base + 1000000, base + 1045000,
            base + 12000, base - 86400000000 + 5000, base + 1045000, -5000};
        for (qsizetype i = 0; i < times.size(); ++i)
            QVERIFY(store.append(keepalive(0x100 + quint64(i), Ts, times[i])));
        QCOMPARE(store.append(m_capture), m_capture.size());
        model.refresh();
        for (qsizetype i = 0; i < times.size(); ++i)
            QCOMPARE(cell(model, model.index(int(i), 0), EventListModel::TimeColumn),
                QDateTime::fromMSecsSinceEpoch(times[i] / 1000).toString(QStringLiteral("HH:mm:ss.zzz")));
        const QModelIndex txn = model.index(int(times.size()), 0);
        QVERIFY(model.hasChildren(txn));
        qint64 bytes = 0;
        for (int r = 0; r < model.rowCount(txn); ++r)
            bytes += store.entry(model.index(r, 0, txn).data(EventListModel::EventRole).toLongLong()).length;
        QVERIFY(bytes > 0);
        QCOMPARE(cell(model, txn, EventListModel::SizeColumn), QLocale().toString(bytes));
        // Every transaction's commit time, to the millisecond, in local time.
        int withTime = 0;
        for (int row = int(times.size()); row < model.rowCount(); ++row) {
            const TxnGroup &g = index.group(row);
            if (!g.commitTime)
                continue;
            const QString expected = QLocale().toString(
                pgtime::toDateTime(g.commitTime).toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
            const QString summary = cell(model, model.index(row, 0), EventListModel::SummaryColumn);
            QVERIFY2(summary.contains(QStringLiteral(", at ") + expected), qPrintable(summary));
            ++withTime;
        }
        QVERIFY(withTime >= 10);
        QCOMPARE(txn.siblingAtColumn(EventListModel::SizeColumn).data(EventListModel::SortRole).toLongLong(),
            bytes);
    }

    void indexRoundTrip()
    {
        EventStore store;
        TransactionIndex index(&store, 1);
        EventListModel model(&store, &index);
        model.appendBatch(StreamEventBatch {keepalive(1)} + m_capture + StreamEventBatch {statusUpdate(2)});
        QTRY_COMPARE(model.rowCount(), 17);
        for (qsizetype e = 0; e < store.size(); ++e) {
            const QModelIndex idx = model.indexForEvent(e, EventListModel::SummaryColumn);
            QVERIFY(idx.isValid());
            QCOMPARE(idx.column(), int(EventListModel::SummaryColumn));
            QCOMPARE(model.eventAt(idx), e);
            QCOMPARE(model.groupAt(idx), index.groupOf(e));
            QCOMPARE(idx.data(EventListModel::EventRole).toLongLong(), qlonglong(e));
        }
        QVERIFY(!model.indexForEvent(-1).isValid());
        QVERIFY(!model.indexForEvent(store.size()).isValid());
        for (int g = 0; g < model.rowCount(); ++g) {
            QCOMPARE(model.groupAt(model.indexForGroup(g)), g);
            QCOMPARE(model.indexForGroup(g).data(EventListModel::GroupRole).toInt(), g);
        }
        QCOMPARE(model.eventAt({}), -1);
        QCOMPARE(model.groupAt({}), -1);
    }

    void proxyFilters()
    {
        EventListStack s(1, false);
        auto [store, index, model, proxy] = s.parts();
        StreamEventBatch batch {keepalive(1), statusUpdate(1)};
        batch += m_capture;
        batch << keepalive(2);
        model.appendBatch(batch);
        QTRY_COMPARE(proxy.rowCount(), 18);

        proxy.setHideKeepalives(true);
        QVERIFY(proxy.hideKeepalives());
        QCOMPARE(proxy.rowCount(), 15);
        for (int r = 0; r < proxy.rowCount(); ++r) {
            const int kind = proxy.index(r, 0).data(EventListModel::KindRole).toInt();
            QVERIFY(
                kind != int(StreamEvent::Kind::Keepalive) && kind != int(StreamEvent::Kind::StatusUpdate));
        }

        // A transaction stays when one of its events matches, and shows
        // only the matching events.
        EventFilterSpec byTable;
        byTable.table = QStringLiteral("RIF_FULL");
        proxy.setSpec(byTable);
        QCOMPARE(proxy.rowCount(), 3);
        const QModelIndex first = proxy.index(0, 0);
        QCOMPARE(first.data(EventListModel::GroupRole).toInt(), model.groupAt(model.indexForEvent(2 + 14)));
        QCOMPARE(proxy.rowCount(first), 4); // Relation, Insert, Update, Delete
        for (int r = 0; r < proxy.rowCount(first); ++r)
            QVERIFY(cell(proxy, proxy.index(r, 0, first), EventListModel::RelationColumn)
                        .contains(QStringLiteral("rif_full")));

        // Free text looks in values (any case), xids have their own field.
        proxy.setSpec({});
        proxy.setText(QStringLiteral("o'reilly"));
        QCOMPARE(
            proxy.rowCount(), 3); // the insert, the update that sent the whole row, the full old row deleted
        EventFilterSpec byXid;
        byXid.xid = 1245;
        proxy.setSpec(byXid);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setSpec({});
        proxy.setText(QStringLiteral("no such thing anywhere"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setText({});
        QCOMPARE(proxy.rowCount(), 15);
        proxy.setHideKeepalives(false);
        QCOMPARE(proxy.rowCount(), 18);
    }

    // The details of an insert: every column with name, type and value, and
    // a byte range that holds exactly the value.
    void detailsOfAnInsert()
    {
        EventStore store;
        TransactionIndex index(&store, 1);
        QCOMPARE(store.append(m_capture), m_capture.size());
        index.indexNew();
        TypeNameMap types;
        types.insert(17305, UserType {QStringLiteral("Odd Schema"), QStringLiteral("mood"), 0, false});
        ValueContext context;
        context.userTypes = &types;
        QStandardItemModel details;
        DetailsBuilder::build(&details, store, index, 3, context);
        QAbstractItemModelTester tester(&details, QAbstractItemModelTester::FailureReportingMode::QtTest);

        QStandardItem *root = details.invisibleRootItem();
        QVERIFY(findItem(root, QStringLiteral("Insert")));
        QStandardItem *tuple = findItem(root, QStringLiteral("new row ('N')"));
        QVERIFY(tuple);
        QCOMPARE(tuple->rowCount(), 5);
        const QStringList names {QStringLiteral("id (key)"), QStringLiteral("Note \"q\""),
            QStringLiteral("amount"), QStringLiteral("code"), QStringLiteral("m")};
        const QStringList typeNames {QStringLiteral("integer"), QStringLiteral("text"),
            QStringLiteral("numeric(10,2)"), QStringLiteral("character varying(20)"),
            QStringLiteral("\"Odd Schema\".mood")};
        const QStringList values {QStringLiteral("1"),
            QStringLiteral("h\u00e9llo \u2713 \"q\" \\ O'Reilly\nline2"), QStringLiteral("12.50"),
            QStringLiteral("NULL"), QStringLiteral("sad")};
        const QByteArrayView payload = store.payload(3);
        for (int r = 0; r < tuple->rowCount(); ++r) {
            QCOMPARE(tuple->child(r, 0)->text(), names[r]);
            QCOMPARE(tuple->child(r, 1)->text(), values[r]);
            QCOMPARE(tuple->child(r, 2)->text(), typeNames[r]);
            const QVariant offset = tuple->child(r, 1)->data(DetailsBuilder::OffsetRole);
            if (values[r] == QStringLiteral("NULL")) {
                QVERIFY(!offset.isValid());
                continue;
            }
            QVERIFY(offset.isValid());
            const qsizetype length = tuple->child(r, 1)->data(DetailsBuilder::LengthRole).toLongLong();
            QVERIFY(offset.toLongLong() > 0 && offset.toLongLong() + length <= payload.size());
            QCOMPARE(QString::fromUtf8(payload.sliced(offset.toLongLong(), length)), values[r]);
            QCOMPARE(tuple->child(r, 0)->data(DetailsBuilder::OffsetRole), offset);
        }
        QStandardItem *relation = findItem(root, QStringLiteral("relation"));
        QVERIFY(relation);
        QCOMPARE(relation->parent()->child(relation->row(), 1)->text(),
            QStringLiteral("\"Odd Schema\".\"Mixed Case\""));

        // The transaction row's details.
        DetailsBuilder::buildGroup(&details, index, 0);
        QStandardItem *state = findItem(details.invisibleRootItem(), QStringLiteral("State"));
        QVERIFY(state);
        QCOMPARE(details.item(state->row(), 1)->text(), QStringLiteral("committed"));
    }

    // REPLICA IDENTITY FULL flags every column as identity: the old row's
    // title says so once, no column claims "(key)", and what the update
    // changed is marked on both sides. Placeholders (NULL, unchanged TOAST)
    // are set apart from values; a long value is read whole in its tooltip.
    void detailsOfFullIdentityAndToast()
    {
        const QByteArray longNote(250, 'x');
        StreamEventBatch batch {
            xlog(begin(0x5000, 900)),
            xlog(relation(7, "public", "audit", {{"id", 23}, "note"}, {}, 'f', 2)),
            xlog(Bytes('U').i32(7).u8('O').tuple({"1", "old"}).u8('N').tuple({"1", longNote})),
            xlog(relation(8, "public", "docs", {{"id", 23}, "body", "extra"})),
            xlog(Bytes('U').i32(8).u8('N').i16(3).text('t', "2").col('u').col('n')),
            xlog(commit(0x5000, 0x5100)),
        };
        EventStore store;
        TransactionIndex index(&store, 1);
        QCOMPARE(store.append(batch), batch.size());
        index.indexNew();
        QStandardItemModel details;

        DetailsBuilder::build(&details, store, index, 2, ValueContext {});
        QStandardItem *root = details.invisibleRootItem();
        QStandardItem *oldRow = findItem(root, QStringLiteral("old row ('O')"));
        QVERIFY(oldRow);
        QCOMPARE(oldRow->parent()->child(oldRow->row(), 1)->text(),
            QStringLiteral("2 column(s), replica identity FULL"));
        QStandardItem *newRow = findItem(root, QStringLiteral("new row ('N')"));
        QVERIFY(newRow);
        for (QStandardItem *tuple : {oldRow, newRow}) {
            QCOMPARE(tuple->rowCount(), 2);
            QCOMPARE(tuple->child(0, 0)->text(), QStringLiteral("id"));
            QCOMPARE(tuple->child(1, 0)->text(), QStringLiteral("note"));
            QVERIFY(!tuple->child(0, 1)->font().bold());
            QVERIFY(tuple->child(1, 1)->font().bold());
        }
        // Only the new value carries the role: a search for "the changed value" finds one.
        QVERIFY(newRow->child(1, 1)->data(DetailsBuilder::ChangedRole).toBool());
        QVERIFY(!oldRow->child(1, 1)->data(DetailsBuilder::ChangedRole).isValid());
        const QString tip = newRow->child(1, 1)->toolTip();
        QVERIFY2(tip.startsWith(QString(100, u'x') + u'\n'), qPrintable(tip));
        QCOMPARE(tip.count(u'x'), 250);
        QCOMPARE(oldRow->child(1, 1)->toolTip(), QStringLiteral("type text")); // short: the type

        DetailsBuilder::build(&details, store, index, 4, ValueContext {});
        newRow = findItem(details.invisibleRootItem(), QStringLiteral("new row ('N')"));
        QVERIFY(newRow);
        QCOMPARE(newRow->child(0, 0)->text(), QStringLiteral("id (key)")); // a real key is still named
        QCOMPARE(newRow->child(1, 1)->text(), QStringLiteral("unchanged TOAST value (not sent)"));
        QCOMPARE(newRow->child(2, 1)->text(), QStringLiteral("NULL"));
        QVERIFY(!newRow->child(0, 1)->font().italic());
        QVERIFY(newRow->child(1, 1)->font().italic());
        QVERIFY(newRow->child(2, 1)->font().italic());
    }
};

QTEST_MAIN(TestEventListModel)
#include "tst_eventlistmodel.moc"
