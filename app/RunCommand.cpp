#include "Commands.h"

#include "monitor/ConsoleReporter.h"
#include "run/RunController.h"
#include "util/ControlCharacters.h"
#include "util/InterruptWatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

#include <cstdio>

namespace herb {

namespace {

struct NumberOption
{
    const char *name;
    const char *valueName;
    const char *help;
    const char *defaultValue;
};

// Options shared by `run` and `gui` (DESIGN.md, "Command line").
const NumberOption kNumberOptions[] = {
    { "concurrency", "N", QT_TRANSLATE_NOOP("CommandLine", "Specimens in flight at once (4)."),
      "4" },
    { "limit", "N", QT_TRANSLATE_NOOP("CommandLine", "Process at most N specimens (0: all)."),
      "0" },
    { "checkpoint", "N",
      QT_TRANSLATE_NOOP("CommandLine", "Early checkpoint after N finished specimens (5)."), "5" },
    { "checkpoint-min-rate", "R",
      QT_TRANSLATE_NOOP("CommandLine", "Minimum success rate at the checkpoint (0.5)."), "0.5" },
    { "min-core-fields", "K",
      QT_TRANSLATE_NOOP("CommandLine", "Core Darwin Core fields a success needs (3)."), "3" },
    { "monitor-every", "M",
      QT_TRANSLATE_NOOP("CommandLine", "Rolling success check every M specimens (50)."), "50" },
    { "monitor-min-rate", "R",
      QT_TRANSLATE_NOOP("CommandLine", "Minimum rolling success rate (0.7)."), "0.7" },
    { "stall-seconds", "S",
      QT_TRANSLATE_NOOP("CommandLine", "Warn when nothing finishes for S seconds (300)."), "300" },
    { "max-side", "PX",
      QT_TRANSLATE_NOOP("CommandLine", "Longest side of the image sent to the model (2048)."),
      "2048" },
    { "timeout", "S", QT_TRANSLATE_NOOP("CommandLine", "Seconds a model request may take (120)."),
      "120" },
};

} // namespace

void addRunOptions(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("prompt"),
                       CommandLineText::tr("Prompt file or NAME.system/.user.prompt pair."),
                       QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("engine"), CommandLineText::tr("openai or tesseract."),
                       QStringLiteral("ENGINE") });
    parser.addOption({ QStringLiteral("model"), CommandLineText::tr("Model id."),
                       QStringLiteral("ID"), QStringLiteral("openai/gpt-4o-mini") });
    parser.addOption({ QStringLiteral("base-url"),
                       CommandLineText::tr("OpenAI-compatible endpoint."), QStringLiteral("URL"),
                       QStringLiteral("https://openrouter.ai/api/v1") });
    parser.addOption({ QStringLiteral("api-key-env"),
                       CommandLineText::tr("Environment variable holding the key."),
                       QStringLiteral("NAME"), QStringLiteral("OPENROUTER_API_KEY") });
    parser.addOption(
        { QStringLiteral("out"), CommandLineText::tr("Run folder."), QStringLiteral("DIR") });
    parser.addOption({ QStringLiteral("resume"), CommandLineText::tr("Continue the run folder.") });
    parser.addOption(
        { QStringLiteral("dry-run"),
          CommandLineText::tr("Preflight and one specimen; print the parsed record.") });
    parser.addOption({ QStringLiteral("ocr-lang"),
                       CommandLineText::tr("Tesseract languages (eng)."), QStringLiteral("LANGS"),
                       QStringLiteral("eng") });
    parser.addOption(
        { QStringLiteral("deny-data-collection"),
          CommandLineText::tr("OpenRouter: only providers that do not collect data.") });
    parser.addOption({ QStringLiteral("allow-insecure-http"),
                       CommandLineText::tr("Allow plain http to a non-loopback host.") });
    parser.addOption({ QStringLiteral("institution-code"),
                       CommandLineText::tr("institutionCode of the exports."),
                       QStringLiteral("CODE") });
    parser.addOption({ QStringLiteral("collection-code"),
                       CommandLineText::tr("collectionCode of the exports."),
                       QStringLiteral("CODE") });
    parser.addOption({ QStringLiteral("license"),
                       CommandLineText::tr("Licence IRI of the exports."), QStringLiteral("IRI"),
                       QStringLiteral("http://creativecommons.org/licenses/by/4.0/legalcode") });
    for (const NumberOption &option : kNumberOptions)
        parser.addOption({ QString::fromLatin1(option.name), CommandLineText::tr(option.help),
                           QString::fromLatin1(option.valueName),
                           QString::fromLatin1(option.defaultValue) });
}

