#include "wire/Framer.h"

#include <QIODevice>
#include <QtEndian>

namespace pgrepl {

namespace {
constexpr qint64 kReadChunk = 256 * 1024;
}

qint64 Framer::readFrom(QIODevice *device, qint64 maxBytes)
{
    qint64 total = 0;
    for (;;) {
        qint64 want = device->bytesAvailable();
        if (want <= 0)
            want = kReadChunk; // sequential devices may not know
        if (maxBytes > 0)
            want = qMin(want, maxBytes - total);
        if (want <= 0)
            break;
        // Large reads, into the tail of the one buffer.
        const qsizetype oldSize = m_buffer.size();
        m_buffer.resize(oldSize + want);
        const qint64 got = device->read(m_buffer.data() + oldSize, want);
        m_buffer.resize(oldSize + qMax<qint64>(got, 0));
        if (got < 0)
            return total > 0 ? total : -1;
        if (got == 0)
            break;
        total += got;
    }
    return total;
}

void Framer::append(QByteArrayView bytes)
{
    m_buffer.append(bytes.data(), bytes.size());
}

Framer::Result Framer::next(BackendMessage &out)
{
    if (hasError())
        return Result::Error;
    const qsizetype available = m_buffer.size() - m_pos;
    if (available < 5) {
        // Compact once everything before m_pos is consumed, so the buffer
        // does not grow without bound on a long stream.
        if (m_pos > 0) {
            m_buffer.remove(0, m_pos);
            m_pos = 0;
        }
        return Result::NeedMore;
    }
    const char *head = m_buffer.constData() + m_pos;
    const char type = head[0];
    const qint32 length = qFromBigEndian<qint32>(head + 1);
    if (length < 4) {
        m_error = QStringLiteral("protocol error: message '%1' has length %2 (at least 4 expected)")
                      .arg(QLatin1Char(type))
                      .arg(length);
        return Result::Error;
    }
    if (length - 4 > m_maxMessageSize) {
        m_error = QStringLiteral("protocol error: message '%1' claims %2 bytes, over the limit of %3")
                      .arg(QLatin1Char(type))
                      .arg(length - 4)
                      .arg(m_maxMessageSize);
        return Result::Error;
    }
    if (available < 1 + qsizetype(length)) {
        if (m_pos > 0 && m_pos > m_buffer.size() / 2) {
            m_buffer.remove(0, m_pos);
            m_pos = 0;
        }
        return Result::NeedMore;
    }
    out.type = type;
    out.payload = m_buffer.mid(m_pos + 5, length - 4);
    m_pos += 1 + qsizetype(length);
    if (m_pos == m_buffer.size()) {
        m_buffer.clear();
        m_pos = 0;
    }
    return Result::Message;
}

QByteArray Framer::takeBuffered()
{
    QByteArray rest = m_buffer.mid(m_pos);
    m_buffer.clear();
    m_pos = 0;
    return rest;
}

} // namespace pgrepl
