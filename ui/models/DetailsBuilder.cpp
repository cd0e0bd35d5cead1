#include "models/DetailsBuilder.h"

#include "models/DisplayNames.h"

#include "pgoutput/Decoder.h"
#include "store/EventStore.h"
#include "txn/ChangeView.h"
#include "txn/TransactionIndex.h"
#include "wire/ReplicationMessages.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace pgrepl::ui {

using namespace pgoutput;

namespace {
// Every tr() here runs inside DetailsBuilder's members, so lupdate files the
// strings under that class; the runtime context must say the same.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("pgrepl::ui::DetailsBuilder", text, disambiguation, n);
}

// A value the pane cannot show whole (a note, a long text or TOASTed
// value) is read in its tooltip: cut to a size a tooltip can hold, and
// broken into lines, since a tooltip does not wrap a long word such as hex.
QString fullTextTip(const QString &text)
{
    constexpr qsizetype kShort = 40;
    constexpr qsizetype kMax = 2000;
    constexpr qsizetype kLine = 100;
    if (text.size() <= kShort)
        return {};
    QString tip;
    const qsizetype shown = qMin(text.size(), kMax);
    for (qsizetype i = 0; i < shown; i += kLine) {
        if (i)
            tip += u'\n';
        tip += text.mid(i, qMin(kLine, shown - i));
    }
    if (shown < text.size())
        tip += u'\n' + tr("… %n more character(s)", nullptr, int(text.size() - shown));
    return tip;
}

QList<QStandardItem *> row(
    const QString &field, const QString &value, qsizetype offset = -1, qsizetype length = 0)
{
    auto *f = new QStandardItem(field);
    auto *v = new QStandardItem(value);
    for (QStandardItem *item : {f, v}) {
        item->setEditable(false);
        if (offset >= 0) {
            item->setData(qlonglong(offset), DetailsBuilder::OffsetRole);
            item->setData(qlonglong(length), DetailsBuilder::LengthRole);
        }
    }
    v->setToolTip(fullTextTip(value));
    return {f, v};
}

QString timeText(std::int64_t pgMicros)
{
    if (!pgMicros)
        return QStringLiteral("—");
    return pgtime::toDateTime(pgMicros).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz t"));
}

} // namespace

QString DetailsBuilder::valueText(const ColumnValue &v)
{
    switch (v.state) {
    case ColumnValue::State::Null:
        return QStringLiteral("NULL");
    case ColumnValue::State::UnchangedToast:
        return tr("unchanged TOAST value (not sent)");
    case ColumnValue::State::NotSent:
        return tr("not sent: not part of the replica identity");
    case ColumnValue::State::Value:
        break;
    }
    return v.binary ? tr("%1   (binary)").arg(v.text) : v.text;
}

