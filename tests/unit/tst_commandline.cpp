// Runs the real executable: --help and --version must work with no display.
#include "pgrepl/Version.h"

#include "AppProcess.h"

#include <QProcess>
#include <QtTest>

class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    using Run = pgrepl::test::AppRun;
    static Run run(const QStringList &args)
    {
        return pgrepl::test::runApp(QStringLiteral(PGREPL_APP_BINARY), args);
    }

private slots:
    void version()
    {
        const Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("pgrepl-inspector %1").arg(QLatin1String(pgrepl::kVersion)));
    }

    void help()
    {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Usage: pgrepl-inspector")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("--version")));
    }

    void helpIsTranslated()
    {
        const Run r = run({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Aufruf: pgrepl-inspector")), qPrintable(r.out));
    }

    void unknownArgumentIsRefused()
    {
        const Run r = run({QStringLiteral("--no-such-flag")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--no-such-flag")), qPrintable(r.err));
    }

    // --lang before a subcommand applies to it.
    void languageBeforeSubcommand()
    {
        const Run r = run({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("slots"),
            QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Aufruf: pgrepl-inspector slots")), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
