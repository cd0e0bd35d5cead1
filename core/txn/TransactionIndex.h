#pragma once

#include "pgoutput/Decoder.h"
#include "store/ChunkedVector.h"
#include "wire/Lsn.h"

#include <QHash>
#include <QList>
#include <QString>

#include <limits>
#include <optional>
#include <vector>

namespace pgrepl {

class EventStore;

// Where a transaction stands, as far as the stream has told.
enum class TxnState : quint8 {
    InProgress, // Begin (or a stream chunk) seen, no end yet
    Committed,
    Aborted, // a streamed transaction's Stream Abort
    Prepared,
    CommitPrepared,
    RolledBack, // ROLLBACK PREPARED
    Incomplete, // the stream ended inside it
};
QString txnStateName(TxnState state);

// A row of the event list: a transaction with its events, or one event that
// stands alone (keepalive, status update, notice, non-transactional message).
struct TxnGroup
{
    enum class Kind : quint8 { Transaction, Streamed, TwoPhase, Standalone };
    Kind kind = Kind::Standalone;
    TxnState state = TxnState::InProgress;
    std::uint32_t xid = 0;
    // Commit LSN; for a two-phase transaction its prepare LSN (the commit's
    // when the prepare was not seen); for a Stream Abort its abort LSN
    // (proto 4, streaming=parallel).
    Lsn finalLsn;
    Lsn endLsn; // end of the commit record: what an acknowledgement names
    // Commit, prepare, rollback (ROLLBACK PREPARED) or abort time.
    std::int64_t commitTime = 0;
    QString gid;
    // Insert/Update/Delete/Truncate/Message inside, not counting those a
    // subtransaction's Stream Abort discarded.
    quint32 changes = 0;
    // Stored size of its events: the list shows it on every repaint, and a
    // bulk change has millions of them.
    qint64 bytes = 0;
    std::vector<quint32> events; // indices into the store, in stream order
};

// Groups the events of an EventStore into transactions as they arrive, and
// decodes any event again on demand with the decoder state it arrived in.
// Streamed transactions are assembled across interleaved chunks; a Stream
// Abort of a subtransaction marks only that subtransaction's changes
// discarded. A Begin while another transaction is open leaves the older one
// Incomplete (the server never interleaves unstreamed transactions). Per
// event it keeps 8 bytes; nothing decoded is kept.
class TransactionIndex final
{
public:
    explicit TransactionIndex(const EventStore *store, int protoVersion = 1, bool parallelStreaming = false);

    void setProtocol(int protoVersion, bool parallelStreaming);

    // What indexNew() changed, for a model to announce.
    struct Update
    {
        int firstNewGroup = 0; // new groups are [firstNewGroup, groupCount())
        QList<QPair<int, int>> grownGroups; // (group, child count before) for older groups
        QList<int> changedGroups; // state or fields changed
    };
    // Indexes the events appended to the store since the last call, at
    // most maxEvents of them; call again for the rest.
    Update indexNew(qsizetype maxEvents = std::numeric_limits<qsizetype>::max());
    // Whether the store holds events not indexed yet.
    bool hasUnindexed() const;
    // The stream ended: what is still open becomes Incomplete.
    QList<int> markOpenIncomplete();
    void clear();

    int groupCount() const { return int(m_groups.size()); }
    const TxnGroup &group(int g) const { return m_groups[std::size_t(g)]; }
    int groupOf(qsizetype event) const { return m_events[std::size_t(event)].group; }
    // The position of an event among its group's events.
    int rowInGroup(qsizetype event) const;
    bool isDiscarded(qsizetype event) const { return m_events[std::size_t(event)].flags & Discarded; }
    qsizetype indexedEvents() const { return qsizetype(m_events.size()); }

    // Decodes an XLogData event again; the views in the result point into
    // the store, valid as long as it is.
    pgoutput::DecodeResult decode(qsizetype event) const;
    // The Relation message in force for oid at that event (the last one
    // received before it), if any.
    std::optional<pgoutput::Relation> relationAt(qsizetype event, std::uint32_t oid) const;
    // The transaction an event belongs to, if it is in one.
    std::optional<int> transactionOf(qsizetype event) const;
    // The group whose end LSN is lsn, for acknowledging.
    std::optional<int> groupEndingAt(Lsn lsn) const;

private:
    enum Flag : quint8 { InStream = 1, Discarded = 2, Undecodable = 4 };
    struct EventInfo
    {
        qint32 group = -1;
        quint8 flags = 0;
    };

    int newGroup(TxnGroup::Kind kind, Update &update);
    void addToGroup(int g, quint32 event, Update &update, QHash<int, int> &grownBefore);

    const EventStore *m_store;
    pgoutput::DecoderState m_state;
    // Blocks, not one vector: a million groups or events are never copied
    // while the list is live.
    ChunkedVector<TxnGroup> m_groups;
    ChunkedVector<EventInfo> m_events;
    QHash<std::uint32_t, std::vector<quint32>> m_relationEvents;
    int m_openTxn = -1;
    int m_chunkGroup = -1; // the group of the open chunk's Stream Start
    QHash<std::uint32_t, int> m_openStreamed;
    QHash<QString, int> m_preparedByGid; // awaiting COMMIT / ROLLBACK PREPARED
};

} // namespace pgrepl
