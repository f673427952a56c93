#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace herb {

// RFC 4180 reader: comma-separated fields, quoted fields may hold commas, line breaks and
// doubled quotes. Lenient where spreadsheets are: LF or CRLF (or a lone CR) end a record, a
// UTF-8 byte order mark is skipped, blank lines are skipped, and a stray quote inside an
// unquoted field is kept as text. An unterminated quoted field is an error; the rows read up
// to it are still returned.
class CsvReader
{
public:
    static QList<QStringList> parse(QStringView text, QString *error = nullptr);
    // Reads the file as UTF-8. On failure returns no rows and sets *error.
    static QList<QStringList> readFile(const QString &path, QString *error = nullptr);
};

} // namespace herb
