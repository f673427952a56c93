#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <cstdio>

class QCommandLineParser;

namespace herb {

struct RunConfig;

// The translation context of everything the command line prints for a person (option
// descriptions, usage errors, progress); option names and data files stay English.
class CommandLineText
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

// Exit codes of the command-line contract.
namespace ExitCode {
inline constexpr int Finished = 0;
inline constexpr int Failed = 1;
inline constexpr int Usage = 2;
inline constexpr int StoppedByValidation = 3;
inline constexpr int FatalConfiguration = 4;
} // namespace ExitCode

// Each takes the arguments after the command name; QCoreApplication exists.
int runReplayCommand(const QStringList &arguments);
int runDemoCommand(const QStringList &arguments);
int runRunCommand(const QStringList &arguments);
int runScoreCommand(const QStringList &arguments);
int runExportCommand(const QStringList &arguments);
int runReviewLogCommand(const QStringList &arguments);
int runCheckArchiveCommand(const QStringList &arguments);
int runSamplesCommand(const QStringList &arguments); // needs a QGuiApplication
int runGuiCommand(const QStringList &arguments); // needs a QApplication

// The run options shared by `run` and `gui`, from the table of run options (RunOptions.h).
QList<QCommandLineOption> runCommandLineOptions();
// Fills `config` from parsed options; returns an error message for a bad value.
QString runConfigFromOptions(const QCommandLineParser &parser, const QString &images,
                             RunConfig &config);

// Writes UTF-8 text to stdout or stderr and flushes it (progress must show at once). Any
// control character but '\n' is escaped; a value from outside (a file name, a model's or a
// server's text) goes through escapeForConsole() on its own, so it cannot break the line either.
void printTo(FILE *stream, const QString &text);

// Prints "herbstream <command>: <message>" and the hint to stderr; returns ExitCode::Usage.
int usageError(const QString &command, const QString &message);

} // namespace herb
