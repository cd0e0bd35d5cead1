#include "export/Exporter.h"

#include "export/ExportValues.h"
#include "pgoutput/Decoder.h"
#include "store/CaptureWriter.h"
#include "store/EventStore.h"
#include "txn/ChangeView.h"
#include "txn/TransactionIndex.h"
#include "types/BinaryValues.h"

#include <QFile>
#include <QIODevice>

#include <algorithm>

namespace pgrepl {

using namespace pgoutput;
using namespace exportvalues;

ExportSelection ExportSelection::events(std::vector<quint32> indices)
{
    ExportSelection s;
    s.m_kind = Kind::Events;
    std::sort(indices.begin(), indices.end());
    indices.erase(std::unique(indices.begin(), indices.end()), indices.end());
    s.m_events = std::move(indices);
    return s;
}

ExportSelection ExportSelection::groups(int first, int last)
{
    ExportSelection s;
    s.m_kind = Kind::Groups;
    s.m_firstGroup = first;
    s.m_lastGroup = last;
    return s;
}

namespace {

constexpr qint64 kProgressEvery = 256;

// One change as the text formats see it; a Truncate gives one per relation.
struct ChangeRecord
{
    char action = 0;
    Lsn lsn;
    QString schema;
    QString table;
    QList<ColumnValue> columns; // unchanged TOAST values already left out
    QList<ColumnValue> identity;
    bool hasColumns = false;
    bool hasIdentity = false;
    // Truncate
    std::uint8_t truncateOptions = 0;
    // Logical message
    bool transactional = false;
    QString prefix;
    QString content; // cut at the first NUL, as wal2json does
    QByteArray rawContent;
};

// Where a written transaction ends.
struct CommitInfo
{
    std::uint32_t xid = 0;
    Lsn lsn;
    Lsn endLsn;
    std::int64_t time = 0;
};

bool isChangeTag(std::uint8_t tag)
{
    return tag == 'I' || tag == 'U' || tag == 'D' || tag == 'T' || tag == 'M';
}

bool isSqlReproducible(const ColumnValue &v, const TypeNameMap *userTypes)
{
    return !v.binary || hasBinaryRenderer(v.typeOid, userTypes);
}

class ExportRun final
{
public:
    ExportRun(const EventStore &store, const TransactionIndex &index, const ExportOptions &options)
        : m_store(store), m_index(index), m_options(options)
    {
        m_context.userTypes = options.userTypes;
        m_context.timeZone = options.timeZone;
    }

    ExportResult run(QIODevice *out, CaptureWriter *capture)
    {
        m_out = out;
        m_capture = capture;
        switch (m_options.format) {
        case ExportFormat::RawPgoutput:
        case ExportFormat::Pgcap:
            eventFormats();
            break;
        case ExportFormat::Jsonl:
        case ExportFormat::Csv:
        case ExportFormat::Sql:
            transactionFormats();
            break;
        }
        if (!m_result.cancelled && m_result.error.isEmpty() && m_options.progress)
            m_options.progress(m_total, m_total);
        m_result.ok = !m_result.cancelled && m_result.error.isEmpty();
        return m_result;
    }

private:
    qsizetype limit() const { return std::min(m_store.size(), m_index.indexedEvents()); }

    bool selected(quint32 e) const
    {
        switch (m_options.selection.kind()) {
        case ExportSelection::Kind::All:
            return true;
        case ExportSelection::Kind::Events: {
            const auto &list = m_options.selection.eventIndices();
            return std::binary_search(list.cbegin(), list.cend(), e);
        }
        case ExportSelection::Kind::Groups: {
            const int g = m_index.groupOf(e);
            return g >= m_options.selection.firstGroup() && g <= m_options.selection.lastGroup();
        }
        }
        return false;
    }

