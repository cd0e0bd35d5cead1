#include "models/EventFilterProxy.h"

#include "models/EventListModel.h"
#include "store/EventStore.h"
#include "txn/TransactionIndex.h"
#include "wire/StreamEvent.h"

#include <QTimer>

#include <algorithm>

namespace pgrepl::ui {

EventFilterProxy::EventFilterProxy(QObject *parent) : QAbstractProxyModel(parent) { }

EventFilterProxy::~EventFilterProxy() = default;

void EventFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = qobject_cast<EventListModel *>(model);
    m_pending.reset();
    m_catchingUp = false;
    m_shown.reset();
    QAbstractProxyModel::setSourceModel(m_model);
    if (m_model) {
        // New events are filtered before their rows are asked about.
        connect(
            m_model, &QAbstractItemModel::rowsAboutToBeInserted, this, &EventFilterProxy::sourceRowsComing);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &EventFilterProxy::sourceRowsInserted);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &EventFilterProxy::sourceDataChanged);
        connect(
            m_model, &QAbstractItemModel::modelAboutToBeReset, this, &EventFilterProxy::sourceAboutToBeReset);
        connect(m_model, &QAbstractItemModel::modelReset, this, &EventFilterProxy::sourceReset);
        // The event list only appends, changes and resets; anything else is
        // followed by starting over.
        const auto startOver = [this] { refilterAll(); };
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, startOver);
        connect(m_model, &QAbstractItemModel::rowsMoved, this, startOver);
        connect(m_model, &QAbstractItemModel::layoutChanged, this, startOver);
        connect(
            m_model, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
        m_shown = makeFilter(m_spec.needsEvaluation() ? EventFilterSpec {} : m_spec);
    }
    rebuildGroups();
    endResetModel();
    if (m_model && m_spec.needsEvaluation())
        startPass(m_spec);
}

std::unique_ptr<EventFilter> EventFilterProxy::makeFilter(const EventFilterSpec &spec) const
{
    auto filter = std::make_unique<EventFilter>(m_model->store(), m_model->transactionIndex(), spec);
    filter->setValueContext(m_model->valueContext());
    filter->setMarks(&m_model->marks());
    return filter;
}

void EventFilterProxy::setHideKeepalives(bool hide)
{
    if (m_hideKeepalives == hide)
        return;
    m_hideKeepalives = hide;
    refilterAll();
}

void EventFilterProxy::setText(const QString &text)
{
    EventFilterSpec spec = m_spec;
    spec.text = text;
    setSpec(spec);
}

void EventFilterProxy::setSpec(const EventFilterSpec &spec)
{
    if (spec == m_spec)
        return;
    m_spec = spec;
    if (m_model)
        startPass(spec);
}

int EventFilterProxy::progress() const
{
    const EventFilter *f = m_pending ? m_pending.get() : m_catchingUp ? m_shown.get() : nullptr;
    if (!f || !m_model)
        return 100;
    const qsizetype total = m_model->transactionIndex()->indexedEvents();
    return total > 0 ? int(f->evaluatedEvents() * 100 / total) : 100;
}

void EventFilterProxy::startPass(const EventFilterSpec &spec)
{
    m_pending = makeFilter(spec);
    m_running = {};
    m_passClock.start();
    m_lastProgress = -1;
    if (!spec.needsEvaluation() || m_model->transactionIndex()->indexedEvents() <= kSynchronousEvents) {
        QElapsedTimer slice;
        slice.start();
        m_pending->evaluate();
        ++m_running.slices;
        finishPass(slice);
        return;
    }
    emit filteringStarted();
    emit progressChanged(0);
    scheduleSlice();
}

void EventFilterProxy::scheduleSlice()
{
    if (m_sliceScheduled)
        return;
    m_sliceScheduled = true;
    QTimer::singleShot(0, this, &EventFilterProxy::runSlice);
}

void EventFilterProxy::runSlice()
{
    m_sliceScheduled = false;
    QElapsedTimer slice;
    slice.start();
    EventFilter *f = m_pending ? m_pending.get() : m_catchingUp ? m_shown.get() : nullptr;
    if (!f)
        return;
    ++m_running.slices;
    if (f->evaluate(QDeadlineTimer(kSliceMs))) {
        finishPass(slice);
        return;
    }
    m_running.longestSliceUs = qMax(m_running.longestSliceUs, slice.nsecsElapsed() / 1000);
    const int percent = progress();
    if (percent != m_lastProgress) {
        m_lastProgress = percent;
        emit progressChanged(percent);
    }
    scheduleSlice();
}

