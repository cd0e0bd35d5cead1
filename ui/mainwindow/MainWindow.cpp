#include "mainwindow/MainWindow.h"

#include "models/DetailsBuilder.h"
#include "models/EventFilterProxy.h"
#include "models/EventListModel.h"
#include "models/TreeFlattener.h"
#include "panes/BytesView.h"
#include "panes/EventTableView.h"
#include "panes/FilterBar.h"
#include "panes/LsnPanel.h"
#include "panes/PlaceholderTreeView.h"
#include "pgrepl/Version.h"
#include "store/EventStore.h"
#include "txn/TransactionIndex.h"

#include <algorithm>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace pgrepl::ui {

namespace {
QWidget *welcomePage(QWidget *parent, const QIcon &icon)
{
    auto *welcome = new QWidget(parent);
    welcome->setObjectName(QStringLiteral("welcomePage"));
    auto *layout = new QVBoxLayout(welcome);
    layout->addStretch(2);
    auto *iconLabel = new QLabel(welcome);
    iconLabel->setPixmap(icon.pixmap(96, 96));
    iconLabel->setAlignment(Qt::AlignCenter);
    layout->addWidget(iconLabel);
    auto *title = new QLabel(MainWindow::tr("pgrepl-inspector"), welcome);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);
    auto *blurb
        = new QLabel(MainWindow::tr("Inspect PostgreSQL logical replication slots: every pgoutput message, "
                                    "transaction and keepalive, with names and types on every column.\n\n"
                                    "Connect to a server (Ctrl+K) or open a capture (Ctrl+O)."),
            welcome);
    blurb->setWordWrap(true);
    blurb->setAlignment(Qt::AlignCenter);
    blurb->setFixedWidth(520);
    // An alignment flag would defeat the word-wrapped label's height-for-width.
    auto *blurbRow = new QHBoxLayout;
    blurbRow->addStretch();
    blurbRow->addWidget(blurb);
    blurbRow->addStretch();
    layout->addLayout(blurbRow);
    layout->addStretch(3);
    return welcome;
}
} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("pgrepl-inspector"));
    setWindowIcon(QIcon(QStringLiteral(":/pgrepl/icons/pgrepl-inspector.svg")));
    createActions();
    createPanes();
    createStatusBar();
    resize(1280, 800);
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    // The toolbar's icons are ours (resources/icons), so they look the same under every style.
    auto icon = [](const char *name) {
        return QIcon(QStringLiteral(":/pgrepl/icons/%1.svg").arg(QLatin1String(name)));
    };
    auto make
        = [this](const QIcon &actionIcon, const QString &text, const QKeySequence &key, const char *name) {
              auto *a = new QAction(actionIcon, text, this);
              a->setShortcut(key);
              a->setObjectName(QLatin1String(name));
              a->setToolTip(key.isEmpty()
                      ? text
                      : QStringLiteral("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText)));
              return a;
          };
    m_actions.connect = make(icon("connect"), tr("&Connect…"), QKeySequence(tr("Ctrl+K")), "actionConnect");
    m_actions.disconnect
        = make(icon("disconnect"), tr("&Disconnect"), QKeySequence(tr("Ctrl+Shift+K")), "actionDisconnect");
    m_actions.pause = make(icon("pause"), tr("&Pause"), QKeySequence(tr("Ctrl+P")), "actionPause");
    m_actions.pause->setCheckable(true);
    m_actions.step
        = make(icon("step"), tr("S&tep to next transaction"), QKeySequence(Qt::Key_F10), "actionStep");
    m_actions.acknowledge = make(icon("acknowledge"), tr("&Acknowledge to selected…"),
        QKeySequence(tr("Ctrl+Return")), "actionAcknowledge");
    m_actions.ackManual = make({}, tr("Ack &manually"), {}, "actionAckManual");
    m_actions.ackAuto = make({}, tr("Ack &automatically"), {}, "actionAckAuto");
    m_actions.ackNever = make({}, tr("&Never ack (peek)"), {}, "actionAckNever");
    auto *ackGroup = new QActionGroup(this);
    for (QAction *a : {m_actions.ackManual, m_actions.ackAuto, m_actions.ackNever}) {
        a->setCheckable(true);
        ackGroup->addAction(a);
    }
    m_actions.ackManual->setChecked(true);
    m_actions.openCapture = make(icon("open"), tr("&Open capture…"), QKeySequence::Open, "actionOpenCapture");
    m_actions.saveCapture = make(icon("save"), tr("&Save capture…"), QKeySequence::Save, "actionSaveCapture");
    m_actions.hideKeepalives = make(
        {}, tr("&Hide keepalives and status updates"), QKeySequence(tr("Ctrl+H")), "actionHideKeepalives");
    m_actions.hideKeepalives->setCheckable(true);
    m_actions.hideKeepalives->setIconText(tr("Hide keepalives"));
    m_actions.followTail
        = make(icon("follow"), tr("&Follow live tail"), QKeySequence(Qt::Key_End), "actionFollowTail");
    m_actions.followTail->setCheckable(true);
    m_actions.followTail->setChecked(true);
    m_actions.goTo = make({}, tr("&Go to LSN or xid…"), QKeySequence(tr("Ctrl+G")), "actionGoTo");
    m_actions.reconnect
        = make(icon("reconnect"), tr("&Reconnect"), QKeySequence(tr("Ctrl+R")), "actionReconnect");
    m_actions.heartbeat
        = make(icon("heartbeat"), tr("Send &heartbeat"), QKeySequence(tr("Ctrl+Shift+H")), "actionHeartbeat");
    m_actions.heartbeat->setIconText(tr("Heartbeat"));
    m_actions.heartbeat->setStatusTip(
        tr("Writes a small logical message on the server, so that an idle slot has WAL to move to"));
    m_actions.slotManager
        = make(icon("slots"), tr("S&lots…"), QKeySequence(tr("Ctrl+L")), "actionSlotManager");
    m_actions.exportEvents = make(icon("export"), tr("&Export…"), QKeySequence(tr("Ctrl+E")), "actionExport");
    m_actions.toggleMark
        = make(icon("mark"), tr("&Mark or unmark"), QKeySequence(tr("Ctrl+M")), "actionToggleMark");
    m_actions.nextMark = make({}, tr("Next mark"), QKeySequence(tr("Ctrl+.")), "actionNextMark");
    m_actions.previousMark = make({}, tr("Previous mark"), QKeySequence(tr("Ctrl+,")), "actionPreviousMark");
    m_actions.quit = make({}, tr("&Quit"), QKeySequence::Quit, "actionQuit");
    connect(m_actions.quit, &QAction::triggered, this, &QWidget::close);
    connect(m_actions.toggleMark, &QAction::triggered, this, &MainWindow::toggleMark);
    connect(m_actions.nextMark, &QAction::triggered, this, [this] { goToMark(true); });
    connect(m_actions.previousMark, &QAction::triggered, this, [this] { goToMark(false); });

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_actions.openCapture);
    file->addAction(m_actions.saveCapture);
    file->addAction(m_actions.exportEvents);
    file->addSeparator();
    file->addAction(m_actions.quit);
    QMenu *session = menuBar()->addMenu(tr("&Session"));
    session->addAction(m_actions.connect);
    session->addAction(m_actions.disconnect);
    session->addAction(m_actions.reconnect);
    session->addSeparator();
    session->addAction(m_actions.pause);
    session->addAction(m_actions.step);
    session->addSeparator();
    session->addAction(m_actions.acknowledge);
    session->addAction(m_actions.ackManual);
    session->addAction(m_actions.ackAuto);
    session->addAction(m_actions.ackNever);
    session->addSeparator();
    session->addAction(m_actions.heartbeat);
    session->addAction(m_actions.slotManager);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_actions.hideKeepalives);
    view->addAction(m_actions.followTail);
    view->addAction(m_actions.goTo);
    view->addSeparator();
    view->addAction(m_actions.toggleMark);
    view->addAction(m_actions.nextMark);
    view->addAction(m_actions.previousMark);
    view->addSeparator();
    createLanguageMenu(view->addMenu(tr("&Language")));
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About pgrepl-inspector"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_actions.connect);
    bar->addAction(m_actions.disconnect);
    bar->addSeparator();
    bar->addAction(m_actions.pause);
    bar->addAction(m_actions.step);
    bar->addAction(m_actions.acknowledge);
    bar->addAction(m_actions.heartbeat);
    bar->addSeparator();
    auto *ackLabel = new QLabel(tr(" Ack: "), bar);
    bar->addWidget(ackLabel);
    bar->addAction(m_actions.ackManual);
    bar->addAction(m_actions.ackAuto);
    bar->addAction(m_actions.ackNever);
    bar->addSeparator();
    bar->addAction(m_actions.hideKeepalives);
    bar->addSeparator();
    bar->addAction(m_actions.openCapture);
    bar->addAction(m_actions.saveCapture);
    bar->addAction(m_actions.exportEvents);
    bar->addAction(m_actions.slotManager);
    // File operations are known by their icons; their names are in the tooltips
    // and the File menu. That keeps the bar within a 1280-pixel window.
    for (QAction *a : {m_actions.openCapture, m_actions.saveCapture, m_actions.exportEvents}) {
        if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(a)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
    // The toolbar shows short names; menus and tooltips keep the full ones.
    m_actions.step->setIconText(tr("Step"));
    m_actions.acknowledge->setIconText(tr("Acknowledge…"));
    m_actions.openCapture->setIconText(tr("Open…"));
    m_actions.saveCapture->setIconText(tr("Save…"));
    m_actions.slotManager->setIconText(tr("Slots…"));
    m_actions.ackManual->setText(tr("Manual"));
    m_actions.ackAuto->setText(tr("Auto"));
    m_actions.ackNever->setText(tr("Never"));
}

