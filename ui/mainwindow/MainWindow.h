#pragma once

#include <QMainWindow>

#include <vector>

class QAction;
class QActionGroup;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QStackedWidget;
class QStandardItemModel;

namespace pgrepl::ui {

class BytesView;
class EventFilterProxy;
class EventListModel;
class EventTableView;
class FilterBar;
class LsnPanel;
class PlaceholderTreeView;
class TreeFlattener;

// The inspector's top-level window: the event list, details and bytes panes,
// the LSN panel, menus, toolbar and status bar. It shows what it is given and
// reports what the user asks for through its actions; the wiring to the
// session and to files lives in the application.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // The actions, for the application to connect.
    struct Actions
    {
        QAction *connect = nullptr;
        QAction *disconnect = nullptr;
        QAction *pause = nullptr; // checkable
        QAction *step = nullptr;
        QAction *acknowledge = nullptr;
        QAction *ackManual = nullptr;
        QAction *ackAuto = nullptr;
        QAction *ackNever = nullptr;
        QAction *openCapture = nullptr;
        QAction *saveCapture = nullptr;
        QAction *hideKeepalives = nullptr; // checkable
        QAction *followTail = nullptr; // checkable
        QAction *goTo = nullptr;
        QAction *reconnect = nullptr;
        QAction *heartbeat = nullptr;
        QAction *slotManager = nullptr;
        QAction *exportEvents = nullptr;
        QAction *toggleMark = nullptr;
        QAction *nextMark = nullptr;
        QAction *previousMark = nullptr;
        QAction *quit = nullptr;
    };
    const Actions &actions() const { return m_actions; }

    void setEventModel(EventListModel *model);
    EventListModel *eventModel() const { return m_model; }
    EventTableView *eventView() const { return m_eventView; }
    // The rows the filter keeps, as a tree (the view shows them flattened).
    EventFilterProxy *filterProxy() const { return m_proxy; }
    FilterBar *filterBar() const { return m_filterBar; }
    LsnPanel *lsnPanel() const { return m_lsnPanel; }

    // The selected row: its event (-1 for a transaction row) and group.
    qsizetype selectedEvent() const;
    int selectedGroup() const;
    // Every event of the selected rows (a transaction row: all its events),
    // and of the rows the filter lets through, in store order.
    std::vector<quint32> selectedEvents() const;
    std::vector<quint32> visibleEvents() const;
    void selectEvent(qsizetype event);
    void selectGroup(int group);

    // Status bar fields; empty strings hide them.
    void setConnectionState(const QString &text);
    void setServerInfo(const QString &version, const QString &systemId);
    void setSlotInfo(const QString &slot, bool temporaryCopy);
    void setTlsInfo(bool active, const QString &tooltip);
    void setAuthMethod(const QString &method);
    void setAckModeText(const QString &text);
    void showMessage(const QString &text, int timeoutMs = 6000);

signals:
    void selectedEventChanged(qsizetype event, int group);

private:
    void createActions();
    void createPanes();
    void createStatusBar();
    void onCurrentChanged();
    // Shows the current row again where a reset or a new layout of the list
    // changed it without telling.
    void refreshDetailsIfMoved();
    void onDetailClicked();
    void toggleMark();
    void goToMark(bool forward);
    void showAbout();
    void createLanguageMenu(QMenu *menu);
    void restoreLayout();
    void saveLayout();
    void closeEvent(QCloseEvent *event) override;

    Actions m_actions;
    EventListModel *m_model = nullptr;
    EventFilterProxy *m_proxy = nullptr;
    QStackedWidget *m_stack = nullptr;
    TreeFlattener *m_flat = nullptr;
    EventTableView *m_eventView = nullptr;
    PlaceholderTreeView *m_detailsView = nullptr;
    QStandardItemModel *m_details = nullptr;
    BytesView *m_bytesView = nullptr;
    LsnPanel *m_lsnPanel = nullptr;
    FilterBar *m_filterBar = nullptr;
    qsizetype m_keptEvent = -1; // the current row while a filter runs
    // The event or transaction the details and bytes panes show (-1: none).
    qsizetype m_shownEvent = -1;
    int m_shownGroup = -1;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_lowerSplitter = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_serverLabel = nullptr;
    QLabel *m_slotLabel = nullptr;
    QLabel *m_tlsLabel = nullptr;
    QLabel *m_authLabel = nullptr;
    QLabel *m_ackLabel = nullptr;
};

} // namespace pgrepl::ui
