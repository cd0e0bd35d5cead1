// The flattened event list: a TreeFlattener over the filter proxy over the
// event list model, under QAbstractItemModelTester in every test, checked
// row by row against the tree it flattens while rows arrive live, filters
// change, marks come and go under "marked only", rows expand and collapse,
// and the model is cleared.
#include "models/EventFilterProxy.h"
#include "models/EventListModel.h"
#include "models/TreeFlattener.h"
#include "store/EventStore.h"
#include "txn/TransactionIndex.h"

#include "DemoCapture.h"
#include "EventListStack.h"
#include "StreamEvents.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QStandardItemModel>
#include <QtTest>

using namespace pgrepl;
using namespace pgrepl::pgoutput;
using namespace pgrepl::test;
using pgrepl::ui::EventFilterProxy;
using pgrepl::ui::EventListModel;
using pgrepl::ui::TreeFlattener;

namespace {

// The PostgreSQL 15 capture (proto 1) behind a keepalive, with LSNs that
// rise by 0x10 an event.
StreamEventBatch captureEvents()
{
    StreamEventBatch out {keepalive(0x100)};
    out += captureMessages();
    quint64 lsn = 0x10000;
    for (StreamEvent &e : out)
        e.walStart = e.walEnd = Lsn(lsn += 0x10);
    return out;
}

// count transactions of one insert each into relation 1, "row N".
StreamEventBatch bigStream(int count, int firstXid = 1000, bool withRelation = true)
{
    StreamEventBatch out;
    if (withRelation)
        out << xlog(relation(1, "public", "big", {"v"}), 1);
    quint64 lsn = 0x100000 + quint64(firstXid) * 0x100;
    for (int i = 0; i < count; ++i) {
        const quint32 xid = quint32(firstXid + i);
        out << xlog(begin(lsn + 0x30, xid), lsn);
        out << xlog(insert(1, {"row " + QByteArray::number(firstXid + i)}), lsn + 0x10);
        out << xlog(commit(lsn + 0x30, lsn + 0x40), lsn + 0x30);
        lsn += 0x100;
    }
    return out;
}

// The flat rows the tree should give: every top row, and the children of
// the expanded ones. Returns false (after a failed QCOMPARE) on a mismatch.
bool matchesTree(const TreeFlattener &flat)
{
    const QAbstractItemModel *tree = flat.sourceModel();
    int row = 0;
    const auto expect = [&](const QModelIndex &source, int depth) {
        const QModelIndex f = flat.index(row++, 0);
        if (!f.isValid() || flat.mapToSource(f) != source || flat.mapFromSource(source) != f
            || f.data(TreeFlattener::DepthRole).toInt() != depth
            || f.data().toString() != source.data().toString()) {
            qWarning("flat row %d does not show tree row %d (depth %d)", row - 1, source.row(), depth);
            return false;
        }
        return true;
    };
    for (int r = 0; r < tree->rowCount(); ++r) {
        const QModelIndex top = tree->index(r, 0);
        if (!expect(top, 0))
            return false;
        const QModelIndex f = flat.mapFromSource(top);
        if (f.data(TreeFlattener::ExpandableRole).toBool() != tree->hasChildren(top)
            || f.data(TreeFlattener::ExpandedRole).toBool() != flat.isExpanded(top))
            return false;
        if (!flat.isExpanded(top)) {
            if (tree->rowCount(top) > 0 && flat.mapFromSource(tree->index(0, 0, top)).isValid())
                return false; // a hidden child has no flat row
            continue;
        }
        for (int c = 0; c < tree->rowCount(top); ++c)
            if (!expect(tree->index(c, 0, top), 1))
                return false;
    }
    return row == flat.rowCount();
}

// The first top row of the tree that is a transaction (has children).
int transactionRow(const QAbstractItemModel &tree, int nth = 0)
{
    for (int r = 0; r < tree.rowCount(); ++r)
        if (tree.hasChildren(tree.index(r, 0)) && nth-- == 0)
            return r;
    return -1;
}

// A two-level list that can move its top rows (QStandardItemModel cannot):
// children point to their top row by a stable id.
class MovingTree final : public QAbstractItemModel
{
public:
    explicit MovingTree(int tops)
    {
        for (int t = 0; t < tops; ++t)
            m_tops.push_back({quintptr(t + 1), t % 2 ? 0 : 2});
    }
    bool moveTop(int from, int to)
    {
        if (!beginMoveRows({}, from, from, {}, to > from ? to + 1 : to))
            return false;
        const Top moved = m_tops[std::size_t(from)];
        m_tops.erase(m_tops.begin() + from);
        m_tops.insert(m_tops.begin() + to, moved);
        endMoveRows();
        return true;
    }
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override
    {
        if (!hasIndex(row, column, parent))
            return {};
        return createIndex(
            row, column, parent.isValid() ? m_tops[std::size_t(parent.row())].id : quintptr(0));
    }
    QModelIndex parent(const QModelIndex &child) const override
    {
        if (!child.isValid() || child.internalId() == 0)
            return {};
        for (std::size_t t = 0; t < m_tops.size(); ++t)
            if (m_tops[t].id == child.internalId())
                return createIndex(int(t), 0, quintptr(0));
        return {};
    }
    int rowCount(const QModelIndex &parent = {}) const override
    {
        if (!parent.isValid())
            return int(m_tops.size());
        return parent.internalId() == 0 && parent.column() == 0 ? m_tops[std::size_t(parent.row())].children
                                                                : 0;
    }
    int columnCount(const QModelIndex & = {}) const override { return 2; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!index.isValid() || role != Qt::DisplayRole)
            return {};
        if (index.internalId() == 0)
            return QStringLiteral("top %1.%2").arg(m_tops[std::size_t(index.row())].id).arg(index.column());
        return QStringLiteral("child %1 of %2.%3")
            .arg(index.row())
            .arg(index.internalId())
            .arg(index.column());
    }

private:
    struct Top
    {
        quintptr id;
        int children;
    };
    std::vector<Top> m_tops;
};

