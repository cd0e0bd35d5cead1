#include "panes/FilterBar.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace pgrepl::ui {

namespace {
const char *const kInvalid = "invalid";
} // namespace

FilterBar::FilterBar(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // The bar's minimum is the main window's: with longer labels (German) a
    // generous one pushed the window past a 1440-pixel screen. The minimums
    // keep an LSN (0/1D87B38) and a table name readable.
    layout->setSpacing(4);
    auto edit
        = [&](const char *name, const QString &placeholder, const QString &tip, int minimumWidth, int width) {
              auto *e = new QLineEdit(this);
              e->setObjectName(QLatin1String(name));
              e->setPlaceholderText(placeholder);
              e->setToolTip(tip);
              e->setProperty("defaultToolTip", tip);
              e->setClearButtonEnabled(true);
              // Fields keep a usable width when the window is narrow; the text
              // field (no maximum) takes what is left.
              e->setMinimumWidth(minimumWidth);
              if (width > 0)
                  e->setMaximumWidth(width);
              connect(e, &QLineEdit::textChanged, this, &FilterBar::edited);
              return e;
          };

    m_table
        = edit("filterTable", tr("schema.table"), tr("Changes to tables whose name contains this"), 90, 180);
    layout->addWidget(m_table);
    m_tableExact = new QCheckBox(tr("Exact"), this);
    m_tableExact->setObjectName(QStringLiteral("filterTableExact"));
    m_tableExact->setToolTip(tr("The whole name, case-sensitive: schema.table, or the table alone"));
    connect(m_tableExact, &QCheckBox::toggled, this, &FilterBar::edited);
    layout->addWidget(m_tableExact);

    // One letter each, as pgoutput tags them, so the bar fits a laptop
    // screen; the tooltip names the operation.
    const std::array<QString, kOperations> opNames {
        tr("Insert"), tr("Update"), tr("Delete"), tr("Truncate"), tr("Message"), tr("Keepalive")};
    const std::array<QString, kOperations> opLetters {tr("I", "Insert"), tr("U", "Update"), tr("D", "Delete"),
        tr("T", "Truncate"), tr("M", "Message"), tr("K", "Keepalive")};
    const std::array<const char *, kOperations> opObjects {"filterOpInsert", "filterOpUpdate",
        "filterOpDelete", "filterOpTruncate", "filterOpMessage", "filterOpKeepalive"};
    for (int i = 0; i < kOperations; ++i) {
        auto *b = new QToolButton(this);
        b->setObjectName(QLatin1String(opObjects[std::size_t(i)]));
        b->setText(opLetters[std::size_t(i)]);
        b->setCheckable(true);
        b->setAutoRaise(true);
        b->setToolTip(
            tr("%1: show only the operations switched on (none: all)").arg(opNames[std::size_t(i)]));
        connect(b, &QToolButton::toggled, this, &FilterBar::edited);
        layout->addWidget(b);
        m_ops[std::size_t(i)] = b;
    }

    m_xid = edit("filterXid", tr("xid"), tr("Events of the transaction with this xid"), 55, 90);
    layout->addWidget(m_xid);
    m_lsnFrom = edit("filterLsnFrom", tr("LSN from"), tr("Events at or after this LSN (X/Y)"), 70, 110);
    layout->addWidget(m_lsnFrom);
    m_lsnTo = edit("filterLsnTo", tr("LSN to"), tr("Events at or before this LSN (X/Y)"), 70, 110);
    layout->addWidget(m_lsnTo);
    m_text = edit("filterText", tr("Text in values"),
        tr("Changes with a column value containing this text (any case), messages whose prefix or content "
           "contains it, notices"),
        80, 0);
    layout->addWidget(m_text, 1);

    m_markedOnly = new QCheckBox(tr("Marked only"), this);
    m_markedOnly->setObjectName(QStringLiteral("filterMarkedOnly"));
    m_markedOnly->setToolTip(tr("Only the rows marked with Ctrl+M"));
    connect(m_markedOnly, &QCheckBox::toggled, this, &FilterBar::edited);
    layout->addWidget(m_markedOnly);

    m_clear = new QToolButton(this);
    m_clear->setObjectName(QStringLiteral("filterClear"));
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Show every event"));
    connect(m_clear, &QToolButton::clicked, this, &FilterBar::clear);
    layout->addWidget(m_clear);

    // While a field does not parse the list keeps the last filter that did;
    // without a word here the stale list reads as the answer to what is typed.
    m_notApplied = new QLabel(tr("Not applied"), this);
    m_notApplied->setObjectName(QStringLiteral("filterNotApplied"));
    m_notApplied->setToolTip(
        tr("A field in red does not parse: the list still shows the last filter that did"));
    m_notApplied->setStyleSheet(QStringLiteral("QLabel { color: #b00020; font-weight: bold; }"));
    m_notApplied->hide();
    layout->addWidget(m_notApplied);

    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("filterProgress"));
    m_progress->hide();
    layout->addWidget(m_progress);
}

