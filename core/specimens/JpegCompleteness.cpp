#include "JpegCompleteness.h"

#include <QByteArray>

#include <cstring>

namespace herb {

namespace {

constexpr qint64 kChunkSize = 1 << 20;

// Sequential reader over a device with a chunk buffer; -1 at the end of the data.
class ByteSource
{
public:
    explicit ByteSource(QIODevice &device)
        : m_device(device)
    { }

    int next()
    {
        if (m_pos == m_buffer.size() && !refill())
            return -1;
        return static_cast<unsigned char>(m_buffer[m_pos++]);
    }

    // Bytes of the image consumed so far.
    qint64 consumed() const { return m_before + m_pos; }

    bool skip(qint64 count)
    {
        while (count > 0) {
            if (m_pos == m_buffer.size() && !refill())
                return false;
            const qint64 step = std::min<qint64>(count, m_buffer.size() - m_pos);
            m_pos += step;
            count -= step;
        }
        return true;
    }

    // Skips entropy-coded data up to the next 0xFF byte, which is consumed. False at the end.
    bool skipToFF()
    {
        for (;;) {
            if (m_pos == m_buffer.size() && !refill())
                return false;
            const char *start = m_buffer.constData() + m_pos;
            const void *hit = std::memchr(start, 0xFF, size_t(m_buffer.size() - m_pos));
            if (hit) {
                m_pos += static_cast<const char *>(hit) - start + 1;
                return true;
            }
            m_pos = m_buffer.size();
        }
    }

private:
    bool refill()
    {
        m_before += m_buffer.size();
        m_buffer.resize(kChunkSize);
        const qint64 got = m_device.read(m_buffer.data(), kChunkSize);
        m_buffer.resize(got > 0 ? got : 0);
        m_pos = 0;
        return got > 0;
    }

    QIODevice &m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_before = 0; // bytes of earlier chunks
};

bool isStandalone(int marker)
{
    return marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7);
}

// Start-of-frame markers: C0..CF except DHT (C4), JPG (C8) and DAC (CC). C9 and up use
// arithmetic coding.
bool isStartOfFrame(int marker)
{
    return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
}

// Huffman coding spends at least one bit on every 8x8 block of the full-resolution component
// (its DC difference), so no Huffman JPEG of width x height is smaller than this. A header
// that claims more pixels than the file can hold makes libjpeg "decode" grey rows without an
// error; that picture must never reach the model.
qint64 minimumHuffmanBytes(qint64 width, qint64 height)
{
    return ((width + 7) / 8) * ((height + 7) / 8) / 8;
}

} // namespace

QString jpegIncompleteReason(QIODevice &device)
{
    ByteSource in(device);
    if (in.next() != 0xFF || in.next() != 0xD8)
        return QStringLiteral("not a JPEG file (no start-of-image marker)");

    const QString truncated
        = QStringLiteral("truncated JPEG (the file ends before the image data does)");
    int marker = -1; // a marker already read while scanning entropy-coded data
    qint64 frameWidth = 0, frameHeight = 0; // from the start-of-frame segment
    bool arithmetic = false;
    for (;;) {
        if (marker < 0) {
            int byte = in.next();
            if (byte < 0)
                return truncated;
            if (byte != 0xFF)
                return QStringLiteral("corrupt JPEG (bytes where a marker was expected)");
            while (byte == 0xFF) // fill bytes may precede a marker
                byte = in.next();
            if (byte < 0)
                return truncated;
            marker = byte;
        }
        if (marker == 0xD9) {
            const qint64 needed = minimumHuffmanBytes(frameWidth, frameHeight);
            if (!arithmetic && in.consumed() < needed)
                return QStringLiteral("corrupt JPEG (the header claims %1x%2 pixels, but the "
                                      "file holds %3 bytes where such an image needs at least %4)")
                    .arg(frameWidth)
                    .arg(frameHeight)
                    .arg(in.consumed())
                    .arg(needed);
            return {};
        }
        if (isStandalone(marker)) {
            marker = -1;
            continue;
        }
        const int high = in.next();
        const int low = in.next();
        if (high < 0 || low < 0)
            return truncated;
        const int length = (high << 8) | low;
        if (length < 2)
            return QStringLiteral("corrupt JPEG (bad segment length)");
        if (isStartOfFrame(marker) && length >= 7) {
            const int precision = in.next();
            const int heightHigh = in.next(), heightLow = in.next();
            const int widthHigh = in.next(), widthLow = in.next();
            if (precision < 0 || heightHigh < 0 || heightLow < 0 || widthHigh < 0 || widthLow < 0)
                return truncated;
            frameHeight = (heightHigh << 8) | heightLow;
            frameWidth = (widthHigh << 8) | widthLow;
            arithmetic = marker >= 0xC9;
            if (!in.skip(length - 7))
                return truncated;
        } else if (!in.skip(length - 2)) {
            return truncated;
        }
        const bool startOfScan = marker == 0xDA;
        marker = -1;
        if (!startOfScan)
            continue;
        // In entropy-coded data 0xFF is followed by 0x00 (a stuffed byte) or a restart marker;
        // anything else is the next segment's marker.
        for (;;) {
            if (!in.skipToFF())
                return truncated;
            int byte = in.next();
            while (byte == 0xFF)
                byte = in.next();
            if (byte < 0)
                return truncated;
            if (byte != 0x00 && !(byte >= 0xD0 && byte <= 0xD7)) {
                marker = byte;
                break;
            }
        }
    }
}

} // namespace herb
