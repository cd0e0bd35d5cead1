// Runs the real executable: --help and --version must work with no display.
// And in process: the chosen language sets the locale numbers are written in.
#include "Translations.h"
#include "pgrepl/Version.h"
#include "wire/Units.h"

#include "AppProcess.h"

#include <QLocale>
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

    QLocale m_savedLocale;

private slots:
    void initTestCase() { m_savedLocale = QLocale(); }
    // installTranslations() changes the process-wide default.
    void cleanup() { QLocale::setDefault(m_savedLocale); }

    void languageSetsNumberLocale_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("size");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("1,5") << QStringLiteral("1,5 KiB");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("1,5") << QStringLiteral("1,5 KiB");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("1.5") << QStringLiteral("1.5 KiB");
    }
    void languageSetsNumberLocale()
    {
        QFETCH(QString, language);
        QFETCH(QString, number);
        QFETCH(QString, size);
        // Start from a locale that differs from every row, so each one must change it.
        QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
        pgrepl::app::installTranslations(*QCoreApplication::instance(), language);
        QCOMPARE(QLocale().language(), QLocale(language).language());
        QCOMPARE(QLocale().toString(1.5), number);
        QCOMPARE(pgrepl::formatBytes(1536), size);
    }

    // No choice, or a name Qt does not know: the default locale stays.
    void noLanguageKeepsDefaultLocale_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("none") << QString();
        QTest::newRow("unknown") << QStringLiteral("xx");
    }
    void noLanguageKeepsDefaultLocale()
    {
        QFETCH(QString, language);
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        pgrepl::app::installTranslations(*QCoreApplication::instance(), language);
        QCOMPARE(QLocale().name(), QStringLiteral("de_DE"));
        QCOMPARE(QLocale().toString(1.5), QStringLiteral("1,5"));
    }

    void defaultLocaleRestored() { QCOMPARE(QLocale().name(), m_savedLocale.name()); }

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
