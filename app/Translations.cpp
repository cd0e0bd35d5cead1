#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace pgrepl::app {

QString installTranslations(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto *own = new QTranslator(&app);
    // qt_add_translations embeds the .qm files under :/i18n.
    if (!own->load(locale, QStringLiteral("pgrepl"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        // No translation for this locale (or the C locale): English, whose
        // file carries the plural forms ("1 change", "2 changes").
        if (own->load(QStringLiteral("pgrepl_en"), QStringLiteral(":/i18n")))
            app.installTranslator(own);
        else
            delete own;
        return {};
    }
    app.installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    else
        delete qt;
    return locale.name();
}

} // namespace pgrepl::app