void MainWindow::createPanes()
{
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(welcomePage(m_stack, windowIcon()));

    auto *inspector = new QWidget(m_stack);
    auto *layout = new QVBoxLayout(inspector);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_filterBar = new FilterBar(inspector);
    m_filterBar->setObjectName(QStringLiteral("filterBar"));
    layout->addWidget(m_filterBar);
    auto *focusFilter = new QAction(tr("&Filter…"), this);
    focusFilter->setObjectName(QStringLiteral("actionFocusFilter"));
    focusFilter->setShortcut(QKeySequence::Find);
    connect(
        focusFilter, &QAction::triggered, this, [this] { m_filterBar->setFocus(Qt::ShortcutFocusReason); });
    menuBar()->actions().at(2)->menu()->insertAction(m_actions.goTo, focusFilter);

    m_mainSplitter = new QSplitter(Qt::Vertical, inspector);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    // A table over a flattened tree: a million rows cost a tree view a
    // layout of all of them on every live append.
    m_eventView = new EventTableView(m_mainSplitter);
    m_eventView->setObjectName(QStringLiteral("eventView"));
    // Several rows may be selected for an export; the current one drives the details.
    m_eventView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_lowerSplitter = new QSplitter(Qt::Horizontal, m_mainSplitter);
    m_lowerSplitter->setObjectName(QStringLiteral("lowerSplitter"));
    m_detailsView = new PlaceholderTreeView(m_lowerSplitter);
    m_detailsView->setObjectName(QStringLiteral("detailsView"));
    m_detailsView->setPlaceholderText(tr("Select a row to see its fields"));
    m_details = new QStandardItemModel(this);
    m_detailsView->setModel(m_details);
    m_detailsView->setUniformRowHeights(true);
    m_bytesView = new BytesView(m_lowerSplitter);
    m_bytesView->setObjectName(QStringLiteral("bytesView"));
    m_mainSplitter->setStretchFactor(0, 3);
    m_mainSplitter->setStretchFactor(1, 2);
    // The hex dump has a natural width (16 bytes a line); every spare pixel
    // goes to the details, whose values are long.
    m_lowerSplitter->setStretchFactor(0, 1);
    m_lowerSplitter->setStretchFactor(1, 0);
    layout->addWidget(m_mainSplitter);
    m_stack->addWidget(inspector);
    setCentralWidget(m_stack);
    connect(m_detailsView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &MainWindow::onDetailClicked);

    auto *dock = new QDockWidget(tr("LSN progress"), this);
    dock->setObjectName(QStringLiteral("lsnDock"));
    m_lsnPanel = new LsnPanel(dock);
    m_lsnPanel->setObjectName(QStringLiteral("lsnPanel"));
    dock->setWidget(m_lsnPanel);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    resizeDocks({dock}, {340}, Qt::Horizontal);
    menuBar()->actions().at(2)->menu()->addAction(dock->toggleViewAction());
}

