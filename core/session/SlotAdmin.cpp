#include "session/SlotAdmin.h"

#include "wire/Units.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace pgrepl {

namespace {

// Free functions have no tr(); this gives them the context of SlotAdmin, which
// lupdate reads from the macro.
class SlotText
{
    Q_DECLARE_TR_FUNCTIONS(pgrepl::SlotAdmin)
};

// Below this a lag or a gap between positions is ordinary traffic (one WAL
// segment at the default size).
constexpr qint64 kNotableLagBytes = qint64(16) * 1024 * 1024;
// An open transaction or snapshot older than this is worth a sentence.
constexpr qint64 kLongTransactionSeconds = 5 * 60;

QString missingColumn(const QString &source, const QString &column)
{
    //: %1 is a catalogue view such as pg_stat_activity, %2 a column name.
    return SlotText::tr("%1: the result has no column \"%2\"").arg(source, column);
}

// The one shape of every cell read: a missing column is an error, NULL
// leaves *out empty, and a value that parse refuses is an error naming the
// source, the row and the column. parse gives the value or says why not.
template<typename Out, typename Parse>
bool readCell(const QueryResult &r, int row, const QString &column, const QString &source, Out *out,
    QString *error, Parse parse)
{
    if (r.column(column) < 0) {
        *error = missingColumn(source, column);
        return false;
    }
    *out = Out();
    if (r.isNull(row, column))
        return true;
    QString why;
    const auto value = parse(r.value(row, column), &why);
    if (!value) {
        //: %1 is a catalogue view, %2 a row number (from 0), %3 a column name, %4 what is wrong
        //: with its value.
        *error = SlotText::tr("%1, row %2, column \"%3\": %4").arg(source, QString::number(row), column, why);
        return false;
    }
    *out = *value;
    return true;
}

bool readInteger(const QueryResult &r, int row, const QString &column, const QString &source,
    std::optional<qint64> *out, QString *error)
{
    return readCell(r, row, column, source, out, error, [](const QString &text, QString *why) {
        bool ok = false;
        const qint64 v = text.toLongLong(&ok);
        // Braced here and below: lupdate drops a translator comment under an unbraced if in a
        // lambda passed as an argument.
        if (!ok) {
            //: %1 is the value the server sent.
            *why = SlotText::tr("\"%1\" is not an integer").arg(text);
        }
        return ok ? std::optional<qint64>(v) : std::nullopt;
    });
}

bool readDouble(const QueryResult &r, int row, const QString &column, const QString &source,
    std::optional<double> *out, QString *error)
{
    return readCell(r, row, column, source, out, error, [](const QString &text, QString *why) {
        bool ok = false;
        const double v = text.toDouble(&ok);
        ok = ok && std::isfinite(v);
        if (!ok) {
            //: %1 is the value the server sent.
            *why = SlotText::tr("\"%1\" is not a number").arg(text);
        }
        return ok ? std::optional<double>(v) : std::nullopt;
    });
}

bool readLsn(
    const QueryResult &r, int row, const QString &column, const QString &source, Lsn *out, QString *error)
{
    return readCell(r, row, column, source, out, error,
        [](const QString &text, QString *why) { return Lsn::parse(text, why); });
}

bool requireColumns(const QueryResult &r, const QStringList &columns, const QString &source, QString *error)
{
    for (const QString &c : columns) {
        if (r.column(c) < 0) {
            *error = missingColumn(source, c);
            return false;
        }
    }
    return true;
}

// Qt's plural forms take an int; a counter beyond that reads as the largest
// int rather than wrapping to a negative number.
int pluralCount(qint64 n)
{
    return static_cast<int>(std::clamp<qint64>(n, 0, std::numeric_limits<int>::max()));
}

QString describeActiveBackend(const SlotActiveBackend &b)
{
    if (!b.visible)
        //: %1 is a process ID.
        return SlotText::tr("pid %1 (not visible in pg_stat_activity)").arg(b.pid);
    if (b.state.isEmpty())
        //: %1 is a process ID, %2 its backend_type (e.g. client backend), %3 its application_name,
        //: %4 the query it runs.
        return SlotText::tr("pid %1 (%2, application \"%3\", state unknown): %4")
            .arg(QString::number(b.pid), b.backendType, b.applicationName, b.query);
    //: %1 is a process ID, %2 its backend_type (e.g. client backend), %3 its application_name,
    //: %4 its state as the server names it (active, idle in transaction, ...), %5 the query it runs.
    return SlotText::tr("pid %1 (%2, application \"%3\", state %4): %5")
        .arg(QString::number(b.pid), b.backendType, b.applicationName, b.state, b.query);
}

// A transaction open for long: one sentence per case (xid or only a
// snapshot, state known or not), so that translators see each whole.
QString longTransactionText(const XminHolder &h)
{
    const QString pid = QString::number(h.pid);
    const QString age = formatDuration(h.ageSeconds.value_or(0));
    if (!h.transactionXid.isEmpty()) {
        if (h.state.isEmpty())
            //: %1 is a process ID, %2 a user name, %3 an application_name, %4 a duration such as
            //: "2 h 05 min", %5 a transaction ID.
            return SlotText::tr(
                "Transaction of pid %1 (user %2, application \"%3\", no state) has been open "
                "for %4 and holds xid %5: logical decoding keeps the WAL from its first change "
                "on, and VACUUM cannot remove rows deleted after it began, until it ends")
                .arg(pid, h.user, h.name, age, h.transactionXid);
        //: %1 is a process ID, %2 a user name, %3 an application_name, %4 the backend's state as the
        //: server names it (active, idle in transaction, ...), %5 a duration such as "2 h 05 min",
        //: %6 a transaction ID.
        return SlotText::tr(
            "Transaction of pid %1 (user %2, application \"%3\", %4) has been open for %5 and "
            "holds xid %6: logical decoding keeps the WAL from its first change on, and VACUUM "
            "cannot remove rows deleted after it began, until it ends")
            .arg(pid, h.user, h.name, h.state, age, h.transactionXid);
    }
    if (h.state.isEmpty())
        //: %1 is a process ID, %2 a user name, %3 an application_name, %4 a duration such as
        //: "2 h 05 min", %5 a transaction ID (the backend's snapshot xmin).
        return SlotText::tr(
            "Transaction of pid %1 (user %2, application \"%3\", no state) has been open for %4 "
            "and holds xmin %5: VACUUM cannot remove rows deleted after that snapshot")
            .arg(pid, h.user, h.name, age, h.xid);
    //: %1 is a process ID, %2 a user name, %3 an application_name, %4 the backend's state as the
    //: server names it (active, idle in transaction, ...), %5 a duration such as "2 h 05 min",
    //: %6 a transaction ID (the backend's snapshot xmin).
    return SlotText::tr(
        "Transaction of pid %1 (user %2, application \"%3\", %4) has been open for %5 and holds "
        "xmin %6: VACUUM cannot remove rows deleted after that snapshot")
        .arg(pid, h.user, h.name, h.state, age, h.xid);
}

// This slot's own horizon is (among) the oldest in the cluster.
QString ownHorizonText(const XminHolder &h)
{
    if (h.column == u"catalog_xmin")
        //: %1 is a transaction ID, %2 its age in transactions.
        return SlotText::tr(
            "This slot holds the oldest horizon in the cluster: its catalog_xmin %1 (age %2); "
            "VACUUM of the system catalogs cannot remove rows deleted after it until the "
            "consumer confirms further")
            .arg(h.xid, QString::number(h.xidAge));
    //: %1 is a transaction ID, %2 its age in transactions.
    return SlotText::tr(
        "This slot holds the oldest horizon in the cluster: its xmin %1 (age %2); VACUUM cannot "
        "remove rows deleted after it until the consumer confirms further")
        .arg(h.xid, QString::number(h.xidAge));
}

// Someone else holds the oldest horizon: one sentence per kind of holder.
QString oldestHorizonText(const XminHolder &h)
{
    const QString pid = QString::number(h.pid);
    const QString age = QString::number(h.xidAge);
    switch (h.kind) {
    case XminHolder::Kind::Transaction:
        if (h.name.isEmpty())
            //: %1 is a process ID, %2 the column that holds the horizon (backend_xid or backend_xmin),
            //: %3 a transaction ID, %4 its age in transactions.
            return SlotText::tr(
                "The oldest horizon in the cluster is held by the transaction of pid %1: its %2 "
                "%3 (age %4)")
                .arg(pid, h.column, h.xid, age);
        //: %1 is a process ID, %2 its application_name, %3 the column that holds the horizon
        //: (backend_xid or backend_xmin), %4 a transaction ID, %5 its age in transactions.
        return SlotText::tr(
            "The oldest horizon in the cluster is held by the transaction of pid %1 (application "
            "\"%2\"): its %3 %4 (age %5)")
            .arg(pid, h.name, h.column, h.xid, age);
    case XminHolder::Kind::PreparedTransaction:
        //: %1 is the prepared transaction's name (gid), %2 its transaction ID, %3 the age of that ID
        //: in transactions.
        return SlotText::tr("The oldest horizon in the cluster is held by prepared transaction \"%1\": its "
                            "xid %2 (age %3)")
            .arg(h.name, h.xid, age);
    case XminHolder::Kind::Slot:
        if (h.pid == 0)
            //: %1 is a slot name, %2 the column that holds the horizon (xmin or catalog_xmin), %3 a
            //: transaction ID, %4 its age in transactions.
            return SlotText::tr(
                "The oldest horizon in the cluster is held by another slot, \"%1\": its %2 %3 "
                "(age %4)")
                .arg(h.name, h.column, h.xid, age);
        //: %1 is a slot name, %2 the process ID using it, %3 the column that holds the horizon (xmin
        //: or catalog_xmin), %4 a transaction ID, %5 its age in transactions.
        return SlotText::tr(
            "The oldest horizon in the cluster is held by another slot, \"%1\" (used by pid %2): "
            "its %3 %4 (age %5)")
            .arg(h.name, pid, h.column, h.xid, age);
    case XminHolder::Kind::StandbyFeedback:
        if (h.name.isEmpty())
            //: %1 is a walsender's process ID, %2 a transaction ID, %3 its age in transactions.
            return SlotText::tr(
                "The oldest horizon in the cluster is held by the standby feedback of walsender "
                "pid %1: its backend_xmin %2 (age %3)")
                .arg(pid, h.xid, age);
        //: %1 is a walsender's process ID, %2 the standby's application_name, %3 a transaction ID,
        //: %4 its age in transactions.
        return SlotText::tr(
            "The oldest horizon in the cluster is held by the standby feedback of walsender pid "
            "%1 (application \"%2\"): its backend_xmin %3 (age %4)")
            .arg(pid, h.name, h.xid, age);
    }
    return {};
}

} // namespace