    // Calls f on every selected event in stream order; stops when f returns false.
    template<typename F> void forEachSelected(F f) const
    {
        const qsizetype n = limit();
        if (m_options.selection.kind() == ExportSelection::Kind::Events) {
            for (const quint32 e : m_options.selection.eventIndices()) {
                if (qsizetype(e) >= n || !f(e))
                    return;
            }
            return;
        }
        qsizetype from = 0;
        if (m_options.selection.kind() == ExportSelection::Kind::Groups) {
            const int first = std::max(0, m_options.selection.firstGroup());
            if (first >= m_index.groupCount())
                return;
            const auto &events = m_index.group(first).events;
            from = events.empty() ? 0 : qsizetype(events.front());
        }
        for (qsizetype i = from; i < n; ++i) {
            if (selected(quint32(i)) && !f(quint32(i)))
                return;
        }
    }

    bool tick()
    {
        ++m_done;
        if (m_options.progress && m_done % kProgressEvery == 0 && !m_options.progress(m_done, m_total)) {
            m_result.cancelled = true;
            return false;
        }
        return true;
    }

    bool put(const QString &text)
    {
        const QByteArray bytes = text.toUtf8();
        if (m_out->write(bytes) != bytes.size()) {
            m_result.error = QStringLiteral("write failed: %1").arg(m_out->errorString());
            return false;
        }
        return true;
    }

    void skip(const QString &why)
    {
        ++m_result.skipped;
        if (m_result.firstSkipReason.isEmpty())
            m_result.firstSkipReason = why;
    }

    // Raw pgoutput and pgcap: every selected event as it is.
    void eventFormats()
    {
        forEachSelected([&](quint32) {
            ++m_total;
            return true;
        });
        forEachSelected([&](quint32 e) {
            if (m_options.format == ExportFormat::Pgcap) {
                if (!m_capture->append(m_store.event(e))) {
                    m_result.error = m_capture->errorString();
                    return false;
                }
                ++m_result.records;
            } else if (m_store.entry(e).kind == StreamEvent::Kind::XLogData) {
                const QByteArrayView payload = m_store.payload(e);
                if (m_out->write(payload.data(), payload.size()) != payload.size()
                    || m_out->write("\n", 1) != 1) {
                    m_result.error = QStringLiteral("write failed: %1").arg(m_out->errorString());
                    return false;
                }
                ++m_result.records;
            }
            return tick();
        });
    }

    // The commit event of a group that is to be written, or -1.
    qsizetype commitEventOf(const TxnGroup &group) const
    {
        if (group.kind == TxnGroup::Kind::Standalone
            || (group.state != TxnState::Committed && group.state != TxnState::CommitPrepared))
            return -1;
        for (auto it = group.events.crbegin(); it != group.events.crend(); ++it) {
            const std::uint8_t tag = m_store.entry(*it).tag;
            if (tag == 'C' || tag == 'c' || tag == 'K')
                return qsizetype(*it);
        }
        return -1;
    }

    std::optional<CommitInfo> commitInfo(qsizetype event, const TxnGroup &group) const
    {
        const DecodeResult r = m_index.decode(event);
        if (!r)
            return std::nullopt;
        CommitInfo info;
        info.xid = group.xid;
        if (const auto *c = std::get_if<Commit>(&*r.message)) {
            info.lsn = c->commitLsn;
            info.endLsn = c->endLsn;
            info.time = c->commitTime;
        } else if (const auto *sc = std::get_if<StreamCommit>(&*r.message)) {
            info.xid = sc->xid;
            info.lsn = sc->commitLsn;
            info.endLsn = sc->endLsn;
            info.time = sc->commitTime;
        } else if (const auto *cp = std::get_if<CommitPrepared>(&*r.message)) {
            info.xid = cp->xid;
            info.lsn = cp->commitLsn;
            info.endLsn = cp->endLsn;
            info.time = cp->commitTime;
        } else {
            return std::nullopt;
        }
        return info;
    }

