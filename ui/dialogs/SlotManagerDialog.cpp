#include "dialogs/SlotManagerDialog.h"

#include "models/SlotTableModel.h"
#include "panes/Format.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <limits>

namespace pgrepl::ui {

namespace {

const QLatin1String kErrorStyle("color: #b00020;");

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(label), esc(value));
}

QString lag(const std::optional<double> &seconds)
{
    if (!seconds)
        return SlotManagerDialog::tr("none reported");
    if (*seconds < 1.0)
        return SlotManagerDialog::tr("%1 ms").arg(static_cast<qint64>(*seconds * 1000.0));
    return formatDuration(static_cast<qint64>(*seconds));
}

QString lsnText(Lsn lsn)
{
    return lsn.isValid() ? lsn.toString() : SlotManagerDialog::tr("none");
}

// A consumer position with how far it trails what the server has sent: the
// gap between sent and flushed is what the consumer has not confirmed yet.
QString consumerLsnText(Lsn lsn, Lsn sent)
{
    if (!lsn.isValid() || !sent.isValid() || !(lsn < sent))
        return lsnText(lsn);
    return SlotManagerDialog::tr("%1 (%2 behind sent)")
        .arg(lsn.toString(),
            formatBytes(static_cast<qint64>(std::min<std::uint64_t>(
                sent.bytesAfter(lsn), static_cast<std::uint64_t>(std::numeric_limits<qint64>::max())))));
}

QString holderKind(XminHolder::Kind kind)
{
    switch (kind) {
    case XminHolder::Kind::Transaction:
        return SlotManagerDialog::tr("Transaction");
    case XminHolder::Kind::PreparedTransaction:
        return SlotManagerDialog::tr("Prepared transaction");
    case XminHolder::Kind::Slot:
        return SlotManagerDialog::tr("Slot");
    case XminHolder::Kind::StandbyFeedback:
        return SlotManagerDialog::tr("Standby feedback");
    }
    return {};
}

QString severityLabel(SlotFinding::Severity severity)
{
    switch (severity) {
    case SlotFinding::Severity::Critical:
        return QStringLiteral("<b style=\"color:#b00020\">%1</b>")
            .arg(esc(SlotManagerDialog::tr("Critical")));
    case SlotFinding::Severity::Warning:
        return QStringLiteral("<b style=\"color:#9a6700\">%1</b>").arg(esc(SlotManagerDialog::tr("Warning")));
    case SlotFinding::Severity::Info:
        break;
    }
    return QStringLiteral("<b>%1</b>").arg(esc(SlotManagerDialog::tr("Info")));
}

// tr() takes the count for the plural form as an int; the counters are 64-bit.
int pluralCount(qint64 n)
{
    return static_cast<int>(std::clamp<qint64>(n, 0, std::numeric_limits<int>::max()));
}

// An active slot whose holder is not a walsender: one whole sentence per
// case, so that translators never see a fragment spliced into a sentence.
QString heldWithoutConsumer(const SlotDiagnosis &d)
{
    const std::optional<SlotActiveBackend> &b = d.activeBackend;
    if (!b)
        //: %1 is a process ID.
        return SlotManagerDialog::tr("Held by pid %1, which has no pg_stat_replication row.")
            .arg(d.slot.activePid);
    if (!b->visible)
        //: %1 is a process ID.
        return SlotManagerDialog::tr("Held by pid %1, which is not visible in pg_stat_activity and has no "
                                     "pg_stat_replication row.")
            .arg(b->pid);
    if (b->state.isEmpty())
        //: %1 is a process ID, %2 its backend_type (e.g. client backend), %3 its application_name,
        //: %4 the query it runs.
        return SlotManagerDialog::tr("Held by pid %1 (%2, application \"%3\", state unknown), which has no "
                                     "pg_stat_replication row. Its query: %4")
            .arg(QString::number(b->pid), b->backendType, b->applicationName, b->query);
    //: %1 is a process ID, %2 its backend_type (e.g. client backend), %3 its application_name, %4 its
    //: state as the server names it (active, idle in transaction, ...), %5 the query it runs.
    return SlotManagerDialog::tr("Held by pid %1 (%2, application \"%3\", state %4), which has no "
                                 "pg_stat_replication row. Its query: %5")
        .arg(QString::number(b->pid), b->backendType, b->applicationName, b->state, b->query);
}

