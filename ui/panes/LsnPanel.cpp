#include "panes/LsnPanel.h"

#include "panes/Format.h"
#include "panes/RateGraph.h"

#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace pgrepl::ui {

namespace {

QString unknownText()
{
    return QStringLiteral("\u2014");
}

// The width a label gives its text: the whole of the last pixel it touches.
int textWidth(const QLabel *label, const QString &text)
{
    return static_cast<int>(std::ceil(QFontMetricsF(label->font()).horizontalAdvance(text)));
}

// Keepalives come at least every few seconds while data flows; older than
// this, the WAL end no longer says where the server is.
constexpr qint64 kStaleWalEndSeconds = 5;

} // namespace

LsnPanel::LsnPanel(QWidget *parent) : QWidget(parent)
{
    struct RowSpec
    {
        QString name;
        QString toolTip;
        QString objectPrefix;
    };
    const std::array<RowSpec, RowCount> specs = {{
        {tr("Last received:"), tr("End of the last WAL data received from the server"),
            QStringLiteral("lastReceived")},
        {tr("Server WAL end:"), tr("The server's current end of WAL, as reported in its keepalives"),
            QStringLiteral("serverWalEnd")},
        {tr("Last acknowledged:"), tr("The flush position this inspector last sent to the server"),
            QStringLiteral("lastAcknowledged")},
        {tr("Slot confirmed flush:"),
            tr("confirmed_flush_lsn of the slot: where the next session will start"),
            QStringLiteral("confirmedFlush")},
        {tr("Slot restart:"), tr("restart_lsn of the slot: the oldest WAL the server must keep for it"),
            QStringLiteral("restart")},
    }};

    auto *grid = new QGridLayout;
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(2);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (int i = 0; i < RowCount; ++i) {
        const RowSpec &spec = specs[static_cast<std::size_t>(i)];
        auto *name = new QLabel(spec.name, this);
        name->setToolTip(spec.toolTip);
        Row &row = m_rows[static_cast<std::size_t>(i)];
        row.lsn = new QLabel(this);
        row.lsn->setObjectName(spec.objectPrefix + QStringLiteral("Lsn"));
        row.lsn->setFont(fixed);
        row.lsn->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(name, i, 0);
        grid->addWidget(row.lsn, i, 1);
        if (i != WalEnd) {
            row.lag = new QLabel(this);
            row.lag->setObjectName(spec.objectPrefix + QStringLiteral("Lag"));
            grid->addWidget(row.lag, i, 2);
        } else {
            m_walEndAge = new QLabel(this);
            m_walEndAge->setObjectName(QStringLiteral("serverWalEndAge"));
            m_walEndAge->setToolTip(
                tr("The server's WAL end has not moved for this long: the server is "
                   "idle, or the inspector is paused and reads nothing, and then every lag "
                   "here is measured against a WAL end the server has left behind"));
            grid->addWidget(m_walEndAge, i, 2);
        }
    }
    auto *ackName = new QLabel(tr("Since last ack:"), this);
    ackName->setToolTip(tr("Time since this inspector last sent a flush position"));
    m_ackAge = new QLabel(this);
    m_ackAge->setObjectName(QStringLiteral("timeSinceAck"));
    grid->addWidget(ackName, RowCount, 0);
    grid->addWidget(m_ackAge, RowCount, 1, 1, 2);
    grid->setColumnStretch(3, 1);

    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("warning"));
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->setWordWrap(true);
    m_warning->setAutoFillBackground(true);
    m_warning->setMargin(4);
    m_warning->hide();

    m_rateGraph = new RateGraph(this);
    m_rateGraph->setObjectName(QStringLiteral("rateGraph"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_warning);
    layout->addWidget(m_rateGraph, 1);

    m_ackTimer = new QTimer(this);
    m_ackTimer->setObjectName(QStringLiteral("ackAgeTimer"));
    m_ackTimer->setInterval(1000);
    connect(m_ackTimer, &QTimer::timeout, this, &LsnPanel::refreshAckAge);
    m_walEndTimer = new QTimer(this);
    m_walEndTimer->setObjectName(QStringLiteral("walEndAgeTimer"));
    m_walEndTimer->setInterval(1000);
    connect(m_walEndTimer, &QTimer::timeout, this, &LsnPanel::refreshWalEndAge);

    resetValueSizes();
    clear();
}

void LsnPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        resetValueSizes();
}

void LsnPanel::resetValueSizes()
{
    // What a label adds around its text, and its height, for this font and
    // style; each label starts as wide as the text it has now.
    const auto measure = [](QLabel *label, int *padding) {
        const QString current = label->text();
        const QString sample = QStringLiteral("0");
        label->setText(sample);
        const QSize hint = label->sizeHint();
        *padding = hint.width() - textWidth(label, sample);
        label->setText(current);
        label->setFixedSize(textWidth(label, current) + *padding, hint.height());
    };
    for (Row &row : m_rows) {
        measure(row.lsn, &m_lsnPadding);
        if (row.lag)
            measure(row.lag, &m_lagPadding);
    }
}

