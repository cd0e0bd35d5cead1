// Change views: names, types and values of every column of the changes in a
// real PostgreSQL 15 capture (proto 1), and hand-built messages for what the
// capture lacks (binary values, every replica identity, unknown relations).
#include "pgoutput/RecvlogicalReader.h"
#include "txn/ChangeView.h"

#include "PgoutputBytes.h"

#include <QtTest>

#include <list>

using namespace pgrepl;
using namespace pgrepl::pgoutput;

namespace {

using Bytes = pgrepl::test::PgoutputBytes;

// Tuple values are views into the message bytes, so every message decoded
// here is kept for the whole run.
Message decoded(const QByteArray &bytes)
{
    static std::list<QByteArray> kept;
    kept.push_back(bytes);
    DecoderState state;
    DecodeResult r = decode(kept.back(), state);
    if (!r.ok())
        qFatal("test bytes do not decode: %s", qPrintable(r.error.toString()));
    return *r.message;
}

// public.t (id int4 key, v text) with the given replica identity.
Relation relationWith(char identity)
{
    return std::get<Relation>(decoded(Bytes('R')
                                          .i32(20)
                                          .str("public")
                                          .str("t")
                                          .u8(identity)
                                          .i16(2)
                                          .u8(1)
                                          .str("id")
                                          .i32(23)
                                          .i32(-1)
                                          .u8(0)
                                          .str("v")
                                          .i32(25)
                                          .i32(-1)));
}

QStringList names(const QList<ColumnValue> &values)
{
    QStringList out;
    for (const ColumnValue &v : values)
        out << v.name;
    return out;
}

bool anyNoteContains(const ChangeView &view, const QString &text)
{
    for (const QString &n : view.notes)
        if (n.contains(text))
            return true;
    return false;
}

} // namespace

class TestChangeView : public QObject
{
    Q_OBJECT

    std::optional<RecvlogicalReader> m_reader;
    QList<RecvlogicalReader::Entry> m_entries;
    TypeNameMap m_userTypes;

    // The change at index i of the capture, with the Relation before it.
    std::optional<ChangeView> captured(int i, int relationAt) const
    {
        ValueContext context;
        context.userTypes = &m_userTypes;
        return describeChange(
            m_entries.at(i).message, std::get<Relation>(m_entries.at(relationAt).message), context);
    }

private slots:
    void initTestCase()
    {
        DecoderState state;
        QString error;
        m_reader = RecvlogicalReader::open(
            QStringLiteral(PGOUTPUT_TEST_DATA "/proto1-changes.bin"), state, &error);
        QVERIFY2(m_reader, qPrintable(error));
        m_entries = m_reader->readAll();
        QVERIFY(!m_reader->hasError());
        QCOMPARE(m_entries.size(), 61);
        // The capture announces its enum with a Type message; the
        // application keeps such types in a TypeNameMap.
        const auto &type = std::get<Type>(m_entries.at(1).message);
        m_userTypes.insert(type.oid, UserType {type.nspname, type.name, 0, false});
    }

    void namesTypesAndValues()
    {
        const auto view = captured(3, 2);
        QVERIFY(view);
        QCOMPARE(view->tag, 'I');
        QCOMPARE(view->relation, QStringLiteral("\"Odd Schema\".\"Mixed Case\""));
        QCOMPARE(view->replicaIdentity, std::optional<ReplicaIdentity>(ReplicaIdentity::Default));
        QCOMPARE(names(view->newValues),
            (QStringList {QStringLiteral("id"), QStringLiteral("Note \"q\""), QStringLiteral("amount"),
                QStringLiteral("code"), QStringLiteral("m")}));
        QStringList types;
        for (const ColumnValue &v : view->newValues)
            types << v.typeName;
        QCOMPARE(types,
            (QStringList {QStringLiteral("integer"), QStringLiteral("text"), QStringLiteral("numeric(10,2)"),
                QStringLiteral("character varying(20)"), QStringLiteral("\"Odd Schema\".mood")}));
        QCOMPARE(view->newValues[0].typeOid, 23u);
        QVERIFY(view->newValues[0].key);
        QVERIFY(!view->newValues[1].key);
        QCOMPARE(view->newValues[0].text, QStringLiteral("1"));
        QCOMPARE(view->newValues[1].text, QStringLiteral("h\u00e9llo \u2713 \"q\" \\ O'Reilly\nline2"));
        QCOMPARE(view->newValues[2].text, QStringLiteral("12.50"));
        QCOMPARE(view->newValues[3].state, ColumnValue::State::Null);
        QCOMPARE(view->newValues[4].text, QStringLiteral("sad"));
        // Every value points at its bytes in the message.
        const QByteArrayView raw = m_entries.at(3).raw;
        for (const ColumnValue &v : view->newValues) {
            if (v.state != ColumnValue::State::Value)
                continue;
            QVERIFY(!v.binary);
            QVERIFY(v.offset > 0);
            QCOMPARE(QString::fromUtf8(raw.sliced(v.offset, v.length)), v.text);
        }
        QVERIFY(view->oldValues.isEmpty());
        QVERIFY(view->notes.isEmpty());
        QVERIFY(view->changedColumns.isEmpty());
    }