// Fills `config` from parsed options; returns an error message for a bad value.
QString runConfigFromOptions(const QCommandLineParser &parser, const QString &images,
                             RunConfig &config)
{
    config.imagesFolder = images;
    config.promptPath = parser.value(QStringLiteral("prompt"));
    config.model = parser.value(QStringLiteral("model"));
    config.baseUrl = QUrl(parser.value(QStringLiteral("base-url")));
    config.apiKeyEnv = parser.value(QStringLiteral("api-key-env"));
    config.apiKey = qEnvironmentVariable(config.apiKeyEnv.toLocal8Bit().constData());
    config.engine = parser.value(QStringLiteral("engine"));
    if (config.engine.isEmpty())
        config.engine
            = config.apiKey.isEmpty() ? QStringLiteral("tesseract") : QStringLiteral("openai");
    if (config.engine != QLatin1String("openai") && config.engine != QLatin1String("tesseract"))
        return CommandLineText::tr("--engine is openai or tesseract");
    if (!config.baseUrl.isValid() || config.baseUrl.scheme().isEmpty())
        return CommandLineText::tr("--base-url is not a URL");
    config.resume = parser.isSet(QStringLiteral("resume"));
    config.dryRun = parser.isSet(QStringLiteral("dry-run"));
    config.ocrLanguages = parser.value(QStringLiteral("ocr-lang"));
    config.openRouterDenyDataCollection = parser.isSet(QStringLiteral("deny-data-collection"));
    config.allowInsecureHttp = parser.isSet(QStringLiteral("allow-insecure-http"));
    config.exportSettings.institutionCode = parser.value(QStringLiteral("institution-code"));
    config.exportSettings.collectionCode = parser.value(QStringLiteral("collection-code"));
    config.exportSettings.license = parser.value(QStringLiteral("license"));
    config.exportSettings.title = QStringLiteral("Herbarium specimens transcribed with Herbstream");

    bool ok = true;
    auto integer = [&](const char *name, int minimum) {
        bool parsed = false;
        const int value = parser.value(QString::fromLatin1(name)).toInt(&parsed);
        ok = ok && parsed && value >= minimum;
        return value;
    };
    auto rate = [&](const char *name) {
        bool parsed = false;
        const double value = parser.value(QString::fromLatin1(name)).toDouble(&parsed);
        ok = ok && parsed && value >= 0.0 && value <= 1.0;
        return value;
    };
    config.concurrency = integer("concurrency", 1);
    config.limit = integer("limit", 0);
    config.validation.checkpointSize = integer("checkpoint", 1);
    config.validation.checkpointMinRate = rate("checkpoint-min-rate");
    config.minCoreFields = integer("min-core-fields", 1);
    config.validation.monitorEvery = integer("monitor-every", 1);
    config.validation.monitorMinRate = rate("monitor-min-rate");
    config.validation.stallSeconds = integer("stall-seconds", 1);
    config.maxSide = integer("max-side", 64);
    config.timeoutSeconds = integer("timeout", 1);
    if (!ok)
        return CommandLineText::tr("a numeric option has a bad value (see --help)");

    config.outFolder = parser.value(QStringLiteral("out"));
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
    parser.addPositionalArgument(QStringLiteral("images"),
                                 CommandLineText::tr("Folder of specimen images."));
    addRunOptions(parser);
    if (!parser.parse(QStringList { QStringLiteral("herbstream run") } + arguments))
        return usageError(QStringLiteral("run"), parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return usageError(QStringLiteral("run"),
                          CommandLineText::tr("expects one folder of images"));
    RunConfig config;
    if (const QString error
        = runConfigFromOptions(parser, parser.positionalArguments().constFirst(), config);
        !error.isEmpty())
        return usageError(QStringLiteral("run"), error);
    if (parser.value(QStringLiteral("engine")).isEmpty()
        && config.engine == QLatin1String("tesseract"))
        printTo(stderr,
                CommandLineText::tr("No API key in %1: using the offline engine (Tesseract).\n")
                    .arg(escapeForConsole(config.apiKeyEnv)));

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
