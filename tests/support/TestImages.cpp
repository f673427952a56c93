#include "TestImages.h"

#include <QBuffer>
#include <QDir>
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

QStringList writeSheets(const QString &folder, int count, QSize size, int firstIndex)
{
    QDir().mkpath(folder);
    QStringList paths;
    for (int i = firstIndex; i < firstIndex + count; ++i) {
        QImage image(size, QImage::Format_RGB32);
        image.fill(QColor(240, 235, 220));
        const int left = size.width() / 2;
        for (int y = size.height() * 5 / 9; y < size.height() * 17 / 18; y += 12)
            for (int x = left; x < size.width() * 11 / 12; ++x)
                image.setPixel(x, y, qRgb((x * 7 + i * 31) % 200, 40, 40));
        const QString path
            = QStringLiteral("%1/sheet_%2.jpg").arg(folder).arg(i, 3, 10, QLatin1Char('0'));
        image.save(path);
        paths.append(path);
    }
    return paths;
}

QString writeSheetFolder(const QString &folder, int count)
{
    writeSheets(folder, count);
    return QDir::cleanPath(folder);
}

} // namespace herb::test
