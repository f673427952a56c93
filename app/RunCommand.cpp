#include "CommandHelp.h"
#include "Commands.h"

#include "extraction/ApiKeyChecks.h"
#include "monitor/ConsoleReporter.h"
#include "run/PublicationOptions.h"
#include "run/RunController.h"
#include "run/RunOptions.h"
#include "util/ControlCharacters.h"
#include "util/InterruptWatcher.h"
#include "util/LibraryDiagnostics.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSettings>

#include <cstdio>

namespace herb {

QList<QCommandLineOption> runCommandLineOptions()
{
    QList<QCommandLineOption> options;
    for (const RunOption &option : runOptions()) {
        if (option.field.kind == RunField::Kind::Flag)
            options.append({ option.optionName(), option.description() });
        else
            options.append({ option.optionName(), option.description(),
                             QString::fromLatin1(option.valueName), option.defaultText() });
    }
    // Not a run setting (it changes what the console shows, not the run): outside the table.
    options.append({ QStringLiteral("verbose"),
                     CommandLineText::tr("Also show the warnings of Qt and Tesseract.") });
    return options;
}

// Fills `config` from parsed options; returns an error message for a bad value.
QString runConfigFromOptions(const QCommandLineParser &parser, const QString &images,
                             RunConfig &config)
{
    config.imagesFolder = images;
    // Stored once by the window's Publication page; an option given here wins for this run.
    readStoredPublication(QSettings(), config);
    for (const RunOption &option : runOptions()) {
        const QString name = option.optionName();
        if (option.field.kind == RunField::Kind::Flag) {
            option.field.set(config, parser.isSet(name));
            continue;
        }
        if (option.defaultNote && !parser.isSet(name))
            continue; // no value given: RunConfig's stays, or is derived below
        QString error;
        const std::optional<QVariant> value = option.parse(parser.value(name), &error);
        if (!value)
            return error;
        option.field.set(config, *value);
    }
    if (const QString problem = apiKeyEnvNameProblem(config.apiKeyEnv); !problem.isEmpty())
        return problem; // never echoes the value: it may be the key
    config.apiKey = qEnvironmentVariable(config.apiKeyEnv.toLocal8Bit().constData());
    if (!parser.isSet(QStringLiteral("engine")))
        config.engine = config.apiKey.isEmpty() ? EngineKind::Tesseract : EngineKind::OpenAi;
    if (config.outFolder.isEmpty()) {
        const QString name = QFileInfo(QDir(images).absolutePath()).fileName();
        config.outFolder = QStringLiteral("%1-%2").arg(
            name.isEmpty() ? QStringLiteral("run") : name,
            QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
    }
    return {};
}

int runRunCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    int exitCode = ExitCode::Finished;
    if (!parseCommand(
            parser, QStringLiteral("run"), arguments,
            { { QStringLiteral("IMAGES"), CommandLineText::tr("Folder of specimen images.") } },
            runCommandLineOptions(), exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return usageError(QStringLiteral("run"),
                          CommandLineText::tr("expects one folder of images"));
    RunConfig config;
    if (const QString error
        = runConfigFromOptions(parser, parser.positionalArguments().constFirst(), config);
        !error.isEmpty())
        return usageError(QStringLiteral("run"), error);
    if (parser.value(QStringLiteral("engine")).isEmpty() && config.engine == EngineKind::Tesseract)
        printTo(stderr,
                CommandLineText::tr("No API key in %1: using the offline engine (Tesseract).\n")
                    .arg(escapeForConsole(config.apiKeyEnv)));

    installLibraryDiagnosticsFilter();
    setLibraryDiagnosticsShown(parser.isSet(QStringLiteral("verbose")));
    RunController controller(config);
    ConsoleReporter reporter(stderr, ConsoleReporter::modeFor(stderr));
    InterruptWatcher interrupts;
    QObject::connect(&controller, &RunController::eventsDelivered, &controller,
                     [&](const EventBatch &batch) {
                         for (const Event &event : batch)
                             reporter.report(event);
                     });
    QObject::connect(&controller, &RunController::notice, &controller, [&](const QString &text) {
        reporter.finish();
        printTo(stderr, escapeForConsole(text) + QLatin1Char('\n')); // may quote a server
    });
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &controller,
                     [&](int code) { controller.interrupt(code); });
    QObject::connect(&controller, &RunController::finished, &controller,
                     [](int) { QCoreApplication::quit(); });

    printTo(stderr,
            CommandLineText::tr("Run folder: %1\n")
                .arg(escapeForConsole(
                    QDir::toNativeSeparators(QDir(config.outFolder).absolutePath()))));
    controller.start();
    QCoreApplication::exec();
    QCoreApplication::processEvents(); // the last batch of events
    reporter.finish();
    if (reporter.summary().eventCount() > 0)
        printTo(stdout, ConsoleReporter::formatSummary(reporter.summary()));
    if (config.dryRun && controller.lastRecord())
        printTo(
            stdout,
            QString::fromUtf8(
                QJsonDocument(controller.lastRecord()->toJson()).toJson(QJsonDocument::Indented)));
    return controller.exitCode();
}

} // namespace herb
