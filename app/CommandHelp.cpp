#include "CommandHelp.h"

#include "Commands.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace herb {

namespace {

QString text(const char *source)
{
    return QCoreApplication::translate("CommandLine", source);
}

// Rows of "  name  description", the descriptions aligned; a name too long for the column
// puts its description on the next line.
QString table(const QList<QPair<QString, QString>> &rows)
{
    constexpr qsizetype kColumn = 28;
    QString out;
    for (const auto &[name, description] : rows) {
        out += QLatin1String("  ") + name;
        if (name.size() + 2 < kColumn)
            out += QString(kColumn - name.size() - 2, QLatin1Char(' '));
        else
            out += QLatin1Char('\n') + QString(kColumn + 2, QLatin1Char(' '));
        out += QLatin1String("  ") + description + QLatin1Char('\n');
    }
    return out;
}

QCommandLineOption helpOption()
{
    return { { QStringLiteral("h"), QStringLiteral("help") },
             QCoreApplication::translate("CommandLine", "Show this help and exit.") };
}

} // namespace

const QList<CommandInfo> &commandInfos()
{
    static const QList<CommandInfo> commands {
        { "gui", "herbstream gui [IMAGES|EVENTS.jsonl|RUN_FOLDER] [run options] [--start]",
          QT_TRANSLATE_NOOP("CommandLine",
                            "Open the window, prefilled from the run options (the same as "
                            "'run'); --start starts the run at once. 'herbstream' alone opens "
                            "the window too.") },
        { "run", "herbstream run IMAGES [run options]",
          QT_TRANSLATE_NOOP("CommandLine",
                            "Transcribe a folder of specimen images into Darwin Core records, "
                            "with live progress and early validation.") },
        { "replay", "herbstream replay EVENTS.jsonl|RUN_FOLDER|- [--follow] [--json]",
          QT_TRANSLATE_NOOP("CommandLine",
                            "Summary of a run from its log (a file, a pipe, or - for standard "
                            "input); --follow tails a live log until the run ends.") },
        { "score",
          "herbstream score RECORDS... TRUTH.csv [--json] [--diff FILE.csv] [--map COLUMN=TERM] "
          "[--key TERM] [counting options]",
          QT_TRANSLATE_NOOP("CommandLine",
                            "Per-field accuracy of a run's records against known answers.") },
        { "export", "herbstream export RUN_FOLDER [--approved-only] [--out DIR]",
          QT_TRANSLATE_NOOP("CommandLine",
                            "Regenerate occurrence.csv and dwca.zip from a run's records and its "
                            "reviews: corrections applied, rejected records left out.") },
        { "review-log", "herbstream review-log RUN_FOLDER [--json]",
          QT_TRANSLATE_NOOP("CommandLine",
                            "Who changed what: every review decision of a run, in order.") },
        { "check-archive", "herbstream check-archive DWCA.zip|RUN_FOLDER",
          QT_TRANSLATE_NOOP("CommandLine",
                            "The checks GBIF's validator makes on a Darwin Core Archive, with "
                            "its words and counts; exit 1 when GBIF would refuse it.") },
        { "samples", "herbstream samples DIR [--count N] [--seed S]",
          QT_TRANSLATE_NOOP("CommandLine",
                            "Write synthetic specimen sheets with their truth.csv.") },
        { "demo", "herbstream demo [healthy|failing] [--out DIR] [--count N] [--latency-ms MS]",
          QT_TRANSLATE_NOOP("CommandLine",
                            "Event-bus demonstration with a simulated source (no images, no "
                            "model): a healthy run, or one that fails its early checkpoint.") },
    };
    return commands;
}

QString overallHelp()
{
    QString out = QCoreApplication::translate("CommandLine", "Usage:\n");
    for (const CommandInfo &command : commandInfos())
        out += QStringLiteral("  %1\n      %2\n")
                   .arg(QString::fromLatin1(command.synopsis), text(command.purpose));
    out += QStringLiteral("  herbstream COMMAND --help\n      %1\n")
               .arg(QCoreApplication::translate(
                   "CommandLine", "The command's arguments and every option with its default."));
    out += QStringLiteral("  herbstream --version | --help\n\n");
    out += QCoreApplication::translate(
        "CommandLine",
        "Exit codes: 0 finished, 1 failed, 2 usage, 3 stopped by validation, 4 preflight or "
        "fatal\nconfiguration error, 130 interrupted (SIGINT), 143 terminated (SIGTERM).\n");
    return out;
}

QString commandHelp(const QString &command, const QList<CommandArgument> &arguments,
                    const QList<QCommandLineOption> &options)
{
    QString out;
    for (const CommandInfo &info : commandInfos()) {
        if (command == QLatin1String(info.name)) {
            out += QCoreApplication::translate("CommandLine", "Usage: %1\n")
                       .arg(QString::fromLatin1(info.synopsis));
            out += text(info.purpose) + QLatin1Char('\n');
        }
    }
    if (!arguments.isEmpty()) {
        out += QLatin1Char('\n') + QCoreApplication::translate("CommandLine", "Arguments:\n");
        QList<QPair<QString, QString>> rows;
        for (const CommandArgument &argument : arguments)
            rows.append({ argument.name, argument.description });
        out += table(rows);
    }
    out += QLatin1Char('\n') + QCoreApplication::translate("CommandLine", "Options:\n");
    QList<QPair<QString, QString>> rows;
    for (const QCommandLineOption &option : options + QList { helpOption() }) {
        QStringList names;
        for (const QString &name : option.names())
            names.append((name.size() == 1 ? QLatin1String("-") : QLatin1String("--")) + name);
        QString name = names.join(QLatin1String(", "));
        if (!option.valueName().isEmpty())
            name += QLatin1Char(' ') + option.valueName();
        rows.append({ name, option.description() });
    }
    out += table(rows);
    return out;
}

QString withDefault(const QString &description, const QString &defaultValue)
{
    if (defaultValue.isEmpty())
        return description;
    return QCoreApplication::translate("CommandLine", "%1 Default: %2.")
        .arg(description, defaultValue);
}

bool parseCommand(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
                  const QList<CommandArgument> &positional,
                  const QList<QCommandLineOption> &options, int &exitCode)
{
    parser.addOptions(options);
    parser.addOption(helpOption());
    for (const CommandArgument &argument : positional)
        parser.addPositionalArgument(argument.name, argument.description);
    if (!parser.parse(QStringList { QStringLiteral("herbstream ") + command } + arguments)) {
        exitCode = usageError(command, parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printTo(stdout, commandHelp(command, positional, options));
        exitCode = ExitCode::Finished;
        return false;
    }
    return true;
}

} // namespace herb
