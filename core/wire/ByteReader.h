#pragma once

#include <QByteArrayView>
#include <QString>

#include <cstdint>

namespace pgrepl {

// Where and why a binary message could not be parsed.
struct ParseError
{
    QString message; // what was wrong, e.g. "needs 4 bytes, 2 left"
    QString field; // which field was being read
    qsizetype offset = 0; // byte offset of that field in the message

    QString toString() const;
};

// Bounds-checked, big-endian reads over a byte buffer, as the PostgreSQL
// protocol lays numbers out. A failed read records the first error (field
// name and offset) and every later read fails too, so a parser can read a
// run of fields and check once; it never reads past the end.
class ByteReader final
{
public:
    explicit ByteReader(QByteArrayView data) : m_data(data) { }

    bool u8(std::uint8_t &out, const char *field);
    bool u16(std::uint16_t &out, const char *field);
    bool i16(std::int16_t &out, const char *field);
    bool u32(std::uint32_t &out, const char *field);
    bool i32(std::int32_t &out, const char *field);
    bool u64(std::uint64_t &out, const char *field);
    bool i64(std::int64_t &out, const char *field);
    // n raw bytes; a negative n is an error.
    bool bytes(QByteArrayView &out, qsizetype n, const char *field);
    // A NUL-terminated string; out excludes the terminator.
    bool cstring(QByteArrayView &out, const char *field);

    // Records a semantic error (a bad value) at the current offset.
    bool fail(const QString &message, const char *field);

    bool ok() const { return m_ok; }
    const ParseError &error() const { return m_error; }
    qsizetype offset() const { return m_pos; }
    qsizetype remaining() const { return m_data.size() - m_pos; }
    bool atEnd() const { return m_pos >= m_data.size(); }
    QByteArrayView data() const { return m_data; }

private:
    bool need(qsizetype n, const char *field);
    template<typename T> bool readBig(T &out, const char *field);

    QByteArrayView m_data;
    qsizetype m_pos = 0;
    bool m_ok = true;
    ParseError m_error;
};

} // namespace pgrepl
