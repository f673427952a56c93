#include "CommandHelp.h"
#include "Commands.h"

#include "run/RunConfig.h"
#include "window/DropClassifier.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QUrl>

namespace herb {

namespace {

// The icon the desktop entry names, from the icon theme when installed, else the one built in.
void setApplicationIcon()
{
    const QString id = QStringLiteral("org.herbstream.Herbstream");
    QGuiApplication::setDesktopFileName(id); // lets Wayland compositors match the desktop entry
    QApplication::setWindowIcon(
        QIcon::fromTheme(id, QIcon(QStringLiteral(":/icons/org.herbstream.Herbstream.svg"))));
}

} // namespace

// `herbstream` and `herbstream gui [IMAGES|EVENTS.jsonl|RUN_FOLDER] [run options] [--start]`:
// the window, prefilled from the same options as `run` and started at once with --start; or,
// given an events.jsonl or a run folder (the desktop entry passes what was opened), watching
// that run.
int runGuiCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    int exitCode = ExitCode::Finished;
    if (!parseCommand(
            parser, QStringLiteral("gui"), arguments,
            { { QStringLiteral("IMAGES|EVENTS.jsonl|RUN_FOLDER"),
                CommandLineText::tr(
                    "Folder of specimen images, or an events.jsonl or run folder to watch.") } },
            runCommandLineOptions()
                << QCommandLineOption { QStringLiteral("start"),
                                        CommandLineText::tr("Start the run at once.") },
            exitCode))
        return exitCode;
    if (parser.positionalArguments().size() > 1)
        return usageError(QStringLiteral("gui"),
                          CommandLineText::tr("expects one folder of images"));
    QString images = parser.positionalArguments().value(0);
    QString eventLog;
    if (!images.isEmpty()) {
        // The same reading as a drop on the window: a .jsonl file or a folder holding an
        // events.jsonl is a run to watch; anything else is the folder of images.
        eventLog = DroppedFiles::classify({ QUrl::fromLocalFile(images) }).eventLog;
        if (!eventLog.isEmpty())
            images.clear();
    }
    if (parser.isSet(QStringLiteral("start")) && images.isEmpty())
        return usageError(QStringLiteral("gui"),
                          CommandLineText::tr("--start needs a folder of images"));

    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return usageError(QStringLiteral("gui"),
                          CommandLineText::tr("'-h' and '--help' only show the help"));
    setApplicationIcon();
    MainWindow window;
    if (!arguments.isEmpty() && eventLog.isEmpty()) {
        RunConfig config;
        if (const QString error = runConfigFromOptions(parser, images, config); !error.isEmpty())
            return usageError(QStringLiteral("gui"), error);
        window.applyConfig(config);
    }
    window.show();
    if (!eventLog.isEmpty())
        window.openRunLog(eventLog);
    else if (parser.isSet(QStringLiteral("start")))
        window.startRunOnceCounted();
    return QApplication::exec();
}

} // namespace herb