void MainWindow::createStatusBar()
{
    auto add = [this](const char *name) {
        auto *l = new QLabel(this);
        l->setObjectName(QLatin1String(name));
        statusBar()->addPermanentWidget(l);
        return l;
    };
    m_stateLabel = new QLabel(tr("Not connected"), this);
    m_stateLabel->setObjectName(QStringLiteral("stateLabel"));
    statusBar()->addWidget(m_stateLabel);
    m_serverLabel = add("serverLabel");
    m_slotLabel = add("slotLabel");
    m_tlsLabel = add("tlsLabel");
    m_authLabel = add("authLabel");
    m_ackLabel = add("ackLabel");
    for (QLabel *l : {m_serverLabel, m_slotLabel, m_tlsLabel, m_authLabel})
        l->hide();
    setAckModeText(tr("manual"));
}

void MainWindow::setEventModel(EventListModel *model)
{
    m_model = model;
    auto *proxy = new EventFilterProxy(this);
    proxy->setSourceModel(model);
    m_proxy = proxy;
    m_flat = new TreeFlattener(this);
    m_flat->setSourceModel(proxy);
    m_eventView->setModel(m_flat);
    QHeaderView *h = m_eventView->horizontalHeader();
    h->setStretchLastSection(false);
    h->resizeSection(EventListModel::NumberColumn, 96); // five digits, indented, and the mark
    h->resizeSection(EventListModel::TimeColumn, 95);
    h->resizeSection(EventListModel::LsnColumn, 95);
    h->resizeSection(EventListModel::KindColumn, 170);
    h->resizeSection(EventListModel::XidColumn, 60);
    h->resizeSection(EventListModel::RelationColumn, 150);
    h->resizeSection(EventListModel::SummaryColumn, 420);
    h->setSectionResizeMode(EventListModel::SummaryColumn, QHeaderView::Stretch);
    h->resizeSection(EventListModel::SizeColumn, 60);
    h->restoreState(QSettings().value(QStringLiteral("window/eventColumns")).toByteArray());
    // A new filter rebuilds the rows: the current row is found again after.
    connect(m_actions.hideKeepalives, &QAction::toggled, proxy, [this, proxy](bool hide) {
        const qsizetype kept = selectedEvent();
        proxy->setHideKeepalives(hide);
        if (kept >= 0)
            selectEvent(kept);
    });
    connect(m_filterBar, &FilterBar::specChanged, proxy, [this, proxy](const EventFilterSpec &spec) {
        m_keptEvent = selectedEvent();
        proxy->setSpec(spec);
    });
    connect(proxy, &EventFilterProxy::filteringFinished, this, [this] {
        if (m_keptEvent >= 0)
            selectEvent(m_keptEvent);
    });
    connect(proxy, &EventFilterProxy::progressChanged, m_filterBar, &FilterBar::setProgress);
    connect(m_eventView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &MainWindow::onCurrentChanged);
    // Follow the live tail until the user scrolls up or picks a row; End
    // brings it back.
    connect(model, &EventListModel::rowsAppended, this, [this] {
        if (m_stack->currentIndex() == 0)
            m_stack->setCurrentIndex(1);
        if (m_actions.followTail->isChecked())
            m_eventView->scrollToBottom();
    });
    connect(m_eventView->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (value < m_eventView->verticalScrollBar()->maximum()
            && m_eventView->verticalScrollBar()->isSliderDown())
            m_actions.followTail->setChecked(false);
    });
    connect(
        m_eventView, &QAbstractItemView::pressed, this, [this] { m_actions.followTail->setChecked(false); });
    connect(m_actions.followTail, &QAction::toggled, this, [this](bool on) {
        if (on)
            m_eventView->scrollToBottom();
    });
    connect(model, &QAbstractItemModel::modelReset, this,
        [this] { m_stack->setCurrentIndex(m_model->rowCount() ? 1 : 0); });
    // A reset (a new file or session) or a filter that hides the current row
    // drops it without a currentChanged.
    connect(m_flat, &QAbstractItemModel::modelReset, this, &MainWindow::refreshDetailsIfMoved);
    connect(m_flat, &QAbstractItemModel::layoutChanged, this, &MainWindow::refreshDetailsIfMoved);
}

