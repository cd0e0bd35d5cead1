#include "models/TreeFlattener.h"

#include "panes/EventRowDelegate.h"

#include <algorithm>

namespace pgrepl::ui {

// The delegate draws the branches from these roles without linking this
// library: the numbers must agree.
static_assert(int(TreeFlattener::DepthRole) == int(EventRowDelegate::DepthRole));
static_assert(int(TreeFlattener::ExpandableRole) == int(EventRowDelegate::ExpandableRole));
static_assert(int(TreeFlattener::ExpandedRole) == int(EventRowDelegate::ExpandedRole));

TreeFlattener::TreeFlattener(QObject *parent) : QAbstractProxyModel(parent) { }

TreeFlattener::~TreeFlattener() = default;

void TreeFlattener::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    if (QAbstractItemModel *old = sourceModel())
        disconnect(old, nullptr, this, nullptr);
    m_expanded.clear();
    m_pending.reset();
    QAbstractProxyModel::setSourceModel(model);
    if (model) {
        connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this,
            &TreeFlattener::sourceRowsAboutToBeInserted);
        connect(model, &QAbstractItemModel::rowsInserted, this, &TreeFlattener::sourceRowsInserted);
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            &TreeFlattener::sourceRowsAboutToBeRemoved);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &TreeFlattener::sourceRowsRemoved);
        connect(model, &QAbstractItemModel::dataChanged, this, &TreeFlattener::sourceDataChanged);
        connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this,
            &TreeFlattener::sourceLayoutAboutToBeChanged);
        connect(model, &QAbstractItemModel::layoutChanged, this, &TreeFlattener::sourceLayoutChanged);
        // A move can take rows between parents: rebuilt like a layout change.
        connect(model, &QAbstractItemModel::rowsAboutToBeMoved, this,
            &TreeFlattener::sourceLayoutAboutToBeChanged);
        connect(model, &QAbstractItemModel::rowsMoved, this, &TreeFlattener::sourceLayoutChanged);
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &TreeFlattener::sourceAboutToBeReset);
        connect(model, &QAbstractItemModel::modelReset, this, &TreeFlattener::sourceReset);
        // Columns are the source's: a change of them is rare enough to start over.
        for (const auto about :
            {&QAbstractItemModel::columnsAboutToBeInserted, &QAbstractItemModel::columnsAboutToBeRemoved})
            connect(model, about, this, &TreeFlattener::sourceAboutToBeReset);
        for (const auto done : {&QAbstractItemModel::columnsInserted, &QAbstractItemModel::columnsRemoved})
            connect(model, done, this, &TreeFlattener::sourceReset);
        connect(
            model, &QAbstractItemModel::columnsAboutToBeMoved, this, &TreeFlattener::sourceAboutToBeReset);
        connect(model, &QAbstractItemModel::columnsMoved, this, &TreeFlattener::sourceReset);
        connect(model, &QAbstractItemModel::headerDataChanged, this,
            [this](Qt::Orientation orientation, int first, int last) {
                if (orientation == Qt::Horizontal)
                    emit headerDataChanged(orientation, first, last);
            });
    }
    rebuild();
    endResetModel();
}

int TreeFlattener::flatEnd(int top) const
{
    return top + 1 < topCount() ? m_flatRowOfTop[std::size_t(top) + 1] : int(m_entries.size());
}

int TreeFlattener::topRowOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return -1;
    if (index.model() == this) {
        if (std::size_t(index.row()) >= m_entries.size())
            return -1;
        const Entry &e = m_entries[std::size_t(index.row())];
        return e.child < 0 ? e.top : -1;
    }
    if (index.model() == sourceModel() && !index.parent().isValid() && index.row() < topCount())
        return index.row();
    return -1;
}

