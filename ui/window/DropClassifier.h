#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace herb {

// What a drop on the window means: an events.jsonl to watch, an image folder (a folder, or
// image files whose folder is used), and/or a prompt file.
struct DroppedFiles
{
    QString eventLog;
    QString imagesFolder;
    QString promptFile;

    bool isEmpty() const
    {
        return eventLog.isEmpty() && imagesFolder.isEmpty() && promptFile.isEmpty();
    }
    static DroppedFiles classify(const QList<QUrl> &urls);
};

} // namespace herb
