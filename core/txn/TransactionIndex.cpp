#include "txn/TransactionIndex.h"

#include "store/EventStore.h"

#include <algorithm>

namespace pgrepl {

using namespace pgoutput;

namespace {

// What a transaction's change count counts (a Message here is a
// transactional one: the others stand alone).
bool isChangeTag(std::uint8_t tag)
{
    return tag == 'I' || tag == 'U' || tag == 'D' || tag == 'T' || tag == 'M';
}

// The (sub)transaction a change names inside a streamed chunk.
std::optional<std::uint32_t> changeXid(const Message &m)
{
    return std::visit(
        [](const auto &msg) -> std::optional<std::uint32_t> {
            if constexpr (requires { msg.xid; }) {
                if constexpr (std::is_same_v<std::decay_t<decltype(msg.xid)>, std::optional<std::uint32_t>>)
                    return msg.xid;
            }
            return std::nullopt;
        },
        m);
}

} // namespace

QString txnStateName(TxnState state)
{
    switch (state) {
    case TxnState::InProgress:
        return QStringLiteral("in progress");
    case TxnState::Committed:
        return QStringLiteral("committed");
    case TxnState::Aborted:
        return QStringLiteral("aborted");
    case TxnState::Prepared:
        return QStringLiteral("prepared");
    case TxnState::CommitPrepared:
        return QStringLiteral("committed prepared");
    case TxnState::RolledBack:
        return QStringLiteral("rolled back");
    case TxnState::Incomplete:
        return QStringLiteral("incomplete");
    }
    return {};
}

TransactionIndex::TransactionIndex(const EventStore *store, int protoVersion, bool parallelStreaming)
    : m_store(store)
{
    setProtocol(protoVersion, parallelStreaming);
}

void TransactionIndex::setProtocol(int protoVersion, bool parallelStreaming)
{
    m_state.protoVersion
        = std::clamp(protoVersion, DecoderState::MinProtoVersion, DecoderState::MaxProtoVersion);
    m_state.parallelStreaming = parallelStreaming;
}

void TransactionIndex::clear()
{
    m_groups.clear();
    m_events.clear();
    m_relationEvents.clear();
    m_openTxn = -1;
    m_chunkGroup = -1;
    m_openStreamed.clear();
    m_preparedByGid.clear();
    m_state.inStream = false;
    m_state.streamXid = 0;
}

int TransactionIndex::newGroup(TxnGroup::Kind kind, Update &)
{
    TxnGroup g;
    g.kind = kind;
    g.state = kind == TxnGroup::Kind::Standalone ? TxnState::Committed : TxnState::InProgress;
    m_groups.push_back(std::move(g));
    return int(m_groups.size()) - 1;
}

void TransactionIndex::addToGroup(int g, quint32 event, Update &update, QHash<int, int> &grownBefore)
{
    TxnGroup &group = m_groups[std::size_t(g)];
    if (g < update.firstNewGroup && !grownBefore.contains(g))
        grownBefore.insert(g, int(group.events.size()));
    group.events.push_back(event);
    group.bytes += m_store->entry(event).length;
    m_events[event].group = g;
}

bool TransactionIndex::hasUnindexed() const
{
    return qsizetype(m_events.size()) < m_store->size();
}

TransactionIndex::Update TransactionIndex::indexNew(qsizetype maxEvents)
{
    Update update;
    update.firstNewGroup = groupCount();
    QHash<int, int> grownBefore;
    QList<int> changed;
    const qsizetype indexed = qsizetype(m_events.size());
    const qsizetype total = indexed + std::min(m_store->size() - indexed, std::max<qsizetype>(0, maxEvents));
    for (qsizetype i = qsizetype(m_events.size()); i < total; ++i) {
        const quint32 ev = quint32(i);
        m_events.push_back(EventInfo {});
        const EventIndexEntry &entry = m_store->entry(i);
        if (entry.kind != StreamEvent::Kind::XLogData) {
            // A gap (disconnect, reconnect, copy restarted): the server sends
            // whatever was open again from its start, and a new copy never
            // starts inside a chunk.
            if (entry.kind == StreamEvent::Kind::Gap) {
                for (int g : markOpenIncomplete())
                    if (g < update.firstNewGroup && !changed.contains(g))
                        changed << g;
            }
            addToGroup(newGroup(TxnGroup::Kind::Standalone, update), ev, update, grownBefore);
            continue;
        }
        if (m_state.inStream)
            m_events.back().flags |= InStream;
        // Where a change goes needs no column values; the details pane
        // decodes them when the row is shown.
        DecodeResult r = pgoutput::decodeOutline(m_store->payload(i), m_state);
        if (!r) {
            m_events.back().flags |= Undecodable;
            addToGroup(newGroup(TxnGroup::Kind::Standalone, update), ev, update, grownBefore);
            continue;
        }
        const Message &m = *r.message;
        auto inCurrent = [&]() -> int {
            if (m_events.back().flags & InStream) {
                const int g = m_openStreamed.value(m_state.streamXid, -1);
                if (g >= 0)
                    return g;
            }
            return m_openTxn;
        };
        auto markChanged = [&](int g) {
            if (g < update.firstNewGroup && !changed.contains(g))
                changed << g;
        };
        // Unstreamed transactions never overlap: one still open when another
        // begins lost its end (a broken or hostile stream).
        auto closeOpenTxn = [&]() {
            if (m_openTxn < 0)
                return;
            if (m_groups[std::size_t(m_openTxn)].state == TxnState::InProgress) {
                m_groups[std::size_t(m_openTxn)].state = TxnState::Incomplete;
                markChanged(m_openTxn);
            }
            m_openTxn = -1;
        };
        // The group a COMMIT / ROLLBACK PREPARED resolves, or a new one when
        // the prepare came before this stream.
        auto preparedGroup = [&](const QString &gid, std::uint32_t xid, Lsn lsn) {
            int g = m_preparedByGid.value(gid, -1);
            m_preparedByGid.remove(gid);
            if (g < 0) {
                g = newGroup(TxnGroup::Kind::TwoPhase, update);
                m_groups[std::size_t(g)].gid = gid;
                m_groups[std::size_t(g)].xid = xid;
                m_groups[std::size_t(g)].finalLsn = lsn;
            }
            return g;
        };
        if (const auto *b = std::get_if<Begin>(&m)) {
            closeOpenTxn();
            const int g = newGroup(TxnGroup::Kind::Transaction, update);
            m_groups[std::size_t(g)].xid = b->xid;
            m_groups[std::size_t(g)].finalLsn = b->finalLsn;
            m_groups[std::size_t(g)].commitTime = b->commitTime;
            m_openTxn = g;
            addToGroup(g, ev, update, grownBefore);
        } else if (const auto *bp = std::get_if<BeginPrepare>(&m)) {
            closeOpenTxn();
            const int g = newGroup(TxnGroup::Kind::TwoPhase, update);
            TxnGroup &grp = m_groups[std::size_t(g)];
            grp.xid = bp->xid;
            grp.finalLsn = bp->prepareLsn;
            grp.endLsn = bp->endLsn;
            grp.commitTime = bp->prepareTime;
            grp.gid = bp->gid;
            m_openTxn = g;
            addToGroup(g, ev, update, grownBefore);
        } else if (const auto *c = std::get_if<Commit>(&m)) {
            const int g = m_openTxn >= 0 ? m_openTxn : newGroup(TxnGroup::Kind::Transaction, update);
            TxnGroup &grp = m_groups[std::size_t(g)];
            grp.state = TxnState::Committed;
            grp.finalLsn = c->commitLsn;
            grp.endLsn = c->endLsn;
            grp.commitTime = c->commitTime;
            addToGroup(g, ev, update, grownBefore);
            markChanged(g);
            m_openTxn = -1;
        } else if (const auto *p = std::get_if<Prepare>(&m)) {
            const int g = m_openTxn >= 0 ? m_openTxn : newGroup(TxnGroup::Kind::TwoPhase, update);
            TxnGroup &grp = m_groups[std::size_t(g)];
            grp.kind = TxnGroup::Kind::TwoPhase;
            grp.state = TxnState::Prepared;
            grp.finalLsn = p->prepareLsn;
            grp.endLsn = p->endLsn;
            grp.gid = p->gid;
            grp.xid = p->xid;
            m_preparedByGid.insert(p->gid, g);
            addToGroup(g, ev, update, grownBefore);
            markChanged(g);
            m_openTxn = -1;
        } else if (const auto *cp = std::get_if<CommitPrepared>(&m)) {
            const int g = preparedGroup(cp->gid, cp->xid, cp->commitLsn);
            TxnGroup &grp = m_groups[std::size_t(g)];
            grp.state = TxnState::CommitPrepared;
            grp.endLsn = cp->endLsn;
            grp.commitTime = cp->commitTime;
            addToGroup(g, ev, update, grownBefore);
            markChanged(g);
        } else if (const auto *rp = std::get_if<RollbackPrepared>(&m)) {
            // Unseen, the prepare's end is the one position it has.
            const int g = preparedGroup(rp->gid, rp->xid, rp->prepareEndLsn);
            TxnGroup &grp = m_groups[std::size_t(g)];
            grp.state = TxnState::RolledBack;
            grp.endLsn = rp->rollbackEndLsn;
            grp.commitTime = rp->rollbackTime;
            addToGroup(g, ev, update, grownBefore);
            markChanged(g);
        } else if (const auto *ss = std::get_if<StreamStart>(&m)) {
            int g = m_openStreamed.value(ss->xid, -1);
            if (g < 0) {
                g = newGroup(TxnGroup::Kind::Streamed, update);
                m_groups[std::size_t(g)].xid = ss->xid;
                m_openStreamed.insert(ss->xid, g);
            }
            m_chunkGroup = g;
            addToGroup(g, ev, update, grownBefore);
        } else if (std::holds_alternative<StreamStop>(m)) {
            // The decoder has already left the chunk; the event belongs to
            // the chunk's transaction.
            const int g = m_chunkGroup >= 0 ? m_chunkGroup : newGroup(TxnGroup::Kind::Standalone, update);
            m_chunkGroup = -1;
            addToGroup(g, ev, update, grownBefore);
        } else if (const auto *sc = std::get_if<StreamCommit>(&m)) {
            int g = m_openStreamed.value(sc->xid, -1);
            m_openStreamed.remove(sc->xid);
            if (g < 0) {
                g = newGroup(TxnGroup::Kind::Streamed, update);
                m_groups[std::size_t(g)].xid = sc->xid;
            }
            TxnGroup &grp = m_groups[std::size_t(g)];
            grp.state = TxnState::Committed;
            grp.finalLsn = sc->commitLsn;
            grp.endLsn = sc->endLsn;
            grp.commitTime = sc->commitTime;
            addToGroup(g, ev, update, grownBefore);
            markChanged(g);
        } else if (const auto *sa = std::get_if<StreamAbort>(&m)) {
            int g = m_openStreamed.value(sa->xid, -1);
            if (g < 0) {
                g = newGroup(TxnGroup::Kind::Streamed, update);
                m_groups[std::size_t(g)].xid = sa->xid;
            }
            TxnGroup &grp = m_groups[std::size_t(g)];
            if (sa->xid == sa->subxid) {
                m_openStreamed.remove(sa->xid);
                grp.state = TxnState::Aborted;
                // Only with streaming=parallel (proto 4) does the server say
                // where and when.
                if (sa->abortLsn)
                    grp.finalLsn = *sa->abortLsn;
                if (sa->abortTime)
                    grp.commitTime = *sa->abortTime;
            } else {
                // Only that subtransaction's changes are gone. Relation and
                // Type messages it carried stay in force: the client keeps
                // them whatever becomes of the transaction.
                for (quint32 e : grp.events) {
                    if (m_events[e].flags & Discarded || !isChangeTag(m_store->entry(e).tag))
                        continue;
                    const DecodeResult dr = this->decode(e);
                    if (dr && changeXid(*dr.message) == std::optional<std::uint32_t>(sa->subxid)) {
                        m_events[e].flags |= Discarded;
                        if (grp.changes > 0)
                            --grp.changes;
                    }
                }
            }
            addToGroup(g, ev, update, grownBefore);
            markChanged(g);
        } else if (const auto *sp = std::get_if<StreamPrepare>(&m)) {
            int g = m_openStreamed.value(sp->xid, -1);
            m_openStreamed.remove(sp->xid);
            if (g < 0) {
                g = newGroup(TxnGroup::Kind::Streamed, update);
                m_groups[std::size_t(g)].xid = sp->xid;
            }
            TxnGroup &grp = m_groups[std::size_t(g)];
            grp.state = TxnState::Prepared;
            grp.finalLsn = sp->prepareLsn;
            grp.endLsn = sp->endLsn;
            grp.gid = sp->gid;
            m_preparedByGid.insert(sp->gid, g);
            addToGroup(g, ev, update, grownBefore);
            markChanged(g);
        } else {
            if (const auto *rel = std::get_if<Relation>(&m))
                m_relationEvents[rel->oid].push_back(ev);
            const auto *msg = std::get_if<LogicalMessage>(&m);
            const bool standalone = msg && !msg->transactional();
            const int g = standalone ? -1 : inCurrent();
            if (g < 0) {
                addToGroup(newGroup(TxnGroup::Kind::Standalone, update), ev, update, grownBefore);
            } else {
                addToGroup(g, ev, update, grownBefore);
                if (isChangeTag(std::uint8_t(tagOf(m))))
                    ++m_groups[std::size_t(g)].changes;
            }
        }
    }
    for (auto it = grownBefore.cbegin(); it != grownBefore.cend(); ++it)
        update.grownGroups << qMakePair(it.key(), it.value());
    std::sort(update.grownGroups.begin(), update.grownGroups.end());
    for (const auto &grown : std::as_const(update.grownGroups))
        if (!changed.contains(grown.first))
            changed << grown.first;
    update.changedGroups = changed;
    return update;
}

QList<int> TransactionIndex::markOpenIncomplete()
{
    QList<int> changed;
    for (int g = 0; g < groupCount(); ++g) {
        if (m_groups[std::size_t(g)].kind != TxnGroup::Kind::Standalone
            && m_groups[std::size_t(g)].state == TxnState::InProgress) {
            m_groups[std::size_t(g)].state = TxnState::Incomplete;
            changed << g;
        }
    }
    m_openTxn = -1;
    m_chunkGroup = -1;
    m_openStreamed.clear();
    m_state.inStream = false;
    m_state.streamXid = 0;
    return changed;
}

int TransactionIndex::rowInGroup(qsizetype event) const
{
    const int g = groupOf(event);
    if (g < 0)
        return -1;
    const auto &events = m_groups[std::size_t(g)].events;
    const auto it = std::lower_bound(events.cbegin(), events.cend(), quint32(event));
    return it != events.cend() && *it == quint32(event) ? int(it - events.cbegin()) : -1;
}

DecodeResult TransactionIndex::decode(qsizetype event) const
{
    DecoderState state = m_state;
    state.inStream = m_events[std::size_t(event)].flags & InStream;
    state.streamXid = 0;
    return pgoutput::decode(m_store->payload(event), state);
}

std::optional<Relation> TransactionIndex::relationAt(qsizetype event, std::uint32_t oid) const
{
    const auto it = m_relationEvents.constFind(oid);
    if (it == m_relationEvents.cend())
        return std::nullopt;
    const auto &list = *it;
    auto pos = std::upper_bound(list.cbegin(), list.cend(), quint32(event));
    if (pos == list.cbegin())
        return std::nullopt;
    const DecodeResult r = decode(*(pos - 1));
    if (!r)
        return std::nullopt;
    if (const auto *rel = std::get_if<Relation>(&*r.message))
        return *rel;
    return std::nullopt;
}

std::optional<int> TransactionIndex::transactionOf(qsizetype event) const
{
    const int g = groupOf(event);
    if (g < 0 || m_groups[std::size_t(g)].kind == TxnGroup::Kind::Standalone)
        return std::nullopt;
    return g;
}

std::optional<int> TransactionIndex::groupEndingAt(Lsn lsn) const
{
    // Open and aborted transactions have no end; nothing ends at 0/0.
    if (!lsn.isValid())
        return std::nullopt;
    for (int g = groupCount() - 1; g >= 0; --g)
        if (m_groups[std::size_t(g)].endLsn == lsn
            && m_groups[std::size_t(g)].kind != TxnGroup::Kind::Standalone)
            return g;
    return std::nullopt;
}

} // namespace pgrepl
