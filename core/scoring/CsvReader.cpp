#include "scoring/CsvReader.h"

#include <QCoreApplication>
#include <QFile>

namespace herb {

namespace {

bool isBlankRecord(const QStringList &record)
{
    return record.size() == 1 && record.first().isEmpty();
}

} // namespace

QList<QStringList> CsvReader::parse(QStringView text, QString *error)
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
        } else if (c == u',') {
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
    return parse(QString::fromUtf8(file.readAll()), error);
}

} // namespace herb
