#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

class QIODevice;

namespace pgrepl {

// One backend protocol message: a type byte and its payload (the length word
// is not kept).
struct BackendMessage
{
    char type = 0;
    QByteArray payload;
};

// Cuts the backend byte stream into messages. Bytes come from any QIODevice
// (a socket, or a QBuffer in tests) or are appended directly; whatever has
// arrived is kept until a frame is complete, so a partial read, a timer or a
// pause can never split or lose a frame.
class Framer final
{
public:
    static constexpr qint64 kDefaultMaxMessageSize = qint64(1) << 30; // 1 GiB

    explicit Framer(qint64 maxMessageSize = kDefaultMaxMessageSize) : m_maxMessageSize(maxMessageSize) { }

    // Reads what the device has now, at most maxBytes (0: everything).
    // Returns the number of bytes read, or -1 on a device error.
    qint64 readFrom(QIODevice *device, qint64 maxBytes = 0);
    void append(QByteArrayView bytes);

    enum class Result { Message, NeedMore, Error };
    // Takes the next complete message, if any. After Error the framer stays
    // failed: the stream cannot be resynchronised.
    Result next(BackendMessage &out);

    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    // Bytes received but not yet handed out as messages.
    qint64 bufferedBytes() const { return m_buffer.size() - m_pos; }
    qint64 maxMessageSize() const { return m_maxMessageSize; }
    // The raw bytes not yet framed; used when the stream changes hands (TLS
    // start must find none).
    QByteArray takeBuffered();

private:
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_maxMessageSize;
    QString m_error;
};

} // namespace pgrepl
