#include "setup/ImageCounter.h"

#include "specimens/ImageDiscovery.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace herb {

namespace {

constexpr qint64 kProgressIntervalMs = 100;

void countImages(QPromise<FolderCount> &promise, const QString &folder)
{
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    DiscoveryOptions options;
    options.progress = [&](qsizetype found) {
        if (sinceProgress.elapsed() >= kProgressIntervalMs) {
            promise.setProgressValue(int(found));
            sinceProgress.restart();
        }
        return !promise.isCanceled();
    };
    FolderCount count;
    count.folder = folder;
    const auto found = discoverImages(folder, &count.error, options);
    if (promise.isCanceled())
        return;
    count.readable = found.has_value();
    if (found) {
        count.images = int(found->images.size());
        count.unreadableFolders = int(found->unreadableFolders.size());
    }
    promise.addResult(count);
}

} // namespace

ImageCounter::ImageCounter(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<herb::FolderCount>();
}

ImageCounter::~ImageCounter()
{
    cancel();
}

void ImageCounter::count(const QString &folder)
{
    cancel();
    auto *watcher = new QFutureWatcher<FolderCount>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this, &ImageCounter::progress);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (watcher != m_watcher || watcher->isCanceled() || watcher->future().resultCount() == 0)
            return;
        m_watcher = nullptr;
        Q_EMIT counted(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(countImages, folder));
}

void ImageCounter::cancel()
{
    if (QFutureWatcher<FolderCount> *watcher = m_watcher) {
        m_watcher = nullptr;
        // The pool thread stops at its next folder; nothing of it is reported. It holds no
        // pointer to this object, so it may outlive it.
        watcher->disconnect(this);
        watcher->cancel();
        watcher->deleteLater();
    }
}

} // namespace herb
