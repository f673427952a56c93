#include "RunSetup.h"

#include "RunOutputs.h"
#include "events/EventLogReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QStorageInfo>
#include <QTemporaryFile>

namespace herb {

namespace {
RunSetupError fail(const QString &message, int exitCode = 4)
{
    return RunSetupError { exitCode, message };
}

QString tr(const char *text)
{
    return QCoreApplication::translate("RunSetup", text);
}

// The image folder the run folder's last session worked on, empty when unknown: run.json, or
// the log's last extraction.started when the session was killed before writing run.json.
QString previousImagesFolder(const QString &runFolder)
{
    const QString fromRunJson = lastSessionOf(runFolder)
                                    .value(QLatin1String("settings"))
                                    .toObject()
                                    .value(QLatin1String("images"))
                                    .toString();
    if (!fromRunJson.isEmpty())
        return fromRunJson;
    const QString log = QDir(runFolder).filePath(QStringLiteral("events.jsonl"));
    if (!QFileInfo::exists(log))
        return {};
    const std::vector<Event> events = EventLogReader::readAll(log).events;
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        if (const auto *started = it->as<ExtractionStarted>())
            return started->details.value(QLatin1String("images")).toString();
    }
    return {};
}

bool sameFolder(const QString &a, const QString &b)
{
    const QFileInfo first(a);
    const QFileInfo second(b);
    if (first.exists() && second.exists())
        return first.canonicalFilePath() == second.canonicalFilePath();
    return QDir::cleanPath(first.absoluteFilePath()) == QDir::cleanPath(second.absoluteFilePath());
}

// At most this many skipped files are named one by one on the console; all get an event.
constexpr int kNamedSkips = 20;
} // namespace

std::variant<RunSetup, RunSetupError> prepareRun(const RunConfig &config)
{
    RunSetup setup;
    if (config.promptPath.isEmpty()) {
        setup.prompt = Prompt::builtIn();
    } else {
        QString error;
        auto prompt = Prompt::load(config.promptPath, &error);
        if (!prompt)
            return fail(error);
        setup.prompt = *prompt;
    }
    setup.warnings << setup.prompt.warnings();

    QString error;
    auto discovered = discoverImages(config.imagesFolder, &error);
    if (!discovered)
        return fail(error);
    if (discovered->images.isEmpty())
        return fail(QCoreApplication::translate(
                        "RunSetup", "%1: no images found (jpg, jpeg, png, tif, tiff, webp)")
                        .arg(QDir::toNativeSeparators(config.imagesFolder)));
    setup.images = discovered->images;
    setup.skippedFiles = discovered->skipped;
    for (qsizetype i = 0; i < setup.skippedFiles.size() && i < kNamedSkips; ++i)
        setup.warnings << tr("%1: not processed: %2")
                              .arg(setup.skippedFiles.at(i).specimenId,
                                   setup.skippedFiles.at(i).reason);
    if (setup.skippedFiles.size() > kNamedSkips)
        setup.warnings << tr("… and %1 more files not processed (see specimen.skipped in the "
                             "event log)")
                              .arg(setup.skippedFiles.size() - kNamedSkips);
    // Only files whose size matches another's are hashed: cheap without duplicates.
    DuplicateScan duplicates = findDuplicateImages(setup.images);
    setup.duplicates = std::move(duplicates.groups);
    setup.warnings << duplicates.errors;
    for (const QString &folder : discovered->unreadableFolders)
        setup.warnings << QCoreApplication::translate(
                              "RunSetup", "%1: folder could not be read; its images are left out")
                              .arg(folder);

    const QDir out(config.outFolder);
    if (out.exists() && !config.resume
        && !out.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty())
        return fail(QCoreApplication::translate(
                        "RunSetup",
                        "%1: the run folder is not empty; continue it with --resume or "
                        "choose another --out")
                        .arg(QDir::toNativeSeparators(out.absolutePath())),
                    2);
    if (config.resume && !config.allowFolderChange) {
        const QString previous = previousImagesFolder(config.outFolder);
        if (!previous.isEmpty() && !sameFolder(previous, config.imagesFolder))
            return fail(
                tr("%1: this run folder holds the run of the images in %2, not %3; "
                   "resuming it with another folder would mix two sets in one export. "
                   "Resume with the same folder, or add --allow-folder-change if the "
                   "images moved")
                    .arg(QDir::toNativeSeparators(out.absolutePath()),
                         QDir::toNativeSeparators(previous),
                         QDir::toNativeSeparators(QDir(config.imagesFolder).absolutePath())),
                2);
    }
    if (!QDir().mkpath(out.absolutePath()))
        return fail(QCoreApplication::translate("RunSetup", "%1: cannot create the run folder")
                        .arg(QDir::toNativeSeparators(out.absolutePath())));
    QTemporaryFile probe(out.filePath(QStringLiteral(".write-test-XXXXXX")));
    if (!probe.open() || probe.write("x", 1) != 1)
        return fail(QCoreApplication::translate("RunSetup", "%1: the run folder is not writable")
                        .arg(QDir::toNativeSeparators(out.absolutePath())));
    const QStorageInfo storage(out.absolutePath());
    if (storage.isValid() && storage.bytesAvailable() >= 0
        && storage.bytesAvailable() < kMinimumFreeBytes)
        return fail(QCoreApplication::translate("RunSetup",
                                                "%1: only %2 MB free; at least %3 MB are needed")
                        .arg(QDir::toNativeSeparators(out.absolutePath()))
                        .arg(storage.bytesAvailable() / (1024 * 1024))
                        .arg(kMinimumFreeBytes / (1024 * 1024)));
    return setup;
}

} // namespace herb