namespace slotadmin {

std::optional<QString> quoteLiteral(const QString &text, QString *error)
{
    if (text.contains(QChar(u'\0'))) {
        *error = SlotText::tr("the text contains a NUL character, which PostgreSQL cannot store");
        return std::nullopt;
    }
    QString body = text;
    body.replace(QStringLiteral("'"), QStringLiteral("''"));
    if (!text.contains(u'\\'))
        return u'\'' + body + u'\'';
    body.replace(QStringLiteral("\\"), QStringLiteral("\\\\"));
    return QStringLiteral(" E'") + body + u'\'';
}

std::optional<QString> createSlotSql(
    const QString &name, const QString &plugin, bool twoPhase, int serverVersionNum, QString *error)
{
    if (name.isEmpty()) {
        *error = SlotText::tr("the slot name is empty");
        return std::nullopt;
    }
    if (plugin.isEmpty()) {
        *error = SlotText::tr("the output plugin is empty");
        return std::nullopt;
    }
    if (twoPhase && serverVersionNum > 0 && serverVersionNum < 140000) {
        *error = SlotText::tr("two-phase slots need PostgreSQL 14 or later");
        return std::nullopt;
    }
    const auto n = quoteLiteral(name, error);
    if (!n)
        return std::nullopt;
    const auto p = quoteLiteral(plugin, error);
    if (!p)
        return std::nullopt;
    // The two-phase argument exists from 14; spelled out so that it is
    // never on by a server default.
    const QString args = serverVersionNum >= 140000 || twoPhase
        ? QStringLiteral("%1, %2, false, %3")
              .arg(*n, *p, twoPhase ? QStringLiteral("true") : QStringLiteral("false"))
        : QStringLiteral("%1, %2, false").arg(*n, *p);
    return QStringLiteral("SELECT slot_name, lsn FROM pg_create_logical_replication_slot(%1)").arg(args);
}

std::optional<QString> dropSlotSql(const QString &name, QString *error)
{
    if (name.isEmpty()) {
        *error = SlotText::tr("the slot name is empty");
        return std::nullopt;
    }
    const auto n = quoteLiteral(name, error);
    if (!n)
        return std::nullopt;
    return QStringLiteral("SELECT pg_drop_replication_slot(%1)").arg(*n);
}

std::optional<QString> copySlotSql(
    const QString &source, const QString &newName, bool temporary, QString *error)
{
    if (source.isEmpty() || newName.isEmpty()) {
        *error = SlotText::tr("the slot name is empty");
        return std::nullopt;
    }
    const auto s = quoteLiteral(source, error);
    if (!s)
        return std::nullopt;
    const auto n = quoteLiteral(newName, error);
    if (!n)
        return std::nullopt;
    return QStringLiteral("SELECT slot_name, lsn FROM pg_copy_logical_replication_slot(%1, %2, %3)")
        .arg(*s, *n, temporary ? QStringLiteral("true") : QStringLiteral("false"));
}

QString maxSlotWalKeepSizeQuery()
{
    // current_setting gives "-1" or "10GB"; pg_size_bytes reads both.
    return QStringLiteral("SELECT pg_size_bytes(current_setting('max_slot_wal_keep_size')) AS bytes");
}

std::optional<qint64> parseMaxSlotWalKeepSize(const QueryResult &r, QString *error)
{
    const QString source = QStringLiteral("max_slot_wal_keep_size");
    if (r.rows.size() != 1) {
        //: %1 is the setting's name; %n the number of rows the server answered.
        *error = SlotText::tr("%1: expected one row, got %n row(s)", nullptr, pluralCount(r.rows.size()))
                     .arg(source);
        return std::nullopt;
    }
    std::optional<qint64> v;
    if (!readInteger(r, 0, QStringLiteral("bytes"), source, &v, error))
        return std::nullopt;
    if (!v || *v < -1) {
        //: %1 is the setting's name, %2 the value the server sent.
        *error = SlotText::tr("%1: \"%2\" is not a size").arg(source, r.value(0, QStringLiteral("bytes")));
        return std::nullopt;
    }
    return *v;
}

QString diagnosisSlotsQuery(int serverVersionNum)
{
    const QString current = QStringLiteral(
        "CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn() ELSE pg_current_wal_lsn() END");
    // inactive_since arrived in 17; before that the server does not say.
    const QString inactive = serverVersionNum >= 170000
        ? QStringLiteral("floor(extract(epoch FROM now() - s.inactive_since))::bigint")
        : QStringLiteral("NULL::bigint");
    return QStringLiteral("SELECT s.*, pg_wal_lsn_diff(%1, s.restart_lsn)::bigint AS pgrepl_retained_bytes, "
                          "%1 AS pgrepl_current_lsn, age(s.xmin) AS pgrepl_xmin_age, "
                          "age(s.catalog_xmin) AS pgrepl_catalog_xmin_age, %2 AS pgrepl_inactive_seconds "
                          "FROM pg_replication_slots s ORDER BY s.slot_name")
        .arg(current, inactive);
}

QString replicationQuery()
{
    // Lags as seconds, so that IntervalStyle does not matter.
    return QStringLiteral(
        "SELECT pid, usename, application_name, client_addr, state, sync_state, backend_xmin, "
        "age(backend_xmin) AS xmin_age, sent_lsn, write_lsn, flush_lsn, replay_lsn, "
        "extract(epoch FROM write_lag)::float8 AS write_lag_seconds, "
        "extract(epoch FROM flush_lag)::float8 AS flush_lag_seconds, "
        "extract(epoch FROM replay_lag)::float8 AS replay_lag_seconds "
        "FROM pg_stat_replication ORDER BY pid");
}

std::optional<QString> decodingStatsQuery(const QString &slotName, QString *error)
{
    const auto n = quoteLiteral(slotName, error);
    if (!n)
        return std::nullopt;
    return QStringLiteral("SELECT * FROM pg_stat_replication_slots WHERE slot_name = %1").arg(*n);
}

QString activityQuery()
{
    // Our own query would show up holding a snapshot.
    return QStringLiteral(
        "SELECT pid, usename, application_name, datname, state, backend_type, backend_xid, backend_xmin, "
        "age(backend_xid) AS xid_age, age(backend_xmin) AS xmin_age, "
        "floor(extract(epoch FROM now() - xact_start))::bigint AS xact_seconds, query "
        "FROM pg_stat_activity WHERE pid <> pg_backend_pid() ORDER BY pid");
}

QString preparedQuery()
{
    return QStringLiteral("SELECT transaction, gid, owner, database, age(transaction) AS xid_age, "
                          "floor(extract(epoch FROM now() - prepared))::bigint AS prepared_seconds "
                          "FROM pg_prepared_xacts ORDER BY prepared");
}

qint64 largeRetainedThreshold(qint64 maxSlotWalKeepSize)
{
    if (maxSlotWalKeepSize > 0)
        return maxSlotWalKeepSize / 2;
    return qint64(1) << 30;
}

std::optional<SlotDiagnosis> buildDiagnosis(const DiagnosisInput &in, QString *error)
{
    SlotDiagnosis d;
    d.slotName = in.slotName;
    d.serverVersionNum = in.serverVersionNum;

    // Slots: the one asked about, and every slot's horizons.
    const QString slotsSource = QStringLiteral("pg_replication_slots");
    if (!requireColumns(in.slotRows,
            {QStringLiteral("slot_name"), QStringLiteral("active_pid"), QStringLiteral("restart_lsn"),
                QStringLiteral("confirmed_flush_lsn"), QStringLiteral("xmin"), QStringLiteral("catalog_xmin"),
                QStringLiteral("pgrepl_current_lsn")},
            slotsSource, error))
        return std::nullopt;
    const QList<SlotInfo> slotList = catalog::parseSlots(in.slotRows);
    int found = -1;
    for (int i = 0; i < in.slotRows.rows.size(); ++i) {
        const QString name = in.slotRows.value(i, QStringLiteral("slot_name"));
        std::optional<qint64> xminAge, catalogAge, inactive;
        if (!readInteger(in.slotRows, i, QStringLiteral("pgrepl_xmin_age"), slotsSource, &xminAge, error)
            || !readInteger(
                in.slotRows, i, QStringLiteral("pgrepl_catalog_xmin_age"), slotsSource, &catalogAge, error)
            || !readInteger(
                in.slotRows, i, QStringLiteral("pgrepl_inactive_seconds"), slotsSource, &inactive, error))
            return std::nullopt;
        if (name == in.slotName) {
            found = i;
            d.xminAge = xminAge;
            d.catalogXminAge = catalogAge;
            d.inactiveSeconds = inactive;
            if (!readLsn(in.slotRows, i, QStringLiteral("pgrepl_current_lsn"), slotsSource, &d.currentWalLsn,
                    error))
                return std::nullopt;
        }
        const SlotInfo &s = slotList[i];
        const std::array<std::pair<QString, std::optional<qint64>>, 2> horizons
            = {std::pair {QStringLiteral("xmin"), xminAge},
                std::pair {QStringLiteral("catalog_xmin"), catalogAge}};
        for (const auto &[column, age] : horizons) {
            if (!age)
                continue;
            XminHolder h;
            h.kind = XminHolder::Kind::Slot;
            h.column = column;
            h.xid = column == u"xmin" ? s.xmin : s.catalogXmin;
            h.xidAge = *age;
            h.pid = s.activePid;
            h.name = s.name;
            h.database = s.database;
            h.state = s.active ? SlotText::tr("active") : SlotText::tr("inactive");
            h.ageSeconds = name == in.slotName ? inactive : std::nullopt;
            d.holders << h;
        }
    }
    if (found < 0) {
        //: %1 is a slot name.
        *error = SlotText::tr("there is no slot named \"%1\" (any more)").arg(in.slotName);
        return std::nullopt;
    }
    d.slot = slotList[found];
    // Our helper columns are not the server's.
    d.slot.columns.erase(std::remove_if(d.slot.columns.begin(), d.slot.columns.end(),
                             [](const QPair<QString, QString> &c) { return c.first.startsWith(u"pgrepl_"); }),
        d.slot.columns.end());

    // Walsenders: the consumer, and standbys sending feedback.
    const QString replSource = QStringLiteral("pg_stat_replication");
    if (!requireColumns(in.replication,
            {QStringLiteral("pid"), QStringLiteral("usename"), QStringLiteral("application_name"),
                QStringLiteral("client_addr"), QStringLiteral("state"), QStringLiteral("sync_state"),
                QStringLiteral("backend_xmin")},
            replSource, error))
        return std::nullopt;
    for (int i = 0; i < in.replication.rows.size(); ++i) {
        SlotConsumer c;
        std::optional<qint64> pid, xminAge;
        if (!readInteger(in.replication, i, QStringLiteral("pid"), replSource, &pid, error)
            || !readInteger(in.replication, i, QStringLiteral("xmin_age"), replSource, &xminAge, error)
            || !readLsn(in.replication, i, QStringLiteral("sent_lsn"), replSource, &c.sentLsn, error)
            || !readLsn(in.replication, i, QStringLiteral("write_lsn"), replSource, &c.writeLsn, error)
            || !readLsn(in.replication, i, QStringLiteral("flush_lsn"), replSource, &c.flushLsn, error)
            || !readLsn(in.replication, i, QStringLiteral("replay_lsn"), replSource, &c.replayLsn, error)
            || !readDouble(
                in.replication, i, QStringLiteral("write_lag_seconds"), replSource, &c.writeLagSeconds, error)
            || !readDouble(
                in.replication, i, QStringLiteral("flush_lag_seconds"), replSource, &c.flushLagSeconds, error)
            || !readDouble(in.replication, i, QStringLiteral("replay_lag_seconds"), replSource,
                &c.replayLagSeconds, error))
            return std::nullopt;
        c.pid = static_cast<int>(pid.value_or(0));
        c.userName = in.replication.value(i, QStringLiteral("usename"));
        c.applicationName = in.replication.value(i, QStringLiteral("application_name"));
        c.clientAddr = in.replication.value(i, QStringLiteral("client_addr"));
        c.state = in.replication.value(i, QStringLiteral("state"));
        c.syncState = in.replication.value(i, QStringLiteral("sync_state"));
        c.backendXmin = in.replication.value(i, QStringLiteral("backend_xmin"));
        if (d.slot.active && d.slot.activePid != 0 && c.pid == d.slot.activePid)
            d.consumer = c;
        if (xminAge) {
            XminHolder h;
            h.kind = XminHolder::Kind::StandbyFeedback;
            h.column = QStringLiteral("backend_xmin");
            h.xid = c.backendXmin;
            h.xidAge = *xminAge;
            h.pid = c.pid;
            h.name = c.applicationName;
            h.user = c.userName;
            h.state = c.state;
            d.holders << h;
        }
    }

    if (in.stats) {
        const QString statsSource = QStringLiteral("pg_stat_replication_slots");
        const QueryResult &r = *in.stats;
        // A slot the statistics collector has not seen yet has no row.
        if (!r.rows.isEmpty()) {
            SlotDecodingStats st;
            const std::array<std::pair<const char16_t *, qint64 *>, 8> counters = {
                std::pair {u"spill_txns", &st.spillTxns},
                std::pair {u"spill_count", &st.spillCount},
                std::pair {u"spill_bytes", &st.spillBytes},
                std::pair {u"stream_txns", &st.streamTxns},
                std::pair {u"stream_count", &st.streamCount},
                std::pair {u"stream_bytes", &st.streamBytes},
                std::pair {u"total_txns", &st.totalTxns},
                std::pair {u"total_bytes", &st.totalBytes},
            };
            for (const auto &[column, target] : counters) {
                std::optional<qint64> v;
                if (!readInteger(r, 0, QString::fromUtf16(column), statsSource, &v, error))
                    return std::nullopt;
                *target = v.value_or(0);
            }
            if (!requireColumns(r, {QStringLiteral("stats_reset")}, statsSource, error))
                return std::nullopt;
            st.statsReset = r.value(0, QStringLiteral("stats_reset"));
            d.stats = st;
        }
    }

    // Backends: open transactions and snapshots, and who holds the slot if
    // it is not a walsender.
    const QString actSource = QStringLiteral("pg_stat_activity");
    if (!requireColumns(in.activity,
            {QStringLiteral("pid"), QStringLiteral("usename"), QStringLiteral("application_name"),
                QStringLiteral("datname"), QStringLiteral("state"), QStringLiteral("backend_type"),
                QStringLiteral("backend_xid"), QStringLiteral("backend_xmin"), QStringLiteral("query")},
            actSource, error))
        return std::nullopt;
    bool activeSeen = false;
    for (int i = 0; i < in.activity.rows.size(); ++i) {
        std::optional<qint64> pid, xidAge, xminAge, seconds;
        if (!readInteger(in.activity, i, QStringLiteral("pid"), actSource, &pid, error)
            || !readInteger(in.activity, i, QStringLiteral("xid_age"), actSource, &xidAge, error)
            || !readInteger(in.activity, i, QStringLiteral("xmin_age"), actSource, &xminAge, error)
            || !readInteger(in.activity, i, QStringLiteral("xact_seconds"), actSource, &seconds, error))
            return std::nullopt;
        const int p = static_cast<int>(pid.value_or(0));
        const QString app = in.activity.value(i, QStringLiteral("application_name"));
        const QString state = in.activity.value(i, QStringLiteral("state"));
        const QString type = in.activity.value(i, QStringLiteral("backend_type"));
        const QString query = in.activity.value(i, QStringLiteral("query"));
        if (d.slot.active && p == d.slot.activePid) {
            activeSeen = true;
            if (!d.consumer)
                d.activeBackend = SlotActiveBackend {p, true, type, app, state, query};
        }
        if (!xidAge && !xminAge)
            continue;
        XminHolder h;
        h.kind = XminHolder::Kind::Transaction;
        // The older of the two is what holds the horizon back.
        const bool useXid = xidAge && (!xminAge || *xidAge >= *xminAge);
        h.column = useXid ? QStringLiteral("backend_xid") : QStringLiteral("backend_xmin");
        h.xid = in.activity.value(i, h.column);
        h.xidAge = useXid ? *xidAge : *xminAge;
        h.transactionXid = in.activity.value(i, QStringLiteral("backend_xid"));
        h.pid = p;
        h.name = app;
        h.user = in.activity.value(i, QStringLiteral("usename"));
        h.state = state;
        h.database = in.activity.value(i, QStringLiteral("datname"));
        h.ageSeconds = seconds;
        h.query = query;
        d.holders << h;
    }
    if (d.slot.active && !d.consumer && !activeSeen && d.slot.activePid != 0)
        d.activeBackend = SlotActiveBackend {d.slot.activePid, false, {}, {}, {}, {}};
    if (d.activeBackend)
        d.activeBackendDescription = describeActiveBackend(*d.activeBackend);

    const QString prepSource = QStringLiteral("pg_prepared_xacts");
    if (!requireColumns(in.prepared,
            {QStringLiteral("transaction"), QStringLiteral("gid"), QStringLiteral("owner"),
                QStringLiteral("database")},
            prepSource, error))
        return std::nullopt;
    for (int i = 0; i < in.prepared.rows.size(); ++i) {
        std::optional<qint64> xidAge, seconds;
        if (!readInteger(in.prepared, i, QStringLiteral("xid_age"), prepSource, &xidAge, error)
            || !readInteger(in.prepared, i, QStringLiteral("prepared_seconds"), prepSource, &seconds, error))
            return std::nullopt;
        XminHolder h;
        h.kind = XminHolder::Kind::PreparedTransaction;
        h.column = QStringLiteral("transaction");
        h.xid = in.prepared.value(i, QStringLiteral("transaction"));
        h.xidAge = xidAge.value_or(0);
        h.name = in.prepared.value(i, QStringLiteral("gid"));
        h.user = in.prepared.value(i, QStringLiteral("owner"));
        h.database = in.prepared.value(i, QStringLiteral("database"));
        h.ageSeconds = seconds;
        d.holders << h;
    }

    std::stable_sort(d.holders.begin(), d.holders.end(),
        [](const XminHolder &a, const XminHolder &b) { return a.xidAge > b.xidAge; });
    d.findings = deriveFindings(
        d, in.largeRetainedBytes > 0 ? in.largeRetainedBytes : largeRetainedThreshold(in.maxSlotWalKeepSize));
    return d;
}

QList<SlotFinding> deriveFindings(const SlotDiagnosis &d, qint64 largeRetainedBytes)
{
    using S = SlotFinding::Severity;
    QList<SlotFinding> out;
    const SlotInfo &s = d.slot;
    auto column = [&s](const QString &name) -> QString {
        for (const auto &c : s.columns)
            if (c.first == name)
                return c.second;
        return {};
    };

    if (s.walStatus == u"lost") {
        const QString reason = column(QStringLiteral("invalidation_reason"));
        QString text;
        if (reason.isEmpty())
            text = SlotText::tr("wal_status is 'lost': the WAL this slot needs was removed; the slot can no "
                                "longer be used and its consumer must be set up again from a new slot");
        else
            //: %1 is the server's invalidation_reason, such as wal_removed.
            text = SlotText::tr("wal_status is 'lost' (invalidation_reason: %1): the slot can no longer be "
                                "used and its consumer must be set up again from a new slot")
                       .arg(reason);
        out << SlotFinding {S::Critical, text};
    } else if (column(QStringLiteral("conflicting")) == u"t") {
        out << SlotFinding {S::Critical,
            SlotText::tr("The slot conflicted with recovery (conflicting = true) and was invalidated: it can "
                         "no longer be used")};
    } else if (s.walStatus == u"unreserved") {
        out << SlotFinding {S::Critical,
            SlotText::tr("wal_status is 'unreserved': the slot holds more WAL than max_slot_wal_keep_size "
                         "allows and will be invalidated at the next checkpoint unless its consumer catches "
                         "up first")};
    } else if (s.walStatus == u"extended") {
        out << SlotFinding {S::Warning,
            SlotText::tr("wal_status is 'extended': more WAL than max_wal_size is kept, because of this slot "
                         "or wal_keep_size")};
    }

    if (!s.active) {
        QString text;
        if (d.inactiveSeconds)
            //: %1 is a duration such as "2 h 05 min".
            text = SlotText::tr("Slot is inactive: nothing reads it; its retained WAL grows with every write "
                                "(inactive for %1)")
                       .arg(formatDuration(*d.inactiveSeconds));
        else
            text
                = SlotText::tr("Slot is inactive: nothing reads it; its retained WAL grows with every write");
        out << SlotFinding {S::Warning, text};
    } else if (d.consumer) {
        const SlotConsumer &c = *d.consumer;
        QString readBy;
        if (c.clientAddr.isEmpty())
            //: %1 is the consumer's application_name, %2 its walsender's process ID, %3 the
            //: walsender's state (streaming, catchup, ...).
            readBy = SlotText::tr("Read by \"%1\" (walsender pid %2, local socket, state %3)")
                         .arg(c.applicationName, QString::number(c.pid), c.state);
        else
            //: %1 is the consumer's application_name, %2 its walsender's process ID, %3 the
            //: consumer's network address, %4 the walsender's state (streaming, catchup, ...).
            readBy = SlotText::tr("Read by \"%1\" (walsender pid %2, %3, state %4)")
                         .arg(c.applicationName, QString::number(c.pid), c.clientAddr, c.state);
        out << SlotFinding {S::Info, readBy};
        if (c.state != u"streaming")
            out << SlotFinding {S::Warning,
                //: %1 is the walsender's state as the server names it (startup, catchup, ...).
                SlotText::tr("The consumer's walsender is in state '%1', not streaming").arg(c.state)};
        if (d.currentWalLsn.isValid() && c.sentLsn.isValid()) {
            const auto behind = static_cast<qint64>(d.currentWalLsn.bytesAfter(c.sentLsn));
            if (behind >= kNotableLagBytes)
                out << SlotFinding {S::Warning,
                    //: %1 and %3 are WAL positions (LSNs), %2 a size such as "1.5 GiB".
                    SlotText::tr(
                        "The walsender has sent WAL up to %1, %2 behind the current WAL position %3: "
                        "decoding is behind (large transactions, spilling to disk, or a consumer "
                        "that reads slowly)")
                        .arg(c.sentLsn.toString(), formatBytes(behind), d.currentWalLsn.toString())};
        }
        if (c.sentLsn.isValid()) {
            const auto unconfirmed = static_cast<qint64>(c.sentLsn.bytesAfter(c.flushLsn));
            if (unconfirmed >= kNotableLagBytes)
                out << SlotFinding {S::Warning,
                    //: %1 is a WAL position (LSN), %2 a size such as "1.5 GiB".
                    SlotText::tr("The consumer has confirmed (flush) only up to %1, %2 behind what it was "
                                 "sent: it receives but does not confirm, so the slot cannot move")
                        .arg(c.flushLsn.toString(), formatBytes(unconfirmed))};
        }
    } else {
        const std::optional<SlotActiveBackend> &b = d.activeBackend;
        QString text;
        if (!b)
            //: %1 is a process ID.
            text = SlotText::tr("The slot is held by pid %1, which has no pg_stat_replication row: a backend "
                                "using the SQL decoding functions, or a walsender that is still starting")
                       .arg(s.activePid);
        else if (!b->visible)
            //: %1 is a process ID.
            text = SlotText::tr("The slot is held by pid %1, which is not visible in pg_stat_activity and "
                                "has no pg_stat_replication row: a backend using the SQL decoding functions, "
                                "or a walsender that is still starting")
                       .arg(b->pid);
        else if (b->state.isEmpty())
            //: %1 is a process ID, %2 its backend_type (e.g. client backend), %3 its application_name,
            //: %4 the query it runs.
            text = SlotText::tr("The slot is held by pid %1 (%2, application \"%3\", state unknown), which "
                                "has no pg_stat_replication row: a backend using the SQL decoding functions, "
                                "or a walsender that is still starting. Its query: %4")
                       .arg(QString::number(b->pid), b->backendType, b->applicationName, b->query);
        else
            //: %1 is a process ID, %2 its backend_type (e.g. client backend), %3 its application_name,
            //: %4 its state as the server names it (active, idle in transaction, ...), %5 the query it runs.
            text = SlotText::tr("The slot is held by pid %1 (%2, application \"%3\", state %4), which has no "
                                "pg_stat_replication row: a backend using the SQL decoding functions, or a "
                                "walsender that is still starting. Its query: %5")
                       .arg(QString::number(b->pid), b->backendType, b->applicationName, b->state, b->query);
        out << SlotFinding {S::Info, text};
    }

    if (s.retainedBytes && *s.retainedBytes >= largeRetainedBytes) {
        QString text;
        if (s.safeWalSize)
            //: %1 and %3 are sizes such as "1.5 GiB", %2 a WAL position (LSN).
            text
                = SlotText::tr("The slot retains %1 of WAL (from restart_lsn %2 to the current position); %3 "
                               "more and max_slot_wal_keep_size invalidates it")
                      .arg(formatBytes(*s.retainedBytes), s.restartLsn.toString(),
                          formatBytes(*s.safeWalSize));
        else
            //: %1 is a size such as "1.5 GiB", %2 a WAL position (LSN).
            text = SlotText::tr("The slot retains %1 of WAL (from restart_lsn %2 to the current position); "
                                "max_slot_wal_keep_size is unlimited, so it can fill the disk")
                       .arg(formatBytes(*s.retainedBytes), s.restartLsn.toString());
        out << SlotFinding {S::Warning, text};
    }

    // The oldest open transaction with an xid keeps restart_lsn where it began.
    const XminHolder *oldestWriter = nullptr;
    for (const XminHolder &h : d.holders)
        if (h.kind == XminHolder::Kind::Transaction && !h.transactionXid.isEmpty()
            && (!oldestWriter || h.xidAge > oldestWriter->xidAge))
            oldestWriter = &h;
    if (s.restartLsn.isValid() && s.confirmedFlushLsn.isValid()) {
        const auto held = static_cast<qint64>(s.confirmedFlushLsn.bytesAfter(s.restartLsn));
        if (held >= kNotableLagBytes) {
            QString text;
            if (oldestWriter)
                //: %1 is a size such as "1.5 GiB", %2 a process ID, %3 a transaction ID.
                text = SlotText::tr(
                    "restart_lsn is held %1 behind confirmed_flush_lsn by the oldest running "
                    "transaction at the time of decoding: decoding must restart where it began; "
                    "the oldest transaction with an xid now is pid %2 (xid %3)")
                           .arg(formatBytes(held), QString::number(oldestWriter->pid),
                               oldestWriter->transactionXid);
            else
                //: %1 is a size such as "1.5 GiB".
                text = SlotText::tr(
                    "restart_lsn is held %1 behind confirmed_flush_lsn by the oldest running "
                    "transaction at the time of decoding: decoding must restart where it began")
                           .arg(formatBytes(held));
            out << SlotFinding {S::Warning, text};
        }
    }

    for (const XminHolder &h : d.holders) {
        switch (h.kind) {
        case XminHolder::Kind::Transaction:
            if (h.ageSeconds && *h.ageSeconds >= kLongTransactionSeconds)
                out << SlotFinding {S::Warning, longTransactionText(h)};
            break;
        case XminHolder::Kind::PreparedTransaction:
            out << SlotFinding {
                h.ageSeconds && *h.ageSeconds >= kLongTransactionSeconds ? S::Warning : S::Info,
                //: %1 is the prepared transaction's name (gid), %2 its owner, %3 a duration such as
                //: "1 d 02 h", %4 its transaction ID.
                SlotText::tr("Prepared transaction '%1' (owner %2) has been prepared for %3 and holds xid %4 "
                             "until COMMIT PREPARED or ROLLBACK PREPARED")
                    .arg(h.name, h.user, formatDuration(h.ageSeconds.value_or(0)), h.xid)};
            break;
        case XminHolder::Kind::StandbyFeedback:
            out << SlotFinding {S::Info,
                //: %1 is the standby's application_name, %2 its walsender's process ID, %3 a transaction
                //: ID, %4 its age in transactions.
                SlotText::tr("Standby \"%1\" (walsender pid %2) holds xmin %3 (age %4) through "
                             "hot_standby_feedback")
                    .arg(h.name, QString::number(h.pid), h.xid, QString::number(h.xidAge))};
            break;
        case XminHolder::Kind::Slot:
            break;
        }
    }

    if (!d.holders.isEmpty()) {
        // Ties are common in a quiet cluster: say so when this slot is among the oldest.
        const XminHolder *mine = nullptr;
        for (const XminHolder &h : d.holders)
            if (h.kind == XminHolder::Kind::Slot && h.name == s.name && h.xidAge == d.holders.first().xidAge)
                mine = &h;
        out << SlotFinding {S::Info, mine ? ownHorizonText(*mine) : oldestHorizonText(d.holders.first())};
    }

    if (d.stats && d.stats->spillTxns > 0)
        out << SlotFinding {S::Info,
            //: %n is the number of transactions spilled, %1 their size such as "1.5 MiB".
            SlotText::tr("Decoding spilled %n transaction(s) (%1) to disk since the statistics were reset: "
                         "they were larger than logical_decoding_work_mem, which slows decoding",
                nullptr, pluralCount(d.stats->spillTxns))
                .arg(formatBytes(d.stats->spillBytes))};

    const bool anyProblem = std::any_of(out.cbegin(), out.cend(),
        [](const SlotFinding &f) { return f.severity != SlotFinding::Severity::Info; });
    if (!anyProblem)
        out << SlotFinding {S::Info, SlotText::tr("Nothing holds this slot back in what the server reports")};
    return out;
}

} // namespace slotadmin

