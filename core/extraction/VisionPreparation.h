#pragma once

#include "specimens/ImagePreparer.h"

#include <QJsonObject>
#include <QStringList>

#include <memory>

namespace herb {

class BarcodeReader;
class TesseractOcr;

// What the vision engine sends, prepared on a worker thread: the image hashed, turned upright
// (EXIF first; a sheet still landscape after EXIF was stored sideways without a tag, so it is
// read both ways with Tesseract and the more legible way wins: a model reads an upright label
// better), scaled and encoded; and its barcodes read with ZBar, to cross-check the catalogue
// number the model gives. Owns a Tesseract instance: one per worker thread.
class VisionPreparation
{
public:
    struct Result
    {
        QString sha256;
        QString error; // the file cannot be used: the specimen fails with kind "image"
        PreparedImage image;
        int detectedRotation = 0; // clockwise degrees applied after EXIF
        QStringList barcodes;
        QJsonObject describe() const;
    };

    VisionPreparation();
    ~VisionPreparation();
    VisionPreparation(const VisionPreparation &) = delete;
    VisionPreparation &operator=(const VisionPreparation &) = delete;

    Result prepare(const QString &imagePath, const ImagePreparer &preparer);

private:
    std::unique_ptr<TesseractOcr> m_ocr;
    std::unique_ptr<BarcodeReader> m_barcodes;
};

} // namespace herb
