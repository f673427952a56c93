#include "scoring/Predictions.h"

#include "dwc/OccurrenceTable.h"
#include "run/SpecimenRecord.h"
#include "scoring/CsvReader.h"
#include "scoring/RunScore.h"
#include "scoring/TruthTable.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace herb {

namespace {

void warn(QStringList *warnings, const QString &text)
{
    if (warnings)
        warnings->append(text);
}

// The final record of every specimen (the last line for its id). Unlike RecordStore::readFinal,
// which reads a log that may be being written, the whole file is taken: a last line without a
// newline is a record written by a tool that ends files that way.
std::optional<QHash<QString, SpecimenRecord>> readRecords(const QString &path, QString *error,
                                                          QStringList *warnings)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    QHash<QString, SpecimenRecord> final;
    int unreadable = 0;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        if (!doc.isObject()) {
            ++unreadable;
            continue;
        }
        SpecimenRecord record = SpecimenRecord::fromJson(doc.object());
        final.insert(record.specimenId, std::move(record));
    }
    if (unreadable > 0)
        warn(warnings,
             QCoreApplication::translate("Score",
                                         "%1: %n line(s) are not JSON records and were skipped",
                                         nullptr, unreadable)
                 .arg(QDir::toNativeSeparators(path)));
    return final;
}

Predictions fromRecords(const QHash<QString, SpecimenRecord> &records)
{
    Predictions predicted;
    for (const SpecimenRecord &record : records) {
        if (record.success)
            predicted.insert(record.specimenId, record.record.dwc);
    }
    return predicted;
}

QList<QMap<QString, QString>> csvRows(const QString &path, QString *error)
{
    const QList<QStringList> rows = CsvReader::readFile(path, error);
    QList<QMap<QString, QString>> result;
    if (!error->isEmpty() || rows.isEmpty())
        return result;
    const QStringList header = rows.first();
    for (qsizetype r = 1; r < rows.size(); ++r) {
        QMap<QString, QString> values;
        for (qsizetype c = 0; c < header.size() && c < rows[r].size(); ++c)
            values.insert(header[c].trimmed(), rows[r][c]);
        result.append(values);
    }
    return result;
}

std::optional<Predictions> fromHerbstreamCsv(const QString &path,
                                             const QHash<QString, SpecimenRecord> &records,
                                             QString *error, QStringList *warnings)
{
    QHash<QString, QString> idByOccurrence;
    for (const SpecimenRecord &record : records)
        idByOccurrence.insert(OccurrenceTable::occurrenceId(record.sha256), record.specimenId);
    const QList<QMap<QString, QString>> rows = csvRows(path, error);
    if (!error->isEmpty())
        return std::nullopt;
    Predictions predicted;
    int unmapped = 0;
    for (const QMap<QString, QString> &values : rows) {
        const QString id = idByOccurrence.value(values.value(QStringLiteral("occurrenceID")));
        if (id.isEmpty())
            ++unmapped;
        else
            predicted.insert(id, values);
    }
    if (unmapped > 0)
        warn(warnings,
             QCoreApplication::translate(
                 "Score", "%1: %n row(s) have an occurrenceID no record beside it has: not scored",
                 nullptr, unmapped)
                 .arg(QDir::toNativeSeparators(path)));
    return predicted;
}

std::optional<Predictions> fromForeignCsv(const QString &path, const QString &key, QString *error)
{
    const QList<QMap<QString, QString>> rows = csvRows(path, error);
    if (!error->isEmpty())
        return std::nullopt;
    QString idColumn;
    if (!rows.isEmpty()) {
        for (const QString &name : rows.first().keys()) {
            const QString folded = name.toCaseFolded();
            if (folded == QLatin1String("file") || folded == QLatin1String("file_name")
                || folded == QLatin1String("filename") || folded == QLatin1String("image"))
                idColumn = name;
        }
    }
    if (idColumn.isEmpty() && key.isEmpty()) {
        *error = QCoreApplication::translate(
                     "Score",
                     "%1: no records.jsonl beside it and no image name column (file, "
                     "file_name, filename or image): give --key catalogNumber or --key "
                     "occurrenceID to match its rows to the truth")
                     .arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    Predictions predicted;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        // With --key the rows are matched on that term's values: any unique id will do.
        const QString id = idColumn.isEmpty() ? QStringLiteral("row %1").arg(r + 2)
                                              : rows[r].value(idColumn).trimmed();
        predicted.insert(id, rows[r]);
    }
    return predicted;
}

} // namespace

std::optional<Predictions> readPredictions(const QString &path, QString *error,
                                           QStringList *warnings, const QString &key)
{
    error->clear();
    const QFileInfo info(path);
    const bool csv = !info.isDir() && path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    const QString recordsFile = info.isDir()
        ? QDir(path).filePath(QStringLiteral("records.jsonl"))
        : (csv ? info.dir().filePath(QStringLiteral("records.jsonl")) : path);
    if (csv && !QFileInfo::exists(recordsFile))
        return fromForeignCsv(path, key, error);
    if (!QFileInfo::exists(recordsFile)) {
        // The message keeps the command line's translation context (it is what `score` says).
        *error = QCoreApplication::translate("CommandLine", "%1: no such file")
                     .arg(QDir::toNativeSeparators(recordsFile));
        return std::nullopt;
    }
    const auto records = readRecords(recordsFile, error, warnings);
    if (!records)
        return std::nullopt;
    if (!csv)
        return fromRecords(*records);
    return fromHerbstreamCsv(path, *records, error, warnings);
}

ScoreTable scorePredictions(const TruthTable &truth, const Predictions &predicted)
{
    QString error;
    std::optional<RunScore> run = scoreRun(truth, predicted, ScoreRules(), QString(), &error);
    return run ? run->table : ScoreTable();
}

} // namespace herb
