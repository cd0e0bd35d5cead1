#include "store/CaptureFormat.h"
#include "store/CaptureHeader.h"
#include "store/CaptureReader.h"
#include "store/CaptureWriter.h"
#include "store/Crc32c.h"
#include "store/EventStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>
#endif

using namespace pgrepl;

Q_DECLARE_METATYPE(StreamEvent::Kind)

namespace {

#if defined(__SANITIZE_ADDRESS__)
#define PGREPL_TEST_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PGREPL_TEST_ASAN 1
#endif
#endif

// Caps the address space a little above what the process uses now, so an
// allocation sized from a hostile length (hundreds of MiB or more) fails
// loudly instead of passing unnoticed. Not under ASan, whose shadow memory
// needs a huge address space.
class AddressSpaceCap final
{
public:
    AddressSpaceCap()
    {
#if defined(Q_OS_LINUX) && !defined(PGREPL_TEST_ASAN)
        QFile status(QStringLiteral("/proc/self/status"));
        if (!status.open(QIODevice::ReadOnly))
            return;
        qint64 vmKb = 0;
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmSize:"))
                vmKb = line.mid(7).trimmed().split(' ').value(0).toLongLong();
        }
        if (vmKb <= 0 || getrlimit(RLIMIT_AS, &m_old) != 0)
            return;
        rlimit capped = m_old;
        capped.rlim_cur = rlim_t(vmKb * 1024 + (qint64(256) << 20));
        if (m_old.rlim_cur != RLIM_INFINITY && m_old.rlim_cur < capped.rlim_cur)
            return;
        m_active = setrlimit(RLIMIT_AS, &capped) == 0;
#endif
    }
    ~AddressSpaceCap()
    {
#if defined(Q_OS_LINUX) && !defined(PGREPL_TEST_ASAN)
        if (m_active)
            setrlimit(RLIMIT_AS, &m_old);
#endif
    }
    AddressSpaceCap(const AddressSpaceCap &) = delete;
    AddressSpaceCap &operator=(const AddressSpaceCap &) = delete;

private:
#if defined(Q_OS_LINUX) && !defined(PGREPL_TEST_ASAN)
    rlimit m_old {};
#endif
    bool m_active = false;
};

StreamEvent makeEvent(StreamEvent::Kind kind, const QByteArray &payload, quint64 lsn)
{
    StreamEvent e;
    e.kind = kind;
    e.receivedAtUs = 1'764'000'000'000'000 + qint64(lsn);
    e.walStart = Lsn(lsn);
    e.walEnd = Lsn(lsn + 0x40);
    e.serverTime = 817'000'000'000'000 + qint64(lsn);
    e.payload = payload;
    return e;
}

// One event of every kind, with payloads of different sizes (empty too).
StreamEventBatch sampleEvents()
{
    return {
        makeEvent(StreamEvent::Kind::XLogData, QByteArray("B\0\0\0\x01\x6B\x37\x48", 9), 0x16B3748),
        makeEvent(StreamEvent::Kind::XLogData,
            QByteArray("I\0\0\x40\x00N\0\x02t\0\0\0\x01"
                       "1",
                14),
            0x16B3760),
        makeEvent(StreamEvent::Kind::Keepalive, QByteArray(18, 'k'), 0x16B3800),
        makeEvent(StreamEvent::Kind::StatusUpdate, QByteArray("r status", 8), 0x16B3800),
        makeEvent(StreamEvent::Kind::Notice, QByteArray("WARNING: caf\xC3\xA9"), 0),
        makeEvent(StreamEvent::Kind::Error, QByteArray("ERROR: replication slot is active"), 0),
        makeEvent(StreamEvent::Kind::Unknown, QByteArray("\x7F\x00\xFF", 3), 0x16B3900),
        makeEvent(StreamEvent::Kind::Gap, QByteArray(), 0),
        makeEvent(StreamEvent::Kind::XLogData, QByteArray("C\0", 2), 0x16B3a00),
    };
}

