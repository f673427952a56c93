#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

template<typename T> class QFutureWatcher;

namespace herb {

// What the count of one image folder found.
struct FolderCount
{
    QString folder;
    bool readable = false; // false: `error` says why (missing, not a folder, no permission)
    QString error;
    int images = 0;
    int unreadableFolders = 0; // subfolders that could not be listed
};

// Counts the images of a folder on a pool thread, so that choosing a folder of 100,000 images
// never freezes the window: progress() every tenth of a second while it lists, then counted().
// A new count() drops the one before (it stops at its next folder and is never reported), and
// so does destroying the counter.
class ImageCounter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageCounter)

public:
    explicit ImageCounter(QObject *parent = nullptr);
    ~ImageCounter() override;

    void count(const QString &folder);
    void cancel();
    bool isCounting() const { return !m_watcher.isNull(); }

Q_SIGNALS:
    void progress(int imagesFound);
    void counted(const herb::FolderCount &count);

private:
    QPointer<QFutureWatcher<FolderCount>> m_watcher;
};

} // namespace herb
