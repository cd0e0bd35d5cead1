#pragma once

#include <QByteArray>

#include <optional>

namespace pgrepl::test {

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

} // namespace pgrepl::test