CaptureHeader sampleHeader()
{
    CaptureHeader h;
    h.systemId = QStringLiteral("7301234567890123456");
    h.timeline = 3;
    h.serverVersion = QStringLiteral("15.5 (Debian 15.5-0+deb12u1)");
    h.serverVersionNum = 150005;
    h.database = QStringLiteral("shop");
    h.slotName = QStringLiteral("pgrepl_tmp_1234");
    h.temporaryCopy = true;
    h.originalSlotName = QStringLiteral("orders_sub");
    h.publications = {
        {QStringLiteral("orders_pub"),
            QStringLiteral("FOR TABLE public.orders (id, total) WHERE (total > 0)")},
        {QStringLiteral("all \"pub\""), QStringLiteral("FOR ALL TABLES")},
    };
    h.startReplicationCommand = QStringLiteral(
        "START_REPLICATION SLOT \"pgrepl_tmp_1234\" LOGICAL 0/16B3748 (proto_version '4', publication_names "
        "'\"orders_pub\",\"all \"\"pub\"\"\"')");
    h.startLsn = Lsn(0x16B3748);
    h.captureStartUs = 1'764'249'600'123'456;
    h.timeZone = QStringLiteral("Europe/Berlin");
    h.dateStyle = QStringLiteral("ISO, DMY");
    h.intervalStyle = QStringLiteral("postgres");
    h.extraFloatDigits = 3;
    h.serverEncoding = QStringLiteral("UTF8");
    h.typeNames.insert(
        16385, {QStringLiteral("public"), QStringLiteral("mood"), QStringLiteral("mood"), 0, false, 'e', 0});
    h.typeNames.insert(16384,
        {QStringLiteral("public"), QStringLiteral("_mood"), QStringLiteral("mood[]"), 16385, false, 'b', 0});
    h.typeNames.insert(16390,
        {QStringLiteral("public"), QStringLiteral("posint"), QStringLiteral("posint"), 0, false, 'd', 23});
    h.typeNames.insert(4294967295u,
        {QStringLiteral("Ünïcode"), QStringLiteral("My Type"), QStringLiteral("\"Ünïcode\".\"My Type\""), 0,
            true});
    return h;
}

void compareEvents(const StreamEvent &got, const StreamEvent &want)
{
    QCOMPARE(got.kind, want.kind);
    QCOMPARE(got.receivedAtUs, want.receivedAtUs);
    QCOMPARE(got.walStart, want.walStart);
    QCOMPARE(got.walEnd, want.walEnd);
    QCOMPARE(got.serverTime, want.serverTime);
    QCOMPARE(got.payload, want.payload);
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

bool writeBytes(const QString &path, QByteArrayView bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && f.write(bytes.data(), bytes.size()) == bytes.size();
}

// A file with the given header block and version, a correct header CRC,
// then the raw bytes of records.
QByteArray buildFile(
    const QByteArray &json, std::uint32_t version = CaptureFormat::kVersion, const QByteArray &records = {})
{
    QByteArray out(CaptureFormat::kMagic, sizeof CaptureFormat::kMagic);
    char word[4];
    qToBigEndian<std::uint32_t>(version, word);
    out.append(word, 4);
    qToBigEndian<std::uint32_t>(std::uint32_t(json.size()), word);
    out.append(word, 4);
    out.append(json);
    qToBigEndian<std::uint32_t>(Crc32c::update(out), word);
    out.append(word, 4);
    out.append(records);
    return out;
}

#ifdef Q_OS_UNIX
int fileMode(const QString &path)
{
    struct stat st
    { };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}
#endif

} // namespace

class TestCaptureFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("c%1.pgcap").arg(++m_files)); }

    // Writes the sample capture; returns its path, its bytes, where records
    // start and where each record ends.
    struct Sample
    {
        QString path;
        QByteArray bytes;
        qint64 headerEnd = 0;
        QList<qint64> recordStarts;
        QList<qint64> recordEnds;
    };
    Sample writeSample()
    {
        Sample s;
        s.path = newPath();
        CaptureWriter w;
        if (!w.open(s.path, sampleHeader()) || !w.append(sampleEvents()) || !w.close())
            qFatal("cannot write the sample capture: %s", qPrintable(w.errorString()));
        s.bytes = readBytes(s.path);
        s.headerEnd
            = CaptureFormat::kPreambleSize + qFromBigEndian<std::uint32_t>(s.bytes.constData() + 12) + 4;
        qint64 pos = s.headerEnd;
        for (const StreamEvent &e : sampleEvents()) {
            s.recordStarts.append(pos);
            pos += CaptureFormat::kRecordHeaderSize + e.payload.size() + CaptureFormat::kRecordTrailerSize;
            s.recordEnds.append(pos);
        }
        return s;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void crc32c_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<quint32>("crc");
        // The standard check value, then RFC 3720 (iSCSI) appendix B.4.
        QTest::newRow("check value") << QByteArray("123456789") << quint32(0xE3069283);
        QTest::newRow("empty") << QByteArray() << quint32(0);
        QTest::newRow("32 zeros") << QByteArray(32, '\0') << quint32(0x8A9136AA);
        QTest::newRow("32 x FF") << QByteArray(32, '\xFF') << quint32(0x62A8AB43);
        QByteArray up(32, Qt::Uninitialized), down(32, Qt::Uninitialized);
        for (int i = 0; i < 32; ++i) {
            up[i] = char(i);
            down[i] = char(31 - i);
        }
        QTest::newRow("incrementing") << up << quint32(0x46DD794E);
        QTest::newRow("decrementing") << down << quint32(0x113FDB5C);
    }
    void crc32c()
    {
        QFETCH(QByteArray, data);
        QFETCH(quint32, crc);
        QCOMPARE(Crc32c::update(data), crc);
        // Continuing across every split point gives the same result, which
        // exercises both the eight-byte and the byte-at-a-time paths.
        for (qsizetype cut = 0; cut <= data.size(); ++cut) {
            const QByteArrayView v(data);
            QCOMPARE(Crc32c::update(v.sliced(cut), Crc32c::update(v.first(cut))), crc);
        }
    }

    void roundTrip()
    {
        const QString path = newPath();
        CaptureWriter w;
        QVERIFY2(w.open(path, sampleHeader()), qPrintable(w.errorString()));
        QVERIFY(w.append(sampleEvents()));
        // An explicit direction overrides the kind's usual one.
        const StreamEvent localError = makeEvent(StreamEvent::Kind::Error, QByteArray("connection lost"), 0);
        QVERIFY(w.append(localError, CaptureDirection::Local));
        QCOMPARE(w.recordCount(), qint64(sampleEvents().size() + 1));
        QVERIFY(w.close());
        QCOMPARE(w.bytesWritten(), QFileInfo(path).size());

        CaptureReader r;
        QVERIFY2(r.open(path), qPrintable(r.errorString()));
        QVERIFY(!r.isDamaged());
        QVERIFY(r.warning().isEmpty());
        QCOMPARE(r.damageOffset(), qint64(-1));
        QCOMPARE(r.formatVersion(), CaptureFormat::kVersion);

        CaptureHeader expected = sampleHeader();
        QVERIFY(r.header().writtenBy.startsWith(QStringLiteral("pgrepl-inspector ")));
        expected.writtenBy = r.header().writtenBy;
        QCOMPARE(r.header().systemId, expected.systemId);
        QCOMPARE(r.header().publications, expected.publications);
        QCOMPARE(r.header().typeNames, expected.typeNames);
        QCOMPARE(r.header().startLsn, expected.startLsn);
        QCOMPARE(r.header().captureStartUs, expected.captureStartUs);
        QVERIFY(r.header() == expected);

        StreamEventBatch want = sampleEvents();
        want.append(localError);
        QCOMPARE(r.recordCount(), want.size());
        // writtenBy is filled in by the writer, so the header size comes from the file.
        qint64 offset = CaptureFormat::kPreambleSize
            + qFromBigEndian<std::uint32_t>(readBytes(path).constData() + 12) + 4;
        for (qsizetype i = 0; i < want.size(); ++i) {
            compareEvents(r.event(i), want.at(i));
            const CaptureRecord rec = r.record(i);
            QCOMPARE(rec.fileOffset, offset);
            QCOMPARE(rec.payload.toByteArray(), want.at(i).payload);
            const CaptureDirection dir = i == want.size() - 1 ? CaptureDirection::Local
                                                              : CaptureFormat::directionOf(want.at(i).kind);
            QCOMPARE(rec.direction, dir);
            offset += CaptureFormat::kRecordHeaderSize + want.at(i).payload.size()
                + CaptureFormat::kRecordTrailerSize;
        }
        QCOMPARE(offset, r.fileSize());
        QCOMPARE(
            CaptureFormat::directionOf(StreamEvent::Kind::StatusUpdate), CaptureDirection::ClientToServer);
        QCOMPARE(CaptureFormat::directionOf(StreamEvent::Kind::XLogData), CaptureDirection::ServerToClient);
        QCOMPARE(CaptureFormat::directionOf(StreamEvent::Kind::Gap), CaptureDirection::Local);
    }

    void loadIntoStore()
    {
        const Sample s = writeSample();
        CaptureReader r;
        QVERIFY2(r.open(s.path), qPrintable(r.errorString()));
        EventStore store(4096);
        QCOMPARE(r.loadInto(store), sampleEvents().size());
        QCOMPARE(store.size(), sampleEvents().size());
        for (qsizetype i = 0; i < store.size(); ++i)
            compareEvents(store.event(i), sampleEvents().at(i));
        QCOMPARE(store.entry(0).tag, std::uint8_t('B'));
        QCOMPARE(store.entry(1).tag, std::uint8_t('I'));
    }

    // Attached rather than loaded: the same events, and the payloads are the
    // mapped file's bytes, not copies.
    void attachToStore()
    {
        const Sample s = writeSample();
        CaptureReader r;
        QVERIFY2(r.open(s.path), qPrintable(r.errorString()));
        EventStore store(4096);
        QCOMPARE(r.attachTo(store), sampleEvents().size());
        QCOMPARE(store.size(), sampleEvents().size());
        for (qsizetype i = 0; i < store.size(); ++i) {
            compareEvents(store.event(i), sampleEvents().at(i));
            if (!store.payload(i).isEmpty())
                QCOMPARE(store.payload(i).data(), r.record(i).payload.data());
        }
        QCOMPARE(store.stats().arenaBytes, 0);
        // Copied events after attached ones still get an arena of their own.
        QVERIFY(store.append(sampleEvents().first()));
        compareEvents(store.event(store.size() - 1), sampleEvents().first());
        QVERIFY(store.stats().arenaBytes > 0);
    }

    void emptyCaptureAndDefaultHeader()
    {
        const QString path = newPath();
        CaptureWriter w;
        QVERIFY2(w.open(path, CaptureHeader {}), qPrintable(w.errorString()));
        QVERIFY(w.close());
        CaptureReader r;
        QVERIFY2(r.open(path), qPrintable(r.errorString()));
        QCOMPARE(r.recordCount(), 0);
        QVERIFY(!r.isDamaged());
        QCOMPARE(r.header().extraFloatDigits, 1);
        QCOMPARE(r.header().startLsn, Lsn());
    }

    void readableWhileWriting()
    {
        // append(batch) flushes to the kernel: another reader sees it all.
        const QString path = newPath();
        CaptureWriter w(CaptureWriterOptions {0, 0, false});
        QVERIFY(w.open(path, sampleHeader()));
        QVERIFY(w.append(sampleEvents()));
        CaptureReader r;
        QVERIFY2(r.open(path), qPrintable(r.errorString()));
        QCOMPARE(r.recordCount(), sampleEvents().size());
        QVERIFY(!r.isDamaged());
        QVERIFY(w.close());
    }

    void headerKeysAreTheDocumentedOnes()
    {
        // The header has no field for a password, host, user or connection
        // string; a new key must be added to docs/CAPTURE-FORMAT.md and here.
        const QJsonObject root = QJsonDocument::fromJson(sampleHeader().toJson()).object();
        QStringList keys = root.keys();
        keys.sort();
        QCOMPARE(keys,
            QStringList({QStringLiteral("captureStartUs"), QStringLiteral("database"),
                QStringLiteral("publications"), QStringLiteral("serverVersion"),
                QStringLiteral("serverVersionNum"), QStringLiteral("settings"), QStringLiteral("slot"),
                QStringLiteral("startLsn"), QStringLiteral("startReplication"), QStringLiteral("systemId"),
                QStringLiteral("timeline"), QStringLiteral("types"), QStringLiteral("writtenBy")}));
        QCOMPARE(root.value(QLatin1String("startLsn")).toString(), QStringLiteral("0/16B3748"));
        QCOMPARE(root.value(QLatin1String("systemId")).toString(), QStringLiteral("7301234567890123456"));
    }

    void typeEntryKeysAreTheDocumentedOnes()
    {
        const QJsonObject root = QJsonDocument::fromJson(sampleHeader().toJson()).object();
        const QJsonArray types = root.value(QLatin1String("types")).toArray();
        QCOMPARE(types.size(), 4);
        for (const QJsonValue &type : types) {
            QStringList keys = type.toObject().keys();
            keys.sort();
            QCOMPARE(keys,
                QStringList({QStringLiteral("baseOid"), QStringLiteral("elementOid"),
                    QStringLiteral("format"), QStringLiteral("hasTypmodOut"), QStringLiteral("name"),
                    QStringLiteral("oid"), QStringLiteral("schema"), QStringLiteral("typtype")}));
        }
        // Ascending OIDs: _mood, mood, posint, then the unknown-kind type.
        QCOMPARE(types.at(1).toObject().value(QLatin1String("typtype")).toString(), QStringLiteral("e"));
        QCOMPARE(types.at(2).toObject().value(QLatin1String("typtype")).toString(), QStringLiteral("d"));
        QCOMPARE(types.at(2).toObject().value(QLatin1String("baseOid")).toInteger(), 23);
        QCOMPARE(types.at(3).toObject().value(QLatin1String("typtype")).toString(), QString());
    }

    // A header written before typtype and baseOid were recorded still loads;
    // its types' kinds are unknown, which renders their binary values as hex.
    void typeEntryWithoutKindLoads()
    {
        QString error;
        const auto h = CaptureHeader::fromJson(
            R"({"types":[{"oid":16385,"schema":"public","name":"mood","format":"mood","elementOid":0,)"
            R"("hasTypmodOut":false},{"oid":16390,"name":"posint","typtype":"","baseOid":0}]})",
            &error);
        QVERIFY2(h, qPrintable(error));
        QCOMPARE(h->typeNames.size(), 2);
        QCOMPARE(h->typeNames.value(16385).name, QStringLiteral("mood"));
        QCOMPARE(h->typeNames.value(16385).typtype, '\0');
        QCOMPARE(h->typeNames.value(16385).baseOid, 0u);
        QCOMPARE(h->typeNames.value(16390).typtype, '\0');
        // Written again, the unknown kind stays unknown.
        const auto again = CaptureHeader::fromJson(h->toJson(), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->typeNames, h->typeNames);
    }

    void typeEntryKinds_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<char>("typtype");
        QTest::addColumn<quint32>("baseOid");
        for (const char c : {'b', 'c', 'd', 'e', 'm', 'p', 'r'})
            QTest::addRow("typtype %c", c)
                << QByteArray(R"({"types":[{"oid":16400,"typtype":")") + c + QByteArray(R"("}]})") << c << 0u;
        QTest::newRow("domain base") << QByteArray(
            R"({"types":[{"oid":16400,"typtype":"d","baseOid":4294967295}]})")
                                     << 'd' << 4294967295u;
    }
    void typeEntryKinds()
    {
        QFETCH(QByteArray, json);
        QFETCH(char, typtype);
        QFETCH(quint32, baseOid);
        QString error;
        const auto h = CaptureHeader::fromJson(json, &error);
        QVERIFY2(h, qPrintable(error));
        QCOMPARE(h->typeNames.value(16400).typtype, typtype);
        QCOMPARE(h->typeNames.value(16400).baseOid, baseOid);
    }

    void headerJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("errorFragment"); // empty: accepted
        QTest::newRow("empty object") << QByteArray("{}") << QString();
        QTest::newRow("unknown keys ignored") << QByteArray(R"({"future":[1,2],"timeline":7})") << QString();
        QTest::newRow("not json") << QByteArray("{\"a\":") << QStringLiteral("not valid JSON");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("not a JSON object");
        QTest::newRow("timeline text")
            << QByteArray(R"({"timeline":"3"})") << QStringLiteral("\"timeline\" must be an integer");
        QTest::newRow("timeline fraction")
            << QByteArray(R"({"timeline":1.5})") << QStringLiteral("\"timeline\"");
        QTest::newRow("timeline too big")
            << QByteArray(R"({"timeline":99999999999})") << QStringLiteral("\"timeline\"");
        QTest::newRow("slot not object")
            << QByteArray(R"({"slot":"x"})") << QStringLiteral("\"slot\" must be an object");
        QTest::newRow("temporaryCopy") << QByteArray(R"({"slot":{"temporaryCopy":1}})")
                                       << QStringLiteral("\"slot.temporaryCopy\" must be true or false");
        QTest::newRow("bad lsn") << QByteArray(R"({"startLsn":"16B3748"})")
                                 << QStringLiteral("\"startLsn\" must be an LSN");
        QTest::newRow("publication") << QByteArray(R"({"publications":[{"name":"a"},7]})")
                                     << QStringLiteral("\"publications[1]\" must be an object");
        QTest::newRow("publication name") << QByteArray(R"({"publications":[{"name":false}]})")
                                          << QStringLiteral("\"publications[0].name\" must be a string");
        QTest::newRow("type without oid")
            << QByteArray(R"({"types":[{"name":"t"}]})") << QStringLiteral("\"types[0].oid\" is missing");
        QTest::newRow("negative oid") << QByteArray(R"({"types":[{"oid":-1}]})")
                                      << QStringLiteral("\"types[0].oid\" must be an integer");
        QTest::newRow("typtype two letters")
            << QByteArray(R"({"types":[{"oid":1,"typtype":"ee"}]})")
            << QStringLiteral("\"types[0].typtype\" must be empty or one of");
        QTest::newRow("typtype space")
            << QByteArray(R"({"types":[{"oid":1,"typtype":" "}]})") << QStringLiteral("\"types[0].typtype\"");
        QTest::newRow("typtype unknown letter")
            << QByteArray(R"({"types":[{"oid":1,"typtype":"x"}]})") << QStringLiteral("\"types[0].typtype\"");
        QTest::newRow("typtype number") << QByteArray(R"({"types":[{"oid":1,"typtype":101}]})")
                                        << QStringLiteral("\"types[0].typtype\" must be a string");
        QTest::newRow("negative baseOid") << QByteArray(R"({"types":[{"oid":1,"baseOid":-5}]})")
                                          << QStringLiteral("\"types[0].baseOid\" must be an integer");
        QTest::newRow("settings digits") << QByteArray(R"({"settings":{"extra_float_digits":"3"}})")
                                         << QStringLiteral("\"settings.extra_float_digits\"");
    }
    void headerJson()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, errorFragment);
        const QString path = newPath();
        QVERIFY(writeBytes(path, buildFile(json)));
        CaptureReader r;
        const bool opened = r.open(path);
        if (errorFragment.isEmpty()) {
            QVERIFY2(opened, qPrintable(r.errorString()));
            QCOMPARE(r.recordCount(), 0);
        } else {
            QVERIFY(!opened);
            QVERIFY(!r.isOpen());
            QVERIFY2(r.errorString().contains(errorFragment), qPrintable(r.errorString()));
        }
    }

    void everyCutPoint()
    {
        const Sample s = writeSample();
        const StreamEventBatch events = sampleEvents();
        const QString path = newPath();
        for (qsizetype cut = 0; cut <= s.bytes.size(); ++cut) {
            QVERIFY(writeBytes(path, QByteArrayView(s.bytes).first(cut)));
            CaptureReader r;
            const bool opened = r.open(path);
            const QByteArray where = "cut at " + QByteArray::number(cut) + ": " + r.errorString().toUtf8()
                + r.warning().toUtf8();
            if (cut < s.headerEnd) {
                QVERIFY2(!opened, where.constData());
                QVERIFY2(
                    r.errorString().contains(cut < CaptureFormat::kPreambleSize ? QStringLiteral("shorter")
                                                                                : QStringLiteral("cut off")),
                    where.constData());
                continue;
            }
            QVERIFY2(opened, where.constData());
            const qsizetype complete = std::count_if(
                s.recordEnds.cbegin(), s.recordEnds.cend(), [cut](qint64 e) { return e <= cut; });
            QCOMPARE(r.recordCount(), complete);
            for (qsizetype i = 0; i < complete; ++i)
                compareEvents(r.event(i), events.at(i));
            const bool atBoundary = cut == s.headerEnd || s.recordEnds.contains(cut);
            QCOMPARE(r.isDamaged(), !atBoundary);
            if (!atBoundary) {
                const qint64 damage = s.recordStarts.at(complete);
                QCOMPARE(r.damageOffset(), damage);
                QVERIFY2(r.warning().contains(QStringLiteral("byte %1 ").arg(damage)), where.constData());
                QVERIFY2(r.warning().contains(QStringLiteral("cut off")), where.constData());
            }
        }
    }

    void flippedRecordBytes()
    {
        const Sample s = writeSample();
        const QString path = newPath();
        for (qsizetype at = s.headerEnd; at < s.bytes.size(); ++at) {
            for (char mask : {'\x01', '\x80'}) {
                QByteArray bytes = s.bytes;
                bytes[at] = char(bytes.at(at) ^ mask);
                QVERIFY(writeBytes(path, bytes));
                AddressSpaceCap cap;
                CaptureReader r;
                const QByteArray where = "flip at " + QByteArray::number(at) + ": " + r.warning().toUtf8();
                QVERIFY2(r.open(path), qPrintable(r.errorString()));
                const qsizetype record = std::count_if(
                    s.recordEnds.cbegin(), s.recordEnds.cend(), [at](qint64 e) { return e <= at; });
                QCOMPARE(r.recordCount(), record);
                QVERIFY(r.isDamaged());
                QCOMPARE(r.damageOffset(), s.recordStarts.at(record));
                QVERIFY2(r.warning().contains(QStringLiteral("byte %1 ").arg(s.recordStarts.at(record))),
                    qPrintable(r.warning()));
                // Only a flip in the length field can change a record's extent.
                const qint64 inRecord = at - s.recordStarts.at(record);
                if (inRecord >= 4)
                    QVERIFY2(
                        r.warning().contains(QStringLiteral("CRC-32C mismatch")), qPrintable(r.warning()));
            }
        }
    }

    void flippedHeaderBytes()
    {
        const Sample s = writeSample();
        const QString path = newPath();
        for (qsizetype at = 0; at < s.headerEnd; ++at) {
            QByteArray bytes = s.bytes;
            bytes[at] = char(bytes.at(at) ^ 0x04);
            QVERIFY(writeBytes(path, bytes));
            AddressSpaceCap cap;
            CaptureReader r;
            QVERIFY(!r.open(path));
            QString expected = QStringLiteral("the header is");
            if (at < 8)
                expected = QStringLiteral("not a pgrepl capture file");
            else if (at < 12)
                expected = QStringLiteral("format version");
            QVERIFY2(r.errorString().contains(expected),
                qPrintable(QStringLiteral("byte %1: %2").arg(at).arg(r.errorString())));
        }
    }

    void hostileLengths_data()
    {
        QTest::addColumn<int>("fieldOffset"); // -1: first record's length
        QTest::addColumn<quint32>("value");
        QTest::addColumn<bool>("refused");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("record length max")
            << -1 << quint32(0xFFFFFFFF) << false << QStringLiteral("impossible");
        QTest::newRow("record length just over limit")
            << -1 << quint32(CaptureFormat::kMaxPayload + 1) << false << QStringLiteral("impossible");
        QTest::newRow("record length at limit")
            << -1 << quint32(CaptureFormat::kMaxPayload) << false << QStringLiteral("cut off");
        QTest::newRow("record length a bit long")
            << -1 << quint32(1000) << false << QStringLiteral("cut off");
        QTest::newRow("header length max")
            << 12 << quint32(0xFFFFFFFF) << true << QStringLiteral("over the limit");
        QTest::newRow("header length at limit")
            << 12 << quint32(CaptureFormat::kMaxHeaderBlock) << true << QStringLiteral("cut off");
    }
    void hostileLengths()
    {
        QFETCH(int, fieldOffset);
        QFETCH(quint32, value);
        QFETCH(bool, refused);
        QFETCH(QString, fragment);
        const Sample s = writeSample();
        QByteArray bytes = s.bytes;
        const qint64 at = fieldOffset < 0 ? s.headerEnd : fieldOffset;
        qToBigEndian<std::uint32_t>(value, bytes.data() + at);
        const QString path = newPath();
        QVERIFY(writeBytes(path, bytes));
        AddressSpaceCap cap;
        CaptureReader r;
        const bool opened = r.open(path);
        QCOMPARE(opened, !refused);
        if (refused) {
            QVERIFY2(r.errorString().contains(fragment), qPrintable(r.errorString()));
        } else {
            QCOMPARE(r.recordCount(), 0);
            QCOMPARE(r.damageOffset(), s.headerEnd);
            QVERIFY2(r.warning().contains(fragment), qPrintable(r.warning()));
        }
    }

    void goodCrcBadFields_data()
    {
        QTest::addColumn<int>("byte");
        QTest::addColumn<int>("value");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("kind 0") << 4 << 0 << QStringLiteral("unknown record kind 0");
        QTest::newRow("kind 99") << 4 << 99 << QStringLiteral("unknown record kind 99");
        QTest::newRow("direction") << 5 << 3 << QStringLiteral("unknown direction 3");
        QTest::newRow("reserved") << 7 << 1 << QStringLiteral("reserved field is 1");
    }
    void goodCrcBadFields()
    {
        // Fields a newer writer might use, with a valid CRC: still refused
        // from that record on, since this reader cannot know what they mean.
        QFETCH(int, byte);
        QFETCH(int, value);
        QFETCH(QString, fragment);
        QByteArray record(CaptureFormat::kRecordHeaderSize, '\0');
        record[4] = 1;
        record[byte] = char(value);
        char crc[4];
        qToBigEndian<std::uint32_t>(Crc32c::update(record), crc);
        record.append(crc, 4);
        QByteArray good(CaptureFormat::kRecordHeaderSize, '\0');
        good[4] = 2;
        qToBigEndian<std::uint32_t>(Crc32c::update(good), crc);
        good.append(crc, 4);
        const QByteArray file = buildFile("{}", CaptureFormat::kVersion, good + record + good);
        const QString path = newPath();
        QVERIFY(writeBytes(path, file));
        CaptureReader r;
        QVERIFY2(r.open(path), qPrintable(r.errorString()));
        QCOMPARE(r.recordCount(), 1);
        QCOMPARE(r.event(0).kind, StreamEvent::Kind::Keepalive);
        QCOMPARE(r.damageOffset(), qint64(file.size() - 2 * good.size()));
        QVERIFY2(r.warning().contains(fragment), qPrintable(r.warning()));
    }

    void refusesWhatIsNotACapture_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("shorter than the 16-byte file header");
        QTest::newRow("text") << QByteArray("this is plainly a text file, not a capture\n")
                              << QStringLiteral("not a pgrepl capture file (the first 8 bytes are 74 68 69");
        QTest::newRow("magic with LF only") << QByteArray("\x89PGCAP\n\n\0\0\0\x01\0\0\0\x02{}", 18)
                                            << QStringLiteral("not a pgrepl capture file");
        QTest::newRow("version 0") << buildFile("{}", 0)
                                   << QStringLiteral("format version 0 at byte 8 is not valid");
        QTest::newRow("version 2") << buildFile(
            "{}", 2) << QStringLiteral("format version 2, newer than this program reads (up to 1)");
        QTest::newRow("huge version")
            << buildFile("{}", 0xFFFFFFFF) << QStringLiteral("format version 4294967295");
    }
    void refusesWhatIsNotACapture()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, fragment);
        const QString path = newPath();
        QVERIFY(writeBytes(path, bytes));
        CaptureReader r;
        QVERIFY(!r.open(path));
        QVERIFY2(r.errorString().contains(fragment), qPrintable(r.errorString()));
        QVERIFY(r.errorString().contains(path));
        QCOMPARE(r.recordCount(), 0);
    }

    void refusesMissingFile()
    {
        CaptureReader r;
        QVERIFY(!r.open(m_dir.filePath(QStringLiteral("nope.pgcap"))));
        QVERIFY2(r.errorString().startsWith(QStringLiteral("cannot open")), qPrintable(r.errorString()));
    }

