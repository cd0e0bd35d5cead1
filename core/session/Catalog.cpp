#include "session/Catalog.h"

namespace pgrepl {

QString SlotInfo::healthWarning(qint64 largeRetainedBytes) const
{
    if (walStatus == u"lost")
        return QStringLiteral("slot \"%1\" is lost: the WAL it needs was removed; it cannot be used any more")
            .arg(name);
    if (walStatus == u"unreserved")
        return QStringLiteral("slot \"%1\" holds more WAL than max_slot_wal_keep_size allows and will be "
                              "invalidated at the next checkpoint")
            .arg(name);
    if (safeWalSize && *safeWalSize < largeRetainedBytes / 4)
        return QStringLiteral(
            "slot \"%1\" will be invalidated after %2 more bytes of WAL (max_slot_wal_keep_size)")
            .arg(name)
            .arg(*safeWalSize);
    if (retainedBytes && *retainedBytes >= largeRetainedBytes)
        return QStringLiteral("slot \"%1\" retains %2 bytes of WAL").arg(name).arg(*retainedBytes);
    return {};
}

namespace catalog {

namespace {
bool isTrue(const QString &v)
{
    return v == u"t" || v == u"true";
}
} // namespace

QString slotsQuery()
{
    // s.* keeps every column this server version has; the extra ones are
    // computed here so that the numbers come from one snapshot. On a
    // standby pg_current_wal_lsn() fails, so the replay position stands in.
    return QStringLiteral("SELECT s.*, "
                          "pg_wal_lsn_diff(CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn() "
                          "ELSE pg_current_wal_lsn() END, s.restart_lsn)::bigint AS pgrepl_retained_bytes "
                          "FROM pg_replication_slots s ORDER BY s.slot_name");
}

QList<SlotInfo> parseSlots(const QueryResult &r)
{
    QList<SlotInfo> found;
    for (int i = 0; i < r.rows.size(); ++i) {
        SlotInfo s;
        s.name = r.value(i, QStringLiteral("slot_name"));
        s.plugin = r.value(i, QStringLiteral("plugin"));
        s.slotType = r.value(i, QStringLiteral("slot_type"));
        s.database = r.value(i, QStringLiteral("database"));
        s.temporary = isTrue(r.value(i, QStringLiteral("temporary")));
        s.active = isTrue(r.value(i, QStringLiteral("active")));
        s.activePid = r.value(i, QStringLiteral("active_pid")).toInt();
        s.restartLsn = Lsn::parse(r.value(i, QStringLiteral("restart_lsn"))).value_or(Lsn());
        s.confirmedFlushLsn = Lsn::parse(r.value(i, QStringLiteral("confirmed_flush_lsn"))).value_or(Lsn());
        s.xmin = r.value(i, QStringLiteral("xmin"));
        s.catalogXmin = r.value(i, QStringLiteral("catalog_xmin"));
        s.walStatus = r.value(i, QStringLiteral("wal_status"));
        if (!r.isNull(i, QStringLiteral("safe_wal_size")))
            s.safeWalSize = r.value(i, QStringLiteral("safe_wal_size")).toLongLong();
        s.twoPhase = isTrue(r.value(i, QStringLiteral("two_phase")));
        if (!r.isNull(i, QStringLiteral("pgrepl_retained_bytes")))
            s.retainedBytes = r.value(i, QStringLiteral("pgrepl_retained_bytes")).toLongLong();
        for (int c = 0; c < r.fields.size(); ++c) {
            if (r.fields[c].name == u"pgrepl_retained_bytes")
                continue;
            s.columns << qMakePair(r.fields[c].name, r.value(i, r.fields[c].name));
        }
        found << s;
    }
    return found;
}

QString publicationsQuery(int serverVersionNum)
{
    const QString viaRoot
        = serverVersionNum >= 130000 ? QStringLiteral("p.pubviaroot") : QStringLiteral("false AS pubviaroot");
    const QString truncate = serverVersionNum >= 110000 ? QStringLiteral("p.pubtruncate")
                                                        : QStringLiteral("false AS pubtruncate");
    // From 15, pg_publication_tables names the column list and row filter.
    const QString table = serverVersionNum >= 150000
        ? QStringLiteral("quote_ident(t.schemaname) || '.' || quote_ident(t.tablename) || "
                         "coalesce(' (' || array_to_string(t.attnames, ', ') || ')', '') || "
                         "coalesce(' WHERE ' || t.rowfilter, '')")
        : QStringLiteral("quote_ident(t.schemaname) || '.' || quote_ident(t.tablename)");
    return QStringLiteral(
        "SELECT p.pubname, pg_get_userbyid(p.pubowner) AS owner, p.puballtables, p.pubinsert, "
        "p.pubupdate, p.pubdelete, %1, %2, "
        "(SELECT string_agg(%3, E'\\n' ORDER BY t.schemaname, t.tablename) "
        "FROM pg_publication_tables t WHERE t.pubname = p.pubname) AS tables "
        "FROM pg_publication p ORDER BY p.pubname")
        .arg(truncate, viaRoot, table);
}

QList<PublicationInfo> parsePublications(const QueryResult &r)
{
    QList<PublicationInfo> pubs;
    for (int i = 0; i < r.rows.size(); ++i) {
        PublicationInfo p;
        p.name = r.value(i, QStringLiteral("pubname"));
        p.owner = r.value(i, QStringLiteral("owner"));
        p.allTables = isTrue(r.value(i, QStringLiteral("puballtables")));
        p.publishInsert = isTrue(r.value(i, QStringLiteral("pubinsert")));
        p.publishUpdate = isTrue(r.value(i, QStringLiteral("pubupdate")));
        p.publishDelete = isTrue(r.value(i, QStringLiteral("pubdelete")));
        p.publishTruncate = isTrue(r.value(i, QStringLiteral("pubtruncate")));
        p.viaRoot = isTrue(r.value(i, QStringLiteral("pubviaroot")));
        const QString tables = r.value(i, QStringLiteral("tables"));
        if (!tables.isEmpty())
            p.tables = tables.split(u'\n');
        pubs << p;
    }
    return pubs;
}

QString currentWalLsnQuery()
{
    return QStringLiteral("SELECT CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn() ELSE "
                          "pg_current_wal_lsn() END AS lsn");
}

} // namespace catalog
} // namespace pgrepl
