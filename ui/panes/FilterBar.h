#pragma once

#include "txn/EventFilter.h"

#include <QWidget>

#include <array>

class QCheckBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace pgrepl::ui {

// The event list's filter fields: table, operations, xid, LSN range, free
// text and "marked only". It only parses what is typed: a field that does
// not parse turns red with a tooltip saying why, and the spec is emitted
// again once every field parses.
class FilterBar final : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(QWidget *parent = nullptr);

    // The last spec that parsed (and was emitted).
    const EventFilterSpec &spec() const { return m_spec; }
    // Fills the fields; emits specChanged() when that changes the spec.
    void setSpec(const EventFilterSpec &spec);
    // A field does not parse; its tooltip says why.
    bool hasErrors() const;

public slots:
    // Empties every field (emits an empty spec).
    void clear();
    // From EventFilterProxy::progressChanged: "Filtering… 43%" below 100.
    void setProgress(int percent);

signals:
    void specChanged(const pgrepl::EventFilterSpec &spec);

private:
    static constexpr int kOperations = 6;
    void edited();
    // Marks a field bad (error non-empty) or good again.
    static void flag(QLineEdit *edit, const QString &error);

    QLineEdit *m_table;
    QCheckBox *m_tableExact;
    std::array<QToolButton *, kOperations> m_ops {};
    QLineEdit *m_xid;
    QLineEdit *m_lsnFrom;
    QLineEdit *m_lsnTo;
    QLineEdit *m_text;
    QCheckBox *m_markedOnly;
    QToolButton *m_clear;
    QLabel *m_notApplied;
    QLabel *m_progress;
    EventFilterSpec m_spec;
    bool m_filling = false; // setSpec() is writing the fields
};

} // namespace pgrepl::ui
