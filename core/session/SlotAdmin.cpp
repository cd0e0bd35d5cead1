#include "session/SlotAdmin.h"

#include "wire/Units.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>

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

QString holderKindName(XminHolder::Kind kind)
{
    switch (kind) {
    case XminHolder::Kind::Transaction:
        return SlotText::tr("transaction");
    case XminHolder::Kind::PreparedTransaction:
        return SlotText::tr("prepared transaction");
    case XminHolder::Kind::Slot:
        return SlotText::tr("slot");
    case XminHolder::Kind::StandbyFeedback:
        return SlotText::tr("standby feedback");
    }
    return {};
}

// Reads one column of one row as an integer: nullopt for NULL, an error for
// a missing column or a value that is not a number.
bool readInteger(const QueryResult &r, int row, const QString &column, const QString &source,
    std::optional<qint64> *out, QString *error)
{
    if (r.column(column) < 0) {
        *error = SlotText::tr("%1: the result has no column \"%2\"").arg(source, column);
        return false;
    }
    out->reset();
    if (r.isNull(row, column))
        return true;
    bool ok = false;
    const QString text = r.value(row, column);
    const qint64 v = text.toLongLong(&ok);
    if (!ok) {
        *error = SlotText::tr("%1, row %2, column \"%3\": \"%4\" is not an integer")
                     .arg(source)
                     .arg(row)
                     .arg(column, text);
        return false;
    }
    *out = v;
    return true;
}

bool readDouble(const QueryResult &r, int row, const QString &column, const QString &source,
    std::optional<double> *out, QString *error)
{
    if (r.column(column) < 0) {
        *error = SlotText::tr("%1: the result has no column \"%2\"").arg(source, column);
        return false;
    }
    out->reset();
    if (r.isNull(row, column))
        return true;
    bool ok = false;
    const QString text = r.value(row, column);
    const double v = text.toDouble(&ok);
    if (!ok || !std::isfinite(v)) {
        *error = SlotText::tr("%1, row %2, column \"%3\": \"%4\" is not a number")
                     .arg(source)
                     .arg(row)
                     .arg(column, text);
        return false;
    }
    *out = v;
    return true;
}

bool readLsn(
    const QueryResult &r, int row, const QString &column, const QString &source, Lsn *out, QString *error)
{
    if (r.column(column) < 0) {
        *error = SlotText::tr("%1: the result has no column \"%2\"").arg(source, column);
        return false;
    }
    *out = Lsn();
    if (r.isNull(row, column))
        return true;
    QString why;
    const auto lsn = Lsn::parse(r.value(row, column), &why);
    if (!lsn) {
        *error = SlotText::tr("%1, row %2, column \"%3\": %4").arg(source).arg(row).arg(column, why);
        return false;
    }
    *out = *lsn;
    return true;
}

