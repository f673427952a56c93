#pragma once

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace herb {

// RFC 4180 reader: comma-separated fields, quoted fields may hold commas, line breaks and
// doubled quotes. Lenient where spreadsheets are: LF or CRLF (or a lone CR) end a record, a
// UTF-8 byte order mark is skipped, blank lines are skipped, and a stray quote inside an
// unquoted field is kept as text. An unterminated quoted field is an error; the rows read up
// to it are still returned. The delimiter may be a semicolon or a tab instead of a comma.
class CsvReader
{
public:
    static QList<QStringList> parse(QStringView text, QString *error = nullptr,
                                    QChar delimiter = u',');
    // The delimiter of the header line: ';' or a tab when it has those and no comma, else ','.
    static QChar detectDelimiter(QStringView text);
    // UTF-8, or Latin-1 when the bytes are not valid UTF-8 (then *wasLatin1 is true).
    static QString decode(const QByteArray &bytes, bool *wasLatin1 = nullptr);
    // Reads the file as decode() does, with its detected delimiter. On failure returns no rows
    // and sets *error.
    static QList<QStringList> readFile(const QString &path, QString *error = nullptr);
};

} // namespace herb