    void transactionFormats()
    {
        // A unit is a transaction, placed at its commit, or a standalone
        // logical message; only their positions are kept, never their content.
        struct Unit
        {
            qsizetype position;
            int group; // -1: the standalone event at position
        };
        std::vector<Unit> units;
        std::vector<bool> touched(std::size_t(m_index.groupCount()), false);
        forEachSelected([&](quint32 e) {
            const std::uint8_t tag = m_store.entry(e).tag;
            if (m_store.entry(e).kind != StreamEvent::Kind::XLogData || !isChangeTag(tag))
                return true;
            const auto g = m_index.transactionOf(e);
            if (g) {
                touched[std::size_t(*g)] = true;
            } else if (tag == 'M') {
                units.push_back({qsizetype(e), -1});
            }
            return true;
        });
        for (int g = 0; g < m_index.groupCount(); ++g) {
            if (!touched[std::size_t(g)])
                continue;
            const qsizetype c = commitEventOf(m_index.group(g));
            if (c >= 0)
                units.push_back({c, g});
        }
        std::sort(
            units.begin(), units.end(), [](const Unit &a, const Unit &b) { return a.position < b.position; });
        m_total = qint64(units.size());
        if (m_options.format == ExportFormat::Csv && m_options.csvHeader
            && !put(
                QStringLiteral("xid,commit_lsn,lsn,commit_time,action,schema,table,columns,identity\r\n")))
            return;
        for (const Unit &unit : units) {
            const bool ok = unit.group < 0 ? writeStandalone(unit.position)
                                           : writeTransaction(unit.group, unit.position);
            if (!ok || !tick())
                return;
        }
    }

    // The records of one change event; false (and a skip) when it cannot be read.
    bool changeRecords(qsizetype e, QList<ChangeRecord> &records)
    {
        const DecodeResult r = m_index.decode(e);
        if (!r) {
            skip(QStringLiteral("event %1 does not decode: %2").arg(e).arg(r.error.toString()));
            return false;
        }
        const Message &m = *r.message;
        const Lsn lsn = m_store.entry(e).walStart;
        if (const auto *msg = std::get_if<LogicalMessage>(&m)) {
            ChangeRecord rec;
            rec.action = 'M';
            rec.lsn = msg->lsn;
            rec.transactional = msg->transactional();
            rec.prefix = msg->prefix;
            rec.rawContent = msg->content.toByteArray();
            const qsizetype nul = rec.rawContent.indexOf('\0');
            rec.content = QString::fromUtf8(nul >= 0 ? rec.rawContent.left(nul) : rec.rawContent);
            records << rec;
            return true;
        }
        if (const auto *tr = std::get_if<Truncate>(&m)) {
            for (const std::uint32_t oid : tr->relationOids) {
                const auto rel = m_index.relationAt(e, oid);
                if (!rel) {
                    skip(QStringLiteral("event %1: relation %2 was not announced in the stream")
                             .arg(e)
                             .arg(oid));
                    return false;
                }
                ChangeRecord rec;
                rec.action = 'T';
                rec.lsn = lsn;
                rec.schema = rel->nspname;
                rec.table = rel->relname;
                rec.truncateOptions = tr->options;
                records << rec;
            }
            return true;
        }
        std::uint32_t oid = 0;
        if (const auto *ins = std::get_if<Insert>(&m))
            oid = ins->relationOid;
        else if (const auto *upd = std::get_if<pgoutput::Update>(&m))
            oid = upd->relationOid;
        else if (const auto *del = std::get_if<Delete>(&m))
            oid = del->relationOid;
        else
            return false;
        const auto rel = m_index.relationAt(e, oid);
        if (!rel) {
            skip(QStringLiteral("event %1: relation %2 was not announced in the stream").arg(e).arg(oid));
            return false;
        }
        const auto view = describeChange(m, rel, m_context);
        if (!view)
            return false;
        ChangeRecord rec;
        rec.action = view->tag;
        rec.lsn = lsn;
        rec.schema = rel->nspname;
        rec.table = rel->relname;
        if (rec.action != 'D') {
            rec.hasColumns = true;
            for (const ColumnValue &v : view->newValues)
                if (v.state != ColumnValue::State::UnchangedToast)
                    rec.columns << v;
        }
        if (rec.action != 'I') {
            rec.hasIdentity = true;
            // Default or USING INDEX: the key columns only, from the old key
            // tuple, or from the new row when the key did not change.
            const bool full = view->oldKind == OldTupleKind::Full;
            const QList<ColumnValue> &source = view->oldKind ? view->oldValues : view->newValues;
            for (const ColumnValue &v : source) {
                if (v.state == ColumnValue::State::UnchangedToast || v.state == ColumnValue::State::NotSent)
                    continue;
                if (full || v.key)
                    rec.identity << v;
            }
        }
        records << rec;
        return true;
    }