bool requireColumns(const QueryResult &r, const QStringList &columns, const QString &source, QString *error)
{
    for (const QString &c : columns) {
        if (r.column(c) < 0) {
            *error = SlotText::tr("%1: the result has no column \"%2\"").arg(source, c);
            return false;
        }
    }
    return true;
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
        *error = SlotText::tr("%1: expected one row, got %2").arg(source).arg(r.rows.size());
        return std::nullopt;
    }
    std::optional<qint64> v;
    if (!readInteger(r, 0, QStringLiteral("bytes"), source, &v, error))
        return std::nullopt;
    if (!v || *v < -1) {
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
                d.activeBackendDescription
                    = SlotText::tr("pid %1 (%2, application \"%3\", state %4): %5")
                          .arg(p)
                          .arg(type, app, state.isEmpty() ? SlotText::tr("unknown") : state, query);
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
        d.activeBackendDescription
            = SlotText::tr("pid %1 (not visible in pg_stat_activity)").arg(d.slot.activePid);

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
        out << SlotFinding {S::Critical,
            reason.isEmpty()
                ? SlotText::tr(
                    "wal_status is 'lost': the WAL this slot needs was removed; the slot can no longer be "
                    "used "
                    "and its consumer must be set up again from a new slot")
                : SlotText::tr(
                    "wal_status is 'lost' (invalidation_reason: %1): the slot can no longer be used and its "
                    "consumer must be set up again from a new slot")
                      .arg(reason)};
    } else if (column(QStringLiteral("conflicting")) == u"t") {
        out << SlotFinding {S::Critical,
            SlotText::tr("The slot conflicted with recovery (conflicting = true) and was invalidated: it can "
                         "no longer "
                         "be used")};
    } else if (s.walStatus == u"unreserved") {
        out << SlotFinding {S::Critical,
            SlotText::tr(
                "wal_status is 'unreserved': the slot holds more WAL than max_slot_wal_keep_size allows and "
                "will "
                "be invalidated at the next checkpoint unless its consumer catches up first")};
    } else if (s.walStatus == u"extended") {
        out << SlotFinding {S::Warning,
            SlotText::tr(
                "wal_status is 'extended': more WAL than max_wal_size is kept, because of this slot or "
                "wal_keep_size")};
    }

    if (!s.active) {
        QString text
            = SlotText::tr("Slot is inactive: nothing reads it; its retained WAL grows with every write");
        if (d.inactiveSeconds)
            text += SlotText::tr(" (inactive for %1)").arg(formatDuration(*d.inactiveSeconds));
        out << SlotFinding {S::Warning, text};
    } else if (d.consumer) {
        const SlotConsumer &c = *d.consumer;
        out << SlotFinding {S::Info,
            SlotText::tr("Read by \"%1\" (walsender pid %2, %3, state %4)")
                .arg(c.applicationName)
                .arg(c.pid)
                .arg(c.clientAddr.isEmpty() ? SlotText::tr("local socket") : c.clientAddr, c.state)};
        if (c.state != u"streaming")
            out << SlotFinding {S::Warning,
                SlotText::tr("The consumer's walsender is in state '%1', not streaming").arg(c.state)};
        if (d.currentWalLsn.isValid() && c.sentLsn.isValid()) {
            const auto behind = static_cast<qint64>(d.currentWalLsn.bytesAfter(c.sentLsn));
            if (behind >= kNotableLagBytes)
                out << SlotFinding {S::Warning,
                    SlotText::tr(
                        "The walsender has sent WAL up to %1, %2 behind the current WAL position %3: "
                        "decoding "
                        "is behind (large transactions, spilling to disk, or a consumer that reads slowly)")
                        .arg(c.sentLsn.toString(), formatBytes(behind), d.currentWalLsn.toString())};
        }
        if (c.sentLsn.isValid()) {
            const auto unconfirmed = static_cast<qint64>(c.sentLsn.bytesAfter(c.flushLsn));
            if (unconfirmed >= kNotableLagBytes)
                out << SlotFinding {S::Warning,
                    SlotText::tr(
                        "The consumer has confirmed (flush) only up to %1, %2 behind what it was sent: it "
                        "receives but does not confirm, so the slot cannot move")
                        .arg(c.flushLsn.toString(), formatBytes(unconfirmed))};
        }
    } else {
        out << SlotFinding {S::Info,
            SlotText::tr("The slot is held by %1, which has no pg_stat_replication row: a backend using the "
                         "SQL decoding functions, or a walsender that is still starting")
                .arg(d.activeBackendDescription.isEmpty() ? SlotText::tr("pid %1").arg(s.activePid)
                                                          : d.activeBackendDescription)};
    }

    if (s.retainedBytes && *s.retainedBytes >= largeRetainedBytes) {
        QString text
            = SlotText::tr("The slot retains %1 of WAL (from restart_lsn %2 to the current position)")
                  .arg(formatBytes(*s.retainedBytes), s.restartLsn.toString());
        if (s.safeWalSize)
            text += SlotText::tr("; %1 more and max_slot_wal_keep_size invalidates it")
                        .arg(formatBytes(*s.safeWalSize));
        else
            text += SlotText::tr("; max_slot_wal_keep_size is unlimited, so it can fill the disk");
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
            QString text
                = SlotText::tr("restart_lsn is held %1 behind confirmed_flush_lsn by the oldest running "
                               "transaction at the time of decoding: decoding must restart where it began")
                      .arg(formatBytes(held));
            if (oldestWriter)
                text += SlotText::tr("; the oldest transaction with an xid now is pid %1 (xid %2)")
                            .arg(oldestWriter->pid)
                            .arg(oldestWriter->transactionXid);
            out << SlotFinding {S::Warning, text};
        }
    }

    for (const XminHolder &h : d.holders) {
        switch (h.kind) {
        case XminHolder::Kind::Transaction:
            if (h.ageSeconds && *h.ageSeconds >= kLongTransactionSeconds) {
                const QString who
                    = SlotText::tr("pid %1 (user %2, application \"%3\", %4)")
                          .arg(h.pid)
                          .arg(h.user, h.name, h.state.isEmpty() ? SlotText::tr("no state") : h.state);
                if (!h.transactionXid.isEmpty())
                    out << SlotFinding {S::Warning,
                        SlotText::tr(
                            "Transaction of %1 has been open for %2 and holds xid %3: logical decoding "
                            "keeps the WAL from its first change on, and VACUUM cannot remove rows "
                            "deleted after it began, until it ends")
                            .arg(who, formatDuration(*h.ageSeconds), h.transactionXid)};
                else
                    out << SlotFinding {S::Warning,
                        SlotText::tr(
                            "Transaction of %1 has been open for %2 and holds xmin %3: VACUUM cannot "
                            "remove rows deleted after that snapshot")
                            .arg(who, formatDuration(*h.ageSeconds), h.xid)};
            }
            break;
        case XminHolder::Kind::PreparedTransaction:
            out << SlotFinding {
                h.ageSeconds && *h.ageSeconds >= kLongTransactionSeconds ? S::Warning : S::Info,
                SlotText::tr(
                    "Prepared transaction '%1' (owner %2) has been prepared for %3 and holds xid %4 until "
                    "COMMIT PREPARED or ROLLBACK PREPARED")
                    .arg(h.name, h.user, formatDuration(h.ageSeconds.value_or(0)), h.xid)};
            break;
        case XminHolder::Kind::StandbyFeedback:
            out << SlotFinding {S::Info,
                SlotText::tr(
                    "Standby \"%1\" (walsender pid %2) holds xmin %3 (age %4) through hot_standby_feedback")
                    .arg(h.name)
                    .arg(h.pid)
                    .arg(h.xid)
                    .arg(h.xidAge)};
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
        const XminHolder &oldest = mine ? *mine : d.holders.first();
        if (mine)
            out << SlotFinding {S::Info,
                SlotText::tr(
                    "This slot holds the oldest horizon in the cluster: its %1 %2 (age %3); VACUUM%4 cannot "
                    "remove rows deleted after it until the consumer confirms further")
                    .arg(oldest.column, oldest.xid)
                    .arg(oldest.xidAge)
                    .arg(oldest.column == u"catalog_xmin" ? SlotText::tr(" of the system catalogs")
                                                          : QString())};
        else {
            QString who = holderKindName(oldest.kind);
            if (oldest.pid)
                who += SlotText::tr(" pid %1").arg(oldest.pid);
            if (!oldest.name.isEmpty())
                who += QStringLiteral(" \"%1\"").arg(oldest.name);
            if (oldest.kind == XminHolder::Kind::Slot)
                who += SlotText::tr(" (another slot)");
            out << SlotFinding {S::Info,
                SlotText::tr("The oldest horizon in the cluster is held by %1: its %2 %3 (age %4)")
                    .arg(who, oldest.column, oldest.xid)
                    .arg(oldest.xidAge)};
        }
    }

    if (d.stats && d.stats->spillTxns > 0)
        out << SlotFinding {S::Info,
            SlotText::tr(
                "Decoding spilled %1 transactions (%2) to disk since the statistics were reset: they were "
                "larger than logical_decoding_work_mem, which slows decoding")
                .arg(d.stats->spillTxns)
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
    m_pending.insert(id,
        Pending {tr("Connecting"),
            [this](const QueryResult &r) {
                m_connecting = false;
                m_serverVersionNum = r.value(0, QStringLiteral("server_version_num")).toInt();
                const QList<Deferred> waiting = std::exchange(m_deferred, {});
                if (m_serverVersionNum <= 0) {
                    for (const Deferred &d : waiting)
                        emit failed(tr("%1 failed: the server did not report its version").arg(d.what));
                    return;
                }
                for (const Deferred &d : waiting)
                    d.run();
            },
            std::make_shared<bool>(false), true});
}

void SlotAdmin::whenReady(const QString &what, std::function<void()> start)
{
    if (isReady()) {
        start();
        return;
    }
    if (!m_params) {
        emit failed(tr("%1 failed: not connected").arg(what));
        return;
    }
    m_deferred << Deferred {what, std::move(start)};
    if (!m_connecting)
        startConnection();
}

void SlotAdmin::send(const QString &what, const QString &sql, std::shared_ptr<bool> reported,
    std::function<void(const QueryResult &)> done)
{
    const quint64 id = m_conn->query(sql);
    m_pending.insert(id, Pending {what, std::move(done), std::move(reported)});
}

void SlotAdmin::failOperation(const QString &what, const QString &why, const std::shared_ptr<bool> &reported)
{
    if (reported && *reported)
        return;
    if (reported)
        *reported = true;
    emit failed(tr("%1 failed: %2").arg(what, why));
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
                emit failed(tr("%1 failed: %2").arg(d.what, why));
            return;
        }
        failOperation(p.what, why, p.reported);
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
            failOperation(p.what, why, p.reported);
    for (const Deferred &d : waiting)
        emit failed(tr("%1 failed: %2").arg(d.what, why));
}

