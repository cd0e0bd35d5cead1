// Sizes and durations (wire/Units) in the default locale: the same text as
// ever in C and English, the locale's decimal separator in German, and the
// default locale left as it was found.
#include "wire/Units.h"

#include <QLocale>
#include <QtTest>

using namespace pgrepl;

class TestUnits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_saved = QLocale(); }
    // Every test sets its own default; none leaks into the next.
    void cleanup() { QLocale::setDefault(m_saved); }

    void formatBytes_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<QString>("text");
        const qint64 kib = 1024;
        const qint64 mib = kib * 1024;
        const qint64 eib = qint64(1) << 60;
        for (const QString &locale : {QStringLiteral("C"), QStringLiteral("en_US")}) {
            const QByteArray l = locale.toLatin1();
            QTest::addRow("%s zero", l.constData()) << locale << qint64(0) << QStringLiteral("0 B");
            // No group separator, even where English has one.
            QTest::addRow("%s 1023 B", l.constData()) << locale << qint64(1023) << QStringLiteral("1023 B");
            QTest::addRow("%s 1.5 KiB", l.constData()) << locale << qint64(1536) << QStringLiteral("1.5 KiB");
            QTest::addRow("%s 1023.9 KiB", l.constData())
                << locale << qint64(1023 * kib + 900) << QStringLiteral("1023.9 KiB");
            QTest::addRow("%s rounds up a unit", l.constData())
                << locale << qint64(1024 * kib - 40) << QStringLiteral("1.0 MiB");
            QTest::addRow("%s 1.5 MiB", l.constData())
                << locale << qint64(3 * mib / 2) << QStringLiteral("1.5 MiB");
            QTest::addRow("%s negative", l.constData())
                << locale << qint64(-1536) << QStringLiteral("-1.5 KiB");
            QTest::addRow("%s largest", l.constData())
                << locale << std::numeric_limits<qint64>::max() << QStringLiteral("8.0 EiB");
            QTest::addRow("%s smallest", l.constData())
                << locale << std::numeric_limits<qint64>::min() << QStringLiteral("-8.0 EiB");
            QTest::addRow("%s one EiB", l.constData()) << locale << eib << QStringLiteral("1.0 EiB");
        }
        const QString de = QStringLiteral("de_DE");
        QTest::newRow("de zero") << de << qint64(0) << QStringLiteral("0 B");
        QTest::newRow("de 1023 B") << de << qint64(1023) << QStringLiteral("1023 B");
        QTest::newRow("de 1,5 KiB") << de << qint64(1536) << QStringLiteral("1,5 KiB");
        // German groups with "." : without group separators this cannot read as 1.023,9.
        QTest::newRow("de 1023,9 KiB") << de << qint64(1023 * kib + 900) << QStringLiteral("1023,9 KiB");
        QTest::newRow("de 1,5 MiB") << de << qint64(3 * mib / 2) << QStringLiteral("1,5 MiB");
        QTest::newRow("de 3,0 GiB") << de << (qint64(3) << 30) << QStringLiteral("3,0 GiB");
        QTest::newRow("de negative") << de << qint64(-1536) << QStringLiteral("-1,5 KiB");
    }
    void formatBytes()
    {
        QFETCH(QString, locale);
        QFETCH(qint64, bytes);
        QFETCH(QString, text);
        QLocale::setDefault(QLocale(locale));
        QCOMPARE(pgrepl::formatBytes(bytes), text);
    }

    void formatDuration_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        for (const QString &locale :
            {QStringLiteral("C"), QStringLiteral("en_US"), QStringLiteral("de_DE")}) {
            const QByteArray l = locale.toLatin1();
            QTest::addRow("%s zero", l.constData()) << locale << qint64(0) << QStringLiteral("0 s");
            QTest::addRow("%s 59 s", l.constData()) << locale << qint64(59) << QStringLiteral("59 s");
            QTest::addRow("%s 2 min 05 s", l.constData())
                << locale << qint64(125) << QStringLiteral("2 min 05 s");
            QTest::addRow("%s 1 h 02 min", l.constData())
                << locale << qint64(3720) << QStringLiteral("1 h 02 min");
            QTest::addRow("%s 1 d 01 h", l.constData())
                << locale << qint64(90000) << QStringLiteral("1 d 01 h");
            // No group separator in a long day count.
            QTest::addRow("%s 1234 d 10 h", l.constData())
                << locale << qint64(1234) * 86400 + 36000 << QStringLiteral("1234 d 10 h");
            QTest::addRow("%s negative", l.constData()) << locale << qint64(-5) << QStringLiteral("0 s");
        }
        // A script with digits of its own pads with its own zero.
        QTest::newRow("ar_EG 2 min 05 s")
            << QStringLiteral("ar_EG") << qint64(125) << QStringLiteral("\u0662 min \u0660\u0665 s");
    }
    void formatDuration()
    {
        QFETCH(QString, locale);
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QLocale::setDefault(QLocale(locale));
        QCOMPARE(pgrepl::formatDuration(seconds), text);
    }

    // The German default of one test is gone before the next.
    void defaultRestoredAfterEachTest() { QCOMPARE(QLocale().name(), m_saved.name()); }

private:
    QLocale m_saved;
};

QTEST_GUILESS_MAIN(TestUnits)
#include "tst_units.moc"
