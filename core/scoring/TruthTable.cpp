#include "scoring/TruthTable.h"

#include "scoring/CsvReader.h"

#include <QCoreApplication>
#include <QFile>

namespace herb {

namespace {

QString baseName(const QString &path)
{
    QString p = path.trimmed();
    p.replace(u'\\', u'/');
    return p.mid(p.lastIndexOf(u'/') + 1);
}

bool isFileColumn(const QString &header)
{
    const QString h = header.trimmed().toCaseFolded();
    return h == QLatin1String("file") || h == QLatin1String("file_name")
        || h == QLatin1String("filename") || h == QLatin1String("image");
}

} // namespace

bool TruthTable::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("Score", "cannot open %1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    return parse(QString::fromUtf8(file.readAll()), error);
}

bool TruthTable::parse(const QString &csvText, QString *error)
{
    m_rows.clear();
    m_terms.clear();
    QString csvError;
    const QList<QStringList> table = CsvReader::parse(csvText, &csvError);
    if (!csvError.isEmpty()) {
        if (error)
            *error = csvError;
        return false;
    }
    if (table.isEmpty() || table.first().isEmpty() || table.first().first().trimmed().isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("Score", "truth table has no header row");
        return false;
    }

    const QStringList header = table.first();
    int fileColumn = -1;
    for (int c = 1; c < header.size(); ++c) {
        if (fileColumn < 0 && isFileColumn(header[c]))
            fileColumn = c;
        else if (!header[c].trimmed().isEmpty())
            m_terms.append(header[c].trimmed());
    }

    for (qsizetype r = 1; r < table.size(); ++r) {
        const QStringList &cells = table[r];
        Row row;
        row.id = cells.value(0).trimmed();
        if (row.id.isEmpty())
            continue;
        row.fileName = fileColumn >= 0 ? cells.value(fileColumn).trimmed() : QString();
        if (row.fileName.isEmpty())
            row.fileName = row.id;
        for (int c = 1; c < header.size(); ++c) {
            const QString term = header[c].trimmed();
            if (c != fileColumn && !term.isEmpty())
                row.terms.insert(term, cells.value(c));
        }
        m_rows.append(row);
    }
    if (error)
        error->clear();
    return true;
}

std::optional<TruthTable::Row> TruthTable::find(const QString &specimenId) const
{
    const QString id = specimenId.trimmed();
    for (const Row &row : m_rows) {
        if (row.id == id)
            return row;
    }
    const QString name = baseName(id);
    if (name.isEmpty())
        return std::nullopt;
    std::optional<Row> found;
    for (const Row &row : m_rows) {
        if (baseName(row.fileName) == name || baseName(row.id) == name) {
            if (found)
                return std::nullopt;
            found = row;
        }
    }
    return found;
}

} // namespace herb
