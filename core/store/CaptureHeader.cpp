#include "store/CaptureHeader.h"

#include <QRegularExpression>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

namespace pgrepl {

namespace {

// Reads typed fields out of JSON objects, keeping the first error. A missing
// key keeps the default (so older files stay readable when fields are
// added); a key of the wrong type is an error.
class JsonFields final
{
public:
    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }

    void text(const QJsonObject &o, QLatin1String key, QString &out, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return;
        if (!v.isString())
            return fail(path, key, QStringLiteral("a string"));
        out = v.toString();
    }
    void boolean(const QJsonObject &o, QLatin1String key, bool &out, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return;
        if (!v.isBool())
            return fail(path, key, QStringLiteral("true or false"));
        out = v.toBool();
    }
    template<typename T> void integer(const QJsonObject &o, QLatin1String key, T &out, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return;
        const double d = v.toDouble();
        const qint64 i = v.toInteger();
        // toInteger() is 0 for a fractional number; compare to catch it.
        if (!v.isDouble() || double(i) != d || i < qint64(std::numeric_limits<T>::min())
            || (i > 0 && quint64(i) > quint64(std::numeric_limits<T>::max())))
            return fail(path, key, QStringLiteral("an integer in range"));
        out = T(i);
    }
    void lsn(const QJsonObject &o, QLatin1String key, Lsn &out, const QString &path)
    {
        QString textValue;
        text(o, key, textValue, path);
        if (!ok() || !o.contains(key))
            return;
        QString why;
        const auto parsed = Lsn::parse(textValue, &why);
        if (!parsed)
            return fail(path, key, QStringLiteral("an LSN (%1)").arg(why));
        out = *parsed;
    }
    QJsonObject object(const QJsonObject &o, QLatin1String key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (!v.isUndefined() && !v.isObject())
            fail(path, key, QStringLiteral("an object"));
        return v.toObject();
    }
    QJsonArray array(const QJsonObject &o, QLatin1String key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (!v.isUndefined() && !v.isArray())
            fail(path, key, QStringLiteral("an array"));
        return v.toArray();
    }
    void fail(const QString &path, QLatin1String key, const QString &expected)
    {
        if (ok())
            m_error = QStringLiteral("header field \"%1%2\" must be %3").arg(path, key, expected);
    }
    void failAt(const QString &what)
    {
        if (ok())
            m_error = what;
    }

private:
    QString m_error;
};

} // namespace

