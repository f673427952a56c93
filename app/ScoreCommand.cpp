#include "Commands.h"

#include "labels/ScoreTable.h"
#include "labels/TruthTable.h"
#include "run/RecordStore.h"

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

QString tableRow(const QString &name, const FieldScore &score)
{
    return QStringLiteral("%1 %2 %3 %4\n")
        .arg(name, -26)
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
                                 QStringLiteral("records.jsonl or a run folder"));
    parser.addPositionalArgument(QStringLiteral("truth"), QStringLiteral("truth.csv"));
    parser.addOption({ QStringLiteral("json"), QStringLiteral("Print JSON instead of a table.") });
    if (!parser.parse(QStringList { QStringLiteral("herbstream score") } + arguments))
        return usageError(QStringLiteral("score"), parser.errorText());
    if (parser.positionalArguments().size() != 2)
        return usageError(QStringLiteral("score"), QStringLiteral("expects RECORDS and TRUTH.csv"));

    QString recordsPath = parser.positionalArguments().at(0);
    if (QFileInfo(recordsPath).isDir())
        recordsPath = QDir(recordsPath).filePath(QStringLiteral("records.jsonl"));
    if (recordsPath.endsWith(QLatin1String(".csv"))) {
        printTo(
            stderr,
            QStringLiteral("herbstream score: %1: occurrence.csv carries no specimen ids to match; "
                           "score the run folder or its records.jsonl\n")
                .arg(recordsPath));
        return ExitCode::Usage;
    }
    if (!QFileInfo::exists(recordsPath)) {
        printTo(stderr,
                QStringLiteral("herbstream score: %1: no such file\n")
                    .arg(QDir::toNativeSeparators(recordsPath)));
        return ExitCode::Failed;
    }
    QString error;
    const QHash<QString, SpecimenRecord> records = RecordStore::readFinal(recordsPath, &error);
    if (!error.isEmpty()) {
        printTo(stderr, QStringLiteral("herbstream score: %1\n").arg(error));
        return ExitCode::Failed;
    }
    TruthTable truth;
    if (!truth.load(parser.positionalArguments().at(1), &error)) {
        printTo(stderr, QStringLiteral("herbstream score: %1\n").arg(error));
        return ExitCode::Failed;
    }

    // Records by id, and by file name for truth tables that list bare file names.
    QHash<QString, const SpecimenRecord *> byName;
    for (const SpecimenRecord &record : records)
        byName.insert(QFileInfo(record.specimenId).fileName(), &record);
    ScoreTable table;
    for (const TruthTable::Row &row : truth.rows()) {
        const SpecimenRecord *record = nullptr;
        if (const auto it = records.constFind(row.id); it != records.cend())
            record = &*it;
        else
            record = byName.value(row.fileName);
        if (record && record->success)
            table.addSpecimen(row.terms, record->record.dwc);
        else
            table.addMissing(row.terms); // no record, or a failed one: a miss for every field
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
    QString text = QStringLiteral("Scored %1 specimens (%2 with no successful record)\n\n")
                       .arg(table.specimenCount() + table.missingCount())
                       .arg(table.missingCount());
    text += QStringLiteral("%1 %2 %3 %4\n")
                .arg(QStringLiteral("field"), -26)
                .arg(QStringLiteral("compared"), 8)
                .arg(QStringLiteral("exact"), 9)
                .arg(QStringLiteral("graded"), 9);
    for (const QString &term : table.fields())
        text += tableRow(term, table.field(term));
    text += tableRow(QStringLiteral("overall"), table.overall());
    printTo(stdout, text);
    return ExitCode::Finished;
}

} // namespace herb