void TreeFlattener::rebuild()
{
    m_entries.clear();
    m_flatRowOfTop.clear();
    m_expandedTop.clear();
    const QAbstractItemModel *source = sourceModel();
    if (!source)
        return;
    const int tops = source->rowCount();
    m_expandedTop.assign(std::size_t(tops), 0);
    // Rows the source dropped (filtered out) are forgotten; a row listed
    // twice after a move counts once.
    std::vector<QPersistentModelIndex> kept;
    kept.reserve(m_expanded.size());
    for (const QPersistentModelIndex &p : m_expanded) {
        if (!p.isValid() || p.parent().isValid() || p.row() >= tops || m_expandedTop[std::size_t(p.row())])
            continue;
        m_expandedTop[std::size_t(p.row())] = 1;
        kept.push_back(p);
    }
    m_expanded = std::move(kept);
    m_flatRowOfTop.resize(std::size_t(tops));
    m_entries.reserve(std::size_t(tops));
    for (int r = 0; r < tops; ++r) {
        m_flatRowOfTop[std::size_t(r)] = int(m_entries.size());
        m_entries.push_back({r, -1});
        if (!m_expandedTop[std::size_t(r)])
            continue;
        const int children = source->rowCount(source->index(r, 0));
        for (int c = 0; c < children; ++c)
            m_entries.push_back({r, c});
    }
}

template<typename F> void TreeFlattener::relayout(F change)
{
    sourceLayoutAboutToBeChanged();
    change();
    sourceLayoutChanged();
}

void TreeFlattener::forgetExpanded(int top)
{
    m_expandedTop[std::size_t(top)] = 0;
    const auto it = std::find_if(m_expanded.begin(), m_expanded.end(),
        [top](const QPersistentModelIndex &p) { return p.row() == top && !p.parent().isValid(); });
    if (it != m_expanded.end()) {
        *it = std::move(m_expanded.back());
        m_expanded.pop_back();
    }
}

void TreeFlattener::emitTopChanged(int top, int role)
{
    const int row = m_flatRowOfTop[std::size_t(top)];
    emit dataChanged(index(row, 0), index(row, columnCount() - 1), {role});
}

bool TreeFlattener::setExpanded(const QModelIndex &idx, bool expanded)
{
    const int top = topRowOf(idx);
    if (top < 0)
        return false;
    if (bool(m_expandedTop[std::size_t(top)]) == expanded)
        return true;
    QAbstractItemModel *source = sourceModel();
    const QModelIndex sourceTop = source->index(top, 0);
    const int flatTop = m_flatRowOfTop[std::size_t(top)];
    if (expanded) {
        if (!source->hasChildren(sourceTop))
            return false;
        const int n = source->rowCount(sourceTop);
        if (n > 0)
            beginInsertRows({}, flatTop + 1, flatTop + n);
        std::vector<Entry> children(static_cast<std::size_t>(n));
        for (int c = 0; c < n; ++c)
            children[std::size_t(c)] = {top, c};
        m_entries.insert(m_entries.begin() + flatTop + 1, children.cbegin(), children.cend());
        for (std::size_t t = std::size_t(top) + 1; t < m_flatRowOfTop.size(); ++t)
            m_flatRowOfTop[t] += n;
        m_expandedTop[std::size_t(top)] = 1;
        m_expanded.emplace_back(sourceTop);
        if (n > 0)
            endInsertRows();
    } else {
        const int n = shownChildren(top);
        if (n > 0)
            beginRemoveRows({}, flatTop + 1, flatTop + n);
        m_entries.erase(m_entries.begin() + flatTop + 1, m_entries.begin() + flatTop + 1 + n);
        for (std::size_t t = std::size_t(top) + 1; t < m_flatRowOfTop.size(); ++t)
            m_flatRowOfTop[t] -= n;
        forgetExpanded(top);
        if (n > 0)
            endRemoveRows();
    }
    emitTopChanged(top, ExpandedRole);
    return true;
}

bool TreeFlattener::isExpanded(const QModelIndex &index) const
{
    const int top = topRowOf(index);
    return top >= 0 && m_expandedTop[std::size_t(top)];
}

void TreeFlattener::expandAll()
{
    QAbstractItemModel *source = sourceModel();
    if (!source)
        return;
    relayout([this, source] {
        for (int r = 0; r < topCount(); ++r) {
            if (m_expandedTop[std::size_t(r)])
                continue;
            const QModelIndex top = source->index(r, 0);
            if (source->hasChildren(top))
                m_expanded.emplace_back(top);
        }
    });
}

