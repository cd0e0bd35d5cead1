#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace pgrepl::test {

// The real pgrepl-inspector executable, run with no display and an English
// locale, as a user's shell would run it. The binary path comes from CMake
// (PGREPL_APP_BINARY) in the test that includes this.
struct AppRun
{
    int exitCode = -1; // -1: did not finish, -2: crashed
    QString out;
    QString err;
};

inline QProcessEnvironment appEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LANGUAGE"));
    return env;
}

inline AppRun runApp(const QString &binary, const QStringList &args, int timeoutMs = 20000)
{
    QProcess p;
    p.setProcessEnvironment(appEnvironment());
    p.start(binary, args);
    AppRun r;
    if (!p.waitForFinished(timeoutMs))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace pgrepl::test
