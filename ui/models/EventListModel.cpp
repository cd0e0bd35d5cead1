#include "models/EventListModel.h"

#include "models/DisplayNames.h"

#include "pgoutput/Decoder.h"
#include "store/EventStore.h"
#include "txn/TransactionIndex.h"
#include "wire/ReplicationMessages.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>
#include <QScopeGuard>
#include <QTime>
#include <QTimer>

#include <algorithm>

namespace pgrepl::ui {

using namespace pgoutput;

namespace {
constexpr int kSummaryValues = 6;
constexpr int kSummaryChars = 200;

// a / b rounded down, for times before 1970 too.
qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - (a % b < 0 ? 1 : 0);
}

// msecs as secondText shows its second (ending in the separator), then its
// milliseconds as millisText shows them; the second's text is worked out
// again only when the second changes.
template<typename Memo, typename SecondFormat, typename MillisFormat>
QString withMillis(Memo &memo, qint64 msecs, SecondFormat secondText, MillisFormat millisText)
{
    const qint64 second = floorDiv(msecs, 1000);
    if (second != memo.second) {
        memo.second = second;
        memo.text = secondText(second);
    }
    return memo.text + millisText(int(msecs - second * 1000));
}

QString lsnText(Lsn lsn)
{
    return lsn.isValid() ? lsn.toString() : QStringLiteral("—");
}

QString quoteValue(const ColumnValue &v)
{
    switch (v.state) {
    case ColumnValue::State::Null:
        return QStringLiteral("NULL");
    case ColumnValue::State::UnchangedToast:
        return QStringLiteral("(unchanged toast)");
    case ColumnValue::State::NotSent:
        return QStringLiteral("(not sent)");
    case ColumnValue::State::Value:
        break;
    }
    QString t = v.text;
    if (t.size() > 40)
        t = t.left(39) + u'…';
    return t;
}

QString valuesText(const QList<ColumnValue> &values, bool keysOnly = false)
{
    QStringList parts;
    for (const ColumnValue &v : values) {
        if (keysOnly && !v.key)
            continue;
        if (parts.size() >= kSummaryValues) {
            parts << QStringLiteral("…");
            break;
        }
        parts << v.name + u'=' + quoteValue(v);
    }
    return parts.join(QStringLiteral(", "));
}

QString firstLine(QByteArrayView bytes)
{
    QString s = QString::fromUtf8(bytes.data(), bytes.size());
    const qsizetype nl = s.indexOf(u'\n');
    return nl >= 0 ? s.left(nl) : s;
}
} // namespace

EventListModel::EventListModel(EventStore *store, TransactionIndex *index, QObject *parent)
    : QAbstractItemModel(parent), m_store(store), m_index(index), m_marks(index), m_summaryCache(4000)
{ }

void EventListModel::appendBatch(const StreamEventBatch &batch)
{
    m_store->append(batch);
    if (!m_flushScheduled) {
        m_flushScheduled = true;
        // One insert per event-loop turn, and at most one every
        // kMinFlushIntervalMs: at thousands of events a second each insert
        // costs a relayout and a repaint of the followed tail.
        const qint64 since = m_sinceFlush.isValid() ? m_sinceFlush.elapsed() : m_flushIntervalMs;
        QTimer::singleShot(
            int(std::max<qint64>(0, m_flushIntervalMs - since)), this, &EventListModel::flushPending);
    }
}

void EventListModel::refresh()
{
    addToPending(m_index->indexNew());
    insertPending();
}

void EventListModel::flushPending()
{
    m_flushScheduled = false;
    addToPending(m_index->indexNew(kIndexSliceEvents));
    if (m_index->hasUnindexed()) {
        // The rest in the next turns, with whatever else waits in between.
        m_flushScheduled = true;
        QTimer::singleShot(0, this, &EventListModel::flushPending);
        return;
    }
    insertPending();
}