void EventFilterProxy::finishPass(const QElapsedTimer &slice)
{
    if (m_pending)
        m_shown = std::move(m_pending);
    m_catchingUp = false;
    refilterAll();
    m_running.events = m_shown->evaluatedEvents();
    m_running.matches = m_shown->matchCount();
    m_running.longestSliceUs = qMax(m_running.longestSliceUs, slice.nsecsElapsed() / 1000);
    m_running.elapsedUs = m_passClock.nsecsElapsed() / 1000;
    m_lastPass = m_running;
    m_lastProgress = 100;
    emit progressChanged(100);
    emit filteringFinished();
}

void EventFilterProxy::refilterAll()
{
    // A layout change, not a reset: persistent indexes (the view's
    // expanded rows, the selection, the current row) move to where their
    // events are now, or become invalid when filtered out. Building the
    // row list again is one lookup per transaction.
    emit layoutAboutToBeChanged();
    const QModelIndexList before = persistentIndexList();
    QModelIndexList sources;
    sources.reserve(before.size());
    for (const QModelIndex &i : before)
        sources.append(mapToSource(i));
    rebuildGroups();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &i : std::as_const(sources))
        after.append(mapFromSource(i));
    changePersistentIndexList(before, after);
    emit layoutChanged();
}

void EventFilterProxy::rebuildGroups()
{
    m_groups.clear();
    m_children.clear();
    if (!m_model || !m_shown)
        return;
    const int groups = m_model->rowCount();
    for (int g = 0; g < groups; ++g)
        if (acceptsGroup(g))
            m_groups.push_back(g);
}

void EventFilterProxy::sourceRowsComing()
{
    if (!m_shown || m_shown->isCaughtUp())
        return;
    const qsizetype backlog = m_model->transactionIndex()->indexedEvents() - m_shown->evaluatedEvents();
    if (!m_catchingUp && backlog <= kSynchronousEvents) {
        m_shown->evaluate();
        return;
    }
    // A large append (a capture opened under a filter): its rows show once
    // the filter has caught up, in slices like a new pass.
    if (!m_catchingUp && !m_pending) {
        m_running = {};
        m_passClock.start();
        emit filteringStarted();
    }
    m_catchingUp = true;
    scheduleSlice();
}

void EventFilterProxy::sourceRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (!m_shown || m_catchingUp)
        return; // the rows show when the filter has caught up
    if (!parent.isValid()) {
        // New transactions come after every shown one.
        std::vector<int> accepted;
        for (int g = first; g <= last; ++g)
            if (acceptsGroup(g))
                accepted.push_back(g);
        if (accepted.empty())
            return;
        const int row = int(m_groups.size());
        beginInsertRows({}, row, row + int(accepted.size()) - 1);
        m_groups.insert(m_groups.end(), accepted.cbegin(), accepted.cend());
        endInsertRows();
        return;
    }
    if (parent.parent().isValid())
        return;
    const int group = parent.row();
    const int row = rowOfGroup(group);
    if (row < 0) {
        // A transaction with no match so far may have one now.
        if (acceptsGroup(group)) {
            const int at = insertionRowOfGroup(group);
            beginInsertRows({}, at, at);
            m_groups.insert(m_groups.begin() + at, group);
            endInsertRows();
        }
        return;
    }
    const auto it = m_children.find(group);
    if (it == m_children.end())
        return; // nobody has asked for its rows yet
    std::vector<int> accepted;
    for (int c = std::max(first, it->seen); c <= last; ++c)
        if (acceptsChild(group, c))
            accepted.push_back(c);
    it->seen = std::max(it->seen, last + 1);
    if (accepted.empty())
        return;
    const int at = int(it->rows.size());
    beginInsertRows(index(row, 0), at, at + int(accepted.size()) - 1);
    it->rows.insert(it->rows.end(), accepted.cbegin(), accepted.cend());
    endInsertRows();
}

