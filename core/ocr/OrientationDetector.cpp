#include "ocr/OrientationDetector.h"

#include "ocr/GreyImage.h"
#include "ocr/Tessdata.h"
#include "ocr/TesseractStart.h"

#include <algorithm>
#include <array>

namespace herb {

namespace {

const QString kOsdLanguage = QStringLiteral("osd");

} // namespace

OrientationDetector::OrientationDetector(const QString &tessdataDirectory)
{
    const Tessdata::Location location = Tessdata::locate(kOsdLanguage, tessdataDirectory);
    m_error = location.error;
    if (!m_error.isEmpty())
        return;
    // OSD runs on the legacy classifier; the osd model carries it.
    auto api = startTesseract(location.directory, kOsdLanguage, tesseract::OEM_TESSERACT_ONLY);
    if (!api) {
        m_error = QStringLiteral("Tesseract could not load its orientation model from %1")
                      .arg(location.directory);
        return;
    }
    api->SetPageSegMode(tesseract::PSM_OSD_ONLY);
    // OSD ignores SetSourceResolution and warns about "0 dpi" for every tile otherwise.
    api->SetVariable("user_defined_dpi", "300");
    // Tiles without text are expected; Tesseract would print "Too few characters. Skipping this
    // page" for each one on stderr, in the middle of the command line's progress output.
#ifdef Q_OS_WIN
    api->SetVariable("debug_file", "nul");
#else
    api->SetVariable("debug_file", "/dev/null");
#endif
    m_api = std::move(api);
}

OrientationDetector::~OrientationDetector()
{
    if (m_api)
        m_api->End();
}

bool OrientationDetector::isReady() const
{
    return m_api != nullptr;
}

QString OrientationDetector::errorString() const
{
    return m_error;
}

OrientationDetector::Vote OrientationDetector::detectOne(const QImage &grey)
{
    Vote vote;
    m_api->SetImage(grey.constBits(), grey.width(), grey.height(), 1, int(grey.bytesPerLine()));
    m_api->SetSourceResolution(300);
    int degrees = 0;
    float confidence = 0.0f;
    const char *script = nullptr;
    float scriptConfidence = 0.0f;
    vote.found = m_api->DetectOrientationScript(&degrees, &confidence, &script, &scriptConfidence);
    if (vote.found) {
        // Tesseract reports how far the page is turned clockwise; undoing it takes the rest of
        // the turn.
        vote.rotateClockwiseDegrees = (360 - degrees % 360) % 360;
        vote.confidence = std::max(0.0, double(confidence));
        vote.script = script ? QString::fromLatin1(script) : QString();
    }
    m_api->Clear();
    return vote;
}

Orientation OrientationDetector::detect(const QImage &image)
{
    Orientation result;
    if (!m_api) {
        result.error = m_error;
        return result;
    }
    if (image.isNull()) {
        result.error = QStringLiteral("no image to inspect (null or undecodable)");
        return result;
    }
    const int longSide = std::max(image.width(), image.height());
    const double scale = m_workingLongSide > 0 ? double(m_workingLongSide) / longSide : 1.0;
    const QImage grey = GreyImage::prepare(image, {}, scale);
    if (grey.width() < 64 || grey.height() < 64) {
        result.error = QStringLiteral("image too small to detect its orientation");
        return result;
    }

    // Nine half-size tiles at quarter steps: every region of the sheet, a label included, lies
    // whole inside at least one of them.
    std::array<double, 4> votes {};
    std::array<QString, 4> scripts;
    std::array<double, 4> best {};
    const int tileWidth = grey.width() / 2;
    const int tileHeight = grey.height() / 2;
    for (int row = 0; row < 3; ++row) {
        for (int column = 0; column < 3; ++column) {
            const QRect tile(column * grey.width() / 4, row * grey.height() / 4, tileWidth,
                             tileHeight);
            const Vote vote = detectOne(grey.copy(tile));
            if (!vote.found)
                continue;
            const size_t index = size_t(vote.rotateClockwiseDegrees / 90);
            votes[index] += vote.confidence;
            if (vote.confidence >= best[index]) {
                best[index] = vote.confidence;
                scripts[index] = vote.script;
            }
        }
    }
    const auto winner = std::max_element(votes.begin(), votes.end());
    if (*winner <= 0.0) {
        result.error = QStringLiteral("not enough text to detect the orientation");
        return result;
    }
    double runnerUp = 0.0;
    for (auto it = votes.begin(); it != votes.end(); ++it) {
        if (it != winner)
            runnerUp = std::max(runnerUp, *it);
    }
    const size_t index = size_t(winner - votes.begin());
    result.rotateClockwiseDegrees = int(index) * 90;
    result.confidence = *winner - runnerUp;
    result.script = scripts[index];
    result.reliable = result.confidence >= m_reliableConfidence;
    return result;
}

} // namespace herb
