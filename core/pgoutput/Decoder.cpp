#include "pgoutput/Decoder.h"

namespace pgrepl::pgoutput {

namespace {

QString byteText(std::uint8_t byte)
{
    if (byte >= 0x20 && byte < 0x7f)
        return QStringLiteral("'%1' (0x%2)")
            .arg(QLatin1Char(static_cast<char>(byte)))
            .arg(byte, 2, 16, QLatin1Char('0'));
    return QStringLiteral("0x%1").arg(byte, 2, 16, QLatin1Char('0'));
}

// Reads one message with a ByteReader; every field read is checked at once,
// so on failure the item context (which column, which relation) still names
// the field that failed.
class Parser final
{
public:
    // keepColumns false: tuples are read and checked, their columns dropped.
    Parser(QByteArrayView data, const DecoderState &state, bool keepColumns = true)
        : m_r(data), m_state(state), m_keepColumns(keepColumns)
    { }

    DecodeResult run(qsizetype *consumed);
    const DecoderState &state() const { return m_state; }

private:
    bool parseBody(Message &out);
    // Reads a T with read() and stores it in out only when it is complete.
    template<typename T> bool into(Message &out, bool (Parser::*read)(T &))
    {
        T m;
        if (!(this->*read)(m))
            return false;
        out = std::move(m);
        return true;
    }
    DecodeResult failure();

    bool xid(std::optional<std::uint32_t> &out)
    {
        if (!m_state.inStream)
            return true;
        std::uint32_t value = 0;
        if (!m_r.u32(value, "xid"))
            return false;
        out = value;
        return true;
    }
    bool lsn(Lsn &out, const char *field)
    {
        std::uint64_t value = 0;
        if (!m_r.u64(value, field))
            return false;
        out = Lsn(value);
        return true;
    }
    bool string(QString &out, const char *field)
    {
        QByteArrayView bytes;
        if (!m_r.cstring(bytes, field))
            return false;
        out = QString::fromUtf8(bytes);
        return true;
    }
    // A count of items that each take at least minItemSize bytes: checking it
    // against what is left keeps a hostile count from reserving memory.
    bool count(qsizetype n, qsizetype minItemSize, const char *what, qsizetype fieldOffset)
    {
        if (n < 0)
            return failAt(
                fieldOffset, QStringLiteral("negative %1 %2").arg(QLatin1String(what)).arg(n), what);
        if (n > m_r.remaining() / minItemSize)
            return failAt(fieldOffset,
                QStringLiteral("%1 %2 needs at least %3 bytes, %4 left")
                    .arg(QLatin1String(what))
                    .arg(n)
                    .arg(n * minItemSize)
                    .arg(m_r.remaining()),
                what);
        return true;
    }
    // A bad value in a field already read: the error points at the field.
    bool failAt(qsizetype fieldOffset, const QString &message, const char *field)
    {
        if (m_r.ok())
            m_errorOffset = fieldOffset;
        return m_r.fail(message, field);
    }
    bool badByte(const QString &message, const char *field)
    {
        return failAt(m_r.offset() - 1, message, field);
    }
    void enterItems(const char *label)
    {
        m_itemLabel = label;
        m_item = -1;
    }
    void leaveItems()
    {
        m_itemLabel = nullptr;
        m_item = -1;
    }

    bool tuple(TupleData &out, const char *label);
    bool begin(Begin &m);
    bool commit(Commit &m);
    bool origin(Origin &m);
    bool relation(Relation &m);
    bool type(Type &m);
    bool insert(Insert &m);
    bool update(Update &m);
    bool remove(Delete &m);
    bool truncate(Truncate &m);
    bool logicalMessage(LogicalMessage &m);
    bool streamStart(StreamStart &m);
    bool streamCommit(StreamCommit &m);
    bool streamAbort(StreamAbort &m);
    bool beginPrepare(BeginPrepare &m);
    template<typename T> bool prepareLike(T &m);
    bool commitPrepared(CommitPrepared &m);
    bool rollbackPrepared(RollbackPrepared &m);

