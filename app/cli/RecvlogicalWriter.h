#pragma once

#include <QByteArrayView>
#include <QFile>
#include <QString>

namespace pgrepl::cli {

// Writes the layout `pg_recvlogical -f FILE` produces for pgoutput: each
// message's bytes followed by '\n'. The file is created new with mode 0600,
// since it holds row data.
class RecvlogicalWriter final
{
public:
    ~RecvlogicalWriter();

    bool open(const QString &path); // refuses an existing file
    bool isOpen() const { return m_file.isOpen(); }
    bool append(QByteArrayView message);
    bool sync(); // to the kernel, then fsync
    bool close(); // sync and close
    QString errorString() const { return m_error; }
    qint64 messageCount() const { return m_messages; }

private:
    bool fail(const QString &what);

    QFile m_file;
    QString m_error;
    qint64 m_messages = 0;
};

} // namespace pgrepl::cli