    // Without the enum's name the column still has a type, as the server
    // would print an unknown OID.
    void unknownUserTypePrintsAsServerWould()
    {
        const auto view = describeChange(
            m_entries.at(3).message, std::get<Relation>(m_entries.at(2).message), ValueContext {});
        QVERIFY(view);
        QCOMPARE(view->newValues[4].typeName, QStringLiteral("???"));
        QCOMPARE(view->newValues[4].text, QStringLiteral("sad"));
    }

    // A 'K' old tuple sends the key; the other columns come as 'n' and mean
    // "not sent", never NULL.
    void keyOldTuple_data()
    {
        QTest::addColumn<int>("change");
        QTest::addColumn<int>("relation");
        QTest::addColumn<QList<ColumnValue::State>>("oldStates");
        QTest::addColumn<QList<int>>("changed");
        using S = ColumnValue::State;
        QTest::newRow("update, key changed (default)")
            << 6 << 2 << QList<S> {S::Value, S::NotSent, S::NotSent, S::NotSent, S::NotSent}
            << QList<int> {0};
        QTest::newRow("delete (default)")
            << 12 << 2 << QList<S> {S::Value, S::NotSent, S::NotSent, S::NotSent, S::NotSent}
            << QList<int> {};
        QTest::newRow("update, index key changed")
            << 24 << 21 << QList<S> {S::Value, S::Value, S::NotSent} << QList<int> {1};
        QTest::newRow("delete (index)")
            << 25 << 21 << QList<S> {S::Value, S::Value, S::NotSent} << QList<int> {};
    }
    void keyOldTuple()
    {
        QFETCH(int, change);
        QFETCH(int, relation);
        QFETCH(QList<ColumnValue::State>, oldStates);
        QFETCH(QList<int>, changed);
        const auto view = captured(change, relation);
        QVERIFY(view);
        QCOMPARE(view->oldKind, std::optional<OldTupleKind>(OldTupleKind::Key));
        QList<ColumnValue::State> states;
        for (const ColumnValue &v : view->oldValues)
            states << v.state;
        QCOMPARE(states, oldStates);
        for (const ColumnValue &v : view->oldValues)
            QCOMPARE(v.key, v.state == ColumnValue::State::Value);
        QStringList columnNames;
        for (const RelationColumn &c : std::get<Relation>(m_entries.at(relation).message).columns)
            columnNames << c.name;
        QCOMPARE(names(view->oldValues), columnNames);
        QCOMPARE(view->changedColumns, changed);
        QVERIFY(anyNoteContains(*view, QStringLiteral("only the replica identity columns")));
    }

    void unchangedToast()
    {
        const auto view = captured(32, 28);
        QVERIFY(view);
        QCOMPARE(view->tag, 'U');
        QCOMPARE(view->newValues.size(), 3);
        QCOMPARE(view->newValues[1].name, QStringLiteral("big"));
        QCOMPARE(view->newValues[1].state, ColumnValue::State::UnchangedToast);
        QVERIFY(view->newValues[1].text.isEmpty());
        QCOMPARE(view->newValues[2].text, QStringLiteral("2"));
        QVERIFY(anyNoteContains(*view, QStringLiteral("unchanged TOAST")));
        // The insert before it sent the whole value: no such note there.
        const auto insert = captured(29, 28);
        QVERIFY(insert);
        QCOMPARE(insert->newValues[1].state, ColumnValue::State::Value);
        QVERIFY(insert->newValues[1].text.size() > 2000);
        QVERIFY(!anyNoteContains(*insert, QStringLiteral("TOAST")));
    }

