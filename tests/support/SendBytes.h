#pragma once

#include <QByteArray>
#include <QtEndian>

#include <initializer_list>

namespace pgrepl::test {

// Builds values in PostgreSQL's binary (send) format, big-endian as the
// types' send functions lay them out, for the tests of binaryToText.
class SendBytes final
{
public:
    template<typename T> SendBytes &be(T v)
    {
        char buffer[sizeof(T)];
        qToBigEndian<T>(v, buffer);
        m_data.append(buffer, qsizetype(sizeof(T)));
        return *this;
    }
    SendBytes &u8(quint8 v) { return be<quint8>(v); }
    SendBytes &i16(qint16 v) { return be<qint16>(v); }
    SendBytes &u16(quint16 v) { return be<quint16>(v); }
    SendBytes &i32(qint32 v) { return be<qint32>(v); }
    SendBytes &u32(quint32 v) { return be<quint32>(v); }
    SendBytes &i64(qint64 v) { return be<qint64>(v); }
    SendBytes &raw(const QByteArray &data)
    {
        m_data.append(data);
        return *this;
    }
    // An array element, a range bound or a multirange's range: its length,
    // then its bytes.
    SendBytes &element(const QByteArray &data) { return i32(qint32(data.size())).raw(data); }
    SendBytes &null() { return i32(-1); }
    // A record column: its type OID, then its length and bytes.
    SendBytes &column(quint32 typeOid, const QByteArray &data) { return u32(typeOid).element(data); }
    SendBytes &nullColumn(quint32 typeOid) { return u32(typeOid).null(); }
    operator QByteArray() const { return m_data; }

private:
    QByteArray m_data;
};

inline QByteArray i32(qint32 v)
{
    return SendBytes().i32(v);
}

// A one-dimensional array header; elements follow with element() or null().
inline SendBytes array1(quint32 elementOid, qint32 size, qint32 lowerBound = 1, qint32 flags = 0)
{
    return SendBytes().i32(1).i32(flags).u32(elementOid).i32(size).i32(lowerBound);
}

// Range flags as range_send writes them.
constexpr quint8 kEmpty = 0x01, kLowerInc = 0x02, kUpperInc = 0x04, kLowerInf = 0x08, kUpperInf = 0x10;

// A range: its flags byte; the bounds given (lower first) follow with
// element().
inline SendBytes range(quint8 flags)
{
    return SendBytes().u8(flags);
}

// numeric's sign field.
constexpr quint16 kNumericPos = 0x0000, kNumericNeg = 0x4000, kNumericNaN = 0xC000, kNumericPinf = 0xD000,
                  kNumericNinf = 0xF000;

// numeric: ndigits, weight, sign, dscale, then base-10000 digits.
inline QByteArray numeric(qint16 weight, quint16 sign, quint16 dscale, std::initializer_list<qint16> digits)
{
    SendBytes b;
    b.u16(quint16(digits.size())).i16(weight).u16(sign).u16(dscale);
    for (qint16 d : digits)
        b.i16(d);
    return b;
}

} // namespace pgrepl::test
