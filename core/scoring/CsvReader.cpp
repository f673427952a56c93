#include "scoring/CsvReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

namespace herb {

namespace {

bool isBlankRecord(const QStringList &record)
{
    return record.size() == 1 && record.first().isEmpty();
}

} // namespace

QChar CsvReader::detectDelimiter(QStringView text)
{
    // Spreadsheets in many European locales save "CSV" with semicolons, and some tools write
    // tab-separated text under a .csv name: the header line tells which one a file uses.
    const qsizetype end = text.indexOf(u'\n');
    const QStringView header = end < 0 ? text : text.left(end);
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool inQuotes = false;
    for (const QChar c : header) {
        if (c == u'"')
            inQuotes = !inQuotes;
        else if (!inQuotes && c == u',')
            ++commas;
        else if (!inQuotes && c == u';')
            ++semicolons;
        else if (!inQuotes && c == u'\t')
            ++tabs;
    }
    if (commas == 0 && semicolons > 0 && semicolons >= tabs)
        return u';';
    if (commas == 0 && tabs > 0)
        return u'\t';
    return u',';
}

QString CsvReader::decode(const QByteArray &bytes, bool *wasLatin1)
{
    QStringDecoder utf8(QStringConverter::Utf8);
    QString text = utf8(bytes);
    const bool latin1 = utf8.hasError();
    if (wasLatin1)
        *wasLatin1 = latin1;
    // Not UTF-8: spreadsheets on Windows save their "CSV" in the local 8-bit code page, most
    // often Latin-1 for the languages of herbarium labels. Reading it as UTF-8 would turn every
    // accented letter into a replacement character.
    return latin1 ? QString::fromLatin1(bytes) : text;
}

QList<QStringList> CsvReader::parse(QStringView text, QString *error, QChar delimiter)
{
    if (error)
        error->clear();
    if (text.startsWith(QChar(0xFEFF)))
        text = text.mid(1);

    QList<QStringList> rows;
    QStringList record;
    QString field;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    int line = 1;
    int quoteStartLine = 0;

    const auto endRecord = [&] {
        record.append(field);
        field.clear();
        fieldWasQuoted = false;
        if (!isBlankRecord(record))
            rows.append(record);
        record.clear();
    };

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == u'"' && field.isEmpty() && !fieldWasQuoted) {
            inQuotes = true;
            fieldWasQuoted = true;
            quoteStartLine = line;
        } else if (c == delimiter) {
            record.append(field);
            field.clear();
            fieldWasQuoted = false;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            ++line;
            endRecord();
        } else {
            field.append(c);
        }
    }

    if (inQuotes) {
        if (error)
            *error = QCoreApplication::translate("Score",
                                                 "unterminated quoted field starting on line %1")
                         .arg(quoteStartLine);
        return rows;
    }
    if (!field.isEmpty() || !record.isEmpty() || fieldWasQuoted)
        endRecord();
    return rows;
}

QList<QStringList> CsvReader::readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("Score", "cannot open %1: %2")
                         .arg(path, file.errorString());
        return {};
    }
    const QString text = decode(file.readAll());
    return parse(text, error, detectDelimiter(text));
}

} // namespace herb
