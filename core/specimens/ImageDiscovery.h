#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <functional>
#include <optional>

namespace herb {

struct DiscoveredImage
{
    QString specimenId; // path relative to the image folder, '/' separators
    QString path; // absolute path to open
    qint64 size = 0; // bytes
    // Last modification (ms since the epoch, 0 when unknown): with the size, it tells a resume
    // which finished files may have changed, so that the others are not read again.
    qint64 modifiedMs = 0;
    friend bool operator==(const DiscoveredImage &, const DiscoveredImage &) = default;
};

struct SkippedEntry
{
    QString specimenId; // relative path as far as it can be shown
    QString reason; // a user-facing sentence
    friend bool operator==(const SkippedEntry &, const SkippedEntry &) = default;
};

struct ImageDiscoveryResult
{
    QList<DiscoveredImage> images; // sorted by specimenId
    // Subfolders (relative, '/' separators) that exist but could not be listed: their images
    // are missing from `images`, which a caller should tell the user rather than hide.
    QStringList unreadableFolders;
    // Entries that look like images (or lead to them) but are not processed, each with why:
    // a name that is not valid UTF-8, a FIFO, socket or device named like an image, a broken
    // link, a link to a folder outside the image folder. Reported, never skipped in silence.
    QList<SkippedEntry> skipped;
};

struct DiscoveryOptions
{
    // A link to a folder outside the image folder is reported and not followed: a link to
    // /usr once turned into 5,004 "images".
    bool followLinksOutOfFolder = false;
    // Called after each folder is listed, and every 1,024 entries within a large folder, with
    // the images found so far; returning false stops the search (discoverImages then returns
    // nothing). Lets a window show progress on a large folder and drop a search the user no
    // longer wants.
    std::function<bool(qsizetype imagesFound)> progress;
};

// jpg, jpeg, png, tif, tiff, webp in any letter case.
bool isImageFileName(QStringView fileName);

// Finds the images under `folder`, recursively. Hidden files and folders (a leading '.', or
// the platform's hidden flag) are skipped; symbolic links inside the folder are followed, each
// real folder is visited once, so link loops end; what cannot or should not be processed is
// listed in `skipped`. Nothing is opened or hashed here: a large folder is listed
// quickly and the expensive work happens per specimen on the workers. Returns nothing, with a
// message in `error`, when the folder is missing, not a folder or not readable.
std::optional<ImageDiscoveryResult> discoverImages(const QString &folder, QString *error = nullptr,
                                                   DiscoveryOptions options = {});

} // namespace herb
