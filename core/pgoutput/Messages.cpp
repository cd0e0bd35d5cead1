#include "pgoutput/Messages.h"

namespace pgrepl::pgoutput {

namespace {

// 2000-01-01 00:00:00 UTC in milliseconds since the Unix epoch.
constexpr qint64 PostgresEpochMsecs = Q_INT64_C(946684800000);

template<typename T> char tagFor();
template<> char tagFor<Begin>()
{
    return 'B';
}
template<> char tagFor<Commit>()
{
    return 'C';
}
template<> char tagFor<Origin>()
{
    return 'O';
}
template<> char tagFor<Relation>()
{
    return 'R';
}
template<> char tagFor<Type>()
{
    return 'Y';
}
template<> char tagFor<Insert>()
{
    return 'I';
}
template<> char tagFor<Update>()
{
    return 'U';
}
template<> char tagFor<Delete>()
{
    return 'D';
}
template<> char tagFor<Truncate>()
{
    return 'T';
}
template<> char tagFor<LogicalMessage>()
{
    return 'M';
}
template<> char tagFor<StreamStart>()
{
    return 'S';
}
template<> char tagFor<StreamStop>()
{
    return 'E';
}
template<> char tagFor<StreamCommit>()
{
    return 'c';
}
template<> char tagFor<StreamAbort>()
{
    return 'A';
}
template<> char tagFor<BeginPrepare>()
{
    return 'b';
}
template<> char tagFor<Prepare>()
{
    return 'P';
}
template<> char tagFor<CommitPrepared>()
{
    return 'K';
}
template<> char tagFor<RollbackPrepared>()
{
    return 'r';
}
template<> char tagFor<StreamPrepare>()
{
    return 'p';
}

QDebug &xidField(QDebug &debug, const std::optional<std::uint32_t> &xid)
{
    if (xid)
        debug << "xid=" << *xid << ", ";
    return debug;
}

QString timeText(std::int64_t micros)
{
    return timestampToDateTime(micros).toString(u"yyyy-MM-dd'T'HH:mm:ss.zzz'Z'");
}

} // namespace

QDateTime timestampToDateTime(std::int64_t pgMicros)
{
    // Floor division so that times before 2000 keep their millisecond.
    qint64 msecs = pgMicros / 1000;
    if (pgMicros % 1000 < 0)
        --msecs;
    return QDateTime::fromMSecsSinceEpoch(PostgresEpochMsecs + msecs, Qt::UTC);
}

char tagOf(const Message &message)
{
    return std::visit([](const auto &m) { return tagFor<std::decay_t<decltype(m)>>(); }, message);
}

QString messageTypeName(char tag)
{
    switch (tag) {
    case 'B':
        return QStringLiteral("Begin");
    case 'C':
        return QStringLiteral("Commit");
    case 'O':
        return QStringLiteral("Origin");
    case 'R':
        return QStringLiteral("Relation");
    case 'Y':
        return QStringLiteral("Type");
    case 'I':
        return QStringLiteral("Insert");
    case 'U':
        return QStringLiteral("Update");
    case 'D':
        return QStringLiteral("Delete");
    case 'T':
        return QStringLiteral("Truncate");
    case 'M':
        return QStringLiteral("Message");
    case 'S':
        return QStringLiteral("Stream Start");
    case 'E':
        return QStringLiteral("Stream Stop");
    case 'c':
        return QStringLiteral("Stream Commit");
    case 'A':
        return QStringLiteral("Stream Abort");
    case 'b':
        return QStringLiteral("Begin Prepare");
    case 'P':
        return QStringLiteral("Prepare");
    case 'K':
        return QStringLiteral("Commit Prepared");
    case 'r':
        return QStringLiteral("Rollback Prepared");
    case 'p':
        return QStringLiteral("Stream Prepare");
    default:
        return {};
    }
}

QDebug operator<<(QDebug debug, const TupleValue &value)
{
    QDebugStateSaver saver(debug);
    debug.nospace();
    switch (value.kind) {
    case TupleValue::Kind::Null:
        return debug << "NULL";
    case TupleValue::Kind::UnchangedToast:
        return debug << "<unchanged toast>";
    case TupleValue::Kind::Text:
        return debug << "t:" << value.bytes.toByteArray();
    case TupleValue::Kind::Binary:
        return debug << "b:" << value.bytes.size() << " bytes";
    }
    return debug;
}

QDebug operator<<(QDebug debug, const TupleData &tuple)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << '(';
    for (qsizetype i = 0; i < tuple.columns.size(); ++i)
        debug << (i ? ", " : "") << tuple.columns.at(i);
    return debug << ')';
}

QDebug operator<<(QDebug debug, const Begin &m)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "Begin(xid=" << m.xid << ", finalLsn=" << qUtf8Printable(m.finalLsn.toString())
                    << ", commitTime=" << qUtf8Printable(timeText(m.commitTime)) << ')';
    return debug;
}

QDebug operator<<(QDebug debug, const Commit &m)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "Commit(flags=" << m.flags << ", commitLsn=" << qUtf8Printable(m.commitLsn.toString())
                    << ", endLsn=" << qUtf8Printable(m.endLsn.toString())
                    << ", commitTime=" << qUtf8Printable(timeText(m.commitTime)) << ')';
    return debug;
}

QDebug operator<<(QDebug debug, const Origin &m)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "Origin(" << m.name << ", commitLsn=" << qUtf8Printable(m.commitLsn.toString()) << ')';
    return debug;
}

QDebug operator<<(QDebug debug, const RelationColumn &c)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << c.name << (c.isKey() ? " key" : "") << " type=" << c.typeOid << " typmod=" << c.typmod;
    return debug;
}

