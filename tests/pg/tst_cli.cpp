// The headless subcommands against the sandbox, through the real executable:
// slots housekeeping, capture to pgcap and raw with the three ack modes,
// convert round trips, and a clean stop on SIGINT/SIGTERM.
#include "Sandbox.h"
#include "pgoutput/RecvlogicalReader.h"
#include "store/CaptureReader.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

#include <csignal>

using namespace pgrepl;
using pgrepl::test::Sandbox;

class TestCli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    std::optional<Sandbox> m_sandbox;
    QTemporaryDir m_dir;
    Sandbox::PublishedTable m_published;
    QString m_type;
    int m_files = 0;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &k : env.keys())
            if (k.startsWith(QStringLiteral("PG")))
                env.remove(k);
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        return env;
    }

    Run run(const QStringList &args, int timeoutMs = 60000) const
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(QStringLiteral(PGREPL_APP_BINARY), args);
        Run r;
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            r.err = QString::fromUtf8(p.readAllStandardError());
            qWarning("timed out: %s\n%s", qPrintable(args.join(u' ')), qPrintable(r.err));
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    QString dsn() const
    {
        return QStringLiteral("host=127.0.0.1 port=%1 dbname=%2 user=pgrepl_trust sslmode=disable")
            .arg(m_sandbox->port())
            .arg(m_sandbox->database());
    }

    QString sql(const QString &statements) const { return m_sandbox->sqlOutput(statements); }

    QString newFile(const QString &suffix)
    {
        return m_dir.filePath(QStringLiteral("f%1.%2").arg(++m_files).arg(suffix));
    }

    QString newSlot()
    {
        const QString slot = Sandbox::uniqueName(QStringLiteral("tst_cli"));
        sql(QStringLiteral("SELECT pg_create_logical_replication_slot('%1', 'pgoutput')").arg(slot));
        return slot;
    }

    QString slotValue(const QString &slot, const QString &column) const
    {
        return sql(
            QStringLiteral("SELECT %1 FROM pg_replication_slots WHERE slot_name = '%2'").arg(column, slot));
    }

    Lsn confirmed(const QString &slot) const
    {
        return Lsn::parse(slotValue(slot, QStringLiteral("confirmed_flush_lsn"))).value_or(Lsn());
    }

    void insertTransactions(int count)
    {
        QStringList statements;
        for (int i = 0; i < count; ++i)
            statements
                << QStringLiteral("INSERT INTO %1 (v) VALUES ('row %2')").arg(m_published.table).arg(i);
        sql(statements.join(QStringLiteral(";\n")));
    }

    Lsn insertLsn() const { return *Lsn::parse(sql(QStringLiteral("SELECT pg_current_wal_insert_lsn()"))); }

    QStringList captureArgs(const QString &slot, const QString &out) const
    {
        return {QStringLiteral("capture"), QStringLiteral("--dsn"), dsn(), QStringLiteral("--slot"), slot,
            QStringLiteral("--publication"), m_published.publication, QStringLiteral("-o"), out,
            QStringLiteral("--quiet")};
    }

    // XLogData payloads of a pgcap file.
    static QList<QByteArray> messages(const QString &path, QString *problem)
    {
        CaptureReader r;
        QList<QByteArray> found;
        if (!r.open(path)) {
            *problem = r.errorString();
            return found;
        }
        if (r.isDamaged())
            *problem = r.warning();
        for (qsizetype i = 0; i < r.recordCount(); ++i)
            if (r.record(i).kind == StreamEvent::Kind::XLogData)
                found << r.record(i).payload.toByteArray();
        return found;
    }

    static int countTag(const QList<QByteArray> &payloads, char tag)
    {
        return int(std::count_if(
            payloads.cbegin(), payloads.cend(), [tag](const QByteArray &p) { return p.startsWith(tag); }));
    }

    static QList<Lsn> commitEnds(const QList<QByteArray> &payloads)
    {
        QList<Lsn> ends;
        for (const QByteArray &p : payloads)
            if (p.startsWith('C') && p.size() >= 18)
                ends << Lsn(qFromBigEndian<quint64>(p.constData() + 10));
        return ends;
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_sandbox = Sandbox::load(&error);
        QVERIFY2(m_sandbox, qPrintable(error));
        QVERIFY(m_dir.isValid());
        m_type = Sandbox::uniqueName(QStringLiteral("tst_cli_mood"));
        QVERIFY(sql(QStringLiteral("CREATE TYPE %1 AS ENUM ('ok')").arg(m_type)) != u"<error>");
        m_published
            = m_sandbox->publishNewTable(QStringLiteral("tst_cli_t"), QStringLiteral("tst_cli_pub"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cleanupTestCase()
    {
        m_sandbox->dropInactiveSlots(QStringLiteral("tst_cli"));
        m_sandbox->dropPublishedTable(m_published);
        sql(QStringLiteral("DROP TYPE IF EXISTS %1").arg(m_type));
    }

    void slotsCreateListCopyDrop()
    {
        const QString slot = Sandbox::uniqueName(QStringLiteral("tst_cli_s"));
        const QString copy = Sandbox::uniqueName(QStringLiteral("tst_cli_c"));
        Run r = run({QStringLiteral("slots"), QStringLiteral("create"), slot, QStringLiteral("--two-phase"),
            QStringLiteral("--dsn"), dsn()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(slotValue(slot, QStringLiteral("plugin || '|' || slot_type || '|' || two_phase")),
            QStringLiteral("pgoutput|logical|true"));

        r = run({QStringLiteral("slots"), QStringLiteral("list"), QStringLiteral("--dsn"), dsn()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = r.out.split(u'\n');
        QVERIFY2(lines.first().startsWith(QStringLiteral("slot_name")), qPrintable(r.out));
        for (const char *column : {"plugin", "confirmed_flush_lsn", "wal_status", "safe_wal_size",
                 "two_phase", "retained_wal_bytes", "active_pid"})
            QVERIFY2(lines.first().contains(QLatin1String(column)), column);
        const auto row = std::find_if(
            lines.cbegin(), lines.cend(), [&](const QString &l) { return l.startsWith(slot + u' '); });
        QVERIFY2(row != lines.cend(), qPrintable(r.out));
        QVERIFY(row->contains(slotValue(slot, QStringLiteral("confirmed_flush_lsn"))));
        QVERIFY(row->contains(QStringLiteral("reserved")));

        r = run(
            {QStringLiteral("slots"), QStringLiteral("copy"), slot, copy, QStringLiteral("--dsn"), dsn()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(
            slotValue(copy, QStringLiteral("plugin || '|' || temporary")), QStringLiteral("pgoutput|false"));

        // Copying onto an existing name is the server's error, exit 1, with its message.
        r = run(
            {QStringLiteral("slots"), QStringLiteral("copy"), slot, copy, QStringLiteral("--dsn"), dsn()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("already exists")), qPrintable(r.err));

        for (const QString &name : {slot, copy}) {
            r = run({QStringLiteral("slots"), QStringLiteral("drop"), name, QStringLiteral("--dsn"), dsn()});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QVERIFY2(r.out.contains(QStringLiteral("lost:")), qPrintable(r.out));
            QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM pg_replication_slots WHERE slot_name = '%1'")
                             .arg(name)),
                QStringLiteral("0"));
        }
        r = run({QStringLiteral("slots"), QStringLiteral("drop"), slot, QStringLiteral("--dsn"), dsn()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("does not exist")), qPrintable(r.err));
    }

    void captureToPgcapWithEndposLeavesSlot()
    {
        const QString slot = newSlot();
        const Lsn before = confirmed(slot);
        insertTransactions(3);
        const Lsn endpos = insertLsn();
        insertTransactions(1); // after endpos: not captured
        const QString out = newFile(QStringLiteral("pgcap"));
        const Run r = run(captureArgs(slot, out) << QStringLiteral("--endpos") << endpos.toString());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QString problem;
        const QList<QByteArray> payloads = messages(out, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(countTag(payloads, 'I'), 3);
        QCOMPARE(commitEnds(payloads).size(), 3);
        QCOMPARE(commitEnds(payloads).last(), endpos);

        CaptureReader reader;
        QVERIFY(reader.open(out));
        const CaptureHeader &h = reader.header();
        QCOMPARE(h.systemId, sql(QStringLiteral("SELECT system_identifier FROM pg_control_system()")));
        QCOMPARE(h.slotName, slot);
        QCOMPARE(h.database, m_sandbox->database());
        QCOMPARE(h.publications.size(), 1);
        QCOMPARE(h.publications.first().name, m_published.publication);
        QVERIFY2(h.publications.first().definition.contains(m_published.table),
            qPrintable(h.publications.first().definition));
        QVERIFY2(h.startReplicationCommand.startsWith(QStringLiteral("START_REPLICATION SLOT")),
            qPrintable(h.startReplicationCommand));
        QCOMPARE(h.extraFloatDigits, 3);
        QVERIFY(!h.timeZone.isEmpty() && !h.serverEncoding.isEmpty());
        QVERIFY(h.captureStartUs > 0);
        // User types travel with the capture.
        const quint32 typeOid = sql(QStringLiteral("SELECT '%1'::regtype::oid").arg(m_type)).toUInt();
        QVERIFY(h.typeNames.contains(typeOid));
        QCOMPARE(h.typeNames.value(typeOid).name, m_type);
        QCOMPARE(h.typeNames.value(typeOid).schema, QStringLiteral("public"));
        int statusUpdates = 0;
        for (qsizetype i = 0; i < reader.recordCount(); ++i)
            if (reader.record(i).kind == StreamEvent::Kind::StatusUpdate) {
                ++statusUpdates;
                QCOMPARE(reader.record(i).direction, CaptureDirection::ClientToServer);
                QCOMPARE(reader.record(i).walEnd, Lsn()); // --ack never reports flush 0/0
            }
        QVERIFY(statusUpdates >= 1);
        QCOMPARE(confirmed(slot), before);
        // The same file again is refused, and left alone.
        const qint64 size = QFileInfo(out).size();
        const Run again = run(captureArgs(slot, out));
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("already exists")), qPrintable(again.err));
        QCOMPARE(QFileInfo(out).size(), size);
    }

    void ackAutoAdvances()
    {
        const QString slot = newSlot();
        insertTransactions(2);
        const Lsn endpos = insertLsn();
        const QString out = newFile(QStringLiteral("pgcap"));
        const Run r = run(captureArgs(slot, out) << QStringLiteral("--endpos") << endpos.toString()
                                                 << QStringLiteral("--ack") << QStringLiteral("auto"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QString problem;
        const QList<Lsn> ends = commitEnds(messages(out, &problem));
        QCOMPARE(ends.size(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(confirmed(slot), ends.last(), 5000);
    }

    void ackManualMovesExactly()
    {
        const QString slot = newSlot();
        insertTransactions(3);
        const Lsn endpos = insertLsn();
        // First a peek, to learn the commit ends.
        const QString peek = newFile(QStringLiteral("pgcap"));
        Run r = run(captureArgs(slot, peek) << QStringLiteral("--endpos") << endpos.toString());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QString problem;
        const QList<Lsn> ends = commitEnds(messages(peek, &problem));
        QCOMPARE(ends.size(), 3);

        // An end that never comes: refused at the end, exit 1, slot unmoved.
        const Lsn before = confirmed(slot);
        r = run(captureArgs(slot, newFile(QStringLiteral("pgcap")))
            << QStringLiteral("--endpos") << endpos.toString() << QStringLiteral("--ack")
            << QStringLiteral("manual") << QStringLiteral("--ack-upto")
            << Lsn(ends[1].value() + 1).toString());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("was not acknowledged")), qPrintable(r.err));
        QCOMPARE(confirmed(slot), before);

        r = run(captureArgs(slot, newFile(QStringLiteral("raw")))
            << QStringLiteral("--endpos") << endpos.toString() << QStringLiteral("--ack")
            << QStringLiteral("manual") << QStringLiteral("--ack-upto") << ends[1].toString()
            << QStringLiteral("--format") << QStringLiteral("raw"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QTRY_COMPARE_WITH_TIMEOUT(confirmed(slot), ends[1], 5000);
    }

    void rawCaptureAndConvertRoundTrips()
    {
        const QString slot = newSlot();
        insertTransactions(3);
        const Lsn endpos = insertLsn();
        const QString pgcap = newFile(QStringLiteral("pgcap"));
        const QString raw = newFile(QStringLiteral("raw"));
        Run r = run(captureArgs(slot, pgcap) << QStringLiteral("--endpos") << endpos.toString()
                                             << QStringLiteral("--proto-version") << QStringLiteral("2"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = run(captureArgs(slot, raw)
            << QStringLiteral("--endpos") << endpos.toString() << QStringLiteral("--proto-version")
            << QStringLiteral("2") << QStringLiteral("--format") << QStringLiteral("raw"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        pgoutput::DecoderState state;
        state.protoVersion = 2;
        QString error;
        auto reader = pgoutput::RecvlogicalReader::open(raw, state, &error);
        QVERIFY2(reader, qPrintable(error));
        QList<QByteArray> fromRaw;
        for (const auto &e : reader->readAll())
            fromRaw << e.raw.toByteArray();
        QVERIFY2(!reader->hasError(), qPrintable(reader->error().toString()));
        QString problem;
        const QList<QByteArray> fromPgcap = messages(pgcap, &problem);
        QCOMPARE(countTag(fromRaw, 'I'), 3);
        QCOMPARE(fromRaw, fromPgcap);

        // pgcap -> raw gives the bytes the raw capture has.
        const QString converted = newFile(QStringLiteral("raw"));
        r = run({QStringLiteral("convert"), pgcap, QStringLiteral("-o"), converted,
            QStringLiteral("--format"), QStringLiteral("raw")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile a(raw), b(converted);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(b.readAll(), a.readAll());

        // raw -> pgcap keeps every message and warns what is absent.
        const QString back = newFile(QStringLiteral("pgcap"));
        r = run({QStringLiteral("convert"), raw, QStringLiteral("-o"), back, QStringLiteral("--format"),
            QStringLiteral("pgcap"), QStringLiteral("--proto-version"), QStringLiteral("2")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("per-change LSNs and user type names are absent")),
            qPrintable(r.err));
        QCOMPARE(messages(back, &problem), fromPgcap);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        CaptureReader backReader;
        QVERIFY(backReader.open(back));
        QVERIFY(backReader.header().startReplicationCommand.contains(QStringLiteral("proto_version '2'")));

        // ... and back to raw again, byte for byte.
        const QString again = newFile(QStringLiteral("raw"));
        r = run({QStringLiteral("convert"), back, QStringLiteral("-o"), again, QStringLiteral("--format"),
            QStringLiteral("raw")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile c(again);
        QVERIFY(c.open(QIODevice::ReadOnly));
        a.seek(0);
        QCOMPARE(c.readAll(), a.readAll());

        // capture straight to JSONL: the same three transactions, written as they committed.
        const QString live = newFile(QStringLiteral("jsonl"));
        r = run(captureArgs(slot, live) << QStringLiteral("--endpos") << endpos.toString()
                                        << QStringLiteral("--format") << QStringLiteral("jsonl"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile liveFile(live);
        QVERIFY(liveFile.open(QIODevice::ReadOnly));
        QCOMPARE(liveFile.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        const QByteArray liveText = liveFile.readAll();
        QCOMPARE(liveText.count("{\"action\":\"I\""), qsizetype(3));
        QCOMPARE(liveText.count("{\"action\":\"C\""), qsizetype(3));

        // pgcap and raw -> JSONL (wal2json format-version 2), CSV and SQL through the exporter.
        const QString jsonl = newFile(QStringLiteral("jsonl"));
        r = run({QStringLiteral("convert"), pgcap, QStringLiteral("-o"), jsonl, QStringLiteral("--format"),
            QStringLiteral("jsonl")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile j(jsonl);
        QVERIFY(j.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = j.readAll().trimmed().split('\n');
        int inserts = 0, begins = 0;
        for (const QByteArray &line : lines) {
            inserts += line.startsWith("{\"action\":\"I\"");
            begins += line.startsWith("{\"action\":\"B\"");
        }
        QCOMPARE(inserts, 3);
        QCOMPARE(begins, 3);
        // Written live or converted afterwards: the same lines.
        j.seek(0);
        QCOMPARE(j.readAll(), liveText);
        QVERIFY2(lines.first().contains("\"lsn\""), lines.first().constData());
        for (const QString &format : {QStringLiteral("csv"), QStringLiteral("sql")}) {
            const QString out = newFile(format);
            r = run({QStringLiteral("convert"), raw, QStringLiteral("-o"), out, QStringLiteral("--format"),
                format, QStringLiteral("--proto-version"), QStringLiteral("2")});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QFile f(out);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray text = f.readAll();
            QCOMPARE(text.count(format == u"sql" ? "INSERT INTO" : ",I,"), qsizetype(3));
        }

        // A raw file read with the wrong protocol is refused, with the offset, and nothing is written.
        const QString wrong = newFile(QStringLiteral("pgcap"));
        QFile garbage(newFile(QStringLiteral("raw")));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write("Zjunk\n");
        garbage.close();
        r = run({QStringLiteral("convert"), garbage.fileName(), QStringLiteral("-o"), wrong,
            QStringLiteral("--format"), QStringLiteral("pgcap")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFile::exists(wrong));
    }

    void createSlotTwoPhase()
    {
        const QString slot = Sandbox::uniqueName(QStringLiteral("tst_cli_2pc"));
        const QString gid = Sandbox::uniqueName(QStringLiteral("gid"));
        // Creates the slot; nothing to stream yet, so it stops at once at endpos.
        Run r = run(captureArgs(slot, newFile(QStringLiteral("pgcap")))
            << QStringLiteral("--create-slot") << QStringLiteral("--two-phase")
            << QStringLiteral("--proto-version") << QStringLiteral("3") << QStringLiteral("--endpos")
            << insertLsn().toString());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(slotValue(slot, QStringLiteral("two_phase")), QStringLiteral("t"));
        sql(QStringLiteral("BEGIN; INSERT INTO %1 (v) VALUES ('prepared'); PREPARE TRANSACTION '%2'; COMMIT "
                           "PREPARED '%2'")
                .arg(m_published.table, gid));
        const Lsn endpos = insertLsn();
        insertTransactions(1);
        const QString out = newFile(QStringLiteral("pgcap"));
        r = run(captureArgs(slot, out)
            << QStringLiteral("--two-phase") << QStringLiteral("--proto-version") << QStringLiteral("3")
            << QStringLiteral("--endpos") << endpos.toString());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QString problem;
        const QList<QByteArray> payloads = messages(out, &problem);
        QCOMPARE(countTag(payloads, 'b'), 1); // Begin Prepare
        QCOMPARE(countTag(payloads, 'P'), 1); // Prepare
        QCOMPARE(countTag(payloads, 'K'), 1); // Commit Prepared
        QCOMPARE(countTag(payloads, 'I'), 1);

        // Creating a slot that exists is the server's error, exit 1, and no file.
        const QString none = newFile(QStringLiteral("pgcap"));
        r = run(captureArgs(slot, none) << QStringLiteral("--create-slot"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("already exists")), qPrintable(r.err));
        QVERIFY(!QFile::exists(none));
    }

    void temporaryCopyLeavesSlotAlone()
    {
        const QString slot = newSlot();
        const Lsn before = confirmed(slot);
        insertTransactions(2);
        const Lsn endpos = insertLsn();
        const QString out = newFile(QStringLiteral("pgcap"));
        const Run r = run(captureArgs(slot, out)
            << QStringLiteral("--temporary-copy") << QStringLiteral("--ack") << QStringLiteral("auto")
            << QStringLiteral("--endpos") << endpos.toString());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        CaptureReader reader;
        QVERIFY(reader.open(out));
        QVERIFY(reader.header().temporaryCopy);
        QCOMPARE(reader.header().originalSlotName, slot);
        QVERIFY(reader.header().slotName != slot);
        QVERIFY2(reader.header().startReplicationCommand.contains(reader.header().slotName),
            qPrintable(reader.header().startReplicationCommand));
        QString problem;
        QCOMPARE(countTag(messages(out, &problem), 'I'), 2);
        QCOMPARE(confirmed(slot), before);
        QTRY_COMPARE_WITH_TIMEOUT(
            sql(QStringLiteral("SELECT count(*) FROM pg_replication_slots WHERE slot_name = "
                               "'%1'")
                    .arg(reader.header().slotName)),
            QStringLiteral("0"), 5000);
    }

    void signalStopsCleanly_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::newRow("SIGINT") << int(SIGINT);
        QTest::newRow("SIGTERM") << int(SIGTERM);
    }
    void signalStopsCleanly()
    {
        QFETCH(int, signalNumber);
        const QString slot = newSlot();
        insertTransactions(2);
        const QString out = newFile(QStringLiteral("pgcap"));
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(QStringLiteral(PGREPL_APP_BINARY),
            captureArgs(slot, out) << QStringLiteral("--ack") << QStringLiteral("auto"));
        QVERIFY(p.waitForStarted());
        // The file grows while the capture runs; wait for both inserts to be in it.
        QString problem;
        QTRY_VERIFY_WITH_TIMEOUT(
            QFileInfo::exists(out) && countTag(messages(out, &problem), 'I') == 2, 20000);
        if (signalNumber == SIGTERM)
            p.terminate();
        else
            ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(30000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QVERIFY2(p.exitCode() == 0, qPrintable(err));
        problem.clear();
        CaptureReader reader;
        QVERIFY2(reader.open(out), qPrintable(reader.errorString()));
        QVERIFY2(!reader.isDamaged(), qPrintable(reader.warning()));
        const QList<QByteArray> payloads = messages(out, &problem);
        QCOMPARE(countTag(payloads, 'I'), 2);
        // Auto ack: what was written is acknowledged.
        QTRY_COMPARE_WITH_TIMEOUT(confirmed(slot), commitEnds(payloads).last(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(slotValue(slot, QStringLiteral("active")), QStringLiteral("f"), 5000);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