SlotAdmin::SlotAdmin(QObject *parent) : QObject(parent)
{
    replaceConnection();
}

SlotAdmin::~SlotAdmin()
{
    // No signals to a half-destroyed owner.
    disconnect(m_conn, nullptr, this, nullptr);
}

void SlotAdmin::replaceConnection()
{
    // A fresh object, so that a late "closed" from the old socket cannot
    // be taken for the new connection's.
    if (m_conn) {
        disconnect(m_conn, nullptr, this, nullptr);
        m_conn->close();
        m_conn->deleteLater();
    }
    m_conn = new PgConnection(this);
    connect(m_conn, &PgConnection::queryFinished, this, &SlotAdmin::onQueryFinished);
    connect(m_conn, &PgConnection::failed, this, &SlotAdmin::onConnectionFailed);
    connect(m_conn, &PgConnection::closed, this, [this] {
        onConnectionFailed(
            ConnectionError {ConnectionError::Kind::Network, tr("the connection was closed"), {}});
    });
}

void SlotAdmin::open(const ConnParams &params, const ConnEnvironment &env)
{
    if (m_conn->state() != PgConnection::State::Disconnected)
        close();
    m_params = params;
    if (m_params->applicationName.isEmpty())
        m_params->applicationName = QStringLiteral("pgrepl-inspector slot manager");
    m_env = env;
    startConnection();
}

