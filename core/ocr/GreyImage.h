#pragma once

#include <QByteArray>
#include <QImage>
#include <QRect>

namespace herb {

// The 8-bit grey copies the OCR, orientation and barcode engines work on. Tesseract and ZBar
// both take raw luminance buffers, so converting once here keeps leptonica's Pix (with its
// big-endian word order) out of the picture.
class GreyImage
{
public:
    // `image` cropped to `region` (the whole image when region is null; clipped to the image)
    // and scaled by `scale` (smooth), in Format_Grayscale8. Null when the image is null, the
    // region lies outside it or the scale is not positive.
    static QImage prepare(const QImage &image, const QRect &region = {}, double scale = 1.0);
    // The scale that brings the long side of a width x height image to at most maxLongSide
    // (1.0 when it already fits or maxLongSide <= 0).
    static double fitScale(int width, int height, int maxLongSide);
    // Rows of a Format_Grayscale8 image packed without padding, as ZBar's Y800 format wants.
    static QByteArray tightBytes(const QImage &grey);
};

} // namespace herb