QByteArray CaptureHeader::toJson() const
{
    QJsonObject slot {
        {QLatin1String("name"), slotName},
        {QLatin1String("temporaryCopy"), temporaryCopy},
        {QLatin1String("originalName"), originalSlotName},
    };
    QJsonArray pubs;
    for (const CapturePublication &p : publications)
        pubs.append(
            QJsonObject {{QLatin1String("name"), p.name}, {QLatin1String("definition"), p.definition}});
    QJsonObject settings {
        {QLatin1String("TimeZone"), timeZone},
        {QLatin1String("DateStyle"), dateStyle},
        {QLatin1String("IntervalStyle"), intervalStyle},
        {QLatin1String("extra_float_digits"), extraFloatDigits},
        {QLatin1String("server_encoding"), serverEncoding},
    };
    QJsonArray types;
    for (auto it = typeNames.cbegin(); it != typeNames.cend(); ++it) {
        types.append(QJsonObject {
            {QLatin1String("oid"), qint64(it.key())},
            {QLatin1String("schema"), it->schema},
            {QLatin1String("name"), it->name},
            {QLatin1String("format"), it->formatted},
            {QLatin1String("elementOid"), qint64(it->elementOid)},
            {QLatin1String("hasTypmodOut"), it->hasTypmodOut},
            {QLatin1String("typtype"), it->typtype != 0 ? QString(QLatin1Char(it->typtype)) : QString()},
            {QLatin1String("baseOid"), qint64(it->baseOid)},
        });
    }
    const QJsonObject root {
        {QLatin1String("writtenBy"), writtenBy},
        {QLatin1String("systemId"), systemId},
        {QLatin1String("timeline"), timeline},
        {QLatin1String("serverVersion"), serverVersion},
        {QLatin1String("serverVersionNum"), serverVersionNum},
        {QLatin1String("database"), database},
        {QLatin1String("slot"), slot},
        {QLatin1String("publications"), pubs},
        {QLatin1String("startReplication"), startReplicationCommand},
        {QLatin1String("startLsn"), startLsn.toString()},
        {QLatin1String("captureStartUs"), captureStartUs},
        {QLatin1String("settings"), settings},
        {QLatin1String("types"), types},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::optional<CaptureHeader> CaptureHeader::fromJson(const QByteArray &json, QString *error)
{
    auto failed = [error](const QString &why) -> std::optional<CaptureHeader> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failed(QStringLiteral("header block is not valid JSON: %1 at byte %2 of the block")
                          .arg(parseError.errorString())
                          .arg(parseError.offset));
    if (!doc.isObject())
        return failed(QStringLiteral("header block is not a JSON object"));

    const QJsonObject root = doc.object();
    const QString top;
    JsonFields f;
    CaptureHeader h;
    f.text(root, QLatin1String("writtenBy"), h.writtenBy, top);
    f.text(root, QLatin1String("systemId"), h.systemId, top);
    f.integer(root, QLatin1String("timeline"), h.timeline, top);
    f.text(root, QLatin1String("serverVersion"), h.serverVersion, top);
    f.integer(root, QLatin1String("serverVersionNum"), h.serverVersionNum, top);
    f.text(root, QLatin1String("database"), h.database, top);

    const QString slotPath = QStringLiteral("slot.");
    const QJsonObject slot = f.object(root, QLatin1String("slot"), top);
    f.text(slot, QLatin1String("name"), h.slotName, slotPath);
    f.boolean(slot, QLatin1String("temporaryCopy"), h.temporaryCopy, slotPath);
    f.text(slot, QLatin1String("originalName"), h.originalSlotName, slotPath);

    const QJsonArray pubs = f.array(root, QLatin1String("publications"), top);
    for (qsizetype i = 0; f.ok() && i < pubs.size(); ++i) {
        const QString path = QStringLiteral("publications[%1].").arg(i);
        if (!pubs.at(i).isObject()) {
            f.failAt(QStringLiteral("header field \"publications[%1]\" must be an object").arg(i));
            break;
        }
        const QJsonObject o = pubs.at(i).toObject();
        CapturePublication p;
        f.text(o, QLatin1String("name"), p.name, path);
        f.text(o, QLatin1String("definition"), p.definition, path);
        h.publications.append(p);
    }

    f.text(root, QLatin1String("startReplication"), h.startReplicationCommand, top);
    f.lsn(root, QLatin1String("startLsn"), h.startLsn, top);
    f.integer(root, QLatin1String("captureStartUs"), h.captureStartUs, top);

    const QString setPath = QStringLiteral("settings.");
    const QJsonObject settings = f.object(root, QLatin1String("settings"), top);
    f.text(settings, QLatin1String("TimeZone"), h.timeZone, setPath);
    f.text(settings, QLatin1String("DateStyle"), h.dateStyle, setPath);
    f.text(settings, QLatin1String("IntervalStyle"), h.intervalStyle, setPath);
    f.integer(settings, QLatin1String("extra_float_digits"), h.extraFloatDigits, setPath);
    f.text(settings, QLatin1String("server_encoding"), h.serverEncoding, setPath);

    const QJsonArray types = f.array(root, QLatin1String("types"), top);
    for (qsizetype i = 0; f.ok() && i < types.size(); ++i) {
        const QString path = QStringLiteral("types[%1].").arg(i);
        if (!types.at(i).isObject()) {
            f.failAt(QStringLiteral("header field \"types[%1]\" must be an object").arg(i));
            break;
        }
        const QJsonObject o = types.at(i).toObject();
        if (!o.contains(QLatin1String("oid"))) {
            f.failAt(QStringLiteral("header field \"types[%1].oid\" is missing").arg(i));
            break;
        }
        quint32 oid = 0;
        CaptureTypeName t;
        f.integer(o, QLatin1String("oid"), oid, path);
        f.text(o, QLatin1String("schema"), t.schema, path);
        f.text(o, QLatin1String("name"), t.name, path);
        f.text(o, QLatin1String("format"), t.formatted, path);
        f.integer(o, QLatin1String("elementOid"), t.elementOid, path);
        f.boolean(o, QLatin1String("hasTypmodOut"), t.hasTypmodOut, path);
        QString typtype;
        f.text(o, QLatin1String("typtype"), typtype, path);
        // pg_type.typtype's letters (store does not link the types library).
        if (typtype.size() == 1 && QStringView(u"bcdempr").contains(typtype.front()))
            t.typtype = typtype.front().toLatin1();
        else if (!typtype.isEmpty())
            f.fail(path, QLatin1String("typtype"), QStringLiteral("empty or one of b, c, d, e, m, p, r"));
        f.integer(o, QLatin1String("baseOid"), t.baseOid, path);
        h.typeNames.insert(oid, t);
    }

    if (!f.ok())
        return failed(f.error());
    return h;
}

int CaptureHeader::protoVersion() const
{
    const auto m = QRegularExpression(QStringLiteral("proto_version '(\\d)'")).match(startReplicationCommand);
    return m.hasMatch() ? m.captured(1).toInt() : 1;
}

bool CaptureHeader::parallelStreaming() const
{
    return startReplicationCommand.contains(QStringLiteral("streaming 'parallel'"));
}

} // namespace pgrepl
