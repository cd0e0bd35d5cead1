#include "dialogs/ConnectDialog.h"

#include "conn/ConnParams.h"
#include "dialogs/PasswordStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace pgrepl::ui {

namespace {

const QLatin1String kOkStyle("color: #1b7f2a;");
const QLatin1String kErrorStyle("color: #b00020;");
const QLatin1String kWarningStyle("color: #9a6700;");

void setItemEnabled(QComboBox *combo, int index, bool enabled)
{
    if (auto *model = qobject_cast<QStandardItemModel *>(combo->model()))
        if (QStandardItem *item = model->item(index))
            item->setEnabled(enabled);
}

} // namespace

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent),
      m_ownSettings(std::make_unique<QSettings>()),
      m_ownStore(std::make_unique<NoPasswordStore>())
{
    m_settings = m_ownSettings.get();
    m_store = m_ownStore.get();
    build();
}

ConnectDialog::ConnectDialog(QSettings *settings, PasswordStore *passwords, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_store(passwords)
{
    if (!m_settings) {
        m_ownSettings = std::make_unique<QSettings>();
        m_settings = m_ownSettings.get();
    }
    if (!m_store) {
        m_ownStore = std::make_unique<NoPasswordStore>();
        m_store = m_ownStore.get();
    }
    build();
}

ConnectDialog::~ConnectDialog() = default;

void ConnectDialog::build()
{
    setWindowTitle(tr("Connect to a replication slot"));
    setObjectName(QStringLiteral("ConnectDialog"));
    auto *layout = new QVBoxLayout(this);

    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(new QLabel(tr("Profile:"), this));
    m_profile = new QComboBox(this);
    m_profile->setObjectName(QStringLiteral("profileCombo"));
    m_profile->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    profileRow->addWidget(m_profile, 1);
    m_saveProfile = new QPushButton(tr("Save"), this);
    m_saveProfile->setObjectName(QStringLiteral("saveProfileButton"));
    m_saveProfile->setAutoDefault(false);
    m_saveProfileAs = new QPushButton(tr("Save as…"), this);
    m_saveProfileAs->setObjectName(QStringLiteral("saveProfileAsButton"));
    m_saveProfileAs->setAutoDefault(false);
    m_deleteProfile = new QPushButton(tr("Delete"), this);
    m_deleteProfile->setObjectName(QStringLiteral("deleteProfileButton"));
    m_deleteProfile->setAutoDefault(false);
    profileRow->addWidget(m_saveProfile);
    profileRow->addWidget(m_saveProfileAs);
    profileRow->addWidget(m_deleteProfile);
    layout->addLayout(profileRow);

    auto *server = new QGroupBox(tr("Server"), this);
    auto *serverForm = new QFormLayout(server);
    m_dsn = new QLineEdit(server);
    m_dsn->setObjectName(QStringLiteral("dsnEdit"));
    m_dsn->setPlaceholderText(QStringLiteral("postgresql://user@host:5432/db?sslmode=verify-full"));
    m_dsn->setToolTip(
        tr("A postgresql:// URI or key=value string, as psql takes it. PG* environment variables and "
           "~/.pgpass fill in what it leaves out. A password in it is moved to the password field."));
    serverForm->addRow(tr("Connection:"), m_dsn);
    m_password = new QLineEdit(server);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: PGPASSWORD or ~/.pgpass"));
    serverForm->addRow(tr("Password:"), m_password);
    m_savePassword = new QCheckBox(tr("Save password in the keychain"), server);
    m_savePassword->setObjectName(QStringLiteral("savePasswordCheck"));
    serverForm->addRow(QString(), m_savePassword);
    m_passwordNote = new QLabel(server);
    m_passwordNote->setObjectName(QStringLiteral("passwordNote"));
    m_passwordNote->setWordWrap(true);
    serverForm->addRow(QString(), m_passwordNote);
    if (!m_store->available()) {
        m_savePassword->setEnabled(false);
        m_savePassword->setToolTip(m_store->unavailableReason());
        setPasswordNote(m_store->unavailableReason(), false);
    } else {
        m_passwordNote->hide();
    }
    auto *testRow = new QHBoxLayout;
    m_test = new QPushButton(tr("Test connection"), server);
    m_test->setObjectName(QStringLiteral("testButton"));
    m_test->setAutoDefault(false);
    m_test->setToolTip(tr("Connects once, without replication, to read the server version, the slots and "
                          "the publications of the database."));
    testRow->addWidget(m_test);
    m_probeStatus = new QLabel(server);
    m_probeStatus->setObjectName(QStringLiteral("probeStatus"));
    m_probeStatus->setWordWrap(true);
    m_probeStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    testRow->addWidget(m_probeStatus, 1);
    serverForm->addRow(testRow);
    m_probeWarnings = new QLabel(server);
    m_probeWarnings->setObjectName(QStringLiteral("probeWarnings"));
    m_probeWarnings->setWordWrap(true);
    m_probeWarnings->setStyleSheet(kWarningStyle);
    m_probeWarnings->hide();
    serverForm->addRow(m_probeWarnings);
    layout->addWidget(server);

    auto *stream = new QGroupBox(tr("Stream"), this);
    auto *form = new QFormLayout(stream);
    m_slot = new QComboBox(stream);
    m_slot->setObjectName(QStringLiteral("slotCombo"));
    m_slot->setEditable(true);
    m_slot->setInsertPolicy(QComboBox::NoInsert);
    m_slot->setToolTip(tr("Type a slot name, or test the connection to pick one of the database's pgoutput "
                          "slots."));
    form->addRow(tr("Slot:"), m_slot);
    m_publications = new QLineEdit(stream);
    m_publications->setObjectName(QStringLiteral("publicationsEdit"));
    m_publications->setPlaceholderText(tr("one or more, separated by commas"));
    form->addRow(tr("Publications:"), m_publications);
    m_publicationList = new QListWidget(stream);
    m_publicationList->setObjectName(QStringLiteral("publicationList"));
    m_publicationList->setMaximumHeight(100);
    m_publicationList->hide();
    form->addRow(QString(), m_publicationList);
    m_startLsn = new QLineEdit(stream);
    m_startLsn->setObjectName(QStringLiteral("startLsnEdit"));
    m_startLsn->setPlaceholderText(tr("from the slot's confirmed position"));
    form->addRow(tr("Start LSN:"), m_startLsn);
    m_temporaryCopy
        = new QCheckBox(tr("Inspect a temporary copy of the slot (the real slot is left untouched)"), stream);
    m_temporaryCopy->setObjectName(QStringLiteral("temporaryCopyCheck"));
    m_temporaryCopy->setChecked(true);
    form->addRow(QString(), m_temporaryCopy);
    m_temporaryReason = new QLabel(stream);
    m_temporaryReason->setObjectName(QStringLiteral("temporaryCopyReason"));
    m_temporaryReason->setWordWrap(true);
    m_temporaryReason->hide();
    form->addRow(QString(), m_temporaryReason);
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
    m_proto->setObjectName(QStringLiteral("protoCombo"));
    m_proto->addItem(tr("Automatic (from server version)"), 0);
    for (int v = 1; v <= 4; ++v)
        m_proto->addItem(QString::number(v), v);
    optForm->addRow(tr("Protocol version:"), m_proto);
    m_streaming = new QComboBox(options);
    m_streaming->setObjectName(QStringLiteral("streamingCombo"));
    m_streaming->addItem(tr("off"), int(StreamingMode::Off));
    m_streaming->addItem(tr("on (PostgreSQL 14+)"), int(StreamingMode::On));
    m_streaming->addItem(tr("parallel (PostgreSQL 16+)"), int(StreamingMode::Parallel));
    optForm->addRow(tr("Streaming:"), m_streaming);
    m_binary = new QCheckBox(tr("Binary values"), options);
    m_messages = new QCheckBox(tr("Logical messages"), options);
    m_messages->setChecked(true);
    m_twoPhase = new QCheckBox(tr("Two-phase (turns it on for the slot for good)"), options);
    m_twoPhase->setObjectName(QStringLiteral("twoPhaseCheck"));
    optForm->addRow(QString(), m_binary);
    optForm->addRow(QString(), m_messages);
    optForm->addRow(QString(), m_twoPhase);
    m_origin = new QComboBox(options);
    m_origin->setObjectName(QStringLiteral("originCombo"));
    m_origin->addItem(tr("server default"), QString());
    m_origin->addItem(QStringLiteral("any"), QStringLiteral("any"));
    m_origin->addItem(QStringLiteral("none"), QStringLiteral("none"));
    optForm->addRow(tr("Origin (PostgreSQL 16+):"), m_origin);
    m_defaultsNote = new QLabel(options);
    m_defaultsNote->setObjectName(QStringLiteral("serverDefaultsNote"));
    m_defaultsNote->setWordWrap(true);
    m_defaultsNote->setStyleSheet(kOkStyle);
    m_defaultsNote->hide();
    optForm->addRow(m_defaultsNote);
    // Once the user picks an option the note no longer describes the fields.
    for (QComboBox *combo : {m_proto, m_streaming})
        connect(combo, &QComboBox::activated, m_defaultsNote, &QWidget::hide);
    layout->addWidget(options);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(kErrorStyle);
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    for (QLineEdit *e : {m_dsn, m_publications, m_startLsn})
        connect(e, &QLineEdit::textChanged, this, &ConnectDialog::updateState);
    connect(m_slot, &QComboBox::currentTextChanged, this, [this] {
        updateState();
        updateTemporaryCopy();
    });
    // Show the bare name once an item "name (active, pid N)" is picked.
    connect(m_slot, &QComboBox::activated, this,
        [this](int index) { m_slot->setEditText(m_slot->itemData(index).toString()); });
    connect(m_dsn, &QLineEdit::textEdited, this, &ConnectDialog::onDsnEdited);
    connect(m_dsn, &QLineEdit::editingFinished, this, &ConnectDialog::moveDsnPassword);
    connect(m_publications, &QLineEdit::textChanged, this, &ConnectDialog::syncPublicationChecks);
    connect(m_publicationList, &QListWidget::itemChanged, this, &ConnectDialog::onPublicationItemChanged);
    connect(m_test, &QPushButton::clicked, this, &ConnectDialog::onTestClicked);
    connect(m_saveProfile, &QPushButton::clicked, this, &ConnectDialog::onSaveClicked);
    connect(m_saveProfileAs, &QPushButton::clicked, this, &ConnectDialog::onSaveAsClicked);
    connect(m_deleteProfile, &QPushButton::clicked, this, &ConnectDialog::onDeleteClicked);

    reloadProfileCombo(QString());
    connect(m_profile, &QComboBox::currentIndexChanged, this, &ConnectDialog::onProfileChosen);
    selectProfile(ConnectionProfiles(*m_settings).lastUsed());
    updateState();
    resize(660, sizeHint().height());
}

void ConnectDialog::setRequest(const ConnectRequest &r)
{
    const SplitConnectionString split = splitPassword(r.connectionString);
    m_dsn->setText(split.connectionString);
    m_dsnBefore = split.connectionString;
    m_password->setText(!r.password.isEmpty() ? r.password : split.password.value_or(QString()));
    m_slot->setEditText(r.options.slot);
    m_publications->setText(r.options.publications.join(QStringLiteral(", ")));
    m_startLsn->setText(r.options.startLsn.isValid() ? r.options.startLsn.toString() : QString());
    m_proto->setCurrentIndex(qMax(0, m_proto->findData(r.options.protoVersion)));
    m_streaming->setCurrentIndex(qMax(0, m_streaming->findData(int(r.options.streaming))));
    m_binary->setChecked(r.options.binary);
    m_messages->setChecked(r.options.messages);
    m_twoPhase->setChecked(r.options.twoPhase);
    m_origin->setCurrentIndex(qMax(0, m_origin->findData(r.options.origin)));
    if (!m_temporaryForced)
        m_temporaryCopy->setChecked(r.options.temporaryCopy);
    m_ackMode->setCurrentIndex(qMax(0, m_ackMode->findData(int(r.ackMode))));
    updateTemporaryCopy();
}

ConnectRequest ConnectDialog::request() const
{
    ConnectRequest r;
    const SplitConnectionString split = splitPassword(m_dsn->text().trimmed());
    r.connectionString = split.connectionString;
    r.password = m_password->text().isEmpty() ? split.password.value_or(QString()) : m_password->text();
    r.options.slot = slotName();
    r.options.publications = publicationNames();
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

QString ConnectDialog::slotName() const
{
    const QString text = m_slot->currentText().trimmed();
    // The label of a picked item carries "(active, pid N)"; the data is the name.
    const int index = m_slot->findText(text);
    if (index >= 0)
        return m_slot->itemData(index).toString();
    return text;
}

QStringList ConnectDialog::publicationNames() const
{
    QStringList names;
    for (const QString &p : m_publications->text().split(u',', Qt::SkipEmptyParts))
        if (!p.trimmed().isEmpty() && !names.contains(p.trimmed()))
            names << p.trimmed();
    return names;
}

QString ConnectDialog::validationError() const
{
    const ConnParseResult parsed = parseConnectionString(m_dsn->text().trimmed(), ConnEnvironment::system());
    if (!parsed.params)
        return parsed.error;
    if (slotName().isEmpty())
        return tr("Name the slot to inspect.");
    if (publicationNames().isEmpty())
        return tr("pgoutput needs at least one publication.");
    QString error;
    if (!m_startLsn->text().trimmed().isEmpty() && !Lsn::parse(m_startLsn->text(), &error))
        return error;
    return {};
}

void ConnectDialog::updateState()
{
    m_error->setText(validationError());
    m_deleteProfile->setEnabled(!currentProfile().isEmpty());
}

void ConnectDialog::accept()
{
    moveDsnPassword();
    const QString error = validationError();
    if (!error.isEmpty()) {
        m_error->setText(error);
        return;
    }
    if (m_twoPhase->isChecked() && !m_temporaryCopy->isChecked()) {
        const auto answer = QMessageBox::warning(this, tr("Turn on two-phase?"),
            tr("Streaming with two_phase turns two-phase decoding on for slot \"%1\" for good. Its owner's "
               "consumer will then receive prepared transactions too. Go on?")
                .arg(slotName()),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    const QString profile = currentProfile();
    ConnectionProfiles(*m_settings).setLastUsed(profile);
    // A password typed after the profile was saved is kept too when asked to.
    if (!profile.isEmpty() && m_store->available() && m_savePassword->isChecked()
        && !m_password->text().isEmpty())
        m_store->write(
            ConnectionProfiles::passwordKey(profile), m_password->text(), this, [](const QString &) {});
    QDialog::accept();
}

// A paste (more than one character arriving at once) is cleaned at once;
// typing is cleaned when the field loses focus, so that "password=se" is not
// moved away while the user is still typing it.
void ConnectDialog::onDsnEdited(const QString &text)
{
    const bool pasted = text.size() - m_dsnBefore.size() > 1;
    m_dsnBefore = text;
    if (pasted)
        moveDsnPassword();
}

void ConnectDialog::moveDsnPassword()
{
    const SplitConnectionString split = splitPassword(m_dsn->text());
    if (!split.password)
        return;
    m_dsn->setText(split.connectionString);
    m_dsnBefore = split.connectionString;
    m_password->setText(*split.password);
    setPasswordNote(tr("The password was moved out of the connection string."), false);
}

QString ConnectDialog::currentProfile() const
{
    return m_profile->currentData().toString();
}

void ConnectDialog::reloadProfileCombo(const QString &select)
{
    const QSignalBlocker blocker(m_profile);
    m_profile->clear();
    m_profile->addItem(tr("(no profile)"), QString());
    for (const QString &name : ConnectionProfiles(*m_settings).names())
        m_profile->addItem(name, name);
    m_profile->setCurrentIndex(qMax(0, m_profile->findData(select)));
    updateState();
}

void ConnectDialog::selectProfile(const QString &name)
{
    const int index = name.isEmpty() ? 0 : m_profile->findData(name);
    if (index < 0)
        return;
    if (index == m_profile->currentIndex())
        onProfileChosen(index);
    else
        m_profile->setCurrentIndex(index);
}

void ConnectDialog::onProfileChosen(int index)
{
    updateState();
    const QString name = m_profile->itemData(index).toString();
    const std::optional<ConnectionProfile> p = ConnectionProfiles(*m_settings).profile(name);
    if (!p)
        return;
    ConnectRequest r;
    r.connectionString = p->connectionString;
    r.options.slot = p->slot;
    r.options.publications = p->publications;
    r.options.protoVersion = p->protoVersion;
    r.options.streaming = p->streaming;
    r.options.binary = p->binary;
    r.options.messages = p->messages;
    r.options.twoPhase = p->twoPhase;
    r.options.origin = p->origin;
    r.options.temporaryCopy = p->temporaryCopy;
    r.ackMode = p->ackMode;
    setRequest(r);
    m_savePassword->setChecked(false);
    if (!m_store->available())
        return;
    m_store->read(ConnectionProfiles::passwordKey(name), this,
        [this, name](const std::optional<QString> &secret, const QString &error) {
            // The user may have picked another profile meanwhile.
            if (currentProfile() != name)
                return;
            if (!error.isEmpty()) {
                setPasswordNote(tr("Could not read the password from the keychain: %1").arg(error), true);
                return;
            }
            if (secret && m_password->text().isEmpty()) {
                m_password->setText(*secret);
                m_savePassword->setChecked(true);
            }
        });
}

ConnectionProfile ConnectDialog::profileFromFields(const QString &name) const
{
    const ConnectRequest r = request();
    ConnectionProfile p;
    p.name = name;
    p.connectionString = r.connectionString;
    p.slot = r.options.slot;
    p.publications = r.options.publications;
    p.protoVersion = r.options.protoVersion;
    p.streaming = r.options.streaming;
    p.binary = r.options.binary;
    p.messages = r.options.messages;
    p.twoPhase = r.options.twoPhase;
    p.origin = r.options.origin;
    p.temporaryCopy = r.options.temporaryCopy;
    p.ackMode = r.ackMode;
    return p;
}

bool ConnectDialog::saveProfileAs(const QString &rawName)
{
    const QString name = rawName.trimmed();
    moveDsnPassword();
    if (!ConnectionProfiles(*m_settings).save(profileFromFields(name)))
        return false;
    reloadProfileCombo(name);
    storePassword(name);
    return true;
}

void ConnectDialog::storePassword(const QString &profile)
{
    if (!m_store->available())
        return;
    const QString key = ConnectionProfiles::passwordKey(profile);
    if (m_savePassword->isChecked() && !m_password->text().isEmpty()) {
        m_store->write(key, m_password->text(), this, [this](const QString &error) {
            if (error.isEmpty())
                setPasswordNote(tr("The password is saved in the keychain."), false);
            else
                setPasswordNote(tr("Could not save the password in the keychain: %1").arg(error), true);
        });
    } else {
        m_store->remove(key, this, [this](const QString &error) {
            if (!error.isEmpty())
                setPasswordNote(tr("Could not remove the password from the keychain: %1").arg(error), true);
        });
    }
}

void ConnectDialog::deleteProfile(const QString &name)
{
    if (!ConnectionProfiles(*m_settings).remove(name))
        return;
    if (m_store->available())
        m_store->remove(ConnectionProfiles::passwordKey(name), this, [this](const QString &error) {
            if (!error.isEmpty())
                setPasswordNote(tr("Could not remove the password from the keychain: %1").arg(error), true);
        });
    reloadProfileCombo(QString());
}

void ConnectDialog::onSaveClicked()
{
    if (currentProfile().isEmpty())
        onSaveAsClicked();
    else
        saveProfileAs(currentProfile());
}

void ConnectDialog::onSaveAsClicked()
{
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Save profile"), tr("Profile name:"), QLineEdit::Normal, currentProfile(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    if (name.trimmed() != currentProfile() && ConnectionProfiles(*m_settings).profile(name.trimmed())) {
        const auto answer = QMessageBox::question(this, tr("Replace profile?"),
            tr("A profile named \"%1\" exists. Replace it?").arg(name.trimmed()));
        if (answer != QMessageBox::Yes)
            return;
    }
    saveProfileAs(name);
}

void ConnectDialog::onDeleteClicked()
{
    const QString name = currentProfile();
    if (name.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete profile?"), tr("Delete profile \"%1\" and its saved password?").arg(name));
    if (answer == QMessageBox::Yes)
        deleteProfile(name);
}

void ConnectDialog::setPasswordNote(const QString &text, bool error)
{
    m_passwordNote->setText(text);
    m_passwordNote->setStyleSheet(error ? QString(kErrorStyle) : QString());
    m_passwordNote->setVisible(!text.isEmpty());
}

void ConnectDialog::onTestClicked()
{
    moveDsnPassword();
    const ConnParseResult parsed = parseConnectionString(m_dsn->text().trimmed(), ConnEnvironment::system());
    if (!parsed.params) {
        m_probeStatus->setStyleSheet(kErrorStyle);
        m_probeStatus->setText(tr("Connection string: %1").arg(parsed.error));
        return;
    }
    m_probeStatus->setStyleSheet(QString());
    m_probeStatus->setText(tr("Testing…"));
    emit probeRequested(request());
}

void ConnectDialog::setProbeResult(const ProbeResult &r)
{
    if (!r.ok) {
        m_probeStatus->setStyleSheet(kErrorStyle);
        m_probeStatus->setText(r.error);
        m_probeWarnings->hide();
        return;
    }
    m_probe = r;
    m_probeStatus->setStyleSheet(kOkStyle);
    const QString tls = r.tls.active ? tr("TLS %1").arg(r.tls.protocol) : tr("not encrypted");
    m_probeStatus->setText(
        tr("Connected to PostgreSQL %1 as %2 (%3, %4).")
            .arg(r.serverVersion, r.user, r.authMethod.isEmpty() ? tr("no password") : r.authMethod, tls));

    QStringList warnings;
    if (!r.walLevelIsLogical())
        warnings << tr("wal_level is \"%1\": logical decoding needs wal_level = logical.").arg(r.walLevel);
    if (!r.canReplicate())
        warnings << tr("Role \"%1\" has neither the REPLICATION attribute nor superuser: it cannot open a "
                       "replication connection.")
                        .arg(r.user);
    m_probeWarnings->setText(warnings.join(u'\n'));
    m_probeWarnings->setVisible(!warnings.isEmpty());

    {
        const QString typed = m_slot->currentText();
        const QSignalBlocker blocker(m_slot);
        m_slot->clear();
        for (const SlotInfo &s : r.replicationSlots) {
            if (s.plugin != u"pgoutput")
                continue;
            const QString label
                = s.activePid != 0 ? tr("%1 (active, pid %2)").arg(s.name).arg(s.activePid) : s.name;
            m_slot->addItem(label, s.name);
        }
        m_slot->setEditText(typed);
    }

    {
        const QSignalBlocker blocker(m_publicationList);
        m_publicationList->clear();
        for (const PublicationInfo &p : r.publications) {
            auto *item = new QListWidgetItem(p.name, m_publicationList);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setToolTip(p.allTables ? tr("all tables") : p.tables.join(u'\n'));
            item->setCheckState(Qt::Unchecked);
        }
        m_publicationList->setVisible(!r.publications.isEmpty());
    }
    syncPublicationChecks();
    // The options follow the server; a change the user did not make must not
    // pass unseen (streaming changes how large transactions arrive).
    const int protoBefore = m_proto->currentIndex();
    const int streamingBefore = m_streaming->currentIndex();
    applyServerDefaults(r.serverVersionNum);
    if (m_proto->currentIndex() != protoBefore || m_streaming->currentIndex() != streamingBefore) {
        m_defaultsNote->setText(tr("Set for this server: protocol version %1, streaming %2.")
                                    .arg(m_proto->currentText(), m_streaming->currentText()));
        m_defaultsNote->show();
    }
    updateTemporaryCopy();
    updateState();
}

void ConnectDialog::applyServerDefaults(int versionNum)
{
    const int proto = versionNum >= 160000 ? 4 : versionNum >= 150000 ? 3 : versionNum >= 140000 ? 2 : 1;
    for (int v = 1; v <= 4; ++v)
        setItemEnabled(m_proto, m_proto->findData(v), v <= proto);
    m_proto->setCurrentIndex(m_proto->findData(proto));
    setItemEnabled(m_streaming, m_streaming->findData(int(StreamingMode::On)), proto >= 2);
    setItemEnabled(m_streaming, m_streaming->findData(int(StreamingMode::Parallel)), proto >= 4);
    m_streaming->setCurrentIndex(
        m_streaming->findData(int(proto >= 2 ? StreamingMode::On : StreamingMode::Off)));
    // pgoutput takes two_phase from protocol 3 (PostgreSQL 15) on; it is never
    // turned on here, only off where the server would refuse it.
    m_twoPhase->setEnabled(proto >= 3);
    if (proto < 3)
        m_twoPhase->setChecked(false);
    m_origin->setEnabled(versionNum >= 160000);
    if (versionNum < 160000)
        m_origin->setCurrentIndex(0);
}

void ConnectDialog::syncPublicationChecks()
{
    if (m_syncingPublications)
        return;
    m_syncingPublications = true;
    const QStringList names = publicationNames();
    for (int i = 0; i < m_publicationList->count(); ++i) {
        QListWidgetItem *item = m_publicationList->item(i);
        item->setCheckState(names.contains(item->text()) ? Qt::Checked : Qt::Unchecked);
    }
    m_syncingPublications = false;
}

void ConnectDialog::onPublicationItemChanged()
{
    if (m_syncingPublications)
        return;
    m_syncingPublications = true;
    // Names typed that the server did not list are kept, in their order.
    QStringList names = publicationNames();
    for (int i = 0; i < m_publicationList->count(); ++i) {
        const QListWidgetItem *item = m_publicationList->item(i);
        const bool checked = item->checkState() == Qt::Checked;
        if (checked && !names.contains(item->text()))
            names << item->text();
        else if (!checked)
            names.removeAll(item->text());
    }
    m_publications->setText(names.join(QStringLiteral(", ")));
    m_syncingPublications = false;
}

void ConnectDialog::updateTemporaryCopy()
{
    const SlotInfo *active = nullptr;
    if (m_probe) {
        const QString name = slotName();
        for (const SlotInfo &s : m_probe->replicationSlots)
            if (s.name == name && s.activePid != 0)
                active = &s;
    }
    if (active) {
        m_temporaryForced = true;
        m_temporaryCopy->setChecked(true);
        m_temporaryCopy->setEnabled(false);
        m_temporaryReason->setText(tr("Slot \"%1\" is in use by process %2, so it is inspected through a "
                                      "temporary copy: a second reader would be refused.")
                                       .arg(active->name)
                                       .arg(active->activePid));
        m_temporaryReason->show();
        return;
    }
    m_temporaryForced = false;
    m_temporaryCopy->setEnabled(true);
    m_temporaryReason->hide();
}

} // namespace pgrepl::ui
