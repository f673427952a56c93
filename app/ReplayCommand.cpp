#include "Commands.h"

#include "events/EventLogFollower.h"
#include "monitor/ConsoleReporter.h"
#include "util/ControlCharacters.h"
#include "util/InterruptWatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cstdio>

namespace herb {

namespace {

// A run folder stands for its events.jsonl.
QString resolveLogPath(const QString &argument)
{
    const QFileInfo info(argument);
    if (info.isDir())
        return QDir(argument).filePath(QStringLiteral("events.jsonl"));
    return argument;
}

void reportCorruption(const QString &path, qint64 line, const QString &message)
{
    printTo(stderr,
            CommandLineText::tr("%1:%2: corrupt line: %3\n")
                .arg(escapeForConsole(QDir::toNativeSeparators(path)))
                .arg(line)
                .arg(escapeForConsole(message)));
}

int replayOnce(const QString &path)
{
    const EventLogReader::Result result = EventLogReader::readAll(path);
    if (!result.error.isEmpty()) {
        printTo(stderr,
                CommandLineText::tr("herbstream replay: %1\n").arg(escapeForConsole(result.error)));
        return ExitCode::Failed;
    }
    for (const LogCorruption &corruption : result.corruptions)
        reportCorruption(path, corruption.lineNumber, corruption.message);
    if (result.tornTail)
        printTo(stderr,
                CommandLineText::tr("%1: the last line is incomplete (the writer is still running "
                                    "or crashed); it was ignored\n")
                    .arg(escapeForConsole(QDir::toNativeSeparators(path))));
    RunSummary summary;
    for (const Event &event : result.events)
        summary.observe(event);
    printTo(stdout, ConsoleReporter::formatSummary(summary));
    return result.corruptions.empty() ? ExitCode::Finished : ExitCode::Failed;
}

int follow(const QString &path)
{
    ConsoleReporter reporter(stderr, ConsoleReporter::modeFor(stderr));
    EventLogFollower follower(path);
    InterruptWatcher interrupts;
    int exitCode = ExitCode::Finished;
    bool ended = false;

    QObject::connect(&follower, &EventLogFollower::eventsRead, &follower,
                     [&](const EventBatch &events) {
                         for (const Event &event : events) {
                             reporter.report(event);
                             // A resumed run starts a new session after a terminal event: follow
                             // only to the end of the session being watched when the log has
                             // nothing after it.
                             ended = event.isTerminal();
                         }
                         if (ended)
                             QCoreApplication::exit(0);
                     });
    QObject::connect(
        &follower, &EventLogFollower::corruptLine, &follower,
        [&](qint64 line, const QString &message) { reportCorruption(path, line, message); });
    QObject::connect(
        &follower, &EventLogFollower::readFailed, &follower, [&](const QString &message) {
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
    reporter.finish();
    printTo(stdout, ConsoleReporter::formatSummary(reporter.summary()));
    return exitCode;
}

} // namespace

int runReplayCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("events"),
                                 CommandLineText::tr("events.jsonl or a run folder"));
    parser.addOption({ QStringLiteral("follow"),
                       CommandLineText::tr("Keep reading as the log grows, until the run ends.") });
    if (!parser.parse(QStringList { QStringLiteral("herbstream replay") } + arguments))
        return usageError(QStringLiteral("replay"), parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return usageError(QStringLiteral("replay"),
                          CommandLineText::tr("expects one events.jsonl or run folder"));
    const QString path = resolveLogPath(parser.positionalArguments().constFirst());
    return parser.isSet(QStringLiteral("follow")) ? follow(path) : replayOnce(path);
}

} // namespace herb
