#include "JpegExifOrientation.h"

namespace herb {

namespace {

constexpr quint16 kOrientationTag = 0x0112;
constexpr quint16 kTypeShort = 3;

void appendBig16(QByteArray *out, quint16 v)
{
    out->append(char(v >> 8));
    out->append(char(v & 0xff));
}

void appendBig32(QByteArray *out, quint32 v)
{
    appendBig16(out, quint16(v >> 16));
    appendBig16(out, quint16(v & 0xffff));
}

quint8 byteAt(const QByteArray &data, qsizetype i)
{
    return quint8(data.at(i));
}

// Reads TIFF integers in the byte order the header declared.
struct TiffReader
{
    const QByteArray &data;
    qsizetype base; // offset of the TIFF header inside `data`
    qsizetype end; // one past the last byte of the Exif segment
    bool bigEndian;

    bool has(qsizetype offset, qsizetype size) const
    {
        return offset >= 0 && base + offset + size <= end;
    }
    quint16 u16(qsizetype offset) const
    {
        const quint8 a = byteAt(data, base + offset);
        const quint8 b = byteAt(data, base + offset + 1);
        return bigEndian ? quint16((a << 8) | b) : quint16((b << 8) | a);
    }
    quint32 u32(qsizetype offset) const
    {
        const quint32 hi = u16(offset);
        const quint32 lo = u16(offset + 2);
        return bigEndian ? (hi << 16) | lo : (lo << 16) | hi;
    }
};

int orientationInSegment(const QByteArray &jpeg, qsizetype payload, qsizetype end)
{
    // payload points at "Exif\0\0"
    if (end - payload < 14 || jpeg.mid(payload, 6) != QByteArray("Exif\0\0", 6))
        return 0;
    const qsizetype tiff = payload + 6;
    const QByteArray order = jpeg.mid(tiff, 2);
    if (order != "MM" && order != "II")
        return 0;
    const TiffReader r { jpeg, tiff, end, order == "MM" };
    if (r.u16(2) != 42)
        return 0;
    const qsizetype ifd = qsizetype(r.u32(4));
    if (!r.has(ifd, 2))
        return 0;
    const int entries = r.u16(ifd);
    for (int i = 0; i < entries; ++i) {
        const qsizetype entry = ifd + 2 + qsizetype(i) * 12;
        if (!r.has(entry, 12))
            return 0;
        if (r.u16(entry) == kOrientationTag && r.u16(entry + 2) == kTypeShort) {
            const int value = r.u16(entry + 8);
            return value >= 1 && value <= 8 ? value : 0;
        }
    }
    return 0;
}

} // namespace

QByteArray JpegExifOrientation::segment(int orientation)
{
    QByteArray tiff;
    tiff.append("MM", 2);
    appendBig16(&tiff, 42);
    appendBig32(&tiff, 8); // IFD0 follows the 8-byte header
    appendBig16(&tiff, 1); // one entry
    appendBig16(&tiff, kOrientationTag);
    appendBig16(&tiff, kTypeShort);
    appendBig32(&tiff, 1); // count
    appendBig16(&tiff, quint16(orientation)); // a SHORT sits left-justified in the value field
    appendBig16(&tiff, 0);
    appendBig32(&tiff, 0); // no IFD1

    QByteArray out;
    out.append(char(0xff));
    out.append(char(0xe1));
    // The length counts itself and the payload but not the marker.
    appendBig16(&out, quint16(2 + 6 + tiff.size()));
    out.append("Exif\0\0", 6);
    out.append(tiff);
    return out;
}

QByteArray JpegExifOrientation::insert(const QByteArray &jpeg, int orientation)
{
    if (orientation < 1 || orientation > 8)
        return {};
    if (jpeg.size() < 4 || byteAt(jpeg, 0) != 0xff || byteAt(jpeg, 1) != 0xd8)
        return {};
    if (read(jpeg) != 0)
        return {};
    QByteArray out = jpeg.left(2);
    out.append(segment(orientation));
    out.append(jpeg.mid(2));
    return out;
}

int JpegExifOrientation::read(const QByteArray &jpeg)
{
    if (jpeg.size() < 4 || byteAt(jpeg, 0) != 0xff || byteAt(jpeg, 1) != 0xd8)
        return 0;
    // Walk the marker segments up to the start of scan; Exif sits among the first ones.
    qsizetype pos = 2;
    while (pos + 4 <= jpeg.size()) {
        if (byteAt(jpeg, pos) != 0xff)
            return 0;
        const quint8 marker = byteAt(jpeg, pos + 1);
        if (marker == 0xff) { // fill byte
            ++pos;
            continue;
        }
        if (marker == 0xda || marker == 0xd9) // SOS or EOI: no more metadata
            return 0;
        const qsizetype length = (qsizetype(byteAt(jpeg, pos + 2)) << 8) | byteAt(jpeg, pos + 3);
        if (length < 2 || pos + 2 + length > jpeg.size())
            return 0;
        if (marker == 0xe1) {
            const int value = orientationInSegment(jpeg, pos + 4, pos + 2 + length);
            if (value != 0)
                return value;
        }
        pos += 2 + length;
    }
    return 0;
}

} // namespace herb
