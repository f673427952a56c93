#include "ocr/Tessdata.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace herb {

QStringList Tessdata::searchPath()
{
    QStringList folders;
    const QString prefix = qEnvironmentVariable("TESSDATA_PREFIX");
    if (!prefix.isEmpty()) {
        folders << QDir::cleanPath(prefix);
        folders << QDir::cleanPath(prefix + QStringLiteral("/tessdata"));
    }
    // The Windows and macOS packages carry their language data beside the program
    // (bin/../share/tessdata, Herbstream.app/Contents/Resources/tessdata).
    if (QCoreApplication::instance()) {
        const QString programDir = QCoreApplication::applicationDirPath();
        folders << QDir::cleanPath(programDir + QStringLiteral("/../share/tessdata"))
                << QDir::cleanPath(programDir + QStringLiteral("/../Resources/tessdata"));
    }
    folders << QStringLiteral("/usr/share/tesseract-ocr/5/tessdata")
            << QStringLiteral("/usr/share/tesseract-ocr/4.00/tessdata")
            << QStringLiteral("/usr/share/tessdata");
    return folders;
}

QStringList Tessdata::splitLanguages(const QString &languages)
{
    QStringList parts;
    for (const QString &part : languages.split(QLatin1Char('+'), Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            parts << trimmed;
    }
    return parts;
}

bool Tessdata::isValidLanguageList(const QString &languages)
{
    const QStringList parts = splitLanguages(languages);
    if (parts.isEmpty())
        return false;
    for (const QString &part : parts) {
        for (const QChar c : part) {
            if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('_')
                && c != QLatin1Char('-'))
                return false;
        }
    }
    return true;
}

QString Tessdata::missingLanguageError(const QString &directory, const QString &languages)
{
    if (!isValidLanguageList(languages))
        return QStringLiteral("invalid Tesseract language list \"%1\" (expected e.g. \"eng\" or "
                              "\"eng+fra\")")
            .arg(languages);
    for (const QString &language : splitLanguages(languages)) {
        const QString file = QDir(directory).filePath(language + QStringLiteral(".traineddata"));
        if (!QFileInfo(file).isFile())
            return QStringLiteral("Tesseract language data %1 is missing (install the "
                                  "tesseract-ocr-%2 package or set TESSDATA_PREFIX)")
                .arg(file, language);
    }
    return {};
}

QString Tessdata::directoryFor(const QString &languages)
{
    if (!isValidLanguageList(languages))
        return {};
    for (const QString &folder : searchPath()) {
        if (missingLanguageError(folder, languages).isEmpty())
            return folder;
    }
    return {};
}

Tessdata::Location Tessdata::locate(const QString &languages, const QString &directory)
{
    if (!isValidLanguageList(languages))
        return { {}, missingLanguageError({}, languages) };
    if (!directory.isEmpty())
        return { directory, missingLanguageError(directory, languages) };
    const QString found = directoryFor(languages);
    if (!found.isEmpty())
        return { found, {} };
    // Name the file as it would be in the first standard folder that exists at all.
    const QStringList folders = searchPath();
    QString folder = folders.constLast();
    for (const QString &candidate : folders) {
        if (QFileInfo::exists(candidate)) {
            folder = candidate;
            break;
        }
    }
    return { {}, missingLanguageError(folder, languages) };
}

} // namespace herb
