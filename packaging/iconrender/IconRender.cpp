// herbstream-iconrender: renders the application icon from its SVG at build time, so no binary
// image is committed and every size stays in step with the drawing.
//
//   herbstream-iconrender ICON.svg --png DIR NAME SIZE...   DIR/hicolor/SxS/apps/NAME.png
//   herbstream-iconrender ICON.svg --ico FILE               Windows icon, 16 to 256 px
//   herbstream-iconrender ICON.svg --iconset DIR            macOS DIR.iconset for iconutil
//
// Build tool only: never installed. No application object is needed to paint on a QImage.

#include <QBuffer>
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QList>
#include <QPainter>
#include <QString>
#include <QSvgRenderer>
#include <QtEndian>

#include <cstdio>

namespace {

QImage render(QSvgRenderer &svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    svg.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    return image;
}

QByteArray png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "herbstream-iconrender: cannot write %s\n", qPrintable(path));
        return false;
    }
    return true;
}

template<typename T> void append(QByteArray &bytes, T value)
{
    const T little = qToLittleEndian(value);
    bytes.append(reinterpret_cast<const char *>(&little), sizeof little);
}

// An .ico whose entries are PNG streams (read by Windows Vista and later): a 6-byte header, a
// 16-byte directory entry per image, then the images.
QByteArray ico(QSvgRenderer &svg, const QList<int> &sizes)
{
    QList<QByteArray> images;
    for (int size : sizes)
        images.append(png(render(svg, size)));
    QByteArray bytes;
    append<quint16>(bytes, 0);
    append<quint16>(bytes, 1);
    append<quint16>(bytes, quint16(sizes.size()));
    quint32 offset = quint32(6 + 16 * sizes.size());
    for (qsizetype i = 0; i < sizes.size(); ++i) {
        const quint8 side = sizes[i] >= 256 ? 0 : quint8(sizes[i]); // 0 means 256
        append<quint8>(bytes, side);
        append<quint8>(bytes, side);
        append<quint8>(bytes, 0); // no palette
        append<quint8>(bytes, 0);
        append<quint16>(bytes, 1); // colour planes
        append<quint16>(bytes, 32); // bits per pixel
        append<quint32>(bytes, quint32(images[i].size()));
        append<quint32>(bytes, offset);
        offset += quint32(images[i].size());
    }
    for (const QByteArray &image : images)
        bytes.append(image);
    return bytes;
}

int usage()
{
    std::fprintf(stderr,
                 "usage: herbstream-iconrender ICON.svg --png DIR NAME SIZE...\n"
                 "       herbstream-iconrender ICON.svg --ico FILE\n"
                 "       herbstream-iconrender ICON.svg --iconset DIR\n");
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc < 4)
        return usage();
    QSvgRenderer svg(QString::fromLocal8Bit(argv[1]));
    if (!svg.isValid()) {
        std::fprintf(stderr, "herbstream-iconrender: cannot read %s\n", argv[1]);
        return 1;
    }
    const QByteArray mode = argv[2];
    const QString out = QString::fromLocal8Bit(argv[3]);

    if (mode == "--png") {
        if (argc < 6)
            return usage();
        const QString name = QString::fromLocal8Bit(argv[4]);
        for (int i = 5; i < argc; ++i) {
            bool ok = false;
            const int size = QByteArray(argv[i]).toInt(&ok);
            if (!ok || size < 1 || size > 4096)
                return usage();
            const QString path
                = QStringLiteral("%1/hicolor/%2x%2/apps/%3.png").arg(out).arg(size).arg(name);
            if (!writeFile(path, png(render(svg, size))))
                return 1;
        }
        return 0;
    }
    if (mode == "--ico")
        return writeFile(out, ico(svg, { 16, 24, 32, 48, 64, 128, 256 })) ? 0 : 1;
    if (mode == "--iconset") {
        // The names iconutil expects: each point size at 1x and 2x.
        for (int points : { 16, 32, 128, 256, 512 }) {
            const QString base = QStringLiteral("%1/icon_%2x%2").arg(out).arg(points);
            if (!writeFile(base + QStringLiteral(".png"), png(render(svg, points)))
                || !writeFile(base + QStringLiteral("@2x.png"), png(render(svg, 2 * points))))
                return 1;
        }
        return 0;
    }
    return usage();
}
