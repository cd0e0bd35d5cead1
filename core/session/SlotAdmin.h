#pragma once

#include "conn/ConnParams.h"
#include "session/Catalog.h"
#include "session/PgConnection.h"
#include "wire/Lsn.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace pgrepl {

// The walsender row of pg_stat_replication for the process that holds a slot
// (or that sends hot_standby_feedback).
struct SlotConsumer
{
    int pid = 0;
    QString userName;
    QString applicationName;
    QString clientAddr; // empty for a Unix socket
    QString state; // startup, catchup, streaming, backup, stopping
    QString syncState;
    QString backendXmin; // standby feedback; empty when none
    Lsn sentLsn, writeLsn, flushLsn, replayLsn;
    // Seconds, as the server measured them; none when the server has no value
    // (the consumer reported nothing recently, or it is idle and caught up).
    std::optional<double> writeLagSeconds, flushLagSeconds, replayLagSeconds;
};

// pg_stat_replication_slots (14+): how decoding went for the slot.
struct SlotDecodingStats
{
    qint64 spillTxns = 0, spillCount = 0, spillBytes = 0;
    qint64 streamTxns = 0, streamCount = 0, streamBytes = 0;
    qint64 totalTxns = 0, totalBytes = 0;
    QString statsReset; // timestamp text; empty when never reset
};

// Something that holds back the xmin or catalog_xmin horizon of the cluster.
struct XminHolder
{
    enum class Kind { Transaction, PreparedTransaction, Slot, StandbyFeedback };
    Kind kind = Kind::Transaction;
    QString column; // which value holds: backend_xid, backend_xmin, transaction, xmin, catalog_xmin
    QString xid;
    qint64 xidAge = 0; // age(xid): transactions since; larger is older
    // A backend's own backend_xid, set when it has written (even when its
    // older backend_xmin is what "xid" shows).
    QString transactionXid;
    int pid = 0; // backends and walsenders
    QString name; // prepared gid, slot name, or application_name
    QString user;
    QString state;
    QString database;
    std::optional<qint64> ageSeconds; // since xact_start, or since PREPARE
    QString query;
};

// The process on a slot's active_pid when that is not a walsender: a
// backend using the SQL decoding functions, or one pg_stat_activity hides.
struct SlotActiveBackend
{
    int pid = 0;
    bool visible = false; // false: no pg_stat_activity row for the pid
    QString backendType;
    QString applicationName;
    QString state; // empty when the server does not say
    QString query;
};

struct SlotFinding
{
    enum class Severity { Info, Warning, Critical };
    Severity severity = Severity::Info;
    QString text;
};

// The answer to "why is this slot stuck / why does its WAL keep growing",
// from one round of catalogue queries.
struct SlotDiagnosis
{
    QString slotName;
    int serverVersionNum = 0;
    SlotInfo slot;
    Lsn currentWalLsn;
    std::optional<qint64> xminAge, catalogXminAge; // age() of the slot's own horizons
    std::optional<SlotConsumer> consumer; // the walsender on active_pid
    // When active_pid is not a walsender (a backend using the SQL functions):
    // what the findings read, and the same as one phrase for display.
    std::optional<SlotActiveBackend> activeBackend;
    QString activeBackendDescription;
    std::optional<qint64> inactiveSeconds; // now() - inactive_since (17+)
    std::optional<SlotDecodingStats> stats; // 14+
    QList<XminHolder> holders; // oldest xid first
    QList<SlotFinding> findings;
};

