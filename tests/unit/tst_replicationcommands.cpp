// The text of the replication commands: quoting, START_REPLICATION options by
// server version and proto_version, the refusals, and slot creation.
#include "session/ReplicationCommands.h"

#include <QtTest>

using namespace pgrepl;
namespace cmd = pgrepl::commands;

namespace {
enum Opt {
    None = 0,
    Binary = 1,
    Messages = 2,
    StreamOn = 4,
    StreamParallel = 8,
    TwoPhase = 16,
};

StreamOptions options(int flags, const QStringList &publications = {QStringLiteral("p")},
    const QString &origin = {}, const QString &slot = QStringLiteral("s"), Lsn start = Lsn())
{
    StreamOptions o;
    o.slot = slot;
    o.publications = publications;
    o.startLsn = start;
    o.binary = flags & Binary;
    o.messages = flags & Messages;
    o.streaming = (flags & StreamParallel) ? StreamingMode::Parallel
        : (flags & StreamOn)               ? StreamingMode::On
                                           : StreamingMode::Off;
    o.twoPhase = flags & TwoPhase;
    o.origin = origin;
    return o;
}
} // namespace

Q_DECLARE_METATYPE(pgrepl::StreamOptions)

class TestReplicationCommands : public QObject
{
    Q_OBJECT

private slots:
    void quoteIdentifier_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("plain") << QStringLiteral("slot") << QStringLiteral("\"slot\"");
        QTest::newRow("case is kept") << QStringLiteral("MySlot") << QStringLiteral("\"MySlot\"");
        QTest::newRow("double quote doubled") << QStringLiteral("a\"b") << QStringLiteral("\"a\"\"b\"");
        QTest::newRow("only quotes") << QStringLiteral("\"\"") << QStringLiteral("\"\"\"\"\"\"");
        QTest::newRow("single quote as is") << QStringLiteral("it's") << QStringLiteral("\"it's\"");
        QTest::newRow("backslash as is") << QStringLiteral("a\\b") << QStringLiteral("\"a\\b\"");
        QTest::newRow("unicode") << QStringLiteral("żółw_č€") << QStringLiteral("\"żółw_č€\"");
        QTest::newRow("spaces and comma") << QStringLiteral("a b,c") << QStringLiteral("\"a b,c\"");
        QTest::newRow("empty") << QString() << QStringLiteral("\"\"");
    }
    void quoteIdentifier()
    {
        QFETCH(QString, name);
        QFETCH(QString, quoted);
        QCOMPARE(cmd::quoteIdentifier(name), quoted);
    }

    void quoteLiteral_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("plain") << QStringLiteral("x") << QStringLiteral("'x'");
        QTest::newRow("quote doubled") << QStringLiteral("it's") << QStringLiteral("'it''s'");
        QTest::newRow("only a quote") << QStringLiteral("'") << QStringLiteral("''''");
        QTest::newRow("double quote as is") << QStringLiteral("a\"b") << QStringLiteral("'a\"b'");
        QTest::newRow("backslash: E form") << QStringLiteral("a\\b") << QStringLiteral("E'a\\\\b'");
        QTest::newRow("backslash and quote") << QStringLiteral("O'\\") << QStringLiteral("E'O''\\\\'");
        QTest::newRow("unicode") << QStringLiteral("żółw €") << QStringLiteral("'żółw €'");
        QTest::newRow("empty") << QString() << QStringLiteral("''");
    }
    void quoteLiteral()
    {
        QFETCH(QString, value);
        QFETCH(QString, quoted);
        QCOMPARE(cmd::quoteLiteral(value), quoted);
    }

    void defaultProtoVersion_data()
    {
        QTest::addColumn<int>("server");
        QTest::addColumn<int>("proto");
        QTest::newRow("10") << 100000 << 1;
        QTest::newRow("13") << 130012 << 1;
        QTest::newRow("14") << 140000 << 2;
        QTest::newRow("14 last") << 149999 << 2;
        QTest::newRow("15") << 150000 << 3;
        QTest::newRow("16") << 160000 << 4;
        QTest::newRow("17") << 170002 << 4;
    }
    void defaultProtoVersion()
    {
        QFETCH(int, server);
        QFETCH(int, proto);
        QCOMPARE(cmd::defaultProtoVersion(server), proto);
    }

    void startReplication_data()
    {
        QTest::addColumn<StreamOptions>("opts");
        QTest::addColumn<int>("proto");
        QTest::addColumn<int>("server");
        QTest::addColumn<QString>("expected");
        const QString pre = QStringLiteral("START_REPLICATION SLOT \"s\" LOGICAL ");
        QTest::newRow("minimal, 15") << options(None) << 3 << 150000
                                     << pre
                + QStringLiteral("0/0 (proto_version '3', publication_names '\"p\"')");
        QTest::newRow("proto 1 on 16")
            << options(None) << 1 << 160000
            << pre + QStringLiteral("0/0 (proto_version '1', publication_names '\"p\"')");
        QTest::newRow("start LSN") << options(None, {QStringLiteral("p")}, {}, QStringLiteral("s"),
            Lsn(0x1A016B3748)) << 3 << 150000
                                   << pre
                + QStringLiteral("1A/16B3748 (proto_version '3', publication_names '\"p\"')");
        QTest::newRow("quoted slot")
            << options(None, {QStringLiteral("p")}, {}, QStringLiteral("My \"slot\"")) << 3 << 150000
            << QStringLiteral("START_REPLICATION SLOT \"My \"\"slot\"\"\" LOGICAL 0/0 (proto_version '3', "
                              "publication_names '\"p\"')");
        QTest::newRow("two publications, quotes and comma")
            << options(None, {QStringLiteral("a,b"), QStringLiteral("c\"d")}) << 3 << 150000
            << pre + QStringLiteral("0/0 (proto_version '3', publication_names '\"a,b\",\"c\"\"d\"')");
        QTest::newRow("apostrophe in a publication")
            << options(None, {QStringLiteral("it's")}) << 3 << 150000
            << pre + QStringLiteral("0/0 (proto_version '3', publication_names '\"it''s\"')");
        // The replication grammar knows only '...' literals, where a
        // backslash is an ordinary character; E'...' is a syntax error there.
        QTest::newRow("backslash in a publication")
            << options(None, {QStringLiteral("a\\b")}) << 3 << 150000
            << pre + QStringLiteral("0/0 (proto_version '3', publication_names '\"a\\b\"')");
        QTest::newRow("unicode publication")
            << options(None, {QStringLiteral("żółw")}) << 3 << 150000
            << pre + QStringLiteral("0/0 (proto_version '3', publication_names '\"żółw\"')");
        QTest::newRow("binary and messages on 14") << options(Binary | Messages) << 1 << 140000
                                                   << pre
                + QStringLiteral(
                    "0/0 (proto_version '1', publication_names '\"p\"', binary 'true', messages 'true')");
        QTest::newRow("streaming on 14, proto 2")
            << options(StreamOn) << 2 << 140000
            << pre + QStringLiteral("0/0 (proto_version '2', publication_names '\"p\"', streaming 'on')");
        QTest::newRow("two_phase on 15, proto 3") << options(TwoPhase | StreamOn) << 3 << 150000
                                                  << pre
                + QStringLiteral(
                    "0/0 (proto_version '3', publication_names '\"p\"', streaming 'on', two_phase "
                    "'true')");
        QTest::newRow("everything on 16") << options(
            Binary | Messages | StreamParallel | TwoPhase, {QStringLiteral("p")}, QStringLiteral("none"))
                                          << 4 << 160000
                                          << pre
                + QStringLiteral("0/0 (proto_version '4', publication_names '\"p\"', binary 'true', messages "
                                 "'true', streaming 'parallel', two_phase 'true', origin 'none')");
        QTest::newRow("origin any on 17")
            << options(None, {QStringLiteral("p")}, QStringLiteral("any")) << 4 << 170000
            << pre + QStringLiteral("0/0 (proto_version '4', publication_names '\"p\"', origin 'any')");
    }
    void startReplication()
    {
        QFETCH(StreamOptions, opts);
        QFETCH(int, proto);
        QFETCH(int, server);
        QFETCH(QString, expected);
        QString error;
        QCOMPARE(cmd::startReplication(opts, proto, server, &error), expected);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void startReplicationRefuses_data()
    {
        QTest::addColumn<StreamOptions>("opts");
        QTest::addColumn<int>("proto");
        QTest::addColumn<int>("server");
        QTest::addColumn<QString>("expected");
        QTest::newRow("binary on 13")
            << options(Binary) << 1 << 130000 << QStringLiteral("binary needs PostgreSQL 14 or newer");
        QTest::newRow("messages on 13")
            << options(Messages) << 1 << 130000 << QStringLiteral("messages needs PostgreSQL 14 or newer");
        QTest::newRow("streaming on 13")
            << options(StreamOn) << 1 << 130000 << QStringLiteral("streaming needs PostgreSQL 14 or newer");
        QTest::newRow("streaming with proto 1")
            << options(StreamOn) << 1 << 140000
            << QStringLiteral(
                   "streaming needs PostgreSQL 14 or newer and proto_version 2 or higher (server is "
                   "14, proto_version 1)");
        QTest::newRow("two_phase on 14")
            << options(TwoPhase) << 2 << 140000 << QStringLiteral("two_phase needs PostgreSQL 15 or newer");
        QTest::newRow("two_phase with proto 2 on 15")
            << options(TwoPhase) << 2 << 150000 << QStringLiteral("proto_version 3 or higher");
        QTest::newRow("parallel on 15") << options(StreamParallel) << 3 << 150000
                                        << QStringLiteral("streaming=parallel needs PostgreSQL 16 or newer");
        QTest::newRow("parallel with proto 3 on 16")
            << options(StreamParallel) << 3 << 160000 << QStringLiteral("proto_version 4 or higher");
        QTest::newRow("origin on 15") << options(None, {QStringLiteral("p")}, QStringLiteral("none")) << 3
                                      << 150000 << QStringLiteral("origin needs PostgreSQL 16 or newer");
        QTest::newRow("origin not any or none")
            << options(None, {QStringLiteral("p")}, QStringLiteral("local' , x 'y")) << 4 << 160000
            << QStringLiteral("origin must be \"any\" or \"none\"");
        QTest::newRow("proto 4 on 15")
            << options(None) << 4 << 150000
            << QStringLiteral("proto_version 4 is not supported by PostgreSQL 15 (1 to 3)");
        QTest::newRow("proto 2 on 13")
            << options(None) << 2 << 130000
            << QStringLiteral("proto_version 2 is not supported by PostgreSQL 13 (1 to 1)");
        QTest::newRow("proto 5 on 17")
            << options(None) << 5 << 170000
            << QStringLiteral("proto_version 5 is not supported by PostgreSQL 17 (1 to 4)");
        QTest::newRow("proto 0") << options(None) << 0 << 160000
                                 << QStringLiteral("proto_version 0 is not supported");
        QTest::newRow("no slot") << options(None, {QStringLiteral("p")}, {}, QString()) << 3 << 150000
                                 << QStringLiteral("no slot name given");
        QTest::newRow("no publication")
            << options(None, {}) << 3 << 150000 << QStringLiteral("pgoutput needs at least one publication");
    }
    void startReplicationRefuses()
    {
        QFETCH(StreamOptions, opts);
        QFETCH(int, proto);
        QFETCH(int, server);
        QFETCH(QString, expected);
        QString error;
        QCOMPARE(cmd::startReplication(opts, proto, server, &error), QString());
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void createSlot_data()
    {
        QTest::addColumn<QString>("slot");
        QTest::addColumn<bool>("temporary");
        QTest::addColumn<bool>("twoPhase");
        QTest::addColumn<bool>("failover");
        QTest::addColumn<int>("server");
        QTest::addColumn<QString>("expected");
        const QString s = QStringLiteral("s");
        QTest::newRow("14") << s << false << false << false << 140000
                            << QStringLiteral(
                                   "CREATE_REPLICATION_SLOT \"s\" LOGICAL pgoutput NOEXPORT_SNAPSHOT");
        QTest::newRow("14 temporary")
            << s << true << false << false << 140000
            << QStringLiteral("CREATE_REPLICATION_SLOT \"s\" TEMPORARY LOGICAL pgoutput NOEXPORT_SNAPSHOT");
        QTest::newRow("15") << s << false << false << false << 150000
                            << QStringLiteral(
                                   "CREATE_REPLICATION_SLOT \"s\" LOGICAL pgoutput (SNAPSHOT 'nothing')");
        QTest::newRow("15 two_phase")
            << s << false << true << false << 150000
            << QStringLiteral(
                   "CREATE_REPLICATION_SLOT \"s\" LOGICAL pgoutput (TWO_PHASE, SNAPSHOT 'nothing')");
        QTest::newRow("17 failover")
            << s << false << false << true << 170000
            << QStringLiteral(
                   "CREATE_REPLICATION_SLOT \"s\" LOGICAL pgoutput (FAILOVER, SNAPSHOT 'nothing')");
        QTest::newRow("17 everything")
            << s << true << true << true << 170000
            << QStringLiteral(
                   "CREATE_REPLICATION_SLOT \"s\" TEMPORARY LOGICAL pgoutput (TWO_PHASE, FAILOVER, "
                   "SNAPSHOT 'nothing')");
        QTest::newRow("quoted name") << QStringLiteral("a \"b\"") << false << false << false << 170000
                                     << QStringLiteral(
                                            "CREATE_REPLICATION_SLOT \"a \"\"b\"\"\" LOGICAL pgoutput "
                                            "(SNAPSHOT 'nothing')");
    }
    void createSlot()
    {
        QFETCH(QString, slot);
        QFETCH(bool, temporary);
        QFETCH(bool, twoPhase);
        QFETCH(bool, failover);
        QFETCH(int, server);
        QFETCH(QString, expected);
        QString error;
        QCOMPARE(cmd::createSlot(slot, {temporary, twoPhase, failover}, server, &error), expected);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void createSlotRefuses_data()
    {
        QTest::addColumn<bool>("twoPhase");
        QTest::addColumn<bool>("failover");
        QTest::addColumn<int>("server");
        QTest::addColumn<QString>("expected");
        QTest::newRow("two_phase on 14")
            << true << false << 140000 << QStringLiteral("TWO_PHASE slots need PostgreSQL 15 or newer");
        QTest::newRow("failover on 14")
            << false << true << 140000 << QStringLiteral("FAILOVER slots need PostgreSQL 17 or newer");
        QTest::newRow("failover on 16")
            << false << true << 160000 << QStringLiteral("FAILOVER slots need PostgreSQL 17 or newer");
    }
    void createSlotRefuses()
    {
        QFETCH(bool, twoPhase);
        QFETCH(bool, failover);
        QFETCH(int, server);
        QFETCH(QString, expected);
        QString error;
        QCOMPARE(
            cmd::createSlot(QStringLiteral("s"), {false, twoPhase, failover}, server, &error), QString());
        QCOMPARE(error, expected);
    }

    void dropSlot_data()
    {
        QTest::addColumn<QString>("slot");
        QTest::addColumn<bool>("wait");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("s") << false
                               << QStringLiteral("DROP_REPLICATION_SLOT \"s\"");
        QTest::newRow("wait") << QStringLiteral("s") << true
                              << QStringLiteral("DROP_REPLICATION_SLOT \"s\" WAIT");
        QTest::newRow("quoted") << QStringLiteral("x\"y") << false
                                << QStringLiteral("DROP_REPLICATION_SLOT \"x\"\"y\"");
    }
    void dropSlot()
    {
        QFETCH(QString, slot);
        QFETCH(bool, wait);
        QFETCH(QString, expected);
        QCOMPARE(cmd::dropSlot(slot, wait), expected);
    }
};

QTEST_GUILESS_MAIN(TestReplicationCommands)
#include "tst_replicationcommands.moc"
