#pragma once

#include "txn/EventFilter.h"

#include <QHash>
#include <QSet>

#include <vector>

namespace pgrepl {
class TransactionIndex;
} // namespace pgrepl

namespace pgrepl::ui {

// The rows the user marked: single events, and whole transactions (a marked
// transaction marks every event it has or will get). Read by the filter's
// "marked only" criterion and by exports of marked events.
class EventMarks final : public EventFilter::MarkSource
{
public:
    explicit EventMarks(const TransactionIndex *index) : m_index(index) { }

    // True when the mark changed.
    bool setEventMarked(qsizetype event, bool marked);
    bool setGroupMarked(int group, bool marked);
    void clear();
    bool isEmpty() const { return m_events.isEmpty() && m_groups.isEmpty(); }

    // Marked itself or through its transaction.
    bool isEventMarked(qsizetype event) const override;
    // Marked itself, not through its transaction.
    bool hasOwnMark(qsizetype event) const { return m_events.contains(quint32(event)); }
    bool isGroupMarked(int group) const override { return m_groups.contains(group); }
    int markedEventsIn(int group) const override { return m_perGroup.value(group, 0); }

    QList<quint32> ownMarks() const { return m_events.values(); }
    QList<int> markedGroups() const { return m_groups.values(); }

    // Every marked event in store order, a transaction's events included.
    std::vector<quint32> markedEvents() const;

private:
    const TransactionIndex *m_index;
    QSet<quint32> m_events;
    QSet<int> m_groups;
    QHash<int, int> m_perGroup; // group -> events marked one by one in it
};

} // namespace pgrepl::ui