// Asks for a new slot: name, output plugin, two-phase (off unless ticked).
class CreateSlotDialog final : public QDialog
{
public:
    explicit CreateSlotDialog(QWidget *parent) : QDialog(parent)
    {
        setWindowTitle(SlotManagerDialog::tr("Create replication slot"));
        auto *form = new QFormLayout(this);
        m_name = new QLineEdit(this);
        m_name->setPlaceholderText(SlotManagerDialog::tr("lower-case letters, digits and _"));
        m_plugin = new QComboBox(this);
        m_plugin->setEditable(true);
        m_plugin->addItems(
            {QStringLiteral("pgoutput"), QStringLiteral("test_decoding"), QStringLiteral("wal2json")});
        m_twoPhase = new QCheckBox(SlotManagerDialog::tr("Decode prepared transactions (two-phase; cannot be "
                                                         "turned off later)"),
            this);
        form->addRow(SlotManagerDialog::tr("Slot name:"), m_name);
        form->addRow(SlotManagerDialog::tr("Output plugin:"), m_plugin);
        form->addRow(m_twoPhase);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        form->addRow(buttons);
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        auto update = [this, buttons] {
            buttons->button(QDialogButtonBox::Ok)
                ->setEnabled(
                    !m_name->text().trimmed().isEmpty() && !m_plugin->currentText().trimmed().isEmpty());
        };
        connect(m_name, &QLineEdit::textChanged, this, update);
        connect(m_plugin, &QComboBox::currentTextChanged, this, update);
        update();
    }
    SlotManagerDialog::CreateRequest request() const
    {
        return {m_name->text().trimmed(), m_plugin->currentText().trimmed(), m_twoPhase->isChecked()};
    }

private:
    QLineEdit *m_name = nullptr;
    QComboBox *m_plugin = nullptr;
    QCheckBox *m_twoPhase = nullptr;
};

class CopySlotDialog final : public QDialog
{
public:
    CopySlotDialog(const QString &source, QWidget *parent) : QDialog(parent)
    {
        setWindowTitle(SlotManagerDialog::tr("Copy replication slot \"%1\"").arg(source));
        auto *form = new QFormLayout(this);
        m_name = new QLineEdit(source + QStringLiteral("_copy"), this);
        m_temporary = new QCheckBox(
            SlotManagerDialog::tr("Temporary (dropped when the slot manager disconnects)"), this);
        form->addRow(SlotManagerDialog::tr("New slot name:"), m_name);
        form->addRow(m_temporary);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        form->addRow(buttons);
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        connect(m_name, &QLineEdit::textChanged, this, [this, buttons] {
            buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_name->text().trimmed().isEmpty());
        });
    }
    SlotManagerDialog::CopyRequest request() const
    {
        return {m_name->text().trimmed(), m_temporary->isChecked()};
    }

private:
    QLineEdit *m_name = nullptr;
    QCheckBox *m_temporary = nullptr;
};

} // namespace