void TreeFlattener::collapseAll()
{
    if (m_expanded.empty())
        return;
    relayout([this] { m_expanded.clear(); });
}

QModelIndex TreeFlattener::mapToSource(const QModelIndex &proxyIndex) const
{
    const QAbstractItemModel *source = sourceModel();
    if (!source || !proxyIndex.isValid() || proxyIndex.model() != this
        || std::size_t(proxyIndex.row()) >= m_entries.size())
        return {};
    const Entry &e = m_entries[std::size_t(proxyIndex.row())];
    if (e.child < 0)
        return source->index(e.top, proxyIndex.column());
    return source->index(e.child, proxyIndex.column(), source->index(e.top, 0));
}

QModelIndex TreeFlattener::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != sourceModel())
        return {};
    const QModelIndex sourceParent = sourceIndex.parent();
    if (!sourceParent.isValid()) {
        if (sourceIndex.row() >= topCount())
            return {};
        return createIndex(m_flatRowOfTop[std::size_t(sourceIndex.row())], sourceIndex.column());
    }
    const int top = sourceParent.row();
    if (sourceParent.parent().isValid() || top >= topCount() || !m_expandedTop[std::size_t(top)]
        || sourceIndex.row() >= shownChildren(top))
        return {};
    return createIndex(m_flatRowOfTop[std::size_t(top)] + 1 + sourceIndex.row(), sourceIndex.column());
}

QModelIndex TreeFlattener::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || std::size_t(row) >= m_entries.size()
        || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex TreeFlattener::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex TreeFlattener::sibling(int row, int column, const QModelIndex &idx) const
{
    return idx.isValid() && idx.model() == this ? index(row, column) : QModelIndex();
}

int TreeFlattener::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int TreeFlattener::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

bool TreeFlattener::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_entries.empty();
}

Qt::ItemFlags TreeFlattener::flags(const QModelIndex &index) const
{
    const QModelIndex source = mapToSource(index);
    if (!source.isValid())
        return {};
    return sourceModel()->flags(source) | Qt::ItemNeverHasChildren;
}

QVariant TreeFlattener::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || std::size_t(index.row()) >= m_entries.size())
        return {};
    const Entry &e = m_entries[std::size_t(index.row())];
    switch (role) {
    case DepthRole:
        return e.child < 0 ? 0 : 1;
    case ExpandableRole:
        return e.child < 0 && sourceModel()->hasChildren(sourceModel()->index(e.top, 0));
    case ExpandedRole:
        return e.child < 0 && m_expandedTop[std::size_t(e.top)];
    default:
        return sourceModel()->data(mapToSource(index), role);
    }
}

void TreeFlattener::multiData(const QModelIndex &index, QModelRoleDataSpan roleDataSpan) const
{
    // One mapping for every role a delegate asks about; the source leaves
    // the roles it does not know empty, and ours are filled after.
    const QModelIndex source = mapToSource(index);
    if (!source.isValid()) {
        for (QModelRoleData &d : roleDataSpan)
            d.clearData();
        return;
    }
    sourceModel()->multiData(source, roleDataSpan);
    for (QModelRoleData &d : roleDataSpan)
        if (d.role() >= DepthRole && d.role() <= ExpandedRole)
            d.setData(data(index, d.role()));
}

bool TreeFlattener::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != ExpandedRole)
        return QAbstractProxyModel::setData(index, value, role);
    // The view reaches expansion through the model's interface alone
    // (it lives in a library that cannot link this one).
    if (!index.isValid()) {
        if (value.toBool())
            expandAll();
        else
            collapseAll();
        return true;
    }
    return setExpanded(index, value.toBool());
}

QVariant TreeFlattener::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The base class would find a column through a row, and an empty list has none.
    if (!sourceModel() || orientation != Qt::Horizontal)
        return QAbstractItemModel::headerData(section, orientation, role);
    return sourceModel()->headerData(section, orientation, role);
}

