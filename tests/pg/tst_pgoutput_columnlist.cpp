// A publication with a column list, streamed through our own session and
// decoded: the Relation message and every tuple carry just the published
// columns, named and typed as format_type prints them on the server.
#include "Sandbox.h"
#include "pgoutput/Decoder.h"
#include "session/ReplicationSession.h"
#include "types/TypeNames.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace pgrepl;
using pgrepl::test::Sandbox;

class TestColumnList : public QObject
{
    Q_OBJECT

private slots:
    void publishedColumnsOnly()
    {
        QString error;
        const auto sandbox = Sandbox::load(&error);
        QVERIFY2(sandbox, qPrintable(error));
        const QString table = Sandbox::uniqueName(QStringLiteral("tst_cols"));
        const QString pub = Sandbox::uniqueName(QStringLiteral("tst_cols_pub"));
        const QString slot = Sandbox::uniqueName(QStringLiteral("tst_cols_slot"));
        auto sql = [&](const QString &s) {
            const auto r = sandbox->sql(s);
            if (!r.ok)
                qWarning("%s", qPrintable(r.error));
            return r.output;
        };
        sql(QStringLiteral("CREATE TABLE %1 (id int PRIMARY KEY, price numeric(12,3), secret text, "
                           "tags varchar(20)[], at timestamp(3) with time zone)")
                .arg(table));
        sql(QStringLiteral("CREATE PUBLICATION %1 FOR TABLE %2 (id, price, tags, at)").arg(pub, table));
        sql(QStringLiteral("SELECT pg_create_logical_replication_slot('%1', 'pgoutput')").arg(slot));
        sql(QStringLiteral(
            "INSERT INTO %1 VALUES (1, 2.500, 'hidden', '{a,b}', '2024-01-02 03:04:05.678+00')")
                .arg(table));

        QTemporaryDir home;
        ConnEnvironment env;
        env.homeDir = home.path();
        env.osUser = QStringLiteral("nobody");
        ReplicationSession session;
        QList<StreamEvent> events;
        connect(&session, &ReplicationSession::eventsReceived, this,
            [&events](const StreamEventBatch &b) { events += b; });
        QSignalSpy connected(&session, &ReplicationSession::connected);
        session.connectToServer(
            *parseConnectionString(
                QStringLiteral("host=127.0.0.1 port=%1 dbname=pgrepl_test user=pgrepl_trust "
                               "sslmode=disable")
                    .arg(sandbox->port()),
                env)
                 .params,
            env);
        QVERIFY(connected.wait(10000));
        StreamOptions o;
        o.slot = slot;
        o.publications = {pub};
        session.startStreaming(o);
        auto has = [&events](char tag) {
            return std::any_of(events.cbegin(), events.cend(), [tag](const StreamEvent &e) {
                return e.kind == StreamEvent::Kind::XLogData && e.payload.startsWith(tag);
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(has('C'), 10000);

        pgoutput::DecoderState state;
        state.protoVersion = 3;
        std::optional<pgoutput::Relation> relation;
        std::optional<pgoutput::Insert> insert;
        QList<QByteArray> kept;
        for (const StreamEvent &e : std::as_const(events)) {
            if (e.kind != StreamEvent::Kind::XLogData)
                continue;
            kept << e.payload;
            const auto r = pgoutput::decode(kept.last(), state);
            QVERIFY2(r, qPrintable(r.error.toString()));
            if (const auto *rel = std::get_if<pgoutput::Relation>(&*r.message))
                relation = *rel;
            if (const auto *ins = std::get_if<pgoutput::Insert>(&*r.message))
                insert = *ins;
        }
        QVERIFY(relation && insert);
        QStringList names;
        for (const auto &c : relation->columns)
            names << c.name;
        QCOMPARE(names,
            (QStringList {QStringLiteral("id"), QStringLiteral("price"), QStringLiteral("tags"),
                QStringLiteral("at")}));
        QCOMPARE(insert->newTuple.columns.size(), qsizetype(4));
        QCOMPARE(insert->newTuple.columns[1].bytes.toByteArray(), QByteArray("2.500"));
        QCOMPARE(insert->newTuple.columns[2].bytes.toByteArray(), QByteArray("{a,b}"));
        // Types as the server's format_type prints them for these columns.
        QStringList ours;
        for (const auto &c : relation->columns)
            ours << formatType(c.typeOid, c.typmod);
        const QString theirs
            = sql(QStringLiteral("SELECT string_agg(format_type(atttypid, atttypmod), '|' ORDER BY "
                                 "attnum) FROM pg_attribute WHERE attrelid = '%1'::regclass AND "
                                 "attname IN ('id', 'price', 'tags', 'at')")
                      .arg(table));
        QCOMPARE(ours.join(u'|'), theirs);
        QCOMPARE(theirs,
            QStringLiteral("integer|numeric(12,3)|character varying(20)[]|timestamp(3) with time zone"));
        QSignalSpy stopped(&session, &ReplicationSession::streamStopped);
        session.stop();
        QVERIFY(stopped.wait(10000));
        sql(QStringLiteral("SELECT pg_drop_replication_slot('%1')").arg(slot));
        sql(QStringLiteral("DROP PUBLICATION %1; DROP TABLE %2").arg(pub, table));
    }
};

QTEST_GUILESS_MAIN(TestColumnList)
#include "tst_pgoutput_columnlist.moc"
