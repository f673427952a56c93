#pragma once

#include "ocr/Orientation.h"

#include <QImage>
#include <QList>

namespace herb {

class TesseractOcr;
struct OcrResult;

// Which way up a sheet reads: OCR under each candidate rotation, and the rotation whose text
// Tesseract reads with confidence wins.
//
// This is what settles sideways sheets. A landscape image of a (portrait) herbarium sheet is
// turned by 90 or 270; OSD's answers on the four such AAFC sheets were weak or wrong, while
// reading both ways gave 43:13, 14:0, 113:6 and 157:26 confidently read characters, every time
// for the right side. It costs one OCR per candidate (0.3-1.3 s each on one core at 1600 px),
// so callers ask it only about images that need it.
class ReadingOrientation
{
public:
    // A line counts when Tesseract's confidence in it reaches this.
    static constexpr double kConfidentLine = 0.7;
    // Reliable when the winner has at least this many confidently read characters...
    static constexpr int kMinCharacters = 10;
    // ...and at least this many times the runner-up's.
    static constexpr double kMinRatio = 2.0;

    // candidates: clockwise rotations to try (multiples of 90). confidence in the result is the
    // winner's characters divided by the runner-up's (at least 1).
    static Orientation detect(TesseractOcr &ocr, const QImage &image,
                              const QList<int> &candidates = { 90, 270 });
    // Characters in lines read with at least kConfidentLine confidence.
    static int confidentCharacters(const OcrResult &result);
    // The rule detect() applies, for callers that did the reads themselves: rotations[i] read
    // with characters[i] confidently read characters (the lists are the same length).
    static Orientation choose(const QList<int> &rotations, const QList<int> &characters);
};

} // namespace herb
