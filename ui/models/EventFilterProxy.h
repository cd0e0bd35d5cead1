#pragma once

#include "txn/EventFilter.h"

#include <QElapsedTimer>
#include <QSortFilterProxyModel>

#include <memory>

namespace pgrepl::ui {

class EventListModel;

// Filters the event list by an EventFilterSpec (and hides keepalives on
// request). The matching is done by an EventFilter over the store, in
// slices of a few milliseconds on the event loop, so the view never waits
// for a million events; filterAcceptsRow() only looks the answer up. Until
// a new pass is done the view keeps the previous filter's rows; then one
// reset shows the new ones (views lose expansion and selection: keep the
// current event across filteringFinished() to select it again). Live rows
// and mark changes are filtered row by row, keeping the view's state. A transaction stays when one of its
// events matches, and shows only the matching events. The source must be
// an EventListModel.
class EventFilterProxy final : public QSortFilterProxyModel
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
    // A shown transaction always has a shown event: answered without
    // building the base class's mapping of its children, which a tree view
    // would otherwise do for every row it lays out.
    bool hasChildren(const QModelIndex &parent = {}) const override;

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

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::unique_ptr<EventFilter> makeFilter(const EventFilterSpec &spec) const;
    void startPass(const EventFilterSpec &spec);
    void scheduleSlice();
    void runSlice();
    void finishPass(const QElapsedTimer &slice);
    void refilterAll();
    void sourceRowsComing();
    void sourceReset();

    EventListModel *m_model = nullptr;
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
