#include "wire/ByteReader.h"

#include <QtEndian>

namespace pgrepl {

QString ParseError::toString() const
{
    if (field.isEmpty())
        return QStringLiteral("%1 at byte %2").arg(message).arg(offset);
    return QStringLiteral("%1: %2 at byte %3").arg(field, message).arg(offset);
}

bool ByteReader::fail(const QString &message, const char *field)
{
    if (m_ok) {
        m_ok = false;
        m_error = ParseError {message, QLatin1String(field), m_pos};
    }
    return false;
}

bool ByteReader::need(qsizetype n, const char *field)
{
    if (!m_ok)
        return false;
    if (n < 0)
        return fail(QStringLiteral("negative length %1").arg(n), field);
    if (remaining() < n)
        return fail(QStringLiteral("needs %1 bytes, %2 left").arg(n).arg(remaining()), field);
    return true;
}

template<typename T> bool ByteReader::readBig(T &out, const char *field)
{
    if (!need(qsizetype(sizeof(T)), field))
        return false;
    out = qFromBigEndian<T>(m_data.data() + m_pos);
    m_pos += qsizetype(sizeof(T));
    return true;
}

bool ByteReader::u8(std::uint8_t &out, const char *field)
{
    return readBig(out, field);
}
bool ByteReader::u16(std::uint16_t &out, const char *field)
{
    return readBig(out, field);
}
bool ByteReader::i16(std::int16_t &out, const char *field)
{
    return readBig(out, field);
}
bool ByteReader::u32(std::uint32_t &out, const char *field)
{
    return readBig(out, field);
}
bool ByteReader::i32(std::int32_t &out, const char *field)
{
    return readBig(out, field);
}
bool ByteReader::u64(std::uint64_t &out, const char *field)
{
    return readBig(out, field);
}
bool ByteReader::i64(std::int64_t &out, const char *field)
{
    return readBig(out, field);
}

bool ByteReader::bytes(QByteArrayView &out, qsizetype n, const char *field)
{
    if (!need(n, field))
        return false;
    out = m_data.sliced(m_pos, n);
    m_pos += n;
    return true;
}

bool ByteReader::cstring(QByteArrayView &out, const char *field)
{
    if (!m_ok)
        return false;
    const qsizetype end = m_data.indexOf('\0', m_pos);
    if (end < 0)
        return fail(QStringLiteral("string is not NUL-terminated (%1 bytes left)").arg(remaining()), field);
    out = m_data.sliced(m_pos, end - m_pos);
    m_pos = end + 1;
    return true;
}

} // namespace pgrepl
