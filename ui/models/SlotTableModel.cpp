#include "models/SlotTableModel.h"

#include "panes/Format.h"
#include "session/SlotAdmin.h"

#include <QBrush>

#include <limits>

namespace pgrepl::ui {

namespace {

// The server columns that the fixed columns already show.
const QStringList &fixedServerColumns()
{
    static const QStringList names = {QStringLiteral("slot_name"), QStringLiteral("plugin"),
        QStringLiteral("slot_type"), QStringLiteral("database"), QStringLiteral("active"),
        QStringLiteral("active_pid"), QStringLiteral("temporary"), QStringLiteral("two_phase"),
        QStringLiteral("wal_status"), QStringLiteral("safe_wal_size"), QStringLiteral("restart_lsn"),
        QStringLiteral("confirmed_flush_lsn"), QStringLiteral("xmin"), QStringLiteral("catalog_xmin")};
    return names;
}

} // namespace

SlotTableModel::SlotTableModel(QObject *parent) : QAbstractTableModel(parent) { }

void SlotTableModel::setSlots(const QList<SlotInfo> &slotList, qint64 maxSlotWalKeepSize)
{
    beginResetModel();
    m_slots = slotList;
    m_largeRetained = slotadmin::largeRetainedThreshold(maxSlotWalKeepSize);
    m_extraColumns.clear();
    for (const SlotInfo &s : m_slots)
        for (const auto &c : s.columns)
            if (!fixedServerColumns().contains(c.first) && !m_extraColumns.contains(c.first))
                m_extraColumns << c.first;
    endResetModel();
}

bool SlotTableModel::updateSlot(const SlotInfo &slot)
{
    const int row = rowOfSlot(slot.name);
    if (row < 0)
        return false;
    // Extra server columns would change the column count: keep the row's own.
    SlotInfo updated = slot;
    if (updated.columns.isEmpty())
        updated.columns = m_slots[row].columns;
    for (const auto &c : updated.columns)
        if (!fixedServerColumns().contains(c.first) && !m_extraColumns.contains(c.first))
            updated.columns = m_slots[row].columns;
    m_slots[row] = updated;
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
    return true;
}

const SlotInfo *SlotTableModel::slotAt(int row) const
{
    return row >= 0 && row < m_slots.size() ? &m_slots[row] : nullptr;
}

int SlotTableModel::rowOfSlot(const QString &name) const
{
    for (int i = 0; i < m_slots.size(); ++i)
        if (m_slots[i].name == name)
            return i;
    return -1;
}

SlotTableModel::Health SlotTableModel::healthOf(const SlotInfo &slot, qint64 largeRetainedBytes)
{
    if (slot.walStatus == u"lost")
        return Health::Lost;
    if (slot.walStatus == u"unreserved")
        return Health::Unreserved;
    // healthWarning also speaks when safe_wal_size runs low.
    if ((slot.retainedBytes && *slot.retainedBytes > largeRetainedBytes)
        || !slot.healthWarning(largeRetainedBytes).isEmpty())
        return Health::LargeRetained;
    return Health::Healthy;
}

QColor SlotTableModel::background(Health health)
{
    switch (health) {
    case Health::Lost:
        return QColor(0xff, 0xcd, 0xd2);
    case Health::Unreserved:
        return QColor(0xff, 0xe0, 0xb2);
    case Health::LargeRetained:
        return QColor(0xff, 0xf5, 0x9d);
    case Health::Healthy:
        break;
    }
    return {};
}

QColor SlotTableModel::foreground(Health health)
{
    switch (health) {
    case Health::Lost:
        return QColor(0x7f, 0x00, 0x00);
    case Health::Unreserved:
        return QColor(0x6d, 0x36, 0x00);
    case Health::LargeRetained:
        return QColor(0x4e, 0x3b, 0x00);
    case Health::Healthy:
        break;
    }
    return {};
}

int SlotTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_slots.size());
}

int SlotTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FixedColumnCount + static_cast<int>(m_extraColumns.size());
}

QString SlotTableModel::extraValue(const SlotInfo &s, int column) const
{
    const QString &name = m_extraColumns[column - FixedColumnCount];
    for (const auto &c : s.columns)
        if (c.first == name)
            return c.second;
    return {};
}