void SlotAdmin::close()
{
    m_params.reset();
    replaceConnection();
    onConnectionFailed(ConnectionError {ConnectionError::Kind::Network, tr("the connection was closed"), {}});
}

bool SlotAdmin::isReady() const
{
    return m_serverVersionNum > 0 && m_conn->state() != PgConnection::State::Disconnected;
}

void SlotAdmin::startConnection()
{
    m_serverVersionNum = 0;
    m_connecting = true;
    m_conn->open(*m_params, m_env, {});
    // Queued: sent first once the connection is ready.
    const quint64 id = m_conn->query(QStringLiteral("SHOW server_version_num"));
    // Never shown: a failing version query reports to the operations waiting for it.
    const FailureText connecting = [](const QString &why) {
        //: %1 is why it failed: a message from the server or from this program.
        return tr("Connecting to the server failed: %1").arg(why);
    };
    m_pending.insert(id,
        Pending {connecting,
            [this](const QueryResult &r) {
                m_connecting = false;
                m_serverVersionNum = r.value(0, QStringLiteral("server_version_num")).toInt();
                const QList<Deferred> waiting = std::exchange(m_deferred, {});
                if (m_serverVersionNum <= 0) {
                    for (const Deferred &d : waiting)
                        emit failed(d.failure(tr("the server did not report its version")));
                    return;
                }
                for (const Deferred &d : waiting)
                    d.run();
            },
            std::make_shared<bool>(false), true});
}

