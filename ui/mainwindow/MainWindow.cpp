#include "mainwindow/MainWindow.h"

#include "pgrepl/Version.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QVBoxLayout>

namespace pgrepl::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("pgrepl-inspector"));
    setWindowIcon(QIcon(QStringLiteral(":/pgrepl/icons/pgrepl-inspector.svg")));

    auto *welcome = new QWidget(this);
    welcome->setObjectName(QStringLiteral("welcomePage"));
    auto *layout = new QVBoxLayout(welcome);
    layout->addStretch(2);
    auto *icon = new QLabel(welcome);
    icon->setPixmap(windowIcon().pixmap(96, 96));
    icon->setAlignment(Qt::AlignCenter);
    layout->addWidget(icon);
    auto *title = new QLabel(tr("pgrepl-inspector"), welcome);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);
    auto *blurb = new QLabel(tr("Inspect PostgreSQL logical replication slots: every pgoutput message, "
                                "transaction and keepalive, with names and types on every column."),
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
    setCentralWidget(welcome);

    createActions();

    m_connectionLabel = new QLabel(tr("Not connected"), this);
    statusBar()->addWidget(m_connectionLabel);
    resize(1100, 720);
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("actionQuit"));

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About pgrepl-inspector"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About pgrepl-inspector"),
        tr("<h3>pgrepl-inspector %1</h3>"
           "<p>An inspector for PostgreSQL logical replication slots.</p>")
            .arg(QLatin1String(kVersion)));
}

} // namespace pgrepl::ui
