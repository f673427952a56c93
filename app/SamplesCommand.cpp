#include "CommandHelp.h"
#include "Commands.h"

#include "samples/SampleSheetGenerator.h"
#include "util/ControlCharacters.h"

#include <QCommandLineParser>
#include <QDir>

#include <cstdio>

namespace herb {

// `herbstream samples DIR [--count N] [--seed S]`: synthetic specimen sheets with truth.csv.
// Draws text, so main() runs it under a QGuiApplication (offscreen on Linux).
int runSamplesCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    int exitCode = ExitCode::Finished;
    const QString defaultCount = QStringLiteral("20"), defaultSeed = QStringLiteral("1");
    if (!parseCommand(
            parser, QStringLiteral("samples"), arguments,
            { { QStringLiteral("DIR"),
                CommandLineText::tr("Folder for the sheets and truth.csv.") } },
            { { QStringLiteral("count"), withDefault(CommandLineText::tr("Sheets."), defaultCount),
                QStringLiteral("N"), defaultCount },
              { QStringLiteral("seed"),
                withDefault(CommandLineText::tr("Seed; the same seed gives the same sheets."),
                            defaultSeed),
                QStringLiteral("S"), defaultSeed } },
            exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return usageError(QStringLiteral("samples"), CommandLineText::tr("expects one folder"));
    bool countOk = false, seedOk = false;
    const int count = parser.value(QStringLiteral("count")).toInt(&countOk);
    const quint64 seed = parser.value(QStringLiteral("seed")).toULongLong(&seedOk);
    if (!countOk || count < 1 || !seedOk)
        return usageError(QStringLiteral("samples"),
                          CommandLineText::tr("--count and --seed take whole numbers"));

    const QString dir = parser.positionalArguments().constFirst();
    QString error;
    int written = 0;
    if (!SampleSheetGenerator(seed).writeSet(dir, count, &error, &written)) {
        printTo(
            stderr,
            CommandLineText::tr("herbstream samples: %1 (%n sheets written)\n", nullptr, written)
                .arg(escapeForConsole(error)));
        return ExitCode::Failed;
    }
    printTo(
        stderr,
        CommandLineText::tr("%n synthetic specimen sheets and truth.csv in %1\n", nullptr, written)
            .arg(escapeForConsole(QDir::toNativeSeparators(QDir(dir).absolutePath()))));
    return ExitCode::Finished;
}

} // namespace herb
