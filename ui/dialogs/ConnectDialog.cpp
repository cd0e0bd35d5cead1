#include "dialogs/ConnectDialog.h"

#include "conn/ConnParams.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace pgrepl::ui {

ConnectDialog::ConnectDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Connect to a replication slot"));
    setObjectName(QStringLiteral("ConnectDialog"));
    auto *layout = new QVBoxLayout(this);

    auto *server = new QGroupBox(tr("Server"), this);
    auto *serverForm = new QFormLayout(server);
    m_dsn = new QLineEdit(server);
    m_dsn->setObjectName(QStringLiteral("dsnEdit"));
    m_dsn->setPlaceholderText(QStringLiteral("postgresql://user@host:5432/db?sslmode=verify-full"));
    m_dsn->setToolTip(
        tr("A postgresql:// URI or key=value string, as psql takes it. PG* environment variables and "
           "~/.pgpass fill in what it leaves out."));
    serverForm->addRow(tr("Connection:"), m_dsn);
    layout->addWidget(server);

    auto *stream = new QGroupBox(tr("Stream"), this);
    auto *form = new QFormLayout(stream);
    m_slot = new QLineEdit(stream);
    m_slot->setObjectName(QStringLiteral("slotEdit"));
    form->addRow(tr("Slot:"), m_slot);
    m_publications = new QLineEdit(stream);
    m_publications->setObjectName(QStringLiteral("publicationsEdit"));
    m_publications->setPlaceholderText(tr("one or more, separated by commas"));
    form->addRow(tr("Publications:"), m_publications);
    m_startLsn = new QLineEdit(stream);
    m_startLsn->setPlaceholderText(tr("from the slot's confirmed position"));
    form->addRow(tr("Start LSN:"), m_startLsn);
    m_temporaryCopy
        = new QCheckBox(tr("Inspect a temporary copy of the slot (the real slot is left untouched)"), stream);
    m_temporaryCopy->setObjectName(QStringLiteral("temporaryCopyCheck"));
    m_temporaryCopy->setChecked(true);
    form->addRow(QString(), m_temporaryCopy);
    m_ackMode = new QComboBox(stream);
    m_ackMode->setObjectName(QStringLiteral("ackModeCombo"));
    m_ackMode->addItem(tr("Manual: only what I acknowledge"), int(AckMode::Manual));
    m_ackMode->addItem(tr("Auto: each transaction once shown"), int(AckMode::Auto));
    m_ackMode->addItem(tr("Never (peek): the slot never moves"), int(AckMode::Never));
    form->addRow(tr("Acknowledge:"), m_ackMode);
    layout->addWidget(stream);

    auto *options = new QGroupBox(tr("pgoutput options"), this);
    auto *optForm = new QFormLayout(options);
    m_proto = new QComboBox(options);
    m_proto->addItem(tr("Automatic (from server version)"), 0);
    for (int v = 1; v <= 4; ++v)
        m_proto->addItem(QString::number(v), v);
    optForm->addRow(tr("Protocol version:"), m_proto);
    m_streaming = new QComboBox(options);
    m_streaming->addItem(tr("off"), int(StreamingMode::Off));
    m_streaming->addItem(tr("on (PostgreSQL 14+)"), int(StreamingMode::On));
    m_streaming->addItem(tr("parallel (PostgreSQL 16+)"), int(StreamingMode::Parallel));
    optForm->addRow(tr("Streaming:"), m_streaming);
    m_binary = new QCheckBox(tr("Binary values"), options);
    m_messages = new QCheckBox(tr("Logical messages"), options);
    m_messages->setChecked(true);
    m_twoPhase = new QCheckBox(tr("Two-phase (turns it on for the slot for good)"), options);
    optForm->addRow(QString(), m_binary);
    optForm->addRow(QString(), m_messages);
    optForm->addRow(QString(), m_twoPhase);
    m_origin = new QComboBox(options);
    m_origin->addItem(tr("server default"), QString());
    m_origin->addItem(QStringLiteral("any"), QStringLiteral("any"));
    m_origin->addItem(QStringLiteral("none"), QStringLiteral("none"));
    optForm->addRow(tr("Origin (PostgreSQL 16+):"), m_origin);
    layout->addWidget(options);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    for (QLineEdit *e : {m_dsn, m_slot, m_publications, m_startLsn})
        connect(e, &QLineEdit::textChanged, this, &ConnectDialog::updateState);
    updateState();
    resize(620, sizeHint().height());
}

