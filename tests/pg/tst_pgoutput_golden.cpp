// Golden test against a real server: SQL through psql, the stream captured by
// the independent client pg_recvlogical (-f FILE), then decoded with
// RecvlogicalReader and checked name by name and value by value; then grouped
// into transactions by the TransactionIndex the GUI and the exports use.
#include "Sandbox.h"
#include "pgoutput/RecvlogicalReader.h"
#include "pgoutput/RelationCache.h"
#include "store/EventStore.h"
#include "txn/TransactionIndex.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace pgrepl::pgoutput;
using pgrepl::EventStore;
using pgrepl::Lsn;
using pgrepl::StreamEvent;
using pgrepl::TransactionIndex;
using pgrepl::TxnGroup;
using pgrepl::TxnState;
using pgrepl::test::Sandbox;

namespace {

constexpr std::uint32_t Int4Oid = 23;
constexpr std::uint32_t Int8Oid = 20;
constexpr std::uint32_t TextOid = 25;
constexpr std::uint32_t TimestamptzOid = 1184;

// The messages of a capture as XLogData events in a store, grouped as the
// GUI groups them. The index points at the store: never moved.
struct Grouped
{
    EventStore store;
    TransactionIndex index {&store};
};

// A decoded capture; the reader owns the bytes the messages' views point into.
struct Capture
{
    std::optional<RecvlogicalReader> reader;
    QList<RecvlogicalReader::Entry> entries;

    // The transactions the messages make up; *problem names the first event
    // that fits no transaction (only a non-transactional message may stand
    // alone) or says that one was left open.
    std::unique_ptr<Grouped> transactions(QString *problem) const
    {
        auto grouped = std::make_unique<Grouped>();
        const DecoderState state = reader->state();
        grouped->index.setProtocol(state.protoVersion, state.parallelStreaming);
        for (const auto &e : entries) {
            StreamEvent event;
            event.kind = StreamEvent::Kind::XLogData;
            event.payload = e.raw.toByteArray();
            if (!grouped->store.append(event) && problem->isEmpty())
                *problem = QStringLiteral("the store refused the message at offset %1").arg(e.offset);
        }
        grouped->index.indexNew();
        for (int g = 0; g < grouped->index.groupCount() && problem->isEmpty(); ++g) {
            const TxnGroup &group = grouped->index.group(g);
            if (group.kind != TxnGroup::Kind::Standalone)
                continue;
            const qsizetype event = qsizetype(group.events.front());
            const DecodeResult r = grouped->index.decode(event);
            if (!r)
                *problem = r.error.toString();
            else if (const auto *m = std::get_if<LogicalMessage>(&*r.message); !m || m->transactional())
                *problem
                    = QStringLiteral("%1 outside any transaction").arg(messageTypeName(tagOf(*r.message)));
        }
        if (!grouped->index.markOpenIncomplete().isEmpty() && problem->isEmpty())
            *problem = QStringLiteral("a transaction is left open");
        return grouped;
    }

    template<typename T> QList<T> all() const
    {
        QList<T> out;
        for (const auto &e : entries) {
            if (const auto *m = std::get_if<T>(&e.message))
                out.append(*m);
        }
        return out;
    }
};

QString valueText(const TupleValue &v)
{
    switch (v.kind) {
    case TupleValue::Kind::Null:
        return QStringLiteral("null");
    case TupleValue::Kind::UnchangedToast:
        return QStringLiteral("toast");
    case TupleValue::Kind::Binary:
        return QStringLiteral("bin:%1").arg(v.bytes.size());
    case TupleValue::Kind::Text:
        if (v.bytes.size() > 200)
            return QStringLiteral("len:%1").arg(v.bytes.size());
        return QString::fromUtf8(v.bytes);
    }
    return {};
}

QString tupleText(const TupleData &t)
{
    QStringList values;
    for (const TupleValue &v : t.columns)
        values.append(valueText(v));
    return u'(' + values.join(u'|') + u')';
}

// One line per message, with relation names resolved through the cache, so a
// whole stream compares as one list.
QStringList trace(const Capture &capture, RelationCache &cache, QString *problem)
{
    QStringList out;
    std::optional<Begin> open;
    const auto rel = [&cache](std::uint32_t oid) {
        const Relation *r = cache.relation(oid);
        return r ? r->nspname + u'.' + r->relname : QStringLiteral("?%1").arg(oid);
    };
    for (const auto &entry : capture.entries) {
        const Message &m = entry.message;
        cache.apply(m);
        const QString changeProblem = cache.checkChange(m);
        if (!changeProblem.isEmpty() && problem->isEmpty())
            *problem = changeProblem;
        if (const auto *b = std::get_if<Begin>(&m)) {
            open = *b;
            out.append(QStringLiteral("BEGIN"));
        } else if (const auto *c = std::get_if<Commit>(&m)) {
            // The Begin announced where the transaction ends; Commit must agree.
            if (!open || open->finalLsn != c->commitLsn || c->endLsn <= c->commitLsn
                || open->commitTime != c->commitTime)
                *problem
                    = QStringLiteral("Commit at %1 does not match its Begin").arg(c->commitLsn.toString());
            open.reset();
            out.append(QStringLiteral("COMMIT"));
        } else if (const auto *r = std::get_if<Relation>(&m)) {
            QStringList cols;
            for (const RelationColumn &col : r->columns)
                cols.append(QStringLiteral("%1:%2:%3%4")
                                .arg(col.name)
                                .arg(col.typeOid)
                                .arg(col.typmod)
                                .arg(col.isKey() ? QStringLiteral(":key") : QString()));
            out.append(
                QStringLiteral("RELATION %1.%2 %3 [%4]")
                    .arg(r->nspname, r->relname, QString(QLatin1Char(static_cast<char>(r->replicaIdentity))),
                        cols.join(QStringLiteral(", "))));
        } else if (const auto *t = std::get_if<Type>(&m)) {
            out.append(QStringLiteral("TYPE %1.%2").arg(t->nspname, t->name));
        } else if (const auto *i = std::get_if<Insert>(&m)) {
            out.append(QStringLiteral("INSERT %1 %2").arg(rel(i->relationOid), tupleText(i->newTuple)));
        } else if (const auto *u = std::get_if<Update>(&m)) {
            const QString old = u->oldKind
                ? QStringLiteral(" %1%2").arg(
                    QString(QLatin1Char(static_cast<char>(*u->oldKind))), tupleText(u->oldTuple))
                : QString();
            out.append(
                QStringLiteral("UPDATE %1%2 N%3").arg(rel(u->relationOid), old, tupleText(u->newTuple)));
        } else if (const auto *d = std::get_if<Delete>(&m)) {
            out.append(QStringLiteral("DELETE %1 %2%3")
                           .arg(rel(d->relationOid), QString(QLatin1Char(static_cast<char>(d->oldKind))),
                               tupleText(d->oldTuple)));
        } else if (const auto *tr = std::get_if<Truncate>(&m)) {
            QStringList names;
            for (const std::uint32_t oid : tr->relationOids)
                names.append(rel(oid));
            out.append(QStringLiteral("TRUNCATE %1%2%3")
                           .arg(names.join(u','), tr->cascade() ? QStringLiteral(" CASCADE") : QString(),
                               tr->restartIdentity() ? QStringLiteral(" RESTART IDENTITY") : QString()));
        } else if (const auto *msg = std::get_if<LogicalMessage>(&m)) {
            out.append(QStringLiteral("MESSAGE %1 %2 %3")
                           .arg(msg->transactional() ? QStringLiteral("tx") : QStringLiteral("non-tx"),
                               msg->prefix, QString::fromLatin1(msg->content.toByteArray().toHex())));
        } else {
            QString text;
            QDebug(&text).nospace().noquote() << m;
            out.append(text);
        }
    }
    return out;
}

} // namespace

