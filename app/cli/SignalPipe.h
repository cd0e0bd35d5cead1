#pragma once

#include <QObject>

class QSocketNotifier;

namespace pgrepl::cli {

// Turns SIGINT and SIGTERM into a Qt signal. The handler only writes the
// signal number to a pipe (async-signal-safe); the event loop reads it.
// One instance at a time; the previous handlers come back on destruction.
class SignalPipe final : public QObject
{
    Q_OBJECT

public:
    explicit SignalPipe(QObject *parent = nullptr);
    ~SignalPipe() override;

    bool isValid() const { return m_notifier != nullptr; }

signals:
    void received(int signalNumber);

private:
    void onReadable();

    int m_fds[2] = {-1, -1};
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace pgrepl::cli
