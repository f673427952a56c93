#pragma once

#include "ocr/OcrResult.h"

#include <QImage>
#include <QRect>
#include <QString>

#include <memory>

namespace tesseract {
class TessBaseAPI;
}

namespace herb {

struct OcrOptions
{
    enum class Layout
    {
        SparseText, // PSM_SPARSE_TEXT: scattered labels, stamps and annotations on a sheet
        Auto // PSM_AUTO: full page layout analysis, for text in columns and paragraphs
    };

    QRect region; // only this part of the image (e.g. the lower third); null = everything
    // Compared on the 11 upright real AAFC sheets (1600 px, scaled x2): SparseText read more
    // characters in lines of confidence >= 0.7 than Auto on 9 of them (e.g. 203 vs 65, 151 vs
    // 38), since Auto drops stamps and scattered annotations as non-text; it took ~1.5x as long
    // (0.4-2.5 s vs 0.3-1.5 s on one core). Hence the default.
    Layout layout = Layout::SparseText;
    // Sheets photographed at ~1600 px carry label text ~10-15 px high; Tesseract reads best at
    // 20-30 px, so images (or regions) with a long side below this are scaled by upscaleFactor.
    int upscaleBelowLongSide = 2500;
    double upscaleFactor = 2.0;
    // Scans of 40+ megapixels take minutes to read at full size with no gain on label text of
    // 40+ px: anything longer than this is scaled down first (<= 0: never).
    int maxLongSide = 4000;
};

// A Tesseract engine (tesseract::TessBaseAPI) for reading specimen sheets.
//
// NOT thread-safe: an instance belongs to one thread at a time; keep one per worker thread
// (QThreadStorage, or a small pool handing instances out). Creating one loads the language
// models (tens of MB, ~0.1-0.3 s), so reuse it for many images.
//
// Debian's libtesseract runs its LSTM on OpenMP, which starts as many threads as there are cores
// inside every recognize(): with one instance per worker the cores are oversubscribed unless
// OMP_THREAD_LIMIT=1 is in the environment BEFORE the process starts (the OpenMP runtime reads it
// once, at load time; setting it later with qputenv has no effect). The application's main
// checks ompThreadLimitIsSet() and re-executes itself with the variable set.
class TesseractOcr
{
public:
    // languages: Tesseract language names joined with '+', e.g. "eng" or "eng+fra".
    // tessdataDirectory: empty = search TESSDATA_PREFIX and the standard folders (see Tessdata).
    explicit TesseractOcr(const QString &languages = QStringLiteral("eng"),
                          const QString &tessdataDirectory = {});
    ~TesseractOcr();
    TesseractOcr(const TesseractOcr &) = delete;
    TesseractOcr &operator=(const TesseractOcr &) = delete;

    // False when the language data was missing or Tesseract refused it; errorString() says why
    // and recognize() returns that error.
    bool isReady() const;
    QString errorString() const;
    QString languages() const { return m_languages; }
    QString tessdataDirectory() const { return m_tessdataDirectory; }

    OcrResult recognize(const QImage &image, const OcrOptions &options = {});

    // The scale recognize() applies to an image or region of width x height.
    static double scaleFor(int width, int height, const OcrOptions &options);
    // True when OMP_THREAD_LIMIT=1 is in this process's environment.
    static bool ompThreadLimitIsSet();

private:
    std::unique_ptr<tesseract::TessBaseAPI> m_api;
    QString m_languages;
    QString m_tessdataDirectory;
    QString m_error;
};

} // namespace herb
