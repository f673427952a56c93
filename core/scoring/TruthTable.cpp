#include "scoring/TruthTable.h"

#include "scoring/CsvReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

namespace herb {

namespace {

bool isFileColumn(const QString &header)
{
    const QString h = header.trimmed().toCaseFolded();
    return h == QLatin1String("file") || h == QLatin1String("file_name")
        || h == QLatin1String("filename") || h == QLatin1String("image");
}

} // namespace

QString TruthTable::baseName(const QString &path)
{
    // A truth table may name images by URL (with a query string) or by a path in another
    // folder layout; what identifies the image on both sides is its file name.
    QString p = path.trimmed();
    p.replace(u'\\', u'/');
    if (p.contains(QLatin1String("://"))) {
        const qsizetype cut = p.indexOf(QRegularExpression(QStringLiteral("[?#]")));
        if (cut >= 0)
            p.truncate(cut);
    }
    return p.mid(p.lastIndexOf(u'/') + 1);
}

bool TruthTable::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("Score", "cannot open %1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    bool latin1 = false;
    const QString text = CsvReader::decode(file.readAll(), &latin1);
    if (!parse(text, error))
        return false;
    if (latin1)
        m_warnings.prepend(QCoreApplication::translate(
            "Score", "the truth table is not UTF-8: read as Latin-1 (ISO 8859-1)"));
    return true;
}

bool TruthTable::parse(const QString &csvText, QString *error)
{
    m_rows.clear();
    m_terms.clear();
    m_warnings.clear();
    QString csvError;
    const QList<QStringList> table
        = CsvReader::parse(csvText, &csvError, CsvReader::detectDelimiter(csvText));
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
        const QString term = header[c].trimmed();
        if (fileColumn < 0 && isFileColumn(header[c])) {
            fileColumn = c;
        } else if (m_terms.contains(term)) {
            // Which of the two columns is the truth? Scoring either would be a guess.
            if (error)
                *error = QCoreApplication::translate("Score",
                                                     "the truth table has two columns named %1")
                             .arg(term);
            m_terms.clear();
            return false;
        } else if (!term.isEmpty()) {
            m_terms.append(term);
        }
    }

    QSet<QString> ids;
    int duplicates = 0;
    for (qsizetype r = 1; r < table.size(); ++r) {
        const QStringList &cells = table[r];
        Row row;
        row.id = cells.value(0).trimmed();
        if (row.id.isEmpty())
            continue;
        if (ids.contains(row.id)) {
            ++duplicates;
            continue;
        }
        ids.insert(row.id);
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
    if (m_rows.isEmpty()) {
        // Scoring nothing would print 0.0 %, which reads as a verdict on the run.
        if (error)
            *error = QCoreApplication::translate("Score", "the truth table has no specimen rows");
        m_terms.clear();
        return false;
    }
    if (duplicates > 0)
        m_warnings.append(QCoreApplication::translate(
            "Score",
            "%n truth row(s) repeat a specimen id already listed: only the first "
            "row of each id is scored",
            nullptr, duplicates));
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