void EventFilterProxy::sourceDataChanged(
    const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    if (!m_shown || !topLeft.isValid() || m_catchingUp)
        return;
    const int lastColumn = columnCount() - 1;
    const QModelIndex sourceParent = topLeft.parent();
    if (!sourceParent.isValid()) {
        // A change may show or hide a transaction (a mark, a discarded
        // subtransaction), or only change its text.
        for (int g = topLeft.row(); g <= bottomRight.row(); ++g) {
            const int row = rowOfGroup(g);
            const bool accepted = acceptsGroup(g);
            if (row >= 0 && accepted) {
                emit dataChanged(index(row, topLeft.column()), index(row, bottomRight.column()), roles);
            } else if (row >= 0) {
                beginRemoveRows({}, row, row);
                m_groups.erase(m_groups.begin() + row);
                m_children.remove(g);
                endRemoveRows();
            } else if (accepted) {
                const int at = insertionRowOfGroup(g);
                beginInsertRows({}, at, at);
                m_groups.insert(m_groups.begin() + at, g);
                endInsertRows();
            }
        }
        return;
    }
    if (sourceParent.parent().isValid())
        return;
    const int group = sourceParent.row();
    const int parentRow = rowOfGroup(group);
    const auto it = m_children.find(group);
    if (parentRow < 0 || it == m_children.end())
        return; // rows nobody has
    const QModelIndex parent = index(parentRow, 0);
    for (int c = topLeft.row(); c <= std::min(bottomRight.row(), it->seen - 1); ++c) {
        std::vector<int> &rows = it->rows;
        const auto pos = std::lower_bound(rows.begin(), rows.end(), c);
        const int at = int(pos - rows.begin());
        const bool shown = pos != rows.end() && *pos == c;
        const bool accepted = acceptsChild(group, c);
        if (shown && accepted) {
            emit dataChanged(index(at, topLeft.column(), parent),
                index(at, std::min(bottomRight.column(), lastColumn), parent), roles);
        } else if (shown) {
            beginRemoveRows(parent, at, at);
            rows.erase(pos);
            endRemoveRows();
        } else if (accepted) {
            beginInsertRows(parent, at, at);
            rows.insert(pos, c);
            endInsertRows();
        }
    }
}

void EventFilterProxy::sourceAboutToBeReset()
{
    beginResetModel();
}

void EventFilterProxy::sourceReset()
{
    if (m_shown)
        m_shown->reset();
    if (m_pending)
        m_pending->reset();
    rebuildGroups();
    endResetModel();
}

bool EventFilterProxy::acceptsGroup(int group) const
{
    const TransactionIndex *index = m_model->transactionIndex();
    if (group < 0 || group >= index->groupCount())
        return false;
    const TxnGroup &g = index->group(group);
    if (g.kind != TxnGroup::Kind::Standalone)
        return m_shown->acceptsGroup(group);
    const qsizetype event = qsizetype(g.events.front());
    if (m_hideKeepalives) {
        const StreamEvent::Kind kind = m_model->store()->entry(event).kind;
        if (kind == StreamEvent::Kind::Keepalive || kind == StreamEvent::Kind::StatusUpdate)
            return false;
    }
    return m_shown->acceptsEvent(event);
}

bool EventFilterProxy::acceptsChild(int group, int sourceRow) const
{
    const TxnGroup &g = m_model->transactionIndex()->group(group);
    return sourceRow >= 0 && std::size_t(sourceRow) < g.events.size()
        && m_shown->acceptsEvent(qsizetype(g.events[std::size_t(sourceRow)]));
}

int EventFilterProxy::rowOfGroup(int group) const
{
    const auto pos = std::lower_bound(m_groups.cbegin(), m_groups.cend(), group);
    return pos != m_groups.cend() && *pos == group ? int(pos - m_groups.cbegin()) : -1;
}

int EventFilterProxy::insertionRowOfGroup(int group) const
{
    return int(std::lower_bound(m_groups.cbegin(), m_groups.cend(), group) - m_groups.cbegin());
}

EventFilterProxy::Children &EventFilterProxy::children(int group) const
{
    auto it = m_children.find(group);
    if (it != m_children.end())
        return *it;
    Children c;
    c.seen = m_model->rowCount(m_model->index(group, 0));
    for (int r = 0; r < c.seen; ++r)
        if (acceptsChild(group, r))
            c.rows.push_back(r);
    return *m_children.insert(group, std::move(c));
}

QModelIndex EventFilterProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_model || !proxyIndex.isValid() || proxyIndex.model() != this)
        return {};
    if (proxyIndex.internalId() == 0) {
        if (std::size_t(proxyIndex.row()) >= m_groups.size())
            return {};
        return m_model->index(m_groups[std::size_t(proxyIndex.row())], proxyIndex.column());
    }
    const int group = int(proxyIndex.internalId() - 1);
    const Children &c = children(group);
    if (std::size_t(proxyIndex.row()) >= c.rows.size())
        return {};
    return m_model->index(
        c.rows[std::size_t(proxyIndex.row())], proxyIndex.column(), m_model->index(group, 0));
}