void EventListModel::addToPending(TransactionIndex::Update update)
{
    if (!m_pending) {
        m_pending = std::move(update);
        return;
    }
    // A group may grow or change in several slices; insertPending() goes by
    // what the index holds now, so repeats cost a lookup each.
    m_pending->grownGroups += update.grownGroups;
    m_pending->changedGroups += update.changedGroups;
}

void EventListModel::insertPending()
{
    m_sinceFlush.start();
    const auto spaceNext = qScopeGuard([this] {
        m_flushIntervalMs
            = std::clamp(m_sinceFlush.elapsed() * kFlushCostFactor, kMinFlushIntervalMs, kMaxFlushIntervalMs);
    });
    TransactionIndex::Update update = m_pending.value_or(TransactionIndex::Update {});
    m_pending.reset();
    std::sort(update.changedGroups.begin(), update.changedGroups.end());
    update.changedGroups.erase(
        std::unique(update.changedGroups.begin(), update.changedGroups.end()), update.changedGroups.end());
    // Children of groups the view already has first: their parents' rows
    // do not move.
    for (const auto &[group, before] : update.grownGroups) {
        if (group >= m_shownGroups)
            continue;
        const int now = int(m_index->group(group).events.size());
        const int shown = m_shownChildren[std::size_t(group)];
        if (now <= shown)
            continue;
        if (m_index->group(group).kind == TxnGroup::Kind::Standalone)
            continue;
        beginInsertRows(index(group, 0), shown, now - 1);
        m_shownChildren[std::size_t(group)] = now;
        endInsertRows();
    }
    const int groups = m_index->groupCount();
    if (groups > m_shownGroups) {
        beginInsertRows({}, m_shownGroups, groups - 1);
        for (int g = m_shownGroups; g < groups; ++g) {
            const TxnGroup &grp = m_index->group(g);
            m_shownChildren.push_back(grp.kind == TxnGroup::Kind::Standalone ? 0 : int(grp.events.size()));
        }
        m_shownGroups = groups;
        endInsertRows();
    }
    for (int g : update.changedGroups) {
        if (g >= m_shownGroups)
            continue;
        emit dataChanged(index(g, 0), index(g, ColumnCount - 1));
        // A Stream Abort of a subtransaction marks events already shown as
        // discarded: their cached summaries are stale.
        const TxnGroup &grp = m_index->group(g);
        if (grp.kind == TxnGroup::Kind::Streamed && m_shownChildren[std::size_t(g)] > 0) {
            for (quint32 e : grp.events)
                m_summaryCache.remove(qsizetype(e));
            const QModelIndex parent = index(g, 0);
            emit dataChanged(
                index(0, 0, parent), index(m_shownChildren[std::size_t(g)] - 1, ColumnCount - 1, parent));
        }
    }
    if (groups > 0 || !update.grownGroups.isEmpty())
        emit rowsAppended();
}

void EventListModel::streamEnded()
{
    refresh();
    const QList<int> changed = m_index->markOpenIncomplete();
    for (int g : changed)
        emit dataChanged(index(g, 0), index(g, ColumnCount - 1));
}

void EventListModel::clear()
{
    beginResetModel();
    m_index->clear();
    m_store->clear();
    m_pending.reset();
    m_shownGroups = 0;
    m_shownChildren.clear();
    m_summaryCache.clear();
    const bool hadMarks = !m_marks.isEmpty();
    m_marks.clear();
    endResetModel();
    if (hadMarks)
        emit marksChanged();
}

void EventListModel::setEventMarked(qsizetype event, bool marked)
{
    if (!m_marks.setEventMarked(event, marked))
        return;
    eventMarkChanged(event);
    emit marksChanged();
}

void EventListModel::setGroupMarked(int group, bool marked)
{
    if (!m_marks.setGroupMarked(group, marked))
        return;
    groupMarkChanged(group);
    emit marksChanged();
}

