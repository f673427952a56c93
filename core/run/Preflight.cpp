#include "Preflight.h"

#include "PublicationOptions.h"
#include "RunOutputs.h"
#include "events/EventLogReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QStorageInfo>
#include <QTemporaryFile>

#include <filesystem>

namespace herb {

namespace {

using Level = PreflightFinding::Level;
using Code = PreflightFinding::Code;

// The findings' words, translated in the context "Preflight".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Preflight)
};

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// At most this many skipped files are named one by one; all get an event.
constexpr int kNamedSkips = 20;

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
    QString images;
    EventLogReader::scan(log, [&images](std::vector<Event> &events) {
        for (const Event &event : events) {
            if (const auto *started = event.as<ExtractionStarted>())
                images = started->details.value(QLatin1String("images")).toString();
        }
    });
    return images;
}

bool sameFolder(const QString &a, const QString &b)
{
    const QFileInfo first(a);
    const QFileInfo second(b);
    if (first.exists() && second.exists())
        return first.canonicalFilePath() == second.canonicalFilePath();
    return QDir::cleanPath(first.absoluteFilePath()) == QDir::cleanPath(second.absoluteFilePath());
}

void checkPrompt(const RunConfig &config, LocalPreflight &out)
{
    if (config.promptPath.isEmpty()) {
        out.prompt = Prompt::builtIn();
        out.findings.append(
            { Level::Ok, Code::Prompt, Text::tr("The built-in prompt will be used.") });
    } else {
        QString problem;
        out.prompt = Prompt::load(config.promptPath, &problem);
        if (!out.prompt) {
            out.findings.append({ Level::Error, Code::Prompt, problem });
            return;
        }
        out.findings.append({ Level::Ok, Code::Prompt,
                              Text::tr("The prompt %1 is readable.")
                                  .arg(QFileInfo(config.promptPath).fileName()) });
    }
    for (const QString &text : out.prompt->warnings())
        out.findings.append({ Level::Warning, Code::PromptWarning, text });
}

void checkImages(const RunConfig &config, const std::function<bool()> &keepListing,
                 LocalPreflight &out)
{
    if (config.imagesFolder.isEmpty()) {
        out.findings.append({ Level::Error, Code::Images, Text::tr("No image folder is chosen.") });
        return;
    }
    QString problem;
    DiscoveryOptions options;
    if (keepListing)
        options.progress = [&keepListing](qsizetype) { return keepListing(); };
    const auto found = discoverImages(config.imagesFolder, &problem, options);
    if (!found) {
        out.findings.append({ Level::Error, Code::Images, problem });
        return;
    }
    if (found->images.isEmpty())
        out.findings.append(
            { Level::Error, Code::Images,
              Text::tr("The image folder %1 has no images (jpg, jpeg, png, tif, tiff, "
                       "webp).")
                  .arg(native(config.imagesFolder)) });
    else
        out.findings.append({ Level::Ok, Code::Images,
                              Text::tr("%n image(s) found.", nullptr, int(found->images.size())) });
    out.images = found->images;
    out.skipped = found->skipped;
    for (qsizetype i = 0; i < out.skipped.size() && i < kNamedSkips; ++i)
        out.findings.append({ Level::Warning, Code::SkippedFile,
                              Text::tr("%1: not processed: %2")
                                  .arg(out.skipped.at(i).specimenId, out.skipped.at(i).reason) });
    if (out.skipped.size() > kNamedSkips)
        out.findings.append(
            { Level::Warning, Code::SkippedFile,
              Text::tr("… and %1 more files not processed (see specimen.skipped in the event "
                       "log)")
                  .arg(out.skipped.size() - kNamedSkips) });
    for (const QString &folder : found->unreadableFolders)
        out.findings.append(
            { Level::Warning, Code::UnreadableFolder,
              Text::tr("%1: folder could not be read; its images are left out").arg(folder) });
}

