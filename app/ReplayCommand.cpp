#include "CommandHelp.h"
#include "Commands.h"

#include "events/EventLogFollower.h"
#include "monitor/ConsoleReporter.h"
#include "util/ControlCharacters.h"
#include "util/InterruptWatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <memory>

namespace herb {

namespace {

// A run folder stands for its events.jsonl; "-" is standard input.
QString resolveLogPath(const QString &argument)
{
    const QFileInfo info(argument);
    if (argument != QLatin1String("-") && info.isDir())
        return QDir(argument).filePath(QStringLiteral("events.jsonl"));
    return argument;
}

QString shownPath(const QString &path)
{
    // A file name may hold control characters: shown escaped, never sent to the terminal.
    return path == QLatin1String("-") ? CommandLineText::tr("standard input")
                                      : escapeForConsole(QDir::toNativeSeparators(path));
}

void reportCorruption(const QString &path, qint64 line, const QString &message)
{
    printTo(stderr,
            CommandLineText::tr("%1:%2: corrupt line: %3\n")
                .arg(shownPath(path))
                .arg(line)
                .arg(escapeForConsole(message)));
}

void reportLegacyFormat(const QString &path)
{
    printTo(stderr,
            CommandLineText::tr("%1: a log of the older format (the original Python tool: no "
                                "run_id or seq); summarised as far as it goes\n")
                .arg(shownPath(path)));
}

QString stateName(RunSummary::State state)
{
    switch (state) {
    case RunSummary::State::NotStarted:
        return QStringLiteral("not_started");
    case RunSummary::State::Running:
        return QStringLiteral("running");
    case RunSummary::State::Completed:
        return QStringLiteral("completed");
    case RunSummary::State::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QString utcText(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
                        .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"))
                  : QString();
}

// `replay --json`: the summary as one JSON object, names as in events.jsonl.
QJsonObject summaryJson(const RunSummary &summary, bool legacyFormat, qint64 corruptLines,
                        bool tornTail)
{
    QJsonObject counts;
    for (auto it = summary.countsByType().cbegin(); it != summary.countsByType().cend(); ++it)
        counts.insert(it.key(), it.value());
    const RunMetrics &metrics = summary.metrics();
    QJsonObject json {
        { QStringLiteral("format"),
          legacyFormat ? QStringLiteral("python") : QStringLiteral("herbstream") },
        { QStringLiteral("run_id"),
          legacyFormat ? QJsonValue(QJsonValue::Null) : QJsonValue(summary.runId()) },
        { QStringLiteral("state"), stateName(summary.state()) },
        { QStringLiteral("exit_code"), summary.exitCode() },
        { QStringLiteral("sessions"), summary.sessions() },
        { QStringLiteral("events"), summary.eventCount() },
        { QStringLiteral("first_timestamp"), utcText(summary.firstTimestampMs()) },
        { QStringLiteral("last_timestamp"), utcText(summary.lastTimestampMs()) },
        { QStringLiteral("events_by_type"), counts },
        { QStringLiteral("metrics"),
          QJsonObject { { QStringLiteral("specimen_count"), metrics.specimenCount() },
                        { QStringLiteral("total_processed"), metrics.totalProcessed() },
                        { QStringLiteral("success_count"), metrics.successCount() },
                        { QStringLiteral("failed_count"), metrics.failedCount() },
                        { QStringLiteral("skipped_count"), metrics.skippedCount() },
                        { QStringLiteral("success_rate"), metrics.successRate() } } },
        { QStringLiteral("warnings"), qint64(summary.warnings().size()) },
        { QStringLiteral("corrupt_lines"), corruptLines },
        { QStringLiteral("torn_tail"), tornTail },
    };
    if (const auto &checkpoint = summary.checkpoint())
        json.insert(QStringLiteral("checkpoint"),
                    QJsonObject { { QStringLiteral("status"),
                                    checkpoint->passed ? QStringLiteral("passed")
                                                       : QStringLiteral("failed") },
                                  { QStringLiteral("checked"), checkpoint->checked },
                                  { QStringLiteral("success_rate"), checkpoint->successRate },
                                  { QStringLiteral("threshold"), checkpoint->threshold } });
    if (const auto &failure = summary.failure())
        json.insert(QStringLiteral("failure"),
                    QJsonObject { { QStringLiteral("reason"), nameOf(failure->reason) },
                                  { QStringLiteral("message"), failure->message } });
    return json;
}

void printSummary(const RunSummary &summary, bool json, bool legacyFormat, qint64 corruptLines,
                  bool tornTail)
{
    if (json)
        printTo(stdout,
                QString::fromUtf8(
                    QJsonDocument(summaryJson(summary, legacyFormat, corruptLines, tornTail))
                        .toJson(QJsonDocument::Compact))
                    + QLatin1Char('\n'));
    else
        printTo(stdout, ConsoleReporter::formatSummary(summary));
}

int replayOnce(const QString &path, bool json)
{
    const EventLogReader::Result result = EventLogReader::readAll(path);
    if (!result.error.isEmpty()) {
        printTo(stderr,
                CommandLineText::tr("herbstream replay: %1\n").arg(escapeForConsole(result.error)));
        return ExitCode::Failed;
    }
    if (result.legacyFormat)
        reportLegacyFormat(path);
    for (const LogCorruption &corruption : result.corruptions)
        reportCorruption(path, corruption.lineNumber, corruption.message);
    if (result.tornTail)
        printTo(stderr,
                CommandLineText::tr("%1: the last line is incomplete (the writer is still running "
                                    "or crashed); it was ignored\n")
                    .arg(shownPath(path)));
    RunSummary summary;
    for (const Event &event : result.events)
        summary.observe(event);
    printSummary(summary, json, result.legacyFormat, qint64(result.corruptions.size()),
                 result.tornTail);
    return result.corruptions.empty() ? ExitCode::Finished : ExitCode::Failed;
}

int follow(const QString &path, bool json)
{
    auto reporter = std::make_unique<ConsoleReporter>(stderr, ConsoleReporter::modeFor(stderr));
    EventLogFollower follower(path);
    InterruptWatcher interrupts;
    int exitCode = ExitCode::Finished;
    bool ended = false;
    qint64 corruptLines = 0;

    QObject::connect(&follower, &EventLogFollower::eventsRead, &follower,
                     [&](const EventBatch &events) {
                         for (const Event &event : events) {
                             reporter->report(event);
                             // A resumed run starts a new session after a terminal event: follow
                             // only to the end of the session being watched when the log has
                             // nothing after it.
                             ended = event.isTerminal();
                         }
                         if (ended)
                             QCoreApplication::exit(0);
                     });
    QObject::connect(&follower, &EventLogFollower::corruptLine, &follower,
                     [&](qint64 line, const QString &message) {
                         ++corruptLines;
                         reportCorruption(path, line, message);
                     });
    // Truncated and written again: what was summarised belongs to another log.
    QObject::connect(&follower, &EventLogFollower::logRestarted, &follower, [&] {
        reporter->finish();
        printTo(stderr,
                CommandLineText::tr("%1: the log was truncated or replaced; following the new "
                                    "log from its start\n")
                    .arg(shownPath(path)));
        reporter = std::make_unique<ConsoleReporter>(stderr, ConsoleReporter::modeFor(stderr));
        corruptLines = 0;
    });
    QObject::connect(
        &follower, &EventLogFollower::readFailed, &follower, [&](const QString &message) {
            reporter->finish();
            printTo(stderr,
                    CommandLineText::tr("herbstream replay: %1\n").arg(escapeForConsole(message)));
            exitCode = ExitCode::Failed;
            QCoreApplication::exit(1);
        });
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &follower, [&](int code) {
        exitCode = code;
        QCoreApplication::exit(code);
    });
    follower.start();
    if (!ended && exitCode == ExitCode::Finished)
        QCoreApplication::exec();
    reporter->finish();
    printSummary(reporter->summary(), json, false, corruptLines, false);
    return exitCode;
}

} // namespace

int runReplayCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    int exitCode = ExitCode::Finished;
    if (!parseCommand(
            parser, QStringLiteral("replay"), arguments,
            { { QStringLiteral("EVENTS.jsonl|RUN_FOLDER|-"),
                CommandLineText::tr("The run's log, its run folder, a pipe or FIFO, or - for "
                                    "standard input.") } },
            { { QStringLiteral("follow"),
                CommandLineText::tr("Keep reading as the log grows, until the run ends.") },
              { QStringLiteral("json"),
                CommandLineText::tr("Print the summary as one JSON object.") } },
            exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return usageError(QStringLiteral("replay"),
                          CommandLineText::tr("expects one events.jsonl or run folder"));
    const QString path = resolveLogPath(parser.positionalArguments().constFirst());
    const bool json = parser.isSet(QStringLiteral("json"));
    if (!parser.isSet(QStringLiteral("follow")))
        return replayOnce(path, json);
    const QFileInfo info(path);
    if (path == QLatin1String("-") || (info.exists() && !info.isFile()))
        return usageError(QStringLiteral("replay"),
                          CommandLineText::tr("--follow needs a file; a pipe is read to its end "
                                              "without it"));
    return follow(path, json);
}

} // namespace herb
