#pragma once

#include "models/EventMarks.h"
#include "txn/ChangeView.h"
#include "txn/TransactionIndex.h"
#include "wire/StreamEvent.h"

#include <QAbstractItemModel>
#include <QCache>
#include <QElapsedTimer>

#include <limits>
#include <optional>

namespace pgrepl {
class EventStore;
} // namespace pgrepl

namespace pgrepl::ui {

// The event list: transactions as top-level rows with their events as
// children, and standalone events (keepalives, status updates, notices,
// non-transactional messages) as childless top-level rows. Rows are thin
// references into the EventStore; text is decoded on demand and a little
// of it cached. Appends are coalesced into one insert per event-loop turn.
class EventListModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        TimeColumn,
        LsnColumn,
        KindColumn,
        XidColumn,
        RelationColumn,
        SummaryColumn,
        SizeColumn,
        ColumnCount
    };
    enum Role {
        EventRole = Qt::UserRole + 1, // store index of the row's event; -1 for a transaction row
        GroupRole, // transaction group of the row
        SortRole, // raw value for sorting
        KindRole, // StreamEvent::Kind as int
        TagRole, // pgoutput tag for XLogData rows, 0 otherwise
        EndLsnRole, // a transaction's end LSN (quint64), 0 when none
        MarkedRole, // bool: the row is marked (an event also through its transaction)
    };

    EventListModel(EventStore *store, TransactionIndex *index, QObject *parent = nullptr);

    void setValueContext(const ValueContext &context) { m_context = context; }
    const ValueContext &valueContext() const { return m_context; }

    // Adds a batch to the store; rows appear on the next event-loop turn.
    void appendBatch(const StreamEventBatch &batch);
    // Indexes what was put into the store directly (a loaded capture), all
    // of it now.
    void refresh();
    // Live batches are indexed at most this many events an event-loop turn,
    // so that a burst does not hold up input and paints; rows are inserted
    // once the index has caught up.
    static constexpr qsizetype kIndexSliceEvents = 4096;
    // The stream ended: open transactions are shown incomplete.
    void streamEnded();
    void clear();

    QModelIndex indexForEvent(qsizetype event, int column = 0) const;
    QModelIndex indexForGroup(int group, int column = 0) const;
    qsizetype eventAt(const QModelIndex &index) const;
    int groupAt(const QModelIndex &index) const;
    EventStore *store() const { return m_store; }
    TransactionIndex *transactionIndex() const { return m_index; }

    // Marks. An event row marks the event; a transaction row marks the
    // whole transaction, which marks all its events (unmark the
    // transaction to unmark them). Rows repaint, and a "marked only"
    // filter re-checks them.
    void setEventMarked(qsizetype event, bool marked);
    void setGroupMarked(int group, bool marked);
    void toggleMark(const QModelIndex &index);
    bool isMarked(const QModelIndex &index) const;
    void clearMarks();
    const EventMarks &marks() const { return m_marks; }
    // Every marked event, sorted, a marked transaction's events included.
    std::vector<quint32> markedEvents() const { return m_marks.markedEvents(); }

    // Text of one event's cells, for exports and tests.
    QString eventText(qsizetype event, int column) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    // Events and standalone rows never have children: a tree view that
    // knows this need not ask each of a million rows.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // The same, by transaction group, and whether the view has any of its
    // events yet: for a proxy, without building indexes.
    Qt::ItemFlags groupFlags(int group) const;
    static Qt::ItemFlags eventFlags()
    {
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    }
    bool groupHasChildren(int group) const;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // Rows were added (after the coalesced insert).
    void rowsAppended();
    void marksChanged();

private:
    // Indexes one slice, and inserts the rows once there is no more.
    void flushPending();
    void addToPending(TransactionIndex::Update update);
    // Announces what the index added since the last time.
    void insertPending();
    // Repaints (and lets a proxy filter again) the rows a mark change touched.
    void eventMarkChanged(qsizetype event);
    void groupMarkChanged(int group);
    QString groupText(int group, int column) const;
    QVariant groupSortValue(int group, int column) const;
    QVariant eventSortValue(qsizetype event, int column) const;
    QString summaryOf(qsizetype event) const;

    EventStore *m_store;
    TransactionIndex *m_index;
    ValueContext m_context;
    EventMarks m_marks;
    // Ten list updates a second at most, as packet analysers refresh a
    // live capture: faster is more than anyone can read, and each one
    // repaints the followed tail.
    static constexpr qint64 kMinFlushIntervalMs = 100;
    bool m_flushScheduled = false;
    QElapsedTimer m_sinceFlush;
    // Flushes are spaced by a multiple of what the last insert cost (the
    // views' response included), so that however long the list gets the
    // event loop spends most of its time elsewhere.
    static constexpr qint64 kFlushCostFactor = 8;
    static constexpr qint64 kMaxFlushIntervalMs = 1000;
    qint64 m_flushIntervalMs = kMinFlushIntervalMs;
    std::optional<TransactionIndex::Update> m_pending; // indexed, not yet announced
    int m_shownGroups = 0; // top-level rows the view knows
    std::vector<int> m_shownChildren; // per shown group, children the view knows
    mutable QCache<qsizetype, QString> m_summaryCache;
    // A time's local-time text down to the second, for the second last
    // shown: converting to local time is most of a time's cost, and a busy
    // stream brings thousands of events and commits a second.
    struct SecondText
    {
        qint64 second = std::numeric_limits<qint64>::min();
        QString text;
    };
    mutable SecondText m_receivedSecond; // HH:mm:ss
    mutable SecondText m_commitSecond; // yyyy-MM-dd HH:mm:ss, in the locale's digits
};

} // namespace pgrepl::ui
