#include "TestImages.h"

#include <QBuffer>
#include <QImageWriter>

namespace herb::test {

QImage twoTone(QSize size, QImage::Format format)
{
    QImage image(size, format);
    for (int y = 0; y < size.height(); ++y) {
        const QRgb colour = y < size.height() / 2 ? qRgb(220, 20, 20) : qRgb(20, 20, 220);
        for (int x = 0; x < size.width(); ++x)
            image.setPixel(x, y, colour);
    }
    return image;
}

QByteArray encode(const QImage &image, const QByteArray &format, int compression)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    if (compression >= 0)
        writer.setCompression(compression);
    return writer.write(image) ? bytes : QByteArray();
}

} // namespace herb::test
