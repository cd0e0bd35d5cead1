#include "CaptureSupport.h"

#include "session/ReplicationCommands.h"

#include <QDateTime>

namespace pgrepl::cli {

QString userTypesQuery(int serverVersionNum)
{
    // From 14, typsubscript tells a true array from a vector type such as oidvector.
    const QString element = serverVersionNum >= 140000
        ? QStringLiteral("CASE WHEN t.typelem <> 0 AND t.typsubscript = 'array_subscript_handler'::regproc "
                         "AND t.typstorage <> 'p' THEN t.typelem ELSE 0 END")
        : QStringLiteral("CASE WHEN t.typelem <> 0 AND t.typlen = -1 THEN t.typelem ELSE 0 END");
    // baseoid (UserType::baseOid): a domain's base type, a range's subtype, a multirange's range
    // type. Multiranges and pg_range.rngmultitypid came in 14.
    const QString multirange = serverVersionNum >= 140000
        ? QStringLiteral("WHEN 'm' THEN (SELECT r.rngtypid FROM pg_range r WHERE r.rngmultitypid = t.oid) ")
        : QString();
    // typtype and baseoid tell binaryToText how an enum, domain, composite or range is sent.
    return QStringLiteral("SELECT t.oid, n.nspname, t.typname, %1 AS elem, t.typmodout <> 0 AS typmodout, "
                          "t.typtype, CASE t.typtype "
                          "WHEN 'r' THEN (SELECT r.rngsubtype FROM pg_range r WHERE r.rngtypid = t.oid) "
                          "%2ELSE t.typbasetype END AS baseoid "
                          "FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE t.oid >= 16384")
        .arg(element, multirange);
}

TypeNameMap parseUserTypes(const QueryResult &r)
{
    TypeNameMap types;
    for (int i = 0; i < r.rows.size(); ++i) {
        UserType t;
        t.schema = r.value(i, QStringLiteral("nspname"));
        t.name = r.value(i, QStringLiteral("typname"));
        t.elementOid = r.value(i, QStringLiteral("elem")).toUInt();
        t.hasTypmodOut = r.value(i, QStringLiteral("typmodout")) == u"t";
        // Anything but one known letter stays unknown, which renders binary values as hex.
        const QString typtype = r.value(i, QStringLiteral("typtype"));
        if (typtype.size() == 1 && TypType::isValid(typtype.front().toLatin1()))
            t.typtype = typtype.front().toLatin1();
        t.baseOid = r.value(i, QStringLiteral("baseoid")).toUInt();
        types.insert(r.value(i, QStringLiteral("oid")).toUInt(), t);
    }
    return types;
}

QMap<quint32, CaptureTypeName> captureTypeNames(const TypeNameMap &types)
{
    QMap<quint32, CaptureTypeName> out;
    for (auto it = types.cbegin(); it != types.cend(); ++it)
        out.insert(it.key(),
            CaptureTypeName {it->schema, it->name, formatType(it.key(), -1, &types), it->elementOid,
                it->hasTypmodOut, it->typtype, it->baseOid});
    return out;
}

TypeNameMap userTypesOf(const CaptureHeader &header)
{
    TypeNameMap types;
    for (auto it = header.typeNames.cbegin(); it != header.typeNames.cend(); ++it)
        types.insert(it.key(),
            UserType {it->schema, it->name, it->elementOid, it->hasTypmodOut, it->typtype, it->baseOid});
    return types;
}

CaptureHeader captureHeaderFor(const ServerIdentity &id, const StreamOptions &options,
    const QString &streamSlot, Lsn startLsn, const QMap<QString, QString> &publicationDefinitions,
    const TypeNameMap &userTypes)
{
    CaptureHeader h;
    h.systemId = id.systemId;
    h.timeline = id.timeline;
    h.serverVersion = id.serverVersion;
    h.serverVersionNum = id.serverVersionNum;
    h.database = id.dbname;
    h.slotName = streamSlot;
    h.temporaryCopy = options.temporaryCopy;
    if (options.temporaryCopy)
        h.originalSlotName = options.slot;
    for (const QString &pub : options.publications)
        h.publications << CapturePublication {pub, publicationDefinitions.value(pub)};
    StreamOptions sent = options;
    sent.slot = streamSlot;
    const int proto = options.protoVersion > 0 ? options.protoVersion
                                               : commands::defaultProtoVersion(id.serverVersionNum);
    QString error;
    h.startReplicationCommand = commands::startReplication(sent, proto, id.serverVersionNum, &error);
    h.startLsn = startLsn;
    h.captureStartUs = QDateTime::currentMSecsSinceEpoch() * 1000;
    h.timeZone = id.timeZone;
    h.dateStyle = id.dateStyle;
    h.intervalStyle = id.intervalStyle;
    h.extraFloatDigits = 3; // the session sets it, so floats print exactly
    h.serverEncoding = id.serverEncoding;
    h.typeNames = captureTypeNames(userTypes);
    return h;
}

} // namespace pgrepl::cli
