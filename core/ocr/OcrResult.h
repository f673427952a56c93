#pragma once

#include <QList>
#include <QRect>
#include <QString>

namespace herb {

// One line of text as Tesseract segmented it.
struct OcrLine
{
    QString text;
    double confidence = 0.0; // 0..1
    QRect bounds; // in the coordinates of the image given to recognize(), not the scaled copy
};

struct OcrResult
{
    QString text; // the lines joined with '\n'
    QList<OcrLine> lines;
    double meanConfidence = 0.0; // 0..1, Tesseract's mean word confidence; 0 when no words
    double scale = 1.0; // the factor the (region of the) image was scaled by before OCR
    QString error; // empty on success

    bool isOk() const { return error.isEmpty(); }
};

} // namespace herb