void TreeFlattener::sourceRowsAboutToBeInserted(const QModelIndex &parent, int first, int last)
{
    m_pending.reset();
    const int n = last - first + 1;
    if (!parent.isValid()) {
        const int at = first < topCount() ? m_flatRowOfTop[std::size_t(first)] : int(m_entries.size());
        m_pending = Pending {-1, first, n, at, n};
        beginInsertRows({}, at, at + n - 1);
        return;
    }
    const int top = parent.row();
    if (parent.parent().isValid() || top >= topCount())
        return;
    // Rows under a collapsed top row are not shown; its arrow may change.
    const bool shown = m_expandedTop[std::size_t(top)];
    const int at = m_flatRowOfTop[std::size_t(top)] + 1 + first;
    m_pending = Pending {top, first, n, at, shown ? n : 0};
    if (shown)
        beginInsertRows({}, at, at + n - 1);
}

void TreeFlattener::sourceRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (!m_pending || m_pending->first != first || m_pending->count != last - first + 1)
        return;
    const Pending p = *m_pending;
    m_pending.reset();
    if (p.top < 0) {
        std::vector<Entry> rows(std::size_t(p.count));
        for (int i = 0; i < p.count; ++i)
            rows[std::size_t(i)] = {first + i, -1};
        // Appending (the common case) shifts nothing.
        const auto at = m_entries.insert(m_entries.begin() + p.flatFirst, rows.cbegin(), rows.cend());
        for (auto it = at + p.count; it != m_entries.end(); ++it)
            it->top += p.count;
        std::vector<int> flat(std::size_t(p.count));
        for (int i = 0; i < p.count; ++i)
            flat[std::size_t(i)] = p.flatFirst + i;
        m_flatRowOfTop.insert(m_flatRowOfTop.begin() + first, flat.cbegin(), flat.cend());
        for (std::size_t t = std::size_t(first + p.count); t < m_flatRowOfTop.size(); ++t)
            m_flatRowOfTop[t] += p.count;
        m_expandedTop.insert(m_expandedTop.begin() + first, std::size_t(p.count), char(0));
        endInsertRows();
        return;
    }
    if (p.flatCount > 0) {
        std::vector<Entry> rows(std::size_t(p.count));
        for (int i = 0; i < p.count; ++i)
            rows[std::size_t(i)] = {p.top, first + i};
        const auto at = m_entries.insert(m_entries.begin() + p.flatFirst, rows.cbegin(), rows.cend());
        for (auto it = at + p.count; it != m_entries.end() && it->top == p.top; ++it)
            it->child += p.count;
        for (std::size_t t = std::size_t(p.top) + 1; t < m_flatRowOfTop.size(); ++t)
            m_flatRowOfTop[t] += p.count;
        endInsertRows();
    }
    if (sourceModel()->rowCount(parent) == p.count)
        emitTopChanged(p.top, ExpandableRole); // its first children
}

void TreeFlattener::sourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    m_pending.reset();
    const int n = last - first + 1;
    if (!parent.isValid()) {
        if (last >= topCount())
            return;
        const int from = m_flatRowOfTop[std::size_t(first)];
        const int to = flatEnd(last);
        m_pending = Pending {-1, first, n, from, to - from};
        beginRemoveRows({}, from, to - 1);
        return;
    }
    const int top = parent.row();
    if (parent.parent().isValid() || top >= topCount())
        return;
    const bool shown = m_expandedTop[std::size_t(top)] && last < shownChildren(top);
    const int from = m_flatRowOfTop[std::size_t(top)] + 1 + first;
    m_pending = Pending {top, first, n, from, shown ? n : 0};
    if (shown)
        beginRemoveRows({}, from, from + n - 1);
}

