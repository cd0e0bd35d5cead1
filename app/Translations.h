#pragma once

#include <QString>

class QCoreApplication;

namespace pgrepl::app {

// Installs the application's and Qt's own translators for the given
// language, or for the system locale when it is empty. A language Qt knows
// also becomes the default QLocale, so that numbers follow it; with none
// the default stays the system locale. Returns the locale name that was
// loaded, or an empty string when English stays in use.
QString installTranslations(QCoreApplication &app, const QString &language);

} // namespace pgrepl::app