SlotManagerDialog::SlotManagerDialog(SlotAdmin *admin, QWidget *parent)
    : QDialog(parent),
      m_admin(admin),
      m_model(new SlotTableModel(this)),
      m_proxy(new QSortFilterProxyModel(this))
{
    setWindowTitle(tr("Replication slots"));
    resize(1100, 700);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SlotTableModel::SortRole);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("slotTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SlotTableModel::NameColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    // What says whether a slot is in trouble comes first, so that it is in
    // view without scrolling; the model keeps pg_replication_slots' order.
    {
        QHeaderView *h = m_view->horizontalHeader();
        const std::array<int, 7> front {SlotTableModel::NameColumn, SlotTableModel::ActiveColumn,
            SlotTableModel::WalStatusColumn, SlotTableModel::RetainedColumn,
            SlotTableModel::SafeWalSizeColumn, SlotTableModel::ConfirmedFlushLsnColumn,
            SlotTableModel::RestartLsnColumn};
        for (int i = 0; i < int(front.size()); ++i)
            h->moveSection(h->visualIndex(front[std::size_t(i)]), i);
    }

    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("slotDetails"));
    m_details->setOpenLinks(false);
    m_details->setPlaceholderText(tr("Select a slot and press \"Why is this slot stuck?\""));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto makeButton = [this](const QString &text, const char *name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        b->setAutoDefault(false);
        return b;
    };
    m_refresh = makeButton(tr("&Refresh"), "refreshButton");
    m_create = makeButton(tr("&Create…"), "createButton");
    m_copy = makeButton(tr("C&opy…"), "copyButton");
    m_drop = makeButton(tr("&Drop…"), "dropButton");
    m_why = makeButton(tr("&Why is this slot stuck?"), "whyButton");
    m_inspect = makeButton(tr("&Inspect this slot"), "inspectButton");
    m_temporaryCopy = new QCheckBox(tr("through a temporary copy"), this);
    m_temporaryCopy->setObjectName(QStringLiteral("temporaryCopyCheck"));
    m_temporaryCopy->setToolTip(
        tr("Stream from a temporary copy, so that the slot itself does not move. On by "
           "default when someone else reads the slot."));

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_refresh, m_create, m_copy, m_drop, m_why})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(m_inspect);
    buttons->addWidget(m_temporaryCopy);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("slotStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addWidget(close);

    connect(m_refresh, &QPushButton::clicked, this, &SlotManagerDialog::refresh);
    connect(m_create, &QPushButton::clicked, this, &SlotManagerDialog::createSlot);
    connect(m_copy, &QPushButton::clicked, this, &SlotManagerDialog::copySlot);
    connect(m_drop, &QPushButton::clicked, this, &SlotManagerDialog::dropSlot);
    connect(m_why, &QPushButton::clicked, this, &SlotManagerDialog::diagnoseSlot);
    connect(m_inspect, &QPushButton::clicked, this, &SlotManagerDialog::inspectSlot);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        // Inspecting an active slot directly would move someone's position.
        const int r = m_model->rowOfSlot(selectedSlot());
        if (const SlotInfo *s = m_model->slotAt(r))
            m_temporaryCopy->setChecked(s->active);
        updateButtons();
    });

    if (m_admin) {
        connect(m_admin, &SlotAdmin::slotsRefreshed, this, &SlotManagerDialog::onSlotsRefreshed);
        connect(m_admin, &SlotAdmin::diagnosisReady, this, &SlotManagerDialog::onDiagnosis);
        connect(m_admin, &SlotAdmin::operationFinished, this, &SlotManagerDialog::onOperationFinished);
        connect(m_admin, &SlotAdmin::failed, this, &SlotManagerDialog::onFailed);
        if (m_admin->hasParams())
            refresh();
    }
    updateButtons();
}

QString SlotManagerDialog::selectedSlot() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return rows.first().data(SlotTableModel::SlotNameRole).toString();
}

bool SlotManagerDialog::selectSlot(const QString &name)
{
    const int r = m_model->rowOfSlot(name);
    if (r < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(r, 0));
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->setCurrentIndex(index);
    return true;
}

QString SlotManagerDialog::statusText() const
{
    return m_status->text();
}

QString SlotManagerDialog::detailsText() const
{
    return m_details->toPlainText();
}

void SlotManagerDialog::updateButtons()
{
    const bool usable = m_admin != nullptr;
    const bool selected = !selectedSlot().isEmpty();
    m_refresh->setEnabled(usable);
    m_create->setEnabled(usable);
    m_copy->setEnabled(usable && selected);
    m_drop->setEnabled(usable && selected);
    m_why->setEnabled(usable && selected);
    m_inspect->setEnabled(selected);
    m_temporaryCopy->setEnabled(selected);
}

void SlotManagerDialog::setStatus(const QString &text, bool error)
{
    m_status->setStyleSheet(error ? QString(kErrorStyle) : QString());
    m_status->setText(text);
}

