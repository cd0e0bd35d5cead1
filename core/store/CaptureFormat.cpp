#include "store/CaptureFormat.h"

namespace pgrepl {

std::uint8_t CaptureFormat::kindCode(StreamEvent::Kind kind)
{
    switch (kind) {
    case StreamEvent::Kind::XLogData:
        return 1;
    case StreamEvent::Kind::Keepalive:
        return 2;
    case StreamEvent::Kind::StatusUpdate:
        return 3;
    case StreamEvent::Kind::Notice:
        return 4;
    case StreamEvent::Kind::Error:
        return 5;
    case StreamEvent::Kind::Unknown:
        return 6;
    case StreamEvent::Kind::Gap:
        return 7;
    }
    return 6;
}

std::optional<StreamEvent::Kind> CaptureFormat::kindFromCode(std::uint8_t code)
{
    switch (code) {
    case 1:
        return StreamEvent::Kind::XLogData;
    case 2:
        return StreamEvent::Kind::Keepalive;
    case 3:
        return StreamEvent::Kind::StatusUpdate;
    case 4:
        return StreamEvent::Kind::Notice;
    case 5:
        return StreamEvent::Kind::Error;
    case 6:
        return StreamEvent::Kind::Unknown;
    case 7:
        return StreamEvent::Kind::Gap;
    default:
        return std::nullopt;
    }
}

QString CaptureFormat::kindName(StreamEvent::Kind kind)
{
    switch (kind) {
    case StreamEvent::Kind::XLogData:
        return QStringLiteral("XLogData");
    case StreamEvent::Kind::Keepalive:
        return QStringLiteral("keepalive");
    case StreamEvent::Kind::StatusUpdate:
        return QStringLiteral("status update");
    case StreamEvent::Kind::Notice:
        return QStringLiteral("notice");
    case StreamEvent::Kind::Error:
        return QStringLiteral("error");
    case StreamEvent::Kind::Unknown:
        return QStringLiteral("unknown");
    case StreamEvent::Kind::Gap:
        return QStringLiteral("gap");
    }
    return QStringLiteral("unknown");
}

CaptureDirection CaptureFormat::directionOf(StreamEvent::Kind kind)
{
    switch (kind) {
    case StreamEvent::Kind::StatusUpdate:
        return CaptureDirection::ClientToServer;
    case StreamEvent::Kind::Gap:
        return CaptureDirection::Local;
    default:
        return CaptureDirection::ServerToClient;
    }
}

} // namespace pgrepl
