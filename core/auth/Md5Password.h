#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace pgrepl {

// The answer to AuthenticationMD5Password:
// "md5" + hex(md5(hex(md5(password + user)) + salt)), NUL terminator not
// included. Returns an empty array when salt4 is not 4 bytes or MD5 is not
// available (an OpenSSL in FIPS mode refuses it).
QByteArray md5PasswordResponse(const QByteArray &user, const QByteArray &password, QByteArrayView salt4);

} // namespace pgrepl