QModelIndex EventFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_model || !sourceIndex.isValid() || sourceIndex.model() != m_model)
        return {};
    const QModelIndex sourceParent = sourceIndex.parent();
    if (!sourceParent.isValid()) {
        const int row = rowOfGroup(sourceIndex.row());
        return row >= 0 ? createIndex(row, sourceIndex.column(), quintptr(0)) : QModelIndex();
    }
    const int group = sourceParent.row();
    if (sourceParent.parent().isValid() || rowOfGroup(group) < 0)
        return {};
    const std::vector<int> &rows = children(group).rows;
    const auto pos = std::lower_bound(rows.cbegin(), rows.cend(), sourceIndex.row());
    if (pos == rows.cend() || *pos != sourceIndex.row())
        return {};
    return createIndex(int(pos - rows.cbegin()), sourceIndex.column(), quintptr(group) + 1);
}

QModelIndex EventFilterProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (!m_model || row < 0 || column < 0 || column >= columnCount())
        return {};
    if (!parent.isValid())
        return std::size_t(row) < m_groups.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.model() != this || parent.internalId() != 0 || std::size_t(parent.row()) >= m_groups.size())
        return {};
    const int group = m_groups[std::size_t(parent.row())];
    if (std::size_t(row) >= children(group).rows.size())
        return {};
    return createIndex(row, column, quintptr(group) + 1);
}

QModelIndex EventFilterProxy::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.model() != this || child.internalId() == 0)
        return {};
    const int row = rowOfGroup(int(child.internalId() - 1));
    return row >= 0 ? createIndex(row, 0, quintptr(0)) : QModelIndex();
}

QModelIndex EventFilterProxy::sibling(int row, int column, const QModelIndex &idx) const
{
    if (!idx.isValid() || idx.model() != this)
        return {};
    if (idx.internalId() == 0)
        return index(row, column);
    const int group = int(idx.internalId() - 1);
    if (row < 0 || column < 0 || column >= columnCount() || std::size_t(row) >= children(group).rows.size())
        return {};
    return createIndex(row, column, idx.internalId());
}

int EventFilterProxy::rowCount(const QModelIndex &parent) const
{
    if (!m_model)
        return 0;
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.model() != this || parent.internalId() != 0 || parent.column() != 0
        || std::size_t(parent.row()) >= m_groups.size())
        return 0;
    return int(children(m_groups[std::size_t(parent.row())]).rows.size());
}

int EventFilterProxy::columnCount(const QModelIndex &) const
{
    return m_model ? int(EventListModel::ColumnCount) : 0;
}

bool EventFilterProxy::hasChildren(const QModelIndex &parent) const
{
    if (!m_model)
        return false;
    if (!parent.isValid())
        return !m_groups.empty();
    if (parent.model() != this || parent.internalId() != 0 || parent.column() != 0
        || std::size_t(parent.row()) >= m_groups.size())
        return false;
    // Shown means the filter accepted the transaction: one of its events
    // is accepted too (acceptsGroup() counts exactly those).
    return m_model->groupHasChildren(m_groups[std::size_t(parent.row())]);
}

Qt::ItemFlags EventFilterProxy::flags(const QModelIndex &index) const
{
    // A tree view asks every row it lays out: no mapping here.
    if (!m_model || !index.isValid() || index.model() != this)
        return {};
    if (index.internalId() != 0)
        return EventListModel::eventFlags();
    if (std::size_t(index.row()) >= m_groups.size())
        return {};
    return m_model->groupFlags(m_groups[std::size_t(index.row())]);
}

QVariant EventFilterProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    // Columns are the source's; the base class would find them through a
    // row, and an empty list has none.
    if (!m_model || orientation != Qt::Horizontal)
        return QAbstractProxyModel::headerData(section, orientation, role);
    return m_model->headerData(section, orientation, role);
}

void EventFilterProxy::multiData(const QModelIndex &index, QModelRoleDataSpan roleDataSpan) const
{
    // One mapping for every role a delegate asks about.
    const QModelIndex source = mapToSource(index);
    if (source.isValid())
        m_model->multiData(source, roleDataSpan);
    else
        for (QModelRoleData &d : roleDataSpan)
            d.clearData();
}

} // namespace pgrepl::ui