qsizetype MainWindow::selectedEvent() const
{
    const QModelIndex idx = m_proxy
        ? m_proxy->mapToSource(m_eventView->sourceIndex(m_eventView->currentIndex()))
        : QModelIndex();
    return m_model ? m_model->eventAt(idx) : -1;
}

int MainWindow::selectedGroup() const
{
    const QModelIndex idx = m_proxy
        ? m_proxy->mapToSource(m_eventView->sourceIndex(m_eventView->currentIndex()))
        : QModelIndex();
    return m_model ? m_model->groupAt(idx) : -1;
}

void MainWindow::toggleMark()
{
    if (!m_model || !m_proxy)
        return;
    const QModelIndexList rows = m_eventView->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        m_model->toggleMark(m_proxy->mapToSource(m_eventView->sourceIndex(row)));
}

void MainWindow::goToMark(bool forward)
{
    if (!m_model)
        return;
    const std::vector<quint32> marked = m_model->markedEvents();
    if (marked.empty()) {
        showMessage(tr("No marks: mark rows with Ctrl+M."));
        return;
    }
    qsizetype from = selectedEvent();
    if (from < 0) {
        const int group = selectedGroup();
        const TransactionIndex *index = m_model->transactionIndex();
        if (group >= 0 && group < index->groupCount() && !index->group(group).events.empty())
            from = forward ? qsizetype(index->group(group).events.back())
                           : qsizetype(index->group(group).events.front());
    }
    // Wraps around at either end, as a search does.
    qsizetype target = -1;
    if (forward) {
        const auto it
            = from < 0 ? marked.begin() : std::upper_bound(marked.begin(), marked.end(), quint32(from));
        target = qsizetype(it != marked.end() ? *it : marked.front());
    } else {
        const auto it
            = from < 0 ? marked.end() : std::lower_bound(marked.begin(), marked.end(), quint32(from));
        target = qsizetype(it != marked.begin() ? *std::prev(it) : marked.back());
    }
    selectEvent(target);
}

