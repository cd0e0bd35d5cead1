// libFuzzer entry for the pgoutput decoder. The first input byte picks the
// decoder state and mode, the rest is the message (or a pg_recvlogical file):
//   bits 0-1: proto_version - 1, bit 2: inside a streamed chunk,
//   bit 3: streaming=parallel, bit 4: read the rest as a pg_recvlogical file.
// Besides not crashing, every decoded value must point inside the input. A
// file's messages are also grouped into transactions by the TransactionIndex,
// which must place every event exactly once, whatever order they come in.
#include "pgoutput/Decoder.h"
#include "pgoutput/RecvlogicalReader.h"
#include "pgoutput/RelationCache.h"
#include "store/EventStore.h"
#include "txn/TransactionIndex.h"

#include <QDebug>

#include <cstdlib>

using namespace pgrepl::pgoutput;
using pgrepl::EventStore;
using pgrepl::StreamEvent;
using pgrepl::TransactionIndex;
using pgrepl::TxnGroup;
using pgrepl::TxnState;

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

bool inside(QByteArrayView part, QByteArrayView whole)
{
    return part.isEmpty()
        || (part.data() >= whole.data() && part.data() + part.size() <= whole.data() + whole.size());
}

void checkTuple(const TupleData &tuple, QByteArrayView whole)
{
    for (const TupleValue &v : tuple.columns) {
        require(inside(v.bytes, whole));
        if (v.hasValue())
            require(v.bytes.data() == whole.data() + v.offset);
    }
}

void checkMessage(const Message &m, QByteArrayView whole, RelationCache &cache)
{
    if (const auto *i = std::get_if<Insert>(&m))
        checkTuple(i->newTuple, whole);
    else if (const auto *u = std::get_if<Update>(&m)) {
        checkTuple(u->oldTuple, whole);
        checkTuple(u->newTuple, whole);
    } else if (const auto *d = std::get_if<Delete>(&m))
        checkTuple(d->oldTuple, whole);
    else if (const auto *msg = std::get_if<LogicalMessage>(&m))
        require(inside(msg->content, whole));
    cache.apply(m);
    (void)cache.checkChange(m);
    QString text;
    QDebug(&text) << m;
    require(!text.isEmpty());
}

// The index's invariants on whatever it was fed.
void checkIndex(const TransactionIndex &index, const EventStore &store)
{
    require(index.indexedEvents() == store.size());
    qsizetype placed = 0;
    for (int g = 0; g < index.groupCount(); ++g) {
        const TxnGroup &group = index.group(g);
        require(!group.events.empty());
        require(group.kind != TxnGroup::Kind::Standalone || group.events.size() == 1);
        require(group.changes <= group.events.size());
        for (std::size_t k = 0; k < group.events.size(); ++k) {
            const qsizetype e = qsizetype(group.events[k]);
            require(e < store.size());
            require(k == 0 || group.events[k - 1] < group.events[k]);
            require(index.groupOf(e) == g);
            require(index.rowInGroup(e) == int(k));
            require(!index.isDiscarded(e) || group.kind == TxnGroup::Kind::Streamed);
            const DecodeResult r = index.decode(e);
            require(r.ok() || !r.error.field.isEmpty());
            if (r)
                for (const std::uint32_t oid : {1u, 16384u})
                    (void)index.relationAt(e, oid);
        }
        placed += qsizetype(group.events.size());
        if (group.endLsn.isValid() && group.kind != TxnGroup::Kind::Standalone) {
            const auto ending = index.groupEndingAt(group.endLsn);
            require(ending && index.group(*ending).endLsn == group.endLsn);
        }
    }
    require(placed == store.size());
}

bool sameGroups(const TransactionIndex &a, const TransactionIndex &b)
{
    if (a.groupCount() != b.groupCount())
        return false;
    for (int g = 0; g < a.groupCount(); ++g) {
        const TxnGroup &x = a.group(g);
        const TxnGroup &y = b.group(g);
        if (x.kind != y.kind || x.state != y.state || x.xid != y.xid || x.finalLsn != y.finalLsn
            || x.endLsn != y.endLsn || x.changes != y.changes || x.events != y.events)
            return false;
    }
    for (qsizetype e = 0; e < a.indexedEvents(); ++e)
        if (a.isDiscarded(e) != b.isDiscarded(e))
            return false;
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    static const bool quiet = [] {
        qSetMessagePattern(QStringLiteral("%{message}"));
        return true;
    }();
    (void)quiet;
    const std::uint8_t mode = data[0];
    DecoderState state;
    state.protoVersion = (mode & 3) + 1;
    state.inStream = (mode & 4) != 0 && state.protoVersion >= 2;
    state.streamXid = state.inStream ? 1 : 0;
    state.parallelStreaming = (mode & 8) != 0;
    const QByteArrayView body(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));
    RelationCache cache;

    if (mode & 16) {
        RecvlogicalReader reader(body.toByteArray(), state);
        const QByteArrayView whole(reader.data());
        // Small arena chunks: the default 4 MiB, poisoned by ASan on every
        // input, would cost more than the run itself.
        constexpr qsizetype chunkSize = 4096;
        EventStore store(chunkSize);
        qsizetype last = -1;
        while (auto entry = reader.next()) {
            require(entry->offset > last);
            last = entry->offset;
            require(inside(entry->raw, whole));
            checkMessage(entry->message, entry->raw, cache);
            StreamEvent event;
            event.kind = StreamEvent::Kind::XLogData;
            event.payload = entry->raw.toByteArray();
            require(store.append(event));
        }
        require(!reader.hasError() || reader.error().offset <= whole.size());

        // Indexed in one go and in two steps, the groups must agree.
        TransactionIndex once(&store, state.protoVersion, state.parallelStreaming);
        once.indexNew();
        checkIndex(once, store);
        EventStore half(chunkSize);
        TransactionIndex stepwise(&half, state.protoVersion, state.parallelStreaming);
        for (qsizetype i = 0; i < store.size(); ++i) {
            require(half.append(store.event(i)));
            if (i == store.size() / 2)
                stepwise.indexNew();
        }
        stepwise.indexNew();
        require(sameGroups(once, stepwise));
        for (const int g : once.markOpenIncomplete())
            require(once.group(g).state == TxnState::Incomplete);
        for (int g = 0; g < once.groupCount(); ++g)
            require(once.group(g).state != TxnState::InProgress);
        return 0;
    }

    const DecoderState before = state;
    const DecodeResult result = decode(body, state);
    if (result) {
        checkMessage(*result.message, body, cache);
        qsizetype consumed = -1;
        DecoderState again = before;
        require(decodePrefix(body, again, &consumed).ok() && consumed == body.size());
    } else {
        require(!result.error.field.isEmpty());
        require(result.error.offset >= 0 && result.error.offset <= body.size());
        require(state.inStream == before.inStream && state.streamXid == before.streamXid);
    }
    return 0;
}
