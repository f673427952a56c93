#include "RunSetup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStorageInfo>
#include <QTemporaryFile>

#include <filesystem>

namespace herb {

namespace {
RunSetupError fail(const QString &message, int exitCode = 4)
{
    return RunSetupError { exitCode, message };
}
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
    // The OS's reason is part of the message ("Read-only file system", "Permission denied",
    // "Not a directory"): the user needs it to fix the folder.
    std::error_code created;
    std::filesystem::create_directories(
        std::filesystem::path(QFile::encodeName(out.absolutePath()).toStdString()), created);
    if (created)
        return fail(QCoreApplication::translate("RunSetup", "%1: cannot create the run folder: %2")
                        .arg(QDir::toNativeSeparators(out.absolutePath()),
                             QString::fromLocal8Bit(created.message())));
    QTemporaryFile probe(out.filePath(QStringLiteral(".write-test-XXXXXX")));
    if (!probe.open() || probe.write("x", 1) != 1)
        return fail(
            QCoreApplication::translate("RunSetup", "%1: the run folder is not writable: %2")
                .arg(QDir::toNativeSeparators(out.absolutePath()), probe.errorString()));
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
