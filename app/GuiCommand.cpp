#include "Commands.h"

#include "MainWindow.h"
#include "run/RunConfig.h"

#include <QApplication>
#include <QCommandLineParser>

namespace herb {

// `herbstream` and `herbstream gui [IMAGES] [run options] [--start]`: the window, prefilled
// from the same options as `run`, and started at once with --start.
int runGuiCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("images"),
                                 CommandLineText::tr("Folder of specimen images."),
                                 QStringLiteral("[IMAGES]"));
    addRunOptions(parser);
    parser.addOption({ QStringLiteral("start"), CommandLineText::tr("Start the run at once.") });
    if (!parser.parse(QStringList { QStringLiteral("herbstream gui") } + arguments))
        return usageError(QStringLiteral("gui"), parser.errorText());
    if (parser.positionalArguments().size() > 1)
        return usageError(QStringLiteral("gui"),
                          CommandLineText::tr("expects one folder of images"));
    const QString images = parser.positionalArguments().value(0);
    if (parser.isSet(QStringLiteral("start")) && images.isEmpty())
        return usageError(QStringLiteral("gui"),
                          CommandLineText::tr("--start needs a folder of images"));

    MainWindow window;
    if (!arguments.isEmpty()) {
        RunConfig config;
        if (const QString error = runConfigFromOptions(parser, images, config); !error.isEmpty())
            return usageError(QStringLiteral("gui"), error);
        window.applyConfig(config);
    }
    window.show();
    if (parser.isSet(QStringLiteral("start")))
        window.startRun();
    return QApplication::exec();
}

} // namespace herb
