#pragma once

#include <QSslCertificate>
#include <QString>

namespace pgrepl {

// verify-full's host-name check, done as libpq does rather than as
// QSslSocket does: DNS SANs alone decide when present (the CN is ignored),
// an IP host is matched against IP SANs, and the CN is used only when the
// certificate has no SAN of the kind that applies.
bool verifyPeerHostName(const QSslCertificate &certificate, const QString &host, QString *error);

} // namespace pgrepl
