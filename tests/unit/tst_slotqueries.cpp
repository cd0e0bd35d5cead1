// SlotAdmin's SQL and parsing without a server: literal quoting of hostile
// names, the statements per server version, diagnosis built from hand-made
// results in the column sets of PostgreSQL 14, 15 and 17, and the findings.
#include "session/SlotAdmin.h"
#include "wire/Units.h"

#include <QTranslator>
#include <QtTest>

using namespace pgrepl;
namespace sa = pgrepl::slotadmin;

namespace {

// "\\N" stands for NULL, as in COPY.
const QString kNull = QStringLiteral("\\N");

QueryResult makeResult(const QStringList &columns, const QList<QStringList> &rows)
{
    QueryResult r;
    r.ok = true;
    for (const QString &c : columns) {
        RowDescriptionField f;
        f.name = c;
        r.fields << f;
    }
    for (const QStringList &row : rows) {
        DataRow d;
        for (const QString &v : row)
            d << (v == kNull ? std::optional<QByteArray>() : std::optional<QByteArray>(v.toUtf8()));
        r.rows << d;
    }
    return r;
}

QStringList slotColumns(int version)
{
    QStringList c = {QStringLiteral("slot_name"), QStringLiteral("plugin"), QStringLiteral("slot_type"),
        QStringLiteral("datoid"), QStringLiteral("database"), QStringLiteral("temporary"),
        QStringLiteral("active"), QStringLiteral("active_pid"), QStringLiteral("xmin"),
        QStringLiteral("catalog_xmin"), QStringLiteral("restart_lsn"), QStringLiteral("confirmed_flush_lsn"),
        QStringLiteral("wal_status"), QStringLiteral("safe_wal_size"), QStringLiteral("two_phase")};
    if (version >= 160000)
        c << QStringLiteral("conflicting");
    if (version >= 170000)
        c = c.mid(0, 15)
            + QStringList {QStringLiteral("inactive_since"), QStringLiteral("conflicting"),
                QStringLiteral("invalidation_reason"), QStringLiteral("failover"), QStringLiteral("synced")};
    c << QStringLiteral("pgrepl_retained_bytes") << QStringLiteral("pgrepl_current_lsn")
      << QStringLiteral("pgrepl_xmin_age") << QStringLiteral("pgrepl_catalog_xmin_age")
      << QStringLiteral("pgrepl_inactive_seconds");
    return c;
}

// One slot row in the column set of the version. The per-version extras
// come last in extras (for 16: conflicting; for 17: inactive_since,
// conflicting, invalidation_reason, failover, synced).
struct SlotRow
{
    QString name = QStringLiteral("sub1");
    bool active = false;
    int activePid = 0;
    QString catalogXmin = QStringLiteral("750");
    QString restartLsn = QStringLiteral("0/1000000");
    QString confirmedLsn = QStringLiteral("0/1000100");
    QString walStatus = QStringLiteral("reserved");
    QString safeWalSize = kNull;
    QString retained = QStringLiteral("4096");
    QString currentLsn = QStringLiteral("0/1001000");
    QString catalogAge = QStringLiteral("100");
    QString inactiveSeconds = kNull;
    QStringList extras;