QVariant SlotTableModel::display(const SlotInfo &s, int column) const
{
    const auto yesNo = [](bool v) { return v ? tr("yes") : tr("no"); };
    switch (column) {
    case NameColumn:
        return s.name;
    case PluginColumn:
        return s.plugin;
    case TypeColumn:
        return s.slotType;
    case DatabaseColumn:
        return s.database;
    case ActiveColumn:
        return yesNo(s.active);
    case ActivePidColumn:
        return s.activePid ? QString::number(s.activePid) : QString();
    case TemporaryColumn:
        return yesNo(s.temporary);
    case TwoPhaseColumn:
        return yesNo(s.twoPhase);
    case WalStatusColumn:
        return s.walStatus;
    case SafeWalSizeColumn:
        if (s.safeWalSize)
            return formatBytes(*s.safeWalSize);
        // NULL means no limit, except for a lost slot.
        return s.walStatus == u"lost" || s.walStatus.isEmpty() ? QString() : tr("unlimited");
    case RetainedColumn:
        return s.retainedBytes ? formatBytes(*s.retainedBytes) : QString();
    case RestartLsnColumn:
        return s.restartLsn.isValid() ? s.restartLsn.toString() : QString();
    case ConfirmedFlushLsnColumn:
        return s.confirmedFlushLsn.isValid() ? s.confirmedFlushLsn.toString() : QString();
    case XminColumn:
        return s.xmin;
    case CatalogXminColumn:
        return s.catalogXmin;
    default:
        return extraValue(s, column);
    }
}

QVariant SlotTableModel::sortValue(const SlotInfo &s, int column) const
{
    switch (column) {
    case ActiveColumn:
        return s.active ? 1 : 0;
    case ActivePidColumn:
        return s.activePid;
    case TemporaryColumn:
        return s.temporary ? 1 : 0;
    case TwoPhaseColumn:
        return s.twoPhase ? 1 : 0;
    case SafeWalSizeColumn:
        // Unlimited sorts after every limit.
        return s.safeWalSize ? *s.safeWalSize : std::numeric_limits<qint64>::max();
    case RetainedColumn:
        return s.retainedBytes ? *s.retainedBytes : qint64(-1);
    case RestartLsnColumn:
        return static_cast<qulonglong>(s.restartLsn.value());
    case ConfirmedFlushLsnColumn:
        return static_cast<qulonglong>(s.confirmedFlushLsn.value());
    case XminColumn:
        return s.xmin.isEmpty() ? qlonglong(-1) : s.xmin.toLongLong();
    case CatalogXminColumn:
        return s.catalogXmin.isEmpty() ? qlonglong(-1) : s.catalogXmin.toLongLong();
    default:
        return display(s, column);
    }
}

QVariant SlotTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SlotInfo &s = m_slots[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return display(s, index.column());
    case SortRole:
        return sortValue(s, index.column());
    case SlotNameRole:
        return s.name;
    case HealthRole:
        return static_cast<int>(healthOf(s, m_largeRetained));
    case Qt::BackgroundRole: {
        const Health h = healthOf(s, m_largeRetained);
        return h == Health::Healthy ? QVariant() : QVariant(QBrush(background(h)));
    }
    case Qt::ForegroundRole: {
        const Health h = healthOf(s, m_largeRetained);
        return h == Health::Healthy ? QVariant() : QVariant(QBrush(foreground(h)));
    }
    case Qt::ToolTipRole: {
        const QString warning = s.healthWarning(m_largeRetained);
        return warning.isEmpty() ? QVariant() : QVariant(warning);
    }
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case ActivePidColumn:
        case SafeWalSizeColumn:
        case RetainedColumn:
        case XminColumn:
        case CatalogXminColumn:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant SlotTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return {};
    switch (section) {
    case NameColumn:
        return tr("Slot");
    case PluginColumn:
        return tr("Plugin");
    case TypeColumn:
        return tr("Type");
    case DatabaseColumn:
        return tr("Database");
    case ActiveColumn:
        return tr("Active");
    case ActivePidColumn:
        return tr("Active PID");
    case TemporaryColumn:
        return tr("Temporary");
    case TwoPhaseColumn:
        return tr("Two-phase");
    case WalStatusColumn:
        return tr("WAL status");
    case SafeWalSizeColumn:
        return tr("Safe WAL size");
    case RetainedColumn:
        return tr("Retained WAL");
    case RestartLsnColumn:
        return QStringLiteral("restart_lsn");
    case ConfirmedFlushLsnColumn:
        return QStringLiteral("confirmed_flush_lsn");
    case XminColumn:
        return QStringLiteral("xmin");
    case CatalogXminColumn:
        return QStringLiteral("catalog_xmin");
    default:
        return m_extraColumns[section - FixedColumnCount];
    }
}

} // namespace pgrepl::ui