void SlotAdmin::whenReady(const FailureText &failure, std::function<void()> start)
{
    if (isReady()) {
        start();
        return;
    }
    if (!m_params) {
        emit failed(failure(tr("not connected")));
        return;
    }
    m_deferred << Deferred {failure, std::move(start)};
    if (!m_connecting)
        startConnection();
}

void SlotAdmin::send(const FailureText &failure, const QString &sql, std::shared_ptr<bool> reported,
    std::function<void(const QueryResult &)> done)
{
    const quint64 id = m_conn->query(sql);
    m_pending.insert(id, Pending {failure, std::move(done), std::move(reported)});
}

void SlotAdmin::failOperation(
    const FailureText &failure, const QString &why, const std::shared_ptr<bool> &reported)
{
    if (reported && *reported)
        return;
    if (reported)
        *reported = true;
    emit failed(failure(why));
}

void SlotAdmin::onQueryFinished(quint64 id, const QueryResult &result)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    const Pending p = it.value();
    m_pending.erase(it);
    if (*p.reported)
        return;
    if (!result.ok) {
        QString why = result.error ? result.error->message() : tr("the query failed");
        if (result.error && !result.error->detail().isEmpty())
            why += u' ' + result.error->detail();
        if (result.error && !result.error->hint().isEmpty())
            why += u' ' + result.error->hint();
        if (p.setup) {
            m_connecting = false;
            const QList<Deferred> waiting = std::exchange(m_deferred, {});
            for (const Deferred &d : waiting)
                emit failed(d.failure(why));
            return;
        }
        failOperation(p.failure, why, p.reported);
        return;
    }
    p.done(result);
}

