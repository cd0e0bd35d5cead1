#pragma once

#include "session/Catalog.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QStringList>

namespace pgrepl::ui {

// The replication slots of a server as a table: the known columns of
// pg_replication_slots, then whatever else this server returned, with each
// row coloured by its health (lost, unreserved, retaining much WAL).
class SlotTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        PluginColumn,
        TypeColumn,
        DatabaseColumn,
        ActiveColumn,
        ActivePidColumn,
        TemporaryColumn,
        TwoPhaseColumn,
        WalStatusColumn,
        SafeWalSizeColumn,
        RetainedColumn,
        RestartLsnColumn,
        ConfirmedFlushLsnColumn,
        XminColumn,
        CatalogXminColumn,
        FixedColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole, // raw values: bytes, LSNs as numbers, pids
        SlotNameRole,
        HealthRole, // Health as int
    };
    enum class Health { Healthy, LargeRetained, Unreserved, Lost };
    Q_ENUM(Health)

    explicit SlotTableModel(QObject *parent = nullptr);

    // maxSlotWalKeepSize in bytes, -1 for unlimited: it sets the threshold
    // for "retains a lot".
    void setSlots(const QList<SlotInfo> &slotList, qint64 maxSlotWalKeepSize);
    const QList<SlotInfo> &slotList() const { return m_slots; }
    // Replaces the row of the slot with that name (a fresher reading, as a
    // diagnosis brings); false when no row has that name.
    bool updateSlot(const SlotInfo &slot);
    const SlotInfo *slotAt(int row) const;
    int rowOfSlot(const QString &name) const;
    qint64 largeRetainedBytes() const { return m_largeRetained; }
    // Server columns beyond the fixed ones, in the order first seen.
    const QStringList &extraColumns() const { return m_extraColumns; }

    static Health healthOf(const SlotInfo &slot, qint64 largeRetainedBytes);
    // Explicit pairs, so that the text stays readable on dark and light palettes.
    static QColor background(Health health);
    static QColor foreground(Health health);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const SlotInfo &s, int column) const;
    QVariant sortValue(const SlotInfo &s, int column) const;
    QString extraValue(const SlotInfo &s, int column) const;

    QList<SlotInfo> m_slots;
    QStringList m_extraColumns;
    qint64 m_largeRetained = qint64(1) << 30;
};

} // namespace pgrepl::ui
