#pragma once

#include <QHash>
#include <QImage>
#include <QList>
#include <QObject>
#include <QSet>
#include <QThreadPool>

#include <optional>

namespace herb {

// A sheet as shown: its file and the clockwise rotation the run recorded for it.
struct SheetKey
{
    QString path;
    int rotation = 0;

    friend bool operator==(const SheetKey &, const SheetKey &) = default;
};

size_t qHash(const SheetKey &key, size_t seed = 0);

// Full-resolution sheets for the review workbench's viewer, decoded off the GUI thread (two
// decodes at a time on a pool of its own) and kept in memory, least recently used first out,
// within a byte bound. The workbench asks for the sheet on display and prefetches the next
// ones, so that paging through a run rarely waits for a 40-megapixel decode.
//
// Only the latest request is answered; decodes of earlier requests and prefetches still end
// in the cache. A request for a sheet already being decoded waits for that decode. The image
// of the latest request is never evicted, even when it alone exceeds the bound.
class SheetImageCache final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SheetImageCache)

public:
    static constexpr qint64 kDefaultByteLimit = 768LL * 1024 * 1024;

    explicit SheetImageCache(QObject *parent = nullptr);
    // Waits for the decodes running (they read files and may log: see SpecimenImageLoader).
    ~SheetImageCache() override;

    // ready() follows, always from the event loop (queued), never from within this call, even
    // when the sheet is cached: a caller can request from a slot and connect in any order.
    void request(const QString &path, int rotation);
    // Decodes these in the background, in this order, without ready(). Replaces the previous
    // prefetch list's sheets that have not started yet.
    void prefetch(const QList<herb::SheetKey> &keys);
    bool isCached(const QString &path, int rotation) const;
    // Smaller copies of a prefetched sheet, made with its decode, for SheetViewer::setImage():
    // a prefetched 40-megapixel sheet shows averaged at once. None for a sheet decoded on
    // request: its first paint would wait for them.
    QList<QImage> halvings(const QString &path, int rotation) const;

    void setByteLimit(qint64 bytes);
    qint64 byteLimit() const { return m_byteLimit; }
    qint64 cachedBytes() const { return m_bytes; }

    // The decode, usable from any thread: upright, full resolution. Above Qt's allocation
    // limit (128 MB, a 32-megapixel sheet) the limit is raised for the decode within a budget
    // shared with the run's image preparation (DecodeMemoryLease).
    static QImage decode(const SheetKey &key, QString *error);
    // The halvings a prefetch makes: down to the first under 1024 pixels on its long side.
    static QList<QImage> prefetchHalvings(const QImage &image);

Q_SIGNALS:
    // The latest request's sheet, or a null image and an error that names the file.
    void ready(const QString &path, int rotation, const QImage &image, const QString &error);
    // A decode ended (requested or prefetched), successful or not.
    void decoded(const QString &path, int rotation);

private:
    struct Entry
    {
        SheetKey key;
        QImage image;
        QList<QImage> halvings;
        qint64 bytes() const;
    };

    void startDecodes();
    void finished(const SheetKey &key, const Entry &decoded, const QString &error);
    void deliver(const SheetKey &key);
    void insert(const Entry &entry);
    void evict();
    qsizetype indexOf(const SheetKey &key) const;

    QThreadPool m_pool;
    QList<Entry> m_entries; // most recently used first
    qint64 m_bytes = 0;
    qint64 m_byteLimit = kDefaultByteLimit;
    QList<SheetKey> m_waiting; // not started, in order
    QSet<SheetKey> m_decoding;
    std::optional<SheetKey> m_requested; // answered by ready() when its decode ends
    std::optional<SheetKey> m_latest; // the latest request, kept from eviction
};

} // namespace herb
