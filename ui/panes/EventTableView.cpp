#include "panes/EventTableView.h"

#include "panes/EventRowDelegate.h"

#include <QAbstractProxyModel>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QScrollBar>

#include <algorithm>

namespace pgrepl::ui {

EventTableView::EventTableView(QWidget *parent) : QTableView(parent), m_delegate(new EventRowDelegate(this))
{
    m_delegate->setBranchColumn(0);
    setItemDelegate(m_delegate);
    setShowGrid(false);
    setWordWrap(false);
    setAlternatingRowColors(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTabKeyNavigation(false);
    setCornerButtonEnabled(false);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    updateRowHeight();
}

void EventTableView::updateRowHeight()
{
    // The height a tree view gives a row of one text line: as many rows on
    // screen as before. A mark's colour square is drawn to fit inside it.
    // A fixed size keeps the vertical header from measuring rows.
    QStyleOptionViewItem opt;
    initViewItemOption(&opt);
    opt.features = QStyleOptionViewItem::HasDisplay;
    opt.text = QStringLiteral("0");
    const int height
        = std::max(style()->sizeFromContents(QStyle::CT_ItemViewItem, &opt, QSize(), this).height(),
            fontMetrics().height());
    const int square = std::max(6, height - 6);
    setIconSize(QSize(square, square));
    verticalHeader()->setMinimumSectionSize(height);
    verticalHeader()->setDefaultSectionSize(height);
}

void EventTableView::changeEvent(QEvent *event)
{
    QTableView::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateRowHeight();
}

bool EventTableView::isExpanded(const QModelIndex &index) const
{
    return index.isValid() && index.siblingAtColumn(0).data(EventRowDelegate::ExpandedRole).toBool();
}

bool EventTableView::isExpandable(const QModelIndex &index) const
{
    return index.isValid() && index.siblingAtColumn(0).data(EventRowDelegate::ExpandableRole).toBool();
}

int EventTableView::depth(const QModelIndex &index) const
{
    return index.isValid() ? index.siblingAtColumn(0).data(EventRowDelegate::DepthRole).toInt() : 0;
}

QModelIndex EventTableView::parentRow(const QModelIndex &index) const
{
    if (depth(index) == 0)
        return {};
    if (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model()))
        return proxy->mapFromSource(proxy->mapToSource(index.siblingAtColumn(0)).parent());
    for (int r = index.row() - 1; r >= 0; --r) {
        const QModelIndex up = model()->index(r, 0);
        if (depth(up) == 0)
            return up;
    }
    return {};
}

void EventTableView::setExpanded(const QModelIndex &index, bool open)
{
    if (!index.isValid() || index.model() != model() || isExpanded(index) == open)
        return;
    const QModelIndex row = index.siblingAtColumn(0);
    // The current row stays visible: a child's place goes to its parent,
    // as in a tree view.
    const QModelIndex current = currentIndex();
    if (!open && current.isValid() && parentRow(current) == row)
        moveCurrent(row);
    if (model()->setData(row, open, EventRowDelegate::ExpandedRole)) {
        if (open)
            emit expanded(row);
        else
            emit collapsed(row);
    }
}

void EventTableView::expand(const QModelIndex &index)
{
    setExpanded(index, true);
}

void EventTableView::collapse(const QModelIndex &index)
{
    setExpanded(index, false);
}

void EventTableView::expandAll()
{
    if (model())
        model()->setData({}, true, EventRowDelegate::ExpandedRole);
}

void EventTableView::collapseAll()
{
    // The model moves a current child row to its parent.
    if (model())
        model()->setData({}, false, EventRowDelegate::ExpandedRole);
}

QModelIndex EventTableView::showSource(const QModelIndex &treeIndex)
{
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model());
    if (!proxy || !treeIndex.isValid() || treeIndex.model() != proxy->sourceModel())
        return {};
    const QModelIndex treeParent = treeIndex.parent();
    if (treeParent.isValid()) {
        const QModelIndex flatParent = proxy->mapFromSource(treeParent.siblingAtColumn(0));
        if (!flatParent.isValid())
            return {};
        expand(flatParent);
    }
    return proxy->mapFromSource(treeIndex);
}

