#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace pgrepl {

// What SCRAM-SHA-256-PLUS binds the exchange to; PostgreSQL supports only
// the "tls-server-end-point" type (RFC 5929 section 4).
struct ChannelBindingData
{
    QByteArray type; // "tls-server-end-point", or empty for none
    QByteArray data; // the hash of the server certificate
};

// RFC 5929 section 4.1: hashes the DER certificate with the hash of its
// signature algorithm, except that MD5 and SHA-1 become SHA-256. Algorithms
// without a single hash (RSA-PSS, Ed25519, ...) and undecodable certificates
// give nullopt and an error naming the algorithm or the problem.
std::optional<QByteArray> tlsServerEndPointHash(const QByteArray &derCertificate, QString *error = nullptr);

} // namespace pgrepl
