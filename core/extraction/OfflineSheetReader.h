#pragma once

#include "Engine.h"

#include <memory>

namespace herb {

class BarcodeReader;
class OrientationDetector;
class TesseractOcr;

// The offline engine's work on one sheet, on one worker thread: read the original image
// (EXIF orientation applied), turn a sheet stored sideways without a tag upright, read
// barcodes with ZBar, OCR the sheet with Tesseract and map the text onto Darwin Core with the
// LabelParser. Owns one Tesseract instance, so a reader belongs to one thread.
class OfflineSheetReader
{
public:
    struct Options
    {
        QString languages = QStringLiteral("eng");
        int minCoreFields = 3;
        qint64 maxPixels = 300'000'000; // larger files are refused before decoding
    };

    explicit OfflineSheetReader(Options options);
    ~OfflineSheetReader();
    OfflineSheetReader(const OfflineSheetReader &) = delete;
    OfflineSheetReader &operator=(const OfflineSheetReader &) = delete;

    bool isReady() const;
    QString errorString() const;
    EngineOutcome read(const QString &imagePath);

private:
    Options m_options;
    std::unique_ptr<TesseractOcr> m_ocr;
    std::unique_ptr<OrientationDetector> m_orientation;
    std::unique_ptr<BarcodeReader> m_barcodes;
};

} // namespace herb
