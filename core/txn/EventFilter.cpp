#include "txn/EventFilter.h"

#include "pgoutput/Decoder.h"
#include "store/EventStore.h"
#include "txn/TransactionIndex.h"
#include "wire/ByteReader.h"

#include <algorithm>

namespace pgrepl {

using namespace pgoutput;

namespace {

// Clock reads cost more than looking at one event: look at the deadline
// every this many events.
constexpr qsizetype kEventsPerClockCheck = 256;

char asciiLower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

bool isAscii(QByteArrayView bytes)
{
    return std::all_of(
        bytes.begin(), bytes.end(), [](char c) { return (static_cast<unsigned char>(c) & 0x80) == 0; });
}

// Visits the values of one tuple; false when the bytes are not a tuple.
template<typename Visit> bool scanTuple(ByteReader &r, Visit &&visit)
{
    std::int16_t n = 0;
    if (!r.i16(n, "column count") || n < 0)
        return false;
    for (int i = 0; i < n; ++i) {
        std::uint8_t kind = 0;
        if (!r.u8(kind, "column kind"))
            return false;
        if (kind == 'n' || kind == 'u')
            continue;
        if (kind != 't' && kind != 'b')
            return false;
        std::int32_t len = 0;
        QByteArrayView value;
        if (!r.i32(len, "column length") || !r.bytes(value, len, "column value"))
            return false;
        visit(char(kind), value);
    }
    return true;
}

} // namespace

EventFilter::EventFilter(const EventStore *store, const TransactionIndex *index, const EventFilterSpec &spec)
    : m_store(store), m_index(index), m_spec(spec)
{
    m_needleUtf8 = m_spec.text.toUtf8();
    m_needleAscii = isAscii(m_needleUtf8);
    if (m_needleAscii) {
        m_needleLower = m_needleUtf8;
        for (char &c : m_needleLower)
            c = asciiLower(c);
    }
}

void EventFilter::reset()
{
    m_evaluated = 0;
    m_matches = 0;
    m_eventMatch.clear();
    m_groupMatches.clear();
    m_relationMatch.clear();
}

bool EventFilter::isCaughtUp() const
{
    return !m_spec.needsEvaluation() || m_evaluated >= m_index->indexedEvents();
}

bool EventFilter::evaluate(QDeadlineTimer deadline)
{
    if (!m_spec.needsEvaluation()) {
        m_evaluated = m_index->indexedEvents();
        return true;
    }
    const qsizetype total = m_index->indexedEvents();
    m_eventMatch.resize(std::size_t(total), Unknown);
    m_groupMatches.resize(std::size_t(m_index->groupCount()), 0);
    qsizetype sinceCheck = 0;
    while (m_evaluated < total) {
        const qsizetype e = m_evaluated;
        const bool yes = matchesSpec(e);
        m_eventMatch[std::size_t(e)] = yes ? Yes : No;
        if (yes) {
            ++m_matches;
            const int g = m_index->groupOf(e);
            if (g >= 0)
                ++m_groupMatches[std::size_t(g)];
        }
        ++m_evaluated;
        if (++sinceCheck == kEventsPerClockCheck) {
            sinceCheck = 0;
            if (deadline.hasExpired())
                break;
        }
    }
    return m_evaluated >= total;
}

bool EventFilter::markedOk(qsizetype event) const
{
    return !m_spec.markedOnly || (m_marks && m_marks->isEventMarked(event));
}

bool EventFilter::acceptsEvent(qsizetype event) const
{
    if (event < 0)
        return false;
    if (m_spec.needsEvaluation() && (event >= m_evaluated || m_eventMatch[std::size_t(event)] != Yes))
        return false;
    return markedOk(event);
}

bool EventFilter::acceptsGroup(int group) const
{
    if (group < 0 || group >= m_index->groupCount())
        return false;
    if (m_spec.needsEvaluation()
        && (std::size_t(group) >= m_groupMatches.size() || m_groupMatches[std::size_t(group)] == 0))
        return false;
    if (!m_spec.markedOnly)
        return true;
    if (!m_marks)
        return false;
    if (m_marks->isGroupMarked(group))
        return true;
    if (m_marks->markedEventsIn(group) == 0)
        return false;
    // Few events are marked one by one; the group's own events tell which.
    for (quint32 e : m_index->group(group).events)
        if (acceptsEvent(qsizetype(e)))
            return true;
    return false;
}

Lsn EventFilter::lsnOf(qsizetype event) const
{
    const EventIndexEntry &e = m_store->entry(event);
    switch (e.kind) {
    case StreamEvent::Kind::Keepalive:
    case StreamEvent::Kind::StatusUpdate:
        return e.walEnd;
    case StreamEvent::Kind::XLogData:
        if (!e.walStart.isValid()) {
            // A file with no XLogData headers (pg_recvlogical): the
            // transaction's commit LSN is the best position it has.
            if (const auto txn = m_index->transactionOf(event))
                return m_index->group(*txn).finalLsn;
        }
        return e.walStart;
    default:
        return e.walStart.isValid() ? e.walStart : e.walEnd;
    }
}

bool EventFilter::tableMatches(const QString &nspname, const QString &relname) const
{
    const QString plain = nspname + u'.' + relname;
    if (m_spec.tableExact) {
        if (m_spec.table == plain || m_spec.table == relname)
            return true;
        Relation rel;
        rel.nspname = nspname;
        rel.relname = relname;
        return m_spec.table == qualifiedName(rel);
    }
    return plain.contains(m_spec.table, Qt::CaseInsensitive);
}

bool EventFilter::relationMatches(qsizetype event, std::uint32_t oid)
{
    const auto it = m_relationMatch.constFind(oid);
    if (it != m_relationMatch.cend())
        return *it;
    // No Relation message seen in this pass (the capture began after it):
    // ask the index, and remember.
    const auto rel = m_index->relationAt(event, oid);
    const bool yes = rel && tableMatches(rel->nspname, rel->relname);
    m_relationMatch.insert(oid, yes);
    return yes;
}

bool EventFilter::textIn(QByteArrayView bytes) const
{
    if (m_needleAscii) {
        const auto it = std::search(bytes.begin(), bytes.end(), m_needleLower.cbegin(), m_needleLower.cend(),
            [](char a, char b) { return asciiLower(a) == b; });
        if (it != bytes.end() || m_needleLower.isEmpty())
            return true;
        // Unicode case folding can match where ASCII folding does not
        // (the Kelvin sign folds to 'k'): only non-ASCII text needs it.
        if (isAscii(bytes))
            return false;
    }
    return QString::fromUtf8(bytes.data(), bytes.size()).contains(m_spec.text, Qt::CaseInsensitive);
}

bool EventFilter::changeTextMatches(qsizetype event, bool inStream)
{
    // Walk the tuples in place: no allocation for text values, which is
    // what almost every stream sends.
    ByteReader r(m_store->payload(event));
    std::uint8_t tag = 0;
    std::uint32_t skip = 0;
    bool found = false;
    bool binary = false;
    auto visit = [&](char kind, QByteArrayView value) {
        if (kind == 'b')
            binary = true;
        else if (!found && textIn(value))
            found = true;
    };
    bool ok = r.u8(tag, "tag") && (!inStream || r.u32(skip, "xid")) && r.u32(skip, "relation");
    std::uint8_t part = 0;
    if (ok && r.u8(part, "tuple kind")) {
        if (tag == 'I') {
            ok = part == 'N' && scanTuple(r, visit);
        } else if (tag == 'U') {
            if (part == 'K' || part == 'O')
                ok = scanTuple(r, visit) && r.u8(part, "tuple kind") && part == 'N';
            ok = ok && part == 'N' && scanTuple(r, visit);
        } else if (tag == 'D') {
            ok = (part == 'K' || part == 'O') && scanTuple(r, visit);
        } else {
            ok = false;
        }
    }
    ok = ok && r.ok() && r.atEnd();
    if (ok && (found || !binary))
        return found;
    // Binary values read as the server would print them, and anything the
    // walk did not understand goes through the decoder.
    const DecodeResult d = m_index->decode(event);
    if (!d)
        return false;
    std::uint32_t oid = 0;
    if (const auto *ins = std::get_if<Insert>(&*d.message))
        oid = ins->relationOid;
    else if (const auto *upd = std::get_if<Update>(&*d.message))
        oid = upd->relationOid;
    else if (const auto *del = std::get_if<Delete>(&*d.message))
        oid = del->relationOid;
    const auto view = describeChange(*d.message, m_index->relationAt(event, oid), m_context);
    if (!view)
        return false;
    for (const QList<ColumnValue> *values : {&view->newValues, &view->oldValues})
        for (const ColumnValue &v : *values)
            if (v.state == ColumnValue::State::Value && v.text.contains(m_spec.text, Qt::CaseInsensitive))
                return true;
    return false;
}

bool EventFilter::textMatches(qsizetype event, char tag)
{
    const EventIndexEntry &e = m_store->entry(event);
    if (e.kind == StreamEvent::Kind::Notice || e.kind == StreamEvent::Kind::Error)
        return textIn(m_store->payload(event));
    if (e.kind != StreamEvent::Kind::XLogData)
        return false;
    if (tag == 'I' || tag == 'U' || tag == 'D') {
        const int g = m_index->groupOf(event);
        const bool inStream = g >= 0 && m_index->group(g).kind == TxnGroup::Kind::Streamed;
        return changeTextMatches(event, inStream);
    }
    if (tag == 'M') {
        const DecodeResult d = m_index->decode(event);
        const auto *lm = d ? std::get_if<LogicalMessage>(&*d.message) : nullptr;
        return lm && (lm->prefix.contains(m_spec.text, Qt::CaseInsensitive) || textIn(lm->content));
    }
    return false;
}

bool EventFilter::matchesSpec(qsizetype event)
{
    const EventIndexEntry &e = m_store->entry(event);
    const char tag = e.kind == StreamEvent::Kind::XLogData ? char(e.tag) : '\0';

    // The relation names in force move with the stream, whatever this
    // event's own answer.
    if (tag == 'R' && !m_spec.table.isEmpty()) {
        const DecodeResult d = m_index->decode(event);
        if (const auto *rel = d ? std::get_if<Relation>(&*d.message) : nullptr)
            m_relationMatch.insert(rel->oid, tableMatches(rel->nspname, rel->relname));
    }

    if (m_spec.operations) {
        quint8 op = 0;
        switch (tag) {
        case 'I':
            op = EventFilterSpec::Insert;
            break;
        case 'U':
            op = EventFilterSpec::Update;
            break;
        case 'D':
            op = EventFilterSpec::Delete;
            break;
        case 'T':
            op = EventFilterSpec::Truncate;
            break;
        case 'M':
            op = EventFilterSpec::Message;
            break;
        default:
            if (e.kind == StreamEvent::Kind::Keepalive || e.kind == StreamEvent::Kind::StatusUpdate)
                op = EventFilterSpec::Keepalive;
            break;
        }
        if (!(op & m_spec.operations))
            return false;
    }
    if (m_spec.xid) {
        const auto txn = m_index->transactionOf(event);
        if (!txn || m_index->group(*txn).xid != *m_spec.xid)
            return false;
    }
    if (m_spec.lsnFrom || m_spec.lsnTo) {
        const Lsn lsn = lsnOf(event);
        if (!lsn.isValid() || (m_spec.lsnFrom && lsn < *m_spec.lsnFrom)
            || (m_spec.lsnTo && lsn > *m_spec.lsnTo))
            return false;
    }
    if (!m_spec.table.isEmpty()) {
        bool yes = false;
        if (tag == 'I' || tag == 'U' || tag == 'D') {
            const int g = m_index->groupOf(event);
            const bool inStream = g >= 0 && m_index->group(g).kind == TxnGroup::Kind::Streamed;
            ByteReader r(m_store->payload(event));
            std::uint8_t t = 0;
            std::uint32_t oid = 0;
            if (r.u8(t, "tag") && (!inStream || r.u32(oid, "xid")) && r.u32(oid, "relation"))
                yes = relationMatches(event, oid);
        } else if (tag == 'R') {
            const DecodeResult d = m_index->decode(event);
            const auto *rel = d ? std::get_if<Relation>(&*d.message) : nullptr;
            yes = rel && m_relationMatch.value(rel->oid, false);
        } else if (tag == 'T') {
            const DecodeResult d = m_index->decode(event);
            if (const auto *t = d ? std::get_if<pgoutput::Truncate>(&*d.message) : nullptr)
                yes = std::any_of(t->relationOids.cbegin(), t->relationOids.cend(),
                    [&](std::uint32_t oid) { return relationMatches(event, oid); });
        }
        if (!yes)
            return false;
    }
    if (!m_spec.text.isEmpty() && !textMatches(event, tag))
        return false;
    return true;
}

} // namespace pgrepl
