#include "DuplicateImages.h"

#include "Sha256.h"

#include <QHash>

#include <algorithm>

namespace herb {

DuplicateScan findDuplicateImages(const QList<DiscoveredImage> &images)
{
    QList<DiscoveredImage> sorted = images;
    std::sort(sorted.begin(), sorted.end(), [](const DiscoveredImage &a, const DiscoveredImage &b) {
        return a.specimenId < b.specimenId;
    });

    QHash<qint64, int> filesOfSize;
    for (const DiscoveredImage &image : sorted)
        ++filesOfSize[image.size];

    DuplicateScan scan;
    QHash<QByteArray, qsizetype> groupOfHash; // index into scan.groups
    for (const DiscoveredImage &image : sorted) {
        if (filesOfSize.value(image.size) < 2)
            continue;
        QString error;
        const std::optional<QByteArray> hash = sha256OfFile(image.path, &error);
        if (!hash) {
            scan.errors.append(error);
            continue;
        }
        const auto found = groupOfHash.constFind(*hash);
        if (found == groupOfHash.cend()) {
            groupOfHash.insert(*hash, scan.groups.size());
            scan.groups.append({ *hash, image, {} });
        } else {
            scan.groups[*found].duplicates.append(image);
        }
    }
    scan.groups.removeIf([](const DuplicateGroup &group) { return group.duplicates.isEmpty(); });
    return scan;
}

} // namespace herb
