#pragma once

#include <QString>
#include <QStringList>

namespace herb {

// Where Tesseract's trained data lives and whether the languages a caller asks for are there.
//
// Search order: the TESSDATA_PREFIX environment variable (Tesseract 4+ reads it as the tessdata
// folder itself; older setups point it at the parent, so "<prefix>/tessdata" is tried too), then
// Debian's /usr/share/tesseract-ocr/5/tessdata, the 4.00 folder of older releases and
// /usr/share/tessdata (Fedora, Homebrew-style layouts).
class Tessdata
{
public:
    // Folders that are searched, in order (existing or not), for error messages.
    static QStringList searchPath();
    // The first folder on the search path that holds <language>.traineddata for every language
    // in `languages` ("eng", "eng+fra", "osd"); empty when none does.
    static QString directoryFor(const QString &languages);
    // Empty when every language of `languages` has its traineddata in `directory`; otherwise a
    // message naming the first missing file.
    static QString missingLanguageError(const QString &directory, const QString &languages);
    // "eng+fra" -> {"eng", "fra"}; empty parts and surrounding spaces are dropped.
    static QStringList splitLanguages(const QString &languages);
    // Only letters, digits, '_' and '-' in each part: language names become file names.
    static bool isValidLanguageList(const QString &languages);

    // Where an engine loads `languages` from: `directory` when one is given, else the search
    // path (directoryFor). `error` is empty when every traineddata is there; otherwise it names
    // the first missing file, in the folder given or in the first standard folder that exists.
    struct Location
    {
        QString directory; // empty when searched and not found
        QString error;
    };
    static Location locate(const QString &languages, const QString &directory);
};

} // namespace herb