#ifdef Q_OS_UNIX
    void fileModeIs0600_data()
    {
        QTest::addColumn<int>("umaskValue");
        QTest::newRow("umask 022") << 022;
        QTest::newRow("umask 000") << 0;
        QTest::newRow("umask 077") << 077;
        QTest::newRow("umask 277") << 0277;
    }
    void fileModeIs0600()
    {
        QFETCH(int, umaskValue);
        const mode_t old = ::umask(mode_t(umaskValue));
        const QString path = newPath();
        CaptureWriter w;
        const bool opened = w.open(path, sampleHeader());
        ::umask(old);
        QVERIFY2(opened, qPrintable(w.errorString()));
        QCOMPARE(fileMode(path), 0600);
        QVERIFY(w.close());
        QCOMPARE(fileMode(path), 0600);
    }

    void existingFiles()
    {
        const QString path = newPath();
        QVERIFY(writeBytes(path, "precious"));
        QVERIFY(QFile::setPermissions(path,
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                | QFileDevice::ReadOther));
        CaptureWriter refuse;
        QVERIFY(!refuse.open(path, sampleHeader()));
        QVERIFY2(refuse.errorString().contains(QStringLiteral("already exists")),
            qPrintable(refuse.errorString()));
        QCOMPARE(readBytes(path), QByteArray("precious"));

        CaptureWriter replace(CaptureWriterOptions {1000, 0, true});
        QVERIFY2(replace.open(path, sampleHeader()), qPrintable(replace.errorString()));
        QVERIFY(replace.close());
        QCOMPARE(fileMode(path), 0600);
        CaptureReader r;
        QVERIFY2(r.open(path), qPrintable(r.errorString()));
    }
