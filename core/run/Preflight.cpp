#include "Preflight.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
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

void checkImages(const RunConfig &config, LocalPreflight &out)
{
    if (config.imagesFolder.isEmpty()) {
        out.findings.append({ Level::Error, Code::Images, Text::tr("No image folder is chosen.") });
        return;
    }
    QString problem;
    const auto found = discoverImages(config.imagesFolder, &problem);
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
    if (mode == LocalPreflight::Mode::Prepare) {
        // The OS's reason is part of the message ("Read-only file system", "Permission
        // denied", "Not a directory"): the user needs it to fix the folder.
        std::error_code created;
        std::filesystem::create_directories(
            std::filesystem::path(QFile::encodeName(folder.absolutePath()).toStdString()),
            created);
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
        out.findings.append(
            { Level::Error, Code::RunFolder,
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

} // namespace

LocalPreflight LocalPreflight::run(const RunConfig &config, Mode mode)
{
    LocalPreflight out;
    // Only the vision engine sends the prompt; a run holds one whatever its engine.
    if (mode == Mode::Prepare || config.engine == QLatin1String("openai"))
        checkPrompt(config, out);
    // The command line stops at the first error: what follows would not be read.
    if (mode == Mode::Prepare && out.hasErrors())
        return out;
    checkImages(config, out);
    if (mode == Mode::Prepare && out.hasErrors())
        return out;
    checkRunFolder(config, mode, out);
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
