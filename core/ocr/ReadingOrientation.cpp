#include "ocr/ReadingOrientation.h"

#include "ocr/TesseractOcr.h"

#include <QTransform>

#include <algorithm>

namespace herb {

int ReadingOrientation::confidentCharacters(const OcrResult &result)
{
    int characters = 0;
    for (const OcrLine &line : result.lines) {
        if (line.confidence >= kConfidentLine)
            characters += int(line.text.size());
    }
    return characters;
}

Orientation ReadingOrientation::detect(TesseractOcr &ocr, const QImage &image,
                                       const QList<int> &candidates)
{
    Orientation result;
    if (image.isNull()) {
        result.error = QStringLiteral("no image to inspect (null or undecodable)");
        return result;
    }
    if (candidates.isEmpty()) {
        result.error = QStringLiteral("no candidate rotations to compare");
        return result;
    }
    QList<int> rotations;
    QList<int> characters;
    for (const int candidate : candidates) {
        if (candidate % 90 != 0) {
            result.error = QStringLiteral("rotation %1 is not a multiple of 90").arg(candidate);
            return result;
        }
        const int degrees = ((candidate % 360) + 360) % 360;
        const QImage turned
            = degrees == 0 ? image : image.transformed(QTransform().rotate(degrees));
        const OcrResult read = ocr.recognize(turned);
        if (!read.isOk()) {
            result.error = read.error;
            return result;
        }
        rotations << degrees;
        characters << confidentCharacters(read);
    }
    return choose(rotations, characters);
}

Orientation ReadingOrientation::choose(const QList<int> &rotations, const QList<int> &characters)
{
    Orientation result;
    int best = -1;
    int runnerUp = 0;
    for (qsizetype i = 0; i < std::min(rotations.size(), characters.size()); ++i) {
        if (characters[i] > best) {
            runnerUp = std::max(runnerUp, best);
            best = characters[i];
            result.rotateClockwiseDegrees = rotations[i];
        } else {
            runnerUp = std::max(runnerUp, characters[i]);
        }
    }
    if (best <= 0) {
        result.error = QStringLiteral("no text read confidently in any orientation");
        return result;
    }
    result.confidence = double(best) / std::max(1, runnerUp);
    result.reliable = best >= kMinCharacters && best >= kMinRatio * runnerUp;
    return result;
}

} // namespace herb