#endif

    void writerErrors()
    {
        CaptureWriter w;
        QVERIFY(!w.append(makeEvent(StreamEvent::Kind::Gap, {}, 0)));
        QVERIFY(w.errorString().contains(QStringLiteral("no capture file is open")));
        QVERIFY(!w.open(m_dir.filePath(QStringLiteral("no/such/dir.pgcap")), sampleHeader()));
        QVERIFY2(w.errorString().startsWith(QStringLiteral("cannot create")), qPrintable(w.errorString()));
        const QString path = newPath();
        QVERIFY(w.open(path, sampleHeader()));
        QVERIFY(!w.open(newPath(), sampleHeader()));
        QVERIFY(w.errorString().contains(QStringLiteral("already open")));
        QVERIFY(w.close());
        QVERIFY(w.close()); // closing twice is harmless
    }

#ifdef Q_OS_LINUX
    void writerRefusesOversizedPayload()
    {
        // PROT_NONE: the writer must refuse by size without reading a byte.
        const std::size_t n = std::size_t(CaptureFormat::kMaxPayload) + 1;
        void *region = ::mmap(nullptr, n, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
        QVERIFY(region != MAP_FAILED);
        const QString path = newPath();
        CaptureWriter w;
        QVERIFY(w.open(path, sampleHeader()));
        StreamEvent huge = makeEvent(StreamEvent::Kind::XLogData, {}, 1);
        huge.payload = QByteArray::fromRawData(static_cast<const char *>(region), qsizetype(n));
        const bool appended = w.append(huge);
        huge.payload = QByteArray();
        ::munmap(region, n);
        QVERIFY(!appended);
        QVERIFY2(w.errorString().contains(QStringLiteral("over the capture format's limit")),
            qPrintable(w.errorString()));
        QCOMPARE(w.recordCount(), qint64(0));
        QVERIFY(w.append(sampleEvents()));
        QVERIFY(w.close());
        CaptureReader r;
        QVERIFY2(r.open(path), qPrintable(r.errorString()));
        QCOMPARE(r.recordCount(), sampleEvents().size());
        QVERIFY(!r.isDamaged());
    }
#endif

    void syncByRecordCount()
    {
        CaptureWriter w(CaptureWriterOptions {0, 3, false});
        QVERIFY(w.open(newPath(), sampleHeader()));
        QCOMPARE(w.syncCount(), qint64(1)); // the header
        for (int i = 0; i < 7; ++i)
            QVERIFY(w.append(makeEvent(StreamEvent::Kind::Keepalive, QByteArray("k"), quint64(i))));
        QCOMPARE(w.syncCount(), qint64(3)); // after records 3 and 6
        QVERIFY(w.maybeSync());
        QCOMPARE(w.syncCount(), qint64(3)); // one record pending: not due yet
        QVERIFY(w.close());
        QCOMPARE(w.syncCount(), qint64(4));
    }

    void syncByInterval()
    {
        CaptureWriter w(CaptureWriterOptions {1, 0, false});
        QVERIFY(w.open(newPath(), sampleHeader()));
        QCOMPARE(w.syncCount(), qint64(1));
        // Nothing pending: an expired interval alone does not sync.
        QElapsedTimer waited;
        waited.start();
        while (!waited.hasExpired(2)) { }
        QVERIFY(w.maybeSync());
        QCOMPARE(w.syncCount(), qint64(1));
        QVERIFY(w.append(makeEvent(StreamEvent::Kind::Keepalive, QByteArray("k"), 1)));
        QCOMPARE(w.syncCount(), qint64(2)); // more than 1 ms since the header sync
        QVERIFY(w.close());

        CaptureWriter never(CaptureWriterOptions {3'600'000, 0, false});
        QVERIFY(never.open(newPath(), sampleHeader()));
        for (int i = 0; i < 100; ++i)
            QVERIFY(never.append(makeEvent(StreamEvent::Kind::Keepalive, QByteArray("k"), quint64(i))));
        QVERIFY(never.maybeSync());
        QCOMPARE(never.syncCount(), qint64(1));
        QVERIFY(never.close());
        QCOMPARE(never.syncCount(), qint64(2));
    }
};

QTEST_GUILESS_MAIN(TestCaptureFile)
#include "tst_capturefile.moc"
