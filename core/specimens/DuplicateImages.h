#pragma once

#include "ImageDiscovery.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace herb {

// Files with the same content. `kept` is the first in specimen-id order; the others are
// reported as duplicates and not processed again.
struct DuplicateGroup
{
    QByteArray sha256; // lowercase hex
    DiscoveredImage kept;
    QList<DiscoveredImage> duplicates;
};

struct DuplicateScan
{
    QList<DuplicateGroup> groups; // ordered by the kept image's specimen id
    QStringList errors; // files that could not be read, one message each
    // Specimen id -> SHA-256 (lowercase hex) of every file hashed here, so that a resume need
    // not read them again to see whether they changed.
    QHash<QString, QByteArray> hashes;
};

// Groups `images` by content (SHA-256). Only files whose size matches another file's are
// hashed, so a folder without duplicates costs one comparison per file. Pure and thread-safe:
// a caller may run it on a thread pool (QtConcurrent::run) while the run starts.
DuplicateScan findDuplicateImages(const QList<DiscoveredImage> &images);

} // namespace herb
