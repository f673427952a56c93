#include "CommandHelp.h"
#include "Commands.h"

#include "dwc/AtomicFileWriter.h"
#include "scoring/Predictions.h"
#include "scoring/RunScore.h"
#include "scoring/ScoreReport.h"
#include "scoring/ScoreRules.h"
#include "scoring/TruthTable.h"
#include "util/ControlCharacters.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace herb {

namespace {

int failed(const QString &message)
{
    printTo(stderr, CommandLineText::tr("herbstream score: %1\n").arg(escapeForConsole(message)));
    return ExitCode::Failed;
}

QList<QCommandLineOption> scoreOptions()
{
    return {
        { QStringLiteral("json"), CommandLineText::tr("Print JSON instead of a table.") },
        { QStringLiteral("diff"),
          CommandLineText::tr("Write every compared cell that is not an exact match (specimen, "
                              "field, model value, truth, graded, kind) to this CSV file."),
          QStringLiteral("FILE.csv") },
        { QStringLiteral("ignore-empty-truth"),
          CommandLineText::tr("Do not score cells whose truth is empty (values a model invents "
                              "there are then not counted).") },
        { QStringLiteral("empty-tokens"),
          withDefault(CommandLineText::tr("Comma-separated cell texts that mean empty, in the "
                                          "truth and in the answers."),
                      ScoreRules::defaultEmptyTokens().join(QLatin1Char(','))),
          QStringLiteral("LIST") },
        { QStringLiteral("abstain-tokens"),
          withDefault(CommandLineText::tr("Comma-separated answers that are abstentions: "
                                          "counted apart, not scored."),
                      ScoreRules::defaultAbstentionTokens().join(QLatin1Char(','))),
          QStringLiteral("LIST") },
        { QStringLiteral("graded-raw"),
          CommandLineText::tr("Graded similarity on the text as written (case and spacing "
                              "count) instead of folded.") },
        { QStringLiteral("normalize"),
          CommandLineText::tr("Loosen matching: any of punct, space, nfc, dates, "
                              "comma-separated."),
          QStringLiteral("LIST") },
        { QStringLiteral("map"),
          CommandLineText::tr("Score truth column COLUMN as Darwin Core term TERM (repeatable)."),
          QStringLiteral("COLUMN=TERM") },
        { QStringLiteral("key"),
          CommandLineText::tr("Match truth rows to records on this term (catalogNumber, "
                              "occurrenceID) instead of the image name."),
          QStringLiteral("TERM") },
    };
}

// The options as rules; false (and *error) for a value that makes no sense.
bool rulesFrom(const QCommandLineParser &parser, ScoreRules *rules, QString *error)
{
    rules->ignoreEmptyTruth = parser.isSet(QStringLiteral("ignore-empty-truth"));
    rules->gradedRaw = parser.isSet(QStringLiteral("graded-raw"));
    if (parser.isSet(QStringLiteral("empty-tokens")))
        rules->emptyTokens = ScoreRules::parseTokens(parser.value(QStringLiteral("empty-tokens")));
    if (parser.isSet(QStringLiteral("abstain-tokens")))
        rules->abstentionTokens
            = ScoreRules::parseTokens(parser.value(QStringLiteral("abstain-tokens")));
    rules->normalizations
        = ScoreRules::parseNormalizations(parser.value(QStringLiteral("normalize")), error);
    if (rules->normalizations < 0)
        return false;
    return ScoreRules::parseColumnMap(parser.values(QStringLiteral("map")), &rules->columnMap,
                                      error);
}

} // namespace

// `herbstream score RECORDS... TRUTH.csv`: per-field accuracy of one or several runs against
// known answers. The counting lives in core/scoring (ScoreTable, RunScore, ScoreReport).
int runScoreCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    int exitCode = ExitCode::Finished;
    if (!parseCommand(
            parser, QStringLiteral("score"), arguments,
            { { QStringLiteral("RECORDS..."),
                CommandLineText::tr("records.jsonl, an occurrence.csv or a run folder; "
                                    "several runs give one column each") },
              { QStringLiteral("TRUTH.csv"), CommandLineText::tr("The known answers.") } },
            scoreOptions(), exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2)
        return usageError(QStringLiteral("score"),
                          CommandLineText::tr("expects RECORDS and TRUTH.csv"));
    ScoreRules rules;
    QString error;
    if (!rulesFrom(parser, &rules, &error))
        return usageError(QStringLiteral("score"), error);

    TruthTable truth;
    if (!truth.load(positional.last(), &error))
        return failed(
            QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(positional.last()), error));
    const QString key = parser.value(QStringLiteral("key"));
    QList<RunScore> runs;
    for (const QString &source : positional.mid(0, positional.size() - 1)) {
        QStringList warnings = truth.warnings();
        const auto predicted = readPredictions(source, &error, &warnings, key);
        if (!predicted)
            return failed(error);
        std::optional<RunScore> run = scoreRun(truth, *predicted, rules, key, &error);
        if (!run)
            return failed(error);
        run->source = source;
        run->warnings = warnings + run->warnings;
        runs.append(*run);
    }

    if (parser.isSet(QStringLiteral("diff"))) {
        const QString diffPath = parser.value(QStringLiteral("diff"));
        if (!writeFileAtomically(diffPath, ScoreReport::diffCsv(runs), &error))
            return failed(error);
    }
    if (parser.isSet(QStringLiteral("json"))) {
        const QJsonObject root = ScoreReport::json(runs);
        printTo(stdout, QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)));
        return ExitCode::Finished;
    }
    const QString table
        = ScoreReport::text(runs, [](const QString &name) { return escapeForConsole(name); });
    printTo(stdout, table);
    return ExitCode::Finished;
}

} // namespace herb
