#pragma once

#include "wire/Lsn.h"
#include "wire/StreamEvent.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace pgrepl {

// How the session acknowledges (reports flush) to the server.
enum class AckMode {
    Manual, // flush moves only when the user acknowledges a received commit
    Auto, // flush follows each delivered commit, and idle keepalives
    Never, // flush is reported as 0/0: the slot never moves (peek)
};
QString ackModeName(AckMode mode);
std::optional<AckMode> parseAckMode(const QString &text);

enum class StreamingMode { Off, On, Parallel };

// Everything START_REPLICATION needs, plus how to treat the slot.
struct StreamOptions
{
    QString slot;
    QStringList publications;
    Lsn startLsn; // 0/0: from the slot's confirmed_flush_lsn
    std::optional<Lsn> endPos; // stop cleanly once this LSN is reached
    int protoVersion = 0; // 0: chosen from the server version
    bool binary = false;
    bool messages = false;
    StreamingMode streaming = StreamingMode::Off;
    bool twoPhase = false;
    // two_phase on START_REPLICATION turns it on for the slot for good; a
    // slot we did not create needs the user's explicit yes.
    bool twoPhaseConfirmed = false;
    QString origin; // "any", "none", or empty for the server default
    bool temporaryCopy = false; // stream from a temporary copy, leave the slot alone
};

// What the server said about itself when we connected.
struct ServerIdentity
{
    QString systemId;
    int timeline = 0;
    Lsn xlogPos;
    QString dbname;
    QString serverVersion; // ParameterStatus server_version
    int serverVersionNum = 0;
    QString timeZone;
    QString serverEncoding;
    QString dateStyle;
    QString intervalStyle;
};

// Counters for the status bar and the progress panel.
struct SessionCounters
{
    qint64 bytes = 0;
    qint64 messages = 0;
    qint64 keepalives = 0;
    qint64 statusUpdatesSent = 0;
    Lsn lastReceived;
    Lsn lastFlushSent;
    Lsn serverWalEnd;
    Lsn slotConfirmedFlushAtStart;
    qint64 pausedMs = 0;
};

} // namespace pgrepl

Q_DECLARE_METATYPE(pgrepl::ServerIdentity)
Q_DECLARE_METATYPE(pgrepl::SessionCounters)
Q_DECLARE_METATYPE(pgrepl::AckMode)