void SlotAdmin::onConnectionFailed(const ConnectionError &error)
{
    m_connecting = false;
    m_serverVersionNum = 0;
    const QHash<quint64, Pending> pending = std::exchange(m_pending, {});
    const QList<Deferred> waiting = std::exchange(m_deferred, {});
    const QString why = error.toString();
    for (const Pending &p : pending)
        if (!p.setup)
            failOperation(p.failure, why, p.reported);
    for (const Deferred &d : waiting)
        emit failed(d.failure(why));
}

void SlotAdmin::refresh()
{
    const FailureText what = [](const QString &why) {
        //: %1 is why it failed: a message from the server or from this program.
        return tr("Refreshing the slot list failed: %1").arg(why);
    };
    whenReady(what, [this, what] {
        struct State
        {
            std::optional<QList<SlotInfo>> slotList;
            std::optional<qint64> keep;
        };
        auto state = std::make_shared<State>();
        auto reported = std::make_shared<bool>(false);
        auto finish = [this, state] {
            if (state->slotList && state->keep)
                emit slotsRefreshed(*state->slotList, *state->keep);
        };
        send(what, catalog::slotsQuery(), reported, [state, finish](const QueryResult &r) {
            state->slotList = catalog::parseSlots(r);
            finish();
        });
        send(what, slotadmin::maxSlotWalKeepSizeQuery(), reported,
            [this, what, state, reported, finish](const QueryResult &r) {
                QString error;
                const auto keep = slotadmin::parseMaxSlotWalKeepSize(r, &error);
                if (!keep) {
                    failOperation(what, error, reported);
                    return;
                }
                state->keep = *keep;
                finish();
            });
    });
}

