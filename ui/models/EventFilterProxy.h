#pragma once

#include "txn/EventFilter.h"

#include <QAbstractProxyModel>
#include <QElapsedTimer>
#include <QHash>

#include <memory>
#include <vector>

namespace pgrepl::ui {

class EventListModel;

// Filters the event list by an EventFilterSpec (and hides keepalives on
// request). The matching is done by an EventFilter over the store, in
// slices of a few milliseconds on the event loop, so the view never waits
// for a million events; the proxy only looks the answers up. Until a new
// pass is done the view keeps the previous filter's rows; then one layout
// change shows the new ones, keeping expanded transactions, the selection
// and the current row where they are still shown. Live rows and mark
// changes are filtered row by row, and appending costs only the new rows
// (a sort/filter proxy walks all its rows on every append). A transaction
// stays when one of its events matches, and shows only the matching
// events. Rows keep the source's order. The source must be an
// EventListModel.
class EventFilterProxy final : public QAbstractProxyModel
{
    Q_OBJECT

public:
    // A pass over at most this many events runs at once, without slices.
    static constexpr qsizetype kSynchronousEvents = 20000;
    // Time one slice may take; the event loop runs between slices.
    static constexpr int kSliceMs = 8;

    // What the last finished pass cost, for a status bar and the benchmark.
    struct PassStats
    {
        qsizetype events = 0; // events looked at
        qsizetype matches = 0; // events matching the spec (marks aside)
        qint64 elapsedUs = 0; // from setSpec() to the layout change, event loop included
        qint64 longestSliceUs = 0; // longest time the event loop waited for the filter
        int slices = 0;
    };

    explicit EventFilterProxy(QObject *parent = nullptr);
    ~EventFilterProxy() override;

    void setSourceModel(QAbstractItemModel *model) override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    // A shown transaction always has a shown event: answered without
    // working out which, which a tree view would otherwise do for every
    // row it lays out.
    bool hasChildren(const QModelIndex &parent = {}) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void multiData(const QModelIndex &index, QModelRoleDataSpan roleDataSpan) const override;

    void setHideKeepalives(bool hide);
    bool hideKeepalives() const { return m_hideKeepalives; }
    // Shorthand for a spec with only free text.
    void setText(const QString &text);

    // Starts a pass for spec, cancelling one under way; small stores are
    // filtered at once.
    void setSpec(const EventFilterSpec &spec);
    // The spec last set; the rows follow it once isFiltering() is false.
    const EventFilterSpec &spec() const { return m_spec; }
    bool isFiltering() const { return m_pending != nullptr || m_catchingUp; }
    int progress() const; // percent of the pass under way, 100 when none
    PassStats lastPass() const { return m_lastPass; }

signals:
    void filteringStarted();
    void progressChanged(int percent);
    // The rows shown now follow spec(); lastPass() says what it cost.
    void filteringFinished();

private:
    std::unique_ptr<EventFilter> makeFilter(const EventFilterSpec &spec) const;
    void startPass(const EventFilterSpec &spec);
    void scheduleSlice();
    void runSlice();
    void finishPass(const QElapsedTimer &slice);
    void refilterAll();
    void sourceRowsComing();
    void sourceAboutToBeReset();
    void sourceReset();
    void sourceRowsInserted(const QModelIndex &parent, int first, int last);
    void sourceDataChanged(
        const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);

    // The source rows of a transaction's shown events; worked out when the
    // view first asks, since most transactions are never expanded.
    struct Children
    {
        std::vector<int> rows;
        int seen = 0; // source rows looked at
    };
    bool acceptsGroup(int group) const;
    bool acceptsChild(int group, int sourceRow) const;
    // The proxy row of a source group, or -1 when it is not shown.
    int rowOfGroup(int group) const;
    int insertionRowOfGroup(int group) const;
    Children &children(int group) const;
    void rebuildGroups();

    EventListModel *m_model = nullptr;
    std::vector<int> m_groups; // the shown source groups, ascending
    mutable QHash<int, Children> m_children; // by source group
    bool m_hideKeepalives = false;
    EventFilterSpec m_spec;
    std::unique_ptr<EventFilter> m_shown; // what filterAcceptsRow() answers from
    std::unique_ptr<EventFilter> m_pending; // a pass under way
    bool m_catchingUp = false; // m_shown is behind a large append
    bool m_sliceScheduled = false;
    int m_lastProgress = -1;
    QElapsedTimer m_passClock;
    PassStats m_running;
    PassStats m_lastPass;
};

} // namespace pgrepl::ui
