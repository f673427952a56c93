#pragma once

#include <QByteArray>

namespace herb {

// The EXIF Orientation tag (TIFF tag 0x0112) of a JPEG file, written byte by byte. Cameras
// and scanners store a sideways sheet's pixels as they came off the sensor and record how to
// turn them upright; sample sheets imitate that so readers must honour the tag.
class JpegExifOrientation
{
public:
    // `jpeg` with a minimal APP1 Exif segment (one IFD, one entry: Orientation) inserted right
    // after the SOI marker. `orientation` is 1..8 as in EXIF (6: turn 90° clockwise to view,
    // 8: turn 90° counter-clockwise). Empty when `jpeg` does not start with SOI, when it
    // already carries an Orientation tag, or when `orientation` is out of range.
    static QByteArray insert(const QByteArray &jpeg, int orientation);

    // The Orientation value read back from the first APP1 Exif segment, or 0 when the file
    // has none (or it cannot be parsed). Big- and little-endian TIFF headers are understood.
    static int read(const QByteArray &jpeg);

    // The APP1 segment itself (marker, length, "Exif\0\0", big-endian TIFF, IFD0).
    static QByteArray segment(int orientation);
};

} // namespace herb