void EventListModel::eventMarkChanged(qsizetype event)
{
    const QModelIndex row = indexForEvent(event);
    if (!row.isValid())
        return;
    const auto rowChanged
        = [&] { emit dataChanged(row.siblingAtColumn(0), row.siblingAtColumn(ColumnCount - 1)); };
    rowChanged();
    // The transaction's row: whether it holds a marked event changed. The
    // event's row again after it: a sort/filter proxy drops a change to a
    // child whose parent it hides, so the child's news must come both
    // before its parent leaves and after its parent comes back.
    if (row.parent().isValid()) {
        emit dataChanged(row.parent(), row.parent().siblingAtColumn(ColumnCount - 1));
        rowChanged();
    }
}

void EventListModel::groupMarkChanged(int group)
{
    if (group >= m_shownGroups)
        return;
    const QModelIndex row = index(group, 0);
    const int children = m_shownChildren[std::size_t(group)];
    const auto childrenChanged = [&] {
        if (children > 0)
            emit dataChanged(index(0, 0, row), index(children - 1, ColumnCount - 1, row));
    };
    // Children before and after their parent, as in eventMarkChanged().
    childrenChanged();
    emit dataChanged(row, row.siblingAtColumn(ColumnCount - 1));
    childrenChanged();
}

void EventListModel::toggleMark(const QModelIndex &idx)
{
    if (!idx.isValid() || idx.model() != this)
        return;
    const qsizetype event = eventAt(idx);
    if (event >= 0)
        setEventMarked(event, !m_marks.hasOwnMark(event));
    else
        setGroupMarked(groupAt(idx), !m_marks.isGroupMarked(groupAt(idx)));
}

bool EventListModel::isMarked(const QModelIndex &idx) const
{
    if (!idx.isValid())
        return false;
    const qsizetype event = eventAt(idx);
    return event >= 0 ? m_marks.isEventMarked(event) : m_marks.isGroupMarked(groupAt(idx));
}

void EventListModel::clearMarks()
{
    if (m_marks.isEmpty())
        return;
    const QList<quint32> events = m_marks.ownMarks();
    const QList<int> groups = m_marks.markedGroups();
    m_marks.clear();
    // Only the rows that were marked repaint (and are filtered again).
    for (quint32 e : events)
        eventMarkChanged(qsizetype(e));
    for (int g : groups)
        groupMarkChanged(g);
    emit marksChanged();
}

QModelIndex EventListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_shownGroups ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_shownGroups)
        return {};
    if (row >= m_shownChildren[std::size_t(parent.row())])
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex EventListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int EventListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_shownGroups;
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return m_shownChildren[std::size_t(parent.row())];
}

int EventListModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool EventListModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

Qt::ItemFlags EventListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() != 0)
        return EventListModel::eventFlags();
    return groupFlags(index.row());
}

Qt::ItemFlags EventListModel::groupFlags(int group) const
{
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_index->group(group).kind == TxnGroup::Kind::Standalone)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

bool EventListModel::groupHasChildren(int group) const
{
    return group >= 0 && group < m_shownGroups && m_shownChildren[std::size_t(group)] > 0;
}

qsizetype EventListModel::eventAt(const QModelIndex &idx) const
{
    if (!idx.isValid())
        return -1;
    if (idx.internalId() == 0) {
        const TxnGroup &g = m_index->group(idx.row());
        return g.kind == TxnGroup::Kind::Standalone ? qsizetype(g.events.front()) : -1;
    }
    const TxnGroup &g = m_index->group(int(idx.internalId() - 1));
    return qsizetype(g.events[std::size_t(idx.row())]);
}

int EventListModel::groupAt(const QModelIndex &idx) const
{
    if (!idx.isValid())
        return -1;
    return idx.internalId() == 0 ? idx.row() : int(idx.internalId() - 1);
}

QModelIndex EventListModel::indexForGroup(int group, int column) const
{
    return index(group, column);
}