struct Stack : EventListStack
{
    TreeFlattener flat;
    QAbstractItemModelTester flatTester {&flat, QAbstractItemModelTester::FailureReportingMode::QtTest};

    explicit Stack(int streaming = 1) : EventListStack(streaming, false) { flat.setSourceModel(&proxy); }
};

} // namespace

class TestTreeFlattener : public QObject
{
    Q_OBJECT

private slots:
    // Nothing expanded: one flat row per top row, each with its roles.
    void collapsedIsTopRows()
    {
        Stack s;
        QCOMPARE(s.flat.rowCount(), 0);
        s.model.appendBatch(captureEvents());
        QTRY_VERIFY(s.model.rowCount() > 0);
        QCOMPARE(s.flat.rowCount(), s.proxy.rowCount());
        QCOMPARE(s.flat.columnCount(), int(EventListModel::ColumnCount));
        QCOMPARE(s.flat.headerData(EventListModel::XidColumn, Qt::Horizontal),
            s.proxy.headerData(EventListModel::XidColumn, Qt::Horizontal));
        QVERIFY(matchesTree(s.flat));
        const QModelIndex keepalive = s.flat.index(0, 0);
        QVERIFY(!keepalive.data(TreeFlattener::ExpandableRole).toBool());
        QCOMPARE(
            keepalive.data(EventListModel::KindRole), s.proxy.index(0, 0).data(EventListModel::KindRole));
        const int txn = transactionRow(s.proxy);
        QVERIFY(txn > 0);
        QVERIFY(s.flat.index(txn, 0).data(TreeFlattener::ExpandableRole).toBool());
        QVERIFY(!s.flat.index(txn, 0).data(TreeFlattener::ExpandedRole).toBool());
        QVERIFY(s.flat.flags(s.flat.index(txn, 0)).testFlag(Qt::ItemNeverHasChildren));
        QVERIFY(!s.flat.parent(s.flat.index(txn, 3)).isValid());
        QCOMPARE(s.flat.index(txn, 3).data(), s.proxy.index(txn, 3).data());
    }

