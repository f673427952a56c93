#include "CommandHelp.h"
#include "Commands.h"

#include "review/ReviewLog.h"
#include "review/ReviewLogReader.h"
#include "util/ControlCharacters.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonDocument>

#include <cstdio>

namespace herb {

namespace {

// "2026-12-03 16:40:00Z  ana  box1/s5.jpg  locality: 'Sta Cruz' → 'Santa Cruz'; status
// unreviewed → approved  (note)". Values from the file go through escapeForConsole: a value
// with a control character cannot break the line.
QString describe(const ReviewEntry &entry)
{
    QStringList changes;
    if (entry.changesField())
        changes.append(CommandLineText::tr("%1: '%2' → '%3'")
                           .arg(escapeForConsole(entry.field), escapeForConsole(entry.before),
                                escapeForConsole(entry.after)));
    if (entry.changesStatus())
        changes.append(CommandLineText::tr("status %1 → %2")
                           .arg(nameOf(entry.statusFrom.value_or(ReviewStatus::Unreviewed)),
                                nameOf(*entry.statusTo)));
    QString line
        = QStringLiteral("%1  %2  %3  %4")
              .arg(QDateTime::fromMSecsSinceEpoch(entry.timestampMs, Qt::UTC).toString(Qt::ISODate),
                   escapeForConsole(entry.reviewer), escapeForConsole(entry.specimenId),
                   changes.join(QLatin1String("; ")));
    if (!entry.note.isEmpty())
        line += QStringLiteral("  (%1)").arg(escapeForConsole(entry.note));
    return line + QLatin1Char('\n');
}

} // namespace

// `herbstream review-log RUN_FOLDER`: who changed what, from reviews.jsonl. Needs no lock, so it
// works while a window reviews the run. A line that cannot be read ends the listing with its
// number (exit 1) after the lines before it.
int runReviewLogCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    int exitCode = ExitCode::Finished;
    if (!parseCommand(parser, QStringLiteral("review-log"), arguments,
                      { { QStringLiteral("RUN_FOLDER"),
                          CommandLineText::tr("A run folder (its reviews.jsonl).") } },
                      { { QStringLiteral("json"),
                          CommandLineText::tr("Print one JSON object per decision (JSON "
                                              "Lines) instead of text.") } },
                      exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(QStringLiteral("review-log"), CommandLineText::tr("expects RUN_FOLDER"));
    const bool json = parser.isSet(QStringLiteral("json"));
    const ReviewLogContents contents = readReviewLog(ReviewLog::pathIn(positional.first()));
    for (const ReviewEntry &entry : contents.entries) {
        if (json)
            printTo(stdout, QString::fromUtf8(entry.toJsonLine()));
        else
            printTo(stdout, describe(entry));
    }
    if (!contents.ok()) {
        printTo(stderr,
                CommandLineText::tr("herbstream review-log: %1\n")
                    .arg(escapeForConsole(contents.error)));
        return ExitCode::Failed;
    }
    if (!json && contents.entries.isEmpty())
        printTo(stderr, CommandLineText::tr("herbstream review-log: no review decisions yet\n"));
    return ExitCode::Finished;
}

} // namespace herb
