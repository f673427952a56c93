#include "CommandLine.h"

#include "CommandHelp.h"
#include "Commands.h"
#include "herbstream_version.h"
#include "i18n/TranslationLoader.h"
#include "util/ConsoleStreams.h"
#include "util/ControlCharacters.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

#include <cstdio>

namespace herb {

void printTo(FILE *stream, const QString &text)
{
    // Outside values were escaped where they were put in; this catches any that were not.
    const QByteArray bytes = escapeForConsole(text, LineBreaks::Keep).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

int usageError(const QString &command, const QString &message)
{
    // A known command's own help lists its options; otherwise the list of commands.
    bool known = false;
    for (const CommandInfo &info : commandInfos())
        known = known || command == QLatin1String(info.name);
    printTo(stderr,
            known ? CommandLineText::tr("herbstream %1: %2\nTry 'herbstream %1 --help'.\n")
                        .arg(escapeForConsole(command), escapeForConsole(message))
                  : CommandLineText::tr("herbstream %1: %2\nTry 'herbstream --help'.\n")
                        .arg(escapeForConsole(command), escapeForConsole(message)));
    return ExitCode::Usage;
}

namespace {
bool isCommand(int argc, char *argv[], const char *name)
{
    return argc > 1 && qstrcmp(argv[1], name) == 0;
}

// `gui --help` prints its options without opening (or needing) a display.
bool asksForHelp(int argc, char *argv[])
{
    for (int i = 2; i < argc; ++i)
        if (qstrcmp(argv[i], "--help") == 0 || qstrcmp(argv[i], "-h") == 0)
            return true;
    return false;
}
} // namespace

int runCommandLine(int argc, char *argv[])
{
    ConsoleStreams::useUtf8(); // a Windows console shows what printTo() writes: UTF-8
    // `samples` draws text, which needs a QGuiApplication (on Linux, on the offscreen platform).
    // Everything else runs headless on a QCoreApplication.
    // `gui` and no arguments at all open the window, which needs a QApplication.
    std::unique_ptr<QCoreApplication> application;
    if (argc == 1 || (isCommand(argc, argv, "gui") && !asksForHelp(argc, argv))) {
#if defined(Q_OS_LINUX)
        // Qt aborts when it finds no display; say so plainly instead.
        if (!qEnvironmentVariableIsSet("DISPLAY") && !qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
            && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
            printTo(stderr,
                    CommandLineText::tr("herbstream: no display for the window; use "
                                        "'herbstream run' on a headless machine.\n"));
            return ExitCode::Failed;
        }
#endif
        application = std::make_unique<QApplication>(argc, argv);
    } else if (isCommand(argc, argv, "samples")) {
#if defined(Q_OS_LINUX)
        // Linux: the offscreen platform, whether or not there is a display, finds the same fonts
        // through fontconfig, so a sample set does not depend on where it was made. Windows and
        // macOS keep their own platform plugin: their offscreen plugin finds no system fonts,
        // and installed packages do not carry it.
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("herbstream"));
    QCoreApplication::setOrganizationName(QStringLiteral("Herbstream"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HERBSTREAM_VERSION));

    // Before any text is printed: the language chosen in the settings, else the system's.
    TranslationLoader::installFromSettings();

    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty())
        return runGuiCommand(arguments);
    // `herbstream help COMMAND` is `herbstream COMMAND --help`.
    if (arguments.size() == 2 && arguments.first() == QLatin1String("help"))
        arguments = QStringList { arguments.last(), QStringLiteral("--help") };
    if (arguments.first() == QLatin1String("--help") || arguments.first() == QLatin1String("-h")
        || arguments.first() == QLatin1String("help")) {
        printTo(stdout, overallHelp());
        return ExitCode::Finished;
    }
    if (arguments.first() == QLatin1String("--version")
        || arguments.first() == QLatin1String("-v")) {
        printTo(stdout, QStringLiteral("herbstream %1\n").arg(QStringLiteral(HERBSTREAM_VERSION)));
        return ExitCode::Finished;
    }
    const QString command = arguments.takeFirst();
    if (command == QLatin1String("replay"))
        return runReplayCommand(arguments);
    if (command == QLatin1String("demo"))
        return runDemoCommand(arguments);
    if (command == QLatin1String("run"))
        return runRunCommand(arguments);
    if (command == QLatin1String("samples"))
        return runSamplesCommand(arguments);
    if (command == QLatin1String("score"))
        return runScoreCommand(arguments);
    if (command == QLatin1String("check-archive"))
        return runCheckArchiveCommand(arguments);
    if (command == QLatin1String("gui"))
        return runGuiCommand(arguments);
    if (command == QLatin1String("export"))
        return runExportCommand(arguments);
    if (command == QLatin1String("review-log"))
        return runReviewLogCommand(arguments);
    return usageError(command, CommandLineText::tr("unknown command"));
}

} // namespace herb
