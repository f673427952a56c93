#pragma once

#include "Engine.h"

#include <memory>

namespace herb {

class BarcodeReader;
class OrientationDetector;
class TesseractOcr;
struct OcrResult;
struct Orientation;

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

    // A read this strong (characters in confidently read lines) settles which way up the sheet
    // is: read upside down, none of the 35 sample and real sheets gave more than 32.
    static constexpr int kUprightCharacters = 60;
    // A read is redone at the upscaled size when a quarter of its confidently read characters
    // lie in lines lower than this (image pixels): the real AAFC photographs' typed labels are
    // 9-14 px high and read far better doubled; the samples' labels are 18 px and more and
    // read as well or better unscaled.
    static constexpr int kSmallTextLineHeight = 16;
    static bool textIsSmall(const OcrResult &read);

private:
    struct Reading;
    Reading readUpright(const QImage &grey);
    OcrResult readAtSize(const QImage &grey, Reading &reading, bool tryUnscaledFirst);
    Orientation osd(const QImage &grey);

    Options m_options;
    std::unique_ptr<TesseractOcr> m_ocr;
    std::unique_ptr<OrientationDetector> m_orientation;
    std::unique_ptr<BarcodeReader> m_barcodes;
};

} // namespace herb
