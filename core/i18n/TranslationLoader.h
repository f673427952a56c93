#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace herb {

// Picks the interface language and installs the translators, for the command line and the
// window alike. The choice is the "ui/language" setting when it names a language we ship
// ("en", "fr"), otherwise the system locale (which on Unix honours LANGUAGE, LC_ALL,
// LC_MESSAGES and LANG). Herbstream's own translation comes from the executable's resources
// (:/i18n); Qt's (qtbase) from Qt's translations folder, so standard dialogs and
// QCommandLineParser errors match. An unknown language silently falls back to English.
// Data written to disk (events, records, exports) never goes through this: it stays English.
class TranslationLoader
{
public:
    // The QSettings key holding the explicit choice; empty or absent means "system".
    // AppSettings (ui) writes it; the command line reads it here without linking ui.
    static QString settingsKey();
    // Languages the interface is translated into, English first.
    static QStringList availableLanguages();

    // The stored choice ("", "en" or "fr"); QCoreApplication's names must be set first.
    static QString storedChoice();
    // The language `choice` resolves to: "en", "fr", … ("" follows `system`).
    static QString resolve(const QString &choice, const QLocale &system = QLocale::system());

    // Removes the translators installed before and installs those of `choice` (see
    // resolve()); returns the language now in use. Needs a QCoreApplication.
    static QString install(const QString &choice);
    // install(storedChoice()).
    static QString installFromSettings();
};

} // namespace herb