    // Expanding inserts exactly the children under their row, collapsing
    // removes them; child rows and rows without children are refused.
    void expandAndCollapse_data()
    {
        QTest::addColumn<bool>("bySourceIndex");
        QTest::newRow("flat index") << false;
        QTest::newRow("source index") << true;
    }
    void expandAndCollapse()
    {
        QFETCH(bool, bySourceIndex);
        Stack s;
        s.model.appendBatch(captureEvents());
        QTRY_VERIFY(s.model.rowCount() > 0);
        const int first = transactionRow(s.proxy, 0);
        const int second = transactionRow(s.proxy, 1);
        const QModelIndex firstTop = s.proxy.index(first, 0);
        const QModelIndex secondTop = s.proxy.index(second, 0);
        const auto handle
            = [&](const QModelIndex &top) { return bySourceIndex ? top : s.flat.mapFromSource(top); };
        QSignalSpy inserted(&s.flat, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&s.flat, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&s.flat, &QAbstractItemModel::dataChanged);

        QVERIFY(s.flat.setExpanded(handle(secondTop), true));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted[0][1].toInt(), second + 1);
        QCOMPARE(inserted[0][2].toInt(), second + s.proxy.rowCount(secondTop));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed[0][0].value<QModelIndex>().row(), second);
        QCOMPARE(changed[0][2].value<QList<int>>(), QList<int> {TreeFlattener::ExpandedRole});
        QVERIFY(s.flat.isExpanded(secondTop));
        QVERIFY(s.flat.isExpanded(s.flat.mapFromSource(secondTop)));
        QCOMPARE(s.flat.expandedCount(), 1);
        QVERIFY(matchesTree(s.flat));
        // Again: nothing to do.
        QVERIFY(s.flat.setExpanded(handle(secondTop), true));
        QCOMPARE(inserted.size(), 1);

        // A row before it pushes it down.
        QVERIFY(s.flat.setExpanded(handle(firstTop), true));
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(inserted[1][1].toInt(), first + 1);
        QVERIFY(matchesTree(s.flat));
        const QModelIndex secondFlat = s.flat.mapFromSource(secondTop);
        QCOMPARE(secondFlat.row(), second + s.proxy.rowCount(firstTop));

        // Refused: a child, a row without children, another model's index.
        const QModelIndex child = s.flat.index(first + 1, 0);
        QCOMPARE(child.data(TreeFlattener::DepthRole).toInt(), 1);
        QVERIFY(!s.flat.setExpanded(child, true));
        QVERIFY(!s.flat.setExpanded(s.proxy.index(0, 0, firstTop), true));
        QVERIFY(!s.flat.setExpanded(s.flat.index(0, 0), true)); // the keepalive
        QVERIFY(!s.flat.isExpanded(child));
        QVERIFY(!child.data(TreeFlattener::ExpandableRole).toBool());
        QVERIFY(!s.flat.setExpanded(s.model.index(first, 0), true));
        QCOMPARE(inserted.size(), 2);

        // Collapsing the first pulls the second back up.
        QVERIFY(s.flat.setExpanded(handle(firstTop), false));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed[0][1].toInt(), first + 1);
        QCOMPARE(removed[0][2].toInt(), first + s.proxy.rowCount(firstTop));
        QCOMPARE(s.flat.mapFromSource(secondTop).row(), second);
        QVERIFY(matchesTree(s.flat));
        // Also through setData(), as the view does it.
        QVERIFY(s.flat.setData(s.flat.mapFromSource(secondTop), false, TreeFlattener::ExpandedRole));
        QCOMPARE(s.flat.expandedCount(), 0);
        QCOMPARE(s.flat.rowCount(), s.proxy.rowCount());
        QVERIFY(matchesTree(s.flat));
    }

    // Every expandable row at once, in one layout change; collapsing all
    // moves a persistent child index (a current row) to its parent.
    void expandAllCollapseAll()
    {
        Stack s;
        s.model.appendBatch(captureEvents());
        QTRY_VERIFY(s.model.rowCount() > 0);
        QSignalSpy layout(&s.flat, &QAbstractItemModel::layoutChanged);
        QSignalSpy inserted(&s.flat, &QAbstractItemModel::rowsInserted);
        const int txn = transactionRow(s.proxy, 2);
        const QPersistentModelIndex top = s.flat.index(txn, 2);
        s.flat.expandAll();
        QCOMPARE(layout.size(), 1);
        QCOMPARE(inserted.size(), 0);
        int children = 0;
        int transactions = 0;
        for (int r = 0; r < s.proxy.rowCount(); ++r) {
            children += s.proxy.rowCount(s.proxy.index(r, 0));
            transactions += s.proxy.hasChildren(s.proxy.index(r, 0)) ? 1 : 0;
        }
        QCOMPARE(s.flat.rowCount(), s.proxy.rowCount() + children);
        QCOMPARE(s.flat.expandedCount(), transactions);
        QVERIFY(matchesTree(s.flat));
        QCOMPARE(s.flat.mapToSource(top), s.proxy.index(txn, 2)); // followed the layout

        const QPersistentModelIndex child = s.flat.index(top.row() + 2, 4);
        QCOMPARE(child.data(TreeFlattener::DepthRole).toInt(), 1);
        s.flat.setData({}, false, TreeFlattener::ExpandedRole); // collapse all
        QCOMPARE(layout.size(), 2);
        QCOMPARE(s.flat.expandedCount(), 0);
        QCOMPARE(s.flat.rowCount(), s.proxy.rowCount());
        QVERIFY(matchesTree(s.flat));
        QCOMPARE(child.row(), txn);
        QCOMPARE(child.column(), 4);
        QCOMPARE(top.row(), txn);
        s.flat.collapseAll(); // nothing expanded: no change at all
        QCOMPARE(layout.size(), 2);
        s.flat.setData({}, true, TreeFlattener::ExpandedRole);
        QCOMPARE(s.flat.expandedCount(), transactions);
    }

    // Live appends: new top rows land at the end, in one insert, whatever
    // is expanded above them.
    void topRowsAppendAtTheEnd()
    {
        Stack s;
        s.model.appendBatch(bigStream(20)); // a Relation row, then the transactions
        QTRY_COMPARE(s.model.rowCount(), 21);
        QVERIFY(s.flat.setExpanded(s.proxy.index(3, 0), true));
        QVERIFY(s.flat.setExpanded(s.proxy.index(20, 0), true));
        const int before = s.flat.rowCount();
        QCOMPARE(before, 21 + 3 + 3);
        QSignalSpy inserted(&s.flat, &QAbstractItemModel::rowsInserted);
        s.model.appendBatch(bigStream(5, 5000, false));
        QTRY_COMPARE(s.model.rowCount(), 26);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted[0][1].toInt(), before);
        QCOMPARE(inserted[0][2].toInt(), before + 4);
        QCOMPARE(s.flat.rowCount(), before + 5);
        QVERIFY(matchesTree(s.flat));
        QCOMPARE(s.flat.index(before, EventListModel::XidColumn).data().toString(), QStringLiteral("5000"));
        QVERIFY(s.flat.isExpanded(s.proxy.index(20, 0)));
    }

    // A streamed transaction that is expanded gets its new events right
    // under it; one that gets its first match later is inserted before an
    // expanded one, which moves down with its children.
    void streamedTransactionGrows()
    {
        Stack s(2);
        EventFilterSpec spec;
        spec.table = QStringLiteral("public.wanted");
        spec.operations = EventFilterSpec::Insert;
        s.proxy.setSpec(spec);
        quint64 lsn = 0x1000;
        const auto chunk = [&lsn](quint32 xid, bool first, quint32 oid, const QByteArray &value) {
            return streamedInsertChunk(lsn, xid, first, oid, value);
        };
        s.model.appendBatch(chunk(700, true, 2, "no"));
        s.model.appendBatch(chunk(701, true, 2, "no"));
        s.model.appendBatch(chunk(702, true, 1, "yes 0"));
        QTRY_COMPARE(s.model.rowCount(), 3);
        QCOMPARE(s.flat.rowCount(), 1);
        s.model.appendBatch(chunk(701, false, 1, "yes 1"));
        QTRY_COMPARE(s.flat.rowCount(), 2);
        QCOMPARE(s.flat.index(0, EventListModel::XidColumn).data().toString(), QStringLiteral("701"));
        QVERIFY(s.flat.setExpanded(s.flat.index(0, 0), true));
        QVERIFY(s.flat.setExpanded(s.flat.index(2, 0), true)); // 702
        QCOMPARE(s.flat.rowCount(), 4);

        QSignalSpy inserted(&s.flat, &QAbstractItemModel::rowsInserted);
        s.model.appendBatch(chunk(701, false, 1, "yes 2") + chunk(701, false, 2, "no"));
        QTRY_COMPARE(s.flat.rowCount(), 5);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted[0][1].toInt(), 2); // right after 701's first event
        QVERIFY(s.flat.index(2, EventListModel::SummaryColumn).data().toString().contains(u"yes 2"));
        QCOMPARE(s.flat.index(2, 0).data(TreeFlattener::DepthRole).toInt(), 1);
        QVERIFY(matchesTree(s.flat));

        // 700 matches now: a new top row in the middle, before 701.
        inserted.clear();
        s.model.appendBatch(chunk(700, false, 1, "yes 3"));
        QTRY_COMPARE(s.proxy.rowCount(), 3);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted[0][1].toInt(), 0);
        QCOMPARE(s.flat.index(0, EventListModel::XidColumn).data().toString(), QStringLiteral("700"));
        QVERIFY(s.flat.isExpanded(s.proxy.index(1, 0)));
        QVERIFY(s.flat.isExpanded(s.proxy.index(2, 0)));
        QVERIFY(!s.flat.isExpanded(s.proxy.index(0, 0)));
        QVERIFY(matchesTree(s.flat));
        // And a child of the last expanded one, after the shifts.
        s.model.appendBatch(chunk(702, false, 1, "yes 4"));
        QTRY_COMPARE(s.flat.rowCount(), 1 + 3 + 3);
        QVERIFY(s.flat.index(6, EventListModel::SummaryColumn).data().toString().contains(u"yes 4"));
        QVERIFY(matchesTree(s.flat));
    }

    // A filter change is a layout change of the tree: an expanded
    // transaction that stays stays expanded, and the current and selected
    // rows stay on their events; rows filtered out are forgotten.
    void filterChangeKeepsExpansionAndSelection()
    {
        Stack s;
        s.model.appendBatch(captureEvents());
        QTRY_VERIFY(s.model.rowCount() > 0);
        QItemSelectionModel selection(&s.flat);
        // A transaction with an insert, and one of its events.
        int txn = -1;
        int insertChild = -1;
        for (int r = 0; r < s.proxy.rowCount() && txn < 0; ++r) {
            const QModelIndex top = s.proxy.index(r, 0);
            for (int c = 0; c < s.proxy.rowCount(top); ++c)
                if (s.store.entry(s.model.eventAt(s.proxy.mapToSource(s.proxy.index(c, 0, top)))).tag
                    == 'I') {
                    txn = r;
                    insertChild = c;
                    break;
                }
        }
        QVERIFY(txn >= 0);
        const QModelIndex txnTop = s.proxy.index(txn, 0);
        const qsizetype group = s.model.groupAt(s.proxy.mapToSource(txnTop));
        QVERIFY(s.flat.setExpanded(txnTop, true));
        const QModelIndex insertFlat = s.flat.mapFromSource(s.proxy.index(insertChild, 0, txnTop));
        const qsizetype insertEvent = s.model.eventAt(s.proxy.mapToSource(s.flat.mapToSource(insertFlat)));
        selection.setCurrentIndex(
            insertFlat.siblingAtColumn(2), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const int transactionRowsBefore = s.flat.rowCount();

        EventFilterSpec inserts;
        inserts.operations = EventFilterSpec::Insert;
        QSignalSpy layout(&s.flat, &QAbstractItemModel::layoutChanged);
        s.proxy.setSpec(inserts);
        QTRY_VERIFY(!s.proxy.isFiltering());
        QCOMPARE(layout.size(), 1);
        QVERIFY(s.flat.rowCount() < transactionRowsBefore);
        QVERIFY(matchesTree(s.flat));
        const QModelIndex newTop
            = s.flat.mapFromSource(s.proxy.mapFromSource(s.model.indexForGroup(int(group))));
        QVERIFY(newTop.isValid());
        QVERIFY(s.flat.isExpanded(newTop));
        const QModelIndex current = selection.currentIndex();
        QVERIFY(current.isValid());
        QCOMPARE(current.column(), 2);
        QCOMPARE(current.data(TreeFlattener::DepthRole).toInt(), 1);
        QCOMPARE(s.model.eventAt(s.proxy.mapToSource(s.flat.mapToSource(current))), insertEvent);
        QVERIFY(selection.isRowSelected(current.row()));
        QCOMPARE(selection.selectedRows().size(), 1);
        // Its parent is the flat row just above its first sibling.
        QCOMPARE(current.row() > newTop.row(), true);

        // Filtered out: gone with its expansion, which does not come back.
        EventFilterSpec byXid;
        byXid.xid = 424242;
        s.proxy.setSpec(byXid);
        QTRY_VERIFY(!s.proxy.isFiltering());
        QCOMPARE(s.flat.rowCount(), 0);
        QCOMPARE(s.flat.expandedCount(), 0);
        QVERIFY(!selection.currentIndex().isValid());
        s.proxy.setSpec({});
        QTRY_VERIFY(!s.proxy.isFiltering());
        QCOMPARE(s.flat.rowCount(), s.proxy.rowCount());
        QVERIFY(!s.flat.isExpanded(s.proxy.mapFromSource(s.model.indexForGroup(int(group)))));
        QVERIFY(matchesTree(s.flat));
    }

    // "Marked only": marks add and remove rows of the tree, top rows and
    // children of an expanded transaction alike; other marks repaint the
    // row they are on.
    void marksUnderMarkedOnly()
    {
        Stack s;
        s.model.appendBatch(bigStream(10));
        QTRY_COMPARE(s.model.rowCount(), 11); // a Relation row, then groups 1 to 10
        EventFilterSpec marked;
        marked.markedOnly = true;
        s.proxy.setSpec(marked);
        QTRY_VERIFY(!s.proxy.isFiltering());
        QCOMPARE(s.flat.rowCount(), 0);

        s.model.setGroupMarked(4, true);
        s.model.setGroupMarked(7, true);
        QCOMPARE(s.flat.rowCount(), 2);
        QVERIFY(s.flat.setExpanded(s.flat.index(0, 0), true)); // group 4, its three events
        QCOMPARE(s.flat.rowCount(), 5);
        QVERIFY(matchesTree(s.flat));
        // An event of group 2 brings its transaction in, before.
        const QModelIndex group2 = s.model.index(2, 0);
        s.model.setEventMarked(s.model.eventAt(s.model.index(1, 0, group2)), true);
        QCOMPARE(s.flat.rowCount(), 6);
        QVERIFY(s.flat.setExpanded(s.flat.index(0, 0), true));
        QCOMPARE(s.flat.rowCount(), 7);
        QVERIFY(matchesTree(s.flat));
        // Another of its events joins it, under the expanded row.
        QSignalSpy inserted(&s.flat, &QAbstractItemModel::rowsInserted);
        s.model.setEventMarked(s.model.eventAt(s.model.index(0, 0, group2)), true);
        QCOMPARE(s.flat.rowCount(), 8);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted[0][1].toInt(), 1);
        QVERIFY(matchesTree(s.flat));
        // Unmarking group 4 drops it with its children.
        QSignalSpy removed(&s.flat, &QAbstractItemModel::rowsRemoved);
        s.model.setGroupMarked(4, false);
        // (The proxy drops the events one by one, then the transaction.)
        int removedRows = 0;
        for (const auto &args : std::as_const(removed))
            removedRows += args[2].toInt() - args[1].toInt() + 1;
        QCOMPARE(removedRows, 4);
        QCOMPARE(s.flat.rowCount(), 4);
        QCOMPARE(s.flat.expandedCount(), 1);
        QVERIFY(matchesTree(s.flat));

        // Without the filter, a mark repaints its flat row only.
        s.proxy.setSpec({});
        QTRY_VERIFY(!s.proxy.isFiltering());
        QVERIFY(matchesTree(s.flat));
        const QModelIndex group5 = s.proxy.index(5, 0);
        QVERIFY(s.flat.setExpanded(group5, true));
        QSignalSpy changed(&s.flat, &QAbstractItemModel::dataChanged);
        const QModelIndex event = s.proxy.index(2, 0, group5);
        s.model.setEventMarked(s.model.eventAt(s.proxy.mapToSource(event)), true);
        QVERIFY(!changed.isEmpty());
        bool sawRow = false;
        for (const auto &args : std::as_const(changed)) {
            const QModelIndex from = args[0].value<QModelIndex>();
            const QModelIndex to = args[1].value<QModelIndex>();
            QVERIFY(from.row() <= to.row());
            if (from.row() <= s.flat.mapFromSource(event).row()
                && to.row() >= s.flat.mapFromSource(event).row())
                sawRow = true;
        }
        QVERIFY(sawRow);
        QVERIFY(s.flat.mapFromSource(event).data(EventListModel::MarkedRole).toBool());
    }

    // A source dataChanged over top rows with expanded ones between them
    // becomes one signal per run of contiguous flat rows.
    void dataChangedSplitsIntoRuns()
    {
        EventStore store;
        TransactionIndex index(&store, 1);
        EventListModel model(&store, &index);
        TreeFlattener flat;
        flat.setSourceModel(&model); // straight over the model
        QAbstractItemModelTester tester(&flat, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendBatch(bigStream(6)); // a Relation row, then the transactions
        QTRY_COMPARE(model.rowCount(), 7);
        QVERIFY(flat.setExpanded(model.index(1, 0), true));
        QVERIFY(flat.setExpanded(model.index(3, 0), true));
        QVERIFY(matchesTree(flat));
        QSignalSpy changed(&flat, &QAbstractItemModel::dataChanged);
        emit model.dataChanged(model.index(0, 1), model.index(5, 3), {Qt::DisplayRole});
        // Rows 0-1 | 2-3 | 4-5 of the tree: flat 0-1, 5-6, 10-11.
        QCOMPARE(changed.size(), 3);
        const QList<QPair<int, int>> runs {{0, 1}, {5, 6}, {10, 11}};
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(changed[i][0].value<QModelIndex>().row(), runs[i].first);
            QCOMPARE(changed[i][1].value<QModelIndex>().row(), runs[i].second);
            QCOMPARE(changed[i][0].value<QModelIndex>().column(), 1);
            QCOMPARE(changed[i][1].value<QModelIndex>().column(), 3);
            QCOMPARE(changed[i][2].value<QList<int>>(), QList<int> {Qt::DisplayRole});
        }
        // Children: only those shown.
        changed.clear();
        emit model.dataChanged(model.index(0, 0, model.index(3, 0)), model.index(2, 7, model.index(3, 0)));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed[0][0].value<QModelIndex>().row(), 7);
        QCOMPARE(changed[0][1].value<QModelIndex>().row(), 9);
        emit model.dataChanged(model.index(0, 0, model.index(4, 0)), model.index(2, 7, model.index(4, 0)));
        QCOMPARE(changed.size(), 1);
    }

    // Any two-level source: children inserted and removed in the middle of
    // an expanded row, top rows removed in the middle, rows moved, sorted
    // (a layout change with the expanded rows moving), columns added.
    // (QStandardItemModel cannot move rows; rowsMoved takes the layout
    // change's path, which sorting and filtering test.)
    void anyTwoLevelSource()
    {
        QStandardItemModel tree;
        for (int r = 0; r < 6; ++r) {
            auto *top = new QStandardItem(QStringLiteral("t%1").arg(r));
            for (int c = 0; c < 3; ++c)
                top->appendRow(new QStandardItem(QStringLiteral("t%1c%2").arg(r).arg(c)));
            tree.appendRow({top, new QStandardItem(QString::number(10 - r))});
        }
        tree.appendRow(new QStandardItem(QStringLiteral("leaf")));
        TreeFlattener flat;
        QAbstractItemModelTester tester(&flat, QAbstractItemModelTester::FailureReportingMode::QtTest);
        flat.setSourceModel(&tree);
        QCOMPARE(flat.rowCount(), 7);
        QVERIFY(flat.setExpanded(tree.index(1, 0), true));
        QVERIFY(flat.setExpanded(tree.index(4, 0), true));
        QVERIFY(!flat.setExpanded(tree.index(6, 0), true)); // no children
        QVERIFY(matchesTree(flat));

        // Children in the middle of an expanded row, and of a collapsed one.
        tree.item(1)->insertRow(1, new QStandardItem(QStringLiteral("t1new")));
        QCOMPARE(flat.index(3, 0).data().toString(), QStringLiteral("t1new"));
        tree.item(2)->insertRow(0, new QStandardItem(QStringLiteral("t2new")));
        QVERIFY(matchesTree(flat));
        tree.item(4)->removeRows(0, 2);
        QVERIFY(matchesTree(flat));
        // The last child of the leaf's neighbour goes: no arrow any more.
        tree.item(4)->removeRows(0, 1);
        QVERIFY(!flat.mapFromSource(tree.index(4, 0)).data(TreeFlattener::ExpandableRole).toBool());
        QVERIFY(matchesTree(flat));
        // A first child makes an arrow.
        QSignalSpy changed(&flat, &QAbstractItemModel::dataChanged);
        tree.item(6)->appendRow(new QStandardItem(QStringLiteral("leaf child")));
        QCOMPARE(changed.size(), 1);
        QVERIFY(flat.mapFromSource(tree.index(6, 0)).data(TreeFlattener::ExpandableRole).toBool());

        // Top rows out of the middle, an expanded one among them.
        const QPersistentModelIndex t5 = flat.mapFromSource(tree.index(5, 0));
        tree.removeRows(0, 2);
        QVERIFY(matchesTree(flat));
        QCOMPARE(flat.expandedCount(), 1); // t4 only
        QCOMPARE(t5.data().toString(), QStringLiteral("t5"));
        QVERIFY(flat.setExpanded(tree.index(0, 0), true)); // t2

        // Sorted (a layout change): the expansion follows its rows.
        const auto rowOf = [&tree](const QString &text) {
            return tree.findItems(text).isEmpty() ? -1 : tree.findItems(text).first()->row();
        };
        QSignalSpy layout(&flat, &QAbstractItemModel::layoutChanged);
        tree.sort(1, Qt::AscendingOrder); // by the number: t5, t4, t3, t2
        QCOMPARE(layout.size(), 1);
        QVERIFY(matchesTree(flat));
        QVERIFY(rowOf(QStringLiteral("t2")) > rowOf(QStringLiteral("t5")));
        QVERIFY(flat.isExpanded(tree.index(rowOf(QStringLiteral("t2")), 0)));
        QVERIFY(flat.isExpanded(tree.index(rowOf(QStringLiteral("t4")), 0)));
        QVERIFY(!flat.isExpanded(tree.index(rowOf(QStringLiteral("t5")), 0)));
        QCOMPARE(t5.data().toString(), QStringLiteral("t5"));
        QCOMPARE(flat.mapToSource(t5), tree.index(rowOf(QStringLiteral("t5")), 0));

        // Columns: the flat list follows, expansion kept.
        tree.insertColumn(2);
        QCOMPARE(flat.columnCount(), 3);
        QVERIFY(flat.isExpanded(tree.index(rowOf(QStringLiteral("t2")), 0)));
        QVERIFY(matchesTree(flat));
    }

    // Rows moved in the source: rebuilt like a layout change, the
    // expansion and this model's persistent indexes following their rows.
    void sourceRowsMoved()
    {
        MovingTree tree(6); // tops 1, 3, 5 have two children each
        QAbstractItemModelTester treeTester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
        TreeFlattener flat;
        QAbstractItemModelTester tester(&flat, QAbstractItemModelTester::FailureReportingMode::QtTest);
        flat.setSourceModel(&tree);
        QVERIFY(flat.setExpanded(tree.index(0, 0), true));
        QVERIFY(flat.setExpanded(tree.index(4, 0), true));
        QVERIFY(matchesTree(flat));
        const QPersistentModelIndex child = flat.mapFromSource(tree.index(1, 1, tree.index(4, 0)));
        QCOMPARE(child.data().toString(), QStringLiteral("child 1 of 5.1"));
        QSignalSpy layout(&flat, &QAbstractItemModel::layoutChanged);
        QVERIFY(tree.moveTop(4, 1));
        QCOMPARE(layout.size(), 1);
        QVERIFY(matchesTree(flat));
        QVERIFY(flat.isExpanded(tree.index(0, 0)));
        QVERIFY(flat.isExpanded(tree.index(1, 0)));
        QCOMPARE(tree.index(1, 0).data().toString(), QStringLiteral("top 5.0"));
        QCOMPARE(child.data().toString(), QStringLiteral("child 1 of 5.1"));
        QCOMPARE(child.row(), 3 + 2); // after top 1, its two children and top 5
        QVERIFY(tree.moveTop(0, 5));
        QVERIFY(matchesTree(flat));
        QVERIFY(flat.isExpanded(tree.index(5, 0)));
        QCOMPARE(child.row(), 2);
    }

    // Clearing the model resets everything, expansion included.
    void clearResets()
    {
        Stack s;
        s.model.appendBatch(captureEvents());
        QTRY_VERIFY(s.model.rowCount() > 0);
        s.flat.expandAll();
        QVERIFY(s.flat.expandedCount() > 0);
        QSignalSpy reset(&s.flat, &QAbstractItemModel::modelReset);
        s.model.clear();
        QCOMPARE(reset.size(), 1);
        QCOMPARE(s.flat.rowCount(), 0);
        QCOMPARE(s.flat.expandedCount(), 0);
        s.model.appendBatch(bigStream(3));
        QTRY_COMPARE(s.flat.rowCount(), 4);
        QVERIFY(!s.flat.isExpanded(s.flat.index(0, 0)));
        QVERIFY(matchesTree(s.flat));
        // A new source model starts over too.
        TreeFlattener other;
        QAbstractItemModelTester tester(&other, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(other.rowCount(), 0);
        QCOMPARE(other.columnCount(), 0);
        other.setSourceModel(&s.proxy);
        QCOMPARE(other.rowCount(), 4);
        other.setSourceModel(nullptr);
        QCOMPARE(other.rowCount(), 0);
    }
};

QTEST_MAIN(TestTreeFlattener)
#include "tst_treeflattener.moc"
