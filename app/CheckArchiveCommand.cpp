#include "CommandHelp.h"
#include "Commands.h"

#include "publish/ArchiveCheck.h"
#include "publish/ArchiveCheckReport.h"
#include "util/ControlCharacters.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace herb {

// `herbstream check-archive DWCA.zip|RUN_FOLDER`: the checks GBIF's validator makes, locally.
// Exit 0 when GBIF would accept the archive (warnings or not), 1 when it would refuse it.
int runCheckArchiveCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    int exitCode = ExitCode::Finished;
    if (!parseCommand(parser, QStringLiteral("check-archive"), arguments,
                      { { QStringLiteral("DWCA.zip"),
                          CommandLineText::tr("A Darwin Core Archive, or a run folder holding "
                                              "dwca.zip.") } },
                      {}, exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return usageError(QStringLiteral("check-archive"),
                          CommandLineText::tr("expects one archive"));
    QString path = parser.positionalArguments().constFirst();
    if (QFileInfo(path).isDir())
        path += QStringLiteral("/dwca.zip");
    if (!QFileInfo(path).isFile()) {
        printTo(stderr,
                CommandLineText::tr("herbstream check-archive: %1: no such file\n")
                    .arg(escapeForConsole(path)));
        return ExitCode::Failed;
    }
    const ArchiveCheckResult result = checkArchive(path);
    printTo(stdout, escapeForConsole(path) + QStringLiteral(": ") + archiveCheckReport(result));
    return result.isRefused() ? ExitCode::Failed : ExitCode::Finished;
}

} // namespace herb