QModelIndex EventTableView::sourceIndex(const QModelIndex &index) const
{
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model());
    return proxy ? proxy->mapToSource(index) : QModelIndex();
}

QStyleOptionViewItem EventTableView::cellOption(const QModelIndex &index) const
{
    QStyleOptionViewItem opt;
    initViewItemOption(&opt);
    opt.rect = visualRect(index);
    return opt;
}

QRect EventTableView::branchRect(const QModelIndex &index) const
{
    if (!index.isValid() || !isExpandable(index))
        return {};
    const QModelIndex cell = index.siblingAtColumn(m_delegate->branchColumn());
    return m_delegate->branchRect(cellOption(cell), cell);
}

QRect EventTableView::textRect(const QModelIndex &index) const
{
    return index.isValid() ? m_delegate->textRect(cellOption(index), index) : QRect();
}

void EventTableView::moveCurrent(const QModelIndex &to)
{
    const QModelIndex current = currentIndex();
    const QModelIndex target = to.siblingAtColumn(current.isValid() ? current.column() : 0);
    selectionModel()->setCurrentIndex(
        target, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(target);
}

void EventTableView::mousePressEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const QModelIndex index = indexAt(pos);
    if (event->button() == Qt::LeftButton && index.column() == m_delegate->branchColumn()
        && branchRect(index).contains(pos)) {
        // The arrow toggles without touching the selection, as in a tree view.
        setExpanded(index, !isExpanded(index));
        event->accept();
        return;
    }
    QTableView::mousePressEvent(event);
}

void EventTableView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const QModelIndex index = indexAt(pos);
    if (event->button() == Qt::LeftButton && index.isValid()) {
        // On the arrow the second click is another click on it.
        const bool onArrow = index.column() == m_delegate->branchColumn() && branchRect(index).contains(pos);
        if (isExpandable(index))
            setExpanded(index, !isExpanded(index));
        if (onArrow) {
            event->accept();
            return;
        }
    }
    QTableView::mouseDoubleClickEvent(event);
}

void EventTableView::keyPressEvent(QKeyEvent *event)
{
    const QModelIndex current = currentIndex();
    if (!current.isValid() || event->modifiers().testAnyFlags(Qt::ControlModifier | Qt::AltModifier)) {
        QTableView::keyPressEvent(event);
        return;
    }
    int key = event->key();
    if (isRightToLeft() && (key == Qt::Key_Left || key == Qt::Key_Right))
        key = key == Qt::Key_Left ? Qt::Key_Right : Qt::Key_Left;
    switch (key) {
    case Qt::Key_Right:
        if (isExpandable(current) && !isExpanded(current)) {
            expand(current);
            return;
        }
        if (isExpanded(current)) {
            const QModelIndex next = current.sibling(current.row() + 1, current.column());
            if (next.isValid() && depth(next) == 1)
                moveCurrent(next);
            return;
        }
        // Rows are selected whole, so there is no cell to move to: scroll
        // instead, as a tree view does.
        // (The key is already swapped for a right-to-left layout.)
        horizontalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepAdd);
        return;
    case Qt::Key_Left:
        if (isExpanded(current)) {
            collapse(current);
            return;
        }
        if (depth(current) == 1) {
            moveCurrent(parentRow(current));
            return;
        }
        horizontalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepSub);
        return;
    case Qt::Key_Plus:
        expand(current);
        return;
    case Qt::Key_Minus:
        collapse(current);
        return;
    case Qt::Key_Asterisk:
        expandAll();
        return;
    default:
        break;
    }
    QTableView::keyPressEvent(event);
}

} // namespace pgrepl::ui