void SlotAdmin::refresh()
{
    const QString what = tr("Refreshing the slot list");
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

void SlotAdmin::runSimple(
    const QString &what, std::optional<QString> sql, const QString &sqlError, const QString &successMessage)
{
    if (!sql) {
        emit failed(tr("%1 failed: %2").arg(what, sqlError));
        return;
    }
    send(what, *sql, std::make_shared<bool>(false), [this, successMessage](const QueryResult &r) {
        const QString lsn = r.value(0, QStringLiteral("lsn"));
        emit operationFinished(lsn.isEmpty() ? successMessage : tr("%1 at %2").arg(successMessage, lsn));
    });
}

void SlotAdmin::createSlot(const QString &name, const QString &plugin, bool twoPhase)
{
    const QString what = tr("Creating slot \"%1\"").arg(name);
    whenReady(what, [this, what, name, plugin, twoPhase] {
        QString error;
        const auto sql = slotadmin::createSlotSql(name, plugin, twoPhase, m_serverVersionNum, &error);
        runSimple(what, sql, error, tr("Created slot \"%1\" (%2)").arg(name, plugin));
    });
}

void SlotAdmin::dropSlot(const QString &name)
{
    const QString what = tr("Dropping slot \"%1\"").arg(name);
    whenReady(what, [this, what, name] {
        QString error;
        const auto sql = slotadmin::dropSlotSql(name, &error);
        runSimple(what, sql, error, tr("Dropped slot \"%1\"").arg(name));
    });
}

void SlotAdmin::copySlot(const QString &source, const QString &newName, bool temporary)
{
    const QString what = tr("Copying slot \"%1\" to \"%2\"").arg(source, newName);
    whenReady(what, [this, what, source, newName, temporary] {
        QString error;
        const auto sql = slotadmin::copySlotSql(source, newName, temporary, &error);
        runSimple(what, sql, error,
            temporary ? tr("Copied slot \"%1\" to the temporary slot \"%2\"").arg(source, newName)
                      : tr("Copied slot \"%1\" to \"%2\"").arg(source, newName));
    });
}

void SlotAdmin::diagnose(const QString &slotName)
{
    const QString what = tr("Diagnosing slot \"%1\"").arg(slotName);
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
                emit failed(tr("%1 failed: %2").arg(what, error));
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
