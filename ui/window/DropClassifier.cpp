#include "window/DropClassifier.h"

#include "specimens/ImageDiscovery.h"

#include <QFileInfo>

namespace herb {

DroppedFiles DroppedFiles::classify(const QList<QUrl> &urls)
{
    DroppedFiles dropped;
    for (const QUrl &url : urls) {
        if (!url.isLocalFile())
            continue;
        const QFileInfo info(url.toLocalFile());
        if (!info.exists())
            continue;
        if (info.isDir()) {
            // A run folder is watched; any other folder is a folder of images.
            const QString log = info.absoluteFilePath() + QStringLiteral("/events.jsonl");
            if (QFileInfo::exists(log)) {
                if (dropped.eventLog.isEmpty())
                    dropped.eventLog = log;
            } else if (dropped.imagesFolder.isEmpty()) {
                dropped.imagesFolder = info.absoluteFilePath();
            }
            continue;
        }
        const QString name = info.fileName();
        if (name.endsWith(QLatin1String(".jsonl"), Qt::CaseInsensitive)) {
            if (dropped.eventLog.isEmpty())
                dropped.eventLog = info.absoluteFilePath();
        } else if (isImageFileName(name)) {
            if (dropped.imagesFolder.isEmpty())
                dropped.imagesFolder = info.absolutePath();
        } else if (dropped.promptFile.isEmpty()) {
            dropped.promptFile = info.absoluteFilePath();
        }
    }
    return dropped;
}

} // namespace herb
