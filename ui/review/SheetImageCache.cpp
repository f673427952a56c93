#include "review/SheetImageCache.h"

#include "review/SheetReductions.h"
#include "review/SpecimenImageLoader.h"
#include "specimens/DecodeMemoryLease.h"

#include <QDir>
#include <QImageReader>

#include <algorithm>

namespace herb {

namespace {

constexpr int kDecodeThreads = 2;
// The run's image preparation takes leases from the same budget (ImagePreparer's default).
constexpr qint64 kDecodeBudgetBytes = 1200LL * 1024 * 1024;
// Qt refuses to decode above 128 MB by default. A limit read now may be another decode's
// lease, restored when it ends: a sheet near the default takes a lease of its own instead.
constexpr qint64 kLeaseAboveBytes = 64LL * 1024 * 1024;
constexpr qint64 kMb = 1024 * 1024;
constexpr int kHalvingsDownTo = 1024; // pixels on the long side: a fitted sheet on most screens

qint64 decodedBytes(QSize size, QImage::Format format)
{
    const int bits
        = format == QImage::Format_Invalid ? 32 : QImage::toPixelFormat(format).bitsPerPixel();
    return qint64(size.width()) * size.height() * std::max(bits / 8, 1);
}

} // namespace

size_t qHash(const SheetKey &key, size_t seed)
{
    return qHashMulti(seed, key.path, key.rotation);
}

SheetImageCache::SheetImageCache(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(kDecodeThreads);
}

SheetImageCache::~SheetImageCache()
{
    m_pool.clear(); // decodes not started yet
    m_pool.waitForDone();
}

QImage SheetImageCache::decode(const SheetKey &key, QString *error)
{
    const QString file = QDir::toNativeSeparators(key.path);
    const QImageReader header(key.path);
    const QSize stored = header.size(); // invalid when the file is missing or not an image
    const qint64 bytes = stored.isValid() ? decodedBytes(stored, header.imageFormat()) : 0;
    std::optional<DecodeMemoryLease> lease;
    if (bytes > kLeaseAboveBytes) {
        lease.emplace(bytes, kDecodeBudgetBytes);
        if (!lease->isGranted()) {
            if (error)
                *error = tr("%1 is too large to show: %2 x %3 pixels need %4 MB of memory")
                             .arg(file)
                             .arg(stored.width())
                             .arg(stored.height())
                             .arg(bytes / kMb);
            return {};
        }
    }
    QString cause;
    QImage image = SpecimenImageLoader::loadUpright(key.path, key.rotation, QSize(), &cause);
    if (image.isNull() && error)
        *error = tr("Cannot read %1: %2").arg(file, cause);
    return image;
}

QList<QImage> SheetImageCache::prefetchHalvings(const QImage &image)
{
    int count = 0;
    for (int side = std::max(image.width(), image.height()); side >= kHalvingsDownTo; side /= 2)
        ++count;
    return SheetReductions::halvings(image, count);
}

void SheetImageCache::request(const QString &path, int rotation)
{
    const SheetKey key { path, rotation };
    m_requested = key;
    m_latest = key;
    const qsizetype at = indexOf(key);
    if (at >= 0) {
        m_entries.move(at, 0);
        QMetaObject::invokeMethod(
            this, [this, key] { deliver(key); }, Qt::QueuedConnection);
        return;
    }
    if (m_decoding.contains(key))
        return; // answered when that decode ends
    m_waiting.removeAll(key);
    m_waiting.prepend(key);
    startDecodes();
}

void SheetImageCache::prefetch(const QList<SheetKey> &keys)
{
    QList<SheetKey> waiting;
    if (m_requested && m_waiting.contains(*m_requested))
        waiting.append(*m_requested);
    for (const SheetKey &key : keys) {
        const qsizetype at = indexOf(key);
        if (at >= 0)
            m_entries.move(at, 0); // still wanted: the last to go
        else if (!m_decoding.contains(key) && !waiting.contains(key))
            waiting.append(key);
    }
    m_waiting = waiting;
    startDecodes();
}

bool SheetImageCache::isCached(const QString &path, int rotation) const
{
    return indexOf({ path, rotation }) >= 0;
}

QList<QImage> SheetImageCache::halvings(const QString &path, int rotation) const
{
    const qsizetype at = indexOf({ path, rotation });
    return at < 0 ? QList<QImage>() : m_entries.at(at).halvings;
}

qint64 SheetImageCache::Entry::bytes() const
{
    qint64 total = image.sizeInBytes();
    for (const QImage &copy : halvings)
        total += copy.sizeInBytes();
    return total;
}

void SheetImageCache::setByteLimit(qint64 bytes)
{
    m_byteLimit = bytes;
    evict();
}

void SheetImageCache::startDecodes()
{
    while (m_decoding.size() < kDecodeThreads && !m_waiting.isEmpty()) {
        const SheetKey key = m_waiting.takeFirst();
        if (indexOf(key) >= 0 || m_decoding.contains(key))
            continue;
        m_decoding.insert(key);
        // A prefetch has time for the smaller copies; a request shows its sheet first (the
        // viewer makes them after its first paint). A request joining a prefetch waits for them.
        const bool withHalvings = m_requested != key;
        // The destructor waits for this job, so `this` outlives it and its queued call.
        m_pool.start([this, key, withHalvings] {
            QString error;
            Entry decoded { key, decode(key, &error), {} };
            if (withHalvings && !decoded.image.isNull())
                decoded.halvings = prefetchHalvings(decoded.image);
            QMetaObject::invokeMethod(
                this, [this, decoded, error] { finished(decoded.key, decoded, error); },
                Qt::QueuedConnection);
        });
    }
}

void SheetImageCache::finished(const SheetKey &key, const Entry &entry, const QString &error)
{
    m_decoding.remove(key);
    if (!entry.image.isNull())
        insert(entry);
    Q_EMIT decoded(key.path, key.rotation);
    if (m_requested == key) {
        m_requested.reset();
        Q_EMIT ready(key.path, key.rotation, entry.image, error);
    }
    startDecodes();
}

void SheetImageCache::deliver(const SheetKey &key)
{
    if (m_requested != key)
        return; // a later request superseded it
    const qsizetype at = indexOf(key);
    if (at < 0) { // cannot happen while it is the latest request; decode it again if it does
        m_waiting.prepend(key);
        startDecodes();
        return;
    }
    m_requested.reset();
    Q_EMIT ready(key.path, key.rotation, m_entries.at(at).image, QString());
}

void SheetImageCache::insert(const Entry &entry)
{
    const qsizetype at = indexOf(entry.key);
    if (at >= 0) {
        m_bytes -= m_entries.at(at).bytes();
        m_entries.removeAt(at);
    }
    m_entries.prepend(entry);
    m_bytes += entry.bytes();
    evict();
}

void SheetImageCache::evict()
{
    for (qsizetype i = m_entries.size() - 1; i >= 0 && m_bytes > m_byteLimit; --i) {
        if (m_latest && m_entries.at(i).key == *m_latest)
            continue;
        m_bytes -= m_entries.at(i).bytes();
        m_entries.removeAt(i);
    }
}

qsizetype SheetImageCache::indexOf(const SheetKey &key) const
{
    const auto found = std::find_if(m_entries.cbegin(), m_entries.cend(),
                                    [&key](const Entry &entry) { return entry.key == key; });
    return found == m_entries.cend() ? -1 : found - m_entries.cbegin();
}

} // namespace herb
