#include "ImageDiscovery.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

#if defined(Q_OS_UNIX)
#include <dirent.h>
#endif

namespace herb {

namespace {

bool isHidden(const QFileInfo &info)
{
    return info.fileName().startsWith(QLatin1Char('.')) || info.isHidden();
}

QString relativeId(const QString &relative, const QString &name)
{
    return relative.isEmpty() ? name : relative + QLatin1Char('/') + name;
}

// The reasons' words, translated in the context "ImageDiscovery".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ImageDiscovery)
};

bool isInside(const QString &canonical, const QString &rootCanonical)
{
    return canonical == rootCanonical
        || canonical.startsWith(rootCanonical.endsWith(QLatin1Char('/'))
                                    ? rootCanonical
                                    : rootCanonical + QLatin1Char('/'));
}

// Why a listed entry is not processed, or an empty string when it is an image or a folder to
// visit (or nothing that looks like an image, which is left out without a word).
QString whySkipped(const QFileInfo &entry)
{
    if (!isImageFileName(entry.fileName()))
        return {};
    if (!entry.exists())
        return Text::tr("a broken link: its target does not exist");
    if (!entry.isFile() && !entry.isDir())
        return Text::tr("not a regular file (a FIFO, socket or device)");
    return {};
}

// Names in `folder` whose bytes are not valid UTF-8 (a Latin-1 name from an old Windows share
// or a zip file). Qt decodes file names as UTF-8, so QDir never lists them and QFile cannot
// open them: they are found here, with the system's own listing, to be reported.
QStringList undecodableNames(const QString &folder)
{
    QStringList names;
#if defined(Q_OS_UNIX)
    DIR *dir = ::opendir(QFile::encodeName(folder).constData());
    if (!dir)
        return names;
    while (const dirent *entry = ::readdir(dir)) {
        const QByteArray raw(entry->d_name);
        if (raw.startsWith('.'))
            continue; // hidden, like everything else starting with a dot
        const QString decoded = QString::fromUtf8(raw);
        if (decoded.toUtf8() != raw)
            names.append(decoded); // shown with U+FFFD where the bytes are not UTF-8
    }
    ::closedir(dir);
#else
    Q_UNUSED(folder);
#endif
    return names;
}

} // namespace

bool isImageFileName(QStringView fileName)
{
    const qsizetype dot = fileName.lastIndexOf(QLatin1Char('.'));
    if (dot < 0)
        return false;
    const QStringView suffix = fileName.mid(dot + 1);
    static const QLatin1String kSuffixes[]
        = { QLatin1String("jpg"), QLatin1String("jpeg"), QLatin1String("png"),
            QLatin1String("tif"), QLatin1String("tiff"), QLatin1String("webp") };
    return std::any_of(std::begin(kSuffixes), std::end(kSuffixes), [&](QLatin1String known) {
        return suffix.compare(known, Qt::CaseInsensitive) == 0;
    });
}

std::optional<ImageDiscoveryResult> discoverImages(const QString &folder, QString *error,
                                                   DiscoveryOptions options)
{
    const QString shown = QDir::toNativeSeparators(folder);
    const auto fail = [&](const QString &message) -> std::optional<ImageDiscoveryResult> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const auto stopped = [&] {
        return QCoreApplication::translate("RunSetup", "The search for images of %1 was stopped")
            .arg(shown);
    };
    const QFileInfo root(folder);
    if (!root.exists())
        return fail(
            QCoreApplication::translate("RunSetup", "Image folder %1 does not exist").arg(shown));
    if (!root.isDir())
        return fail(QCoreApplication::translate("RunSetup", "%1 is not a folder").arg(shown));
    if (!root.isReadable() || !root.isExecutable() || !QDir(folder).isReadable())
        return fail(QCoreApplication::translate(
                        "RunSetup", "Image folder %1 cannot be read (permission denied)")
                        .arg(shown));

    ImageDiscoveryResult result;
    const QString rootCanonical = root.canonicalFilePath();
    // QDirIterator::FollowSymlinks would walk a link loop until the path length limit; an
    // explicit stack with the canonical path of every visited folder stops at the first repeat.
    QSet<QString> visited;
    struct Pending
    {
        QString absolutePath;
        QString relativePath;
    };
    QList<Pending> stack { { root.absoluteFilePath(), QString() } };
    while (!stack.isEmpty()) {
        const Pending current = stack.takeLast();
        const QString canonical = QFileInfo(current.absolutePath).canonicalFilePath();
        if (canonical.isEmpty() || visited.contains(canonical))
            continue;
        visited.insert(canonical);

        const QFileInfo folderInfo(current.absolutePath);
        if (!folderInfo.isReadable() || !folderInfo.isExecutable()) {
            result.unreadableFolders.append(current.relativePath);
            continue;
        }
        const QDir dir(current.absolutePath);
        for (const QString &name : undecodableNames(current.absolutePath))
            result.skipped.append(
                { relativeId(current.relativePath, name),
                  Text::tr("the name is not valid UTF-8, so it cannot be opened; rename the file "
                           "(or folder) to process it") });
        // System lists FIFOs, sockets, devices and broken links, so that each can be reported
        // instead of vanishing.
        const QFileInfoList entries = dir.entryInfoList(
            QDir::Dirs | QDir::Files | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const QFileInfo &entry = entries.at(i);
            if (options.progress && i % 1024 == 1023 && !options.progress(result.images.size()))
                return fail(stopped());
            if (isHidden(entry))
                continue;
            const QString id = relativeId(current.relativePath, entry.fileName());
            if (const QString why = whySkipped(entry); !why.isEmpty()) {
                result.skipped.append({ id, why });
            } else if (entry.isDir()) {
                if (entry.isSymLink() && !options.followLinksOutOfFolder
                    && !isInside(entry.canonicalFilePath(), rootCanonical)) {
                    result.skipped.append(
                        { id,
                          Text::tr("a link to a folder outside the image folder (%1): not followed")
                              .arg(QDir::toNativeSeparators(entry.canonicalFilePath())) });
                    continue;
                }
                stack.append({ entry.absoluteFilePath(), id });
            } else if (entry.isFile() && isImageFileName(entry.fileName())) {
                result.images.append({ id, entry.absoluteFilePath(), entry.size(),
                                       entry.lastModified().toMSecsSinceEpoch() });
            }
        }
        if (options.progress && !options.progress(result.images.size()))
            return fail(stopped());
    }
    std::sort(result.images.begin(), result.images.end(),
              [](const DiscoveredImage &a, const DiscoveredImage &b) {
                  return a.specimenId < b.specimenId;
              });
    result.unreadableFolders.sort();
    std::sort(
        result.skipped.begin(), result.skipped.end(),
        [](const SkippedEntry &a, const SkippedEntry &b) { return a.specimenId < b.specimenId; });
    return result;
}

} // namespace herb