QModelIndex EventListModel::indexForEvent(qsizetype event, int column) const
{
    if (event < 0 || event >= m_index->indexedEvents())
        return {};
    const int g = m_index->groupOf(event);
    if (g < 0 || g >= m_shownGroups)
        return {};
    if (m_index->group(g).kind == TxnGroup::Kind::Standalone)
        return index(g, column);
    return index(m_index->rowInGroup(event), column, index(g, 0));
}

QVariant EventListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("#");
    case TimeColumn:
        return tr("Received");
    case LsnColumn:
        return tr("LSN");
    case KindColumn:
        return tr("Kind");
    case XidColumn:
        return tr("Xid");
    case RelationColumn:
        return tr("Relation");
    case SummaryColumn:
        return tr("Summary");
    case SizeColumn:
        return tr("Size");
    default:
        return {};
    }
}

QVariant EventListModel::data(const QModelIndex &idx, int role) const
{
    if (!idx.isValid())
        return {};
    const qsizetype event = eventAt(idx);
    const int group = groupAt(idx);
    switch (role) {
    case Qt::DisplayRole:
        return event >= 0 ? eventText(event, idx.column()) : groupText(group, idx.column());
    case Qt::TextAlignmentRole:
        if (idx.column() == NumberColumn || idx.column() == SizeColumn || idx.column() == XidColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (idx.column() == SummaryColumn)
            return event >= 0 ? eventText(event, SummaryColumn) : groupText(group, SummaryColumn);
        return {};
    case Qt::DecorationRole:
        // A filled square before the number (views draw a QColor).
        if (idx.column() == NumberColumn && isMarked(idx))
            return QColor(0xd9, 0x8c, 0x00);
        return {};
    case Qt::BackgroundRole:
        if (isMarked(idx))
            return QBrush(QColor(0xff, 0xec, 0xb3));
        return {};
    case MarkedRole:
        return isMarked(idx);
    case EventRole:
        return QVariant::fromValue(qlonglong(event));
    case GroupRole:
        return group;
    case SortRole:
        return event >= 0 ? eventSortValue(event, idx.column()) : groupSortValue(group, idx.column());
    case KindRole:
        return event >= 0 ? int(m_store->entry(event).kind) : -1;
    case TagRole:
        return event >= 0 ? int(m_store->entry(event).tag) : 0;
    case EndLsnRole: {
        const TxnGroup &g = m_index->group(group);
        return g.kind == TxnGroup::Kind::Standalone ? quint64(0) : quint64(g.endLsn.value());
    }
    default:
        return {};
    }
}

QString EventListModel::groupText(int group, int column) const
{
    const TxnGroup &g = m_index->group(group);
    switch (column) {
    case NumberColumn:
        return QString::number(g.events.front() + 1);
    case TimeColumn:
        return eventText(qsizetype(g.events.front()), TimeColumn);
    case LsnColumn:
        return lsnText(g.finalLsn);
    case KindColumn: {
        QString kind;
        switch (g.kind) {
        case TxnGroup::Kind::Streamed:
            kind = tr("Streamed transaction");
            break;
        case TxnGroup::Kind::TwoPhase:
            kind = tr("Two-phase transaction");
            break;
        default:
            kind = tr("Transaction");
            break;
        }
        return tr("%1 (%2)").arg(kind, DisplayNames::txnState(g.state));
    }
    case XidColumn:
        return g.xid ? QString::number(g.xid) : QString();
    case RelationColumn:
        return {};
    case SummaryColumn: {
        QString s = tr("%n change(s)", nullptr, int(g.changes));
        if (g.endLsn.isValid())
            s += tr(", end LSN %1").arg(g.endLsn.toString());
        if (g.commitTime) {
            const qint64 ms = floorDiv(g.commitTime + pgtime::kUnixToPgEpochMicros, 1000);
            s += tr(", at %1").arg(withMillis(
                m_commitSecond, ms,
                [](qint64 second) {
                    return QLocale().toString(
                        QDateTime::fromSecsSinceEpoch(second), QStringLiteral("yyyy-MM-dd HH:mm:ss."));
                },
                [](int millis) {
                    return QLocale().toString(QTime(0, 0).addMSecs(millis), QStringLiteral("zzz"));
                }));
        }
        if (!g.gid.isEmpty())
            s += tr(", GID %1").arg(g.gid);
        return s;
    }
    case SizeColumn:
        return QLocale().toString(g.bytes);
    default:
        return {};
    }
}

QVariant EventListModel::groupSortValue(int group, int column) const
{
    const TxnGroup &g = m_index->group(group);
    switch (column) {
    case LsnColumn:
        return quint64(g.finalLsn.value());
    case XidColumn:
        return g.xid;
    case SizeColumn:
        return g.bytes;
    default:
        return qlonglong(g.events.front());
    }
}

QVariant EventListModel::eventSortValue(qsizetype event, int column) const
{
    const EventIndexEntry &e = m_store->entry(event);
    switch (column) {
    case TimeColumn:
        return e.receivedAtUs;
    case LsnColumn:
        return quint64(e.walStart.value());
    case SizeColumn:
        return e.length;
    case NumberColumn:
        return qlonglong(event);
    default:
        return eventText(event, column);
    }
}

QString EventListModel::eventText(qsizetype event, int column) const
{
    const EventIndexEntry &e = m_store->entry(event);
    switch (column) {
    case NumberColumn:
        return QString::number(event + 1);
    case TimeColumn:
        return withMillis(
            m_receivedSecond, floorDiv(e.receivedAtUs, 1000),
            [](qint64 second) {
                return QDateTime::fromSecsSinceEpoch(second).toString(QStringLiteral("HH:mm:ss."));
            },
            [](int millis) { return QStringLiteral("%1").arg(millis, 3, 10, QLatin1Char('0')); });
    case SizeColumn:
        return QLocale().toString(e.length);
    case XidColumn: {
        const auto txn = m_index->transactionOf(event);
        return txn && m_index->group(*txn).xid ? QString::number(m_index->group(*txn).xid) : QString();
    }
    default:
        break;
    }
    switch (e.kind) {
    case StreamEvent::Kind::Keepalive:
        if (column == KindColumn)
            return tr("Keepalive");
        if (column == LsnColumn)
            return lsnText(e.walEnd);
        if (column == SummaryColumn) {
            const QByteArrayView p = m_store->payload(event);
            const bool reply = p.size() >= 18 && p[17] != 0;
            return reply ? tr("server WAL end %1, reply requested").arg(e.walEnd.toString())
                         : tr("server WAL end %1").arg(e.walEnd.toString());
        }
        return {};
    case StreamEvent::Kind::StatusUpdate:
        if (column == KindColumn)
            return tr("Status update");
        if (column == LsnColumn)
            return lsnText(e.walEnd);
        if (column == SummaryColumn) {
            const auto parsed = StandbyStatusUpdate::decode(m_store->payload(event));
            if (const auto *u = std::get_if<StandbyStatusUpdate>(&parsed))
                return tr("sent: write %1, flush %2, apply %3")
                    .arg(lsnText(u->write), lsnText(u->flush), lsnText(u->apply));
            return tr("sent (unreadable)");
        }
        return {};
    case StreamEvent::Kind::Notice:
    case StreamEvent::Kind::Error:
    case StreamEvent::Kind::Gap:
    case StreamEvent::Kind::Unknown:
        if (column == KindColumn) {
            switch (e.kind) {
            case StreamEvent::Kind::Notice:
                return tr("Notice");
            case StreamEvent::Kind::Error:
                return tr("Error");
            case StreamEvent::Kind::Gap:
                return tr("Gap");
            default:
                return tr("Unknown");
            }
        }
        if (column == SummaryColumn)
            return e.kind == StreamEvent::Kind::Unknown
                ? tr("CopyData tag 0x%1, %2 bytes")
                      .arg(quint8(m_store->payload(event).isEmpty() ? 0 : m_store->payload(event)[0]), 2, 16,
                          QLatin1Char('0'))
                      .arg(e.length)
                : firstLine(m_store->payload(event));
        return {};
    case StreamEvent::Kind::XLogData:
        break;
    }
    if (column == KindColumn) {
        const QString name = messageTypeName(char(e.tag));
        return name.isEmpty() ? tr("Unknown message '%1'").arg(QLatin1Char(char(e.tag))) : name;
    }
    if (column == SummaryColumn)
        return summaryOf(event);
    const DecodeResult r = m_index->decode(event);
    if (!r)
        return column == LsnColumn ? lsnText(e.walStart) : QString();
    const Message &m = *r.message;
    if (column == LsnColumn) {
        if (const auto *b = std::get_if<Begin>(&m))
            return lsnText(b->finalLsn);
        if (const auto *c = std::get_if<Commit>(&m))
            return lsnText(c->commitLsn);
        if (const auto *lm = std::get_if<LogicalMessage>(&m))
            return lsnText(lm->lsn);
        return lsnText(e.walStart);
    }
    if (column == RelationColumn) {
        std::uint32_t oid = 0;
        if (const auto *rel = std::get_if<Relation>(&m))
            return qualifiedName(*rel);
        if (const auto *ins = std::get_if<Insert>(&m))
            oid = ins->relationOid;
        else if (const auto *upd = std::get_if<Update>(&m))
            oid = upd->relationOid;
        else if (const auto *del = std::get_if<Delete>(&m))
            oid = del->relationOid;
        else if (const auto *tr = std::get_if<Truncate>(&m)) {
            QStringList names;
            for (std::uint32_t o : tr->relationOids) {
                const auto rel = m_index->relationAt(event, o);
                names << (rel ? qualifiedName(*rel) : QString::number(o));
            }
            return names.join(QStringLiteral(", "));
        } else if (const auto *lm = std::get_if<LogicalMessage>(&m))
            return lm->prefix;
        if (!oid)
            return {};
        const auto rel = m_index->relationAt(event, oid);
        return rel ? qualifiedName(*rel) : tr("relation %1").arg(oid);
    }
    return {};
}

QString EventListModel::summaryOf(qsizetype event) const
{
    if (const QString *cached = m_summaryCache.object(event))
        return *cached;
    const DecodeResult r = m_index->decode(event);
    QString s;
    if (!r) {
        s = tr("cannot decode: %1").arg(r.error.toString());
    } else {
        const Message &m = *r.message;
        std::uint32_t oid = 0;
        if (const auto *ins = std::get_if<Insert>(&m))
            oid = ins->relationOid;
        else if (const auto *upd = std::get_if<Update>(&m))
            oid = upd->relationOid;
        else if (const auto *del = std::get_if<Delete>(&m))
            oid = del->relationOid;
        const auto view = oid ? describeChange(m, m_index->relationAt(event, oid), m_context) : std::nullopt;
        if (view && view->tag == 'I') {
            s = valuesText(view->newValues);
        } else if (view && view->tag == 'U') {
            QStringList parts;
            for (int c : view->changedColumns)
                parts << QStringLiteral("%1: %2 → %3")
                             .arg(view->newValues[c].name, quoteValue(view->oldValues[c]),
                                 quoteValue(view->newValues[c]));
            s = parts.isEmpty() ? valuesText(view->newValues) : parts.join(QStringLiteral("; "));
        } else if (view && view->tag == 'D') {
            s = valuesText(view->oldValues, view->oldKind == OldTupleKind::Key);
        } else if (const auto *b = std::get_if<Begin>(&m)) {
            s = tr("xid %1, commit LSN %2").arg(b->xid).arg(b->finalLsn.toString());
        } else if (const auto *c = std::get_if<Commit>(&m)) {
            s = tr("commit LSN %1, end LSN %2").arg(c->commitLsn.toString(), c->endLsn.toString());
        } else if (const auto *rel = std::get_if<Relation>(&m)) {
            QStringList cols;
            for (const pgoutput::RelationColumn &col : rel->columns)
                cols << (col.isKey() ? col.name + u'*' : col.name);
            s = tr("%1 (%2), replica identity %3")
                    .arg(qualifiedName(*rel), cols.join(QStringLiteral(", ")))
                    .arg(QLatin1Char(char(rel->replicaIdentity)));
        } else if (const auto *t = std::get_if<Type>(&m)) {
            s = tr("type %1.%2 (oid %3)").arg(t->nspname, t->name).arg(t->oid);
        } else if (const auto *o = std::get_if<Origin>(&m)) {
            s = tr("origin %1 at %2").arg(o->name, o->commitLsn.toString());
        } else if (const auto *tr_ = std::get_if<Truncate>(&m)) {
            QStringList opts;
            if (tr_->cascade())
                opts << QStringLiteral("CASCADE");
            if (tr_->restartIdentity())
                opts << QStringLiteral("RESTART IDENTITY");
            s = tr("%n relation(s)", nullptr, int(tr_->relationOids.size()));
            if (!opts.isEmpty())
                s += u' ' + opts.join(u' ');
        } else if (const auto *lm = std::get_if<LogicalMessage>(&m)) {
            s = tr("%1 message, prefix \"%2\": %3")
                    .arg(lm->transactional() ? tr("transactional") : tr("non-transactional"), lm->prefix,
                        QString::fromUtf8(lm->content.data(), qMin<qsizetype>(lm->content.size(), 120)));
        } else if (const auto *ss = std::get_if<StreamStart>(&m)) {
            s = tr("xid %1%2").arg(ss->xid).arg(ss->firstSegment ? tr(", first segment") : QString());
        } else if (const auto *sc = std::get_if<StreamCommit>(&m)) {
            s = tr("xid %1, commit LSN %2, end LSN %3")
                    .arg(sc->xid)
                    .arg(sc->commitLsn.toString(), sc->endLsn.toString());
        } else if (const auto *sa = std::get_if<StreamAbort>(&m)) {
            s = sa->xid == sa->subxid
                ? tr("xid %1 aborted").arg(sa->xid)
                : tr("subtransaction %1 of xid %2 aborted").arg(sa->subxid).arg(sa->xid);
        } else if (const auto *bp = std::get_if<BeginPrepare>(&m)) {
            s = tr("GID %1, xid %2").arg(bp->gid).arg(bp->xid);
        } else if (const auto *p = std::get_if<Prepare>(&m)) {
            s = tr("GID %1, prepare LSN %2, end LSN %3")
                    .arg(p->gid, p->prepareLsn.toString(), p->endLsn.toString());
        } else if (const auto *cp = std::get_if<CommitPrepared>(&m)) {
            s = tr("GID %1, end LSN %2").arg(cp->gid, cp->endLsn.toString());
        } else if (const auto *rp = std::get_if<RollbackPrepared>(&m)) {
            s = tr("GID %1, end LSN %2").arg(rp->gid, rp->rollbackEndLsn.toString());
        } else if (const auto *sp = std::get_if<StreamPrepare>(&m)) {
            s = tr("GID %1, xid %2").arg(sp->gid).arg(sp->xid);
        }
        if (m_index->isDiscarded(event))
            s = tr("[discarded by subtransaction abort] ") + s;
    }
    // A list row is one line: values with line breaks or other control
    // characters would be cut off or drawn as nothing.
    for (QChar &c : s) {
        if (c == u'\n')
            c = QChar(0x21B5); // ↵
        else if (c.unicode() < 0x20)
            c = QChar(0x2400 + c.unicode()); // the Control Pictures block: ␀, ␉, ␍…
    }
    if (s.size() > kSummaryChars)
        s = s.left(kSummaryChars - 1) + u'…';
    m_summaryCache.insert(event, new QString(s));
    return s;
}

} // namespace pgrepl::ui
