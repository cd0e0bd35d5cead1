// libFuzzer entry for the pgoutput decoder. The first input byte picks the
// decoder state and mode, the rest is the message (or a pg_recvlogical file):
//   bits 0-1: proto_version - 1, bit 2: inside a streamed chunk,
//   bit 3: streaming=parallel, bit 4: read the rest as a pg_recvlogical file.
// Besides not crashing, every decoded value must point inside the input.
#include "pgoutput/Decoder.h"
#include "pgoutput/RecvlogicalReader.h"
#include "pgoutput/RelationCache.h"
#include "pgoutput/TransactionAssembler.h"

#include <QDebug>

#include <cstdlib>

using namespace pgrepl::pgoutput;

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
        TransactionAssembler assembler;
        qsizetype last = -1;
        while (auto entry = reader.next()) {
            require(entry->offset > last);
            last = entry->offset;
            require(inside(entry->raw, whole));
            checkMessage(entry->message, entry->raw, cache);
            (void)assembler.add(entry->message);
        }
        for (const Transaction &t : assembler.takeFinished()) {
            QString text;
            QDebug(&text) << t;
            require(!text.isEmpty());
        }
        require(!reader.hasError() || reader.error().offset <= whole.size());
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
