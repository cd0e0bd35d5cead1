#include "auth/ChannelBindingData.h"

#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/x509.h>

#include <memory>

namespace pgrepl {

namespace {

struct X509Deleter
{
    void operator()(X509 *x) const { X509_free(x); }
};

QString nidName(int nid)
{
    const char *name = OBJ_nid2ln(nid);
    return name ? QString::fromLatin1(name) : QStringLiteral("NID %1").arg(nid);
}

} // namespace

std::optional<QByteArray> tlsServerEndPointHash(const QByteArray &derCertificate, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<QByteArray> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (derCertificate.isEmpty())
        return fail(QStringLiteral("no server certificate"));

    const auto *begin = reinterpret_cast<const unsigned char *>(derCertificate.constData());
    const unsigned char *cursor = begin;
    const std::unique_ptr<X509, X509Deleter> cert(d2i_X509(nullptr, &cursor, derCertificate.size()));
    if (!cert)
        return fail(QStringLiteral("the server certificate is not valid DER"));
    // The hash covers exactly the certificate; trailing bytes would change it.
    if (cursor - begin != derCertificate.size())
        return fail(QStringLiteral("%1 unexpected bytes after the server certificate at byte %2")
                        .arg(derCertificate.size() - (cursor - begin))
                        .arg(cursor - begin));

    const int signatureNid = X509_get_signature_nid(cert.get());
    int digestNid = NID_undef;
    int keyNid = NID_undef;
    if (signatureNid == NID_undef || !OBJ_find_sigid_algs(signatureNid, &digestNid, &keyNid))
        return fail(QStringLiteral("unknown certificate signature algorithm %1").arg(nidName(signatureNid)));
    if (digestNid == NID_undef)
        return fail(QStringLiteral("certificate signature algorithm %1 has no single hash; "
                                   "tls-server-end-point is not defined for it")
                        .arg(nidName(signatureNid)));
    if (digestNid == NID_md5 || digestNid == NID_sha1)
        digestNid = NID_sha256;

    const EVP_MD *md = EVP_get_digestbynid(digestNid);
    if (!md)
        return fail(QStringLiteral("hash %1 of certificate signature algorithm %2 is not available")
                        .arg(nidName(digestNid), nidName(signatureNid)));
    QByteArray hash(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int hashLength = 0;
    if (EVP_Digest(derCertificate.constData(), static_cast<size_t>(derCertificate.size()),
            reinterpret_cast<unsigned char *>(hash.data()), &hashLength, md, nullptr)
        != 1)
        return fail(QStringLiteral("hashing the certificate with %1 failed").arg(nidName(digestNid)));
    hash.truncate(static_cast<qsizetype>(hashLength));
    return hash;
}

} // namespace pgrepl
