#include "ImageDiscovery.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

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

std::optional<ImageDiscoveryResult> discoverImages(const QString &folder, QString *error)
{
    const QString shown = QDir::toNativeSeparators(folder);
    const auto fail = [&](const QString &message) -> std::optional<ImageDiscoveryResult> {
        if (error)
            *error = message;
        return std::nullopt;
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
        const QFileInfoList entries
            = dir.entryInfoList(QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
        for (const QFileInfo &entry : entries) {
            if (isHidden(entry))
                continue;
            const QString id = relativeId(current.relativePath, entry.fileName());
            if (entry.isDir()) {
                stack.append({ entry.absoluteFilePath(), id });
            } else if (entry.isFile() && isImageFileName(entry.fileName())) {
                result.images.append({ id, entry.absoluteFilePath(), entry.size() });
            }
        }
    }
    std::sort(result.images.begin(), result.images.end(),
              [](const DiscoveredImage &a, const DiscoveredImage &b) {
                  return a.specimenId < b.specimenId;
              });
    result.unreadableFolders.sort();
    return result;
}

} // namespace herb
