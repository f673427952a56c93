#pragma once

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QString>

#include <chrono>
#include <variant>

class QIODevice;

namespace herb {

struct ImagePreparationOptions
{
    int maxSide = 2048; // pixels, longest side of the upload
    int jpegQuality = 90;
    // Refused before decoding: a small file can claim a huge canvas (decompression bomb).
    qint64 maxPixels = 300'000'000;
    // Process-wide memory for full-size decodes of formats that cannot scale while decoding
    // (see DecodeMemoryLease).
    qint64 decodeBudgetBytes = 1200LL * 1024 * 1024;
};

struct PreparedImage
{
    QByteArray jpeg;
    QSize size; // of `jpeg`, after orientation and rotation
    QSize storedSize; // as stored in the file, before any orientation
    int orientation = 1; // EXIF orientation value, 1..8 (1: none or no tag)
    bool orientationApplied = false; // the stored pixels were rotated or mirrored
    int extraRotation = 0; // degrees, as requested
    QByteArray format; // of the source: "jpeg", "png", "tiff", "webp"
    bool sentAsIs = false; // `jpeg` is the file's own bytes, not decoded and re-encoded
    std::chrono::microseconds elapsed { 0 };
};

struct ImagePreparationError
{
    QString message; // names the cause; callers add the specimen id
};

using ImagePreparation = std::variant<PreparedImage, ImagePreparationError>;

// What an image file's header says, read without decoding its pixels.
struct ImageHeader
{
    QByteArray format; // "jpeg", "png", "tiff", "webp"
    QSize storedSize;
    int orientation = 1; // EXIF orientation value, 1..8 (1: none or no tag)

    // The size once the EXIF orientation is applied (sides swapped for 5..8).
    QSize uprightSize() const;
};

using ImageInspection = std::variant<ImageHeader, ImagePreparationError>;
using ImageDecoding = std::variant<QImage, ImagePreparationError>;

// Turns one image file into the JPEG sent to a vision model: EXIF orientation applied,
// scaled while decoding so the longest side is at most maxSide, re-encoded. Bad files (empty,
// truncated, not an image, unsupported, too large) give an ImagePreparationError, never a
// crash. Holds only its options: one instance may be used from many threads at once.
//
// prepare() does it all; its steps are public for a caller that decides in between (the vision
// path: inspect the header, send a JPEG that needs no change as it is, decode only what the
// orientation check and the barcode scan need, encode only a sheet that must change). The
// steps take an open, seekable device: a QBuffer over a file read once, or the QFile itself.
class ImagePreparer
{
public:
    explicit ImagePreparer(ImagePreparationOptions options = {});

    // `extraRotation` (0, 90, 180 or 270 degrees clockwise) is applied after the EXIF
    // orientation, for sheets stored sideways without a tag.
    ImagePreparation prepare(const QString &path, int extraRotation = 0) const;

    // The header, after the checks that need no decoding: content sniffed, format supported,
    // JPEG complete, pixel count within maxPixels.
    ImageInspection inspect(QIODevice *device) const;
    // True when the file can go to the model byte for byte: a JPEG within maxSide whose EXIF
    // orientation asks for no turn.
    bool canSendAsIs(const ImageHeader &header) const;
    // The pixels, EXIF orientation applied, scaled while decoding to fit `longSide` (at most
    // maxSide; 0: maxSide). Formats that cannot scale while decoding go through the decode budget.
    ImageDecoding decode(QIODevice *device, const ImageHeader &header, int longSide = 0) const;
    // `upright` (decoded by decode()) turned by `extraRotation` degrees and encoded as the JPEG.
    ImagePreparation encode(const QImage &upright, const ImageHeader &header,
                            int extraRotation = 0) const;
    // The file's own bytes as the upload (canSendAsIs() was true); shares `jpeg`, no copy.
    static PreparedImage asIs(const QByteArray &jpeg, const ImageHeader &header);
    // The normalised clockwise rotation (0, 90, 180, 270), or -1 when not a multiple of 90.
    static int normalisedRotation(int degrees);

    const ImagePreparationOptions &options() const { return m_options; }

    // The size the decoder is asked for: `stored` scaled to fit maxSide, aspect kept. Qt
    // applies the scaled size before the EXIF rotation, so this works on the stored size.
    static QSize decodeSize(QSize stored, int maxSide);

private:
    ImagePreparationOptions m_options;
};

} // namespace herb
