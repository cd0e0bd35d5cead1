#include "UiResources.h"
#include "mainwindow/MainWindow.h"

#include <QAction>
#include <QtTest>

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { pgrepl::ui::initResources(); }

    void showsAndCloses()
    {
        pgrepl::ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("pgrepl-inspector"));
        // The icon comes from the embedded resources of the static library.
        QVERIFY(!window.windowIcon().isNull());
        QVERIFY(window.findChild<QAction *>(QStringLiteral("actionQuit")));
        QVERIFY(window.close());
        QVERIFY(!window.isVisible());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
