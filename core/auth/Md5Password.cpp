#include "auth/Md5Password.h"

#include <openssl/evp.h>

#include <optional>

namespace pgrepl {

namespace {

std::optional<QByteArray> md5Hex(QByteArrayView input)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(input.data(), static_cast<size_t>(input.size()), digest, &length, EVP_md5(), nullptr) != 1
        || length != 16)
        return std::nullopt;
    return QByteArray(reinterpret_cast<const char *>(digest), static_cast<qsizetype>(length)).toHex();
}

} // namespace

QByteArray md5PasswordResponse(const QByteArray &user, const QByteArray &password, QByteArrayView salt4)
{
    if (salt4.size() != 4)
        return {};
    const auto inner = md5Hex(password + user);
    if (!inner)
        return {};
    const auto outer = md5Hex(QByteArray(*inner).append(salt4));
    if (!outer)
        return {};
    return QByteArrayLiteral("md5") + *outer;
}

} // namespace pgrepl