QDebug operator<<(QDebug debug, const Relation &m)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "Relation(";
    xidField(debug, m.xid) << "oid=" << m.oid << ", " << m.nspname << '.' << m.relname
                           << ", identity=" << static_cast<char>(m.replicaIdentity) << ", columns=[";
    for (qsizetype i = 0; i < m.columns.size(); ++i)
        debug << (i ? ", " : "") << m.columns.at(i);
    debug << "])";
    return debug;
}

QDebug operator<<(QDebug debug, const Type &m)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "Type(";
    xidField(debug, m.xid) << "oid=" << m.oid << ", " << m.nspname << '.' << m.name << ')';
    return debug;
}

QDebug operator<<(QDebug debug, const Insert &m)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "Insert(";
    xidField(debug, m.xid) << "relation=" << m.relationOid << ", new=" << m.newTuple << ')';
    return debug;
}

QDebug operator<<(QDebug debug, const Update &m)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "Update(";
    xidField(debug, m.xid) << "relation=" << m.relationOid;
    if (m.oldKind)
        debug << ", old " << static_cast<char>(*m.oldKind) << '=' << m.oldTuple;
    debug << ", new=" << m.newTuple << ')';
    return debug;
}

QDebug operator<<(QDebug debug, const Delete &m)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "Delete(";
    xidField(debug, m.xid) << "relation=" << m.relationOid << ", old " << static_cast<char>(m.oldKind) << '='
                           << m.oldTuple << ')';
    return debug;
}

QDebug operator<<(QDebug debug, const Truncate &m)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "Truncate(";
    xidField(debug, m.xid) << "relations=" << m.relationOids << (m.cascade() ? ", CASCADE" : "")
                           << (m.restartIdentity() ? ", RESTART IDENTITY" : "") << ')';
    return debug;
}

QDebug operator<<(QDebug debug, const LogicalMessage &m)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "Message(";
    xidField(debug, m.xid) << (m.transactional() ? "transactional" : "non-transactional")
                           << ", lsn=" << qUtf8Printable(m.lsn.toString()) << ", prefix=" << m.prefix
                           << ", content=" << m.content.size() << " bytes)";
    return debug;
}

QDebug operator<<(QDebug debug, const StreamStart &m)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "StreamStart(xid=" << m.xid << (m.firstSegment ? ", first segment" : "") << ')';
    return debug;
}

QDebug operator<<(QDebug debug, const StreamStop &)
{
    return debug << "StreamStop()";
}

QDebug operator<<(QDebug debug, const StreamCommit &m)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "StreamCommit(xid=" << m.xid
                    << ", commitLsn=" << qUtf8Printable(m.commitLsn.toString())
                    << ", endLsn=" << qUtf8Printable(m.endLsn.toString())
                    << ", commitTime=" << qUtf8Printable(timeText(m.commitTime)) << ')';
    return debug;
}

QDebug operator<<(QDebug debug, const StreamAbort &m)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "StreamAbort(xid=" << m.xid << ", subxid=" << m.subxid;
    if (m.abortLsn)
        debug << ", abortLsn=" << qUtf8Printable(m.abortLsn->toString());
    if (m.abortTime)
        debug << ", abortTime=" << qUtf8Printable(timeText(*m.abortTime));
    debug << ')';
    return debug;
}

QDebug operator<<(QDebug debug, const BeginPrepare &m)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "BeginPrepare(xid=" << m.xid << ", gid=" << m.gid
                    << ", prepareLsn=" << qUtf8Printable(m.prepareLsn.toString())
                    << ", endLsn=" << qUtf8Printable(m.endLsn.toString())
                    << ", prepareTime=" << qUtf8Printable(timeText(m.prepareTime)) << ')';
    return debug;
}

QDebug operator<<(QDebug debug, const Prepare &m)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "Prepare(xid=" << m.xid << ", gid=" << m.gid
                    << ", prepareLsn=" << qUtf8Printable(m.prepareLsn.toString())
                    << ", endLsn=" << qUtf8Printable(m.endLsn.toString())
                    << ", prepareTime=" << qUtf8Printable(timeText(m.prepareTime)) << ')';
    return debug;
}

QDebug operator<<(QDebug debug, const CommitPrepared &m)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "CommitPrepared(xid=" << m.xid << ", gid=" << m.gid
                    << ", commitLsn=" << qUtf8Printable(m.commitLsn.toString())
                    << ", endLsn=" << qUtf8Printable(m.endLsn.toString())
                    << ", commitTime=" << qUtf8Printable(timeText(m.commitTime)) << ')';
    return debug;
}

QDebug operator<<(QDebug debug, const RollbackPrepared &m)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "RollbackPrepared(xid=" << m.xid << ", gid=" << m.gid
                    << ", prepareEndLsn=" << qUtf8Printable(m.prepareEndLsn.toString())
                    << ", rollbackEndLsn=" << qUtf8Printable(m.rollbackEndLsn.toString())
                    << ", prepareTime=" << qUtf8Printable(timeText(m.prepareTime))
                    << ", rollbackTime=" << qUtf8Printable(timeText(m.rollbackTime)) << ')';
    return debug;
}

QDebug operator<<(QDebug debug, const StreamPrepare &m)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "StreamPrepare(xid=" << m.xid << ", gid=" << m.gid
                    << ", prepareLsn=" << qUtf8Printable(m.prepareLsn.toString())
                    << ", endLsn=" << qUtf8Printable(m.endLsn.toString())
                    << ", prepareTime=" << qUtf8Printable(timeText(m.prepareTime)) << ')';
    return debug;
}

QDebug operator<<(QDebug debug, const Message &m)
{
    std::visit([&debug](const auto &inner) { debug << inner; }, m);
    return debug;
}

} // namespace pgrepl::pgoutput
