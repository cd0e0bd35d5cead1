// The filter bar: what each field puts in the spec, fields that do not
// parse (red, a tooltip saying why, nothing emitted), clearing, progress.
#include "NamedChild.h"
#include "panes/FilterBar.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QtTest>

using namespace pgrepl;
using pgrepl::test::namedChild;
using pgrepl::ui::FilterBar;

class TestFilterBar : public QObject
{
    Q_OBJECT

private slots:
    void fieldsMakeTheSpec()
    {
        FilterBar bar;
        QSignalSpy spy(&bar, &FilterBar::specChanged);
        namedChild<QLineEdit>(bar, "filterTable")->setText(QStringLiteral(" public.accounts "));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.last().at(0).value<EventFilterSpec>().table, QStringLiteral("public.accounts"));
        namedChild<QCheckBox>(bar, "filterTableExact")->setChecked(true);
        namedChild<QToolButton>(bar, "filterOpInsert")->setChecked(true);
        namedChild<QToolButton>(bar, "filterOpKeepalive")->setChecked(true);
        namedChild<QLineEdit>(bar, "filterXid")->setText(QStringLiteral("4294967295"));
        namedChild<QLineEdit>(bar, "filterLsnFrom")->setText(QStringLiteral("0/16B3748"));
        namedChild<QLineEdit>(bar, "filterLsnTo")->setText(QStringLiteral("1/0"));
        namedChild<QLineEdit>(bar, "filterText")->setText(QStringLiteral("O'Reilly"));
        namedChild<QCheckBox>(bar, "filterMarkedOnly")->setChecked(true);
        QCOMPARE(spy.size(), 9);
        const EventFilterSpec spec = spy.last().at(0).value<EventFilterSpec>();
        QCOMPARE(spec, bar.spec());
        QVERIFY(spec.tableExact);
        QCOMPARE(spec.operations, quint8(EventFilterSpec::Insert | EventFilterSpec::Keepalive));
        QCOMPARE(spec.xid, std::optional<std::uint32_t>(4294967295u));
        QCOMPARE(spec.lsnFrom, std::optional<Lsn>(Lsn(0x16B3748)));
        QCOMPARE(spec.lsnTo, std::optional<Lsn>(Lsn(Q_UINT64_C(0x100000000))));
        QCOMPARE(spec.text, QStringLiteral("O'Reilly"));
        QVERIFY(spec.markedOnly);
        QVERIFY(!bar.hasErrors());

        // Clear: one empty spec.
        spy.clear();
        namedChild<QToolButton>(bar, "filterClear")->click();
        QCOMPARE(spy.size(), 1);
        QVERIFY(spy.last().at(0).value<EventFilterSpec>().isEmpty());
        QVERIFY(namedChild<QLineEdit>(bar, "filterText")->text().isEmpty());
        QVERIFY(!namedChild<QToolButton>(bar, "filterOpInsert")->isChecked());

        // setSpec fills the fields and emits once.
        bar.setSpec(spec);
        QCOMPARE(spy.size(), 2);
        QCOMPARE(bar.spec(), spec);
        QCOMPARE(namedChild<QLineEdit>(bar, "filterLsnTo")->text(), QStringLiteral("1/0"));
        bar.setSpec(spec);
        QCOMPARE(spy.size(), 2); // nothing changed
    }

    void badInputIsFlagged_data()
    {
        QTest::addColumn<QByteArray>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("why"); // a word the tooltip must hold
        QTest::newRow("LSN with no slash")
            << QByteArray("filterLsnFrom") << QStringLiteral("16B3748") << QStringLiteral("X/Y");
        QTest::newRow("LSN not hex") << QByteArray("filterLsnTo") << QStringLiteral("0/XYZ")
                                     << QStringLiteral("LSN");
        QTest::newRow("xid not a number")
            << QByteArray("filterXid") << QStringLiteral("12a") << QStringLiteral("12a");
        QTest::newRow("xid too big") << QByteArray("filterXid") << QStringLiteral("4294967296")
                                     << QStringLiteral("4294967295");
        QTest::newRow("xid negative")
            << QByteArray("filterXid") << QStringLiteral("-1") << QStringLiteral("whole number");
    }

    void badInputIsFlagged()
    {
        QFETCH(QByteArray, field);
        QFETCH(QString, text);
        QFETCH(QString, why);
        FilterBar bar;
        QSignalSpy spy(&bar, &FilterBar::specChanged);
        QLineEdit *edit = namedChild<QLineEdit>(bar, field.constData());
        const QString normalTip = edit->toolTip();
        edit->setText(text);
        QVERIFY(bar.hasErrors());
        QVERIFY(edit->property("invalid").toBool());
        QVERIFY2(edit->toolTip().contains(why), qPrintable(edit->toolTip()));
        QVERIFY(!edit->styleSheet().isEmpty());
        QCOMPARE(spy.size(), 0);
        // The list keeps the last filter that parsed, and the bar says so.
        QLabel *notApplied = namedChild<QLabel>(bar, "filterNotApplied");
        QVERIFY(!notApplied->isHidden());
        // Other fields still edit, but nothing is emitted while one is bad.
        namedChild<QLineEdit>(bar, "filterText")->setText(QStringLiteral("x"));
        QCOMPARE(spy.size(), 0);
        edit->clear();
        QVERIFY(!bar.hasErrors());
        QCOMPARE(edit->toolTip(), normalTip);
        QVERIFY(edit->styleSheet().isEmpty());
        QVERIFY(notApplied->isHidden());
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.last().at(0).value<EventFilterSpec>().text, QStringLiteral("x"));
    }

    void rangeTheWrongWayRound()
    {
        FilterBar bar;
        QSignalSpy spy(&bar, &FilterBar::specChanged);
        namedChild<QLineEdit>(bar, "filterLsnFrom")->setText(QStringLiteral("0/2000"));
        namedChild<QLineEdit>(bar, "filterLsnTo")->setText(QStringLiteral("0/1000"));
        QCOMPARE(spy.size(), 1);
        QVERIFY(bar.hasErrors());
        QVERIFY(namedChild<QLineEdit>(bar, "filterLsnTo")->toolTip().contains(QStringLiteral("before")));
        namedChild<QLineEdit>(bar, "filterLsnTo")->setText(QStringLiteral("0/2000"));
        QVERIFY(!bar.hasErrors());
        QCOMPARE(spy.size(), 2);
        QCOMPARE(bar.spec().lsnTo, std::optional<Lsn>(Lsn(0x2000)));
    }

    // The bar's minimum width is the main window's: it must leave room for
    // the LSN dock on a 1440-pixel screen, with longer (translated) labels too.
    void narrowEnough()
    {
        FilterBar bar;
        bar.show();
        QVERIFY2(
            bar.minimumSizeHint().width() < 850, qPrintable(QString::number(bar.minimumSizeHint().width())));
    }

    void progress()
    {
        FilterBar bar;
        bar.show();
        QLabel *label = namedChild<QLabel>(bar, "filterProgress");
        QVERIFY(!label->isVisible());
        bar.setProgress(43);
        QVERIFY(label->isVisible());
        QVERIFY2(label->text().contains(QStringLiteral("43%")), qPrintable(label->text()));
        bar.setProgress(100);
        QVERIFY(!label->isVisible());
    }
};

QTEST_MAIN(TestFilterBar)
#include "tst_filterbar.moc"