    QStringList cells() const
    {
        QStringList c = {name, QStringLiteral("pgoutput"), QStringLiteral("logical"), QStringLiteral("16384"),
            QStringLiteral("app"), QStringLiteral("f"), active ? QStringLiteral("t") : QStringLiteral("f"),
            activePid ? QString::number(activePid) : kNull, kNull, catalogXmin, restartLsn, confirmedLsn,
            walStatus, safeWalSize, QStringLiteral("f")};
        c << extras;
        c << retained << currentLsn << kNull << catalogAge << inactiveSeconds;
        return c;
    }
};

QStringList seventeenExtras(const QString &reason = kNull)
{
    return {QStringLiteral("2026-11-27 10:00:00+00"), QStringLiteral("f"), reason, QStringLiteral("f"),
        QStringLiteral("f")};
}

const QStringList kReplicationColumns = {QStringLiteral("pid"), QStringLiteral("usename"),
    QStringLiteral("application_name"), QStringLiteral("client_addr"), QStringLiteral("state"),
    QStringLiteral("sync_state"), QStringLiteral("backend_xmin"), QStringLiteral("xmin_age"),
    QStringLiteral("sent_lsn"), QStringLiteral("write_lsn"), QStringLiteral("flush_lsn"),
    QStringLiteral("replay_lsn"), QStringLiteral("write_lag_seconds"), QStringLiteral("flush_lag_seconds"),
    QStringLiteral("replay_lag_seconds")};

const QStringList kStatsColumns = {QStringLiteral("slot_name"), QStringLiteral("spill_txns"),
    QStringLiteral("spill_count"), QStringLiteral("spill_bytes"), QStringLiteral("stream_txns"),
    QStringLiteral("stream_count"), QStringLiteral("stream_bytes"), QStringLiteral("total_txns"),
    QStringLiteral("total_bytes"), QStringLiteral("stats_reset")};

const QStringList kActivityColumns
    = {QStringLiteral("pid"), QStringLiteral("usename"), QStringLiteral("application_name"),
        QStringLiteral("datname"), QStringLiteral("state"), QStringLiteral("backend_type"),
        QStringLiteral("backend_xid"), QStringLiteral("backend_xmin"), QStringLiteral("xid_age"),
        QStringLiteral("xmin_age"), QStringLiteral("xact_seconds"), QStringLiteral("query")};

const QStringList kPreparedColumns
    = {QStringLiteral("transaction"), QStringLiteral("gid"), QStringLiteral("owner"),
        QStringLiteral("database"), QStringLiteral("xid_age"), QStringLiteral("prepared_seconds")};

sa::DiagnosisInput emptyInput(int version, const QList<SlotRow> &slotRows)
{
    sa::DiagnosisInput in;
    in.slotName = QStringLiteral("sub1");
    in.serverVersionNum = version;
    QList<QStringList> rows;
    for (const SlotRow &s : slotRows)
        rows << s.cells();
    in.slotRows = makeResult(slotColumns(version), rows);
    in.replication = makeResult(kReplicationColumns, {});
    if (version >= 140000)
        in.stats = makeResult(kStatsColumns, {});
    in.activity = makeResult(kActivityColumns, {});
    in.prepared = makeResult(kPreparedColumns, {});
    return in;
}

bool hasFinding(const SlotDiagnosis &d, const QString &fragment, SlotFinding::Severity severity)
{
    for (const SlotFinding &f : d.findings)
        if (f.text.contains(fragment) && f.severity == severity)
            return true;
    return false;
}

QString allFindings(const SlotDiagnosis &d)
{
    QStringList t;
    for (const SlotFinding &f : d.findings)
        t << f.text;
    return t.join(u'\n');
}

// Stands in for the English .qm (whose plural forms come with the next
// lupdate): in a source with "(s)" asked for with a count, "(s)" becomes
// nothing for one and "s" otherwise. Without a count it leaves the text to
// the source, so a tr() that forgot its count keeps "(s)" and fails.
class EnglishPlurals final : public QTranslator
{
public:
    QString translate(
        const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        Q_UNUSED(context);
        Q_UNUSED(disambiguation);
        const QString source = QString::fromUtf8(sourceText);
        if (n < 0 || !source.contains(u"(s)"))
            return {};
        return QString(source).replace(QStringLiteral("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    }
    bool isEmpty() const override { return false; }
};

// The decoding statistics row of slot sub1 with spill_txns and spill_bytes.
QueryResult spillStats(const QString &spillTxns, const QString &spillBytes)
{
    return makeResult(kStatsColumns,
        {{QStringLiteral("sub1"), spillTxns, QStringLiteral("5"), spillBytes, QStringLiteral("0"),
            QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("40"), QStringLiteral("9000"), kNull}});
}

} // namespace

class TestSlotQueries : public QObject
{
    Q_OBJECT

private slots:
    void quoteLiteral_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("plain") << QStringLiteral("sub_1") << QStringLiteral("'sub_1'");
        QTest::newRow("empty") << QString() << QStringLiteral("''");
        QTest::newRow("quote") << QStringLiteral("a'b") << QStringLiteral("'a''b'");
        QTest::newRow("injection") << QStringLiteral("x'); DROP TABLE t; --")
                                   << QStringLiteral("'x''); DROP TABLE t; --'");
        QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral(" E'a\\\\b'");
        // With standard_conforming_strings off, \' would end a plain literal.
        QTest::newRow("backslash quote")
            << QStringLiteral("\\'); DROP TABLE t; --") << QStringLiteral(" E'\\\\''); DROP TABLE t; --'");
        QTest::newRow("unicode") << QStringLiteral("sl\u00f8t") << QStringLiteral("'sl\u00f8t'");
    }
    void quoteLiteral()
    {
        QFETCH(QString, text);
        QFETCH(QString, quoted);
        QString error;
        const auto q = sa::quoteLiteral(text, &error);
        QVERIFY2(q, qPrintable(error));
        QCOMPARE(*q, quoted);
    }

    void quoteLiteralRejectsNul()
    {
        QString error;
        QVERIFY(!sa::quoteLiteral(QStringLiteral("a") + QChar(u'\0') + QStringLiteral("b"), &error));
        QVERIFY2(error.contains(QStringLiteral("NUL")), qPrintable(error));
        QVERIFY(!sa::dropSlotSql(QString(QChar(u'\0')), &error));
    }

    void createSlotSql_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("twoPhase");
        QTest::addColumn<int>("version");
        QTest::addColumn<QString>("sql");
        QTest::newRow("13")
            << QStringLiteral("s") << false << 130000
            << QStringLiteral(
                   "SELECT slot_name, lsn FROM pg_create_logical_replication_slot('s', 'pgoutput', false)");
        QTest::newRow("14 two-phase off stated") << QStringLiteral("s") << false << 140000
                                                 << QStringLiteral("SELECT slot_name, lsn FROM "
                                                                   "pg_create_logical_replication_slot('s', "
                                                                   "'pgoutput', false, false)");
        QTest::newRow("17 two-phase on")
            << QStringLiteral("s") << true << 170000
            << QStringLiteral("SELECT slot_name, lsn FROM "
                              "pg_create_logical_replication_slot('s', 'pgoutput', "
                              "false, true)");
        QTest::newRow("hostile") << QStringLiteral("x', 'test_decoding') --") << false << 150000
                                 << QStringLiteral(
                                        "SELECT slot_name, lsn FROM pg_create_logical_replication_slot("
                                        "'x'', ''test_decoding'') --', 'pgoutput', false, false)");
    }
    void createSlotSql()
    {
        QFETCH(QString, name);
        QFETCH(bool, twoPhase);
        QFETCH(int, version);
        QFETCH(QString, sql);
        QString error;
        const auto s = sa::createSlotSql(name, QStringLiteral("pgoutput"), twoPhase, version, &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(*s, sql);
    }

    void createSlotSqlRefuses()
    {
        QString error;
        QVERIFY(!sa::createSlotSql(QStringLiteral("s"), QStringLiteral("pgoutput"), true, 130000, &error));
        QVERIFY2(error.contains(QStringLiteral("14")), qPrintable(error));
        QVERIFY(!sa::createSlotSql(QString(), QStringLiteral("pgoutput"), false, 150000, &error));
        QVERIFY2(error.contains(QStringLiteral("empty")), qPrintable(error));
        QVERIFY(!sa::createSlotSql(QStringLiteral("s"), QString(), false, 150000, &error));
        QVERIFY2(error.contains(QStringLiteral("plugin")), qPrintable(error));
    }

    void dropAndCopySql()
    {
        QString error;
        QCOMPARE(*sa::dropSlotSql(QStringLiteral("a'b"), &error),
            QStringLiteral("SELECT pg_drop_replication_slot('a''b')"));
        QCOMPARE(*sa::copySlotSql(QStringLiteral("src"), QStringLiteral("d'st"), true, &error),
            QStringLiteral(
                "SELECT slot_name, lsn FROM pg_copy_logical_replication_slot('src', 'd''st', true)"));
        QCOMPARE(*sa::copySlotSql(QStringLiteral("s\\rc"), QStringLiteral("dst"), false, &error),
            QStringLiteral(
                "SELECT slot_name, lsn FROM pg_copy_logical_replication_slot( E's\\\\rc', 'dst', false)"));
        QVERIFY(!sa::copySlotSql(QStringLiteral("src"), QString(), false, &error));
        QCOMPARE(*sa::decodingStatsQuery(QStringLiteral("a'b"), &error),
            QStringLiteral("SELECT * FROM pg_stat_replication_slots WHERE slot_name = 'a''b'"));
    }

    void versionedSlotsQuery()
    {
        QVERIFY(sa::diagnosisSlotsQuery(170000).contains(QStringLiteral("s.inactive_since")));
        QVERIFY(!sa::diagnosisSlotsQuery(160000).contains(QStringLiteral("inactive_since")));
        QVERIFY(sa::diagnosisSlotsQuery(140000).contains(QStringLiteral("pgrepl_inactive_seconds")));
    }

    void maxSlotWalKeepSize_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<QString>("errorFragment");
        QTest::newRow("unlimited") << QStringLiteral("-1") << qint64(-1) << QString();
        QTest::newRow("10GB") << QStringLiteral("10737418240") << qint64(10737418240) << QString();
        QTest::newRow("not a number") << QStringLiteral("ten") << qint64(0) << QStringLiteral("\"ten\"");
        QTest::newRow("below -1") << QStringLiteral("-2") << qint64(0) << QStringLiteral("not a size");
        QTest::newRow("null") << kNull << qint64(0) << QStringLiteral("not a size");
    }
    void maxSlotWalKeepSize()
    {
        QFETCH(QString, cell);
        QFETCH(qint64, bytes);
        QFETCH(QString, errorFragment);
        QString error;
        const auto v = sa::parseMaxSlotWalKeepSize(makeResult({QStringLiteral("bytes")}, {{cell}}), &error);
        if (errorFragment.isEmpty()) {
            QVERIFY2(v, qPrintable(error));
            QCOMPARE(*v, bytes);
        } else {
            QVERIFY(!v);
            QVERIFY2(error.contains(errorFragment), qPrintable(error));
        }
    }