    void updateWithoutOldTuple_data()
    {
        QTest::addColumn<char>("identity");
        QTest::addColumn<QString>("note");
        QTest::newRow("default") << 'd' << QStringLiteral("REPLICA IDENTITY DEFAULT");
        QTest::newRow("index") << 'i' << QStringLiteral("REPLICA IDENTITY USING INDEX");
        QTest::newRow("full") << 'f' << QStringLiteral("REPLICA IDENTITY FULL");
        QTest::newRow("nothing") << 'n' << QStringLiteral("REPLICA IDENTITY NOTHING");
    }
    void updateWithoutOldTuple()
    {
        QFETCH(char, identity);
        QFETCH(QString, note);
        const Message update = decoded(Bytes('U').i32(20).u8('N').i16(2).col('t', "1").col('t', "x"));
        const auto view = describeChange(update, relationWith(identity), ValueContext {});
        QVERIFY(view);
        QVERIFY(!view->oldKind);
        QVERIFY(view->oldValues.isEmpty());
        QCOMPARE(view->notes.size(), 1);
        QVERIFY2(view->notes[0].startsWith(QStringLiteral("no old row was sent. ") + note),
            qPrintable(view->notes[0]));
        QCOMPARE(view->notes[0].endsWith(replicaIdentityNote(ReplicaIdentity(identity))), true);
        QVERIFY(view->changedColumns.isEmpty());
    }

    // The same notes on the real capture: the default table and the one
    // with REPLICA IDENTITY USING INDEX.
    void realUpdatesWithoutOldTuple()
    {
        const auto def = captured(9, 2);
        QVERIFY(def);
        QVERIFY(anyNoteContains(*def, QStringLiteral("REPLICA IDENTITY DEFAULT")));
        QCOMPARE(def->newValues[3].text, QStringLiteral("x"));
        const auto idx = captured(23, 21);
        QVERIFY(idx);
        QVERIFY(anyNoteContains(*idx, QStringLiteral("REPLICA IDENTITY USING INDEX")));
    }

    void fullIdentityChangedColumns()
    {
        const auto view = captured(17, 15);
        QVERIFY(view);
        QCOMPARE(view->relation, QStringLiteral("pgo_golden.rif_full"));
        QCOMPARE(view->oldKind, std::optional<OldTupleKind>(OldTupleKind::Full));
        QCOMPARE(view->oldValues.size(), 2);
        QCOMPARE(view->oldValues[1].text, QStringLiteral("a"));
        QCOMPARE(view->newValues[1].text, QStringLiteral("b"));
        QCOMPARE(view->changedColumns, QList<int> {1});
        QVERIFY(view->notes.isEmpty());

        // Hand-built: NULL to a value is a change, an unchanged TOAST value
        // is not, equal values are not.
        const Relation rel = std::get<Relation>(decoded(Bytes('R')
                                                            .i32(21)
                                                            .str("public")
                                                            .str("f")
                                                            .u8('f')
                                                            .i16(4)
                                                            .u8(1)
                                                            .str("id")
                                                            .i32(23)
                                                            .i32(-1)
                                                            .u8(1)
                                                            .str("a")
                                                            .i32(25)
                                                            .i32(-1)
                                                            .u8(1)
                                                            .str("b")
                                                            .i32(25)
                                                            .i32(-1)
                                                            .u8(1)
                                                            .str("c")
                                                            .i32(25)
                                                            .i32(-1)));
        const Message update = decoded(Bytes('U')
                                           .i32(21)
                                           .u8('O')
                                           .i16(4)
                                           .col('t', "1")
                                           .col('n')
                                           .col('t', "big")
                                           .col('t', "same")
                                           .u8('N')
                                           .i16(4)
                                           .col('t', "1")
                                           .col('t', "now")
                                           .col('u')
                                           .col('t', "same"));
        const auto hand = describeChange(update, rel, ValueContext {});
        QVERIFY(hand);
        QCOMPARE(hand->changedColumns, QList<int> {1});
        QVERIFY(anyNoteContains(*hand, QStringLiteral("unchanged TOAST")));
        QCOMPARE(hand->oldValues[1].state, ColumnValue::State::Null);
    }

