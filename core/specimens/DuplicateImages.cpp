#include "DuplicateImages.h"

#include "Sha256.h"

#include <QHash>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

namespace herb {

namespace {

struct Hashed
{
    const DiscoveredImage *image = nullptr;
    std::optional<QByteArray> sha256;
    QString error;
};

} // namespace

DuplicateScan findDuplicateImages(const QList<DiscoveredImage> &images)
{
    const auto bySpecimenId = [](const DiscoveredImage &a, const DiscoveredImage &b) {
        return a.specimenId < b.specimenId;
    };
    QList<DiscoveredImage> sorted = images;
    if (!std::is_sorted(sorted.cbegin(), sorted.cend(), bySpecimenId)) // discovery sorts them
        std::sort(sorted.begin(), sorted.end(), bySpecimenId);

    QHash<qint64, int> filesOfSize;
    for (const DiscoveredImage &image : std::as_const(sorted))
        ++filesOfSize[image.size];
    QList<Hashed> hashed;
    for (const DiscoveredImage &image : std::as_const(sorted)) {
        if (filesOfSize.value(image.size) >= 2)
            hashed.append({ &image, {}, {} });
    }
    // On every core: a folder of 100,000 small scans of one size hashes them all, and a
    // resume waits for that before its first request.
    QtConcurrent::blockingMap(
        hashed, [](Hashed &file) { file.sha256 = sha256OfFile(file.image->path, &file.error); });

    DuplicateScan scan;
    QHash<QByteArray, int> copiesOf;
    scan.hashes.reserve(hashed.size());
    for (const Hashed &file : std::as_const(hashed)) {
        if (file.sha256) {
            scan.hashes.insert(file.image->specimenId, *file.sha256);
            ++copiesOf[*file.sha256];
        } else {
            scan.errors.append(file.error);
        }
    }
    QHash<QByteArray, qsizetype> groupOfHash; // index into scan.groups
    for (const Hashed &file : std::as_const(hashed)) {
        if (!file.sha256 || copiesOf.value(*file.sha256) < 2)
            continue;
        const auto found = groupOfHash.constFind(*file.sha256);
        if (found == groupOfHash.cend()) {
            groupOfHash.insert(*file.sha256, scan.groups.size());
            scan.groups.append({ *file.sha256, *file.image, {} });
        } else {
            scan.groups[*found].duplicates.append(*file.image);
        }
    }
    return scan;
}

} // namespace herb
