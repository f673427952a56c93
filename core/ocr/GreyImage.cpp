#include "ocr/GreyImage.h"

#include <algorithm>
#include <cstring>

namespace herb {

QImage GreyImage::prepare(const QImage &image, const QRect &region, double scale)
{
    if (image.isNull() || !(scale > 0.0))
        return {};
    const QRect area = region.isNull() ? image.rect() : region.intersected(image.rect());
    if (area.isEmpty())
        return {};
    // Crop first so a scale-up of a label region never touches the rest of the sheet.
    QImage grey = (area == image.rect() ? image : image.copy(area))
                      .convertToFormat(QImage::Format_Grayscale8);
    if (scale != 1.0) {
        const int width = std::max(1, qRound(grey.width() * scale));
        const int height = std::max(1, qRound(grey.height() * scale));
        grey = grey.scaled(width, height, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    }
    return grey;
}

double GreyImage::fitScale(int width, int height, int maxLongSide)
{
    const int longSide = std::max(width, height);
    if (maxLongSide <= 0 || longSide <= maxLongSide)
        return 1.0;
    return double(maxLongSide) / longSide;
}

QByteArray GreyImage::tightBytes(const QImage &grey)
{
    if (grey.isNull() || grey.format() != QImage::Format_Grayscale8)
        return {};
    const int width = grey.width();
    QByteArray bytes(qsizetype(width) * grey.height(), Qt::Uninitialized);
    for (int y = 0; y < grey.height(); ++y)
        std::memcpy(bytes.data() + qsizetype(y) * width, grey.constScanLine(y), size_t(width));
    return bytes;
}

} // namespace herb