void DetailsBuilder::addTuple(QStandardItem *parent, const QString &title, const QList<ColumnValue> &values,
    const QList<int> &changed, bool markKeys, bool newRow, const QString &note)
{
    const QString count = tr("%n column(s)", nullptr, int(values.size()));
    auto items = row(title, note.isEmpty() ? count : tr("%1, %2").arg(count, note));
    parent->appendRow(items);
    for (int i = 0; i < values.size(); ++i) {
        const ColumnValue &v = values[i];
        QString label = v.name;
        if (v.key && markKeys)
            label += tr(" (key)");
        const QString text = valueText(v);
        auto r = row(label, text, v.state == ColumnValue::State::Value ? v.offset : -1, v.length);
        r[0]->setToolTip(v.typeName);
        const QString tip = fullTextTip(text);
        r[1]->setToolTip(tip.isEmpty() ? tr("type %1").arg(v.typeName) : tip);
        if (v.state != ColumnValue::State::Value) {
            // NULL, "unchanged TOAST" and "not sent" say what is missing; set
            // apart from values, so that SQL NULL never reads as the text 'NULL'.
            QFont f = r[1]->font();
            f.setItalic(true);
            r[1]->setFont(f);
            r[1]->setForeground(QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text));
        }
        auto *type = new QStandardItem(v.typeName);
        type->setEditable(false);
        r << type;
        if (changed.contains(i)) {
            for (QStandardItem *item : r) {
                if (newRow)
                    item->setData(true, DetailsBuilder::ChangedRole);
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
                item->setBackground(QColor(255, 236, 179));
                item->setForeground(QColor(Qt::black));
            }
        }
        items[0]->appendRow(r);
    }
}
void DetailsBuilder::buildGroup(QStandardItemModel *model, const TransactionIndex &index, int group)
{
    model->clear();
    model->setHorizontalHeaderLabels({tr("Field"), tr("Value"), tr("Type")});
    const TxnGroup &g = index.group(group);
    QStandardItem *root = model->invisibleRootItem();
    root->appendRow(row(tr("State"), DisplayNames::txnState(g.state)));
    if (g.xid)
        root->appendRow(row(tr("Xid"), QString::number(g.xid)));
    if (!g.gid.isEmpty())
        root->appendRow(row(tr("GID"), g.gid));
    root->appendRow(
        row(tr("Commit LSN"), g.finalLsn.isValid() ? g.finalLsn.toString() : QStringLiteral("—")));
    root->appendRow(row(tr("End LSN"), g.endLsn.isValid() ? g.endLsn.toString() : QStringLiteral("—")));
    root->appendRow(row(tr("Commit time"), timeText(g.commitTime)));
    root->appendRow(row(tr("Changes"), QString::number(g.changes)));
    root->appendRow(row(tr("Messages"), QString::number(g.events.size())));
    if (g.state == TxnState::Incomplete)
        root->appendRow(row(tr("Note"), tr("the stream ended before this transaction did")));
}

