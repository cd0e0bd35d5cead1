#include "auth/SaslPrep.h"
#include "auth/StringPrepTables.h"

#include <QtTest>

using pgrepl::StringPrepTable;

Q_DECLARE_METATYPE(StringPrepTable)

class TestSaslPrep : public QObject
{
    Q_OBJECT

private slots:
    // RFC 4013 section 3, plus mappings from its section 2.
    void rfc4013Examples_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("output");
        QTest::newRow("soft hyphen mapped to nothing") << QStringLiteral(u"I\u00ADX") << QStringLiteral("IX");
        QTest::newRow("no transformation") << QStringLiteral("user") << QStringLiteral("user");
        QTest::newRow("case preserved") << QStringLiteral("USER") << QStringLiteral("USER");
        QTest::newRow("output is NFKC") << QStringLiteral(u"\u00AA") << QStringLiteral("a");
        QTest::newRow("NFKC roman numeral") << QStringLiteral(u"\u2168") << QStringLiteral("IX");
        QTest::newRow("non-ASCII space to space")
            << QStringLiteral(u"a\u3000b\u00A0c") << QStringLiteral("a b c");
        QTest::newRow("zero width space is a space") << QStringLiteral(u"a\u200Bb") << QStringLiteral("a b");
        QTest::newRow("variation selector dropped") << QStringLiteral(u"x\uFE0Fy") << QStringLiteral("xy");
        QTest::newRow("right-to-left word")
            << QStringLiteral(u"\u05D0\u05D1") << QStringLiteral(u"\u05D0\u05D1");
        QTest::newRow("rtl with neutral inside")
            << QStringLiteral(u"\u0627 1\u0628") << QStringLiteral(u"\u0627 1\u0628");
        QTest::newRow("supplementary plane letter")
            << QStringLiteral(u"\U0001D400") << QStringLiteral("A"); // MATHEMATICAL BOLD CAPITAL A
        // Checked after NFKC as RFC 4013 says: U+0340 (C.8) becomes U+0300, then a grave composes.
        QTest::newRow("prohibited only before NFKC")
            << QStringLiteral(u"a\u0340") << QStringLiteral(u"\u00E0");
        QTest::newRow("empty") << QString() << QString();
    }
    void rfc4013Examples()
    {
        QFETCH(QString, input);
        QFETCH(QString, output);
        QString error;
        const auto result = pgrepl::saslPrep(input, &error);
        QVERIFY2(result.has_value(), qPrintable(error));
        QCOMPARE(*result, output);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expectedFragment");
        QTest::newRow("RFC 4013: U+0007 prohibited") << QStringLiteral(
            u"\u0007") << QStringLiteral("prohibited character U+0007 at position 0 (RFC 3454 table C.2.1");
        QTest::newRow("RFC 4013: bidi check")
            << QStringLiteral(u"\u0627\u0031")
            << QStringLiteral(
                   "bidi violation: a string with right-to-left characters must end with one, not U+0031");
        QTest::newRow("rtl must start with rtl")
            << QStringLiteral(u"1\u0627") << QStringLiteral("must start with one, not U+0031");
        QTest::newRow("rtl and ltr mixed") << QStringLiteral(u"\u0627a\u0628")
                                           << QStringLiteral("left-to-right character U+0061 at position 1");
        QTest::newRow("non-ASCII control")
            << QStringLiteral(u"ab\u0085") << QStringLiteral("U+0085 at position 2 (RFC 3454 table C.2.2");
        QTest::newRow("private use") << QStringLiteral(u"\uE000") << QStringLiteral("table C.3");
        QTest::newRow("non-character") << QStringLiteral(u"\uFDD0") << QStringLiteral("table C.4");
        QTest::newRow("replacement character") << QStringLiteral(u"\uFFFD") << QStringLiteral("table C.6");
        QTest::newRow("ideographic description") << QStringLiteral(u"\u2FF0") << QStringLiteral("table C.7");
        QTest::newRow("left-to-right mark") << QStringLiteral(u"a\u200E") << QStringLiteral("table C.8");
        QTest::newRow("language tag") << QStringLiteral(u"\U000E0001") << QStringLiteral("table C.9");
        QTest::newRow("unassigned in 3.2")
            << QStringLiteral(u"\u0221") << QStringLiteral("U+0221 at position 0 (RFC 3454 table A.1");
        QTest::newRow("assigned after 3.2") << QStringLiteral(u"\U0001F600") << QStringLiteral("U+1F600");
        QTest::newRow("unpaired surrogate") << QString(QChar(0xD800)) << QStringLiteral("unpaired surrogate");
    }
    void rejects()
    {
        QFETCH(QString, input);
        QFETCH(QString, expectedFragment);
        QString error;
        QVERIFY(!pgrepl::saslPrep(input, &error).has_value());
        QVERIFY2(error.contains(expectedFragment), qPrintable(error));
    }

    // What PostgreSQL's pg_saslprep would hash: the prepared string, or the
    // raw bytes whenever SASLprep does not apply.
    void password_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("output");
        QTest::newRow("ascii") << QByteArrayLiteral("pencil") << QByteArrayLiteral("pencil");
        QTest::newRow("ascii control kept") << QByteArrayLiteral("a\x07z") << QByteArrayLiteral("a\x07z");
        QTest::newRow("ascii empty") << QByteArray() << QByteArray();
        QTest::newRow("soft hyphen") << QByteArrayLiteral("I\xC2\xADX") << QByteArrayLiteral("IX");
        QTest::newRow("feminine ordinal") << QByteArrayLiteral("\xC2\xAA") << QByteArrayLiteral("a");
        QTest::newRow("roman nine") << QByteArrayLiteral("\xE2\x85\xA8") << QByteArrayLiteral("IX");
        QTest::newRow("nbsp") << QByteArrayLiteral("a\xC2\xA0z") << QByteArrayLiteral("a z");
        QTest::newRow("leading byte order mark")
            << QByteArrayLiteral("\xEF\xBB\xBF\xC3\xA9") << QByteArrayLiteral("\xC3\xA9");
        QTest::newRow("composed by NFKC") << QByteArrayLiteral("e\xCC\x81") << QByteArrayLiteral("\xC3\xA9");
        QTest::newRow("hebrew") << QByteArrayLiteral("\xD7\x90\xD7\x91")
                                << QByteArrayLiteral("\xD7\x90\xD7\x91");
        QTest::newRow("raw: invalid byte")
            << QByteArrayLiteral("\xC2\xAA\xFF") << QByteArrayLiteral("\xC2\xAA\xFF");
        QTest::newRow("raw: truncated sequence")
            << QByteArrayLiteral("\xC2\xAA\xC3") << QByteArrayLiteral("\xC2\xAA\xC3");
        QTest::newRow("raw: overlong NUL")
            << QByteArrayLiteral("\xC0\x80\xC2\xAA") << QByteArrayLiteral("\xC0\x80\xC2\xAA");
        QTest::newRow("raw: encoded surrogate")
            << QByteArrayLiteral("\xC2\xAA\xED\xA0\x80") << QByteArrayLiteral("\xC2\xAA\xED\xA0\x80");
        QTest::newRow("raw: above U+10FFFF")
            << QByteArrayLiteral("\xC2\xAA\xF4\x90\x80\x80") << QByteArrayLiteral("\xC2\xAA\xF4\x90\x80\x80");
        QTest::newRow("raw: prohibited")
            << QByteArrayLiteral("\xC2\xAA\xC2\x85") << QByteArrayLiteral("\xC2\xAA\xC2\x85");
        QTest::newRow("raw: ascii control with non-ascii")
            << QByteArrayLiteral("\x07\xC2\xAA") << QByteArrayLiteral("\x07\xC2\xAA");
        QTest::newRow("raw: unassigned")
            << QByteArrayLiteral("\xC2\xAA\xC8\xA1") << QByteArrayLiteral("\xC2\xAA\xC8\xA1");
        QTest::newRow("raw: bidi") << QByteArrayLiteral("\xD8\xA7\xC2\xAD\x31")
                                   << QByteArrayLiteral("\xD8\xA7\xC2\xAD\x31");
        // U+0340 (table C.8) normalises to the allowed U+0300; PostgreSQL
        // checks before normalising, so it hashes the raw bytes.
        QTest::newRow("raw: prohibited before NFKC")
            << QByteArrayLiteral("a\xCD\x80") << QByteArrayLiteral("a\xCD\x80");
        QTest::newRow("raw: empty after mapping")
            << QByteArrayLiteral("\xC2\xAD") << QByteArrayLiteral("\xC2\xAD");
    }
    void password()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, output);
        QCOMPARE(pgrepl::saslPrepPassword(input), output);
    }

    // The first and last code points of RFC 3454's tables, and their neighbours.
    void tableEdges_data()
    {
        QTest::addColumn<StringPrepTable>("table");
        QTest::addColumn<uint>("codePoint");
        QTest::addColumn<bool>("member");
        const auto row = [](const char *name, StringPrepTable t, uint c, bool m) {
            QTest::addRow("%s U+%04X", name, c) << t << c << m;
        };
        row("A.1", StringPrepTable::A1, 0x0220, false);
        row("A.1", StringPrepTable::A1, 0x0221, true);
        row("A.1", StringPrepTable::A1, 0x0222, false);
        row("A.1", StringPrepTable::A1, 0x1F600, true);
        row("A.1", StringPrepTable::A1, 0xE0080, true);
        row("A.1", StringPrepTable::A1, 0xEFFFD, true);
        row("A.1", StringPrepTable::A1, 0xEFFFE, false);
        row("A.1", StringPrepTable::A1, 0xFFFF, false);
        row("B.1", StringPrepTable::B1, 0x00AC, false);
        row("B.1", StringPrepTable::B1, 0x00AD, true);
        row("B.1", StringPrepTable::B1, 0x180D, true);
        row("B.1", StringPrepTable::B1, 0xFE0F, true);
        row("B.1", StringPrepTable::B1, 0xFE10, false);
        row("B.1", StringPrepTable::B1, 0xFEFF, true);
        row("C.1.2", StringPrepTable::C12, 0x0020, false);
        row("C.1.2", StringPrepTable::C12, 0x00A0, true);
        row("C.1.2", StringPrepTable::C12, 0x200B, true);
        row("C.1.2", StringPrepTable::C12, 0x200C, false);
        row("C.1.2", StringPrepTable::C12, 0x3000, true);
        row("C.2.1", StringPrepTable::C21, 0x0000, true);
        row("C.2.1", StringPrepTable::C21, 0x001F, true);
        row("C.2.1", StringPrepTable::C21, 0x0020, false);
        row("C.2.1", StringPrepTable::C21, 0x007F, true);
        row("C.2.2", StringPrepTable::C22, 0x0080, true);
        row("C.2.2", StringPrepTable::C22, 0x00A0, false);
        row("C.2.2", StringPrepTable::C22, 0x1D173, true);
        row("C.2.2", StringPrepTable::C22, 0x1D17A, true);
        row("C.2.2", StringPrepTable::C22, 0x1D17B, false);
        row("C.3", StringPrepTable::C3, 0xDFFF, false);
        row("C.3", StringPrepTable::C3, 0xE000, true);
        row("C.3", StringPrepTable::C3, 0xF8FF, true);
        row("C.3", StringPrepTable::C3, 0xF900, false);
        row("C.3", StringPrepTable::C3, 0x10FFFD, true);
        row("C.3", StringPrepTable::C3, 0x10FFFE, false);
        row("C.4", StringPrepTable::C4, 0xFDCF, false);
        row("C.4", StringPrepTable::C4, 0xFDD0, true);
        row("C.4", StringPrepTable::C4, 0xFDEF, true);
        row("C.4", StringPrepTable::C4, 0x1FFFE, true);
        row("C.4", StringPrepTable::C4, 0x10FFFF, true);
        row("C.5", StringPrepTable::C5, 0xD7FF, false);
        row("C.5", StringPrepTable::C5, 0xD800, true);
        row("C.5", StringPrepTable::C5, 0xDFFF, true);
        row("C.6", StringPrepTable::C6, 0xFFF9, true);
        row("C.6", StringPrepTable::C6, 0xFFFD, true);
        row("C.6", StringPrepTable::C6, 0xFFFE, false);
        row("C.7", StringPrepTable::C7, 0x2FF0, true);
        row("C.7", StringPrepTable::C7, 0x2FFB, true);
        row("C.7", StringPrepTable::C7, 0x2FFC, false);
        row("C.8", StringPrepTable::C8, 0x0340, true);
        row("C.8", StringPrepTable::C8, 0x0342, false);
        row("C.8", StringPrepTable::C8, 0x202E, true);
        row("C.8", StringPrepTable::C8, 0x206F, true);
        row("C.9", StringPrepTable::C9, 0xE0000, false);
        row("C.9", StringPrepTable::C9, 0xE0001, true);
        row("C.9", StringPrepTable::C9, 0xE0020, true);
        row("C.9", StringPrepTable::C9, 0xE007F, true);
        row("D.1", StringPrepTable::D1, 0x05BE, true);
        row("D.1", StringPrepTable::D1, 0x05BF, false);
        row("D.1", StringPrepTable::D1, 0x200F, true);
        row("D.1", StringPrepTable::D1, 0xFEFC, true);
        row("D.1", StringPrepTable::D1, 0xFEFD, false);
        row("D.2", StringPrepTable::D2, 0x0040, false);
        row("D.2", StringPrepTable::D2, 0x0041, true);
        row("D.2", StringPrepTable::D2, 0x007A, true);
        row("D.2", StringPrepTable::D2, 0x05D0, false);
        row("D.2", StringPrepTable::D2, 0x10FFFD, true);
        row("D.2", StringPrepTable::D2, 0x10FFFE, false);
    }
    void tableEdges()
    {
        QFETCH(StringPrepTable, table);
        QFETCH(uint, codePoint);
        QFETCH(bool, member);
        QCOMPARE(pgrepl::inStringPrepTable(table, static_cast<char32_t>(codePoint)), member);
    }
};

QTEST_GUILESS_MAIN(TestSaslPrep)
#include "tst_saslprep.moc"
