#pragma once

#include "ocr/Orientation.h"

#include <QImage>
#include <QString>

#include <memory>

namespace tesseract {
class TessBaseAPI;
}

namespace herb {

// Finds whether a sheet (EXIF orientation already applied by the caller) lies sideways or upside
// down, from the shape of its text, with Tesseract's orientation and script model
// (osd.traineddata, Debian package tesseract-ocr-osd).
//
// On whole herbarium sheets OSD is easily misled: the plant, the colour checker (whose small
// print is often upside down relative to the label) and dotted label lines outvote the few
// label lines, and it answered 180 with confidence 3.7 on an upright AAFC sheet. So the sheet is
// scaled to a working size where label text is ~25 px high (a 1600 px photograph doubles) and
// OSD runs on nine overlapping half-size tiles; each tile votes for its answer with its
// confidence, and the result's confidence is the winner's margin over the runner-up. On the 15
// real sheets the largest margin of a wrong answer was 2.03 (a sideways sheet read as 270
// instead of 90); three upright sheets came out 0 with margins of 4.5-5.4, the rest below 2.
//
// For sideways sheets (a landscape image of a portrait sheet) ReadingOrientation, which reads
// the text both ways with TesseractOcr, is far more dependable; see there.
//
// NOT thread-safe, like TesseractOcr: one instance per worker thread.
class OrientationDetector
{
public:
    // Below this vote margin the answer is reported but not reliable (see above).
    static constexpr double kDefaultReliableConfidence = 3.0;
    // The long side the grey copy is scaled to (up or down) before the tiles are cut.
    static constexpr int kDefaultWorkingLongSide = 3200;

    explicit OrientationDetector(const QString &tessdataDirectory = {});
    ~OrientationDetector();
    OrientationDetector(const OrientationDetector &) = delete;
    OrientationDetector &operator=(const OrientationDetector &) = delete;

    bool isReady() const;
    QString errorString() const;

    void setReliableConfidence(double confidence) { m_reliableConfidence = confidence; }
    double reliableConfidence() const { return m_reliableConfidence; }
    void setWorkingLongSide(int pixels) { m_workingLongSide = pixels; }
    int workingLongSide() const { return m_workingLongSide; }

    Orientation detect(const QImage &image);

private:
    struct Vote
    {
        bool found = false;
        int rotateClockwiseDegrees = 0;
        double confidence = 0.0;
        QString script;
    };
    Vote detectOne(const QImage &grey);

    std::unique_ptr<tesseract::TessBaseAPI> m_api;
    QString m_error;
    double m_reliableConfidence = kDefaultReliableConfidence;
    int m_workingLongSide = kDefaultWorkingLongSide;
};

} // namespace herb