void SlotAdmin::runSimple(const FailureText &failure, std::optional<QString> sql, const QString &sqlError,
    const SuccessText &success)
{
    if (!sql) {
        emit failed(failure(sqlError));
        return;
    }
    send(failure, *sql, std::make_shared<bool>(false), [this, success](const QueryResult &r) {
        emit operationFinished(success(r.value(0, QStringLiteral("lsn"))));
    });
}

void SlotAdmin::createSlot(const QString &name, const QString &plugin, bool twoPhase)
{
    const FailureText what = [name](const QString &why) {
        //: %1 is a slot name, %2 why it failed: a message from the server or from this program.
        return tr("Creating slot \"%1\" failed: %2").arg(name, why);
    };
    whenReady(what, [this, what, name, plugin, twoPhase] {
        QString error;
        const auto sql = slotadmin::createSlotSql(name, plugin, twoPhase, m_serverVersionNum, &error);
        runSimple(what, sql, error, [name, plugin](const QString &lsn) {
            if (lsn.isEmpty()) {
                //: %1 is a slot name, %2 its output plugin (pgoutput, test_decoding, ...).
                return tr("Created slot \"%1\" (%2)").arg(name, plugin);
            }
            //: %1 is a slot name, %2 its output plugin (pgoutput, test_decoding, ...), %3 the WAL
            //: position (LSN) where the slot starts.
            return tr("Created slot \"%1\" (%2) at %3").arg(name, plugin, lsn);
        });
    });
}

