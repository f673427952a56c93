#include "CsvRows.h"

#include "scoring/CsvReader.h"

namespace herb::test {

QHash<QString, QHash<QString, QString>> rowsByColumn(const QString &text, QChar delimiter,
                                                     const QString &keyColumn)
{
    const QList<QStringList> rows = CsvReader::parse(text, nullptr, delimiter);
    QHash<QString, QHash<QString, QString>> result;
    if (rows.isEmpty())
        return result;
    const QStringList header = rows.first();
    for (qsizetype r = 1; r < rows.size(); ++r) {
        QHash<QString, QString> row;
        for (qsizetype c = 0; c < header.size() && c < rows.at(r).size(); ++c)
            row.insert(header.at(c), rows.at(r).at(c));
        result.insert(row.value(keyColumn), row);
    }
    return result;
}

} // namespace herb::test
