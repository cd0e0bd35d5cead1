#pragma once

#include <QMainWindow>

class QLabel;

namespace pgrepl::ui {

// The inspector's top-level window: menus, toolbar and the panes. It wires
// views to models handed in from outside and owns no protocol logic.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

private:
    void createActions();
    void showAbout();

    QLabel *m_connectionLabel = nullptr;
};

} // namespace pgrepl::ui