void SlotAdmin::dropSlot(const QString &name)
{
    const FailureText what = [name](const QString &why) {
        //: %1 is a slot name, %2 why it failed: a message from the server or from this program.
        return tr("Dropping slot \"%1\" failed: %2").arg(name, why);
    };
    whenReady(what, [this, what, name] {
        QString error;
        const auto sql = slotadmin::dropSlotSql(name, &error);
        // pg_drop_replication_slot answers no position.
        runSimple(what, sql, error, [name](const QString &) {
            //: %1 is a slot name.
            return tr("Dropped slot \"%1\"").arg(name);
        });
    });
}

void SlotAdmin::copySlot(const QString &source, const QString &newName, bool temporary)
{
    const FailureText what = [source, newName](const QString &why) {
        //: %1 is the slot copied, %2 the new slot's name, %3 why it failed: a message from the server
        //: or from this program.
        return tr("Copying slot \"%1\" to \"%2\" failed: %3").arg(source, newName, why);
    };
    whenReady(what, [this, what, source, newName, temporary] {
        QString error;
        const auto sql = slotadmin::copySlotSql(source, newName, temporary, &error);
        runSimple(what, sql, error, [source, newName, temporary](const QString &lsn) {
            if (temporary && lsn.isEmpty()) {
                //: %1 is the slot copied, %2 the new slot's name.
                return tr("Copied slot \"%1\" to the temporary slot \"%2\"").arg(source, newName);
            }
            if (temporary) {
                //: %1 is the slot copied, %2 the new slot's name, %3 the WAL position (LSN) where the
                //: copy starts.
                return tr("Copied slot \"%1\" to the temporary slot \"%2\" at %3").arg(source, newName, lsn);
            }
            if (lsn.isEmpty()) {
                //: %1 is the slot copied, %2 the new slot's name.
                return tr("Copied slot \"%1\" to \"%2\"").arg(source, newName);
            }
            //: %1 is the slot copied, %2 the new slot's name, %3 the WAL position (LSN) where the copy
            //: starts.
            return tr("Copied slot \"%1\" to \"%2\" at %3").arg(source, newName, lsn);
        });
    });
}

void SlotAdmin::diagnose(const QString &slotName)
{
    const FailureText what = [slotName](const QString &why) {
        //: %1 is a slot name, %2 why it failed: a message from the server or from this program.
        return tr("Diagnosing slot \"%1\" failed: %2").arg(slotName, why);
    };
    whenReady(what, [this, what, slotName] {
        auto input = std::make_shared<slotadmin::DiagnosisInput>();
        input->slotName = slotName;
        input->serverVersionNum = m_serverVersionNum;
        auto reported = std::make_shared<bool>(false);
        QString error;
        std::optional<QString> statsSql;
        if (m_serverVersionNum >= 140000) {
            statsSql = slotadmin::decodingStatsQuery(slotName, &error);
            if (!statsSql) {
                emit failed(what(error));
                return;
            }
        }
        // Every query sits in one queue on one connection, so the last
        // answer is the one to finish on.
        send(what, slotadmin::maxSlotWalKeepSizeQuery(), reported,
            [this, what, input, reported](const QueryResult &r) {
                QString why;
                const auto keep = slotadmin::parseMaxSlotWalKeepSize(r, &why);
                if (!keep) {
                    failOperation(what, why, reported);
                    return;
                }
                input->maxSlotWalKeepSize = *keep;
            });
        send(what, slotadmin::diagnosisSlotsQuery(m_serverVersionNum), reported,
            [input](const QueryResult &r) { input->slotRows = r; });
        send(what, slotadmin::replicationQuery(), reported,
            [input](const QueryResult &r) { input->replication = r; });
        if (statsSql)
            send(what, *statsSql, reported, [input](const QueryResult &r) { input->stats = r; });
        send(what, slotadmin::preparedQuery(), reported,
            [input](const QueryResult &r) { input->prepared = r; });
        send(what, slotadmin::activityQuery(), reported, [this, what, input, reported](const QueryResult &r) {
            input->activity = r;
            if (*reported)
                return;
            QString why;
            const auto diagnosis = slotadmin::buildDiagnosis(*input, &why);
            if (!diagnosis) {
                failOperation(what, why, reported);
                return;
            }
            emit diagnosisReady(*diagnosis);
        });
    });
}

} // namespace pgrepl
