#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace pgrepl::app {

QString installTranslations(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // Numbers (sizes, durations, counts) follow the chosen language, not only
    // the text: "1,5 MiB" under --lang de whatever the system locale is; a
    // known language with no translation of its own still gets its numbers,
    // under the English text. A name Qt does not know comes back as the C
    // locale: the system's stays then, as it does when nothing was chosen.
    const bool chosen = !language.isEmpty() && locale.language() != QLocale::C;
    auto *own = new QTranslator(&app);
    // qt_add_translations embeds the .qm files under :/i18n.
    if (!own->load(locale, QStringLiteral("pgrepl"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        // No translation for this locale (or the C locale): English, whose
        // file carries the plural forms ("1 change", "2 changes").
        if (own->load(QStringLiteral("pgrepl_en"), QStringLiteral(":/i18n")))
            app.installTranslator(own);
        else
            delete own;
        if (chosen)
            QLocale::setDefault(locale);
        return {};
    }
    app.installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    else
        delete qt;
    if (chosen)
        QLocale::setDefault(locale);
    return locale.name();
}

} // namespace pgrepl::app