    ByteReader m_r;
    DecoderState m_state;
    std::uint8_t m_tag = 0;
    const char *m_itemLabel = nullptr;
    qsizetype m_item = -1;
    qsizetype m_errorOffset = -1;
    bool m_keepColumns = true;
};

bool Parser::tuple(TupleData &out, const char *label)
{
    std::int16_t n = 0;
    const qsizetype countAt = m_r.offset();
    if (!m_r.i16(n, "column count") || !count(n, 1, "column count", countAt))
        return false;
    if (m_keepColumns)
        out.columns.reserve(n);
    enterItems(label);
    for (m_item = 0; m_item < n; ++m_item) {
        std::uint8_t kind = 0;
        if (!m_r.u8(kind, "kind"))
            return false;
        TupleValue value;
        switch (kind) {
        case 'n':
            value.kind = TupleValue::Kind::Null;
            break;
        case 'u':
            value.kind = TupleValue::Kind::UnchangedToast;
            break;
        case 't':
        case 'b': {
            value.kind = kind == 't' ? TupleValue::Kind::Text : TupleValue::Kind::Binary;
            std::int32_t length = 0;
            if (!m_r.i32(length, "length"))
                return false;
            value.offset = m_r.offset();
            if (!m_r.bytes(value.bytes, length, "value"))
                return false;
            break;
        }
        default:
            return badByte(
                QStringLiteral("unknown column kind %1 (expected n, u, t or b)").arg(byteText(kind)), "kind");
        }
        if (m_keepColumns)
            out.columns.append(value);
    }
    leaveItems();
    return true;
}

bool Parser::begin(Begin &m)
{
    return lsn(m.finalLsn, "final LSN") && m_r.i64(m.commitTime, "commit time") && m_r.u32(m.xid, "xid");
}

bool Parser::commit(Commit &m)
{
    return m_r.u8(m.flags, "flags") && lsn(m.commitLsn, "commit LSN") && lsn(m.endLsn, "end LSN")
        && m_r.i64(m.commitTime, "commit time");
}

bool Parser::origin(Origin &m)
{
    return lsn(m.commitLsn, "origin commit LSN") && string(m.name, "origin name");
}

bool Parser::relation(Relation &m)
{
    std::uint8_t identity = 0;
    std::int16_t n = 0;
    if (!xid(m.xid) || !m_r.u32(m.oid, "relation OID") || !string(m.nspname, "namespace")
        || !string(m.relname, "relation name") || !m_r.u8(identity, "replica identity"))
        return false;
    switch (identity) {
    case 'd':
    case 'n':
    case 'f':
    case 'i':
        m.replicaIdentity = static_cast<ReplicaIdentity>(identity);
        break;
    default:
        return badByte(
            QStringLiteral("unknown replica identity %1 (expected d, n, f or i)").arg(byteText(identity)),
            "replica identity");
    }
    // flags, an empty name's NUL, type OID, typmod: at least 10 bytes a column.
    const qsizetype countAt = m_r.offset();
    if (!m_r.i16(n, "column count") || !count(n, 10, "column count", countAt))
        return false;
    m.columns.reserve(n);
    enterItems("column");
    for (m_item = 0; m_item < n; ++m_item) {
        RelationColumn c;
        if (!m_r.u8(c.flags, "flags") || !string(c.name, "name") || !m_r.u32(c.typeOid, "type OID")
            || !m_r.i32(c.typmod, "type modifier"))
            return false;
        m.columns.append(c);
    }
    leaveItems();
    return true;
}

bool Parser::type(Type &m)
{
    return xid(m.xid) && m_r.u32(m.oid, "type OID") && string(m.nspname, "namespace")
        && string(m.name, "type name");
}

bool Parser::insert(Insert &m)
{
    std::uint8_t marker = 0;
    if (!xid(m.xid) || !m_r.u32(m.relationOid, "relation OID") || !m_r.u8(marker, "new tuple marker"))
        return false;
    if (marker != 'N')
        return badByte(QStringLiteral("expected 'N', got %1").arg(byteText(marker)), "new tuple marker");
    return tuple(m.newTuple, "new tuple column");
}

bool Parser::update(Update &m)
{
    std::uint8_t marker = 0;
    if (!xid(m.xid) || !m_r.u32(m.relationOid, "relation OID") || !m_r.u8(marker, "tuple marker"))
        return false;
    if (marker == 'K' || marker == 'O') {
        m.oldKind = static_cast<OldTupleKind>(marker);
        if (!tuple(m.oldTuple, "old tuple column") || !m_r.u8(marker, "new tuple marker"))
            return false;
        if (marker != 'N')
            return badByte(QStringLiteral("expected 'N', got %1").arg(byteText(marker)), "new tuple marker");
    } else if (marker != 'N') {
        return badByte(
            QStringLiteral("expected 'K', 'O' or 'N', got %1").arg(byteText(marker)), "tuple marker");
    }
    return tuple(m.newTuple, "new tuple column");
}

bool Parser::remove(Delete &m)
{
    std::uint8_t marker = 0;
    if (!xid(m.xid) || !m_r.u32(m.relationOid, "relation OID") || !m_r.u8(marker, "old tuple marker"))
        return false;
    if (marker != 'K' && marker != 'O')
        return badByte(
            QStringLiteral("expected 'K' or 'O', got %1").arg(byteText(marker)), "old tuple marker");
    m.oldKind = static_cast<OldTupleKind>(marker);
    return tuple(m.oldTuple, "old tuple column");
}

bool Parser::truncate(Truncate &m)
{
    std::int32_t n = 0;
    if (!xid(m.xid))
        return false;
    const qsizetype countAt = m_r.offset();
    if (!m_r.i32(n, "relation count") || !m_r.u8(m.options, "options")
        || !count(n, 4, "relation count", countAt))
        return false;
    m.relationOids.reserve(n);
    enterItems("relation");
    for (m_item = 0; m_item < n; ++m_item) {
        std::uint32_t oid = 0;
        if (!m_r.u32(oid, "OID"))
            return false;
        m.relationOids.append(oid);
    }
    leaveItems();
    return true;
}

bool Parser::logicalMessage(LogicalMessage &m)
{
    std::int32_t length = 0;
    if (!xid(m.xid) || !m_r.u8(m.flags, "flags") || !lsn(m.lsn, "message LSN") || !string(m.prefix, "prefix")
        || !m_r.i32(length, "content length"))
        return false;
    m.contentOffset = m_r.offset();
    return m_r.bytes(m.content, length, "content");
}

bool Parser::streamStart(StreamStart &m)
{
    std::uint8_t first = 0;
    if (!m_r.u32(m.xid, "xid") || !m_r.u8(first, "first segment"))
        return false;
    m.firstSegment = first != 0;
    return true;
}

bool Parser::streamCommit(StreamCommit &m)
{
    return m_r.u32(m.xid, "xid") && m_r.u8(m.flags, "flags") && lsn(m.commitLsn, "commit LSN")
        && lsn(m.endLsn, "end LSN") && m_r.i64(m.commitTime, "commit time");
}

bool Parser::streamAbort(StreamAbort &m)
{
    if (!m_r.u32(m.xid, "xid") || !m_r.u32(m.subxid, "subtransaction xid"))
        return false;
    if (m_state.protoVersion >= 4 && m_state.parallelStreaming) {
        Lsn abortLsn;
        std::int64_t abortTime = 0;
        if (!lsn(abortLsn, "abort LSN") || !m_r.i64(abortTime, "abort time"))
            return false;
        m.abortLsn = abortLsn;
        m.abortTime = abortTime;
    }
    return true;
}

bool Parser::beginPrepare(BeginPrepare &m)
{
    return lsn(m.prepareLsn, "prepare LSN") && lsn(m.endLsn, "end LSN")
        && m_r.i64(m.prepareTime, "prepare time") && m_r.u32(m.xid, "xid") && string(m.gid, "GID");
}

template<typename T> bool Parser::prepareLike(T &m)
{
    return m_r.u8(m.flags, "flags") && lsn(m.prepareLsn, "prepare LSN") && lsn(m.endLsn, "end LSN")
        && m_r.i64(m.prepareTime, "prepare time") && m_r.u32(m.xid, "xid") && string(m.gid, "GID");
}

bool Parser::commitPrepared(CommitPrepared &m)
{
    return m_r.u8(m.flags, "flags") && lsn(m.commitLsn, "commit LSN") && lsn(m.endLsn, "end LSN")
        && m_r.i64(m.commitTime, "commit time") && m_r.u32(m.xid, "xid") && string(m.gid, "GID");
}

bool Parser::rollbackPrepared(RollbackPrepared &m)
{
    return m_r.u8(m.flags, "flags") && lsn(m.prepareEndLsn, "prepare end LSN")
        && lsn(m.rollbackEndLsn, "rollback end LSN") && m_r.i64(m.prepareTime, "prepare time")
        && m_r.i64(m.rollbackTime, "rollback time") && m_r.u32(m.xid, "xid") && string(m.gid, "GID");
}

bool Parser::parseBody(Message &out)
{
    switch (m_tag) {
    case 'B':
        return into(out, &Parser::begin);
    case 'C':
        return into(out, &Parser::commit);
    case 'O':
        return into(out, &Parser::origin);
    case 'R':
        return into(out, &Parser::relation);
    case 'Y':
        return into(out, &Parser::type);
    case 'I':
        return into(out, &Parser::insert);
    case 'U':
        return into(out, &Parser::update);
    case 'D':
        return into(out, &Parser::remove);
    case 'T':
        return into(out, &Parser::truncate);
    case 'M':
        return into(out, &Parser::logicalMessage);
    case 'S':
        return into(out, &Parser::streamStart);
    case 'E':
        out = StreamStop {};
        return true;
    case 'c':
        return into(out, &Parser::streamCommit);
    case 'A':
        return into(out, &Parser::streamAbort);
    case 'b':
        return into(out, &Parser::beginPrepare);
    case 'P':
        return into(out, &Parser::prepareLike<Prepare>);
    case 'K':
        return into(out, &Parser::commitPrepared);
    case 'r':
        return into(out, &Parser::rollbackPrepared);
    case 'p':
        return into(out, &Parser::prepareLike<StreamPrepare>);
    default:
        return badByte(QStringLiteral("unknown message type %1").arg(byteText(m_tag)), "message type");
    }
}

// The protocol version that introduced a message type.
int sinceVersion(std::uint8_t tag)
{
    switch (tag) {
    case 'S':
    case 'E':
    case 'c':
    case 'A':
        return 2;
    case 'b':
    case 'P':
    case 'K':
    case 'r':
    case 'p':
        return 3;
    default:
        return 1;
    }
}

DecodeResult Parser::failure()
{
    ParseError error = m_r.error();
    if (m_errorOffset >= 0)
        error.offset = m_errorOffset;
    if (m_itemLabel)
        error.field
            = QStringLiteral("%1 %2 %3").arg(QLatin1String(m_itemLabel)).arg(m_item + 1).arg(error.field);
    const QString name = messageTypeName(static_cast<char>(m_tag));
    if (!name.isEmpty())
        error.message = QStringLiteral("%1 ('%2') message: %3")
                            .arg(name, QString(QLatin1Char(static_cast<char>(m_tag))), error.message);
    return {std::nullopt, error};
}

DecodeResult Parser::run(qsizetype *consumed)
{
    if (m_state.protoVersion < DecoderState::MinProtoVersion
        || m_state.protoVersion > DecoderState::MaxProtoVersion) {
        m_r.fail(QStringLiteral("unsupported proto_version %1 (known: %2 to %3)")
                     .arg(m_state.protoVersion)
                     .arg(DecoderState::MinProtoVersion)
                     .arg(DecoderState::MaxProtoVersion),
            "proto_version");
        return failure();
    }
    if (m_r.atEnd()) {
        m_r.fail(QStringLiteral("empty message"), "message type");
        return failure();
    }
    if (!m_r.u8(m_tag, "message type"))
        return failure();
    const int since = sinceVersion(m_tag);
    if (m_state.protoVersion < since) {
        ParseError error {
            QStringLiteral("%1 ('%2') message needs proto_version %3 or later, the stream uses %4")
                .arg(
                    messageTypeName(static_cast<char>(m_tag)), QString(QLatin1Char(static_cast<char>(m_tag))))
                .arg(since)
                .arg(m_state.protoVersion),
            QStringLiteral("message type"), 0};
        return {std::nullopt, error};
    }
    if (m_tag == 'S' && m_state.inStream) {
        badByte(QStringLiteral("a chunk of xid %1 is still open (no Stream Stop)").arg(m_state.streamXid),
            "message type");
        return failure();
    }
    if (m_tag == 'E' && !m_state.inStream) {
        badByte(QStringLiteral("no streamed chunk is open"), "message type");
        return failure();
    }

    Message message;
    if (!parseBody(message))
        return failure();
    if (const auto *start = std::get_if<StreamStart>(&message)) {
        m_state.inStream = true;
        m_state.streamXid = start->xid;
    } else if (std::holds_alternative<StreamStop>(message)) {
        m_state.inStream = false;
        m_state.streamXid = 0;
    }
    *consumed = m_r.offset();
    return {std::move(message), {}};
}

} // namespace

DecodeResult decodePrefix(QByteArrayView data, DecoderState &state, qsizetype *consumed)
{
    Parser parser(data, state);
    qsizetype used = 0;
    DecodeResult result = parser.run(&used);
    if (result) {
        state = parser.state();
        *consumed = used;
    }
    return result;
}

namespace {
DecodeResult decodeWhole(QByteArrayView message, DecoderState &state, bool keepColumns)
{
    Parser parser(message, state, keepColumns);
    qsizetype used = 0;
    DecodeResult result = parser.run(&used);
    if (!result)
        return result;
    if (used != message.size()) {
        const QString name = messageTypeName(static_cast<char>(message.front()));
        ParseError error {QStringLiteral("%1 ('%2') message: %3 trailing bytes after the message")
                              .arg(name, QString(QLatin1Char(message.front())))
                              .arg(message.size() - used),
            QStringLiteral("end of message"), used};
        return {std::nullopt, error};
    }
    state = parser.state();
    return result;
}
} // namespace

DecodeResult decode(QByteArrayView message, DecoderState &state)
{
    return decodeWhole(message, state, true);
}

DecodeResult decodeOutline(QByteArrayView message, DecoderState &state)
{
    return decodeWhole(message, state, false);
}

} // namespace pgrepl::pgoutput
