// The flat event list view: an EventTableView over a TreeFlattener over the
// filter proxy, offscreen. Arrows, double-clicks and keys expand and
// collapse as in a tree view, showSource() opens a child's transaction,
// rows have one fixed height, and the delegate keeps the indentation.
#include "models/EventFilterProxy.h"
#include "models/EventListModel.h"
#include "models/TreeFlattener.h"
#include "panes/EventRowDelegate.h"
#include "panes/EventTableView.h"
#include "store/EventStore.h"
#include "txn/TransactionIndex.h"

#include "DemoCapture.h"
#include "EventListStack.h"
#include "StreamEvents.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QScrollBar>
#include <QStyleFactory>
#include <QTreeView>
#include <QtTest>

#include <memory>

using namespace pgrepl;
using namespace pgrepl::test;
using pgrepl::ui::EventFilterProxy;
using pgrepl::ui::EventListModel;
using pgrepl::ui::EventRowDelegate;
using pgrepl::ui::EventTableView;
using pgrepl::ui::TreeFlattener;

namespace {

struct Fixture : EventListStack
{
    TreeFlattener flat;
    QAbstractItemModelTester tester {&flat, QAbstractItemModelTester::FailureReportingMode::QtTest};
    EventTableView view;

    Fixture() : EventListStack(1, false)
    {
        flat.setSourceModel(&proxy);
        view.setModel(&flat);
        view.resize(900, 700);
    }
    // Loads the demo capture and shows the view; false if it did not.
    bool load()
    {
        model.appendBatch(StreamEventBatch {keepalive(0x100)} + streamFromCapture());
        if (!QTest::qWaitFor([this] { return model.rowCount() > 5; }))
            return false;
        view.show();
        return QTest::qWaitForWindowExposed(&view);
    }
    // The flat row of the nth transaction (top row with children).
    QModelIndex transaction(int nth = 0) const
    {
        for (int r = 0; r < flat.rowCount(); ++r) {
            const QModelIndex i = flat.index(r, 0);
            if (i.data(TreeFlattener::ExpandableRole).toBool() && nth-- == 0)
                return i;
        }
        return {};
    }
    QModelIndex standalone() const
    {
        for (int r = 0; r < flat.rowCount(); ++r) {
            const QModelIndex i = flat.index(r, 0);
            if (!i.data(TreeFlattener::ExpandableRole).toBool())
                return i;
        }
        return {};
    }
};

} // namespace