void ConnectDialog::setRequest(const ConnectRequest &r)
{
    m_dsn->setText(r.connectionString);
    m_slot->setText(r.options.slot);
    m_publications->setText(r.options.publications.join(QStringLiteral(", ")));
    m_startLsn->setText(r.options.startLsn.isValid() ? r.options.startLsn.toString() : QString());
    m_proto->setCurrentIndex(m_proto->findData(r.options.protoVersion));
    m_streaming->setCurrentIndex(m_streaming->findData(int(r.options.streaming)));
    m_binary->setChecked(r.options.binary);
    m_messages->setChecked(r.options.messages);
    m_twoPhase->setChecked(r.options.twoPhase);
    m_origin->setCurrentIndex(qMax(0, m_origin->findData(r.options.origin)));
    m_temporaryCopy->setChecked(r.options.temporaryCopy);
    m_ackMode->setCurrentIndex(m_ackMode->findData(int(r.ackMode)));
}

ConnectRequest ConnectDialog::request() const
{
    ConnectRequest r;
    r.connectionString = m_dsn->text().trimmed();
    r.options.slot = m_slot->text().trimmed();
    for (const QString &p : m_publications->text().split(u',', Qt::SkipEmptyParts))
        if (!p.trimmed().isEmpty())
            r.options.publications << p.trimmed();
    if (!m_startLsn->text().trimmed().isEmpty())
        r.options.startLsn = Lsn::parse(m_startLsn->text()).value_or(Lsn());
    r.options.protoVersion = m_proto->currentData().toInt();
    r.options.streaming = StreamingMode(m_streaming->currentData().toInt());
    r.options.binary = m_binary->isChecked();
    r.options.messages = m_messages->isChecked();
    r.options.twoPhase = m_twoPhase->isChecked();
    // accept() asked before turning it on for a slot that is not a copy.
    r.options.twoPhaseConfirmed = r.options.twoPhase;
    r.options.origin = m_origin->currentData().toString();
    r.options.temporaryCopy = m_temporaryCopy->isChecked();
    r.ackMode = AckMode(m_ackMode->currentData().toInt());
    return r;
}

QString ConnectDialog::validationError() const
{
    const ConnParseResult parsed = parseConnectionString(m_dsn->text().trimmed(), ConnEnvironment::system());
    if (!parsed.params)
        return parsed.error;
    if (m_slot->text().trimmed().isEmpty())
        return tr("Name the slot to inspect.");
    if (m_publications->text().trimmed().isEmpty())
        return tr("pgoutput needs at least one publication.");
    QString error;
    if (!m_startLsn->text().trimmed().isEmpty() && !Lsn::parse(m_startLsn->text(), &error))
        return error;
    return {};
}

void ConnectDialog::updateState()
{
    m_error->setText(validationError());
}

void ConnectDialog::accept()
{
    const QString error = validationError();
    if (!error.isEmpty()) {
        m_error->setText(error);
        return;
    }
    if (m_twoPhase->isChecked() && !m_temporaryCopy->isChecked()) {
        const auto answer = QMessageBox::warning(this, tr("Turn on two-phase?"),
            tr("Streaming with two_phase turns two-phase decoding on for slot \"%1\" for good. Its owner's "
               "consumer will then receive prepared transactions too. Go on?")
                .arg(m_slot->text().trimmed()),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    QDialog::accept();
}

} // namespace pgrepl::ui
