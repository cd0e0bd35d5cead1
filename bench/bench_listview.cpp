// Following a busy slot with a long event list: the time one live append of
// 240 transactions takes, from the store to the painted bottom of the list,
// for a tree view over the filter proxy and for the flat table view
// (EventTableView over TreeFlattener over the same proxy), at 10k, 100k and
// 1M rows. Usage: bench_listview [rows...] (default 10000 100000 1000000).
#include "models/EventFilterProxy.h"
#include "models/EventListModel.h"
#include "models/TreeFlattener.h"
#include "panes/EventRowDelegate.h"
#include "panes/EventTableView.h"
#include "store/EventStore.h"
#include "txn/TransactionIndex.h"

#include "StreamEvents.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTreeView>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace pgrepl;
using namespace pgrepl::test;
using pgrepl::ui::EventFilterProxy;
using pgrepl::ui::EventListModel;
using pgrepl::ui::EventRowDelegate;
using pgrepl::ui::EventTableView;
using pgrepl::ui::TreeFlattener;

namespace {

constexpr int kBatch = 240;
constexpr int kAppends = 50;

// Small transactions, one insert each, from xid onwards.
class Feed
{
public:
    StreamEventBatch next(int transactions)
    {
        StreamEventBatch out;
        if (m_first) {
            out << xlog(relation(1, "public", "ticks", {{"id", 23}, "note"}), m_lsn);
            m_first = false;
        }
        for (int i = 0; i < transactions; ++i) {
            const quint64 commitLsn = m_lsn + 0x60;
            const qint64 t = m_time;
            out << xlog(begin(commitLsn, m_xid, quint64(t)), m_lsn += 0x28, t);
            out << xlog(insert(1, {QByteArray::number(m_xid), "tick"}), m_lsn += 0x30, t + 3);
            out << xlog(commit(commitLsn, commitLsn + 0x30, quint64(t + 5)), commitLsn, t + 5);
            m_time = t + 10;
            m_lsn = commitLsn + 0x30;
            ++m_xid;
        }
        return out;
    }

private:
    bool m_first = true;
    quint32 m_xid = 1000;
    quint64 m_lsn = 0x16B0000;
    qint64 m_time = 1700000000000000;
};

struct Figures
{
    double medianMs = 0;
    double maxMs = 0;
};

enum class Kind { Tree, Table };

// A store of rows transactions, the list shown at the bottom, then
// kAppends live appends, each timed to the end of its repaint.
Figures run(Kind kind, int rows)
{
    EventStore store;
    TransactionIndex index(&store, 1);
    Feed feed;
    for (int done = 0; done < rows;) {
        const int n = std::min(10000, rows - done);
        store.append(feed.next(n));
        done += n;
    }
    EventListModel model(&store, &index);
    model.refresh();
    EventFilterProxy proxy;
    proxy.setSourceModel(&model);
    TreeFlattener flat;
    std::unique_ptr<QAbstractItemView> view;
    if (kind == Kind::Tree) {
        auto tree = std::make_unique<QTreeView>();
        tree->setUniformRowHeights(true);
        tree->setItemDelegate(new EventRowDelegate(tree.get()));
        tree->setModel(&proxy);
        view = std::move(tree);
    } else {
        flat.setSourceModel(&proxy);
        auto table = std::make_unique<EventTableView>();
        table->setModel(&flat);
        view = std::move(table);
    }
    view->resize(1200, 800);
    view->show();
    view->scrollToBottom();
    QApplication::processEvents();
    // A few transactions open, as a user would have them.
    for (int r = 0; r < proxy.rowCount(); r += std::max(1, proxy.rowCount() / 10)) {
        if (kind == Kind::Tree)
            static_cast<QTreeView *>(view.get())->expand(proxy.index(r, 0));
        else
            flat.setExpanded(proxy.index(r, 0), true);
    }
    QApplication::processEvents();

    std::vector<double> ms;
    QElapsedTimer clock;
    for (int i = 0; i < kAppends; ++i) {
        const StreamEventBatch batch = feed.next(kBatch);
        clock.start();
        store.append(batch);
        model.refresh();
        view->scrollToBottom();
        view->viewport()->repaint();
        QApplication::processEvents();
        ms.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms.back()};
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    std::vector<int> sizes;
    for (const QString &arg : QApplication::arguments().mid(1)) {
        bool ok = false;
        const int n = arg.toInt(&ok);
        if (!ok || n <= 0) {
            std::fprintf(stderr, "usage: bench_listview [rows...]\n");
            return 2;
        }
        sizes.push_back(n);
    }
    if (sizes.empty())
        sizes = {10000, 100000, 1000000};

    std::printf(
        "Live append of %d transactions, then scroll to the bottom and paint; %d times.\n", kBatch, kAppends);
    std::printf(
        "%10s  %24s  %24s  %8s\n", "rows", "QTreeView median/max ms", "EventTableView median/max", "ratio");
    for (int rows : sizes) {
        const Figures tree = run(Kind::Tree, rows);
        const Figures table = run(Kind::Table, rows);
        std::printf("%10d  %11.2f / %10.2f  %11.2f / %10.2f  %7.1fx\n", rows, tree.medianMs, tree.maxMs,
            table.medianMs, table.maxMs, table.medianMs > 0 ? tree.medianMs / table.medianMs : 0.0);
        std::fflush(stdout);
    }
    return 0;
}