class TestEventTableView : public QObject
{
    Q_OBJECT

private slots:
    // Looks like a tree view: no grid, no row numbers, one line of fixed
    // height a row, whole rows selected, movable columns.
    void looksLikeATreeView()
    {
        Fixture f;
        QVERIFY(f.load());
        // As tall as a tree view's row of one text line, and no shorter
        // than the font; a mark's colour square fits inside.
        QTreeView tree;
        tree.setUniformRowHeights(true);
        tree.setModel(&f.proxy);
        tree.resize(900, 300);
        tree.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tree));
        const int height = tree.visualRect(f.proxy.index(0, 0)).height();
        QVERIFY(height >= f.view.fontMetrics().height());
        QCOMPARE(f.view.rowHeight(0), height);
        QVERIFY(f.view.iconSize().height() < height);
        QVERIFY(!f.view.showGrid());
        QVERIFY(f.view.verticalHeader()->isHidden());
        QCOMPARE(f.view.verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
        QCOMPARE(f.view.selectionBehavior(), QAbstractItemView::SelectRows);
        QCOMPARE(f.view.selectionMode(), QAbstractItemView::ExtendedSelection);
        QVERIFY(f.view.alternatingRowColors());
        QVERIFY(!f.view.wordWrap());
        QVERIFY(f.view.horizontalHeader()->sectionsMovable());
        QCOMPARE(f.view.rowDelegate()->branchColumn(), 0);
        f.view.expandAll();
        for (int r = 0; r < f.flat.rowCount(); r += 7)
            QCOMPARE(f.view.rowHeight(r), height);
        // A bigger font: taller rows, all alike still.
        QFont font = f.view.font();
        font.setPointSize(font.pointSize() * 2);
        f.view.setFont(font);
        tree.setFont(font);
        const int taller = tree.visualRect(f.proxy.index(0, 0)).height();
        QVERIFY(taller > height);
        QCOMPARE(f.view.rowHeight(0), taller);
        QCOMPARE(f.view.rowHeight(f.flat.rowCount() - 1), taller);
        // Painting every kind of row works (and is not compared to anything).
        QVERIFY(!f.view.viewport()->grab().isNull());
    }

    // The delegate reserves one level of indentation and the arrow's
    // place: a child's text starts an indentation further right than its
    // transaction's, a row without children lines up with transactions.
    // The column layout a user saved from the event list's header when it
    // was a tree view's restores into the table's horizontal header.
    void restoresATreeViewsColumnLayout()
    {
        Fixture f;
        QVERIFY(f.load());
        QTreeView tree;
        tree.setModel(&f.proxy);
        tree.header()->resizeSection(EventListModel::KindColumn, 211);
        tree.header()->moveSection(EventListModel::XidColumn, 1);
        tree.header()->hideSection(EventListModel::SizeColumn);
        const QByteArray saved = tree.header()->saveState();
        QVERIFY(f.view.horizontalHeader()->restoreState(saved));
        QCOMPARE(f.view.horizontalHeader()->sectionSize(EventListModel::KindColumn), 211);
        QCOMPARE(f.view.horizontalHeader()->visualIndex(EventListModel::XidColumn), 1);
        QVERIFY(f.view.horizontalHeader()->isSectionHidden(EventListModel::SizeColumn));
    }

    void indentation()
    {
        Fixture f;
        QVERIFY(f.load());
        const QModelIndex txn = f.transaction();
        f.view.expand(txn);
        const QModelIndex child = f.flat.index(txn.row() + 1, 0);
        QCOMPARE(child.data(TreeFlattener::DepthRole).toInt(), 1);
        const int indent = EventRowDelegate::indentation(&f.view);
        QVERIFY(indent > 0);
        const QRect parentText = f.view.textRect(txn);
        const QRect childText = f.view.textRect(child);
        QCOMPARE(childText.left() - parentText.left(), indent);
        QVERIFY(parentText.left() >= f.view.visualRect(txn).left() + indent);
        QCOMPARE(f.view.textRect(f.standalone()).left(), parentText.left());
        // The arrow sits in the reserved place; other columns have none.
        const QRect arrow = f.view.branchRect(txn);
        QVERIFY(!arrow.isEmpty());
        QCOMPARE(arrow.left(), f.view.visualRect(txn).left());
        QVERIFY(arrow.right() < parentText.left());
        QVERIFY(f.view.branchRect(child).isEmpty());
        QVERIFY(f.view.branchRect(f.standalone()).isEmpty());
        const QModelIndex other = txn.siblingAtColumn(EventListModel::XidColumn);
        QCOMPARE(f.view.textRect(other).left() - f.view.visualRect(other).left(),
            f.view.textRect(child).left() - f.view.visualRect(child).left() - 2 * indent);
        // A wider first column for its indentation.
        QStyleOptionViewItem opt;
        opt.rect = f.view.visualRect(child);
        opt.widget = &f.view;
        QCOMPARE(f.view.rowDelegate()->sizeHint(opt, child).width()
                - QStyledItemDelegate().sizeHint(opt, child).width(),
            2 * indent);
    }

    // A click on the arrow toggles without selecting; a click elsewhere
    // selects without toggling.
    void arrowClickToggles()
    {
        Fixture f;
        QVERIFY(f.load());
        QSignalSpy expanded(&f.view, &EventTableView::expanded);
        QSignalSpy collapsed(&f.view, &EventTableView::collapsed);
        const QModelIndex txn = f.transaction(1);
        const int rows = f.flat.rowCount();
        const int children = f.proxy.rowCount(f.flat.mapToSource(txn));
        QTest::mouseClick(f.view.viewport(), Qt::LeftButton, {}, f.view.branchRect(txn).center());
        QVERIFY(f.view.isExpanded(txn));
        QCOMPARE(f.flat.rowCount(), rows + children);
        QCOMPARE(expanded.size(), 1);
        QCOMPARE(expanded[0][0].value<QModelIndex>(), txn);
        QVERIFY(!f.view.selectionModel()->isRowSelected(txn.row()));
        QTest::mouseClick(f.view.viewport(), Qt::LeftButton, {}, f.view.branchRect(txn).center());
        QVERIFY(!f.view.isExpanded(txn));
        QCOMPARE(collapsed.size(), 1);
        QCOMPARE(f.flat.rowCount(), rows);

        QTest::mouseClick(f.view.viewport(), Qt::LeftButton, {}, f.view.textRect(txn).center());
        QVERIFY(!f.view.isExpanded(txn));
        QVERIFY(f.view.selectionModel()->isRowSelected(txn.row()));
        QCOMPARE(f.view.currentIndex().row(), txn.row());
    }

    // A double-click on a transaction's row toggles it; on a standalone
    // row it does nothing but report the double-click.
    void doubleClickToggles()
    {
        Fixture f;
        QVERIFY(f.load());
        QSignalSpy doubleClicked(&f.view, &QAbstractItemView::doubleClicked);
        const QModelIndex txn = f.transaction(2);
        const QPoint onText = f.view.visualRect(txn.siblingAtColumn(EventListModel::SummaryColumn)).center();
        // A real double-click: press, release, then the double-click event.
        const auto doubleClick = [&f](QPoint at) {
            QTest::mouseClick(f.view.viewport(), Qt::LeftButton, {}, at);
            QTest::mouseDClick(f.view.viewport(), Qt::LeftButton, {}, at);
        };
        doubleClick(onText);
        QVERIFY(f.view.isExpanded(txn));
        QCOMPARE(doubleClicked.size(), 1);
        doubleClick(onText);
        QVERIFY(!f.view.isExpanded(txn));
        const int rows = f.flat.rowCount();
        doubleClick(f.view.visualRect(f.standalone()).center());
        QCOMPARE(f.flat.rowCount(), rows);
        QCOMPARE(doubleClicked.size(), 3);
    }

    // Keys as in a tree view: Right expands then goes to the first child,
    // Left goes to the parent then collapses; + - and *.
    void keys()
    {
        Fixture f;
        QVERIFY(f.load());
        const QModelIndex txn = f.transaction(1);
        f.view.setCurrentIndex(txn.siblingAtColumn(2));
        QTest::keyClick(&f.view, Qt::Key_Right);
        QVERIFY(f.view.isExpanded(txn));
        QCOMPARE(f.view.currentIndex().row(), txn.row());
        QTest::keyClick(&f.view, Qt::Key_Right);
        QCOMPARE(f.view.currentIndex().row(), txn.row() + 1);
        QCOMPARE(f.view.currentIndex().column(), 2);
        QCOMPARE(f.view.currentIndex().data(TreeFlattener::DepthRole).toInt(), 1);
        QVERIFY(f.view.selectionModel()->isRowSelected(txn.row() + 1));
        QTest::keyClick(&f.view, Qt::Key_Down);
        QCOMPARE(f.view.currentIndex().row(), txn.row() + 2);
        QTest::keyClick(&f.view, Qt::Key_Left); // to the parent
        QCOMPARE(f.view.currentIndex().row(), txn.row());
        QVERIFY(f.view.isExpanded(txn));
        QTest::keyClick(&f.view, Qt::Key_Left); // collapses
        QVERIFY(!f.view.isExpanded(txn));
        QCOMPARE(f.view.currentIndex().row(), txn.row());
        QTest::keyClick(&f.view, Qt::Key_Plus);
        QVERIFY(f.view.isExpanded(txn));
        QTest::keyClick(&f.view, Qt::Key_Minus);
        QVERIFY(!f.view.isExpanded(txn));
        QTest::keyClick(&f.view, Qt::Key_Asterisk);
        for (int r = 0; r < f.proxy.rowCount(); ++r)
            QCOMPARE(f.view.isExpanded(f.flat.mapFromSource(f.proxy.index(r, 0))),
                f.proxy.hasChildren(f.proxy.index(r, 0)));
        f.view.collapseAll();
        QCOMPARE(f.flat.rowCount(), f.proxy.rowCount());
    }

    // Backgrounds: the base colour, the alternate one every other row, the
    // highlight across a selected row, a marked row's colour (the delegate
    // leaves plain cells to the view and asks the style only for the
    // others).
    void cellBackgrounds()
    {
        Fixture f;
        QVERIFY(f.load());
        f.view.setCurrentIndex(QModelIndex());
        f.view.clearSelection();
        QVERIFY(f.view.alternatingRowColors());
        const QModelIndex selected = f.transaction(1);
        f.view.selectionModel()->select(
            selected, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        // A marked row has a background of its own.
        const QModelIndex marked = f.transaction(0);
        f.model.toggleMark(f.proxy.mapToSource(f.flat.mapToSource(marked)));
        const QColor markColour = marked.siblingAtColumn(EventListModel::RelationColumn)
                                      .data(Qt::BackgroundRole)
                                      .value<QBrush>()
                                      .color();
        QVERIFY(markColour.isValid());
        const QImage shot = f.view.viewport()->grab().toImage();
        const QPalette pal = f.view.palette();
        const QPalette::ColorGroup group = f.view.isActiveWindow() ? QPalette::Active : QPalette::Inactive;
        // A point in each row's empty relation cell (keepalives and
        // transaction rows have no relation), away from any text.
        const auto backgroundOf = [&](int row) {
            const QRect cell = f.view.visualRect(f.flat.index(row, EventListModel::RelationColumn));
            return shot.pixelColor(cell.center() * shot.devicePixelRatio());
        };
        int checked = 0;
        for (int row = 0; row < std::min(f.flat.rowCount(), 12); ++row) {
            if (!f.flat.index(row, EventListModel::RelationColumn).data().toString().isEmpty())
                continue;
            const QColor expected = row == selected.row() ? pal.color(group, QPalette::Highlight)
                : row == marked.row()                     ? markColour
                : row % 2                                 ? pal.color(group, QPalette::AlternateBase)
                                                          : pal.color(group, QPalette::Base);
            QCOMPARE(backgroundOf(row), expected);
            ++checked;
        }
        QVERIFY(checked >= 4);
        QVERIFY(marked.row() < 12 && selected.row() < 12);
        QVERIFY(pal.color(group, QPalette::AlternateBase) != pal.color(group, QPalette::Base));
    }

    // A style sheet may draw an item panel (here a border) on plain cells,
    // so they ask it; Fusion, which draws none there, is not asked. (A
    // sheet's item background alone reaches them anyway, through the row.)
    void styleSheetReachesPlainCells()
    {
        const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        QVERIFY(fusion);
        QVERIFY(!EventRowDelegate::drawsPlainItemPanels(fusion.get()));
        Fixture f;
        QVERIFY(f.load());
        f.view.setCurrentIndex(QModelIndex());
        f.view.clearSelection();
        const QColor sheet(1, 200, 3);
        f.view.setStyleSheet(QStringLiteral("QTableView::item { border: 3px solid %1; }").arg(sheet.name()));
        QVERIFY(EventRowDelegate::drawsPlainItemPanels(f.view.style()));
        const QImage shot = f.view.viewport()->grab().toImage();
        int checked = 0;
        for (int row = 0; row < std::min(f.flat.rowCount(), 6); ++row) {
            const QModelIndex cell = f.flat.index(row, EventListModel::RelationColumn);
            if (!cell.data().toString().isEmpty())
                continue;
            const QRect r = f.view.visualRect(cell);
            QCOMPARE(shot.pixelColor(QPoint(r.left() + 1, r.center().y()) * shot.devicePixelRatio()), sheet);
            ++checked;
        }
        QVERIFY(checked >= 2);
    }

    // Right and Left on a row with nothing to open or close scroll the
    // view sideways, as in a tree view; the current cell stays.
    void sidewaysOnALeafScrolls()
    {
        Fixture f;
        QVERIFY(f.load());
        f.view.resize(240, 300);
        for (int c = 0; c < f.flat.columnCount(); ++c)
            f.view.horizontalHeader()->resizeSection(c, 150);
        const QModelIndex leaf = f.standalone().siblingAtColumn(0);
        QVERIFY(leaf.isValid());
        QVERIFY(!f.view.isExpandable(leaf));
        f.view.setCurrentIndex(leaf);
        QScrollBar *bar = f.view.horizontalScrollBar();
        QVERIFY(bar->maximum() > 0);
        QCOMPARE(bar->value(), 0);
        QTest::keyClick(&f.view, Qt::Key_Right);
        QCOMPARE(f.view.currentIndex(), leaf);
        QVERIFY(bar->value() > 0);
        QTest::keyClick(&f.view, Qt::Key_Left);
        QCOMPARE(f.view.currentIndex(), leaf);
        QCOMPARE(bar->value(), 0);
        // Right to left, the keys swap, as in a tree view: the physical Right
        // goes back towards the start.
        f.view.setLayoutDirection(Qt::RightToLeft);
        bar->setValue(bar->maximum() / 2);
        const int middle = bar->value();
        QVERIFY(middle > 0);
        QTest::keyClick(&f.view, Qt::Key_Right);
        QVERIFY(bar->value() < middle);
        QTest::keyClick(&f.view, Qt::Key_Left);
        QCOMPARE(bar->value(), middle);
        QCOMPARE(f.view.currentIndex(), leaf);
        f.view.setLayoutDirection(Qt::LeftToRight);
        // A collapsed transaction: Left has nothing to close either.
        const QModelIndex txn = f.transaction(1);
        f.view.setCurrentIndex(txn);
        QTest::keyClick(&f.view, Qt::Key_Left);
        QCOMPARE(f.view.currentIndex(), txn);
        QVERIFY(!f.view.isExpanded(txn));
    }

    // Collapsing a row whose child is current makes the row current.
    void collapseMovesCurrentToParent()
    {
        Fixture f;
        QVERIFY(f.load());
        const QModelIndex txn = f.transaction(0);
        f.view.expand(txn);
        f.view.setCurrentIndex(f.flat.index(txn.row() + 2, 3));
        f.view.collapse(txn);
        QCOMPARE(f.view.currentIndex().row(), txn.row());
        QCOMPARE(f.view.currentIndex().column(), 3);
        f.view.expandAll();
        f.view.setCurrentIndex(f.flat.index(txn.row() + 1, 1));
        f.view.collapseAll();
        QCOMPARE(f.view.currentIndex().row(), txn.row());
        QCOMPARE(f.view.currentIndex().column(), 1);
    }

    // showSource() takes a row of the tree (the filter proxy): a child of
    // a collapsed transaction gets its parent expanded.
    void showSourceExpandsTheParent()
    {
        Fixture f;
        QVERIFY(f.load());
        const QModelIndex treeTxn = f.flat.mapToSource(f.transaction(3));
        const QModelIndex treeChild = f.proxy.index(1, EventListModel::SummaryColumn, treeTxn);
        QVERIFY(treeChild.isValid());
        QSignalSpy expanded(&f.view, &EventTableView::expanded);
        const QModelIndex shown = f.view.showSource(treeChild);
        QVERIFY(shown.isValid());
        QCOMPARE(expanded.size(), 1);
        QVERIFY(f.view.isExpanded(f.flat.mapFromSource(treeTxn)));
        QCOMPARE(shown.row(), f.flat.mapFromSource(treeTxn).row() + 2);
        QCOMPARE(shown.column(), int(EventListModel::SummaryColumn));
        QCOMPARE(shown.data(), treeChild.data());
        QCOMPARE(f.view.sourceIndex(shown), treeChild);
        // A top row needs nothing; another model's index gives nothing.
        QCOMPARE(f.view.showSource(treeTxn), f.flat.mapFromSource(treeTxn));
        QCOMPARE(expanded.size(), 1);
        QVERIFY(!f.view.showSource(f.model.index(0, 0)).isValid());
        // Hidden by a filter: nothing to show.
        EventFilterSpec inserts;
        inserts.operations = EventFilterSpec::Insert;
        const QPersistentModelIndex keepalive = f.proxy.index(0, 0);
        f.proxy.setSpec(inserts);
        QVERIFY(!keepalive.isValid());
        QVERIFY(!f.view.showSource(keepalive).isValid());
    }
};

QTEST_MAIN(TestEventTableView)
#include "tst_eventtableview.moc"