    void maxSlotWalKeepSizeShape()
    {
        QString error;
        QVERIFY(!sa::parseMaxSlotWalKeepSize(makeResult({QStringLiteral("bytes")}, {}), &error));
        QVERIFY2(error.contains(QStringLiteral("one row")), qPrintable(error));
        // The count is substituted (a plural form: "%n row(s)").
        QVERIFY2(error.contains(QStringLiteral("got 0 row(s)")), qPrintable(error));
        QVERIFY(!sa::parseMaxSlotWalKeepSize(
            makeResult({QStringLiteral("setting")}, {{QStringLiteral("1")}}), &error));
        QVERIFY2(error.contains(QStringLiteral("\"bytes\"")), qPrintable(error));
    }

    void largeRetainedThreshold_data()
    {
        QTest::addColumn<qint64>("keep");
        QTest::addColumn<qint64>("threshold");
        QTest::newRow("unlimited") << qint64(-1) << (qint64(1) << 30);
        QTest::newRow("zero keeps nothing: 1 GiB") << qint64(0) << (qint64(1) << 30);
        QTest::newRow("half of 1 GiB") << (qint64(1) << 30) << (qint64(1) << 29);
        QTest::newRow("half of 100 GiB") << (qint64(100) << 30) << (qint64(50) << 30);
    }
    void largeRetainedThreshold()
    {
        QFETCH(qint64, keep);
        QFETCH(qint64, threshold);
        QCOMPARE(sa::largeRetainedThreshold(keep), threshold);
    }

    // The same inactive slot in each version's column set: parsed, with the
    // server's own extra columns kept and ours dropped.
    void diagnosisPerVersion_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<QStringList>("extras");
        QTest::addColumn<QString>("inactiveSeconds");
        QTest::addColumn<bool>("hasStats");
        QTest::newRow("14") << 140000 << QStringList() << kNull << true;
        QTest::newRow("15") << 150000 << QStringList() << kNull << true;
        QTest::newRow("16") << 160000 << QStringList {QStringLiteral("f")} << kNull << true;
        QTest::newRow("17") << 170000 << seventeenExtras() << QStringLiteral("7200") << true;
    }
    void diagnosisPerVersion()
    {
        QFETCH(int, version);
        QFETCH(QStringList, extras);
        QFETCH(QString, inactiveSeconds);
        QFETCH(bool, hasStats);
        SlotRow s;
        s.extras = extras;
        s.inactiveSeconds = inactiveSeconds;
        sa::DiagnosisInput in = emptyInput(version, {s});
        in.stats = spillStats(QStringLiteral("3"), QStringLiteral("1048576"));
        QString error;
        const auto d = sa::buildDiagnosis(in, &error);
        QVERIFY2(d, qPrintable(error));
        QCOMPARE(d->slot.name, QStringLiteral("sub1"));
        QCOMPARE(d->slot.restartLsn, Lsn(0x1000000));
        QCOMPARE(d->currentWalLsn, Lsn(0x1001000));
        QCOMPARE(d->catalogXminAge, std::optional<qint64>(100));
        QCOMPARE(d->slot.columns.size(), 15 + extras.size());
        for (const auto &c : d->slot.columns)
            QVERIFY2(!c.first.startsWith(QStringLiteral("pgrepl_")), qPrintable(c.first));
        QCOMPARE(d->stats.has_value(), hasStats);
        QCOMPARE(d->stats->spillTxns, qint64(3));
        QCOMPARE(d->stats->spillBytes, qint64(1048576));
        QCOMPARE(d->stats->totalBytes, qint64(9000));
        QVERIFY(d->stats->statsReset.isEmpty());
        QVERIFY2(hasFinding(*d, QStringLiteral("Slot is inactive: nothing reads it"),
                     SlotFinding::Severity::Warning),
            qPrintable(allFindings(*d)));
        // No translator: the source text, with the count substituted.
        QVERIFY2(
            hasFinding(*d, QStringLiteral("spilled 3 transaction(s) (1.0 MiB)"), SlotFinding::Severity::Info),
            qPrintable(allFindings(*d)));
        if (version >= 170000) {
            QCOMPARE(d->inactiveSeconds, std::optional<qint64>(7200));
            QVERIFY2(
                hasFinding(*d, QStringLiteral("(inactive for 2 h 00 min)"), SlotFinding::Severity::Warning),
                qPrintable(allFindings(*d)));
        } else {
            QVERIFY(!d->inactiveSeconds);
        }
    }

