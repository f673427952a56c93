#include "TranslationLoader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace herb {

namespace {

const QLatin1String kEnglish("en");

// The translators currently installed; owned by the application object, so they live as long
// as it does and die with it.
QList<QPointer<QTranslator>> &installed()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

void installTranslator(const QString &file, const QString &folder, const QString &language)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(file + QLatin1Char('_') + language, folder)) {
        QCoreApplication::installTranslator(translator);
        installed().append(translator);
    } else {
        delete translator;
    }
}

} // namespace

QString TranslationLoader::settingsKey()
{
    return QStringLiteral("ui/language");
}

QStringList TranslationLoader::availableLanguages()
{
    return { QStringLiteral("en"), QStringLiteral("fr") };
}

QString TranslationLoader::storedChoice()
{
    return QSettings().value(settingsKey()).toString();
}

QString TranslationLoader::resolve(const QString &choice, const QLocale &system)
{
    const QStringList available = availableLanguages();
    if (available.contains(choice))
        return choice;
    // uiLanguages() lists the user's preferences in order (LANGUAGE first on Unix): the first
    // one we ship wins; English, the source language, also ends the search.
    for (const QString &name : system.uiLanguages()) {
        const QString language = QLocale(name).name().section(QLatin1Char('_'), 0, 0);
        if (available.contains(language))
            return language;
    }
    return kEnglish;
}

QString TranslationLoader::install(const QString &choice)
{
    for (const QPointer<QTranslator> &translator : std::as_const(installed())) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installed().clear();

    const QString language = resolve(choice);
    if (language != kEnglish) {
        installTranslator(QStringLiteral("herbstream"), QStringLiteral(":/i18n"), language);
        installTranslator(QStringLiteral("qtbase"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath), language);
    }
    return language;
}

QString TranslationLoader::installFromSettings()
{
    return install(storedChoice());
}

} // namespace herb
