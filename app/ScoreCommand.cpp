#include "CommandHelp.h"
#include "Commands.h"

#include "scoring/Predictions.h"
#include "scoring/ScoreTable.h"
#include "scoring/TruthTable.h"
#include "util/ControlCharacters.h"

#include <QCommandLineParser>
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
    int exitCode = ExitCode::Finished;
    if (!parseCommand(
            parser, QStringLiteral("score"), arguments,
            { { QStringLiteral("RECORDS"),
                CommandLineText::tr("records.jsonl, an occurrence.csv or a run folder") },
              { QStringLiteral("TRUTH.csv"), CommandLineText::tr("The known answers.") } },
            { { QStringLiteral("json"), CommandLineText::tr("Print JSON instead of a table.") } },
            exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 2)
        return usageError(QStringLiteral("score"),
                          CommandLineText::tr("expects RECORDS and TRUTH.csv"));

    QString error;
    const auto predicted = readPredictions(parser.positionalArguments().at(0), &error);
    if (!predicted) {
        printTo(stderr, CommandLineText::tr("herbstream score: %1\n").arg(escapeForConsole(error)));
        return ExitCode::Failed;
    }
    TruthTable truth;
    if (!truth.load(parser.positionalArguments().at(1), &error)) {
        printTo(stderr, CommandLineText::tr("herbstream score: %1\n").arg(escapeForConsole(error)));
        return ExitCode::Failed;
    }

    const ScoreTable table = scorePredictions(truth, *predicted);

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
