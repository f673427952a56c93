#include "scoring/Predictions.h"

#include "dwc/OccurrenceTable.h"
#include "run/RecordStore.h"
#include "scoring/CsvReader.h"
#include "scoring/TruthTable.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace herb {

namespace {

Predictions fromRecords(const QHash<QString, SpecimenRecord> &records)
{
    Predictions predicted;
    for (const SpecimenRecord &record : records) {
        if (record.success)
            predicted.insert(record.specimenId, record.record.dwc);
    }
    return predicted;
}

std::optional<Predictions> fromOccurrenceCsv(const QString &path,
                                             const QHash<QString, SpecimenRecord> &records,
                                             QString *error)
{
    QHash<QString, QString> idByOccurrence;
    for (const SpecimenRecord &record : records)
        idByOccurrence.insert(OccurrenceTable::occurrenceId(record.sha256), record.specimenId);
    const QList<QStringList> rows = CsvReader::readFile(path, error);
    if (!error->isEmpty() || rows.isEmpty())
        return std::nullopt;
    const QStringList header = rows.first();
    Predictions predicted;
    for (qsizetype r = 1; r < rows.size(); ++r) {
        QMap<QString, QString> values;
        for (qsizetype c = 0; c < header.size() && c < rows[r].size(); ++c)
            values.insert(header[c], rows[r][c]);
        const QString id = idByOccurrence.value(values.value(QStringLiteral("occurrenceID")));
        if (!id.isEmpty())
            predicted.insert(id, values);
    }
    return predicted;
}

} // namespace

std::optional<Predictions> readPredictions(const QString &path, QString *error)
{
    const QFileInfo info(path);
    const bool csv = !info.isDir() && path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    const QString recordsFile = info.isDir()
        ? QDir(path).filePath(QStringLiteral("records.jsonl"))
        : (csv ? info.dir().filePath(QStringLiteral("records.jsonl")) : path);
    if (!QFileInfo::exists(recordsFile)) {
        // The message keeps the command line's translation context (it is what `score` says).
        *error = csv
            ? QStringLiteral(
                  "%1: no records.jsonl beside this occurrence.csv to match its rows to specimens")
                  .arg(QDir::toNativeSeparators(path))
            : QCoreApplication::translate("CommandLine", "%1: no such file")
                  .arg(QDir::toNativeSeparators(recordsFile));
        return std::nullopt;
    }
    error->clear();
    const QHash<QString, SpecimenRecord> records = RecordStore::readFinal(recordsFile, error);
    if (!error->isEmpty())
        return std::nullopt;
    if (!csv)
        return fromRecords(records);
    return fromOccurrenceCsv(path, records, error);
}

ScoreTable scorePredictions(const TruthTable &truth, const Predictions &predicted)
{
    QHash<QString, QString> idByName;
    for (auto it = predicted.cbegin(); it != predicted.cend(); ++it)
        idByName.insert(QFileInfo(it.key()).fileName(), it.key());
    ScoreTable table;
    for (const TruthTable::Row &row : truth.rows()) {
        const QString id = predicted.contains(row.id) ? row.id : idByName.value(row.fileName);
        if (!id.isEmpty())
            table.addSpecimen(row.terms, predicted.value(id));
        else
            table.addMissing(row.terms); // no successful record: a miss for every field
    }
    return table;
}

} // namespace herb
