#include "session/ReplicationCommands.h"

namespace pgrepl::commands {

QString quoteIdentifier(const QString &name)
{
    QString quoted = name;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString quoteLiteral(const QString &value)
{
    QString quoted = value;
    quoted.replace(u'\'', QStringLiteral("''"));
    if (quoted.contains(u'\\')) {
        quoted.replace(u'\\', QStringLiteral("\\\\"));
        return QStringLiteral("E'") + quoted + u'\'';
    }
    return u'\'' + quoted + u'\'';
}

int defaultProtoVersion(int serverVersionNum)
{
    if (serverVersionNum >= 160000)
        return 4;
    if (serverVersionNum >= 150000)
        return 3;
    if (serverVersionNum >= 140000)
        return 2;
    return 1;
}

namespace {
QString versionName(int num)
{
    return QString::number(num / 10000);
}

// The walsender's own command grammar knows only '...' literals, where a
// backslash is an ordinary character; an E'...' literal is a syntax error.
QString replicationLiteral(const QString &value)
{
    QString quoted = value;
    quoted.replace(u'\'', QStringLiteral("''"));
    return u'\'' + quoted + u'\'';
}
} // namespace

QString startReplication(const StreamOptions &o, int proto, int serverVersionNum, QString *error)
{
    auto need = [&](bool ok, const QString &what, int minServer, int minProto) {
        if (ok)
            return true;
        *error
            = QStringLiteral("%1 needs PostgreSQL %2 or newer and proto_version %3 or higher (server is %4, "
                             "proto_version %5)")
                  .arg(what, versionName(minServer))
                  .arg(minProto)
                  .arg(versionName(serverVersionNum))
                  .arg(proto);
        return false;
    };
    const int maxProto = defaultProtoVersion(serverVersionNum);
    if (proto < 1 || proto > maxProto) {
        *error = QStringLiteral("proto_version %1 is not supported by PostgreSQL %2 (1 to %3)")
                     .arg(proto)
                     .arg(versionName(serverVersionNum))
                     .arg(maxProto);
        return {};
    }
    if (o.slot.isEmpty()) {
        *error = QStringLiteral("no slot name given");
        return {};
    }
    if (o.publications.isEmpty()) {
        *error = QStringLiteral("pgoutput needs at least one publication");
        return {};
    }
    if (o.binary && !need(serverVersionNum >= 140000, QStringLiteral("binary"), 140000, 1))
        return {};
    if (o.messages && !need(serverVersionNum >= 140000, QStringLiteral("messages"), 140000, 1))
        return {};
    if (o.streaming == StreamingMode::On
        && !need(serverVersionNum >= 140000 && proto >= 2, QStringLiteral("streaming"), 140000, 2))
        return {};
    if (o.streaming == StreamingMode::Parallel
        && !need(serverVersionNum >= 160000 && proto >= 4, QStringLiteral("streaming=parallel"), 160000, 4))
        return {};
    if (o.twoPhase && !need(serverVersionNum >= 150000 && proto >= 3, QStringLiteral("two_phase"), 150000, 3))
        return {};
    if (!o.origin.isEmpty()) {
        if (!need(serverVersionNum >= 160000, QStringLiteral("origin"), 160000, 1))
            return {};
        if (o.origin != u"any" && o.origin != u"none") {
            *error = QStringLiteral("origin must be \"any\" or \"none\", not \"%1\"").arg(o.origin);
            return {};
        }
    }

    QStringList pubs;
    for (const QString &p : o.publications)
        pubs << quoteIdentifier(p);
    QStringList opts;
    opts << QStringLiteral("proto_version '%1'").arg(proto);
    // The publication list is one literal holding quoted identifiers.
    opts << QStringLiteral("publication_names %1").arg(replicationLiteral(pubs.join(u',')));
    if (o.binary)
        opts << QStringLiteral("binary 'true'");
    if (o.messages)
        opts << QStringLiteral("messages 'true'");
    if (o.streaming == StreamingMode::On)
        opts << QStringLiteral("streaming 'on'");
    else if (o.streaming == StreamingMode::Parallel)
        opts << QStringLiteral("streaming 'parallel'");
    if (o.twoPhase)
        opts << QStringLiteral("two_phase 'true'");
    if (!o.origin.isEmpty())
        opts << QStringLiteral("origin '%1'").arg(o.origin);
    return QStringLiteral("START_REPLICATION SLOT %1 LOGICAL %2 (%3)")
        .arg(quoteIdentifier(o.slot), o.startLsn.toString(), opts.join(QStringLiteral(", ")));
}

QString createSlot(
    const QString &slot, const CreateSlotOptions &options, int serverVersionNum, QString *error)
{
    if (options.twoPhase && serverVersionNum < 150000) {
        *error = QStringLiteral("TWO_PHASE slots need PostgreSQL 15 or newer");
        return {};
    }
    if (options.failover && serverVersionNum < 170000) {
        *error = QStringLiteral("FAILOVER slots need PostgreSQL 17 or newer");
        return {};
    }
    QString cmd = QStringLiteral("CREATE_REPLICATION_SLOT %1").arg(quoteIdentifier(slot));
    if (options.temporary)
        cmd += QStringLiteral(" TEMPORARY");
    cmd += QStringLiteral(" LOGICAL pgoutput");
    QStringList opts;
    if (options.twoPhase)
        opts << QStringLiteral("TWO_PHASE");
    if (options.failover)
        opts << QStringLiteral("FAILOVER");
    // The parenthesised option list exists from 15; older servers take the
    // bare keyword form.
    if (serverVersionNum >= 150000) {
        opts << QStringLiteral("SNAPSHOT 'nothing'");
        cmd += QStringLiteral(" (%1)").arg(opts.join(QStringLiteral(", ")));
    } else {
        cmd += QStringLiteral(" NOEXPORT_SNAPSHOT");
    }
    return cmd;
}

QString dropSlot(const QString &slot, bool wait)
{
    return QStringLiteral("DROP_REPLICATION_SLOT %1%2")
        .arg(quoteIdentifier(slot), wait ? QStringLiteral(" WAIT") : QString());
}

} // namespace pgrepl::commands
