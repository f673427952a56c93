#include "CommandHelp.h"
#include "Commands.h"
#include "SimulatedSpecimenSource.h"

#include "events/RunId.h"
#include "monitor/ConsoleReporter.h"
#include "run/EventPipeline.h"
#include "util/ControlCharacters.h"
#include "util/InterruptWatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>

#include <cstdio>

namespace herb {

int runDemoCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    int exitCode = ExitCode::Finished;
    const QString defaultCount = QStringLiteral("25"), defaultLatency = QStringLiteral("40");
    if (!parseCommand(
            parser, QStringLiteral("demo"), arguments,
            { { QStringLiteral("healthy|failing"),
                withDefault(CommandLineText::tr("The scenario."), QStringLiteral("healthy")) } },
            { { QStringLiteral("out"),
                withDefault(CommandLineText::tr("Run folder."),
                            QStringLiteral("./herbstream-demo-<scenario>-<UTC time>")),
                QStringLiteral("DIR") },
              { QStringLiteral("count"),
                withDefault(CommandLineText::tr("Specimens."), defaultCount), QStringLiteral("N"),
                defaultCount },
              { QStringLiteral("latency-ms"),
                withDefault(CommandLineText::tr("Simulated latency in milliseconds."),
                            defaultLatency),
                QStringLiteral("MS"), defaultLatency } },
            exitCode))
        return exitCode;

    const QString scenarioName = parser.positionalArguments().value(0, QStringLiteral("healthy"));
    if (scenarioName != QLatin1String("healthy") && scenarioName != QLatin1String("failing"))
        return usageError(QStringLiteral("demo"),
                          CommandLineText::tr("the scenario is 'healthy' or 'failing'"));
    bool countOk = false, latencyOk = false;
    const int count = parser.value(QStringLiteral("count")).toInt(&countOk);
    const int latencyMs = parser.value(QStringLiteral("latency-ms")).toInt(&latencyOk);
    if (!countOk || count < 1 || !latencyOk || latencyMs < 0)
        return usageError(QStringLiteral("demo"),
                          CommandLineText::tr("--count and --latency-ms take whole numbers"));

    const qint64 now = currentTimeMs();
    QString folder = parser.value(QStringLiteral("out"));
    if (folder.isEmpty())
        folder = QStringLiteral("herbstream-demo-%1-%2")
                     .arg(scenarioName,
                          QDateTime::fromMSecsSinceEpoch(now, Qt::UTC)
                              .toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));

    EventPipeline::Options options;
    options.runFolder = folder;
    options.newRunId = makeRunId(now);
    QString error;
    auto pipeline = EventPipeline::open(options, &error);
    if (!pipeline) {
        printTo(stderr, CommandLineText::tr("herbstream demo: %1\n").arg(escapeForConsole(error)));
        return ExitCode::Failed;
    }

    const auto scenario = scenarioName == QLatin1String("healthy")
        ? SimulatedSpecimenSource::Scenario::Healthy
        : SimulatedSpecimenSource::Scenario::Failing;
    SimulatedSpecimenSource source(pipeline->bus(), scenario, count, latencyMs,
                                   pipeline->nextSession());
    pipeline->bus().setHaltHandler([&source](const HaltRequest &halt) { source.halt(halt); });

    ConsoleReporter reporter(stderr, ConsoleReporter::modeFor(stderr));
    QObject::connect(&pipeline->bus(), &EventBus::eventsDelivered, &source,
                     [&](const EventBatch &batch) {
                         for (const Event &event : batch)
                             reporter.report(event);
                     });
    InterruptWatcher interrupts;
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &source,
                     [&] { source.interrupt(); });
    QObject::connect(&source, &SimulatedSpecimenSource::finished, &source,
                     [] { QCoreApplication::quit(); });

    printTo(stderr,
            CommandLineText::tr(
                "Event-bus demonstration (simulated specimens, no extraction) into %1\n")
                .arg(escapeForConsole(QDir::toNativeSeparators(pipeline->eventsPath()))));
    pipeline->start();
    source.start();
    QCoreApplication::exec();
    pipeline->close();
    QCoreApplication::processEvents(); // the last delivered batch
    reporter.finish();

    printTo(stdout, ConsoleReporter::formatSummary(reporter.summary()));
    if (interrupts.exitCode() != 0)
        return interrupts.exitCode();
    return reporter.summary().exitCode();
}

} // namespace herb
