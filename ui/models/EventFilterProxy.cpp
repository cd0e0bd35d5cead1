#include "models/EventFilterProxy.h"

#include "models/EventListModel.h"
#include "store/EventStore.h"
#include "txn/TransactionIndex.h"
#include "wire/StreamEvent.h"

#include <QTimer>

namespace pgrepl::ui {

EventFilterProxy::EventFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    // Whether a transaction holds a match is the filter's own answer (one
    // lookup): the proxy need not open every transaction to find out.
    setRecursiveFilteringEnabled(false);
    setSortRole(EventListModel::SortRole);
}

EventFilterProxy::~EventFilterProxy() = default;

void EventFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = qobject_cast<EventListModel *>(model);
    m_pending.reset();
    m_catchingUp = false;
    if (m_model) {
        // Connected before the base class's own handlers, so new events are
        // filtered before it asks about their rows.
        connect(
            m_model, &QAbstractItemModel::rowsAboutToBeInserted, this, &EventFilterProxy::sourceRowsComing);
        connect(m_model, &QAbstractItemModel::modelReset, this, &EventFilterProxy::sourceReset);
        m_shown = makeFilter({});
    } else {
        m_shown.reset();
    }
    QSortFilterProxyModel::setSourceModel(model);
    if (m_model && m_spec.needsEvaluation())
        startPass(m_spec);
    else if (m_model)
        m_shown = makeFilter(m_spec);
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
    // A reset, which makes the base class drop its mapping and build it
    // again, lazily, from lookups: O(rows). Its own incremental refilter
    // (invalidateRowsFilter) emits one removal per hidden range and moves
    // its row lists each time: seconds on a million events. Its layout
    // change (invalidate) leaves a tree view with indexes into freed
    // mappings until the view lays out again.
    beginResetModel();
    endResetModel();
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

void EventFilterProxy::sourceReset()
{
    if (m_shown)
        m_shown->reset();
    if (m_pending)
        m_pending->reset();
}

bool EventFilterProxy::hasChildren(const QModelIndex &parent) const
{
    if (!m_model || !parent.isValid())
        return QSortFilterProxyModel::hasChildren(parent);
    if (parent.model() != this || parent.parent().isValid())
        return false;
    // Shown means the filter accepted the transaction: one of its events
    // is accepted too (acceptsGroup() counts exactly those).
    return m_model->hasChildren(mapToSource(parent.siblingAtColumn(0)));
}

bool EventFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_model || !m_shown)
        return true;
    const TransactionIndex *index = m_model->transactionIndex();
    if (sourceParent.isValid()) {
        const TxnGroup &g = index->group(sourceParent.row());
        return m_shown->acceptsEvent(qsizetype(g.events[std::size_t(sourceRow)]));
    }
    const TxnGroup &g = index->group(sourceRow);
    if (g.kind != TxnGroup::Kind::Standalone)
        return m_shown->acceptsGroup(sourceRow);
    const qsizetype event = qsizetype(g.events.front());
    if (m_hideKeepalives) {
        const StreamEvent::Kind kind = m_model->store()->entry(event).kind;
        if (kind == StreamEvent::Kind::Keepalive || kind == StreamEvent::Kind::StatusUpdate)
            return false;
    }
    return m_shown->acceptsEvent(event);
}

} // namespace pgrepl::ui
