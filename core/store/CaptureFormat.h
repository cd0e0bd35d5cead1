#pragma once

#include "wire/StreamEvent.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace pgrepl {

// Which way a captured message travelled.
enum class CaptureDirection : std::uint8_t {
    ServerToClient = 0,
    ClientToServer = 1,
    Local = 2, // made by the inspector itself (a gap marker)
};

// The fixed numbers of the pgcap capture format (docs/CAPTURE-FORMAT.md).
// Kinds have their own stable codes so StreamEvent::Kind may be reordered
// without changing files.
class CaptureFormat final
{
public:
    static constexpr char kMagic[8] = {'\x89', 'P', 'G', 'C', 'A', 'P', '\r', '\n'};
    static constexpr std::uint32_t kVersion = 1;
    static constexpr qint64 kPreambleSize = 16; // magic, version, header block length
    // Header blocks are a few KiB; anything past this is damage, not data.
    static constexpr std::uint32_t kMaxHeaderBlock = 16u << 20; // 16 MiB
    static constexpr qint64 kRecordHeaderSize = 40;
    static constexpr qint64 kRecordTrailerSize = 4; // CRC-32C
    static constexpr std::uint32_t kMaxPayload = 1u << 30; // 1 GiB, the framer's limit

    static std::uint8_t kindCode(StreamEvent::Kind kind);
    static std::optional<StreamEvent::Kind> kindFromCode(std::uint8_t code);
    static QString kindName(StreamEvent::Kind kind);
    // The direction an event of this kind travels: status updates are ours,
    // gaps are the inspector's, everything else came from the server.
    static CaptureDirection directionOf(StreamEvent::Kind kind);
};

} // namespace pgrepl
