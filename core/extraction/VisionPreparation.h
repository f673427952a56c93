#pragma once

#include "specimens/ImagePreparer.h"

#include <QJsonObject>
#include <QSizeF>
#include <QStringList>

#include <memory>
#include <optional>

namespace herb {

class BarcodeReader;
class OrientationCache;
class TesseractOcr;

// What the vision engine sends, prepared on a worker thread, doing no more than the sheet needs:
// - the file is read once, and hashed while it is read;
// - a JPEG within the upload size whose EXIF orientation asks for no turn and that stands
//   upright is sent byte for byte; anything else is decoded once (scaled while decoding) and
//   encoded once;
// - orientation: EXIF first; a sheet still landscape after EXIF was stored sideways without a
//   tag, so it is read both ways with Tesseract on a grey copy (no larger than
//   kOrientationLongSide, never upscaled), the label-like strip of each candidate's bottom
//   half first, then the bottom halves, and the more legible way wins (a model reads an
//   upright label better). Decisions are kept by SHA-256 in an OrientationCache, so a resume
//   does not check the same sheet again;
// - barcodes are read with ZBar on a half-size copy first (for a JPEG sent as it is, decoded at
//   half size by libjpeg's DCT scaling, a quarter of the work), on the upload-size image only
//   when the small one shows none, both with sparse scan lines (a full ZBar scan of a 1600 px
//   sheet costs ~0.1 s); they cross-check the catalogue number the model gives.
// Owns a Tesseract instance (started on first need) and a ZBar scanner: one per worker thread.
class VisionPreparation
{
public:
    struct Result
    {
        QString sha256;
        QString error; // the file cannot be used: the specimen fails with kind "image"
        PreparedImage image;
        int detectedRotation = 0; // clockwise degrees applied after EXIF
        bool orientationChecked = false; // read both ways now (not from EXIF or the cache)
        QStringList barcodes;
        QJsonObject describe() const;
    };

    // Files up to this size are read into memory once (hash, header, decode, upload); larger
    // ones (TIFF masters) are hashed as a stream and decoded from the disk.
    static constexpr qint64 kReadWholeBytes = 64LL * 1024 * 1024;
    // The long side of the grey copy the orientation check reads (see VisionPreparation.cpp).
    static constexpr int kOrientationLongSide = 1600;
    // The strip of each half sheet the check reads first, as a fraction of the half's stored
    // width and height, where TextBlockFinder finds the most glyph-like ink (see the .cpp):
    // 0.15 of 800 px holds 5-6 lines of a 1600 px sheet's label. In bench_visionsheets (single
    // runs, load ~3) a quarter cost 271 ms of CPU per sideways sheet and half the half 305 ms,
    // against 230 ms for 0.15, all three turning the 15 sideways sheets the right way.
    static constexpr QSizeF kLabelFraction { 0.15, 1.0 };
    // ZBar scans every n-th row and column: on the half-size copy, then on the upload size.
    static constexpr int kSmallScanDensity = 2;
    static constexpr int kFullScanDensity = 4;

    // `cache` (may be null) is shared by the preparations of every worker thread.
    explicit VisionPreparation(OrientationCache *cache = nullptr);
    ~VisionPreparation();
    VisionPreparation(const VisionPreparation &) = delete;
    VisionPreparation &operator=(const VisionPreparation &) = delete;

    Result prepare(const QString &imagePath, const ImagePreparer &preparer);

private:
    // The clockwise rotation that turns a sideways `upright` (EXIF applied) upright; 0 when the
    // text does not tell; nothing when the check cannot run (Tesseract's data is missing: the
    // sheet goes as EXIF says, and nothing is remembered).
    std::optional<int> sidewaysRotation(const QImage &upright);
    QStringList barcodes(const QImage &image, int density);

    OrientationCache *m_cache;
    std::unique_ptr<TesseractOcr> m_ocr;
    std::unique_ptr<BarcodeReader> m_barcodes;
};

} // namespace herb
