#pragma once

#include "wire/Lsn.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace pgrepl {

// One publication the capture streamed, with its definition as the user
// should see it (free text, e.g. "FOR TABLE public.t (a, b) WHERE (a > 0)").
struct CapturePublication
{
    QString name;
    QString definition;
    bool operator==(const CapturePublication &) const = default;
};

// A type as the capture's server named it, so a capture decodes with the
// right names on a machine with no server.
struct CaptureTypeName
{
    QString schema;
    QString name;
    QString formatted; // format_type(oid, NULL): the name without a typmod
    quint32 elementOid = 0; // element type of a true array, else 0
    bool hasTypmodOut = false; // the type prints its own typmod
    // pg_type.typtype ('b', 'c', 'd', 'e', 'm', 'p', 'r'); 0 when unknown,
    // as in files written before it was recorded.
    char typtype = 0;
    // UserType::baseOid: a domain's base type (pg_type.typbasetype), a
    // range's subtype (pg_range.rngsubtype), a multirange's range type; else 0.
    quint32 baseOid = 0;
    bool operator==(const CaptureTypeName &) const = default;
};

// Everything a capture file says about where it came from. Holds no
// password, host, user or other connection secret, by design: capture files
// are shared to reproduce problems.
struct CaptureHeader
{
    // Who wrote the file ("pgrepl-inspector 1.0.0"); CaptureWriter fills it
    // when empty.
    QString writtenBy;

    // IDENTIFY_SYSTEM and the server's parameters.
    QString systemId; // text: a 64-bit number JSON doubles cannot hold
    int timeline = 0;
    QString serverVersion; // server_version as reported, e.g. "15.5 (Debian 15.5-0+deb12u1)"
    int serverVersionNum = 0; // server_version_num, e.g. 150005
    QString database;

    // The slot streamed from. With temporaryCopy the stream came from a
    // temporary copy named slotName, and originalSlotName was left alone.
    QString slotName;
    bool temporaryCopy = false;
    QString originalSlotName;

    QList<CapturePublication> publications;
    QString startReplicationCommand; // the START_REPLICATION command as sent
    Lsn startLsn;
    qint64 captureStartUs = 0; // microseconds since the Unix epoch

    // Session settings that change how values print.
    QString timeZone;
    QString dateStyle;
    QString intervalStyle;
    int extraFloatDigits = 1; // PostgreSQL's default
    QString serverEncoding;

    QMap<quint32, CaptureTypeName> typeNames; // by type OID

    bool operator==(const CaptureHeader &) const = default;

    // The header block as stored in the file: compact UTF-8 JSON.
    QByteArray toJson() const;
    // Parses a header block; on failure returns nullopt and sets *error to
    // what is wrong, naming the field or the byte offset in the block.
    static std::optional<CaptureHeader> fromJson(const QByteArray &json, QString *error);

    // What startReplicationCommand says the stream was made with, which the
    // decoder needs: proto_version (1 when not named) and streaming=parallel.
    int protoVersion() const;
    bool parallelStreaming() const;
};

} // namespace pgrepl
