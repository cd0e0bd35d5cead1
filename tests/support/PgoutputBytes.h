#pragma once

#include <QByteArray>
#include <QList>

#include <optional>

namespace pgrepl::test {

// The time (PostgreSQL epoch microseconds) the message builders below write
// where a message carries one and the test names none.
inline constexpr quint64 Ts = 1234567;

// Builds pgoutput messages by hand, big-endian as the server lays fields
// out, for tests of the decoder and of what sits on top of it.
class PgoutputBytes final
{
public:
    explicit PgoutputBytes(char tag) { m_data.append(tag); }
    PgoutputBytes &u8(int v)
    {
        m_data.append(static_cast<char>(v));
        return *this;
    }
    PgoutputBytes &i16(int v) { return be(static_cast<quint16>(v), 2); }
    PgoutputBytes &i32(qint64 v) { return be(static_cast<quint32>(v), 4); }
    PgoutputBytes &i64(quint64 v) { return be(v, 8); }
    PgoutputBytes &str(const char *s)
    {
        m_data.append(s);
        m_data.append('\0');
        return *this;
    }
    PgoutputBytes &raw(const QByteArray &b)
    {
        m_data.append(b);
        return *this;
    }
    // A tuple column: 't' or 'b' with a value, or 'n' / 'u'.
    PgoutputBytes &col(char kind, const QByteArray &value = {})
    {
        u8(kind);
        if (kind == 't' || kind == 'b')
            i32(value.size()).raw(value);
        return *this;
    }
    PgoutputBytes &text(char kind, const QByteArray &value) { return col(kind, value); }
    // TupleData of text values: the column count, then each as 't'.
    PgoutputBytes &tuple(const QList<QByteArray> &values)
    {
        i16(static_cast<int>(values.size()));
        for (const QByteArray &v : values)
            col('t', v);
        return *this;
    }
    // The xid that changes carry inside a streamed chunk.
    PgoutputBytes &xidIf(bool inStream, quint32 xid) { return inStream ? i32(xid) : *this; }
    PgoutputBytes &xidIf(std::optional<quint32> xid) { return xid ? i32(*xid) : *this; }
    operator QByteArray() const { return m_data; }

private:
    PgoutputBytes &be(quint64 v, int n)
    {
        for (int i = n - 1; i >= 0; --i)
            m_data.append(static_cast<char>((v >> (8 * i)) & 0xff));
        return *this;
    }
    QByteArray m_data;
};

// Whole pgoutput messages. Arguments follow the message's field order, with
// three exceptions so that most calls name only what the test is about:
// flags are 0, times come last and default to Ts, and the xid that a change
// carries inside a streamed chunk comes last and is left out elsewhere.

// A relation column: its name and type OID (text unless named).
struct Column
{
    Column(const char *columnName, quint32 typeOid = 25) : name(columnName), type(typeOid) { }
    const char *name;
    quint32 type;
};

// A Relation whose first keyColumns columns are flagged as part of the key
// (replica identity 'd' default, 'f' full, 'i' index, 'n' nothing).
inline QByteArray relation(quint32 oid, const char *nspname, const char *relname,
    const QList<Column> &columns, std::optional<quint32> xid = {}, char identity = 'd', int keyColumns = 1)
{
    PgoutputBytes b('R');
    b.xidIf(xid).i32(oid).str(nspname).str(relname).u8(identity).i16(static_cast<int>(columns.size()));
    for (qsizetype i = 0; i < columns.size(); ++i)
        b.u8(i < keyColumns ? 1 : 0).str(columns[i].name).i32(columns[i].type).i32(-1);
    return b;
}

// Insert, Update (the new row only) and Delete (by key, 'K') of text values.
inline QByteArray insert(quint32 oid, const QList<QByteArray> &values, std::optional<quint32> xid = {})
{
    return PgoutputBytes('I').xidIf(xid).i32(oid).u8('N').tuple(values);
}
inline QByteArray update(quint32 oid, const QList<QByteArray> &newValues, std::optional<quint32> xid = {})
{
    return PgoutputBytes('U').xidIf(xid).i32(oid).u8('N').tuple(newValues);
}
inline QByteArray deleteRow(quint32 oid, const QList<QByteArray> &key, std::optional<quint32> xid = {})
{
    return PgoutputBytes('D').xidIf(xid).i32(oid).u8('K').tuple(key);
}
inline QByteArray truncate(const QList<quint32> &oids, std::optional<quint32> xid = {})
{
    PgoutputBytes b('T');
    b.xidIf(xid).i32(oids.size()).u8(0);
    for (quint32 oid : oids)
        b.i32(oid);
    return b;
}
// A logical message (pg_logical_emit_message) written at lsn.
inline QByteArray message(bool transactional, quint64 lsn, const char *prefix, const QByteArray &content,
    std::optional<quint32> xid = {})
{
    return PgoutputBytes('M')
        .xidIf(xid)
        .u8(transactional ? 1 : 0)
        .i64(lsn)
        .str(prefix)
        .i32(content.size())
        .raw(content);
}

inline QByteArray begin(quint64 finalLsn, quint32 xid, quint64 commitTime = Ts)
{
    return PgoutputBytes('B').i64(finalLsn).i64(commitTime).i32(xid);
}
inline QByteArray commit(quint64 commitLsn, quint64 endLsn, quint64 commitTime = Ts)
{
    return PgoutputBytes('C').u8(0).i64(commitLsn).i64(endLsn).i64(commitTime);
}
inline QByteArray origin(quint64 commitLsn, const char *name)
{
    return PgoutputBytes('O').i64(commitLsn).str(name);
}

// Streaming (protocol 2 and later).
inline QByteArray streamStart(quint32 xid, bool first)
{
    return PgoutputBytes('S').i32(xid).u8(first ? 1 : 0);
}
inline QByteArray streamStop()
{
    return PgoutputBytes('E');
}
inline QByteArray streamCommit(quint32 xid, quint64 commitLsn, quint64 endLsn, quint64 commitTime = Ts)
{
    return PgoutputBytes('c').i32(xid).u8(0).i64(commitLsn).i64(endLsn).i64(commitTime);
}
// subxid == xid aborts the whole transaction.
inline QByteArray streamAbort(quint32 xid, quint32 subxid)
{
    return PgoutputBytes('A').i32(xid).i32(subxid);
}
// Protocol 4 with streaming=parallel: the abort's LSN and time follow.
inline QByteArray streamAbort(quint32 xid, quint32 subxid, quint64 abortLsn, quint64 abortTime)
{
    return PgoutputBytes('A').i32(xid).i32(subxid).i64(abortLsn).i64(abortTime);
}

// Two-phase commit (protocol 3 and later).
inline QByteArray beginPrepare(
    quint64 prepareLsn, quint64 endLsn, quint32 xid, const char *gid, quint64 prepareTime = Ts)
{
    return PgoutputBytes('b').i64(prepareLsn).i64(endLsn).i64(prepareTime).i32(xid).str(gid);
}
inline QByteArray prepare(
    quint64 prepareLsn, quint64 endLsn, quint32 xid, const char *gid, quint64 prepareTime = Ts)
{
    return PgoutputBytes('P').u8(0).i64(prepareLsn).i64(endLsn).i64(prepareTime).i32(xid).str(gid);
}
inline QByteArray commitPrepared(
    quint64 commitLsn, quint64 endLsn, quint32 xid, const char *gid, quint64 commitTime = Ts)
{
    return PgoutputBytes('K').u8(0).i64(commitLsn).i64(endLsn).i64(commitTime).i32(xid).str(gid);
}
inline QByteArray rollbackPrepared(quint64 prepareEndLsn, quint64 rollbackEndLsn, quint32 xid,
    const char *gid, quint64 prepareTime = Ts, quint64 rollbackTime = Ts + 1)
{
    return PgoutputBytes('r')
        .u8(0)
        .i64(prepareEndLsn)
        .i64(rollbackEndLsn)
        .i64(prepareTime)
        .i64(rollbackTime)
        .i32(xid)
        .str(gid);
}
inline QByteArray streamPrepare(
    quint64 prepareLsn, quint64 endLsn, quint32 xid, const char *gid, quint64 prepareTime = Ts)
{
    return PgoutputBytes('p').u8(0).i64(prepareLsn).i64(endLsn).i64(prepareTime).i32(xid).str(gid);
}

} // namespace pgrepl::test
