#include "models/EventFilterProxy.h"

#include "models/EventListModel.h"
#include "wire/StreamEvent.h"

namespace pgrepl::ui {

EventFilterProxy::EventFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setSortRole(EventListModel::SortRole);
}

void EventFilterProxy::setHideKeepalives(bool hide)
{
    if (m_hideKeepalives == hide)
        return;
    m_hideKeepalives = hide;
    invalidateRowsFilter();
}

void EventFilterProxy::setText(const QString &text)
{
    if (m_text == text)
        return;
    m_text = text;
    invalidateRowsFilter();
}

bool EventFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    const int kind = idx.data(EventListModel::KindRole).toInt();
    if (m_hideKeepalives
        && (kind == int(StreamEvent::Kind::Keepalive) || kind == int(StreamEvent::Kind::StatusUpdate)))
        return false;
    if (m_text.isEmpty())
        return true;
    for (int column : {EventListModel::KindColumn, EventListModel::RelationColumn,
             EventListModel::SummaryColumn, EventListModel::LsnColumn, EventListModel::XidColumn}) {
        const QString text = sourceModel()->index(sourceRow, column, sourceParent).data().toString();
        if (text.contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace pgrepl::ui