std::vector<quint32> MainWindow::selectedEvents() const
{
    std::vector<quint32> events;
    if (!m_model || !m_proxy)
        return events;
    const TransactionIndex *index = m_model->transactionIndex();
    for (const QModelIndex &row : m_eventView->selectionModel()->selectedRows()) {
        const QModelIndex source = m_proxy->mapToSource(m_eventView->sourceIndex(row));
        const qsizetype event = m_model->eventAt(source);
        if (event >= 0) {
            events.push_back(quint32(event));
            continue;
        }
        const int group = m_model->groupAt(source);
        if (group >= 0 && group < index->groupCount())
            events.insert(events.end(), index->group(group).events.begin(), index->group(group).events.end());
    }
    std::sort(events.begin(), events.end());
    events.erase(std::unique(events.begin(), events.end()), events.end());
    return events;
}

std::vector<quint32> MainWindow::visibleEvents() const
{
    std::vector<quint32> events;
    if (!m_model || !m_proxy)
        return events;
    const int rows = m_proxy->rowCount();
    for (int r = 0; r < rows; ++r) {
        const QModelIndex top = m_proxy->index(r, 0);
        const int children = m_proxy->rowCount(top);
        if (children == 0) {
            const qsizetype event = m_model->eventAt(m_proxy->mapToSource(top));
            if (event >= 0)
                events.push_back(quint32(event));
            continue;
        }
        for (int c = 0; c < children; ++c) {
            const qsizetype event = m_model->eventAt(m_proxy->mapToSource(m_proxy->index(c, 0, top)));
            if (event >= 0)
                events.push_back(quint32(event));
        }
    }
    std::sort(events.begin(), events.end());
    return events;
}

void MainWindow::selectEvent(qsizetype event)
{
    const QModelIndex idx = m_eventView->showSource(m_proxy->mapFromSource(m_model->indexForEvent(event)));
    if (!idx.isValid())
        return;
    m_actions.followTail->setChecked(false);
    m_eventView->scrollTo(idx);
    m_eventView->setCurrentIndex(idx);
}

void MainWindow::selectGroup(int group)
{
    const QModelIndex idx = m_eventView->showSource(m_proxy->mapFromSource(m_model->indexForGroup(group)));
    if (!idx.isValid())
        return;
    m_actions.followTail->setChecked(false);
    m_eventView->scrollTo(idx);
    m_eventView->setCurrentIndex(idx);
}

void MainWindow::onCurrentChanged()
{
    const qsizetype event = selectedEvent();
    const int group = selectedGroup();
    if (event >= 0) {
        DetailsBuilder::build(
            m_details, *m_model->store(), *m_model->transactionIndex(), event, m_model->valueContext());
        m_bytesView->setData(m_model->store()->payload(event).toByteArray());
    } else if (group >= 0) {
        DetailsBuilder::buildGroup(m_details, *m_model->transactionIndex(), group);
        m_bytesView->setData({});
    } else {
        // No current row: the panes must not go on showing one that is gone.
        m_details->clear();
        m_bytesView->setData({});
    }
    m_shownEvent = event;
    m_shownGroup = group;
    m_detailsView->expandAll();
    // Field and type as wide as they need, the value takes the rest (the
    // model's columns, and so their modes, are new after every build).
    QHeaderView *h = m_detailsView->header();
    h->setStretchLastSection(false);
    if (h->count() == 3) {
        h->setSectionResizeMode(1, QHeaderView::Stretch);
        m_detailsView->resizeColumnToContents(0);
        m_detailsView->resizeColumnToContents(2);
        // Long field or type names must not squeeze the values out; their
        // full text is in the tooltip.
        h->resizeSection(0, std::min(h->sectionSize(0), 220));
        h->resizeSection(2, std::min(h->sectionSize(2), 150));
    }
    emit selectedEventChanged(event, group);
}