void TreeFlattener::sourceRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (!m_pending || m_pending->first != first || m_pending->count != last - first + 1)
        return;
    const Pending p = *m_pending;
    m_pending.reset();
    if (p.top < 0) {
        const auto at
            = m_entries.erase(m_entries.begin() + p.flatFirst, m_entries.begin() + p.flatFirst + p.flatCount);
        for (auto it = at; it != m_entries.end(); ++it)
            it->top -= p.count;
        m_flatRowOfTop.erase(m_flatRowOfTop.begin() + first, m_flatRowOfTop.begin() + first + p.count);
        for (std::size_t t = std::size_t(first); t < m_flatRowOfTop.size(); ++t)
            m_flatRowOfTop[t] -= p.flatCount;
        m_expandedTop.erase(m_expandedTop.begin() + first, m_expandedTop.begin() + first + p.count);
        // The source invalidated the removed rows' persistent indexes.
        m_expanded.erase(std::remove_if(m_expanded.begin(), m_expanded.end(),
                             [](const QPersistentModelIndex &i) { return !i.isValid(); }),
            m_expanded.end());
        endRemoveRows();
        return;
    }
    if (p.flatCount > 0) {
        const auto at
            = m_entries.erase(m_entries.begin() + p.flatFirst, m_entries.begin() + p.flatFirst + p.flatCount);
        for (auto it = at; it != m_entries.end() && it->top == p.top; ++it)
            it->child -= p.count;
        for (std::size_t t = std::size_t(p.top) + 1; t < m_flatRowOfTop.size(); ++t)
            m_flatRowOfTop[t] -= p.count;
        endRemoveRows();
    }
    if (sourceModel()->rowCount(parent) == 0)
        emitTopChanged(p.top, ExpandableRole); // its last children
}

void TreeFlattener::sourceDataChanged(
    const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    if (!topLeft.isValid() || !bottomRight.isValid())
        return;
    const int lastColumn = std::min(bottomRight.column(), columnCount() - 1);
    const QModelIndex parent = topLeft.parent();
    if (!parent.isValid()) {
        // Top rows are contiguous up to an expanded one: one signal a run.
        const int last = std::min(bottomRight.row(), topCount() - 1);
        int r = topLeft.row();
        while (r <= last) {
            int end = r;
            while (end < last && m_flatRowOfTop[std::size_t(end) + 1] == m_flatRowOfTop[std::size_t(end)] + 1)
                ++end;
            emit dataChanged(index(m_flatRowOfTop[std::size_t(r)], topLeft.column()),
                index(m_flatRowOfTop[std::size_t(end)], lastColumn), roles);
            r = end + 1;
        }
        return;
    }
    const int top = parent.row();
    if (parent.parent().isValid() || top >= topCount() || !m_expandedTop[std::size_t(top)])
        return;
    const int last = std::min(bottomRight.row(), shownChildren(top) - 1);
    if (last < topLeft.row())
        return;
    const int base = m_flatRowOfTop[std::size_t(top)] + 1;
    emit dataChanged(index(base + topLeft.row(), topLeft.column()), index(base + last, lastColumn), roles);
}

void TreeFlattener::sourceLayoutAboutToBeChanged()
{
    emit layoutAboutToBeChanged();
    m_layoutFrom = persistentIndexList();
    m_layoutSources.clear();
    m_layoutSources.reserve(std::size_t(m_layoutFrom.size()));
    for (const QModelIndex &i : std::as_const(m_layoutFrom))
        m_layoutSources.emplace_back(mapToSource(i));
}

void TreeFlattener::sourceLayoutChanged()
{
    rebuild();
    QModelIndexList to;
    to.reserve(m_layoutFrom.size());
    for (const QPersistentModelIndex &source : m_layoutSources) {
        QModelIndex flat = mapFromSource(source);
        // A child no longer shown (its row collapsed) leaves its place to
        // its parent, as in a tree view.
        if (!flat.isValid() && source.isValid() && source.parent().isValid())
            flat = mapFromSource(source.parent().siblingAtColumn(source.column()));
        to << flat;
    }
    changePersistentIndexList(m_layoutFrom, to);
    m_layoutFrom.clear();
    m_layoutSources.clear();
    emit layoutChanged();
}

void TreeFlattener::sourceAboutToBeReset()
{
    if (m_resetting)
        return;
    m_resetting = true;
    beginResetModel();
}

void TreeFlattener::sourceReset()
{
    if (!m_resetting)
        return;
    m_resetting = false;
    // After a reset the source's persistent indexes are gone; column
    // changes keep them.
    rebuild();
    endResetModel();
}

} // namespace pgrepl::ui