bool FilterBar::hasErrors() const
{
    for (const QLineEdit *e : {m_table, m_xid, m_lsnFrom, m_lsnTo, m_text})
        if (e->property(kInvalid).toBool())
            return true;
    return false;
}

void FilterBar::flag(QLineEdit *edit, const QString &error)
{
    const bool bad = !error.isEmpty();
    if (edit->property(kInvalid).toBool() == bad && (!bad || edit->toolTip() == error))
        return;
    edit->setProperty(kInvalid, bad);
    edit->setToolTip(bad ? error : edit->property("defaultToolTip").toString());
    edit->setStyleSheet(bad ? QStringLiteral("QLineEdit { background: #ffd0d0; }") : QString());
}

void FilterBar::edited()
{
    if (m_filling)
        return;
    EventFilterSpec spec;
    spec.table = m_table->text().trimmed();
    spec.tableExact = m_tableExact->isChecked();
    for (int i = 0; i < kOperations; ++i)
        if (m_ops[std::size_t(i)]->isChecked())
            spec.operations |= quint8(1u << i);
    spec.text = m_text->text();
    spec.markedOnly = m_markedOnly->isChecked();

    bool ok = true;
    const QString xidText = m_xid->text().trimmed();
    if (!xidText.isEmpty()) {
        bool isNumber = false;
        const qulonglong xid = xidText.toULongLong(&isNumber);
        if (!isNumber || xid > 0xFFFFFFFFull) {
            flag(m_xid, tr("An xid is a whole number from 0 to 4294967295; \"%1\" is not one").arg(xidText));
            ok = false;
        } else {
            flag(m_xid, {});
            spec.xid = std::uint32_t(xid);
        }
    } else {
        flag(m_xid, {});
    }
    auto lsnField = [&](QLineEdit *edit, std::optional<Lsn> &out) {
        const QString text = edit->text().trimmed();
        if (text.isEmpty()) {
            flag(edit, {});
            return;
        }
        QString error;
        out = Lsn::parse(text, &error);
        if (!out) {
            flag(edit, tr("Not an LSN (X/Y, two hex numbers): %1").arg(error));
            ok = false;
        } else {
            flag(edit, {});
        }
    };
    lsnField(m_lsnFrom, spec.lsnFrom);
    lsnField(m_lsnTo, spec.lsnTo);
    if (spec.lsnFrom && spec.lsnTo && *spec.lsnTo < *spec.lsnFrom) {
        flag(m_lsnTo,
            tr("The end %1 is before the start %2").arg(spec.lsnTo->toString(), spec.lsnFrom->toString()));
        ok = false;
    }
    m_notApplied->setVisible(!ok);
    if (!ok || spec == m_spec)
        return;
    m_spec = spec;
    emit specChanged(m_spec);
}

void FilterBar::setSpec(const EventFilterSpec &spec)
{
    m_filling = true;
    m_table->setText(spec.table);
    m_tableExact->setChecked(spec.tableExact);
    for (int i = 0; i < kOperations; ++i)
        m_ops[std::size_t(i)]->setChecked(spec.operations & (1u << i));
    m_xid->setText(spec.xid ? QString::number(*spec.xid) : QString());
    m_lsnFrom->setText(spec.lsnFrom ? spec.lsnFrom->toString() : QString());
    m_lsnTo->setText(spec.lsnTo ? spec.lsnTo->toString() : QString());
    m_text->setText(spec.text);
    m_markedOnly->setChecked(spec.markedOnly);
    m_filling = false;
    edited();
}

void FilterBar::clear()
{
    setSpec({});
}

void FilterBar::setProgress(int percent)
{
    if (percent >= 100) {
        m_progress->hide();
        return;
    }
    m_progress->setText(tr("Filtering… %1%").arg(percent));
    m_progress->show();
}

} // namespace pgrepl::ui
