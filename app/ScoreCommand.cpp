#include "Commands.h"

#include "dwc/OccurrenceTable.h"
#include "labels/CsvReader.h"
#include "labels/ScoreTable.h"
#include "labels/TruthTable.h"
#include "run/RecordStore.h"
#include "util/ControlCharacters.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace herb {

namespace {

QJsonObject scoreJson(const FieldScore &score)
{
    return QJsonObject { { QStringLiteral("compared"), score.compared },
                         { QStringLiteral("exact"), score.exact },
                         { QStringLiteral("exact_rate"), score.exactRate() },
                         { QStringLiteral("graded"), score.meanGraded() } };
}

// The predicted values per specimen id. An occurrence.csv is read as it is (what would be
// imported); its rows carry occurrenceIDs, which the records.jsonl beside it maps back to
// specimen ids (both derive from the image's SHA-256).
std::optional<QHash<QString, QMap<QString, QString>>> predictions(const QString &path,
                                                                  QString *error)
{
    const QFileInfo info(path);
    const QString recordsPath
        = info.isDir() ? QDir(path).filePath(QStringLiteral("records.jsonl")) : path;
    const bool csv = !info.isDir() && path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    const QString recordsFile
        = csv ? info.dir().filePath(QStringLiteral("records.jsonl")) : recordsPath;
    if (!QFileInfo::exists(recordsFile)) {
        *error = csv
            ? QStringLiteral(
                  "%1: no records.jsonl beside this occurrence.csv to match its rows to specimens")
                  .arg(QDir::toNativeSeparators(path))
            : CommandLineText::tr("%1: no such file").arg(QDir::toNativeSeparators(recordsFile));
        return std::nullopt;
    }
    const QHash<QString, SpecimenRecord> records = RecordStore::readFinal(recordsFile, error);
    if (!error->isEmpty())
        return std::nullopt;
    QHash<QString, QMap<QString, QString>> predicted;
    if (!csv) {
        for (const SpecimenRecord &record : records) {
            if (record.success)
                predicted.insert(record.specimenId, record.record.dwc);
        }
        return predicted;
    }
    QHash<QString, QString> idByOccurrence;
    for (const SpecimenRecord &record : records)
        idByOccurrence.insert(OccurrenceTable::occurrenceId(record.sha256), record.specimenId);
    const QList<QStringList> rows = CsvReader::readFile(path, error);
    if (!error->isEmpty() || rows.isEmpty())
        return std::nullopt;
    const QStringList header = rows.first();
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

QString tableRow(const QString &name, const FieldScore &score)
{
    return QStringLiteral("%1 %2 %3 %4\n")
        .arg(escapeForConsole(name), -26) // a column name of the truth table
        .arg(score.compared, 8)
        .arg(QString::number(score.exactRate() * 100.0, 'f', 1) + QLatin1String(" %"), 9)
        .arg(QString::number(score.meanGraded() * 100.0, 'f', 1) + QLatin1String(" %"), 9);
}

} // namespace

// `herbstream score RECORDS TRUTH.csv [--json]`: per-field accuracy of a run against known
// answers, exact (case and whitespace folded) and graded (1 - normalised Levenshtein).
int runScoreCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("records"),
                                 CommandLineText::tr("records.jsonl or a run folder"));
    parser.addPositionalArgument(QStringLiteral("truth"), QStringLiteral("truth.csv"));
    parser.addOption(
        { QStringLiteral("json"), CommandLineText::tr("Print JSON instead of a table.") });
    if (!parser.parse(QStringList { QStringLiteral("herbstream score") } + arguments))
        return usageError(QStringLiteral("score"), parser.errorText());
    if (parser.positionalArguments().size() != 2)
        return usageError(QStringLiteral("score"),
                          CommandLineText::tr("expects RECORDS and TRUTH.csv"));

    QString error;
    const auto predicted = predictions(parser.positionalArguments().at(0), &error);
    if (!predicted) {
        printTo(stderr, CommandLineText::tr("herbstream score: %1\n").arg(escapeForConsole(error)));
        return ExitCode::Failed;
    }
    TruthTable truth;
    if (!truth.load(parser.positionalArguments().at(1), &error)) {
        printTo(stderr, CommandLineText::tr("herbstream score: %1\n").arg(escapeForConsole(error)));
        return ExitCode::Failed;
    }

    // By id, and by file name for truth tables that list bare file names.
    QHash<QString, QString> idByName;
    for (auto it = predicted->cbegin(); it != predicted->cend(); ++it)
        idByName.insert(QFileInfo(it.key()).fileName(), it.key());
    ScoreTable table;
    for (const TruthTable::Row &row : truth.rows()) {
        QString id = predicted->contains(row.id) ? row.id : idByName.value(row.fileName);
        if (!id.isEmpty())
            table.addSpecimen(row.terms, predicted->value(id));
        else
            table.addMissing(row.terms); // no successful record: a miss for every field
    }

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject fields;
        for (const QString &term : table.fields())
            fields.insert(term, scoreJson(table.field(term)));
        const QJsonObject root { { QStringLiteral("specimens"), table.specimenCount() },
                                 { QStringLiteral("missing"), table.missingCount() },
                                 { QStringLiteral("fields"), fields },
                                 { QStringLiteral("overall"), scoreJson(table.overall()) } };
        printTo(stdout, QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)));
        return ExitCode::Finished;
    }
    QString text = CommandLineText::tr("Scored %n specimens (%1 with no successful record)\n\n",
                                       nullptr, table.specimenCount() + table.missingCount())
                       .arg(table.missingCount());
    text += QStringLiteral("%1 %2 %3 %4\n")
                .arg(CommandLineText::tr("field", "score table heading"), -26)
                .arg(CommandLineText::tr("compared", "score table heading"), 8)
                .arg(CommandLineText::tr("exact", "score table heading"), 9)
                .arg(CommandLineText::tr("graded", "score table heading"), 9);
    for (const QString &term : table.fields())
        text += tableRow(term, table.field(term));
    text += tableRow(CommandLineText::tr("overall", "score table row"), table.overall());
    printTo(stdout, text);
    return ExitCode::Finished;
}

} // namespace herb
