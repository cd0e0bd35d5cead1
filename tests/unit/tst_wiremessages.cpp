#include "wire/Messages.h"
#include "wire/ReplicationMessages.h"

#include <QtTest>

using namespace pgrepl;

namespace {
// A literal with embedded NULs, whole.
template<std::size_t N> QByteArray raw(const char (&s)[N])
{
    return QByteArray(s, qsizetype(N - 1));
}
} // namespace

class TestWireMessages : public QObject
{
    Q_OBJECT

private slots:
    void frontendEncodings()
    {
        QCOMPARE(frontend::sslRequest().toHex(), QByteArray("0000000804d2162f"));
        QCOMPARE(frontend::query("SELECT 1"), raw("Q\0\0\0\rSELECT 1\0"));
        QCOMPARE(frontend::copyDone(), raw("c\0\0\0\4"));
        QCOMPARE(frontend::terminate(), raw("X\0\0\0\4"));
        const QByteArray startup = frontend::startup({{"user", "u"}, {"replication", "database"}});
        QCOMPARE(startup, raw("\0\0\0\x25\0\3\0\0user\0u\0replication\0database\0\0"));
        QCOMPARE(frontend::saslInitialResponse("SCRAM-SHA-256", "abc"),
            raw("p\0\0\0\x19SCRAM-SHA-256\0\0\0\0\3abc"));
    }

    void noticeFields()
    {
        const QByteArray payload
            = raw("SERROR\0VERROR\0C42P01\0Mrelation \"x\" does not exist\0Dsome detail\0Htry this\0\0");
        const auto parsed = backend::parseNotice(payload);
        QVERIFY(std::holds_alternative<ServerNotice>(parsed));
        const auto &n = std::get<ServerNotice>(parsed);
        QCOMPARE(n.sqlState(), QStringLiteral("42P01"));
        QCOMPARE(n.severity(), QStringLiteral("ERROR"));
        QCOMPARE(n.detail(), QStringLiteral("some detail"));
        QCOMPARE(n.hint(), QStringLiteral("try this"));
        QVERIFY(n.toString().contains(QStringLiteral("SQLSTATE 42P01")));
    }

    void truncatedNoticeIsAnError()
    {
        const QByteArray payload("SERROR\0C42P0", 12);
        const auto parsed = backend::parseNotice(payload);
        QVERIFY(std::holds_alternative<ParseError>(parsed));
        QCOMPARE(std::get<ParseError>(parsed).field, QStringLiteral("field value"));
    }

    void authentication()
    {
        auto p = backend::parseAuthentication(raw("\0\0\0\5abcd"));
        QCOMPARE(std::get<AuthenticationRequest>(p).md5Salt, QByteArray("abcd"));
        p = backend::parseAuthentication(raw("\0\0\0\x0aSCRAM-SHA-256-PLUS\0SCRAM-SHA-256\0\0"));
        QCOMPARE(std::get<AuthenticationRequest>(p).mechanisms,
            (QList<QByteArray> {"SCRAM-SHA-256-PLUS", "SCRAM-SHA-256"}));
        p = backend::parseAuthentication(raw("\0\0\0\5ab"));
        QCOMPARE(std::get<ParseError>(p).field, QStringLiteral("md5 salt"));
    }

    void dataRowWithNullAndHostileLength()
    {
        auto p = backend::parseDataRow(raw("\0\2\0\0\0\2hi\xff\xff\xff\xff"));
        const DataRow row = std::get<DataRow>(p);
        QCOMPARE(row.size(), 2);
        QCOMPARE(*row[0], QByteArray("hi"));
        QVERIFY(!row[1].has_value());
        p = backend::parseDataRow(raw("\0\1\x7f\xff\xff\xff"));
        QVERIFY(std::get<ParseError>(p).message.contains(QStringLiteral("needs")));
        p = backend::parseDataRow(raw("\0\1\xff\xff\xff\xfe"));
        QVERIFY(std::get<ParseError>(p).message.contains(QStringLiteral("negative")));
    }

    void readyForQueryRejectsTrailing()
    {
        QCOMPARE(std::get<char>(backend::parseReadyForQuery("I")), 'I');
        QVERIFY(std::holds_alternative<ParseError>(backend::parseReadyForQuery("IX")));
        QVERIFY(std::holds_alternative<ParseError>(backend::parseReadyForQuery("Q")));
    }

    void xlogData()
    {
        QByteArray body("w", 1);
        body += QByteArray::fromHex("0000000001000010"
                                    "0000000001000020"
                                    "0000000000000001");
        body += "B-payload";
        const auto parsed = parseReplicationMessage(body);
        const auto &m = std::get<XLogData>(std::get<ReplicationMessage>(parsed));
        QCOMPARE(m.walStart, Lsn(0x1000010));
        QCOMPARE(m.walEnd, Lsn(0x1000020));
        QCOMPARE(m.serverTime, 1);
        QCOMPARE(m.payload, QByteArray("B-payload"));
    }

    void keepaliveEveryTruncation()
    {
        QByteArray body("k", 1);
        body += QByteArray::fromHex("00000000016b3748"
                                    "0000000000000002"
                                    "01");
        const auto parsed = parseReplicationMessage(body);
        const auto &k = std::get<PrimaryKeepalive>(std::get<ReplicationMessage>(parsed));
        QCOMPARE(k.walEnd, Lsn(0x16B3748));
        QVERIFY(k.replyRequested);
        for (int cut = 0; cut < body.size(); ++cut)
            QVERIFY2(std::holds_alternative<ParseError>(parseReplicationMessage(body.first(cut))),
                qPrintable(QString::number(cut)));
        QVERIFY(std::holds_alternative<ParseError>(parseReplicationMessage(body + "x")));
    }

    void unknownTagIsNotFatal()
    {
        const auto parsed = parseReplicationMessage("zzz");
        QCOMPARE(std::get<UnknownCopyData>(std::get<ReplicationMessage>(parsed)).tag, 'z');
    }

    void standbyStatusRoundTrip()
    {
        StandbyStatusUpdate u {Lsn(0x10), Lsn(0x20), Lsn(0x30), 12345, true};
        const QByteArray bytes = u.encode();
        QCOMPARE(bytes.size(), 34);
        QCOMPARE(bytes.toHex(),
            QByteArray("72"
                       "0000000000000010"
                       "0000000000000020"
                       "0000000000000030"
                       "0000000000003039"
                       "01"));
        const auto back = std::get<StandbyStatusUpdate>(StandbyStatusUpdate::decode(bytes));
        QCOMPARE(back.flush, Lsn(0x20));
        QCOMPARE(back.clientTime, 12345);
        QVERIFY(back.replyRequested);
    }

    void pgEpoch()
    {
        const QDateTime epoch(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC);
        QCOMPARE(pgtime::fromDateTime(epoch), 0);
        QCOMPARE(pgtime::toDateTime(0), epoch);
        QCOMPARE(pgtime::toDateTime(-1500), epoch.addMSecs(-2));
        QCOMPARE(pgtime::toDateTime(86400LL * 1000000), epoch.addDays(1));
    }
};

QTEST_GUILESS_MAIN(TestWireMessages)
#include "tst_wiremessages.moc"
