#pragma once

// Reads the file `pg_recvlogical -f FILE` writes for pgoutput: each message's
// raw bytes followed by '\n', with no length. Values may contain '\n', so the
// file is never split on it: a message is decoded to learn where it ends,
// then the newline is expected.

#include "pgoutput/Decoder.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace pgrepl::pgoutput {

class RecvlogicalReader final
{
public:
    struct Entry
    {
        qsizetype offset = 0; // of the message's first byte in the file
        QByteArrayView raw; // the message bytes, without the newline
        Message message; // views in it point into the reader's data
    };

    // state: the proto_version and streaming mode the stream was made with.
    RecvlogicalReader(QByteArray data, DecoderState state);

    // Reads a whole file; nullopt and *error set when it cannot be read.
    static std::optional<RecvlogicalReader> open(const QString &path, DecoderState state, QString *error);

    // The next message; nullopt at the end of the file or at the first error
    // (then hasError()), after which the reader stays stopped.
    std::optional<Entry> next();
    // Every remaining message up to the end or the first error.
    QList<Entry> readAll();

    bool atEnd() const { return m_pos >= m_data.size() || m_failed; }
    bool hasError() const { return m_failed; }
    // Offsets in the error are file offsets.
    const ParseError &error() const { return m_error; }
    const DecoderState &state() const { return m_state; }
    const QByteArray &data() const { return m_data; }

private:
    QByteArray m_data;
    DecoderState m_state;
    qsizetype m_pos = 0;
    qsizetype m_index = 0;
    bool m_failed = false;
    ParseError m_error;
};

} // namespace pgrepl::pgoutput
