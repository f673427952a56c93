#pragma once

#include <QByteArray>
#include <QSize>
#include <QString>

#include <chrono>
#include <variant>

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
    std::chrono::microseconds elapsed { 0 };
};

struct ImagePreparationError
{
    QString message; // names the cause; callers add the specimen id
};

using ImagePreparation = std::variant<PreparedImage, ImagePreparationError>;

// Turns one image file into the JPEG sent to a vision model: EXIF orientation applied,
// scaled while decoding so the longest side is at most maxSide, re-encoded. Bad files (empty,
// truncated, not an image, unsupported, too large) give an ImagePreparationError, never a
// crash. Holds only its options: one instance may be used from many threads at once.
class ImagePreparer
{
public:
    explicit ImagePreparer(ImagePreparationOptions options = {});

    // `extraRotation` (0, 90, 180 or 270 degrees clockwise) is applied after the EXIF
    // orientation, for sheets stored sideways without a tag.
    ImagePreparation prepare(const QString &path, int extraRotation = 0) const;

    const ImagePreparationOptions &options() const { return m_options; }

    // The size the decoder is asked for: `stored` scaled to fit maxSide, aspect kept. Qt
    // applies the scaled size before the EXIF rotation, so this works on the stored size.
    static QSize decodeSize(QSize stored, int maxSide);

private:
    ImagePreparationOptions m_options;
};

} // namespace herb
