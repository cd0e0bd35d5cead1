// The JSONL export checked against the real wal2json plugin: one workload
// decoded by two slots (pgoutput and wal2json) on the same server; our
// export of the pgoutput stream must equal wal2json's output line by line.
#include "SandboxUserTypes.h"
#include "export/Exporter.h"
#include "store/EventStore.h"
#include "txn/TransactionIndex.h"
#include "types/BinaryValues.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

using namespace pgrepl;
using pgrepl::test::Sandbox;

namespace {

// Both sessions print timestamptz here: a zone with a half-hour offset
// checks the offset format too.
const QString kZone = QStringLiteral("Asia/Kolkata");

} // namespace

class TestExportWal2json : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        m_sandbox = Sandbox::load(&error);
        QVERIFY2(m_sandbox, qPrintable(error));
        run(QStringLiteral("DROP SCHEMA IF EXISTS exp_w2j CASCADE"));
        run(QStringLiteral("CREATE SCHEMA exp_w2j"));
    }

    void cleanupTestCase()
    {
        if (!m_sandbox)
            return;
        const auto prepared
            = m_sandbox->sql(QStringLiteral("SELECT gid FROM pg_prepared_xacts WHERE gid LIKE 'exp_gid%'"));
        for (const QString &gid : prepared.output.split(u'\n', Qt::SkipEmptyParts))
            m_sandbox->sql(QStringLiteral("ROLLBACK PREPARED '%1'").arg(gid));
        for (const QString &slot : std::as_const(m_slots))
            m_sandbox->sql(QStringLiteral("SELECT pg_drop_replication_slot('%1')").arg(slot));
        if (!m_publication.isEmpty())
            m_sandbox->sql(QStringLiteral("DROP PUBLICATION IF EXISTS %1").arg(m_publication));
        m_sandbox->sql(QStringLiteral("DROP SCHEMA IF EXISTS exp_w2j CASCADE"));
    }

    void jsonlMatchesWal2json()
    {
        run(QStringLiteral(R"SQL(
CREATE TYPE exp_w2j.mood AS ENUM ('ok', 'sad');
CREATE DOMAIN exp_w2j.posint AS int CHECK (VALUE > 0);
CREATE TABLE exp_w2j.rich (id int PRIMARY KEY, i2 int2, i8 int8, n numeric, n2 numeric(6,3), f8 float8,
    f4 float4, b bool, s text, by bytea, ts timestamptz, d date, u uuid, j json, jb jsonb,
    m exp_w2j.mood, dm exp_w2j.posint, arr int[], vc varchar(10), o oid, big text);
ALTER TABLE exp_w2j.rich ALTER COLUMN big SET STORAGE EXTERNAL;
CREATE TABLE exp_w2j.full_t (id int, v text, t timestamptz);
ALTER TABLE exp_w2j.full_t REPLICA IDENTITY FULL;
CREATE TABLE exp_w2j.idx_t (a int NOT NULL, b int NOT NULL, c text);
CREATE UNIQUE INDEX idx_t_ab ON exp_w2j.idx_t (b, a);
ALTER TABLE exp_w2j.idx_t REPLICA IDENTITY USING INDEX idx_t_ab;
CREATE TABLE exp_w2j."Odd ""T""" ("Col A" int PRIMARY KEY, "x""y" text);
)SQL"));
        ensurePublication();
        const QString pgoSlot = newSlot("exp_pgo", "pgoutput");
        const QString w2jSlot = newSlot("exp_w2j", "wal2json");
        // The same stream again with values in binary: rendered by us, not the server.
        const QString binarySlot = newSlot("exp_bin", "pgoutput");

        const QStringList workload = {
            QStringLiteral(
                "SET TimeZone = 'Asia/Kolkata'; INSERT INTO exp_w2j.rich VALUES (1, -32768, "
                "9223372036854775807, "
                "1.500, 1.5, 1e-7, 1.25, true, E'q\"uote \\\\ back\\nline \u00e9\u2713 ''s', '\\x00ff10', "
                "'2024-02-29 23:59:59.5+00', '2024-01-02', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', "
                "'{\"k\": [1, 2]}', '{\"k\": [1, 2]}', 'sad', 7, '{1,NULL,3}', 'vc', 12345, "
                "(SELECT string_agg(md5(i::text), '') FROM generate_series(1, 100) i))"),
            QStringLiteral("INSERT INTO exp_w2j.rich (id, n, f8, f4) VALUES (2, 'NaN', '-0', '-Infinity'), "
                           "(3, '-0.000', 'Infinity', 'NaN'), (4, NULL, 'NaN', '1e30')"),
            // TOASTed big left unchanged: wal2json and pgoutput both leave it out.
            QStringLiteral("UPDATE exp_w2j.rich SET s = 'changed' WHERE id = 1"),
            QStringLiteral("UPDATE exp_w2j.rich SET id = 10 WHERE id = 1"),
            QStringLiteral("DELETE FROM exp_w2j.rich WHERE id = 2"),
            QStringLiteral("BEGIN; INSERT INTO exp_w2j.full_t VALUES (1, 'a', now()), (2, NULL, NULL); "
                           "UPDATE exp_w2j.full_t SET v = 'b' WHERE id = 1; DELETE FROM exp_w2j.full_t WHERE "
                           "id = 2; COMMIT"),
            QStringLiteral("BEGIN; INSERT INTO exp_w2j.idx_t VALUES (1, 2, 'c'); UPDATE exp_w2j.idx_t SET "
                           "c = 'd'; UPDATE exp_w2j.idx_t SET a = 5; DELETE FROM exp_w2j.idx_t; COMMIT"),
            QStringLiteral("INSERT INTO exp_w2j.\"Odd \"\"T\"\"\" VALUES (1, 'v')"),
            QStringLiteral("UPDATE exp_w2j.\"Odd \"\"T\"\"\" SET \"Col A\" = 2"),
            QStringLiteral("BEGIN; SELECT pg_logical_emit_message(true, 'pfx \"t\"', 'tx content'); "
                           "SELECT pg_logical_emit_message(false, 'ntx', '\\x61006263'::bytea); "
                           "INSERT INTO exp_w2j.idx_t VALUES (7, 8, 'm'); COMMIT"),
            QStringLiteral("BEGIN; INSERT INTO exp_w2j.full_t VALUES (99, 'aborted', NULL); ROLLBACK"),
            QStringLiteral("TRUNCATE exp_w2j.full_t, exp_w2j.idx_t"),
        };
        for (const QString &statement : workload)
            run(statement);

        QStringList expected;
        compareSlots(pgoSlot, w2jSlot, QStringLiteral("'proto_version', '1'"), 1, &expected);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(expected.size() > 20);
        // In binary too, with enums and domains rendered from their send
        // format through the types' kind and base type.
        compareSlots(
            binarySlot, QString(), QStringLiteral("'proto_version', '1', 'binary', 'true'"), 1, &expected);
        if (QTest::currentTestFailed())
            return;

        // The workload did reach the cases it is meant to compare.
        const QString all = expected.join(u'\n');
        for (const QString &needle : {QStringLiteral("\"value\":1.500"), QStringLiteral("\"value\":1e-07"),
                 QStringLiteral("\"value\":-0}"), QStringLiteral("\"value\":0.000"),
                 QStringLiteral("\"value\":9223372036854775807"), QStringLiteral("+05:30\""),
                 QStringLiteral("\"type\":\"exp_w2j.mood\""),
                 QStringLiteral("\"type\":\"exp_w2j.posint\",\"value\":\"7\""),
                 QStringLiteral("\"type\":\"character varying(10)\""),
                 QStringLiteral("\"type\":\"numeric(6,3)\""), QStringLiteral("\"type\":\"integer[]\""),
                 QStringLiteral("\"value\":\"00ff10\""), QStringLiteral("\"xid\":null,\"timestamp\":null"),
                 QStringLiteral("\"content\":\"a\""), QStringLiteral("\"table\":\"Odd \\\"T\\\"\""),
                 QStringLiteral("\"action\":\"T\"")})
            QVERIFY2(all.contains(needle), qPrintable(needle));
        QCOMPARE(all.count(QStringLiteral("\"action\":\"T\"")), 2);
        QVERIFY(!all.contains(QStringLiteral("aborted")));
        // Both updates of rich left the TOASTed column out; the first insert had it.
        int richUpdates = 0;
        for (const QString &line : expected) {
            if (!line.contains(QStringLiteral("\"action\":\"U\""))
                || !line.contains(QStringLiteral("\"table\":\"rich\"")))
                continue;
            ++richUpdates;
            QVERIFY2(!line.contains(QStringLiteral("\"name\":\"big\"")), qPrintable(line));
        }
        QCOMPARE(richUpdates, 2);
        QVERIFY(all.contains(QStringLiteral("\"name\":\"big\",\"type\":\"text\",\"value\":\"c4ca4238")));
        // The key change names the old key in identity.
        QVERIFY(all.contains(
            QStringLiteral("\"identity\":[{\"name\":\"id\",\"type\":\"integer\",\"value\":1}]")));
    }

    // Streamed transactions (proto 2, streaming on): one committed with a
    // rolled-back savepoint inside, one aborted after it was streamed.
    void streamedMatchesWal2json()
    {
        run(QStringLiteral("CREATE TABLE exp_w2j.bulk (id int PRIMARY KEY, v text)"));
        ensurePublication();
        const QString pgoSlot = newSlot("exp_pgo", "pgoutput");
        const QString w2jSlot = newSlot("exp_w2j", "wal2json");
        run(QStringLiteral(
            "BEGIN; INSERT INTO exp_w2j.bulk SELECT i, repeat('x', 100) FROM generate_series(1, 2000) i; "
            "SAVEPOINT s1; INSERT INTO exp_w2j.bulk SELECT i, 'gone' FROM generate_series(3001, 4000) i; "
            "ROLLBACK TO SAVEPOINT s1; UPDATE exp_w2j.bulk SET v = 'y' WHERE id <= 3; COMMIT"));
        run(QStringLiteral(
            "BEGIN; INSERT INTO exp_w2j.bulk SELECT i, 'aborted' FROM generate_series(5001, 8000) i; "
            "ROLLBACK"));
        run(QStringLiteral("DELETE FROM exp_w2j.bulk WHERE id = 2"));
        QStringList expected;
        compareSlots(
            pgoSlot, w2jSlot, QStringLiteral("'proto_version', '2', 'streaming', 'on'"), 2, &expected);
        if (QTest::currentTestFailed())
            return;
        // B + 2000 inserts + 3 updates + C, then B D C.
        QCOMPARE(expected.size(), 2000 + 3 + 2 + 3);
        QVERIFY(!expected.join(u'\n').contains(QStringLiteral("gone")));
        QVERIFY(m_streamed);
    }

    // Two-phase (proto 3, two_phase on): pgoutput sends the prepared
    // transaction at PREPARE, wal2json only at COMMIT PREPARED; the export
    // must follow wal2json, and leave out the one rolled back.
    void twoPhaseMatchesWal2json()
    {
        run(QStringLiteral("CREATE TABLE exp_w2j.tp (id int PRIMARY KEY, v text)"));
        ensurePublication();
        const QString pgoSlot = newSlot("exp_pgo", "pgoutput", true);
        const QString w2jSlot = newSlot("exp_w2j", "wal2json");
        run(QStringLiteral(
            "BEGIN; INSERT INTO exp_w2j.tp VALUES (1, 'prepared'); PREPARE TRANSACTION 'exp_gid1'"));
        run(QStringLiteral("INSERT INTO exp_w2j.tp VALUES (3, 'plain')"));
        run(QStringLiteral("COMMIT PREPARED 'exp_gid1'"));
        run(QStringLiteral(
            "BEGIN; INSERT INTO exp_w2j.tp VALUES (2, 'rolled back'); PREPARE TRANSACTION 'exp_gid2'"));
        run(QStringLiteral("ROLLBACK PREPARED 'exp_gid2'"));
        QStringList expected;
        compareSlots(
            pgoSlot, w2jSlot, QStringLiteral("'proto_version', '3', 'two_phase', 'on'"), 3, &expected);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(expected.size(), 6);
        QVERIFY(expected[1].contains(QStringLiteral("\"plain\"")));
        QVERIFY(expected[4].contains(QStringLiteral("\"prepared\"")));
        QVERIFY(m_twoPhase);
    }

private:
    // Reads both slots (same session TimeZone), exports the pgoutput stream
    // as JSONL and compares it with wal2json's output line by line.
    // ignoredTypes: columns of these types are taken out of both sides first.
    void compareSlots(const QString &pgoSlot, const QString &w2jSlot, const QString &pgoOptions, int proto,
        QStringList *expectedOut, const QStringList &ignoredTypes = {})
    {
        // A small decoding memory makes pgoutput stream big transactions (when
        // asked to); wal2json never streams and writes them at commit.
        const QString tz
            = QStringLiteral("SET TimeZone = '%1'; SET logical_decoding_work_mem = '64kB'; ").arg(kZone);
        // With no wal2json slot, *expectedOut already holds what to compare with.
        if (!w2jSlot.isEmpty()) {
            const auto w2j = m_sandbox->sql(tz
                + QStringLiteral(
                    "SELECT data FROM pg_logical_slot_get_changes('%1', NULL, NULL, 'format-version', "
                    "'2', 'include-xids', '1', 'include-timestamp', '1', 'include-lsn', '1')")
                      .arg(w2jSlot));
            QVERIFY2(w2j.ok, qPrintable(w2j.error));
            *expectedOut = w2j.output.split(u'\n', Qt::SkipEmptyParts);
        }
        QStringList expected = *expectedOut;

        const auto pgo = m_sandbox->sql(tz
            + QStringLiteral(
                "SELECT lsn, encode(data, 'hex') FROM pg_logical_slot_get_binary_changes('%1', NULL, "
                "NULL, %3, 'publication_names', '%2', 'messages', 'true')")
                  .arg(pgoSlot, m_publication, pgoOptions));
        QVERIFY2(pgo.ok, qPrintable(pgo.error));
        EventStore store;
        for (const QString &line : pgo.output.split(u'\n', Qt::SkipEmptyParts)) {
            const qsizetype bar = line.indexOf(u'|');
            QVERIFY(bar > 0);
            const auto lsn = Lsn::parse(QStringView(line).left(bar));
            QVERIFY(lsn);
            EventMeta meta;
            meta.walStart = *lsn;
            meta.walEnd = *lsn;
            QVERIFY(store.append(meta, QByteArray::fromHex(line.mid(bar + 1).toLatin1())));
        }
        TransactionIndex index(&store, proto);
        index.indexNew();
        for (int g = 0; g < index.groupCount(); ++g) {
            m_streamed |= index.group(g).kind == TxnGroup::Kind::Streamed;
            m_twoPhase |= index.group(g).kind == TxnGroup::Kind::TwoPhase;
        }

        // The user types as capture and the GUI read them: userTypesQuery()
        // run through psql, its rows handed to parseUserTypes().
        const int versionNum = m_sandbox->sql(QStringLiteral("SHOW server_version_num")).output.toInt();
        QVERIFY(versionNum >= 140000);
        QString error;
        const auto types = test::sandboxUserTypes(*m_sandbox, versionNum, &error);
        QVERIFY2(types, qPrintable(error));
        QVERIFY(!types->isEmpty());

        const auto zone = timeZoneFromName(kZone, &error);
        QVERIFY2(zone, qPrintable(error));
        ExportOptions options;
        options.format = ExportFormat::Jsonl;
        options.userTypes = &*types;
        options.timeZone = *zone;
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        const ExportResult result = Exporter(store, index).write(buffer, options);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.skipped, 0);
        QStringList actual = QString::fromUtf8(buffer.data()).split(u'\n', Qt::SkipEmptyParts);
        for (const QString &type : ignoredTypes) {
            const QRegularExpression column(
                QStringLiteral(",?\\{\"name\":\"[^\"]*\",\"type\":\"%1\",\"value\":(\"[^\"]*\"|[^}]*)\\}")
                    .arg(QRegularExpression::escape(type)));
            for (QString &line : actual)
                line.remove(column);
            for (QString &line : expected)
                line.remove(column);
        }

        // Field by field first, so a mismatch names the line and the field.
        for (qsizetype i = 0; i < std::min(actual.size(), expected.size()); ++i) {
            QJsonParseError parseError;
            const QJsonObject a = QJsonDocument::fromJson(actual[i].toUtf8(), &parseError).object();
            QVERIFY2(parseError.error == QJsonParseError::NoError,
                qPrintable(QStringLiteral("line %1 is not JSON: %2").arg(i + 1).arg(actual[i])));
            const QJsonObject e = QJsonDocument::fromJson(expected[i].toUtf8()).object();
            QCOMPARE(a.keys(), e.keys());
            for (const QString &key : e.keys()) {
                if (a.value(key) == e.value(key))
                    continue;
                // Name the column: whole lines are too long to read in a message.
                QString ours = QString::fromUtf8(QJsonDocument(QJsonObject {{key, a.value(key)}}).toJson());
                QString theirs = QString::fromUtf8(QJsonDocument(QJsonObject {{key, e.value(key)}}).toJson());
                const QJsonArray ac = a.value(key).toArray();
                const QJsonArray ec = e.value(key).toArray();
                for (qsizetype c = 0; c < std::min(ac.size(), ec.size()); ++c) {
                    if (ac[c] != ec[c]) {
                        ours = QString::fromUtf8(
                            QJsonDocument(ac[c].toObject()).toJson(QJsonDocument::Compact));
                        theirs = QString::fromUtf8(
                            QJsonDocument(ec[c].toObject()).toJson(QJsonDocument::Compact));
                        break;
                    }
                }
                QFAIL(qPrintable(QStringLiteral("line %1 field %2:\n ours     %3\n wal2json %4")
                                     .arg(i + 1)
                                     .arg(key, ours.left(400), theirs.left(400))));
            }
            // Then the bytes: key order, number text (1.500, 1e-07, -0).
            QCOMPARE(actual[i], expected[i]);
        }
        if (actual.size() != expected.size())
            qWarning().noquote() << "ours from line" << expected.size() + 1 << ":"
                                 << actual.mid(expected.size()).join(u'\n').left(2000)
                                 << "\nwal2json from line" << actual.size() + 1 << ":"
                                 << expected.mid(actual.size()).join(u'\n').left(2000);
        QCOMPARE(actual.size(), expected.size());
    }

    // The publication of all tables that the pgoutput slots read, made by
    // the first test that needs it.
    void ensurePublication()
    {
        if (!m_publication.isEmpty())
            return;
        m_publication = Sandbox::uniqueName(QStringLiteral("exp_pub"));
        run(QStringLiteral("CREATE PUBLICATION %1 FOR ALL TABLES").arg(m_publication));
    }

    // A new slot of plugin (decoding two-phase transactions at PREPARE when
    // twoPhase), dropped by cleanupTestCase.
    QString newSlot(const char *prefix, const char *plugin, bool twoPhase = false)
    {
        const QString slot = Sandbox::uniqueName(QLatin1String(prefix));
        run(QStringLiteral("SELECT pg_create_logical_replication_slot('%1', '%2'%3)")
                .arg(slot, QLatin1String(plugin), twoPhase ? QStringLiteral(", false, true") : QString()));
        m_slots << slot;
        return slot;
    }

    // The sandbox runs with synchronous_commit off; a commit must be flushed
    // before a slot read (which stops at the flush position) can see it.
    void run(const QString &sql)
    {
        const auto r = m_sandbox->sql(QStringLiteral("SET synchronous_commit = on; ") + sql);
        QVERIFY2(r.ok, qPrintable(r.error));
    }

    std::optional<Sandbox> m_sandbox;
    QStringList m_slots;
    QString m_publication;
    bool m_streamed = false; // a pgoutput stream held a streamed transaction
    bool m_twoPhase = false; // ... or a two-phase one
};

QTEST_GUILESS_MAIN(TestExportWal2json)
#include "tst_export_wal2json.moc"
