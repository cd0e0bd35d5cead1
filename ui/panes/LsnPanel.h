#pragma once

#include "wire/Lsn.h"

#include <QDateTime>
#include <QWidget>

#include <array>
#include <cstdint>

class QLabel;
class QTimer;

namespace pgrepl::ui {

class RateGraph;

// The replication positions at a glance: each LSN with how far it trails the
// server's WAL end, the age of the last acknowledgement, a retention warning
// and the live rate graph underneath.
class LsnPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit LsnPanel(QWidget *parent = nullptr);

    RateGraph *rateGraph() const { return m_rateGraph; }

public slots:
    void setLastReceived(pgrepl::Lsn lsn);
    // The reference every lag is measured against (from keepalives).
    void setServerWalEnd(pgrepl::Lsn lsn);
    // The same, seen at `when` (UTC). When the WAL end has not moved for a
    // few seconds (an idle server, or a pause: nothing is read) the panel says
    // for how long, since every lag is measured against it. An invalid `when`
    // (a capture file) shows no age.
    void setServerWalEndAt(pgrepl::Lsn lsn, const QDateTime &when);
    // The flush position sent to the server and when it was sent.
    void setLastAcknowledged(pgrepl::Lsn lsn, const QDateTime &when);
    // Polled from pg_replication_slots.
    void setSlotPositions(pgrepl::Lsn confirmedFlush, pgrepl::Lsn restart);
    // An empty text hides the warning line; severe draws it in red, else amber.
    void setWarning(const QString &text, bool severe);
    // Forgets every position, the warning and the graph's samples.
    void clear();

protected:
    void changeEvent(QEvent *event) override;

private:
    // One line of the grid: what it is, the LSN, and its lag behind WAL end.
    struct Row
    {
        QLabel *lsn = nullptr;
        QLabel *lag = nullptr; // null for the WAL end row itself
        Lsn value;
    };
    enum RowIndex { Received, WalEnd, Acknowledged, ConfirmedFlush, Restart, RowCount };

    void setRow(RowIndex index, Lsn lsn);
    void resetValueSizes();
    static void setValueText(QLabel *label, const QString &text, int padding);
    static QString lagText(std::uint64_t behind);
    void refreshLags();
    void refreshAckAge();
    void refreshWalEndAge();

    std::array<Row, RowCount> m_rows;
    QLabel *m_ackAge = nullptr;
    QLabel *m_walEndAge = nullptr;
    QTimer *m_walEndTimer = nullptr;
    QDateTime m_walEndTime;
    QLabel *m_warning = nullptr;
    QTimer *m_ackTimer = nullptr;
    RateGraph *m_rateGraph = nullptr;
    QDateTime m_lastAckTime;
    // What an LSN or lag label adds around its text (see setValueText).
    int m_lsnPadding = 0;
    int m_lagPadding = 0;
};

} // namespace pgrepl::ui