    void binaryValues_data()
    {
        QTest::addColumn<quint32>("typeOid");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("int4") << 23u << QByteArray::fromHex("0000002a") << QStringLiteral("42");
        QTest::newRow("int8 negative")
            << 20u << QByteArray::fromHex("fffffffffffffffe") << QStringLiteral("-2");
        QTest::newRow("bool") << 16u << QByteArray::fromHex("01") << QStringLiteral("t");
        QTest::newRow("text") << 25u << QByteArray("h\xc3\xa9") << QStringLiteral("h\u00e9");
        QTest::newRow("uuid") << 2950u << QByteArray::fromHex("a0eebc999c0b4ef8bb6d6bb9bd380a11")
                              << QStringLiteral("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11");
        // No renderer (point), and an int4 with the wrong length: hex.
        QTest::newRow("no renderer") << 600u << QByteArray::fromHex("deadbeef") << QStringLiteral("deadbeef");
        QTest::newRow("bad int4") << 23u << QByteArray::fromHex("00002a") << QStringLiteral("00002a");
    }
    void binaryValues()
    {
        QFETCH(quint32, typeOid);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        const Relation rel = std::get<Relation>(decoded(
            Bytes('R').i32(30).str("public").str("b").u8('d').i16(1).u8(1).str("v").i32(typeOid).i32(-1)));
        const QByteArray raw = Bytes('I').i32(30).u8('N').i16(1).col('b', bytes);
        const Message insert = decoded(raw);
        const auto view = describeChange(insert, rel, ValueContext {});
        QVERIFY(view);
        QCOMPARE(view->newValues.size(), 1);
        const ColumnValue &v = view->newValues[0];
        QVERIFY(v.binary);
        QCOMPARE(v.state, ColumnValue::State::Value);
        QCOMPARE(v.text, text);
        QCOMPARE(v.typeOid, typeOid);
        QCOMPARE(QByteArrayView(raw).sliced(v.offset, v.length), QByteArrayView(bytes));
    }

    void unknownRelation()
    {
        const Message insert = decoded(Bytes('I').i32(99).u8('N').i16(2).col('t', "1").col('n'));
        const auto view = describeChange(insert, std::nullopt, ValueContext {});
        QVERIFY(view);
        QVERIFY(view->relation.isEmpty());
        QVERIFY(!view->replicaIdentity);
        QCOMPARE(
            names(view->newValues), (QStringList {QStringLiteral("column 1"), QStringLiteral("column 2")}));
        QVERIFY(view->newValues[0].typeName.isEmpty());
        QCOMPARE(view->newValues[0].text, QStringLiteral("1"));
        QCOMPARE(view->newValues[1].state, ColumnValue::State::Null);
        QCOMPARE(view->notes.size(), 1);
        QVERIFY(view->notes[0].contains(QStringLiteral("relation 99 was not announced")));

        // A Relation with fewer columns than the tuple (hostile or stale):
        // the extra column is named by position.
        const auto partial = describeChange(
            decoded(Bytes('I').i32(20).u8('N').i16(3).col('t', "1").col('t', "a").col('t', "b")),
            relationWith('d'), ValueContext {});
        QVERIFY(partial);
        QCOMPARE(names(partial->newValues),
            (QStringList {QStringLiteral("id"), QStringLiteral("v"), QStringLiteral("column 3")}));
    }

    void truncateAndOthers()
    {
        const auto truncate = describeChange(m_entries.at(51).message, std::nullopt, ValueContext {});
        QVERIFY(truncate);
        QCOMPARE(truncate->tag, 'T');
        QVERIFY(!describeChange(m_entries.at(0).message, std::nullopt, ValueContext {}));
        QVERIFY(!describeChange(m_entries.at(35).message, std::nullopt, ValueContext {}));
    }
};

QTEST_GUILESS_MAIN(TestChangeView)
#include "tst_changeview.moc"