void SlotManagerDialog::refresh()
{
    if (!m_admin)
        return;
    setStatus(tr("Refreshing…"), false);
    m_admin->refresh();
}

void SlotManagerDialog::onSlotsRefreshed(const QList<SlotInfo> &slotList, qint64 maxSlotWalKeepSize)
{
    const QString keep = selectedSlot();
    m_model->setSlots(slotList, maxSlotWalKeepSize);
    if (!keep.isEmpty())
        selectSlot(keep);
    m_view->resizeColumnsToContents();
    updateButtons();
    const QString summary = maxSlotWalKeepSize < 0
        ? tr("%n slot(s); max_slot_wal_keep_size is unlimited", nullptr, static_cast<int>(slotList.size()))
        : tr("%n slot(s); max_slot_wal_keep_size is %1", nullptr, static_cast<int>(slotList.size()))
              .arg(formatBytes(maxSlotWalKeepSize));
    // The refresh that follows an operation keeps its result in view.
    const QString done = std::exchange(m_lastOperation, {});
    setStatus(done.isEmpty() ? summary : tr("%1. %2").arg(done, summary), false);
}

std::optional<SlotManagerDialog::CreateRequest> SlotManagerDialog::askCreate()
{
    if (m_createPrompt)
        return m_createPrompt();
    CreateSlotDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.request();
}

std::optional<SlotManagerDialog::CopyRequest> SlotManagerDialog::askCopy(const QString &source)
{
    if (m_copyPrompt)
        return m_copyPrompt(source);
    CopySlotDialog dialog(source, this);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.request();
}

