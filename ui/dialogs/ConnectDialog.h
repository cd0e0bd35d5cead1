#pragma once

#include "dialogs/ConnectionProfiles.h"
#include "session/ReplicationTypes.h"
#include "session/ServerProbe.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSettings;

namespace pgrepl::ui {

class PasswordStore;

// What the user asked to connect to: a connection string as psql takes it,
// what to stream, and how to acknowledge.
struct ConnectRequest
{
    QString connectionString; // never holds a password: the dialog moves it to `password`
    // Typed or read from the keychain; empty means the connection string's
    // rules (PGPASSWORD, ~/.pgpass). Never written to QSettings.
    QString password;
    StreamOptions options;
    AckMode ackMode = AckMode::Manual;
};

// Asks for a connection string (URI or key=value), its password, the slot and
// publications, the streaming options and the ack mode; keeps them as named
// profiles (passwords only in a PasswordStore); and offers "Test connection",
// whose answer fills the slot and publication pickers. Inspecting a
// temporary copy of the slot is on by default, so the real slot stays put.
class ConnectDialog final : public QDialog
{
    Q_OBJECT

public:
    // Profiles in the application's QSettings; passwords are never saved.
    explicit ConnectDialog(QWidget *parent = nullptr);
    // Profiles in `settings`, passwords in `passwords`; both must outlive the dialog.
    ConnectDialog(QSettings *settings, PasswordStore *passwords, QWidget *parent = nullptr);
    ~ConnectDialog() override;

    void setRequest(const ConnectRequest &request);
    ConnectRequest request() const;

    // A check of the fields, empty when they are usable.
    QString validationError() const;

    // The profile shown in the combo, empty for none.
    QString currentProfile() const;
    // Shows a saved profile (and asks the password store for its password).
    // An empty or unknown name selects "no profile" and leaves the fields alone.
    void selectProfile(const QString &name);
    // Saves the fields as profile `name` (and the password, if "Save password"
    // is checked), and selects it. False for an empty name.
    bool saveProfileAs(const QString &name);
    // Deletes the profile and its stored password.
    void deleteProfile(const QString &name);

    // The answer to probeRequested(): a summary line, the slot and
    // publication pickers, warnings, and the defaults for that server.
    void setProbeResult(const pgrepl::ProbeResult &result);

    // pgoutput defaults for a server version (server_version_num): proto 4 on
    // 16+, 3 on 15, 2 on 14, 1 before; streaming on where proto >= 2.
    // Options the server does not know are disabled.
    void applyServerDefaults(int serverVersionNum);

signals:
    // "Test connection": the owner probes the server (ServerProbe) and
    // answers with setProbeResult().
    void probeRequested(const pgrepl::ui::ConnectRequest &request);

private:
    void build();
    void updateState();
    void accept() override;
    void onDsnEdited(const QString &text);
    void moveDsnPassword();
    void onProfileChosen(int index);
    void onSaveClicked();
    void onSaveAsClicked();
    void onDeleteClicked();
    void reloadProfileCombo(const QString &select);
    void storePassword(const QString &profile);
    void setPasswordNote(const QString &text, bool error);
    void onTestClicked();
    QString slotName() const;
    QStringList publicationNames() const;
    void syncPublicationChecks();
    void onPublicationItemChanged();
    void updateTemporaryCopy();
    ConnectionProfile profileFromFields(const QString &name) const;

    std::unique_ptr<QSettings> m_ownSettings;
    std::unique_ptr<PasswordStore> m_ownStore;
    QSettings *m_settings = nullptr;
    PasswordStore *m_store = nullptr;

    QComboBox *m_profile = nullptr;
    QPushButton *m_saveProfile = nullptr;
    QPushButton *m_saveProfileAs = nullptr;
    QPushButton *m_deleteProfile = nullptr;
    QLineEdit *m_dsn = nullptr;
    QString m_dsnBefore; // to tell a paste from typing
    QLineEdit *m_password = nullptr;
    QCheckBox *m_savePassword = nullptr;
    QLabel *m_passwordNote = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_probeStatus = nullptr;
    QLabel *m_probeWarnings = nullptr;
    QComboBox *m_slot = nullptr;
    QLineEdit *m_publications = nullptr;
    QListWidget *m_publicationList = nullptr;
    bool m_syncingPublications = false;
    QLineEdit *m_startLsn = nullptr;
    QComboBox *m_proto = nullptr;
    QComboBox *m_streaming = nullptr;
    QCheckBox *m_binary = nullptr;
    QCheckBox *m_messages = nullptr;
    QCheckBox *m_twoPhase = nullptr;
    QComboBox *m_origin = nullptr;
    QLabel *m_defaultsNote = nullptr; // what a probe answer changed in the options
    QCheckBox *m_temporaryCopy = nullptr;
    QLabel *m_temporaryReason = nullptr;
    bool m_temporaryForced = false;
    QComboBox *m_ackMode = nullptr;
    QLabel *m_error = nullptr;

    std::optional<ProbeResult> m_probe;
};

} // namespace pgrepl::ui
