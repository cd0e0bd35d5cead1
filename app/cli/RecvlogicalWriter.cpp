#include "RecvlogicalWriter.h"

#include <unistd.h>

namespace pgrepl::cli {

RecvlogicalWriter::~RecvlogicalWriter()
{
    close();
}

bool RecvlogicalWriter::fail(const QString &what)
{
    m_error = QStringLiteral("%1: %2: %3").arg(m_file.fileName(), what, m_file.errorString());
    return false;
}

bool RecvlogicalWriter::open(const QString &path)
{
    m_file.setFileName(path);
    if (!m_file.open(
            QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return fail(QStringLiteral("cannot create the file (it must not exist yet)"));
    return true;
}

bool RecvlogicalWriter::append(QByteArrayView message)
{
    if (m_file.write(message.data(), message.size()) != message.size() || !m_file.putChar('\n'))
        return fail(QStringLiteral("write failed"));
    ++m_messages;
    return true;
}

bool RecvlogicalWriter::sync()
{
    if (!m_file.isOpen())
        return true;
    if (!m_file.flush())
        return fail(QStringLiteral("flush failed"));
    if (::fsync(m_file.handle()) != 0)
        return fail(QStringLiteral("fsync failed"));
    return true;
}

bool RecvlogicalWriter::close()
{
    if (!m_file.isOpen())
        return true;
    const bool ok = sync();
    m_file.close();
    return ok;
}

} // namespace pgrepl::cli
