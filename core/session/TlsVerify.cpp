#include "session/TlsVerify.h"

#include <QHostAddress>

#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace pgrepl {

namespace {
struct X509Deleter
{
    void operator()(X509 *x) const { X509_free(x); }
};
using X509Ptr = std::unique_ptr<X509, X509Deleter>;

X509Ptr toX509(const QSslCertificate &certificate)
{
    const QByteArray der = certificate.toDer();
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    return X509Ptr(d2i_X509(nullptr, &p, der.size()));
}

bool hasSanOfType(X509 *x509, int type)
{
    auto *names
        = static_cast<GENERAL_NAMES *>(X509_get_ext_d2i(x509, NID_subject_alt_name, nullptr, nullptr));
    if (!names)
        return false;
    bool found = false;
    for (int i = 0; i < sk_GENERAL_NAME_num(names) && !found; ++i)
        found = sk_GENERAL_NAME_value(names, i)->type == type;
    GENERAL_NAMES_free(names);
    return found;
}
} // namespace

bool verifyPeerHostName(const QSslCertificate &certificate, const QString &host, QString *error)
{
    X509Ptr x509 = toX509(certificate);
    if (!x509) {
        *error = QStringLiteral("could not read the server certificate");
        return false;
    }
    const QByteArray hostBytes = host.toUtf8();
    const bool isIp = !QHostAddress(host).isNull();
    if (isIp) {
        if (X509_check_ip_asc(x509.get(), hostBytes.constData(), 0) == 1)
            return true;
        // Without IP SANs, libpq compares the CN with the address text.
        if (!hasSanOfType(x509.get(), GEN_IPADD)) {
            const QStringList cns = certificate.subjectInfo(QSslCertificate::CommonName);
            if (cns.contains(host))
                return true;
        }
    } else if (X509_check_host(x509.get(), hostBytes.constData(), size_t(hostBytes.size()), 0, nullptr)
        == 1) {
        return true;
    }
    QStringList names;
    for (const QString &dns : certificate.subjectAlternativeNames().values(QSsl::DnsEntry))
        names << dns;
    for (const QString &ip : certificate.subjectAlternativeNames().values(QSsl::IpAddressEntry))
        names << ip;
    if (names.isEmpty())
        names = certificate.subjectInfo(QSslCertificate::CommonName);
    *error = QStringLiteral("server certificate for \"%1\" does not match host name \"%2\"")
                 .arg(names.join(QStringLiteral("\", \"")), host);
    return false;
}

} // namespace pgrepl