void LsnPanel::setValueText(QLabel *label, const QString &text, int padding)
{
    // The LSNs and lags change with every batch received. A label whose size
    // may change lays the panel out again on every new text, and a
    // selectable one measures itself through a text document: together a
    // twentieth of the GUI thread's time at full rate. So a value label has
    // a fixed size that only grows, to the widest text it has shown.
    label->setText(text);
    const int needed = textWidth(label, text) + padding;
    if (needed > label->maximumWidth())
        label->setFixedWidth(needed);
}

QString LsnPanel::lagText(std::uint64_t behind)
{
    if (behind == 0)
        return tr("caught up");
    const auto bytes = static_cast<qint64>(
        std::min<std::uint64_t>(behind, static_cast<std::uint64_t>(std::numeric_limits<qint64>::max())));
    return tr("%1 behind").arg(formatBytes(bytes));
}

void LsnPanel::setLastReceived(Lsn lsn)
{
    setRow(Received, lsn);
}

void LsnPanel::setServerWalEnd(Lsn lsn)
{
    setServerWalEndAt(lsn, QDateTime::currentDateTimeUtc());
}

void LsnPanel::setServerWalEndAt(Lsn lsn, const QDateTime &when)
{
    // Counters repeat the same WAL end while nothing moves; the age counts
    // from when it last changed.
    const bool moved = lsn != m_rows[WalEnd].value;
    setRow(WalEnd, lsn);
    if (!lsn.isValid() || !when.isValid())
        m_walEndTime = QDateTime();
    else if (moved || !m_walEndTime.isValid())
        m_walEndTime = when;
    if (m_walEndTime.isValid())
        m_walEndTimer->start();
    else
        m_walEndTimer->stop();
    refreshWalEndAge();
}

void LsnPanel::setLastAcknowledged(Lsn lsn, const QDateTime &when)
{
    setRow(Acknowledged, lsn);
    m_lastAckTime = when;
    if (when.isValid())
        m_ackTimer->start();
    else
        m_ackTimer->stop();
    refreshAckAge();
}

void LsnPanel::setSlotPositions(Lsn confirmedFlush, Lsn restart)
{
    setRow(ConfirmedFlush, confirmedFlush);
    setRow(Restart, restart);
}

void LsnPanel::setWarning(const QString &text, bool severe)
{
    if (text.isEmpty()) {
        m_warning->clear();
        m_warning->hide();
        return;
    }
    // Fixed light tints with dark text stay readable under light and dark themes alike.
    QPalette pal = m_warning->palette();
    pal.setColor(QPalette::Window, severe ? QColor(0xfd, 0xe2, 0xe1) : QColor(0xff, 0xf4, 0xce));
    pal.setColor(QPalette::WindowText, severe ? QColor(0x8a, 0x1c, 0x14) : QColor(0x6b, 0x4e, 0x00));
    m_warning->setPalette(pal);
    m_warning->setProperty("severe", severe);
    m_warning->setText(text);
    m_warning->show();
}

void LsnPanel::clear()
{
    for (Row &row : m_rows)
        row.value = Lsn();
    m_lastAckTime = QDateTime();
    m_ackTimer->stop();
    m_walEndTime = QDateTime();
    m_walEndTimer->stop();
    refreshLags();
    refreshAckAge();
    refreshWalEndAge();
    setWarning(QString(), false);
    m_rateGraph->clear();
}

void LsnPanel::setRow(RowIndex index, Lsn lsn)
{
    m_rows[static_cast<std::size_t>(index)].value = lsn;
    // A new WAL end moves every lag; any other row moves only its own.
    refreshLags();
}

void LsnPanel::refreshLags()
{
    const Lsn walEnd = m_rows[WalEnd].value;
    for (const Row &row : m_rows) {
        setValueText(row.lsn, row.value.isValid() ? row.value.toString() : unknownText(), m_lsnPadding);
        if (!row.lag)
            continue;
        QString lag; // none without a position
        if (row.value.isValid() && !walEnd.isValid())
            lag = unknownText();
        else if (row.value.isValid())
            lag = lagText(walEnd.bytesAfter(row.value));
        setValueText(row.lag, lag, m_lagPadding);
    }
}

void LsnPanel::refreshAckAge()
{
    if (!m_lastAckTime.isValid()) {
        m_ackAge->setText(unknownText());
        return;
    }
    const qint64 seconds = m_lastAckTime.secsTo(QDateTime::currentDateTimeUtc());
    m_ackAge->setText(tr("%1 ago").arg(formatDuration(seconds)));
}

void LsnPanel::refreshWalEndAge()
{
    const qint64 seconds
        = m_walEndTime.isValid() ? m_walEndTime.secsTo(QDateTime::currentDateTimeUtc()) : qint64(0);
    m_walEndAge->setText(
        seconds >= kStaleWalEndSeconds ? tr("unchanged for %1").arg(formatDuration(seconds)) : QString());
}

} // namespace pgrepl::ui