bool SlotManagerDialog::askConfirmation(const QString &title, const QString &text)
{
    if (m_confirm)
        return m_confirm(title, text);
    return QMessageBox::warning(
               this, title, text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Yes;
}

void SlotManagerDialog::createSlot()
{
    if (!m_admin)
        return;
    const auto request = askCreate();
    if (!request || request->name.isEmpty())
        return;
    if (request->twoPhase
        && !askConfirmation(tr("Two-phase slot"),
            tr("Slot \"%1\" will decode prepared transactions at PREPARE time. This cannot be turned off for "
               "the slot later. Create it?")
                .arg(request->name)))
        return;
    setStatus(tr("Creating slot \"%1\" (this waits for running transactions to finish)…").arg(request->name),
        false);
    m_admin->createSlot(request->name, request->plugin, request->twoPhase);
}

void SlotManagerDialog::copySlot()
{
    const QString source = selectedSlot();
    if (!m_admin || source.isEmpty())
        return;
    const auto request = askCopy(source);
    if (!request || request->newName.isEmpty())
        return;
    setStatus(tr("Copying slot \"%1\"…").arg(source), false);
    m_admin->copySlot(source, request->newName, request->temporary);
}

QString SlotManagerDialog::dropQuestion(const SlotInfo &s)
{
    QString text = tr("Drop replication slot \"%1\"?").arg(s.name);
    text += QStringLiteral("\n\n");
    text += s.confirmedFlushLsn.isValid()
        ? tr("Its confirmed position (confirmed_flush_lsn %1) is lost for good.")
              .arg(s.confirmedFlushLsn.toString())
        : tr("Its position is lost for good.");
    text += u'\n';
    if (s.retainedBytes)
        text += tr("The %1 of WAL it retains (from restart_lsn %2) is released: changes its consumer has not "
                   "received yet will never be delivered to it.")
                    .arg(formatBytes(*s.retainedBytes), s.restartLsn.toString());
    else
        text += tr("The WAL it retains is released: changes its consumer has not received yet will never be "
                   "delivered to it.");
    text += u'\n';
    text += s.active
        ? tr("It is in use right now (pid %1): the server refuses to drop an active slot; once the "
             "consumer stops, it fails when it connects again.")
              .arg(s.activePid)
        : tr("A consumer that uses this slot fails when it connects again.");
    return text;
}

void SlotManagerDialog::dropSlot()
{
    const QString name = selectedSlot();
    if (!m_admin || name.isEmpty())
        return;
    const SlotInfo *s = m_model->slotAt(m_model->rowOfSlot(name));
    if (!s)
        return;
    if (!askConfirmation(tr("Drop replication slot"), dropQuestion(*s)))
        return;
    setStatus(tr("Dropping slot \"%1\"…").arg(name), false);
    m_admin->dropSlot(name);
}

void SlotManagerDialog::diagnoseSlot()
{
    const QString name = selectedSlot();
    if (!m_admin || name.isEmpty())
        return;
    setStatus(tr("Diagnosing slot \"%1\"…").arg(name), false);
    m_admin->diagnose(name);
}

void SlotManagerDialog::inspectSlot()
{
    const QString name = selectedSlot();
    if (name.isEmpty())
        return;
    emit inspectRequested(name, m_temporaryCopy->isChecked());
}

void SlotManagerDialog::onDiagnosis(const SlotDiagnosis &diagnosis)
{
    // The diagnosis is newer than the list: the row must not contradict it.
    if (!diagnosis.slot.name.isEmpty())
        m_model->updateSlot(diagnosis.slot);
    m_details->setHtml(diagnosisHtml(diagnosis));
    setStatus(tr("Diagnosed slot \"%1\"").arg(diagnosis.slotName), false);
}

void SlotManagerDialog::onOperationFinished(const QString &message)
{
    setStatus(message, false);
    m_lastOperation = message;
    // What changed on the server shows in the list.
    if (m_admin)
        m_admin->refresh();
}

void SlotManagerDialog::onFailed(const QString &message)
{
    m_lastOperation.clear();
    setStatus(message, true);
}

QString SlotManagerDialog::diagnosisHtml(const SlotDiagnosis &d)
{
    const SlotInfo &s = d.slot;
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(tr("Slot \"%1\"").arg(d.slotName)));

    html += QStringLiteral("<h3>%1</h3><ul>").arg(esc(tr("Findings")));
    // A consumer that receives but does not confirm holds the slot back as
    // surely as no consumer at all; said first, as it is the usual answer.
    if (d.consumer && d.consumer->flushLsn.isValid() && d.consumer->sentLsn.isValid()
        && d.consumer->flushLsn < d.consumer->sentLsn)
        html += QStringLiteral("<li>%1: %2</li>")
                    .arg(severityLabel(SlotFinding::Severity::Warning),
                        esc(tr(
                            "The consumer has received up to %1 but confirmed only up to %2: the slot moves "
                            "on only as far as its consumer confirms")
                                .arg(d.consumer->sentLsn.toString(), d.consumer->flushLsn.toString())));
    for (const SlotFinding &f : d.findings)
        html += QStringLiteral("<li>%1: %2</li>").arg(severityLabel(f.severity), esc(f.text));
    html += QStringLiteral("</ul>");

    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Consumer")));
    if (d.consumer) {
        const SlotConsumer &c = *d.consumer;
        html += QStringLiteral("<table>");
        html += row(tr("Application"), c.applicationName);
        html += row(tr("Client address"), c.clientAddr.isEmpty() ? tr("local socket") : c.clientAddr);
        html += row(tr("Walsender pid"), QString::number(c.pid));
        html += row(tr("User"), c.userName);
        html += row(tr("State"), c.state);
        html += row(tr("Sync state"), c.syncState);
        html += row(tr("Sent"), lsnText(c.sentLsn));
        html += row(tr("Written"), consumerLsnText(c.writeLsn, c.sentLsn));
        html += row(tr("Flushed (confirmed)"), consumerLsnText(c.flushLsn, c.sentLsn));
        html += row(tr("Replayed"), consumerLsnText(c.replayLsn, c.sentLsn));
        html += row(tr("Write lag"), lag(c.writeLagSeconds));
        html += row(tr("Flush lag"), lag(c.flushLagSeconds));
        html += row(tr("Replay lag"), lag(c.replayLagSeconds));
        html += QStringLiteral("</table>");
    } else if (s.active) {
        html += QStringLiteral("<p>%1</p>").arg(esc(heldWithoutConsumer(d)));
    } else if (d.inactiveSeconds) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("No consumer connected; inactive for %1.")
                                 .arg(formatDuration(*d.inactiveSeconds))));
    } else {
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(d.serverVersionNum >= 170000 ? tr("No consumer connected.")
                                                          : tr("No consumer connected (the server says since "
                                                               "when only from PostgreSQL 17).")));
    }

    html += QStringLiteral("<h3>%1</h3><table>").arg(esc(tr("Position")));
    html += row(tr("WAL status"), s.walStatus);
    html += row(QStringLiteral("restart_lsn"), lsnText(s.restartLsn));
    html += row(QStringLiteral("confirmed_flush_lsn"), lsnText(s.confirmedFlushLsn));
    html += row(tr("Current WAL position"), lsnText(d.currentWalLsn));
    html += row(tr("Retained WAL"), s.retainedBytes ? formatBytes(*s.retainedBytes) : QString());
    html += row(tr("Safe WAL size"), s.safeWalSize ? formatBytes(*s.safeWalSize) : tr("unlimited"));
    if (!s.xmin.isEmpty())
        html += row(QStringLiteral("xmin"), tr("%1 (age %2)").arg(s.xmin).arg(d.xminAge.value_or(0)));
    if (!s.catalogXmin.isEmpty())
        html += row(QStringLiteral("catalog_xmin"),
            tr("%1 (age %2)").arg(s.catalogXmin).arg(d.catalogXminAge.value_or(0)));
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Decoding counters (pg_stat_replication_slots)")));
    if (d.stats) {
        const SlotDecodingStats &st = *d.stats;
        html += QStringLiteral("<table>");
        // Counts of transactions get a plural form; the operation counts
        // have rows of their own, so no sentence needs two.
        const auto txnsAndBytes = [](qint64 txns, qint64 bytes) {
            //: %n is a number of transactions, %1 a size such as "1.5 MiB".
            return tr("%n transactions, %1", nullptr, pluralCount(txns)).arg(formatBytes(bytes));
        };
        html += row(tr("Spilled to disk"), txnsAndBytes(st.spillTxns, st.spillBytes));
        html += row(tr("Spill operations"), QLocale().toString(st.spillCount));
        html += row(tr("Streamed"), txnsAndBytes(st.streamTxns, st.streamBytes));
        html += row(tr("Stream operations"), QLocale().toString(st.streamCount));
        html += row(tr("Decoded in total"), txnsAndBytes(st.totalTxns, st.totalBytes));
        html += row(tr("Since"), st.statsReset.isEmpty() ? tr("never reset") : st.statsReset);
        html += QStringLiteral("</table>");
    } else {
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(d.serverVersionNum < 140000 ? tr("Not available before PostgreSQL 14.")
                                                         : tr("No statistics for this slot yet.")));
    }

    html
        += QStringLiteral("<h3>%1</h3>").arg(esc(tr("What holds back xmin and catalog_xmin (oldest first)")));
    if (d.holders.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("Nothing.")));
    } else {
        html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr>");
        for (const QString &h :
            {tr("Kind"), tr("Who"), tr("Holds"), tr("Age (xids)"), tr("Open for"), tr("State"), tr("Query")})
            html += QStringLiteral("<th>%1</th>").arg(esc(h));
        html += QStringLiteral("</tr>");
        for (const XminHolder &h : d.holders) {
            QString who = h.name;
            if (h.pid)
                who = tr("pid %1 %2").arg(h.pid).arg(h.name);
            if (!h.user.isEmpty())
                who += tr(" (%1)").arg(h.user);
            QString query = h.query;
            if (query.size() > 200)
                query = query.left(200) + QStringLiteral("...");
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3 %4</td><td>%5</td><td>%6</td><td>%7</td>"
                                   "<td>%8</td></tr>")
                        .arg(esc(holderKind(h.kind)), esc(who), esc(h.column), esc(h.xid),
                            QString::number(h.xidAge),
                            esc(h.ageSeconds ? formatDuration(*h.ageSeconds) : QString()), esc(h.state),
                            esc(query));
        }
        html += QStringLiteral("</table>");
    }
    return html;
}

} // namespace pgrepl::ui
