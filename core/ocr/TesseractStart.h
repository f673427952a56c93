#pragma once

#include <tesseract/baseapi.h>

#include <QString>

#include <memory>

namespace herb {

// Starts a Tesseract engine on the traineddata of `languages` ("eng+fra", "osd") in
// `directory` (see Tessdata::locate): null when Tesseract refuses them. Shared by TesseractOcr
// and OrientationDetector, which differ only in the languages and the engine mode.
std::unique_ptr<tesseract::TessBaseAPI>
startTesseract(const QString &directory, const QString &languages, tesseract::OcrEngineMode mode);

} // namespace herb
