// How long the GUI event loop stalls while the inspector follows a busy slot.
//
// Starts a PostgreSQL sandbox of its own (scripts/pg-sandbox), creates a
// table, a publication and a slot, runs a pgbench workload of small
// insert/update transactions in a few clients, and streams the slot into
// app::InspectorController with auto-acknowledge, its main window shown
// (offscreen unless QT_QPA_PLATFORM says otherwise) and following the live
// tail. A precise 5 ms probe timer measures how late each tick fires; a gap
// between ticks is time the event loop could not answer the user.
//
// Run it on an optimised build:
//   cmake -S . -B build/rel -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
//   cmake --build build/rel --target bench_eventloop
//   build/rel/bench/bench_eventloop [--seconds 20] [--clients 4] [--probe-ms 5]
//                                   [--sandbox-state FILE] [--no-follow]
//                                   [--preload N] [--workload-cpus LIST]
//                                   [--rows N]
// --sandbox-state uses a sandbox that is already running (started with
// scripts/pg-sandbox start --state FILE) and leaves it running, without the
// table, publication and slot the run made; --no-follow
// leaves the list where it is, to compare against following the tail;
// --preload puts N made-up transactions in the list first, as after a long
// session (at 10,000 events/s a million rows take under ten minutes);
// --rows N makes each transaction insert N rows in one statement: the
// highest rate the sandbox sends, ten times that of the small transactions;
// --workload-cpus runs pgbench under taskset on those CPUs. With a sandbox
// started under taskset on the same CPUs and this program on the others, it
// shows the inspector with a core to itself, as on a machine with more
// cores than this workload can fill:
//   taskset -c 1 scripts/pg-sandbox start --state /tmp/pin.state
//   taskset -c 0 bench_eventloop --sandbox-state /tmp/pin.state --workload-cpus 1
//
// It prints events received, events/s, MB/s of pgoutput payload, the
// longest stall, p50, p99 and p99.9 of tick lateness, the gaps over 25 ms
// and the stalls over 50 ms, and the ratio of the longest stall to that
// 50 ms target; then, to find the culprit, the GUI thread's time on and
// waiting for a CPU, the CPU time the host stole, the busiest processes on
// the machine with their scheduling groups, the costliest event dispatches
// by receiver, and how far the slot lagged at the end. The exit code is 0
// when it ran, whatever the figures: speed is reported, not asserted.
#include "InspectorController.h"
#include "Sandbox.h"
#include "StreamEvents.h"
#include "UiResources.h"
#include "mainwindow/MainWindow.h"
#include "models/EventListModel.h"
#include "store/EventStore.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QtTest>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <optional>
#include <vector>

#ifdef Q_OS_LINUX
#include <dlfcn.h>
#include <fcntl.h>
#include <pthread.h>
#include <sys/resource.h>
#include <sys/uio.h>
#include <unistd.h>
#endif

#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>

using namespace pgrepl;
using pgrepl::test::Sandbox;