    bool writeStandalone(qsizetype e)
    {
        QList<ChangeRecord> records;
        if (!changeRecords(e, records))
            return true;
        return writeRecords(records, std::nullopt);
    }

    bool writeTransaction(int g, qsizetype commitEvent)
    {
        const TxnGroup &group = m_index.group(g);
        const auto info = commitInfo(commitEvent, group);
        if (!info) {
            skip(QStringLiteral("transaction %1: its commit does not decode").arg(group.xid));
            return true;
        }
        if (!writeBoundary('B', *info))
            return false;
        for (const quint32 e : group.events) {
            if (!selected(e) || m_index.isDiscarded(e) || !isChangeTag(m_store.entry(e).tag))
                continue;
            QList<ChangeRecord> records;
            if (!changeRecords(e, records))
                continue;
            if (!writeRecords(records, info))
                return false;
        }
        return writeBoundary('C', *info);
    }

    bool writeBoundary(char action, const CommitInfo &info)
    {
        switch (m_options.format) {
        case ExportFormat::Jsonl:
            ++m_result.records;
            return put(QStringLiteral(
                "{\"action\":\"%1\",\"xid\":%2,\"timestamp\":%3,\"lsn\":\"%4\",\"nextlsn\":\"%5\"}\n")
                           .arg(QLatin1Char(action))
                           .arg(info.xid)
                           .arg(jsonString(timestampText(info.time, m_options.timeZone)), info.lsn.toString(),
                               info.endLsn.toString()));
        case ExportFormat::Sql:
            ++m_result.records;
            return put(action == 'B'
                    ? QStringLiteral("BEGIN; -- xid %1, commit %2 at %3\n")
                          .arg(info.xid)
                          .arg(info.lsn.toString(), timestampText(info.time, m_options.timeZone))
                    : QStringLiteral("COMMIT;\n"));
        default:
            return true;
        }
    }

    QString jsonColumns(const QList<ColumnValue> &values) const
    {
        QString out = QStringLiteral("[");
        for (qsizetype i = 0; i < values.size(); ++i) {
            const ColumnValue &v = values[i];
            if (i)
                out += u',';
            out += QStringLiteral("{\"name\":%1,\"type\":%2,\"value\":%3}")
                       .arg(jsonString(v.name), jsonString(v.typeName), wal2jsonValue(v));
        }
        return out + u']';
    }

    static QString jsonObject(const QList<ColumnValue> &values)
    {
        QString out = QStringLiteral("{");
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (i)
                out += u',';
            out += jsonString(values[i].name) + u':' + wal2jsonValue(values[i]);
        }
        return out + u'}';
    }

    bool writeRecords(const QList<ChangeRecord> &records, const std::optional<CommitInfo> &info)
    {
        switch (m_options.format) {
        case ExportFormat::Jsonl:
            for (const ChangeRecord &rec : records)
                if (!writeJson(rec, info))
                    return false;
            return true;
        case ExportFormat::Csv:
            for (const ChangeRecord &rec : records)
                if (!writeCsv(rec, info))
                    return false;
            return true;
        case ExportFormat::Sql:
            return writeSql(records);
        default:
            return true;
        }
    }

