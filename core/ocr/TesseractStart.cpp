#include "ocr/TesseractStart.h"

#include "ocr/Tessdata.h"

namespace herb {

std::unique_ptr<tesseract::TessBaseAPI>
startTesseract(const QString &directory, const QString &languages, tesseract::OcrEngineMode mode)
{
    auto api = std::make_unique<tesseract::TessBaseAPI>();
    const QByteArray languageList
        = Tessdata::splitLanguages(languages).join(QLatin1Char('+')).toUtf8();
    if (api->Init(directory.toLocal8Bit().constData(), languageList.constData(), mode) != 0)
        return nullptr;
    return api;
}

} // namespace herb
