#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace herb {

struct DiscoveredImage
{
    QString specimenId; // path relative to the image folder, '/' separators
    QString path; // absolute path to open
    qint64 size = 0; // bytes
    friend bool operator==(const DiscoveredImage &, const DiscoveredImage &) = default;
};

struct ImageDiscoveryResult
{
    QList<DiscoveredImage> images; // sorted by specimenId
    // Subfolders (relative, '/' separators) that exist but could not be listed: their images
    // are missing from `images`, which a caller should tell the user rather than hide.
    QStringList unreadableFolders;
};

// jpg, jpeg, png, tif, tiff, webp in any letter case.
bool isImageFileName(QStringView fileName);

// Finds the images under `folder`, recursively. Hidden files and folders (a leading '.', or
// the platform's hidden flag) are skipped; symbolic links are followed, each real folder is
// visited once, so link loops end. Nothing is opened or hashed here: a large folder is listed
// quickly and the expensive work happens per specimen on the workers. Returns nothing, with a
// message in `error`, when the folder is missing, not a folder or not readable.
std::optional<ImageDiscoveryResult> discoverImages(const QString &folder, QString *error = nullptr);

} // namespace herb