    void diagnosisWithoutStatsBefore14()
    {
        sa::DiagnosisInput in = emptyInput(130000, {SlotRow {}});
        QString error;
        const auto d = sa::buildDiagnosis(in, &error);
        QVERIFY2(d, qPrintable(error));
        QVERIFY(!d->stats);
    }

    void consumerAndHoldersSorted()
    {
        SlotRow target;
        target.active = true;
        target.activePid = 4242;
        target.catalogAge = QStringLiteral("100");
        SlotRow other;
        other.name = QStringLiteral("other");
        other.catalogXmin = QStringLiteral("600");
        other.catalogAge = QStringLiteral("700");
        sa::DiagnosisInput in = emptyInput(150000, {other, target});
        in.replication = makeResult(kReplicationColumns,
            {{QStringLiteral("4242"), QStringLiteral("rep"), QStringLiteral("sub1"),
                 QStringLiteral("10.0.0.7"), QStringLiteral("streaming"), QStringLiteral("async"), kNull,
                 kNull, QStringLiteral("0/1001000"), QStringLiteral("0/1000F00"), QStringLiteral("0/1000E00"),
                 QStringLiteral("0/1000E00"), QStringLiteral("0.25"), QStringLiteral("1.5"), kNull},
                {QStringLiteral("5000"), QStringLiteral("rep"), QStringLiteral("standby1"),
                    QStringLiteral("10.0.0.8"), QStringLiteral("streaming"), QStringLiteral("async"),
                    QStringLiteral("1000"), QStringLiteral("300"), QStringLiteral("0/1001000"),
                    QStringLiteral("0/1001000"), QStringLiteral("0/1001000"), QStringLiteral("0/1001000"),
                    kNull, kNull, kNull}});
        in.activity = makeResult(kActivityColumns,
            {{QStringLiteral("77"), QStringLiteral("alice"), QStringLiteral("psql"), QStringLiteral("app"),
                 QStringLiteral("idle in transaction"), QStringLiteral("client backend"),
                 QStringLiteral("800"), QStringLiteral("790"), QStringLiteral("500"), QStringLiteral("510"),
                 QStringLiteral("7200"), QStringLiteral("SELECT 1")},
                {QStringLiteral("78"), QStringLiteral("bob"), QStringLiteral("report"), QStringLiteral("app"),
                    QStringLiteral("active"), QStringLiteral("client backend"), kNull, QStringLiteral("1250"),
                    kNull, QStringLiteral("50"), QStringLiteral("600"),
                    QStringLiteral("SELECT count(*) FROM t")},
                {QStringLiteral("81"), QStringLiteral("erin"), QStringLiteral("quick"), QStringLiteral("app"),
                    QStringLiteral("active"), QStringLiteral("client backend"), kNull, QStringLiteral("1280"),
                    kNull, QStringLiteral("20"), QStringLiteral("30"), QStringLiteral("SELECT 2")},
                {QStringLiteral("79"), kNull, kNull, kNull, kNull, QStringLiteral("checkpointer"), kNull,
                    kNull, kNull, kNull, kNull, QString()}});
        in.prepared = makeResult(kPreparedColumns,
            {{QStringLiteral("400"), QStringLiteral("gid'1"), QStringLiteral("carol"), QStringLiteral("app"),
                QStringLiteral("900"), QStringLiteral("90000")}});
        QString error;
        const auto d = sa::buildDiagnosis(in, &error);
        QVERIFY2(d, qPrintable(error));

        QVERIFY(d->consumer);
        QCOMPARE(d->consumer->pid, 4242);
        QCOMPARE(d->consumer->applicationName, QStringLiteral("sub1"));
        QCOMPARE(d->consumer->clientAddr, QStringLiteral("10.0.0.7"));
        QCOMPARE(d->consumer->flushLsn, Lsn(0x1000E00));
        QCOMPARE(d->consumer->writeLagSeconds, std::optional<double>(0.25));
        QCOMPARE(d->consumer->flushLagSeconds, std::optional<double>(1.5));
        QVERIFY(!d->consumer->replayLagSeconds);

        // Oldest first: prepared 900, other slot 700, pid 77 (xmin 510 is
        // older than its xid 500), standby 300, this slot 100, pid 78 50, pid 81 20.
        QList<qint64> ages;
        QStringList who;
        for (const XminHolder &h : d->holders) {
            ages << h.xidAge;
            who << h.name;
        }
        QCOMPARE(ages, (QList<qint64> {900, 700, 510, 300, 100, 50, 20}));
        QCOMPARE(who,
            (QStringList {QStringLiteral("gid'1"), QStringLiteral("other"), QStringLiteral("psql"),
                QStringLiteral("standby1"), QStringLiteral("sub1"), QStringLiteral("report"),
                QStringLiteral("quick")}));
        QCOMPARE(d->holders[0].kind, XminHolder::Kind::PreparedTransaction);
        QCOMPARE(d->holders[1].kind, XminHolder::Kind::Slot);
        QCOMPARE(d->holders[1].column, QStringLiteral("catalog_xmin"));
        QCOMPARE(d->holders[2].column, QStringLiteral("backend_xmin"));
        QCOMPARE(d->holders[2].xid, QStringLiteral("790"));
        QCOMPARE(d->holders[2].ageSeconds, std::optional<qint64>(7200));
        QCOMPARE(d->holders[2].transactionXid, QStringLiteral("800"));
        QVERIFY(d->holders[5].transactionXid.isEmpty());
        QCOMPARE(d->holders[3].kind, XminHolder::Kind::StandbyFeedback);

        const QString text = allFindings(*d);
        QVERIFY2(
            hasFinding(*d, QStringLiteral("Read by \"sub1\" (walsender pid 4242, 10.0.0.7, state streaming)"),
                SlotFinding::Severity::Info),
            qPrintable(text));
        QVERIFY2(hasFinding(*d,
                     QStringLiteral("Transaction of pid 77 (user alice, application \"psql\", idle in "
                                    "transaction) has been open for 2 h 00 min and holds xid 800"),
                     SlotFinding::Severity::Warning),
            qPrintable(text));
        QVERIFY2(
            hasFinding(*d,
                QStringLiteral("Transaction of pid 78 (user bob, application \"report\", active) has been "
                               "open for 10 min 00 s and holds xmin 1250: VACUUM"),
                SlotFinding::Severity::Warning),
            qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("pid 81")), qPrintable(text)); // 30 s is not long
        QVERIFY2(
            hasFinding(*d,
                QStringLiteral("Prepared transaction 'gid'1' (owner carol) has been prepared for 1 d 01 h"),
                SlotFinding::Severity::Warning),
            qPrintable(text));
        QVERIFY2(hasFinding(*d, QStringLiteral("Standby \"standby1\" (walsender pid 5000) holds xmin 1000"),
                     SlotFinding::Severity::Info),
            qPrintable(text));
        QVERIFY2(hasFinding(*d,
                     QStringLiteral("The oldest horizon in the cluster is held by prepared transaction "
                                    "\"gid'1\": its xid 400 (age 900)"),
                     SlotFinding::Severity::Info),
            qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("Nothing holds")), qPrintable(text));
    }

    void activeBySqlFunctions()
    {
        SlotRow s;
        s.active = true;
        s.activePid = 91;
        sa::DiagnosisInput in = emptyInput(150000, {s});
        in.activity = makeResult(kActivityColumns,
            {{QStringLiteral("91"), QStringLiteral("alice"), QStringLiteral("psql"), QStringLiteral("app"),
                QStringLiteral("active"), QStringLiteral("client backend"), kNull, kNull, kNull, kNull, kNull,
                QStringLiteral("SELECT * FROM pg_logical_slot_get_changes('sub1', NULL, NULL)")}});
        QString error;
        const auto d = sa::buildDiagnosis(in, &error);
        QVERIFY2(d, qPrintable(error));
        QVERIFY(!d->consumer);
        QVERIFY(d->activeBackendDescription.contains(QStringLiteral("pg_logical_slot_get_changes")));
        QVERIFY2(
            hasFinding(*d, QStringLiteral("has no pg_stat_replication row"), SlotFinding::Severity::Info),
            qPrintable(allFindings(*d)));
        QVERIFY2(
            hasFinding(*d,
                QStringLiteral("This slot holds the oldest horizon in the cluster: its catalog_xmin 750"),
                SlotFinding::Severity::Info),
            qPrintable(allFindings(*d)));
        QVERIFY2(hasFinding(*d, QStringLiteral("Nothing holds this slot back"), SlotFinding::Severity::Info),
            qPrintable(allFindings(*d)));
    }

    // In a quiet cluster several slots share the oldest catalog_xmin.
    void tieForOldestHorizonNamesThisSlot()
    {
        SlotRow other;
        other.name = QStringLiteral("aaa_first");
        other.catalogAge = QStringLiteral("0");
        SlotRow target;
        target.catalogAge = QStringLiteral("0");
        QString error;
        const auto d = sa::buildDiagnosis(emptyInput(150000, {other, target}), &error);
        QVERIFY2(d, qPrintable(error));
        QCOMPARE(d->holders.size(), 2);
        QVERIFY2(hasFinding(*d,
                     QStringLiteral("This slot holds the oldest horizon in the cluster: its catalog_xmin"),
                     SlotFinding::Severity::Info),
            qPrintable(allFindings(*d)));
        QVERIFY(!allFindings(*d).contains(QStringLiteral("another slot")));
    }

    void walStatusFindings_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<QString>("walStatus");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("fragment");
        QTest::addColumn<int>("severity");
        const int critical = static_cast<int>(SlotFinding::Severity::Critical);
        const int warning = static_cast<int>(SlotFinding::Severity::Warning);
        QTest::newRow("lost 15") << 150000 << QStringLiteral("lost") << kNull
                                 << QStringLiteral(
                                        "wal_status is 'lost': the WAL this slot needs was removed; the "
                                        "slot can no longer be used")
                                 << critical;
        QTest::newRow("lost 17 with reason")
            << 170000 << QStringLiteral("lost") << QStringLiteral("wal_removed")
            << QStringLiteral("wal_status is 'lost' (invalidation_reason: "
                              "wal_removed)")
            << critical;
        QTest::newRow("unreserved") << 150000 << QStringLiteral("unreserved") << kNull
                                    << QStringLiteral("wal_status is 'unreserved'") << critical;
        QTest::newRow("extended") << 140000 << QStringLiteral("extended") << kNull
                                  << QStringLiteral("wal_status is 'extended'") << warning;
    }
    void walStatusFindings()
    {
        QFETCH(int, version);
        QFETCH(QString, walStatus);
        QFETCH(QString, reason);
        QFETCH(QString, fragment);
        QFETCH(int, severity);
        SlotRow s;
        s.walStatus = walStatus;
        if (version >= 170000)
            s.extras = seventeenExtras(reason);
        QString error;
        const auto d = sa::buildDiagnosis(emptyInput(version, {s}), &error);
        QVERIFY2(d, qPrintable(error));
        QVERIFY2(hasFinding(*d, fragment, static_cast<SlotFinding::Severity>(severity)),
            qPrintable(allFindings(*d)));
    }

    void retainedAndLagFindings()
    {
        SlotRow s;
        s.active = true;
        s.activePid = 10;
        s.restartLsn = QStringLiteral("1/0");
        s.confirmedLsn = QStringLiteral("1/40000000"); // 1 GiB after restart_lsn
        s.retained = QString::number((qint64(3) << 30));
        s.currentLsn = QStringLiteral("1/C0000000");
        s.safeWalSize = QString::number(qint64(512) << 20);
        sa::DiagnosisInput in = emptyInput(150000, {s});
        in.maxSlotWalKeepSize = qint64(4) << 30;
        in.replication = makeResult(kReplicationColumns,
            {{QStringLiteral("10"), QStringLiteral("rep"), QStringLiteral("sub1"), kNull,
                QStringLiteral("catchup"), QStringLiteral("async"), kNull, kNull,
                QStringLiteral("1/80000000"), QStringLiteral("1/80000000"), QStringLiteral("1/40000000"),
                QStringLiteral("1/40000000"), kNull, kNull, kNull}});
        in.activity = makeResult(kActivityColumns,
            {{QStringLiteral("55"), QStringLiteral("dave"), QStringLiteral("etl"), QStringLiteral("app"),
                QStringLiteral("idle in transaction"), QStringLiteral("client backend"),
                QStringLiteral("9000"), QStringLiteral("9000"), QStringLiteral("40"), QStringLiteral("40"),
                QStringLiteral("3600"), QStringLiteral("UPDATE t SET v = 1")}});
        QString error;
        const auto d = sa::buildDiagnosis(in, &error);
        QVERIFY2(d, qPrintable(error));
        const QString text = allFindings(*d);
        using S = SlotFinding::Severity;
        QVERIFY2(
            hasFinding(*d, QStringLiteral("Read by \"sub1\" (walsender pid 10, local socket, state catchup)"),
                S::Info),
            qPrintable(text));
        QVERIFY2(hasFinding(*d, QStringLiteral("in state 'catchup', not streaming"), S::Warning),
            qPrintable(text));
        QVERIFY2(hasFinding(*d,
                     QStringLiteral("sent WAL up to 1/80000000, 1.0 GiB behind the current WAL position"),
                     S::Warning),
            qPrintable(text));
        QVERIFY2(hasFinding(*d, QStringLiteral("confirmed (flush) only up to 1/40000000, 1.0 GiB behind"),
                     S::Warning),
            qPrintable(text));
        QVERIFY2(hasFinding(*d, QStringLiteral("retains 3.0 GiB of WAL"), S::Warning), qPrintable(text));
        QVERIFY2(hasFinding(*d, QStringLiteral("512.0 MiB more and max_slot_wal_keep_size invalidates it"),
                     S::Warning),
            qPrintable(text));
        QVERIFY2(
            hasFinding(*d,
                QStringLiteral("restart_lsn is held 1.0 GiB behind confirmed_flush_lsn by the oldest running "
                               "transaction at the time of decoding"),
                S::Warning),
            qPrintable(text));
        QVERIFY2(hasFinding(*d, QStringLiteral("the oldest transaction with an xid now is pid 55 (xid 9000)"),
                     S::Warning),
            qPrintable(text));
        QVERIFY2(hasFinding(*d,
                     QStringLiteral("Transaction of pid 55 (user dave, application \"etl\", idle in "
                                    "transaction) has been open for 1 h 00 min and holds xid 9000"),
                     S::Warning),
            qPrintable(text));
    }

    void healthySlotSaysSo()
    {
        SlotRow s;
        s.active = true;
        s.activePid = 10;
        sa::DiagnosisInput in = emptyInput(150000, {s});
        in.replication = makeResult(kReplicationColumns,
            {{QStringLiteral("10"), QStringLiteral("rep"), QStringLiteral("sub1"), QStringLiteral("::1"),
                QStringLiteral("streaming"), QStringLiteral("async"), kNull, kNull,
                QStringLiteral("0/1001000"), QStringLiteral("0/1001000"), QStringLiteral("0/1001000"),
                QStringLiteral("0/1001000"), kNull, kNull, kNull}});
        QString error;
        const auto d = sa::buildDiagnosis(in, &error);
        QVERIFY2(d, qPrintable(error));
        for (const SlotFinding &f : d->findings)
            QVERIFY2(f.severity == SlotFinding::Severity::Info, qPrintable(f.text));
        QVERIFY(hasFinding(*d, QStringLiteral("Nothing holds this slot back"), SlotFinding::Severity::Info));
    }

    void diagnosisErrors_data()
    {
        QTest::addColumn<int>("breakWhat");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("no such slot") << 0 << QStringLiteral("no slot named \"sub1\"");
        QTest::newRow("missing column")
            << 1 << QStringLiteral("pg_stat_activity: the result has no column \"backend_xid\"");
        QTest::newRow("bad integer") << 2
                                     << QStringLiteral(
                                            "pg_prepared_xacts, row 0, column \"xid_age\": \"lots\"");
        QTest::newRow("bad lsn") << 3 << QStringLiteral("pg_stat_replication, row 0, column \"sent_lsn\"");
        QTest::newRow("bad stats")
            << 4 << QStringLiteral("pg_stat_replication_slots: the result has no column \"spill_txns\"");
    }
    void diagnosisErrors()
    {
        QFETCH(int, breakWhat);
        QFETCH(QString, fragment);
        SlotRow s;
        if (breakWhat == 0)
            s.name = QStringLiteral("someone_else");
        sa::DiagnosisInput in = emptyInput(150000, {s});
        if (breakWhat == 1) {
            QStringList columns = kActivityColumns;
            columns.removeAll(QStringLiteral("backend_xid"));
            in.activity = makeResult(columns, {});
        } else if (breakWhat == 2) {
            in.prepared = makeResult(kPreparedColumns,
                {{QStringLiteral("1"), QStringLiteral("g"), QStringLiteral("o"), QStringLiteral("d"),
                    QStringLiteral("lots"), QStringLiteral("1")}});
        } else if (breakWhat == 3) {
            in.replication = makeResult(kReplicationColumns,
                {{QStringLiteral("10"), QStringLiteral("rep"), QStringLiteral("x"), kNull,
                    QStringLiteral("streaming"), QStringLiteral("async"), kNull, kNull,
                    QStringLiteral("nowhere"), kNull, kNull, kNull, kNull, kNull, kNull}});
        } else if (breakWhat == 4) {
            in.stats = makeResult({QStringLiteral("slot_name")}, {{QStringLiteral("sub1")}});
        }
        QString error;
        QVERIFY(!sa::buildDiagnosis(in, &error));
        QVERIFY2(error.contains(fragment), qPrintable(error));
    }

    // The spill count goes through tr() with its number: one transaction,
    // two transactions, as the English plural forms say.
    void spillCountUsesPluralForms_data()
    {
        QTest::addColumn<QString>("spillTxns");
        QTest::addColumn<QString>("spillBytes");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("one") << QStringLiteral("1") << QStringLiteral("1048576")
                             << QStringLiteral("Decoding spilled 1 transaction (1.0 MiB) to disk");
        QTest::newRow("two") << QStringLiteral("2") << QStringLiteral("3145728")
                             << QStringLiteral("Decoding spilled 2 transactions (3.0 MiB) to disk");
        QTest::newRow("eleven") << QStringLiteral("11") << QStringLiteral("512")
                                << QStringLiteral("Decoding spilled 11 transactions (512 B) to disk");
    }
    void spillCountUsesPluralForms()
    {
        QFETCH(QString, spillTxns);
        QFETCH(QString, spillBytes);
        QFETCH(QString, fragment);
        EnglishPlurals plurals;
        QVERIFY(QCoreApplication::installTranslator(&plurals));
        sa::DiagnosisInput in = emptyInput(150000, {SlotRow {}});
        in.stats = spillStats(spillTxns, spillBytes);
        QString error;
        const auto d = sa::buildDiagnosis(in, &error);
        QCoreApplication::removeTranslator(&plurals);
        QVERIFY2(d, qPrintable(error));
        QVERIFY2(hasFinding(*d, fragment, SlotFinding::Severity::Info), qPrintable(allFindings(*d)));
        QVERIFY2(!allFindings(*d).contains(QStringLiteral("%n")), qPrintable(allFindings(*d)));
    }

    // A slot held by a process that is not a walsender: the same facts in
    // the finding and in the description the dialog shows.
    void heldByBackend_data()
    {
        QTest::addColumn<bool>("visible");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("finding");
        QTest::addColumn<QString>("description");
        QTest::newRow("with state")
            << true << QStringLiteral("active")
            << QStringLiteral(
                   "The slot is held by pid 91 (client backend, application \"psql\", state active), "
                   "which has no pg_stat_replication row: a backend using the SQL decoding "
                   "functions, or a walsender that is still starting. Its query: SELECT 1")
            << QStringLiteral("pid 91 (client backend, application \"psql\", state active): SELECT 1");
        QTest::newRow("state unknown")
            << true << kNull
            << QStringLiteral("The slot is held by pid 91 (client backend, application \"psql\", state "
                              "unknown), which has no pg_stat_replication row")
            << QStringLiteral("pid 91 (client backend, application \"psql\", state unknown): SELECT 1");
        QTest::newRow("not in pg_stat_activity")
            << false << QString()
            << QStringLiteral(
                   "The slot is held by pid 91, which is not visible in pg_stat_activity and has no "
                   "pg_stat_replication row")
            << QStringLiteral("pid 91 (not visible in pg_stat_activity)");
    }
    void heldByBackend()
    {
        QFETCH(bool, visible);
        QFETCH(QString, state);
        QFETCH(QString, finding);
        QFETCH(QString, description);
        SlotRow s;
        s.active = true;
        s.activePid = 91;
        sa::DiagnosisInput in = emptyInput(150000, {s});
        if (visible)
            in.activity = makeResult(kActivityColumns,
                {{QStringLiteral("91"), QStringLiteral("alice"), QStringLiteral("psql"),
                    QStringLiteral("app"), state, QStringLiteral("client backend"), kNull, kNull, kNull,
                    kNull, kNull, QStringLiteral("SELECT 1")}});
        QString error;
        const auto d = sa::buildDiagnosis(in, &error);
        QVERIFY2(d, qPrintable(error));
        QVERIFY(d->activeBackend);
        QCOMPARE(d->activeBackend->pid, 91);
        QCOMPARE(d->activeBackend->visible, visible);
        QCOMPARE(d->activeBackendDescription, description);
        QVERIFY2(hasFinding(*d, finding, SlotFinding::Severity::Info), qPrintable(allFindings(*d)));
    }

    // Who holds the oldest horizon, one sentence per kind of holder.
    void oldestHorizonByKind_data()
    {
        QTest::addColumn<int>("holder");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("transaction") << 0
                                     << QStringLiteral("The oldest horizon in the cluster is held by the "
                                                       "transaction of pid 77 (application \"psql\"): its "
                                                       "backend_xid 800 (age 500)");
        QTest::newRow("transaction without application")
            << 1
            << QStringLiteral("The oldest horizon in the cluster is held by the transaction of pid 77: its "
                              "backend_xid 800 "
                              "(age 500)");
        QTest::newRow("inactive slot")
            << 2
            << QStringLiteral("The oldest horizon in the cluster is held by another "
                              "slot, \"other\": its catalog_xmin 600 (age 700)");
        QTest::newRow("active slot") << 3
                                     << QStringLiteral(
                                            "The oldest horizon in the cluster is held by another "
                                            "slot, \"other\" (used by pid 4242): its catalog_xmin 600 "
                                            "(age 700)");
        QTest::newRow("standby") << 4
                                 << QStringLiteral(
                                        "The oldest horizon in the cluster is held by the standby "
                                        "feedback of walsender pid 5000 (application \"standby1\"): "
                                        "its backend_xmin 1000 (age 300)");
    }
    void oldestHorizonByKind()
    {
        QFETCH(int, holder);
        QFETCH(QString, fragment);
        SlotRow target; // catalog_xmin age 100: younger than every holder below
        SlotRow other;
        other.name = QStringLiteral("other");
        other.catalogXmin = QStringLiteral("600");
        other.catalogAge = QStringLiteral("700");
        other.active = holder == 3;
        other.activePid = holder == 3 ? 4242 : 0;
        sa::DiagnosisInput in
            = emptyInput(150000, holder >= 2 && holder <= 3 ? QList {other, target} : QList {target});
        if (holder <= 1)
            in.activity = makeResult(kActivityColumns,
                {{QStringLiteral("77"), QStringLiteral("alice"),
                    holder == 0 ? QStringLiteral("psql") : QString(), QStringLiteral("app"),
                    QStringLiteral("active"), QStringLiteral("client backend"), QStringLiteral("800"), kNull,
                    QStringLiteral("500"), kNull, QStringLiteral("10"),
                    QStringLiteral("UPDATE t SET v = 1")}});
        if (holder == 4)
            in.replication = makeResult(kReplicationColumns,
                {{QStringLiteral("5000"), QStringLiteral("rep"), QStringLiteral("standby1"),
                    QStringLiteral("10.0.0.8"), QStringLiteral("streaming"), QStringLiteral("async"),
                    QStringLiteral("1000"), QStringLiteral("300"), QStringLiteral("0/1001000"),
                    QStringLiteral("0/1001000"), QStringLiteral("0/1001000"), QStringLiteral("0/1001000"),
                    kNull, kNull, kNull}});
        QString error;
        const auto d = sa::buildDiagnosis(in, &error);
        QVERIFY2(d, qPrintable(error));
        QVERIFY2(hasFinding(*d, fragment, SlotFinding::Severity::Info), qPrintable(allFindings(*d)));
        QVERIFY2(!allFindings(*d).contains(QStringLiteral("This slot holds the oldest")),
            qPrintable(allFindings(*d)));
    }

    void ownXminHorizon()
    {
        SlotRow s;
        s.catalogAge = QStringLiteral("0");
        sa::DiagnosisInput in = emptyInput(150000, {s});
        // A slot whose xmin is set, as a physical slot's or one being created.
        in.slotRows.rows[0][in.slotRows.column(QStringLiteral("xmin"))] = QByteArray("740");
        in.slotRows.rows[0][in.slotRows.column(QStringLiteral("pgrepl_xmin_age"))] = QByteArray("90");
        QString error;
        const auto d = sa::buildDiagnosis(in, &error);
        QVERIFY2(d, qPrintable(error));
        QVERIFY2(
            hasFinding(*d,
                QStringLiteral("This slot holds the oldest horizon in the cluster: its xmin 740 (age 90); "
                               "VACUUM cannot remove rows deleted after it until the consumer confirms "
                               "further"),
                SlotFinding::Severity::Info),
            qPrintable(allFindings(*d)));
    }

    void longTransactionWithoutState()
    {
        sa::DiagnosisInput in = emptyInput(150000, {SlotRow {}});
        in.activity = makeResult(kActivityColumns,
            {{QStringLiteral("77"), QStringLiteral("alice"), QStringLiteral("psql"), QStringLiteral("app"),
                 kNull, QStringLiteral("client backend"), QStringLiteral("800"), QStringLiteral("790"),
                 QStringLiteral("50"), QStringLiteral("51"), QStringLiteral("3600"), QString()},
                {QStringLiteral("78"), QStringLiteral("bob"), QStringLiteral("report"), QStringLiteral("app"),
                    kNull, QStringLiteral("client backend"), kNull, QStringLiteral("1250"), kNull,
                    QStringLiteral("40"), QStringLiteral("600"), QString()}});
        QString error;
        const auto d = sa::buildDiagnosis(in, &error);
        QVERIFY2(d, qPrintable(error));
        using S = SlotFinding::Severity;
        QVERIFY2(
            hasFinding(*d,
                QStringLiteral("Transaction of pid 77 (user alice, application \"psql\", no state) has been "
                               "open for 1 h 00 min and holds xid 800: logical decoding keeps the WAL"),
                S::Warning),
            qPrintable(allFindings(*d)));
        QVERIFY2(
            hasFinding(*d,
                QStringLiteral("Transaction of pid 78 (user bob, application \"report\", no state) has been "
                               "open for 10 min 00 s and holds xmin 1250: VACUUM cannot remove rows"),
                S::Warning),
            qPrintable(allFindings(*d)));
    }

    // No max_slot_wal_keep_size and no transaction with an xid: the
    // sentences without the clause about either.
    void retainedWithoutLimit()
    {
        SlotRow s;
        s.restartLsn = QStringLiteral("1/0");
        s.confirmedLsn = QStringLiteral("1/40000000");
        s.retained = QString::number(qint64(3) << 30);
        s.currentLsn = QStringLiteral("1/C0000000");
        QString error;
        const auto d = sa::buildDiagnosis(emptyInput(150000, {s}), &error);
        QVERIFY2(d, qPrintable(error));
        using S = SlotFinding::Severity;
        QVERIFY2(
            hasFinding(*d,
                QStringLiteral("The slot retains 3.0 GiB of WAL (from restart_lsn 1/0 to the current "
                               "position); max_slot_wal_keep_size is unlimited, so it can fill the disk"),
                S::Warning),
            qPrintable(allFindings(*d)));
        QVERIFY2(
            hasFinding(*d,
                QStringLiteral("restart_lsn is held 1.0 GiB behind confirmed_flush_lsn by the oldest running "
                               "transaction at the time of decoding: decoding must restart where it began"),
                S::Warning),
            qPrintable(allFindings(*d)));
        QVERIFY2(!allFindings(*d).contains(QStringLiteral("oldest transaction with an xid")),
            qPrintable(allFindings(*d)));
    }

    void formatting()
    {
        QCOMPARE(pgrepl::formatBytes(512), QStringLiteral("512 B"));
        QCOMPARE(pgrepl::formatBytes(qint64(3) << 30), QStringLiteral("3.0 GiB"));
        QCOMPARE(pgrepl::formatDuration(59), QStringLiteral("59 s"));
        QCOMPARE(pgrepl::formatDuration(125), QStringLiteral("2 min 05 s"));
        QCOMPARE(pgrepl::formatDuration(90000), QStringLiteral("1 d 01 h"));
        QCOMPARE(pgrepl::formatDuration(-5), QStringLiteral("0 s"));
    }
};

QTEST_GUILESS_MAIN(TestSlotQueries)
#include "tst_slotqueries.moc"
