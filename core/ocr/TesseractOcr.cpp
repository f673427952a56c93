#include "ocr/TesseractOcr.h"

#include "ocr/GreyImage.h"
#include "ocr/Tessdata.h"
#include "ocr/TesseractStart.h"
#include "util/LibraryDiagnostics.h"

#include <tesseract/resultiterator.h>

#include <algorithm>

namespace herb {

namespace {

// Tesseract needs a few pixels to segment anything; below this it only prints warnings.
constexpr int kMinSide = 8;

QString takeUtf8(char *text)
{
    const QString result = QString::fromUtf8(text).trimmed();
    delete[] text;
    return result;
}

} // namespace

TesseractOcr::TesseractOcr(const QString &languages, const QString &tessdataDirectory)
    : m_languages(languages)
{
    const Tessdata::Location location = Tessdata::locate(languages, tessdataDirectory);
    m_tessdataDirectory = location.directory;
    m_error = location.error;
    if (!m_error.isEmpty())
        return;
    auto api = startTesseract(m_tessdataDirectory, languages, tesseract::OEM_LSTM_ONLY);
    if (!api) {
        m_error = QStringLiteral("Tesseract could not load \"%1\" from %2")
                      .arg(languages, m_tessdataDirectory);
        return;
    }
    // Tesseract's own warnings ("Invalid resolution", "Empty page!!") only with --verbose.
    if (!libraryDiagnosticsShown()) {
#ifdef Q_OS_WIN
        api->SetVariable("debug_file", "nul");
#else
        api->SetVariable("debug_file", "/dev/null");
#endif
    }
    m_api = std::move(api);
}

TesseractOcr::~TesseractOcr()
{
    if (m_api)
        m_api->End();
}

bool TesseractOcr::isReady() const
{
    return m_api != nullptr;
}

QString TesseractOcr::errorString() const
{
    return m_error;
}

double TesseractOcr::scaleFor(int width, int height, const OcrOptions &options)
{
    const int longSide = std::max(width, height);
    if (options.maxLongSide > 0 && longSide > options.maxLongSide)
        return GreyImage::fitScale(width, height, options.maxLongSide);
    if (longSide < options.upscaleBelowLongSide && options.upscaleFactor > 1.0) {
        // Never scale past the point where the upscale alone would exceed the downscale limit.
        double scale = options.upscaleFactor;
        if (options.maxLongSide > 0)
            scale = std::min(scale, double(options.maxLongSide) / longSide);
        return std::max(1.0, scale);
    }
    return 1.0;
}

OcrResult TesseractOcr::recognize(const QImage &image, const OcrOptions &options)
{
    OcrResult result;
    if (!m_api) {
        result.error = m_error;
        return result;
    }
    if (image.isNull()) {
        result.error = QStringLiteral("no image to read (null or undecodable)");
        return result;
    }
    const QRect area
        = options.region.isNull() ? image.rect() : options.region.intersected(image.rect());
    if (area.isEmpty()) {
        result.error = QStringLiteral("OCR region lies outside the %1x%2 image")
                           .arg(image.width())
                           .arg(image.height());
        return result;
    }
    result.scale = scaleFor(area.width(), area.height(), options);
    const QImage grey = GreyImage::prepare(image, area, result.scale);
    if (grey.width() < kMinSide || grey.height() < kMinSide)
        return result; // too small to hold text: an empty, successful read

    m_api->SetPageSegMode(options.layout == OcrOptions::Layout::Auto ? tesseract::PSM_AUTO
                                                                     : tesseract::PSM_SPARSE_TEXT);
    // Tesseract binarises (Otsu) internally; it copies the buffer, so `grey` may go afterwards.
    m_api->SetImage(grey.constBits(), grey.width(), grey.height(), 1, int(grey.bytesPerLine()));
    // Without a resolution Tesseract guesses one and warns on stderr for every image.
    m_api->SetSourceResolution(300);
    if (m_api->Recognize(nullptr) != 0) {
        result.error = QStringLiteral("Tesseract failed to read the image");
        m_api->Clear();
        return result;
    }

    std::unique_ptr<tesseract::ResultIterator> it(m_api->GetIterator());
    QStringList texts;
    if (it) {
        do {
            const QString text = takeUtf8(it->GetUTF8Text(tesseract::RIL_TEXTLINE));
            if (text.isEmpty())
                continue;
            int left = 0, top = 0, right = 0, bottom = 0;
            it->BoundingBox(tesseract::RIL_TEXTLINE, &left, &top, &right, &bottom);
            OcrLine line;
            line.text = text;
            line.confidence = std::clamp(it->Confidence(tesseract::RIL_TEXTLINE) / 100.0, 0.0, 1.0);
            // Back to the caller's coordinates: undo the scale, then the crop.
            line.bounds
                = QRect(QPoint(int(left / result.scale), int(top / result.scale)),
                        QPoint(int((right - 1) / result.scale), int((bottom - 1) / result.scale)))
                      .translated(area.topLeft())
                      .intersected(image.rect());
            result.lines.append(line);
            texts.append(text);
        } while (it->Next(tesseract::RIL_TEXTLINE));
    }
    result.text = texts.join(QLatin1Char('\n'));
    result.meanConfidence = result.lines.isEmpty() ? 0.0 : m_api->MeanTextConf() / 100.0;
    m_api->Clear();
    return result;
}

bool TesseractOcr::ompThreadLimitIsSet()
{
    bool ok = false;
    const int limit = qEnvironmentVariableIntValue("OMP_THREAD_LIMIT", &ok);
    return ok && limit == 1;
}

} // namespace herb
