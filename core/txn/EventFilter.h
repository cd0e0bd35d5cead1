#pragma once

#include "txn/ChangeView.h"
#include "wire/Lsn.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QHash>
#include <QMetaType>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace pgrepl {

class EventStore;
class TransactionIndex;

// What the user asked to see: every criterion that is set must hold (AND).
struct EventFilterSpec
{
    enum Operation : quint8 {
        Insert = 1,
        Update = 2,
        Delete = 4,
        Truncate = 8,
        Message = 16, // pg_logical_emit_message()
        Keepalive = 32,
    };

    QString table; // "schema.table" (or part of it); empty: any
    bool tableExact = false; // whole name, case-sensitive, instead of a substring
    quint8 operations = 0; // Operation bits; 0: any
    std::optional<std::uint32_t> xid;
    std::optional<Lsn> lsnFrom; // inclusive
    std::optional<Lsn> lsnTo; // inclusive
    QString text; // in column values, message prefixes and contents, notices
    bool markedOnly = false;

    // No criterion that needs the events looked at (markedOnly aside).
    bool needsEvaluation() const
    {
        return !table.isEmpty() || operations || xid || lsnFrom || lsnTo || !text.isEmpty();
    }
    bool isEmpty() const { return !needsEvaluation() && !markedOnly; }
    bool operator==(const EventFilterSpec &) const = default;
};

// Decides, event by event, which events of a store match a filter spec, and
// keeps the answer as a match set: one byte per event plus a match count per
// transaction group, so a view asks in O(1). The cheap index fields (kind,
// tag, LSNs, the group's xid) are looked at first; a payload is read only
// for table and text criteria, and fully decoded only for binary values.
// Work is done in bounded steps over the events indexed so far (evaluate()),
// so a caller can spread a million events over many event-loop turns and
// feed new live events later: only those are looked at.
// Threads: the store and index are single-threaded (their vectors move on
// append), so the filter must run on their thread, between appends.
class EventFilter final
{
public:
    // The user's marks as the filter reads them; a marked group marks all
    // its events.
    class MarkSource
    {
    public:
        virtual ~MarkSource() = default;
        virtual bool isEventMarked(qsizetype event) const = 0;
        virtual bool isGroupMarked(int group) const = 0;
        // Events of the group marked one by one.
        virtual int markedEventsIn(int group) const = 0;
    };

    EventFilter(const EventStore *store, const TransactionIndex *index, const EventFilterSpec &spec = {});

    const EventFilterSpec &spec() const { return m_spec; }
    void setValueContext(const ValueContext &context) { m_context = context; }
    void setMarks(const MarkSource *marks) { m_marks = marks; }

    // Looks at events from evaluatedEvents() on, until every indexed event
    // is done or the deadline has passed. True when caught up.
    bool evaluate(QDeadlineTimer deadline = QDeadlineTimer(QDeadlineTimer::Forever));
    bool isCaughtUp() const;
    qsizetype evaluatedEvents() const { return m_evaluated; }
    // Forgets every answer (the store was cleared).
    void reset();

    // O(1) answers for evaluated events; an event not yet evaluated does
    // not match (unless the spec needs no evaluation).
    bool acceptsEvent(qsizetype event) const;
    // A group matches when one of its events does.
    bool acceptsGroup(int group) const;
    // Events matching the spec itself, marks not considered.
    qsizetype matchCount() const { return m_matches; }

private:
    enum : quint8 { Unknown = 0, No = 1, Yes = 2 };
    // Every criterion but the marks, for one event, in stream order.
    bool matchesSpec(qsizetype event);
    bool markedOk(qsizetype event) const;
    Lsn lsnOf(qsizetype event) const;
    bool tableMatches(const QString &nspname, const QString &relname) const;
    bool relationMatches(qsizetype event, std::uint32_t oid);
    bool textIn(QByteArrayView bytes) const;
    bool textMatches(qsizetype event, char tag);
    bool changeTextMatches(qsizetype event, bool inStream);

    const EventStore *m_store;
    const TransactionIndex *m_index;
    EventFilterSpec m_spec;
    ValueContext m_context;
    const MarkSource *m_marks = nullptr;
    QByteArray m_needleUtf8; // text, for byte searches
    QByteArray m_needleLower; // ASCII-lowered, when the text is ASCII
    bool m_needleAscii = false;
    qsizetype m_evaluated = 0;
    qsizetype m_matches = 0;
    std::vector<quint8> m_eventMatch; // per event: Unknown, No, Yes
    std::vector<quint32> m_groupMatches; // per group: matching events
    // Whether each relation oid matches the table criterion, as of the last
    // Relation message seen in stream order (a rename changes the answer).
    QHash<std::uint32_t, bool> m_relationMatch;
};

} // namespace pgrepl

Q_DECLARE_METATYPE(pgrepl::EventFilterSpec)
