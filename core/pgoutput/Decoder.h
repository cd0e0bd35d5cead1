#pragma once

// Decodes one pgoutput message (the payload of an XLogData CopyData) into a
// typed value, byte-exact per PostgreSQL's "Logical Replication Message
// Formats" for protocol versions 1-4.

#include "pgoutput/Messages.h"
#include "wire/ByteReader.h"

#include <optional>

namespace pgrepl::pgoutput {

// What the decoder must know beyond the bytes: the options the stream was
// started with, and whether a streamed chunk is open (then changes carry an
// xid after their tag). Decoding Stream Start / Stream Stop updates it.
struct DecoderState
{
    int protoVersion = 1; // proto_version option, 1 to 4
    bool parallelStreaming = false; // streaming=parallel (proto 4): Stream Abort has LSN + time
    bool inStream = false;
    std::uint32_t streamXid = 0; // of the open chunk, when inStream

    static constexpr int MinProtoVersion = 1;
    static constexpr int MaxProtoVersion = 4;
};

// A message, or why the bytes are not one. The error's message names the
// message type, its field and offset say where.
struct DecodeResult
{
    std::optional<Message> message;
    ParseError error;

    bool ok() const { return message.has_value(); }
    explicit operator bool() const { return ok(); }
};

// Decodes exactly one message; bytes after it are an error. On error the
// state is left unchanged. Views in the result (tuple values, message
// content) point into `message`.
DecodeResult decode(QByteArrayView message, DecoderState &state);

// Like decode(), and as strict, but the column values of Insert, Update and
// Delete are checked, not kept: their tuples come back with no columns. For
// callers that need only a message's kind and header fields, such as the
// transaction index, which files every change of a busy stream.
DecodeResult decodeOutline(QByteArrayView message, DecoderState &state);

// Decodes the one message that starts `data` and sets *consumed to its size;
// what follows is not looked at. For framings with no length prefix, such as
// pg_recvlogical's output file.
DecodeResult decodePrefix(QByteArrayView data, DecoderState &state, qsizetype *consumed);

} // namespace pgrepl::pgoutput