void DetailsBuilder::build(QStandardItemModel *model, const EventStore &store, const TransactionIndex &index,
    qsizetype event, const ValueContext &context)
{
    model->clear();
    model->setHorizontalHeaderLabels({tr("Field"), tr("Value"), tr("Type")});
    QStandardItem *root = model->invisibleRootItem();
    const EventIndexEntry &e = store.entry(event);
    root->appendRow(row(tr("Event"), QStringLiteral("#%1").arg(event + 1)));
    auto frameRow = row(tr("Stream"),
        tr("received %1")
            .arg(QDateTime::fromMSecsSinceEpoch(e.receivedAtUs / 1000)
                     .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"))));
    root->appendRow(frameRow);
    frameRow[0]->appendRow(row(tr("wal_start"), e.walStart.toString()));
    frameRow[0]->appendRow(row(tr("wal_end"), e.walEnd.toString()));
    frameRow[0]->appendRow(row(tr("server time"), timeText(e.serverTime)));
    frameRow[0]->appendRow(row(tr("payload bytes"), QString::number(e.length)));

    const QByteArrayView payload = store.payload(event);
    if (e.kind == StreamEvent::Kind::StatusUpdate) {
        const auto parsed = StandbyStatusUpdate::decode(payload);
        if (const auto *u = std::get_if<StandbyStatusUpdate>(&parsed)) {
            auto top = row(tr("Standby status update (sent)"), QString(), 0, payload.size());
            root->appendRow(top);
            top[0]->appendRow(row(tr("write"), u->write.toString(), 1, 8));
            top[0]->appendRow(
                row(tr("flush"), u->flush.isValid() ? u->flush.toString() : tr("0/0 (not reported)"), 9, 8));
            top[0]->appendRow(row(tr("apply"), u->apply.toString(), 17, 8));
            top[0]->appendRow(row(tr("client time"), timeText(u->clientTime), 25, 8));
            top[0]->appendRow(row(tr("reply requested"), u->replyRequested ? tr("yes") : tr("no"), 33, 1));
        }
        return;
    }
    if (e.kind == StreamEvent::Kind::Keepalive) {
        auto top = row(tr("Primary keepalive"), QString(), 0, payload.size());
        root->appendRow(top);
        top[0]->appendRow(row(tr("server WAL end"), e.walEnd.toString(), 1, 8));
        top[0]->appendRow(row(tr("server time"), timeText(e.serverTime), 9, 8));
        top[0]->appendRow(
            row(tr("reply requested"), payload.size() >= 18 && payload[17] ? tr("yes") : tr("no"), 17, 1));
        return;
    }
    if (e.kind != StreamEvent::Kind::XLogData) {
        root->appendRow(row(tr("Text"), QString::fromUtf8(payload.data(), payload.size())));
        return;
    }
    const DecodeResult r = index.decode(event);
    if (!r) {
        root->appendRow(row(tr("Decoding failed"), r.error.toString(), r.error.offset, 1));
        return;
    }
    const Message &m = *r.message;
    auto top = row(messageTypeName(tagOf(m)), QStringLiteral("'%1'").arg(QLatin1Char(tagOf(m))), 0, 1);
    root->appendRow(top);
    QStandardItem *msg = top[0];
    auto lsn = [](Lsn l) { return l.isValid() ? l.toString() : QStringLiteral("0/0"); };
    std::uint32_t oid = 0;
    std::visit(
        [&](const auto &v) {
            using T = std::decay_t<decltype(v)>;
            if constexpr (requires { v.xid; }) {
                if constexpr (std::is_same_v<std::decay_t<decltype(v.xid)>, std::optional<std::uint32_t>>) {
                    if (v.xid)
                        msg->appendRow(row(tr("xid"), QString::number(*v.xid)));
                } else {
                    msg->appendRow(row(tr("xid"), QString::number(v.xid)));
                }
            }
            if constexpr (std::is_same_v<T, Begin>) {
                msg->appendRow(row(tr("final (commit) LSN"), lsn(v.finalLsn), 1, 8));
                msg->appendRow(row(tr("commit time"), timeText(v.commitTime), 9, 8));
            } else if constexpr (std::is_same_v<T, Commit> || std::is_same_v<T, StreamCommit>) {
                msg->appendRow(row(tr("flags"), QString::number(v.flags)));
                msg->appendRow(row(tr("commit LSN"), lsn(v.commitLsn)));
                msg->appendRow(row(tr("end LSN"), lsn(v.endLsn)));
                msg->appendRow(row(tr("commit time"), timeText(v.commitTime)));
            } else if constexpr (std::is_same_v<T, Origin>) {
                msg->appendRow(row(tr("origin commit LSN"), lsn(v.commitLsn)));
                msg->appendRow(row(tr("origin name"), v.name));
            } else if constexpr (std::is_same_v<T, Relation>) {
                msg->appendRow(row(tr("relation OID"), QString::number(v.oid)));
                msg->appendRow(row(tr("name"), qualifiedName(v)));
                msg->appendRow(row(tr("replica identity"), replicaIdentityNote(v.replicaIdentity)));
                auto cols = row(tr("columns"), QString::number(v.columns.size()));
                msg->appendRow(cols);
                for (const RelationColumn &c : v.columns) {
                    auto cr = row(c.name, c.isKey() ? tr("key") : QString());
                    auto *type = new QStandardItem(formatType(c.typeOid, c.typmod, context.userTypes));
                    type->setEditable(false);
                    cr << type;
                    cols[0]->appendRow(cr);
                }
            } else if constexpr (std::is_same_v<T, Type>) {
                msg->appendRow(row(tr("type OID"), QString::number(v.oid)));
                msg->appendRow(row(tr("name"), v.nspname + u'.' + v.name));
            } else if constexpr (std::is_same_v<T,
                                     Insert> || std::is_same_v<T, Update> || std::is_same_v<T, Delete>) {
                oid = v.relationOid;
            } else if constexpr (std::is_same_v<T, Truncate>) {
                QStringList opts;
                if (v.cascade())
                    opts << QStringLiteral("CASCADE");
                if (v.restartIdentity())
                    opts << QStringLiteral("RESTART IDENTITY");
                msg->appendRow(row(tr("options"), opts.isEmpty() ? tr("none") : opts.join(u' ')));
                for (std::uint32_t o : v.relationOids) {
                    const auto rel = index.relationAt(event, o);
                    msg->appendRow(row(tr("relation"), rel ? qualifiedName(*rel) : QString::number(o)));
                }
            } else if constexpr (std::is_same_v<T, LogicalMessage>) {
                msg->appendRow(row(tr("transactional"), v.transactional() ? tr("yes") : tr("no")));
                msg->appendRow(row(tr("LSN"), lsn(v.lsn)));
                msg->appendRow(row(tr("prefix"), v.prefix));
                msg->appendRow(row(tr("content"), QString::fromUtf8(v.content.data(), v.content.size()),
                    v.contentOffset, v.content.size()));
            } else if constexpr (std::is_same_v<T, StreamStart>) {
                msg->appendRow(row(tr("first segment"), v.firstSegment ? tr("yes") : tr("no")));
            } else if constexpr (std::is_same_v<T, StreamAbort>) {
                msg->appendRow(row(tr("subtransaction xid"), QString::number(v.subxid)));
                if (v.abortLsn)
                    msg->appendRow(row(tr("abort LSN"), lsn(*v.abortLsn)));
            } else if constexpr (
                std::is_same_v<T,
                    BeginPrepare> || std::is_same_v<T, Prepare> || std::is_same_v<T, StreamPrepare>) {
                msg->appendRow(row(tr("GID"), v.gid));
                msg->appendRow(row(tr("prepare LSN"), lsn(v.prepareLsn)));
                msg->appendRow(row(tr("end LSN"), lsn(v.endLsn)));
                msg->appendRow(row(tr("prepare time"), timeText(v.prepareTime)));
            } else if constexpr (std::is_same_v<T, CommitPrepared>) {
                msg->appendRow(row(tr("GID"), v.gid));
                msg->appendRow(row(tr("commit LSN"), lsn(v.commitLsn)));
                msg->appendRow(row(tr("end LSN"), lsn(v.endLsn)));
            } else if constexpr (std::is_same_v<T, RollbackPrepared>) {
                msg->appendRow(row(tr("GID"), v.gid));
                msg->appendRow(row(tr("prepare end LSN"), lsn(v.prepareEndLsn)));
                msg->appendRow(row(tr("rollback end LSN"), lsn(v.rollbackEndLsn)));
            }
        },
        m);
    if (oid) {
        const auto relation = index.relationAt(event, oid);
        const auto view = describeChange(m, relation, context);
        msg->appendRow(
            row(tr("relation"), relation ? qualifiedName(*relation) : tr("OID %1 (not announced)").arg(oid)));
        if (view) {
            // Under REPLICA IDENTITY FULL pgoutput flags every column as part
            // of the identity; "(key)" on each would suggest a key the table
            // does not have, so the old row says it once instead (in the
            // value column: a longer title would squeeze every value).
            const bool full = view->replicaIdentity == ReplicaIdentity::Full;
            if (view->oldKind) {
                const bool wholeRow = *view->oldKind != OldTupleKind::Key;
                // The whole old row shows what the update changed on both sides.
                addTuple(msg, wholeRow ? tr("old row ('O')") : tr("old key ('K')"), view->oldValues,
                    wholeRow ? view->changedColumns : QList<int>(), !full, false,
                    full ? tr("replica identity FULL") : QString());
            }
            if (view->tag != 'D')
                addTuple(msg, tr("new row ('N')"), view->newValues, view->changedColumns, !full, true, {});
            for (const QString &note : view->notes)
                msg->appendRow(row(tr("note"), note));
        }
    }
    if (index.isDiscarded(event))
        msg->appendRow(row(tr("note"), tr("discarded: its subtransaction was aborted")));
}

} // namespace pgrepl::ui