namespace {

constexpr double kTargetMs = 50.0;

const QString kScript
    = QStringLiteral("\\set k random(1, 200000)\n"
                     "BEGIN;\n"
                     "INSERT INTO bench_t (k, payload, n) VALUES (:k, repeat('x', 40), :k * 1.5);\n"
                     "INSERT INTO bench_t (k, payload, n) VALUES (:k + 1, md5(:k::text), :k);\n"
                     "UPDATE bench_t SET n = n + 1 WHERE id = :k;\n"
                     "COMMIT;\n");

// With --rows N: one statement inserts N rows per transaction, the densest
// stream a single backend produces.
const QString kBulkScript = QStringLiteral("INSERT INTO bench_t (k, payload, n) SELECT g, repeat('x', 40), g "
                                           "* 1.5 FROM generate_series(1, ROWS) g;\n");

void out(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

bool runScript(const QString &script, const QStringList &args, QString *error)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(script, args);
    if (!p.waitForFinished(180000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QString::fromLocal8Bit(p.readAll()).trimmed();
        return false;
    }
    return true;
}

// Times every top-level event dispatch on the GUI thread, so a stall can be
// put on the receiver and event that took it (a model flush arrives as a
// MetaCall to the EventListModel, a repaint as a Paint to a viewport).
class TimingApplication final : public QApplication
{
public:
    using QApplication::QApplication;

    struct Cost
    {
        qint64 count = 0;
        double totalMs = 0;
        double maxMs = 0;
        qint64 over50 = 0;
        double cpuMs = 0; // of totalMs, on a CPU (the rest: waiting for one)
        double cpuOfMaxMs = 0;
    };
    bool recording = false;
    QHash<QString, Cost> costs;
    // The costliest top-level dispatch (on a CPU) since the probe last
    // looked, to name what ran during a stall.
    QString worstKey;
    double worstCpuMs = 0;
    QString worstPaints; // the widgets that dispatch painted, costliest first
    // Every dispatch that took kHeavyCpuMs of CPU or more, with its paints.
    static constexpr double kHeavyCpuMs = 8.0;
    QStringList heavy;

    bool notify(QObject *receiver, QEvent *event) override
    {
        // Every thread's events pass through here, the session's too; the
        // figures are the GUI thread's, and kept without locks.
        if (QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        // Paints nest inside a window's UpdateRequest: time them apart, to
        // see which widget a repaint spends its time on.
        if (recording && m_depth > 0 && event->type() == QEvent::Paint) {
            const double cpuBefore = threadCpuMs();
            const QString key = QStringLiteral("  (paint) ")
                + QLatin1String(receiver->metaObject()->className()) + QLatin1Char('/')
                + (receiver->objectName().isEmpty() && receiver->parent()
                        ? QLatin1String(receiver->parent()->metaObject()->className()) + QLatin1Char('/')
                            + receiver->parent()->objectName()
                        : receiver->objectName());
            ++m_depth;
            const bool r = QApplication::notify(receiver, event);
            --m_depth;
            Cost &c = costs[key];
            const double cpu = threadCpuMs() - cpuBefore;
            m_paints.append({cpu, key.trimmed().mid(8)});
            ++c.count;
            c.totalMs += cpu;
            c.cpuMs += cpu;
            c.maxMs = std::max(c.maxMs, cpu);
            c.cpuOfMaxMs = c.maxMs;
            return r;
        }
        if (!recording || m_depth > 0) {
            ++m_depth;
            const bool r = QApplication::notify(receiver, event);
            --m_depth;
            return r;
        }
        QElapsedTimer t;
        t.start();
        const double cpuBefore = threadCpuMs();
        // Read before dispatch: the receiver may be gone afterwards.
        const QString key = QLatin1String(receiver->metaObject()->className()) + QLatin1Char(' ')
            + QString::number(int(event->type()));
        const Kernel kernelBefore = kernelNow();
        m_paints.clear();
        ++m_depth;
        const bool r = QApplication::notify(receiver, event);
        --m_depth;
        const double ms = double(t.nsecsElapsed()) / 1e6;
        if (ms >= 1.0) {
            const double cpu = threadCpuMs() - cpuBefore;
            if (cpu > worstCpuMs) {
                worstCpuMs = cpu;
                worstKey = key;
                worstPaints = describePaints();
            }
            if (cpu >= kHeavyCpuMs) {
                const Kernel k = kernelNow();
                heavy << QStringLiteral("%1: %2 ms on a CPU (%3 in the kernel, %4 page faults); %5")
                             .arg(key)
                             .arg(cpu, 0, 'f', 1)
                             .arg(k.systemMs - kernelBefore.systemMs, 0, 'f', 1)
                             .arg(k.pageFaults - kernelBefore.pageFaults)
                             .arg(describePaints());
            }
            Cost &c = costs[key];
            ++c.count;
            c.totalMs += ms;
            c.cpuMs += cpu;
            if (ms > c.maxMs) {
                c.maxMs = ms;
                c.cpuOfMaxMs = cpu;
            }
            if (ms > kTargetMs)
                ++c.over50;
        }
        return r;
    }

private:
    QString describePaints()
    {
        std::sort(
            m_paints.begin(), m_paints.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        QStringList parts;
        for (qsizetype i = 0; i < std::min<qsizetype>(m_paints.size(), 4); ++i)
            parts << QStringLiteral("%1 %2").arg(m_paints[i].second).arg(m_paints[i].first, 0, 'f', 1);
        return parts.join(QStringLiteral(", "));
    }

    QList<QPair<double, QString>> m_paints; // in the current top-level dispatch

    // A dispatch that takes several times its usual CPU may have spent it
    // in the kernel (faulting in fresh memory, say) rather than in Qt.
    struct Kernel
    {
        double systemMs = 0;
        qint64 pageFaults = 0;
    };
    static Kernel kernelNow()
    {
#ifdef Q_OS_LINUX
        rusage ru {};
        if (getrusage(RUSAGE_THREAD, &ru) == 0)
            return {double(ru.ru_stime.tv_sec) * 1e3 + double(ru.ru_stime.tv_usec) / 1e3,
                qint64(ru.ru_minflt + ru.ru_majflt)};
#endif
        return {};
    }

    static double threadCpuMs()
    {
        timespec ts {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
    }

    int m_depth = 0;
};

// A thread's time on a CPU and waiting for one (nanoseconds), from Linux's
// schedstat; zeros elsewhere. The file stays open and is read again from the
// start: the probe reads the GUI thread's 200 times a second, and opening it
// each time was a tenth of that thread's CPU, added to what it measures.
class SchedStat
{
public:
    // The opening thread's by default.
    explicit SchedStat(const QByteArray &path = QByteArrayLiteral("/proc/thread-self/schedstat"))
    {
#ifdef Q_OS_LINUX
        m_fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
#else
        Q_UNUSED(path);
#endif
    }
    ~SchedStat()
    {
#ifdef Q_OS_LINUX
        if (m_fd >= 0)
            ::close(m_fd);
#endif
    }
    SchedStat(const SchedStat &) = delete;
    SchedStat &operator=(const SchedStat &) = delete;

    bool isOpen() const
    {
        return m_fd >= 0;
    }

    QPair<qint64, qint64> read() const
    {
#ifdef Q_OS_LINUX
        char buf[128];
        const ssize_t n = m_fd >= 0 ? ::pread(m_fd, buf, sizeof buf - 1, 0) : -1;
        if (n <= 0)
            return {0, 0};
        buf[n] = '\0';
        char *end = nullptr;
        const qint64 onCpu = std::strtoll(buf, &end, 10);
        const qint64 waiting = std::strtoll(end, nullptr, 10);
        return {onCpu, waiting};
#else
        return {0, 0};
#endif
    }

private:
    int m_fd = -1;
};

// The tasks listed in a /proc directory: this process's threads
// (/proc/self/task, named by comm) or the machine's processes (/proc, named
// by their command line, their main thread's times). For each, its
// scheduling group and its time on and waiting for a CPU (nanoseconds);
// empty where there is no /proc. On a busy machine the processes are who
// the GUI thread queues behind: with autogroup, each session's processes
// share one weight, and every PostgreSQL backend is a session of its own.
struct TaskTimes
{
    QString name;
    QString group;
    qint64 onCpu = 0;
    qint64 waiting = 0;
};
enum class Tasks { OwnThreads, Processes };
QHash<QString, TaskTimes> taskTimes(Tasks which)
{
    QHash<QString, TaskTimes> result;
    const QDir dir(which == Tasks::OwnThreads ? QStringLiteral("/proc/self/task") : QStringLiteral("/proc"));
    for (const QString &id : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool numeric = false;
        id.toInt(&numeric);
        if (!numeric)
            continue;
        const SchedStat stat(QFile::encodeName(dir.filePath(id + QStringLiteral("/schedstat"))));
        QFile name(dir.filePath(
            id + (which == Tasks::OwnThreads ? QStringLiteral("/comm") : QStringLiteral("/cmdline"))));
        QFile group(dir.filePath(id + QStringLiteral("/autogroup")));
        if (!stat.isOpen() || !name.open(QIODevice::ReadOnly))
            continue;
        QByteArray text = name.readAll();
        text.replace('\0', ' ');
        const auto [onCpu, waiting] = stat.read();
        result.insert(id,
            {QString::fromUtf8(text.trimmed()).left(48),
                group.open(QIODevice::ReadOnly) ? QString::fromUtf8(group.readAll()).section(u' ', 0, 0)
                                                : QString(),
                onCpu, waiting});
    }
    return result;
}

// Time the hypervisor gave this machine's CPUs to others (seconds), from
// /proc/stat; 0 where there is none.
double stolenSeconds()
{
    QFile stat(QStringLiteral("/proc/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = stat.readLine().simplified().split(' ');
    if (fields.size() < 9 || fields[0] != "cpu")
        return 0;
    return double(fields[8].toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

// Watches the GUI thread from a thread of its own. When the probe has not
// ticked for a while and the GUI thread sleeps in the kernel, it notes the
// system call, what the thread's stack holds (code addresses, named by
// dladdr(), innermost first) and the session thread's state: a stall spent
// blocked then names what it waited in, and an "R" for the session thread
// says that thread was waiting for a CPU meanwhile. Linux only.
class BlockWatch
{
public:
    BlockWatch()
    {
#ifdef Q_OS_LINUX
        m_guiTid = gettid();
        m_thread = std::thread([this] { run(); });
#endif
    }
    ~BlockWatch()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    BlockWatch(const BlockWatch &) = delete;
    BlockWatch &operator=(const BlockWatch &) = delete;

    void setSessionTid(int tid)
    {
        m_sessionTid = tid;
    }
    // Called by the probe at each tick.
    void ticked()
    {
        m_lastTick = nowMs();
    }
    // What was seen blocking since the last call, if anything.
    QString take()
    {
        const std::lock_guard lock(m_mutex);
        return std::exchange(m_seen, QString());
    }

private:
    static qint64 nowMs()
    {
        return std::chrono::duration_cast<std::chrono::milliseconds>(
            std::chrono::steady_clock::now().time_since_epoch())
            .count();
    }
#ifdef Q_OS_LINUX
    static QByteArray readTask(int tid, const char *file)
    {
        QFile f(QStringLiteral("/proc/self/task/%1/%2").arg(tid).arg(QLatin1String(file)));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static char stateOf(int tid)
    {
        const QByteArray stat = readTask(tid, "stat");
        const qsizetype close = stat.lastIndexOf(')');
        return close >= 0 && close + 2 < stat.size() ? stat.at(close + 2) : '?';
    }
    void run()
    {
        pthread_setname_np(pthread_self(), "block watch");
        qint64 noted = -1;
        while (!m_stop) {
            // Seldom enough to cost next to nothing.
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
            const qint64 last = m_lastTick;
            if (last == 0 || last == noted || nowMs() - last < kAfterMs)
                continue;
            const char gui = stateOf(m_guiTid);
            if (gui != 'S' && gui != 'D')
                continue;
            noted = last;
            // The syscall file ends with the stack pointer and the program counter.
            const QList<QByteArray> fields = readTask(m_guiTid, "syscall").simplified().split(' ');
            QStringList frames;
            if (fields.size() >= 3) {
                bool ok = false;
                const quintptr sp = fields[fields.size() - 2].toULongLong(&ok, 16);
                std::array<quintptr, 256> words {};
                iovec local {words.data(), sizeof words};
                iovec remote {reinterpret_cast<void *>(sp), sizeof words};
                const ssize_t n = ok ? process_vm_readv(getpid(), &local, 1, &remote, 1, 0) : -1;
                for (ssize_t i = 0; i < n / ssize_t(sizeof(quintptr)) && frames.size() < 8; ++i) {
                    Dl_info info {};
                    if (dladdr(reinterpret_cast<void *>(words[std::size_t(i)]), &info) != 0 && info.dli_sname
                        && QByteArray(info.dli_fname).contains(".so"))
                        frames << QString::fromLatin1(info.dli_sname);
                }
            }
            const QString note
                = QStringLiteral("GUI thread %1 in system call %2 (session thread %3): %4")
                      .arg(QLatin1Char(gui))
                      .arg(fields.isEmpty() ? QString() : QString::fromLatin1(fields[0]))
                      .arg(m_sessionTid ? QString(QLatin1Char(stateOf(m_sessionTid))) : QStringLiteral("?"))
                      .arg(frames.join(QStringLiteral(" < ")));
            const std::lock_guard lock(m_mutex);
            m_seen = note;
        }
    }
    int m_guiTid = 0;
#endif
    // Well past a tick's usual lateness, well short of a stall.
    static constexpr qint64 kAfterMs = 30;
    std::atomic<int> m_sessionTid {0};
    std::atomic<qint64> m_lastTick {0};
    std::atomic<bool> m_stop {false};
    std::mutex m_mutex;
    QString m_seen;
    std::thread m_thread;
};

double percentile(std::vector<double> sorted, double p)
{
    if (sorted.empty())
        return 0;
    std::sort(sorted.begin(), sorted.end());
    const auto i
        = std::size_t(std::min<double>(double(sorted.size() - 1), p * double(sorted.size() - 1) + 0.5));
    return sorted[i];
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TimingApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_eventloop"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Event-loop stalls while following a busy slot."));
    parser.addHelpOption();
    const QCommandLineOption secondsOpt(QStringLiteral("seconds"), QStringLiteral("Measured seconds (20)."),
        QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption clientsOpt(QStringLiteral("clients"), QStringLiteral("pgbench clients (4)."),
        QStringLiteral("n"), QStringLiteral("4"));
    const QCommandLineOption probeOpt(QStringLiteral("probe-ms"), QStringLiteral("Probe interval in ms (5)."),
        QStringLiteral("ms"), QStringLiteral("5"));
    const QCommandLineOption stateOpt(QStringLiteral("sandbox-state"),
        QStringLiteral("Use this running sandbox instead of starting one."), QStringLiteral("file"));
    const QCommandLineOption noFollowOpt(QStringLiteral("no-follow"),
        QStringLiteral("Do not follow the live tail (to compare: rows arrive off screen)."));
    const QCommandLineOption preloadOpt(QStringLiteral("preload"),
        QStringLiteral("Transactions in the list before the stream starts (0)."), QStringLiteral("n"),
        QStringLiteral("0"));
    const QCommandLineOption workloadCpusOpt(QStringLiteral("workload-cpus"),
        QStringLiteral("Run pgbench on these CPUs only (taskset list, e.g. 1 or 2-3)."),
        QStringLiteral("list"));
    const QCommandLineOption rowsOpt(QStringLiteral("rows"),
        QStringLiteral("Insert this many rows per transaction in one statement, instead of the small "
                       "mixed transactions (0)."),
        QStringLiteral("n"), QStringLiteral("0"));
    parser.addOptions(
        {secondsOpt, clientsOpt, rowsOpt, probeOpt, stateOpt, noFollowOpt, preloadOpt, workloadCpusOpt});
    parser.process(app);
    const int seconds = std::max(1, parser.value(secondsOpt).toInt());
    const int clients = std::max(1, parser.value(clientsOpt).toInt());
    const int probeMs = std::max(1, parser.value(probeOpt).toInt());
    const int preload = std::max(0, parser.value(preloadOpt).toInt());
    const int rows = std::max(0, parser.value(rowsOpt).toInt());

    QTemporaryDir work;
    const QString sandboxScript = QStringLiteral(PGREPL_SOURCE_DIR "/scripts/pg-sandbox");
    const bool ownSandbox = !parser.isSet(stateOpt);
    const QString statePath
        = ownSandbox ? work.filePath(QStringLiteral("sandbox.state")) : parser.value(stateOpt);
    QString error;
    if (ownSandbox) {
        out(QStringLiteral("starting a sandbox..."));
        if (!runScript(
                sandboxScript, {QStringLiteral("start"), QStringLiteral("--state"), statePath}, &error)) {
            out(QStringLiteral("cannot start the sandbox: ") + error);
            return 2;
        }
    }
    auto stopSandbox = qScopeGuard([&] {
        if (ownSandbox) {
            QString stopError;
            if (!runScript(sandboxScript, {QStringLiteral("stop"), QStringLiteral("--state"), statePath},
                    &stopError))
                out(QStringLiteral("cannot stop the sandbox: ") + stopError);
        }
    });
    qputenv("PGREPL_SANDBOX_STATE", QFile::encodeName(statePath));
    const std::optional<Sandbox> sandbox = Sandbox::load(&error);
    if (!sandbox) {
        out(QStringLiteral("cannot read the sandbox state: ") + error);
        return 2;
    }
    const QString table = Sandbox::uniqueName(QStringLiteral("bench_t"));
    const QString pub = Sandbox::uniqueName(QStringLiteral("bench_pub"));
    const QString slot = Sandbox::uniqueName(QStringLiteral("bench_slot"));
    const auto setup
        = sandbox->sql(QStringLiteral("CREATE TABLE %1 (id bigserial PRIMARY KEY, k int, payload text, "
                                      "n numeric); CREATE PUBLICATION %2 FOR TABLE %1; SELECT "
                                      "pg_create_logical_replication_slot('%3', 'pgoutput')")
                           .arg(table, pub, slot));
    if (!setup.ok) {
        out(QStringLiteral("setup failed: ") + setup.error);
        return 2;
    }
    // A sandbox that outlives the run keeps nothing of it: each slot left
    // behind holds WAL, and a few dozen runs would take the last free slot.
    auto dropObjects = qScopeGuard([&] {
        if (ownSandbox)
            return;
        QElapsedTimer waited;
        waited.start();
        // The walsender may hold the slot a moment after the disconnect.
        while (!sandbox->sql(QStringLiteral("SELECT pg_drop_replication_slot('%1')").arg(slot)).ok
            && waited.elapsed() < 10000)
            QThread::msleep(100);
        const auto dropped
            = sandbox->sql(QStringLiteral("DROP PUBLICATION %1; DROP TABLE %2").arg(pub, table));
        if (!dropped.ok)
            out(QStringLiteral("cannot drop the bench's table and publication: ") + dropped.error);
    });

    ui::initResources();
    app::InspectorController controller;
    controller.window()->resize(1280, 800);
    controller.window()->show();
    ui::ConnectRequest request;
    request.connectionString
        = QStringLiteral("host=127.0.0.1 port=%1 dbname=%2 user=pgrepl_trust sslmode=disable")
              .arg(sandbox->port())
              .arg(sandbox->database());
    request.options.slot = slot;
    request.options.publications = {pub};
    request.ackMode = AckMode::Auto;
    {
        QSignalSpy streaming(&controller, &app::InspectorController::streaming);
        controller.connectTo(request);
        if (!streaming.wait(20000)) {
            out(QStringLiteral("the controller did not start streaming"));
            return 2;
        }
    }
    if (preload > 0) {
        // One insert each, into a relation of its own (oid 1, below any
        // real table's), so the live stream's relations are untouched.
        out(QStringLiteral("preloading %1 transactions...").arg(preload));
        quint64 lsn = 0x10;
        StreamEventBatch batch {test::xlog(test::relation(1, "preload", "t", {"v"}), lsn)};
        for (int i = 0; i < preload; ++i) {
            batch << test::xlog(test::begin(lsn + 0x30, quint32(i + 3)), lsn)
                  << test::xlog(test::insert(1, {QByteArray::number(i)}), lsn + 0x10)
                  << test::xlog(test::commit(lsn + 0x30, lsn + 0x40), lsn + 0x30);
            lsn += 0x100;
            if (batch.size() >= 30000 || i == preload - 1) {
                controller.model()->appendBatch(batch);
                controller.model()->refresh();
                batch.clear();
            }
        }
        QTest::qWait(200);
    }
    if (parser.isSet(noFollowOpt))
        controller.window()->actions().followTail->setChecked(false);
    else if (!controller.window()->actions().followTail->isChecked()) {
        out(QStringLiteral("the window is not following the live tail"));
        return 2;
    }

    // The workload: pgbench runs a little longer than the measurement so
    // the stream is busy from the first probe tick to the last.
    QFile script(work.filePath(QStringLiteral("workload.sql")));
    if (!script.open(QIODevice::WriteOnly)) {
        out(QStringLiteral("cannot write the pgbench script"));
        return 2;
    }
    const QString workload = rows > 0
        ? QString(kBulkScript).replace(QStringLiteral("ROWS"), QString::number(rows))
        : QString(kScript);
    script.write(QString(workload).replace(QStringLiteral("bench_t"), table).toUtf8());
    script.close();
    QProcess pgbench;
    pgbench.setProcessChannelMode(QProcess::MergedChannels);
    // In a session of its own, as a real client application would be.
    QStringList launcher;
    if (parser.isSet(workloadCpusOpt))
        launcher << QStringLiteral("taskset") << QStringLiteral("-c") << parser.value(workloadCpusOpt);
    pgbench.start(QStringLiteral("setsid"),
        launcher
            + QStringList {sandbox->binDir() + QStringLiteral("/pgbench"), QStringLiteral("-n"),
                QStringLiteral("-h"), sandbox->host(), QStringLiteral("-p"), QString::number(sandbox->port()),
                QStringLiteral("-U"), sandbox->value(QStringLiteral("PGREPL_SANDBOX_ADMIN")),
                QStringLiteral("-c"), QString::number(clients), QStringLiteral("-j"),
                QString::number(clients), QStringLiteral("-T"), QString::number(seconds + 3),
                QStringLiteral("-f"), script.fileName(), sandbox->database()});
    if (!pgbench.waitForStarted(10000)) {
        out(QStringLiteral("cannot start pgbench: ") + pgbench.errorString());
        return 2;
    }

    // Let the stream get going, then measure.
    QTest::qWait(1000);
    const EventStore *store = controller.model()->store();
    const qsizetype eventsBefore = store->size();
    const qsizetype bytesBefore = store->stats().payloadBytes;

    std::vector<double> lateness; // ms past the nominal tick time
    std::vector<double> gaps; // ms between ticks
    // For each stall over the target: how much of it the GUI thread spent
    // on a CPU and waiting for one; the rest it was blocked or asleep.
    struct Stall
    {
        double ms, onCpuMs, waitingMs;
        QString worstKey; // the costliest dispatch in it
        double worstCpuMs;
        QString worstPaints;
        QString blockedIn; // what BlockWatch saw, if the GUI thread slept
    };
    std::vector<Stall> stalls;
    BlockWatch blockWatch;
#ifdef Q_OS_LINUX
    {
        int sessionTid = 0;
        QMetaObject::invokeMethod(
            controller.session(), [&sessionTid] { sessionTid = int(gettid()); },
            Qt::BlockingQueuedConnection);
        blockWatch.setSessionTid(sessionTid);
    }
#endif
    QElapsedTimer clock;
    qint64 lastNs = 0;
    QPair<qint64, qint64> lastSched;
    const SchedStat schedStat; // of this, the GUI thread
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(probeMs);
    QObject::connect(&probe, &QTimer::timeout, &probe, [&] {
        const qint64 now = clock.nsecsElapsed();
        const double gap = double(now - lastNs) / 1e6;
        const auto sched = schedStat.read();
        gaps.push_back(gap);
        lateness.push_back(std::max(0.0, gap - probeMs));
        blockWatch.ticked();
        const QString blockedIn = blockWatch.take();
        if (gap > kTargetMs)
            stalls.push_back({gap, double(sched.first - lastSched.first) / 1e6,
                double(sched.second - lastSched.second) / 1e6, app.worstKey, app.worstCpuMs, app.worstPaints,
                blockedIn});
        app.worstKey.clear();
        app.worstPaints.clear();
        app.worstCpuMs = 0;
        lastNs = now;
        lastSched = sched;
    });
    const auto schedBefore = schedStat.read();
    const auto threadsBefore = taskTimes(Tasks::OwnThreads);
    const auto processesBefore = taskTimes(Tasks::Processes);
    const double stolenBefore = stolenSeconds();
    const std::clock_t processCpuBefore = std::clock();
    app.recording = true;
    lastSched = schedStat.read();
    clock.start();
    probe.start();
    {
        // The application's own kind of loop: QTest::qWait() sleeps 10 ms
        // between its turns, which the probe would count as stalls.
        QEventLoop loop;
        QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    probe.stop();
    app.recording = false;
    const auto schedAfter = schedStat.read();
    const auto threadsAfter = taskTimes(Tasks::OwnThreads);
    const auto processesAfter = taskTimes(Tasks::Processes);
    const double stolen = stolenSeconds() - stolenBefore;
    const double processCpu = double(std::clock() - processCpuBefore) / CLOCKS_PER_SEC;
    const double elapsed = double(clock.nsecsElapsed()) / 1e9;
    const qsizetype events = store->size() - eventsBefore;
    const qsizetype bytes = store->stats().payloadBytes - bytesBefore;

    // The session's counters belong to its thread; the store's last event
    // says as much about how far the GUI has got.
    const Lsn received = store->isEmpty() ? Lsn() : store->entry(store->size() - 1).walEnd;
    const QString serverLsn = sandbox->sql(QStringLiteral("SELECT pg_current_wal_lsn()")).output;
    const QString lagBytes
        = sandbox->sql(QStringLiteral("SELECT pg_current_wal_lsn() - '%1'::pg_lsn").arg(received.toString()))
              .output;

    const double longest = gaps.empty() ? 0 : *std::max_element(gaps.cbegin(), gaps.cend());
    const auto over = std::count_if(gaps.cbegin(), gaps.cend(), [](double g) { return g > kTargetMs; });
    out(QStringLiteral("measured %1 s, probe every %2 ms, %3 pgbench clients, window %4x%5 (%6), %7")
            .arg(elapsed, 0, 'f', 2)
            .arg(probeMs)
            .arg(clients)
            .arg(controller.window()->width())
            .arg(controller.window()->height())
            .arg(QGuiApplication::platformName())
            .arg(controller.window()->actions().followTail->isChecked() ? QStringLiteral("following the tail")
                                                                        : QStringLiteral("not following")));
    if (rows > 0)
        out(QStringLiteral("workload: %1 rows inserted per transaction").arg(rows));
    if (parser.isSet(workloadCpusOpt))
        out(QStringLiteral("pgbench pinned to CPUs %1").arg(parser.value(workloadCpusOpt)));
    out(QStringLiteral("events received:      %1").arg(events));
    out(QStringLiteral("events/s:             %1").arg(double(events) / elapsed, 0, 'f', 0));
    out(QStringLiteral("MB/s (payload):       %1").arg(double(bytes) / elapsed / 1e6, 0, 'f', 2));
    out(QStringLiteral("rows shown:           %1 top-level (%2 preloaded)")
            .arg(controller.model()->rowCount())
            .arg(preload));
    out(QStringLiteral("probe ticks:          %1 (expected about %2)")
            .arg(gaps.size())
            .arg(int(elapsed * 1000 / probeMs)));
    out(QStringLiteral("longest stall:        %1 ms").arg(longest, 0, 'f', 1));
    out(QStringLiteral("tick lateness p50:    %1 ms").arg(percentile(lateness, 0.50), 0, 'f', 2));
    out(QStringLiteral("tick lateness p99:    %1 ms").arg(percentile(lateness, 0.99), 0, 'f', 2));
    out(QStringLiteral("tick lateness p99.9:  %1 ms").arg(percentile(lateness, 0.999), 0, 'f', 2));
    // Far more common than stalls over 50 ms: a steadier figure for
    // comparing two runs on a noisy machine.
    out(QStringLiteral("gaps > 25 ms:         %1")
            .arg(std::count_if(gaps.cbegin(), gaps.cend(), [](double gap) { return gap > kTargetMs / 2; })));
    out(QStringLiteral("stalls > 50 ms:       %1").arg(over));
    out(QStringLiteral("longest / 50 ms:      %1").arg(longest / kTargetMs, 0, 'f', 2));
    // (Linux only: elsewhere the split reads as all blocked or asleep.)
    for (std::size_t i = 0; i < std::min<std::size_t>(stalls.size(), 20); ++i) {
        const Stall &st = stalls[i];
        out(QStringLiteral("  stall %1 ms: on a CPU %2, waiting for one %3, blocked or asleep %4; "
                           "dispatch with the most CPU %5 (%6 ms), its paints: %7")
                .arg(st.ms, 0, 'f', 1)
                .arg(st.onCpuMs, 0, 'f', 1)
                .arg(st.waitingMs, 0, 'f', 1)
                .arg(std::max(0.0, st.ms - st.onCpuMs - st.waitingMs), 0, 'f', 1)
                .arg(st.worstKey.isEmpty() ? QStringLiteral("none of 1 ms or more") : st.worstKey)
                .arg(st.worstCpuMs, 0, 'f', 1)
                .arg(st.worstPaints.isEmpty() ? QStringLiteral("none") : st.worstPaints));
        if (!st.blockedIn.isEmpty())
            out(QStringLiteral("    ") + st.blockedIn);
    }
    if (stalls.size() > 20)
        out(QStringLiteral("  (%1 more)").arg(stalls.size() - 20));
    out(QStringLiteral("GUI thread on a CPU:  %1 s, waiting for a CPU: %2 s (of %3 s)")
            .arg(double(schedAfter.first - schedBefore.first) / 1e9, 0, 'f', 2)
            .arg(double(schedAfter.second - schedBefore.second) / 1e9, 0, 'f', 2)
            .arg(elapsed, 0, 'f', 2));
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    const QString load = loadavg.open(QIODevice::ReadOnly)
        ? QString::fromLatin1(loadavg.readAll()).section(u' ', 0, 2)
        : QStringLiteral("unknown");
    out(QStringLiteral("process CPU:          %1 s, all threads (load average %2, %3 CPUs)")
            .arg(processCpu, 0, 'f', 2)
            .arg(load)
            .arg(QThread::idealThreadCount()));
    // Which threads compete with the GUI thread inside this process.
    out(QStringLiteral("threads using >= 0.1 s of CPU (name: on a CPU, waiting for one):"));
    for (auto it = threadsAfter.cbegin(); it != threadsAfter.cend(); ++it) {
        const TaskTimes before = threadsBefore.value(it.key());
        const double on = double(it->onCpu - before.onCpu) / 1e9;
        if (on >= 0.1)
            out(QStringLiteral("  %1: %2 s, %3 s")
                    .arg(it->name)
                    .arg(on, 0, 'f', 2)
                    .arg(double(it->waiting - before.waiting) / 1e9, 0, 'f', 2));
    }
    out(QStringLiteral("dispatches with >= %1 ms of CPU: %2")
            .arg(TimingApplication::kHeavyCpuMs)
            .arg(app.heavy.size()));
    for (qsizetype i = 0; i < std::min<qsizetype>(app.heavy.size(), 10); ++i)
        out(QStringLiteral("  ") + app.heavy[i]);
    // Who else had the CPUs: the processes the GUI thread queued behind.
    out(QStringLiteral("CPU stolen by host:   %1 s (of %2 CPU-seconds)")
            .arg(stolen, 0, 'f', 2)
            .arg(elapsed * QThread::idealThreadCount(), 0, 'f', 1));
    QList<QPair<double, QString>> busiest;
    for (auto it = processesAfter.cbegin(); it != processesAfter.cend(); ++it) {
        const TaskTimes before = processesBefore.value(it.key());
        const double on = double(it->onCpu - before.onCpu) / 1e9;
        if (on >= 0.2)
            busiest.append({on,
                QStringLiteral("  %1 (%2): %3 s, %4 s")
                    .arg(it->name, it->group)
                    .arg(on, 0, 'f', 2)
                    .arg(double(it->waiting - before.waiting) / 1e9, 0, 'f', 2)});
    }
    std::sort(busiest.begin(), busiest.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    out(QStringLiteral("processes using >= 0.2 s of CPU, main thread (command (autogroup): on a CPU, waiting "
                       "for one):"));
    for (const auto &line : busiest)
        out(line.second);
    // Where the GUI thread's time went: dispatches of 1 ms or more, by
    // receiver class and QEvent type (43 MetaCall, 77 UpdateRequest: a
    // window repaint, 76 LayoutRequest, 1 Timer).
    QList<QPair<QString, TimingApplication::Cost>> costs;
    for (auto it = app.costs.cbegin(); it != app.costs.cend(); ++it)
        costs.append({it.key(), it.value()});
    std::sort(costs.begin(), costs.end(),
        [](const auto &a, const auto &b) { return a.second.totalMs > b.second.totalMs; });
    out(QStringLiteral(
        "dispatches >= 1 ms (receiver event: count, total ms (on CPU), max ms (on CPU), > 50 ms):"));
    for (qsizetype i = 0; i < std::min<qsizetype>(costs.size(), 16); ++i)
        out(QStringLiteral("  %1: %2, %3 (%4), %5 (%6), %7")
                .arg(costs[i].first)
                .arg(costs[i].second.count)
                .arg(costs[i].second.totalMs, 0, 'f', 0)
                .arg(costs[i].second.cpuMs, 0, 'f', 0)
                .arg(costs[i].second.maxMs, 0, 'f', 1)
                .arg(costs[i].second.cpuOfMaxMs, 0, 'f', 1)
                .arg(costs[i].second.over50));
    out(QStringLiteral("server WAL at end:    %1, received %2, behind by %3 bytes")
            .arg(serverLsn, received.toString(), lagBytes));

    pgbench.kill();
    pgbench.waitForFinished(10000);
    controller.window()->actions().disconnect->trigger();
    QTest::qWait(500);
    return 0;
}
