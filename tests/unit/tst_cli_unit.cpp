// The headless subcommands' command lines, through the real executable: help
// texts, and exit code 2 with a message naming the bad flag.
#include "AppProcess.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestCliUnit : public QObject
{
    Q_OBJECT

private:
    using Run = pgrepl::test::AppRun;
    static Run run(const QStringList &args)
    {
        return pgrepl::test::runApp(QStringLiteral(PGREPL_APP_BINARY), args);
    }

    static QStringList words(const char *line)
    {
        return QString::fromUtf8(line).split(u' ', Qt::SkipEmptyParts);
    }

private slots:
    void help_data()
    {
        QTest::addColumn<QString>("subcommand");
        QTest::addColumn<QStringList>("mentions");
        QTest::newRow("capture") << QStringLiteral("capture")
                                 << QStringList {QStringLiteral("--dsn"), QStringLiteral("--endpos"),
                                        QStringLiteral("--ack-upto"), QStringLiteral("--format"),
                                        QStringLiteral("SIGINT"), QStringLiteral("Exit codes: 0")};
        QTest::newRow("convert") << QStringLiteral("convert")
                                 << QStringList {QStringLiteral("--proto-version"),
                                        QStringLiteral("--streaming"), QStringLiteral("Exit codes: 0")};
        QTest::newRow("slots") << QStringLiteral("slots")
                               << QStringList {QStringLiteral("list"), QStringLiteral("create"),
                                      QStringLiteral("drop"), QStringLiteral("copy"),
                                      QStringLiteral("--wait"), QStringLiteral("Exit codes: 0")};
    }
    void help()
    {
        QFETCH(QString, subcommand);
        QFETCH(QStringList, mentions);
        const Run r = run({subcommand, QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Usage: pgrepl-inspector %1").arg(subcommand)),
            qPrintable(r.out));
        for (const QString &m : mentions)
            QVERIFY2(r.out.contains(m), qPrintable(m));
    }

    void badLines_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named"); // what the message must name
        const char *capture = "capture --dsn x --slot s --publication p -o out.pgcap";
        QTest::newRow("capture unknown flag")
            << words("capture --dsn x --bogus") << QStringLiteral("--bogus");
        QTest::newRow("capture no slot")
            << words("capture --dsn x --publication p -o f") << QStringLiteral("--slot");
        QTest::newRow("capture no publication")
            << words("capture --dsn x --slot s -o f") << QStringLiteral("--publication");
        QTest::newRow("capture no output")
            << words("capture --dsn x --slot s --publication p") << QStringLiteral("--output");
        QTest::newRow("capture no dsn")
            << words("capture --slot s --publication p -o f") << QStringLiteral("--dsn");
        QTest::newRow("capture value missing") << words("capture --dsn") << QStringLiteral("--dsn");
        QTest::newRow("capture bad start")
            << words(capture) + words("--start 12") << QStringLiteral("--start");
        QTest::newRow("capture bad endpos")
            << words(capture) + words("--endpos 0/XYZ") << QStringLiteral("--endpos");
        QTest::newRow("capture bad proto")
            << words(capture) + words("--proto-version 5") << QStringLiteral("--proto-version");
        QTest::newRow("capture bad streaming")
            << words(capture) + words("--streaming maybe") << QStringLiteral("--streaming");
        QTest::newRow("capture bad origin")
            << words(capture) + words("--origin some") << QStringLiteral("--origin");
        QTest::newRow("capture bad ack")
            << words(capture) + words("--ack sometimes") << QStringLiteral("--ack");
        QTest::newRow("capture manual without upto")
            << words(capture) + words("--ack manual") << QStringLiteral("--ack-upto");
        QTest::newRow("capture upto without manual")
            << words(capture) + words("--ack auto --ack-upto 0/10") << QStringLiteral("--ack-upto");
        QTest::newRow("capture bad format")
            << words(capture) + words("--format xml") << QStringLiteral("--format");
        QTest::newRow("capture switch with value")
            << words(capture) + words("--quiet=yes") << QStringLiteral("--quiet");
        QTest::newRow("capture twice") << words(capture) + words("--slot t") << QStringLiteral("--slot");
        QTest::newRow("capture stray") << words(capture) + words("extra") << QStringLiteral("extra");
        QTest::newRow("capture bad dsn") << words("capture --slot s --publication p -o f --dsn sslmode=bogus")
                                         << QStringLiteral("sslmode");
        QTest::newRow("convert no input") << words("convert -o out --format raw") << QStringLiteral("INPUT");
        QTest::newRow("convert no format") << words("convert in -o out") << QStringLiteral("--format");
        QTest::newRow("convert bad format")
            << words("convert in -o out --format pdf") << QStringLiteral("--format");
        QTest::newRow("convert no output") << words("convert in --format raw") << QStringLiteral("--output");
        QTest::newRow("convert bad proto")
            << words("convert in -o out --format raw --proto-version 0") << QStringLiteral("--proto-version");
        QTest::newRow("convert streaming needs proto 2")
            << words("convert in -o out --format raw --streaming on") << QStringLiteral("--proto-version");
        QTest::newRow("convert parallel needs proto 4")
            << words("convert in -o out --format raw --proto-version 3 --streaming parallel")
            << QStringLiteral("--proto-version 4");
        QTest::newRow("convert unknown flag")
            << words("convert in -o out --format raw --fast") << QStringLiteral("--fast");
        QTest::newRow("slots no action") << words("slots --dsn x") << QStringLiteral("action");
        QTest::newRow("slots bad action") << words("slots rename --dsn x") << QStringLiteral("rename");
        QTest::newRow("slots create no name") << words("slots create --dsn x") << QStringLiteral("create");
        QTest::newRow("slots copy one name") << words("slots copy a --dsn x") << QStringLiteral("copy");
        QTest::newRow("slots list extra") << words("slots list foo --dsn x") << QStringLiteral("list");
        QTest::newRow("slots wait on create")
            << words("slots create a --wait --dsn x") << QStringLiteral("--wait");
        QTest::newRow("slots two-phase on drop")
            << words("slots drop a --two-phase --dsn x") << QStringLiteral("--two-phase");
        QTest::newRow("slots no dsn") << words("slots list") << QStringLiteral("--dsn");
        QTest::newRow("slots unknown flag") << words("slots list --dsn x --all") << QStringLiteral("--all");
    }
    void badLines()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        const Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(named), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("--help")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    // Runtime failures are exit code 1, not 2.
    void unreachableServerIsRuntimeError()
    {
        const Run r = run({QStringLiteral("slots"), QStringLiteral("list"), QStringLiteral("--dsn"),
            QStringLiteral("host=127.0.0.1 port=1 user=u dbname=d sslmode=disable connect_timeout=2")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("cannot connect")), qPrintable(r.err));
    }

    void convertMissingInputIsRuntimeError()
    {
        QTemporaryDir dir;
        const Run r
            = run({QStringLiteral("convert"), dir.filePath(QStringLiteral("missing")), QStringLiteral("-o"),
                dir.filePath(QStringLiteral("out")), QStringLiteral("--format"), QStringLiteral("raw")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("missing")), qPrintable(r.err));
    }

    void convertRefusesExistingOutput()
    {
        QTemporaryDir dir;
        QFile in(dir.filePath(QStringLiteral("in.raw")));
        QVERIFY(in.open(QIODevice::WriteOnly));
        in.close();
        QFile existing(dir.filePath(QStringLiteral("out")));
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("keep me");
        existing.close();
        const Run r = run({QStringLiteral("convert"), in.fileName(), QStringLiteral("-o"),
            existing.fileName(), QStringLiteral("--format"), QStringLiteral("raw")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("already exists")), qPrintable(r.err));
        QVERIFY(existing.open(QIODevice::ReadOnly));
        QCOMPARE(existing.readAll(), QByteArray("keep me"));
    }

    // A file named like a subcommand is opened with --open; the subcommand wins as the first word.
    void subcommandNameWins()
    {
        const Run r = run({QStringLiteral("slots")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("pgrepl-inspector slots")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliUnit)
#include "tst_cli_unit.moc"