void MainWindow::refreshDetailsIfMoved()
{
    if (selectedEvent() != m_shownEvent || selectedGroup() != m_shownGroup)
        onCurrentChanged();
}

void MainWindow::onDetailClicked()
{
    const QModelIndex idx = m_detailsView->currentIndex();
    const QVariant offset = idx.data(DetailsBuilder::OffsetRole);
    if (offset.isValid())
        m_bytesView->setHighlight(offset.toLongLong(), idx.data(DetailsBuilder::LengthRole).toLongLong());
    else
        m_bytesView->clearHighlight();
}

void MainWindow::setConnectionState(const QString &text)
{
    m_stateLabel->setText(text);
}

void MainWindow::setServerInfo(const QString &version, const QString &systemId)
{
    m_serverLabel->setText(version.isEmpty() ? QString() : tr("PostgreSQL %1").arg(version));
    m_serverLabel->setToolTip(tr("System identifier %1").arg(systemId));
    m_serverLabel->setVisible(!version.isEmpty());
}

void MainWindow::setSlotInfo(const QString &slot, bool temporaryCopy)
{
    m_slotLabel->setText(temporaryCopy ? tr("Slot %1 (temporary copy)").arg(slot) : tr("Slot %1").arg(slot));
    m_slotLabel->setToolTip(temporaryCopy
            ? tr("Streaming from a temporary copy: acknowledging moves only the copy, "
                 "the original slot is left untouched.")
            : QString());
    m_slotLabel->setVisible(!slot.isEmpty());
    setWindowTitle(
        slot.isEmpty() ? tr("pgrepl-inspector") : tr("%1 — pgrepl-inspector").arg(m_slotLabel->text()));
}

void MainWindow::setTlsInfo(bool active, const QString &tooltip)
{
    m_tlsLabel->setText(active ? tr("TLS") : tr("No TLS"));
    m_tlsLabel->setStyleSheet(
        active ? QStringLiteral("color: #1b7f3b; font-weight: bold;") : QStringLiteral("color: #b00020;"));
    m_tlsLabel->setToolTip(tooltip);
    m_tlsLabel->show();
}

void MainWindow::setAuthMethod(const QString &method)
{
    m_authLabel->setText(tr("Auth: %1").arg(method));
    m_authLabel->setVisible(!method.isEmpty());
}

void MainWindow::setAckModeText(const QString &text)
{
    m_ackLabel->setText(tr("Ack: %1").arg(text));
}

void MainWindow::showMessage(const QString &text, int timeoutMs)
{
    statusBar()->showMessage(text, timeoutMs);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About pgrepl-inspector"),
        tr("<h3>pgrepl-inspector %1</h3>"
           "<p>An inspector for PostgreSQL logical replication slots.</p>")
            .arg(QLatin1String(kVersion)));
}

void MainWindow::createLanguageMenu(QMenu *menu)
{
    // Names in their own language, so a user lost in a foreign UI finds theirs.
    const QList<QPair<QString, QString>> languages = {
        {QString(), tr("System default")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
    };
    const QString current = QSettings().value(QStringLiteral("ui/language")).toString();
    auto *group = new QActionGroup(menu);
    for (const auto &[code, name] : languages) {
        QAction *a = menu->addAction(name);
        a->setObjectName(
            QStringLiteral("actionLanguage_%1").arg(code.isEmpty() ? QStringLiteral("system") : code));
        a->setCheckable(true);
        a->setChecked(code == current);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] {
            QSettings().setValue(QStringLiteral("ui/language"), code);
            showMessage(tr("The language changes the next time pgrepl-inspector starts."), 10000);
        });
    }
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_mainSplitter->restoreState(settings.value(QStringLiteral("window/mainSplitter")).toByteArray());
    m_lowerSplitter->restoreState(settings.value(QStringLiteral("window/lowerSplitter")).toByteArray());
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("window/lowerSplitter"), m_lowerSplitter->saveState());
    if (m_eventView->model())
        settings.setValue(
            QStringLiteral("window/eventColumns"), m_eventView->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

} // namespace pgrepl::ui
