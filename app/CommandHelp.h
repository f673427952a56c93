#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace herb {

// A command of `herbstream COMMAND`: its synopsis and one-line purpose, for `herbstream --help`
// and the first lines of `herbstream COMMAND --help`.
struct CommandInfo
{
    const char *name;
    const char *synopsis; // "herbstream run IMAGES [run options]", kept as typed
    const char *purpose; // translation context "CommandLine"
};

// Every command, in the order `herbstream --help` lists them.
const QList<CommandInfo> &commandInfos();

// `herbstream --help`: every command with its purpose, and the exit codes.
QString overallHelp();

// A positional argument of a command, for its help.
struct CommandArgument
{
    QString name; // "IMAGES"
    QString description;
};

// `herbstream COMMAND --help`: the synopsis, the purpose, the arguments and every option with
// its description (which states its default).
QString commandHelp(const QString &command, const QList<CommandArgument> &arguments,
                    const QList<QCommandLineOption> &options);

// "Text. Default: value." (translated), or the text alone when there is no default.
QString withDefault(const QString &text, const QString &defaultValue);

// Adds `options` and -h/--help to `parser` and parses `arguments` of `command`. Returns true
// when the command should go on; otherwise the usage error or the help was printed and
// `exitCode` says how to end.
bool parseCommand(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
                  const QList<CommandArgument> &positional,
                  const QList<QCommandLineOption> &options, int &exitCode);

} // namespace herb