// The SQL and the parsing behind SlotAdmin, free of any connection so that
// tests can drive them with hand-built results.
namespace slotadmin {

// A string literal that is safe whatever standard_conforming_strings says
// (as libpq's PQescapeLiteral: E'' with doubled backslashes when there is
// one). A NUL character cannot be sent at all: nullopt and *error.
std::optional<QString> quoteLiteral(const QString &text, QString *error);

// pg_create_logical_replication_slot; twoPhase needs 14+.
std::optional<QString> createSlotSql(
    const QString &name, const QString &plugin, bool twoPhase, int serverVersionNum, QString *error);
std::optional<QString> dropSlotSql(const QString &name, QString *error);
// pg_copy_logical_replication_slot keeps the source's plugin.
std::optional<QString> copySlotSql(
    const QString &source, const QString &newName, bool temporary, QString *error);

// One row, column "bytes": max_slot_wal_keep_size in bytes, -1 for unlimited.
QString maxSlotWalKeepSizeQuery();
std::optional<qint64> parseMaxSlotWalKeepSize(const QueryResult &result, QString *error);

// The statements of one diagnosis; each is a single statement.
QString diagnosisSlotsQuery(int serverVersionNum);
QString replicationQuery();
std::optional<QString> decodingStatsQuery(const QString &slotName, QString *error); // 14+
QString activityQuery();
QString preparedQuery();

struct DiagnosisInput
{
    QString slotName;
    int serverVersionNum = 0;
    QueryResult slotRows; // diagnosisSlotsQuery
    QueryResult replication; // replicationQuery
    std::optional<QueryResult> stats; // decodingStatsQuery, 14+
    QueryResult activity; // activityQuery
    QueryResult prepared; // preparedQuery
    // Warn about retained WAL above this; 0 picks 1 GiB.
    qint64 largeRetainedBytes = 0;
    qint64 maxSlotWalKeepSize = -1;
};

// The diagnosis with its holders sorted and its findings derived, or an
// error naming the missing slot, the missing column or the bad value.
std::optional<SlotDiagnosis> buildDiagnosis(const DiagnosisInput &input, QString *error);
// Each finding is one whole translated sentence; counts use plural forms.
QList<SlotFinding> deriveFindings(const SlotDiagnosis &diagnosis, qint64 largeRetainedBytes);

// Retained WAL worth a warning: half of max_slot_wal_keep_size when that is
// set (above 0), else 1 GiB.
qint64 largeRetainedThreshold(qint64 maxSlotWalKeepSize);

} // namespace slotadmin

// The slot manager's own ordinary (non-replication) connection: lists the
// slots, creates, copies and drops them, and diagnoses a stuck one. Every
// operation is asynchronous and answers with exactly one signal.
class SlotAdmin final : public QObject
{
    Q_OBJECT

public:
    explicit SlotAdmin(QObject *parent = nullptr);
    ~SlotAdmin() override;

    // Connects (again). Operations asked for before the connection is ready
    // wait for it; after a lost connection the next operation reconnects.
    void open(const ConnParams &params, const ConnEnvironment &env = ConnEnvironment::system());
    void close();
    bool hasParams() const { return m_params.has_value(); }
    bool isReady() const;
    // 0 until the server told it.
    int serverVersionNum() const { return m_serverVersionNum; }

public slots:
    void refresh();
    void createSlot(
        const QString &name, const QString &plugin = QStringLiteral("pgoutput"), bool twoPhase = false);
    void dropSlot(const QString &name);
    // A temporary copy lives as long as this object's connection.
    void copySlot(const QString &source, const QString &newName, bool temporary);
    void diagnose(const QString &slotName);

signals:
    void slotsRefreshed(const QList<pgrepl::SlotInfo> &slotList, qint64 maxSlotWalKeepSize);
    void diagnosisReady(const pgrepl::SlotDiagnosis &diagnosis);
    void operationFinished(const QString &message);
    void failed(const QString &message);

private:
    // The whole sentence that says an operation failed, given why: each
    // operation has its own, so that translators see complete sentences.
    using FailureText = std::function<QString(const QString &why)>;
    // The sentence that says an operation succeeded, given the LSN the
    // server answered (empty when it gave none).
    using SuccessText = std::function<QString(const QString &lsn)>;

    struct Pending
    {
        FailureText failure;
        std::function<void(const QueryResult &)> done;
        std::shared_ptr<bool> reported; // shared by the queries of one operation
        bool setup = false; // the version query that opens each connection
    };
    struct Deferred
    {
        FailureText failure;
        std::function<void()> run;
    };

    // Runs start now when the server version is known, else after connecting.
    void whenReady(const FailureText &failure, std::function<void()> start);
    // Sends one query of an operation; a failure reports once per operation.
    void send(const FailureText &failure, const QString &sql, std::shared_ptr<bool> reported,
        std::function<void(const QueryResult &)> done);
    void replaceConnection();
    void startConnection();
    void onQueryFinished(quint64 id, const QueryResult &result);
    void onConnectionFailed(const ConnectionError &error);
    void failOperation(const FailureText &failure, const QString &why, const std::shared_ptr<bool> &reported);
    void runSimple(const FailureText &failure, std::optional<QString> sql, const QString &sqlError,
        const SuccessText &success);

    PgConnection *m_conn = nullptr;
    std::optional<ConnParams> m_params;
    ConnEnvironment m_env;
    int m_serverVersionNum = 0;
    bool m_connecting = false;
    QHash<quint64, Pending> m_pending;
    QList<Deferred> m_deferred;
};

} // namespace pgrepl

Q_DECLARE_METATYPE(pgrepl::SlotDiagnosis)
