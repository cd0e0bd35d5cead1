#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QRandomGenerator>
#include <QString>
#include <QTest>

#include <initializer_list>

namespace pgrepl::test {

// The data-driven checks that the tests of binaryToText share. Each takes
// render(oid, bytes, &error): binaryToText as that test calls it (with or
// without a type map), giving the text, or nullopt and *error.

// A table of values: "oid", "bytes" and a text column (the expected text
// or the error expected), filled with addValueRow.
inline void addValueColumns(const char *textColumn)
{
    QTest::addColumn<quint32>("oid");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>(textColumn);
}
inline void addValueRow(const char *name, quint32 oid, const QByteArray &bytes, const char *text)
{
    QTest::newRow(name) << oid << bytes << QString::fromUtf8(text);
}

// The row's bytes render as its "expected" text.
template<typename Render> void checkRendersRow(Render render)
{
    QFETCH(quint32, oid);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QString error;
    const auto out = render(oid, bytes, &error);
    QVERIFY2(out.has_value(), qPrintable(error));
    QCOMPARE(*out, expected);
}

// The row's bytes are refused with an error that holds its "error" text.
template<typename Render> void checkRefusesRow(Render render)
{
    QFETCH(quint32, oid);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    QString got;
    QVERIFY(!render(oid, bytes, &got).has_value());
    QVERIFY2(got.contains(error), qPrintable(got));
}

// The row's bytes render, and every proper prefix of them is refused,
// never misread.
template<typename Render> void checkEveryTruncationFailsRow(Render render)
{
    QFETCH(quint32, oid);
    QFETCH(QByteArray, bytes);
    QString error;
    QVERIFY2(render(oid, bytes, &error).has_value(), qPrintable(error));
    for (qsizetype n = 0; n < bytes.size(); ++n) {
        // A fresh copy of exactly n bytes, so a sanitizer sees any overread.
        const QByteArray prefix = bytes.left(n);
        error.clear();
        QVERIFY2(!render(oid, prefix, &error).has_value(), qPrintable(QString::number(n)));
        QVERIFY2(!error.isEmpty(), qPrintable(QString::number(n)));
    }
}

// How often corrupted bytes rendered and how often they were refused.
struct CorruptionOutcomes
{
    int values = 0;
    int errors = 0;
};

// Every single-byte corruption of each seed value, then 500 seeded random
// values (0 to 39 bytes) of each type in randomOids: each must give a value
// or an error, never both, never a crash (or an overread, under the
// sanitizer preset).
template<typename Render>
CorruptionOutcomes renderCorrupted(const QList<QPair<quint32, QByteArray>> &seeds,
    std::initializer_list<quint32> randomOids, quint32 randomSeed, Render render)
{
    CorruptionOutcomes outcomes;
    const auto check = [&](quint32 oid, const QByteArray &bytes) {
        QString error;
        const auto out = render(oid, bytes, &error);
        QVERIFY(out.has_value() != !error.isEmpty());
        ++(out ? outcomes.values : outcomes.errors);
    };
    for (const auto &[oid, bytes] : seeds) {
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            for (int replacement : {0x00, 0x01, 0x7f, 0x80, 0xff}) {
                QByteArray corrupt = bytes;
                corrupt[i] = char(replacement);
                check(oid, corrupt);
            }
        }
    }
    QRandomGenerator random(randomSeed);
    for (quint32 oid : randomOids) {
        for (int round = 0; round < 500; ++round) {
            QByteArray bytes(random.bounded(0, 40), '\0');
            for (char &byte : bytes)
                byte = char(random.bounded(256));
            check(oid, bytes);
        }
    }
    return outcomes;
}

} // namespace pgrepl::test