    bool writeJson(const ChangeRecord &rec, const std::optional<CommitInfo> &info)
    {
        if ((rec.action == 'U' || rec.action == 'D') && rec.identity.isEmpty()) {
            // wal2json warns and writes nothing for a change with no identity.
            skip(QStringLiteral("%1 on %2.%3 at %4 has no replica identity")
                     .arg(QLatin1Char(rec.action))
                     .arg(rec.schema, rec.table, rec.lsn.toString()));
            return true;
        }
        QString line = QStringLiteral("{\"action\":\"%1\",\"xid\":%2,\"timestamp\":%3,\"lsn\":\"%4\"")
                           .arg(QLatin1Char(rec.action))
                           .arg(info ? QString::number(info->xid) : QStringLiteral("null"),
                               info ? jsonString(timestampText(info->time, m_options.timeZone))
                                    : QStringLiteral("null"),
                               rec.lsn.toString());
        if (rec.action == 'M') {
            line += QStringLiteral(",\"transactional\":%1,\"prefix\":%2,\"content\":%3}\n")
                        .arg(rec.transactional ? QStringLiteral("true") : QStringLiteral("false"),
                            jsonString(rec.prefix), jsonString(rec.content));
        } else {
            line += QStringLiteral(",\"schema\":%1,\"table\":%2")
                        .arg(jsonString(rec.schema), jsonString(rec.table));
            if (rec.hasColumns)
                line += QStringLiteral(",\"columns\":") + jsonColumns(rec.columns);
            if (rec.hasIdentity)
                line += QStringLiteral(",\"identity\":") + jsonColumns(rec.identity);
            line += QStringLiteral("}\n");
        }
        ++m_result.records;
        return put(line);
    }

    bool writeCsv(const ChangeRecord &rec, const std::optional<CommitInfo> &info)
    {
        QString columns;
        QString identity;
        if (rec.action == 'M') {
            columns = QStringLiteral("{\"transactional\":%1,\"prefix\":%2,\"content\":%3}")
                          .arg(rec.transactional ? QStringLiteral("true") : QStringLiteral("false"),
                              jsonString(rec.prefix), jsonString(rec.content));
        } else {
            if (rec.hasColumns)
                columns = jsonObject(rec.columns);
            if (rec.hasIdentity)
                identity = jsonObject(rec.identity);
        }
        const QStringList fields {info ? QString::number(info->xid) : QString(),
            info ? info->lsn.toString() : QString(), rec.lsn.toString(),
            info ? timestampText(info->time, m_options.timeZone) : QString(),
            QString(QLatin1Char(rec.action)), rec.schema, rec.table, columns, identity};
        QString line;
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i)
                line += u',';
            line += csvField(fields[i]);
        }
        ++m_result.records;
        return put(line + QStringLiteral("\r\n"));
    }

    static QString sqlValue(const ColumnValue &v)
    {
        return v.state == ColumnValue::State::Value ? sqlLiteral(v.text) : QStringLiteral("NULL");
    }

    static QString sqlTable(const ChangeRecord &rec)
    {
        return quoteIdentifier(rec.schema) + u'.' + quoteIdentifier(rec.table);
    }

    // Comment text goes on one line whatever the names hold.
    static QString commentSafe(QString text)
    {
        text.replace(u'\n', u' ');
        text.replace(u'\r', u' ');
        return text;
    }

    bool writeSql(const QList<ChangeRecord> &records)
    {
        if (records.isEmpty())
            return true;
        const ChangeRecord &first = records.first();
        QString statement;
        if (first.action == 'T') {
            QStringList names;
            for (const ChangeRecord &rec : records)
                names << sqlTable(rec);
            statement = QStringLiteral("TRUNCATE %1%2%3;\n")
                            .arg(names.join(QStringLiteral(", ")),
                                (first.truncateOptions & Truncate::RestartIdentity)
                                    ? QStringLiteral(" RESTART IDENTITY")
                                    : QString(),
                                (first.truncateOptions & Truncate::Cascade) ? QStringLiteral(" CASCADE")
                                                                            : QString());
        } else if (first.action == 'M') {
            // The content goes as a bytea escape string, so any bytes survive.
            statement = QStringLiteral("SELECT pg_logical_emit_message(%1, %2, E'\\\\x%3'::bytea);\n")
                            .arg(first.transactional ? QStringLiteral("true") : QStringLiteral("false"),
                                sqlLiteral(first.prefix), QString::fromLatin1(first.rawContent.toHex()));
        } else {
            statement = sqlChange(first);
        }
        ++m_result.records;
        return put(statement);
    }

    QString sqlChange(const ChangeRecord &rec)
    {
        const QString where = [&] {
            QStringList terms;
            for (const ColumnValue &v : rec.identity)
                terms << (v.state == ColumnValue::State::Value
                        ? quoteIdentifier(v.name) + QStringLiteral(" = ") + sqlLiteral(v.text)
                        : quoteIdentifier(v.name) + QStringLiteral(" IS NULL"));
            return terms.join(QStringLiteral(" AND "));
        }();
        auto unreproducible = [&](const QString &why) {
            skip(why);
            return QStringLiteral("-- %1 on %2 at %3 not reproduced: %4\n")
                .arg(rec.action == 'U' ? QStringLiteral("UPDATE") : QStringLiteral("DELETE"),
                    commentSafe(sqlTable(rec)), rec.lsn.toString(), why);
        };
        for (const ColumnValue &v : rec.columns + rec.identity) {
            if (!isSqlReproducible(v, m_context.userTypes))
                return unreproducible(
                    QStringLiteral("column %1 came in binary with no text form").arg(commentSafe(v.name)));
        }
        if (rec.action == 'I') {
            QStringList names;
            QStringList values;
            for (const ColumnValue &v : rec.columns) {
                names << quoteIdentifier(v.name);
                values << sqlValue(v);
            }
            return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3);\n")
                .arg(sqlTable(rec), names.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")));
        }
        if (rec.identity.isEmpty())
            return unreproducible(
                QStringLiteral("no old key was sent (REPLICA IDENTITY NOTHING, or no key)"));
        if (rec.action == 'D')
            return QStringLiteral("DELETE FROM %1 WHERE %2;\n").arg(sqlTable(rec), where);
        QStringList sets;
        for (const ColumnValue &v : rec.columns)
            sets << quoteIdentifier(v.name) + QStringLiteral(" = ") + sqlValue(v);
        return QStringLiteral("UPDATE %1 SET %2 WHERE %3;\n")
            .arg(sqlTable(rec), sets.join(QStringLiteral(", ")), where);
    }

    const EventStore &m_store;
    const TransactionIndex &m_index;
    const ExportOptions &m_options;
    ValueContext m_context;
    QIODevice *m_out = nullptr;
    CaptureWriter *m_capture = nullptr;
    ExportResult m_result;
    qint64 m_done = 0;
    qint64 m_total = 0;
};

} // namespace