class TestPgoutputGolden : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        m_sandbox = Sandbox::load(&error);
        QVERIFY2(m_sandbox, qPrintable(error));
        QVERIFY(m_dir.isValid());
        const auto version = m_sandbox->sql(QStringLiteral("SHOW server_version_num"));
        QVERIFY2(version.ok, qPrintable(version.error));
        m_serverVersion = version.output.toInt();
        QVERIFY(m_serverVersion >= 150000);
        run(QStringLiteral("DROP SCHEMA IF EXISTS pgo_golden, \"Odd Schema\" CASCADE"));
        run(QStringLiteral("CREATE SCHEMA pgo_golden; CREATE SCHEMA \"Odd Schema\""));
    }

    void cleanupTestCase()
    {
        if (!m_sandbox)
            return;
        // Best effort, and each on its own: one failure must not leave the rest.
        m_sandbox->sql(QStringLiteral("ALTER SYSTEM RESET logical_decoding_work_mem"));
        m_sandbox->sql(QStringLiteral("SELECT pg_reload_conf()"));
        const auto prepared
            = m_sandbox->sql(QStringLiteral("SELECT gid FROM pg_prepared_xacts WHERE gid LIKE 'pgo_%'"));
        for (const QString &gid : prepared.output.split(u'\n', Qt::SkipEmptyParts))
            m_sandbox->sql(QStringLiteral("ROLLBACK PREPARED '%1'").arg(gid));
        for (const QString &slot : std::as_const(m_slots))
            m_sandbox->sql(QStringLiteral("SELECT pg_drop_replication_slot('%1')").arg(slot));
        for (const QString &pub : std::as_const(m_publications))
            m_sandbox->sql(QStringLiteral("DROP PUBLICATION IF EXISTS %1").arg(pub));
        m_sandbox->sql(QStringLiteral("DROP SCHEMA IF EXISTS pgo_golden, \"Odd Schema\" CASCADE"));
        const auto left
            = m_sandbox->sql(QStringLiteral("SELECT count(*) FROM pg_replication_slots WHERE slot_name "
                                            "LIKE 'pgo_%'"));
        QCOMPARE(left.output, QStringLiteral("0"));
    }

    // proto_version 1: every change kind, identities, TOAST, messages,
    // truncate, rolled-back work, quoted names, and a partition (leaf).
    void changesProto1()
    {
        run(QStringLiteral(R"SQL(
CREATE TYPE "Odd Schema".mood AS ENUM ('ok', 'sad');
CREATE TABLE "Odd Schema"."Mixed Case" (id int PRIMARY KEY, "Note ""q""" text, amount numeric(10,2),
    code varchar(20), m "Odd Schema".mood);
CREATE TABLE pgo_golden.rif_full (id int, v text);
ALTER TABLE pgo_golden.rif_full REPLICA IDENTITY FULL;
CREATE TABLE pgo_golden.rid_index (a int NOT NULL, b int NOT NULL, c text);
CREATE UNIQUE INDEX rid_index_ab ON pgo_golden.rid_index (a, b);
ALTER TABLE pgo_golden.rid_index REPLICA IDENTITY USING INDEX rid_index_ab;
CREATE TABLE pgo_golden.toasty (id int PRIMARY KEY, big text, other int);
ALTER TABLE pgo_golden.toasty ALTER COLUMN big SET STORAGE EXTERNAL;
CREATE TABLE pgo_golden.tparent (id serial PRIMARY KEY);
CREATE TABLE pgo_golden.tchild (id int, pid int REFERENCES pgo_golden.tparent);
CREATE TABLE pgo_golden.meas (id int, city text) PARTITION BY LIST (city);
CREATE TABLE pgo_golden.meas_a PARTITION OF pgo_golden.meas FOR VALUES IN ('a');
)SQL"));
        const QString pubLeaf = publication(QStringLiteral(
            "FOR TABLE \"Odd Schema\".\"Mixed Case\", pgo_golden.rif_full, pgo_golden.rid_index, "
            "pgo_golden.toasty, pgo_golden.tparent, pgo_golden.tchild, pgo_golden.meas"));
        const QString pubRoot = publication(
            QStringLiteral("FOR TABLE pgo_golden.meas WITH (publish_via_partition_root = true)"));
        const QString slot = createSlot();
        const QString rootSlot = createSlot();

        // One transaction each: explicit BEGIN/COMMIT where there are several
        // statements, whether psql runs them as one string or as a script.
        const QStringList transactions = {
            QStringLiteral("INSERT INTO \"Odd Schema\".\"Mixed Case\" VALUES "
                           "(1, E'h\u00e9llo \u2713 \"q\" \\\\ O''Reilly\\nline2', 12.5, NULL, 'sad')"),
            QStringLiteral("UPDATE \"Odd Schema\".\"Mixed Case\" SET id = 2 WHERE id = 1"),
            QStringLiteral("UPDATE \"Odd Schema\".\"Mixed Case\" SET code = 'x' WHERE id = 2"),
            QStringLiteral("DELETE FROM \"Odd Schema\".\"Mixed Case\" WHERE id = 2"),
            QStringLiteral("BEGIN; INSERT INTO pgo_golden.rif_full VALUES (1, 'a'); UPDATE "
                           "pgo_golden.rif_full SET v = 'b'; "
                           "DELETE FROM pgo_golden.rif_full; COMMIT"),
            QStringLiteral(
                "BEGIN; INSERT INTO pgo_golden.rid_index VALUES (1, 2, 'c'); UPDATE pgo_golden.rid_index SET "
                "c = "
                "'d'; UPDATE pgo_golden.rid_index SET b = 3; DELETE FROM pgo_golden.rid_index; COMMIT"),
            QStringLiteral("INSERT INTO pgo_golden.toasty SELECT 1, string_agg(md5(i::text), ''), 1 "
                           "FROM generate_series(1, 100) i"),
            QStringLiteral("UPDATE pgo_golden.toasty SET other = 2"),
            QStringLiteral("SELECT pg_logical_emit_message(true, 'golden', 'transactional \u2713')"),
            QStringLiteral("SELECT pg_logical_emit_message(false, 'golden-nt', '\\x00ff0a'::bytea)"),
            QStringLiteral(
                "BEGIN; INSERT INTO pgo_golden.rif_full VALUES (10, 'kept'); SAVEPOINT s1; "
                "INSERT INTO pgo_golden.rif_full VALUES (11, 'rolled back'); ROLLBACK TO SAVEPOINT s1; "
                "INSERT INTO pgo_golden.rif_full VALUES (12, 'after'); COMMIT"),
            QStringLiteral("BEGIN; INSERT INTO pgo_golden.rif_full VALUES (13, 'aborted'); ROLLBACK"),
            QStringLiteral("BEGIN; INSERT INTO pgo_golden.tparent DEFAULT VALUES; INSERT INTO "
                           "pgo_golden.tchild VALUES (1, 1); "
                           "COMMIT"),
            QStringLiteral("TRUNCATE pgo_golden.tparent RESTART IDENTITY CASCADE"),
            QStringLiteral("TRUNCATE pgo_golden.rif_full"),
            QStringLiteral("INSERT INTO pgo_golden.meas VALUES (1, 'a')"),
        };
        for (const QString &t : transactions)
            run(t);
        const Lsn end = currentLsn();

        const QString moodOid = query(QStringLiteral("SELECT '\"Odd Schema\".mood'::regtype::oid"));
        const QString toastLen = query(QStringLiteral("SELECT length(big) FROM pgo_golden.toasty"));
        QCOMPARE(toastLen, QStringLiteral("3200"));

        Capture capture = captureStream(
            slot, end, 1, {QStringLiteral("publication_names=") + pubLeaf, QStringLiteral("messages=true")});
        QVERIFY(capture.reader);
        QString problem;
        RelationCache cache;
        const QStringList actual = trace(capture, cache, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        const QString mixed = QStringLiteral("Odd Schema.Mixed Case");
        const QString note = QStringLiteral("h\u00e9llo \u2713 \"q\" \\ O'Reilly\nline2");
        const QStringList expected = {
            // Type before the Relation that uses it; quoted names come unquoted.
            QStringLiteral("BEGIN"),
            QStringLiteral("TYPE Odd Schema.mood"),
            QStringLiteral(
                "RELATION Odd Schema.Mixed Case d [id:23:-1:key, Note \"q\":25:-1, amount:1700:655366, "
                "code:1043:24, m:%1:-1]")
                .arg(moodOid),
            QStringLiteral("INSERT %1 (1|%2|12.50|null|sad)").arg(mixed, note),
            QStringLiteral("COMMIT"),
            // A key change sends the old key; the other columns come as nulls.
            QStringLiteral("BEGIN"),
            QStringLiteral("UPDATE %1 K(1|null|null|null|null) N(2|%2|12.50|null|sad)").arg(mixed, note),
            QStringLiteral("COMMIT"),
            QStringLiteral("BEGIN"),
            QStringLiteral("UPDATE %1 N(2|%2|12.50|x|sad)").arg(mixed, note),
            QStringLiteral("COMMIT"),
            QStringLiteral("BEGIN"),
            QStringLiteral("DELETE %1 K(2|null|null|null|null)").arg(mixed),
            QStringLiteral("COMMIT"),
            QStringLiteral("BEGIN"),
            QStringLiteral("RELATION pgo_golden.rif_full f [id:23:-1:key, v:25:-1:key]"),
            QStringLiteral("INSERT pgo_golden.rif_full (1|a)"),
            QStringLiteral("UPDATE pgo_golden.rif_full O(1|a) N(1|b)"),
            QStringLiteral("DELETE pgo_golden.rif_full O(1|b)"),
            QStringLiteral("COMMIT"),
            QStringLiteral("BEGIN"),
            QStringLiteral("RELATION pgo_golden.rid_index i [a:23:-1:key, b:23:-1:key, c:25:-1]"),
            QStringLiteral("INSERT pgo_golden.rid_index (1|2|c)"),
            QStringLiteral("UPDATE pgo_golden.rid_index N(1|2|d)"),
            QStringLiteral("UPDATE pgo_golden.rid_index K(1|2|null) N(1|3|d)"),
            QStringLiteral("DELETE pgo_golden.rid_index K(1|3|null)"),
            QStringLiteral("COMMIT"),
            QStringLiteral("BEGIN"),
            QStringLiteral("RELATION pgo_golden.toasty d [id:23:-1:key, big:25:-1, other:23:-1]"),
            QStringLiteral("INSERT pgo_golden.toasty (1|len:3200|1)"),
            QStringLiteral("COMMIT"),
            // The unchanged out-of-line value is not sent again.
            QStringLiteral("BEGIN"),
            QStringLiteral("UPDATE pgo_golden.toasty N(1|toast|2)"),
            QStringLiteral("COMMIT"),
            QStringLiteral("BEGIN"),
            QStringLiteral("MESSAGE tx golden %1")
                .arg(QString::fromLatin1(QByteArray("transactional \xe2\x9c\x93").toHex())),
            QStringLiteral("COMMIT"),
            QStringLiteral("MESSAGE non-tx golden-nt 00ff0a"),
            // Only the rows outside the rolled-back savepoint; the aborted
            // transaction sends nothing at all.
            QStringLiteral("BEGIN"),
            QStringLiteral("INSERT pgo_golden.rif_full (10|kept)"),
            QStringLiteral("INSERT pgo_golden.rif_full (12|after)"),
            QStringLiteral("COMMIT"),
            QStringLiteral("BEGIN"),
            QStringLiteral("RELATION pgo_golden.tparent d [id:23:-1:key]"),
            QStringLiteral("INSERT pgo_golden.tparent (1)"),
            QStringLiteral("RELATION pgo_golden.tchild d [id:23:-1, pid:23:-1]"),
            QStringLiteral("INSERT pgo_golden.tchild (1|1)"),
            QStringLiteral("COMMIT"),
            // TRUNCATE invalidates the relations: the server describes them again.
            QStringLiteral("BEGIN"),
            QStringLiteral("RELATION pgo_golden.tparent d [id:23:-1:key]"),
            QStringLiteral("RELATION pgo_golden.tchild d [id:23:-1, pid:23:-1]"),
            QStringLiteral("TRUNCATE pgo_golden.tparent,pgo_golden.tchild CASCADE RESTART IDENTITY"),
            QStringLiteral("COMMIT"),
            QStringLiteral("BEGIN"),
            QStringLiteral("RELATION pgo_golden.rif_full f [id:23:-1:key, v:25:-1:key]"),
            QStringLiteral("TRUNCATE pgo_golden.rif_full"),
            QStringLiteral("COMMIT"),
            // publish_via_partition_root = false: the leaf partition.
            QStringLiteral("BEGIN"),
            QStringLiteral("RELATION pgo_golden.meas_a d [id:23:-1, city:25:-1]"),
            QStringLiteral("INSERT pgo_golden.meas_a (1|a)"),
            QStringLiteral("COMMIT"),
        };
        if (actual != expected)
            qWarning().noquote() << "decoded stream:\n" << actual.join(u'\n');
        QCOMPARE(actual, expected);

        // The OIDs in the messages are the catalog's.
        QCOMPARE(QString::number(cache.relation(capture.all<Insert>().constFirst().relationOid)->oid),
            query(QStringLiteral("SELECT '\"Odd Schema\".\"Mixed Case\"'::regclass::oid")));
        QCOMPARE(cache.typeName(moodOid.toUInt()), QStringLiteral("Odd Schema.mood"));
        const auto truncates = capture.all<Truncate>();
        QCOMPARE(truncates.size(), 2);
        QCOMPARE(truncates.at(0).options, std::uint8_t(Truncate::Cascade | Truncate::RestartIdentity));
        QCOMPARE(truncates.at(1).options, std::uint8_t(0));
        // Begin/Commit carry sane, increasing positions and a commit time near now.
        const auto commits = capture.all<Commit>();
        QCOMPARE(commits.size(), 14);
        for (qsizetype i = 1; i < commits.size(); ++i)
            QVERIFY(commits.at(i).commitLsn >= commits.at(i - 1).endLsn);
        const qint64 skew
            = timestampToDateTime(commits.constLast().commitTime).secsTo(QDateTime::currentDateTimeUtc());
        QVERIFY2(qAbs(skew) < 600, qPrintable(QString::number(skew)));
        const auto messages = capture.all<LogicalMessage>();
        QCOMPARE(messages.size(), 2);
        QVERIFY(messages.at(0).lsn.isValid());
        QCOMPARE(QString::fromUtf8(messages.at(0).content), QStringLiteral("transactional \u2713"));
        QCOMPARE(messages.at(1).content.toByteArray(), QByteArray("\x00\xff\n", 3));
        saveCapture(QStringLiteral("proto1-changes"), capture);

        // Grouped: 14 transactions and the non-transactional message, in
        // stream order; the savepoint one keeps its two surviving rows.
        const auto grouped = capture.transactions(&problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const TransactionIndex &txns = grouped->index;
        QCOMPARE(txns.groupCount(), 15);
        QCOMPARE(txns.group(9).kind, TxnGroup::Kind::Standalone);
        QCOMPARE(txns.group(10).changes, 2u);
        QCOMPARE(txns.group(4).changes, 3u);
        for (int g = 0; g < txns.groupCount(); ++g) {
            const TxnGroup &t = txns.group(g);
            if (t.kind == TxnGroup::Kind::Standalone)
                continue;
            QCOMPARE(t.kind, TxnGroup::Kind::Transaction);
            QCOMPARE(t.state, TxnState::Committed);
            QVERIFY(t.xid != 0);
            QVERIFY(t.endLsn > t.finalLsn);
        }

        // Same changes through the root publication, proto 2 (not streamed).
        Capture root = captureStream(rootSlot, end, 2, {QStringLiteral("publication_names=") + pubRoot});
        QVERIFY(root.reader);
        RelationCache rootCache;
        const QStringList rootTrace = trace(root, rootCache, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // The server describes the leaf too, but the change names the root.
        QCOMPARE(rootTrace,
            QStringList(
                {QStringLiteral("BEGIN"), QStringLiteral("RELATION pgo_golden.meas d [id:23:-1, city:25:-1]"),
                    QStringLiteral("RELATION pgo_golden.meas_a d [id:23:-1, city:25:-1]"),
                    QStringLiteral("INSERT pgo_golden.meas (1|a)"), QStringLiteral("COMMIT")}));
    }

    // proto_version 2, streaming=on: a transaction larger than
    // logical_decoding_work_mem comes in chunks; a rolled-back savepoint that
    // was already streamed is withdrawn by a Stream Abort of its subxid.
    void streamingProto2()
    {
        run(QStringLiteral("CREATE TABLE pgo_golden.big (id int, pad text)"));
        const QString pub = publication(QStringLiteral("FOR TABLE pgo_golden.big"));
        const QString slot = createSlot();
        run(QStringLiteral("ALTER SYSTEM SET logical_decoding_work_mem = '64kB'"));
        run(QStringLiteral("SELECT pg_reload_conf()"));
        run(QStringLiteral(
            "BEGIN; INSERT INTO pgo_golden.big SELECT i, repeat('p', 100) FROM generate_series(1, 1000) "
            "i; SAVEPOINT s; INSERT INTO pgo_golden.big SELECT i, repeat('q', 100) FROM "
            "generate_series(1001, 2000) i; ROLLBACK TO SAVEPOINT s; INSERT INTO pgo_golden.big VALUES "
            "(5000, 'last'); COMMIT"));
        const Lsn end = currentLsn();
        Capture capture = captureStream(
            slot, end, 2, {QStringLiteral("publication_names=") + pub, QStringLiteral("streaming=on")});
        run(QStringLiteral("ALTER SYSTEM RESET logical_decoding_work_mem"));
        run(QStringLiteral("SELECT pg_reload_conf()"));
        QVERIFY(capture.reader);
        saveCapture(QStringLiteral("proto2-streaming"), capture);

        QVERIFY(capture.all<Begin>().isEmpty());
        QVERIFY(capture.all<Commit>().isEmpty());
        const auto starts = capture.all<StreamStart>();
        QVERIFY2(starts.size() >= 2, qPrintable(QString::number(starts.size())));
        QVERIFY(starts.constFirst().firstSegment);
        const std::uint32_t xid = starts.constFirst().xid;
        for (qsizetype i = 1; i < starts.size(); ++i) {
            QCOMPARE(starts.at(i).xid, xid);
            QVERIFY(!starts.at(i).firstSegment);
        }
        QCOMPARE(capture.all<StreamStop>().size(), starts.size());
        const auto commits = capture.all<StreamCommit>();
        QCOMPARE(commits.size(), 1);
        QCOMPARE(commits.constFirst().xid, xid);
        QVERIFY(std::holds_alternative<StreamCommit>(capture.entries.constLast().message));
        const auto aborts = capture.all<StreamAbort>();
        QCOMPARE(aborts.size(), 1);
        QCOMPARE(aborts.constFirst().xid, xid);
        const std::uint32_t subxid = aborts.constFirst().subxid;
        QVERIFY(subxid != xid);
        QVERIFY(!aborts.constFirst().abortLsn);

        // The Relation came inside the first chunk, tagged with the xid.
        const auto relations = capture.all<Relation>();
        // (It is sent again after the Stream Abort, which makes the server
        // forget what it sent for this transaction; then tagged with the
        // subxid of the savepoint re-established by ROLLBACK TO.)
        QVERIFY(!relations.isEmpty());
        QCOMPARE(relations.constFirst().xid, std::optional<std::uint32_t>(xid));
        for (const Relation &r : relations) {
            QCOMPARE(r.relname, QStringLiteral("big"));
            QVERIFY(r.xid);
            QVERIFY(*r.xid != subxid);
        }

        // Inserts outside a chunk would not decode; inside, each names its
        // (sub)transaction. Dropping the aborted subxid leaves exactly the
        // committed rows, in order.
        QList<int> kept;
        int discarded = 0;
        for (const Insert &insert : capture.all<Insert>()) {
            QVERIFY(insert.xid);
            QCOMPARE(insert.newTuple.columns.size(), 2);
            const int id = QString::fromUtf8(insert.newTuple.columns.at(0).bytes).toInt();
            const QByteArray pad = insert.newTuple.columns.at(1).bytes.toByteArray();
            if (*insert.xid == subxid) {
                QVERIFY(id > 1000 && id <= 2000);
                QCOMPARE(pad, QByteArray(100, 'q'));
                ++discarded;
                continue;
            }
            // Rows 1-1000 were written by the top transaction; 5000 by the
            // subtransaction that ROLLBACK TO started, which committed.
            if (id <= 1000)
                QCOMPARE(*insert.xid, xid);
            QCOMPARE(pad, id == 5000 ? QByteArray("last") : QByteArray(100, 'p'));
            kept.append(id);
        }
        QVERIFY(discarded > 0);
        QCOMPARE(kept.size(), 1001);
        for (int i = 0; i < 1000; ++i)
            QCOMPARE(kept.at(i), i + 1);
        QCOMPARE(kept.constLast(), 5000);
        QVERIFY(!capture.reader->state().inStream);

        // Grouped: one streamed transaction whose changes not discarded are
        // exactly the committed rows.
        QString problem;
        const auto grouped = capture.transactions(&problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const TransactionIndex &txns = grouped->index;
        QCOMPARE(txns.groupCount(), 1);
        const TxnGroup &t = txns.group(0);
        QCOMPARE(t.kind, TxnGroup::Kind::Streamed);
        QCOMPARE(t.state, TxnState::Committed);
        QCOMPARE(t.xid, xid);
        QCOMPARE(t.finalLsn, commits.constFirst().commitLsn);
        QCOMPARE(t.endLsn, commits.constFirst().endLsn);
        QCOMPARE(t.changes, 1001u);
        QCOMPARE(t.events.size(), std::size_t(capture.entries.size()));
        QList<int> rows;
        int discardedEvents = 0;
        for (const quint32 e : t.events) {
            if (txns.isDiscarded(e)) {
                ++discardedEvents;
                continue;
            }
            const DecodeResult r = txns.decode(e);
            QVERIFY2(r, qPrintable(r.error.toString()));
            if (const auto *insert = std::get_if<Insert>(&*r.message))
                rows.append(QString::fromUtf8(insert->newTuple.columns.at(0).bytes).toInt());
        }
        QCOMPARE(discardedEvents, discarded);
        QCOMPARE(rows, kept);
    }

    // proto_version 3 on a two-phase slot: PREPARE TRANSACTION then COMMIT
    // PREPARED, and one that is rolled back; binary=true for the values.
    void twoPhaseAndBinaryProto3()
    {
        run(QStringLiteral(
            "CREATE TABLE pgo_golden.tp (id int PRIMARY KEY, b bigint, t text, ts timestamptz)"));
        const QString pub = publication(QStringLiteral("FOR TABLE pgo_golden.tp"));
        const QString slot = createSlot(true);
        const QString gidCommit = slot + QStringLiteral("_commit");
        const QString gidRollback = slot + QStringLiteral("_rollback");
        run(QStringLiteral("BEGIN; INSERT INTO pgo_golden.tp VALUES (1, 9000000000, 'caf\u00e9', "
                           "'2001-02-03 04:05:06+00'); PREPARE TRANSACTION '%1'")
                .arg(gidCommit));
        run(QStringLiteral("COMMIT PREPARED '%1'").arg(gidCommit));
        run(QStringLiteral(
            "BEGIN; INSERT INTO pgo_golden.tp VALUES (2, NULL, 'gone', NULL); PREPARE TRANSACTION '%1'")
                .arg(gidRollback));
        run(QStringLiteral("ROLLBACK PREPARED '%1'").arg(gidRollback));
        const Lsn end = currentLsn();
        Capture capture = captureStream(slot, end, 3,
            {QStringLiteral("publication_names=") + pub, QStringLiteral("two_phase=on"),
                QStringLiteral("binary=true")});
        QVERIFY(capture.reader);
        saveCapture(QStringLiteral("proto3-twophase-binary"), capture);

        QStringList tags;
        for (const auto &e : capture.entries)
            tags.append(messageTypeName(tagOf(e.message)));
        QCOMPARE(tags,
            QStringList({QStringLiteral("Begin Prepare"), QStringLiteral("Relation"),
                QStringLiteral("Insert"), QStringLiteral("Prepare"), QStringLiteral("Commit Prepared"),
                QStringLiteral("Begin Prepare"), QStringLiteral("Insert"), QStringLiteral("Prepare"),
                QStringLiteral("Rollback Prepared")}));

        const auto begins = capture.all<BeginPrepare>();
        const auto prepares = capture.all<Prepare>();
        QCOMPARE(begins.at(0).gid, gidCommit);
        QCOMPARE(prepares.at(0).gid, gidCommit);
        QCOMPARE(prepares.at(0).xid, begins.at(0).xid);
        QCOMPARE(prepares.at(0).prepareLsn, begins.at(0).prepareLsn);
        QCOMPARE(prepares.at(0).endLsn, begins.at(0).endLsn);
        const auto committed = capture.all<CommitPrepared>();
        QCOMPARE(committed.size(), 1);
        QCOMPARE(committed.at(0).gid, gidCommit);
        QCOMPARE(committed.at(0).xid, begins.at(0).xid);
        QVERIFY(committed.at(0).commitLsn >= prepares.at(0).endLsn);

        QCOMPARE(begins.at(1).gid, gidRollback);
        QCOMPARE(prepares.at(1).gid, gidRollback);
        const auto rolledBack = capture.all<RollbackPrepared>();
        QCOMPARE(rolledBack.size(), 1);
        QCOMPARE(rolledBack.at(0).gid, gidRollback);
        QCOMPARE(rolledBack.at(0).xid, begins.at(1).xid);
        QCOMPARE(rolledBack.at(0).prepareEndLsn, prepares.at(1).endLsn);
        QCOMPARE(rolledBack.at(0).prepareTime, prepares.at(1).prepareTime);
        QVERIFY(rolledBack.at(0).rollbackEndLsn > rolledBack.at(0).prepareEndLsn);

        // binary=true: values in the types' binary send format.
        const Relation relation = capture.all<Relation>().constFirst();
        QCOMPARE(relation.columns.size(), 4);
        QCOMPARE(relation.columns.at(0).typeOid, Int4Oid);
        QCOMPARE(relation.columns.at(1).typeOid, Int8Oid);
        QCOMPARE(relation.columns.at(2).typeOid, TextOid);
        QCOMPARE(relation.columns.at(3).typeOid, TimestamptzOid);
        const auto inserts = capture.all<Insert>();
        QCOMPARE(inserts.size(), 2);
        const TupleData &first = inserts.at(0).newTuple;
        for (const TupleValue &v : first.columns)
            QCOMPARE(v.kind, TupleValue::Kind::Binary);
        QCOMPARE(first.columns.at(0).bytes.toByteArray(), QByteArray::fromHex("00000001"));
        QCOMPARE(
            first.columns.at(1).bytes.toByteArray(), QByteArray::fromHex("0000000218711a00")); // 9000000000
        QCOMPARE(first.columns.at(2).bytes.toByteArray(), QByteArray("caf\xc3\xa9"));
        QCOMPARE(first.columns.at(3).bytes.size(), 8);
        const TupleData &second = inserts.at(1).newTuple;
        QCOMPARE(second.columns.at(1).kind, TupleValue::Kind::Null);
        QCOMPARE(second.columns.at(3).kind, TupleValue::Kind::Null);
        QCOMPARE(second.columns.at(2).bytes.toByteArray(), QByteArray("gone"));

        // Grouped: each prepared transaction with its resolution.
        QString problem;
        const auto grouped = capture.transactions(&problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const TransactionIndex &txns = grouped->index;
        QCOMPARE(txns.groupCount(), 2);
        const TxnGroup &kept = txns.group(0);
        QCOMPARE(kept.kind, TxnGroup::Kind::TwoPhase);
        QCOMPARE(kept.state, TxnState::CommitPrepared);
        QCOMPARE(kept.gid, gidCommit);
        QCOMPARE(kept.xid, begins.at(0).xid);
        QCOMPARE(kept.changes, 1u);
        QCOMPARE(kept.events, (std::vector<quint32> {0, 1, 2, 3, 4}));
        QCOMPARE(kept.finalLsn, prepares.at(0).prepareLsn);
        QCOMPARE(kept.endLsn, committed.at(0).endLsn);
        QCOMPARE(kept.commitTime, committed.at(0).commitTime);
        const TxnGroup &gone = txns.group(1);
        QCOMPARE(gone.kind, TxnGroup::Kind::TwoPhase);
        QCOMPARE(gone.state, TxnState::RolledBack);
        QCOMPARE(gone.gid, gidRollback);
        QCOMPARE(gone.changes, 1u);
        QCOMPARE(gone.events, (std::vector<quint32> {5, 6, 7, 8}));
        QCOMPARE(gone.endLsn, rolledBack.at(0).rollbackEndLsn);
        QCOMPARE(gone.commitTime, rolledBack.at(0).rollbackTime);
        QCOMPARE(txns.groupEndingAt(committed.at(0).endLsn), std::optional<int>(0));
    }

    // proto_version 4 with streaming=parallel: Stream Abort carries the abort
    // LSN and time. PostgreSQL 15 knows only proto 1-3.
    void parallelStreamingProto4()
    {
        if (m_serverVersion < 160000)
            QSKIP("proto_version 4 and streaming=parallel need PostgreSQL 16 or later");
        run(QStringLiteral("CREATE TABLE pgo_golden.big4 (id int, pad text)"));
        const QString pub = publication(QStringLiteral("FOR TABLE pgo_golden.big4"));
        const QString slot = createSlot();
        run(QStringLiteral("ALTER SYSTEM SET logical_decoding_work_mem = '64kB'"));
        run(QStringLiteral("SELECT pg_reload_conf()"));
        run(QStringLiteral(
            "BEGIN; INSERT INTO pgo_golden.big4 SELECT i, repeat('p', 100) FROM generate_series(1, "
            "1000) i; SAVEPOINT s; INSERT INTO pgo_golden.big4 SELECT i, repeat('q', 100) FROM "
            "generate_series(1001, 2000) i; ROLLBACK TO SAVEPOINT s; COMMIT"));
        const Lsn end = currentLsn();
        Capture capture = captureStream(slot, end, 4,
            {QStringLiteral("publication_names=") + pub, QStringLiteral("streaming=parallel")}, true);
        run(QStringLiteral("ALTER SYSTEM RESET logical_decoding_work_mem"));
        run(QStringLiteral("SELECT pg_reload_conf()"));
        QVERIFY(capture.reader);
        const auto aborts = capture.all<StreamAbort>();
        QCOMPARE(aborts.size(), 1);
        QVERIFY(aborts.constFirst().abortLsn);
        QVERIFY(aborts.constFirst().abortLsn->isValid());
        QVERIFY(aborts.constFirst().abortTime);
        QCOMPARE(capture.all<StreamCommit>().size(), 1);

        // Grouped: the subtransaction's abort discards its rows only.
        QString problem;
        const auto grouped = capture.transactions(&problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(grouped->index.groupCount(), 1);
        QCOMPARE(grouped->index.group(0).state, TxnState::Committed);
        QCOMPARE(grouped->index.group(0).changes, 1000u);
    }

private:
    void run(const QString &statements)
    {
        const auto r = m_sandbox->sql(statements);
        if (!r.ok)
            QFAIL(qPrintable(QStringLiteral("SQL failed: %1\n%2").arg(r.error, statements)));
    }
    QString query(const QString &statement)
    {
        const auto r = m_sandbox->sql(statement);
        if (!r.ok)
            qWarning("SQL failed: %s", qPrintable(r.error));
        return r.output;
    }
    QString publication(const QString &definition)
    {
        const QString name = Sandbox::uniqueName(QStringLiteral("pgo_pub"));
        const auto r = m_sandbox->sql(QStringLiteral("CREATE PUBLICATION %1 %2").arg(name, definition));
        if (r.ok)
            m_publications.append(name);
        else
            qWarning("CREATE PUBLICATION failed: %s", qPrintable(r.error));
        return name;
    }
    // Its own statement: a slot cannot be made in a transaction that wrote.
    QString createSlot(bool twoPhase = false)
    {
        const QString name = Sandbox::uniqueName(QStringLiteral("pgo_slot")).toLower();
        const auto r
            = m_sandbox->sql(QStringLiteral("SELECT pg_create_logical_replication_slot('%1', 'pgoutput', "
                                            "false, %2)")
                                 .arg(name, twoPhase ? QStringLiteral("true") : QStringLiteral("false")));
        if (r.ok)
            m_slots.append(name);
        else
            qWarning("slot creation failed: %s", qPrintable(r.error));
        return name;
    }
    // The insert position, not the write position: with synchronous_commit
    // off the last commits may not be written yet.
    Lsn currentLsn()
    {
        const auto lsn = Lsn::parse(query(QStringLiteral("SELECT pg_current_wal_insert_lsn()")));
        return lsn.value_or(Lsn());
    }

    Capture captureStream(
        const QString &slot, Lsn end, int proto, const QStringList &options, bool parallel = false)
    {
        Capture capture;
        const QString file = m_dir.filePath(slot + QStringLiteral(".bin"));
        QStringList args = {QStringLiteral("-h"), m_sandbox->host(), QStringLiteral("-p"),
            QString::number(m_sandbox->port()), QStringLiteral("-U"), QStringLiteral("postgres"),
            QStringLiteral("-d"), m_sandbox->database(), QStringLiteral("-S"), slot,
            QStringLiteral("--start"), QStringLiteral("--no-loop"), QStringLiteral("-f"), file,
            QStringLiteral("--endpos"), end.toString(), QStringLiteral("-o"),
            QStringLiteral("proto_version=%1").arg(proto)};
        for (const QString &option : options)
            args << QStringLiteral("-o") << option;
        QProcess recv;
        recv.start(m_sandbox->binDir() + QStringLiteral("/pg_recvlogical"), args);
        if (!recv.waitForFinished(30000)) {
            recv.kill();
            recv.waitForFinished();
            qWarning("pg_recvlogical did not reach %s", qPrintable(end.toString()));
            return capture;
        }
        if (recv.exitStatus() != QProcess::NormalExit || recv.exitCode() != 0) {
            qWarning("pg_recvlogical failed: %s", recv.readAllStandardError().constData());
            return capture;
        }
        DecoderState state;
        state.protoVersion = proto;
        state.parallelStreaming = parallel;
        QString error;
        capture.reader = RecvlogicalReader::open(file, state, &error);
        if (!capture.reader) {
            qWarning("%s", qPrintable(error));
            return capture;
        }
        capture.entries = capture.reader->readAll();
        if (capture.reader->hasError()) {
            qWarning("decoding %s: %s", qPrintable(file), qPrintable(capture.reader->error().toString()));
            capture.reader.reset();
        }
        return capture;
    }

    // With PGREPL_PGOUTPUT_CAPTURE_DIR set, keeps the raw captures (seed
    // corpus for the fuzzer, test data).
    void saveCapture(const QString &name, const Capture &capture)
    {
        const QString dir = qEnvironmentVariable("PGREPL_PGOUTPUT_CAPTURE_DIR");
        if (dir.isEmpty() || !capture.reader)
            return;
        QFile out(QDir(dir).filePath(name + QStringLiteral(".bin")));
        if (out.open(QIODevice::WriteOnly))
            out.write(capture.reader->data());
    }

    std::optional<Sandbox> m_sandbox;
    QTemporaryDir m_dir;
    int m_serverVersion = 0;
    QStringList m_slots;
    QStringList m_publications;
};

QTEST_GUILESS_MAIN(TestPgoutputGolden)
#include "tst_pgoutput_golden.moc"
