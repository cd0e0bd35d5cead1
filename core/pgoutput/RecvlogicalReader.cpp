#include "pgoutput/RecvlogicalReader.h"

#include <QFile>

namespace pgrepl::pgoutput {

RecvlogicalReader::RecvlogicalReader(QByteArray data, DecoderState state)
    : m_data(std::move(data)), m_state(state)
{ }

std::optional<RecvlogicalReader> RecvlogicalReader::open(
    const QString &path, DecoderState state, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return RecvlogicalReader(file.readAll(), state);
}

std::optional<RecvlogicalReader::Entry> RecvlogicalReader::next()
{
    if (atEnd())
        return std::nullopt;
    const QByteArrayView rest = QByteArrayView(m_data).sliced(m_pos);
    const QString where = QStringLiteral("message %1 (file byte %2)").arg(m_index + 1).arg(m_pos);
    qsizetype used = 0;
    DecodeResult result = decodePrefix(rest, m_state, &used);
    if (!result) {
        m_failed = true;
        m_error = result.error;
        m_error.offset += m_pos;
        m_error.message = where + QStringLiteral(": ") + m_error.message;
        return std::nullopt;
    }
    if (used >= rest.size() || rest.at(used) != '\n') {
        m_failed = true;
        const QString found = used >= rest.size()
            ? QStringLiteral("the file ends")
            : QStringLiteral("found byte 0x%1")
                  .arg(static_cast<std::uint8_t>(rest.at(used)), 2, 16, QLatin1Char('0'));
        m_error = ParseError {where + QStringLiteral(": expected '\\n' after the message, ") + found,
            QStringLiteral("message terminator"), m_pos + used};
        return std::nullopt;
    }
    Entry entry {m_pos, rest.first(used), std::move(*result.message)};
    m_pos += used + 1;
    ++m_index;
    return entry;
}

QList<RecvlogicalReader::Entry> RecvlogicalReader::readAll()
{
    QList<Entry> entries;
    while (auto entry = next())
        entries.append(std::move(*entry));
    return entries;
}

} // namespace pgrepl::pgoutput
