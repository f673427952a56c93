#include "CommandHelp.h"
#include "Commands.h"

#include "review/ReviewedExport.h"
#include "util/ControlCharacters.h"

#include <QCommandLineParser>
#include <QDir>

#include <cstdio>

namespace herb {

// `herbstream export RUN_FOLDER`: occurrence.csv and dwca.zip again, from records.jsonl and
// reviews.jsonl (core/review). A reviews.jsonl with a line that cannot be read refuses the
// export (exit 1) and names the line: a correction is never dropped silently.
int runExportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    int exitCode = ExitCode::Finished;
    const QList<QCommandLineOption> options {
        { QStringLiteral("approved-only"),
          CommandLineText::tr("Export only the records a curator approved (and that were not "
                              "extracted again since).") },
        { QStringLiteral("out"),
          withDefault(CommandLineText::tr("Write occurrence.csv and dwca.zip to this folder."),
                      CommandLineText::tr("the run folder")),
          QStringLiteral("DIR") },
    };
    if (!parseCommand(parser, QStringLiteral("export"), arguments,
                      { { QStringLiteral("RUN_FOLDER"),
                          CommandLineText::tr("A run folder (records.jsonl, reviews.jsonl).") } },
                      options, exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(QStringLiteral("export"), CommandLineText::tr("expects RUN_FOLDER"));

    ReviewedExportOptions exportOptions;
    exportOptions.runFolder = positional.first();
    exportOptions.outFolder = parser.value(QStringLiteral("out"));
    exportOptions.approvedOnly = parser.isSet(QStringLiteral("approved-only"));
    ReviewedExportSummary summary;
    QString error;
    if (!exportReviewedRun(exportOptions, &summary, &error)) {
        printTo(stderr,
                CommandLineText::tr("herbstream export: %1\n").arg(escapeForConsole(error)));
        return ExitCode::Failed;
    }
    const QString out = QDir::toNativeSeparators(
        exportOptions.outFolder.isEmpty() ? exportOptions.runFolder : exportOptions.outFolder);
    printTo(stdout,
            CommandLineText::tr("%1 records exported to %2 (occurrence.csv, dwca.zip), %3 with "
                                "corrections; %4 rejected and %5 not approved left out; %6 "
                                "changed since their review.\n")
                .arg(summary.exported)
                .arg(escapeForConsole(out))
                .arg(summary.corrected)
                .arg(summary.rejected)
                .arg(summary.notApproved)
                .arg(summary.changedSinceReview));
    return ExitCode::Finished;
}

} // namespace herb