void checkRunFolder(const RunConfig &config, LocalPreflight::Mode mode, LocalPreflight &out)
{
    if (config.outFolder.isEmpty() && mode == LocalPreflight::Mode::Check) {
        out.findings.append({ Level::Ok, Code::RunFolder,
                              Text::tr("A new run folder will be made beside the image folder.") });
        return;
    }
    QDir folder(config.outFolder);
    const QString path = native(folder.absolutePath());
    if (folder.exists() && !config.resume
        && !folder.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty()) {
        out.findings.append({ Level::Error, Code::RunFolderNotEmpty,
                              Text::tr("The run folder %1 is not empty.").arg(path) });
        return;
    }
    if (config.resume && !config.allowFolderChange && folder.exists()) {
        const QString previous = previousImagesFolder(config.outFolder);
        if (!previous.isEmpty() && !sameFolder(previous, config.imagesFolder)) {
            out.findings.append(
                { Level::Error, Code::ResumeFolderChanged,
                  Text::tr("%1: this run folder holds the run of the images in %2, not %3; "
                           "resuming it with another folder would mix two sets in one export. "
                           "Resume with the same folder, or add --allow-folder-change if the "
                           "images moved")
                      .arg(path, native(previous),
                           native(QDir(config.imagesFolder).absolutePath())) });
            return;
        }
    }
    if (mode == LocalPreflight::Mode::Prepare) {
        // The OS's reason is part of the message ("Read-only file system", "Permission
        // denied", "Not a directory"): the user needs it to fix the folder.
        std::error_code created;
        std::filesystem::create_directories(
            std::filesystem::path(QFile::encodeName(folder.absolutePath()).toStdString()), created);
        if (created) {
            out.findings.append({ Level::Error, Code::RunFolder,
                                  Text::tr("%1: cannot create the run folder: %2")
                                      .arg(path, QString::fromLocal8Bit(created.message())) });
            return;
        }
    } else {
        // A check creates nothing: the nearest folder that exists is where the run would write.
        while (!folder.exists() && !folder.isRoot())
            folder.setPath(QFileInfo(folder.absolutePath()).absolutePath());
    }
    QTemporaryFile probe(folder.filePath(QStringLiteral(".herbstream-write-test-XXXXXX")));
    if (!probe.open() || probe.write("x", 1) != 1) {
        out.findings.append({ Level::Error, Code::RunFolder,
                              Text::tr("Herbstream cannot write in %1: %2")
                                  .arg(native(folder.absolutePath()), probe.errorString()) });
        return;
    }
    probe.close();
    const QStorageInfo storage(folder.absolutePath());
    if (storage.isValid() && storage.bytesAvailable() >= 0
        && storage.bytesAvailable() < kMinimumFreeBytes) {
        out.findings.append(
            { Level::Error, Code::FreeSpace,
              Text::tr("Only %1 MB are free for the run folder %2; at least %3 MB are needed.")
                  .arg(storage.bytesAvailable() / (1024 * 1024))
                  .arg(path)
                  .arg(kMinimumFreeBytes / (1024 * 1024)) });
        return;
    }
    out.findings.append(
        { Level::Ok, Code::RunFolder, Text::tr("The run folder %1 can be written.").arg(path) });
}

void checkControls(const RunConfig &config, LocalPreflight &out)
{
    if (config.trust.controlsPath.isEmpty() || out.images.isEmpty())
        return;
    QString problem;
    const auto controls = loadControlSheets(config.trust.controlsPath, out.images, &problem);
    if (!controls) {
        out.findings.append({ Level::Error, Code::Controls, problem });
        return;
    }
    out.controls = *controls;
    out.findings.append(
        { Level::Ok, Code::Controls,
          Text::tr("%n control sheet(s) with known values.", nullptr, int(controls->size())) });
}

// A warning, not an error: the records and the CSV are useful without a licence; only GBIF
// refuses the archive.
void checkLicence(const RunConfig &config, LocalPreflight &out)
{
    const QString warning = licenceWarning(config.exportSettings.license);
    if (!warning.isEmpty()) {
        out.findings.append({ Level::Warning, Code::Licence, warning });
        return;
    }
    out.findings.append(
        { Level::Ok, Code::Licence,
          Text::tr("The exports are published under %1.")
              .arg(QLatin1String(findGbifLicence(config.exportSettings.license)->shortName)) });
}

} // namespace

LocalPreflight LocalPreflight::run(const RunConfig &config, Mode mode,
                                   std::function<bool()> keepListing)
{
    LocalPreflight out;
    // Only the vision engine sends the prompt; a run holds one whatever its engine.
    if (mode == Mode::Prepare || config.engine == EngineKind::OpenAi)
        checkPrompt(config, out);
    // The command line stops at the first error: what follows would not be read.
    if (mode == Mode::Prepare && out.hasErrors())
        return out;
    checkImages(config, keepListing, out);
    if (mode == Mode::Prepare && out.hasErrors())
        return out;
    checkControls(config, out);
    if (mode == Mode::Prepare && out.hasErrors())
        return out;
    checkRunFolder(config, mode, out);
    checkLicence(config, out);
    return out;
}

const PreflightFinding *LocalPreflight::firstError() const
{
    for (const PreflightFinding &finding : findings) {
        if (finding.level == PreflightFinding::Level::Error)
            return &finding;
    }
    return nullptr;
}

} // namespace herb