Exporter::Exporter(const EventStore &store, const TransactionIndex &index)
    : m_store(store), m_index(index) { }

ExportResult Exporter::write(QIODevice &out, const ExportOptions &options) const
{
    if (options.format == ExportFormat::Pgcap) {
        ExportResult result;
        result.error = QStringLiteral("a pgcap capture is written to a file: use exportToFile");
        return result;
    }
    if (!out.isWritable()) {
        ExportResult result;
        result.error = QStringLiteral("the output is not open for writing");
        return result;
    }
    return ExportRun(m_store, m_index, options).run(&out, nullptr);
}

ExportResult Exporter::exportToFile(const QString &path, const ExportOptions &options) const
{
    ExportResult result;
    if (options.format == ExportFormat::Pgcap) {
        CaptureWriterOptions writerOptions;
        writerOptions.replaceExisting = true;
        writerOptions.syncIntervalMs = 0;
        CaptureWriter writer(writerOptions);
        if (!writer.open(path, options.captureHeader)) {
            result.error = writer.errorString();
            return result;
        }
        result = ExportRun(m_store, m_index, options).run(nullptr, &writer);
        if (!writer.close() && result.error.isEmpty()) {
            result.ok = false;
            result.error = writer.errorString();
        }
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        result.error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return result;
    }
    result = ExportRun(m_store, m_index, options).run(&file, nullptr);
    if (!file.flush() && result.error.isEmpty()) {
        result.ok = false;
        result.error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    }
    return result;
}

} // namespace pgrepl
