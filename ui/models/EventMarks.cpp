#include "models/EventMarks.h"

#include "txn/TransactionIndex.h"

#include <algorithm>

namespace pgrepl::ui {

bool EventMarks::setEventMarked(qsizetype event, bool marked)
{
    if (event < 0 || event >= m_index->indexedEvents() || hasOwnMark(event) == marked)
        return false;
    const int group = m_index->groupOf(event);
    if (marked) {
        m_events.insert(quint32(event));
        ++m_perGroup[group];
    } else {
        m_events.remove(quint32(event));
        if (--m_perGroup[group] == 0)
            m_perGroup.remove(group);
    }
    return true;
}

bool EventMarks::setGroupMarked(int group, bool marked)
{
    if (group < 0 || group >= m_index->groupCount() || isGroupMarked(group) == marked)
        return false;
    if (marked)
        m_groups.insert(group);
    else
        m_groups.remove(group);
    return true;
}

void EventMarks::clear()
{
    m_events.clear();
    m_groups.clear();
    m_perGroup.clear();
}

bool EventMarks::isEventMarked(qsizetype event) const
{
    if (hasOwnMark(event))
        return true;
    if (m_groups.isEmpty() || event < 0 || event >= m_index->indexedEvents())
        return false;
    return m_groups.contains(m_index->groupOf(event));
}

std::vector<quint32> EventMarks::markedEvents() const
{
    std::vector<quint32> out(m_events.cbegin(), m_events.cend());
    for (int g : m_groups) {
        const auto &events = m_index->group(g).events;
        out.insert(out.end(), events.cbegin(), events.cend());
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

} // namespace pgrepl::ui
