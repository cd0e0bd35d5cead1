#pragma once

#include "session/ReplicationTypes.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace pgrepl::ui {

// What the user asked to connect to: a connection string as psql takes it,
// what to stream, and how to acknowledge.
struct ConnectRequest
{
    QString connectionString;
    StreamOptions options;
    AckMode ackMode = AckMode::Manual;
};

// Asks for a connection string (URI or key=value), the slot and
// publications, the streaming options and the ack mode. Inspecting a
// temporary copy of the slot is on by default, so the real slot stays put.
class ConnectDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    void setRequest(const ConnectRequest &request);
    ConnectRequest request() const;

    // A check of the fields, empty when they are usable.
    QString validationError() const;

private:
    void updateState();
    void accept() override;

    QLineEdit *m_dsn = nullptr;
    QLineEdit *m_slot = nullptr;
    QLineEdit *m_publications = nullptr;
    QLineEdit *m_startLsn = nullptr;
    QComboBox *m_proto = nullptr;
    QComboBox *m_streaming = nullptr;
    QCheckBox *m_binary = nullptr;
    QCheckBox *m_messages = nullptr;
    QCheckBox *m_twoPhase = nullptr;
    QComboBox *m_origin = nullptr;
    QCheckBox *m_temporaryCopy = nullptr;
    QComboBox *m_ackMode = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace pgrepl::ui
