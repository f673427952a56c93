#include "ImagePreparer.h"

#include "DecodeMemoryLease.h"
#include "JpegCompleteness.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>
#include <QTransform>

#include <optional>

namespace herb {

namespace {

ImagePreparationError failure(const QString &message)
{
    return ImagePreparationError { message };
}

// Content decides, not the file name: curators' exports rename files freely.
QByteArray sniffFormat(const QByteArray &head)
{
    if (head.startsWith("\xFF\xD8\xFF"))
        return QByteArrayLiteral("jpeg");
    if (head.startsWith("\x89PNG\r\n\x1A\n"))
        return QByteArrayLiteral("png");
    if (head.startsWith(QByteArrayView("II*\0", 4)) || head.startsWith(QByteArrayView("MM\0*", 4)))
        return QByteArrayLiteral("tiff");
    if (head.startsWith("RIFF") && head.mid(8, 4) == "WEBP")
        return QByteArrayLiteral("webp");
    return {};
}

// Image formats we do not take, named so the message can say what the file is.
QString otherImageFormat(const QByteArray &head)
{
    if (head.startsWith("GIF8"))
        return QStringLiteral("GIF");
    if (head.startsWith("BM"))
        return QStringLiteral("BMP");
    if (head.startsWith(QByteArrayView("II+\0", 4)) || head.startsWith(QByteArrayView("MM\0+", 4)))
        return QStringLiteral("BigTIFF");
    const QByteArray brand = head.mid(4, 8);
    if (brand == "ftypheic" || brand == "ftypheix" || brand == "ftypmif1")
        return QStringLiteral("HEIC");
    if (brand == "ftypavif")
        return QStringLiteral("AVIF");
    if (head.startsWith(QByteArrayView("\0\0\0\x0C"
                                       "jP  ",
                                       8))
        || head.startsWith("\xFF\x4F\xFF\x51"))
        return QStringLiteral("JPEG 2000");
    return {};
}

bool qtCanRead(const QByteArray &format)
{
    static const QList<QByteArray> formats = QImageReader::supportedImageFormats();
    return formats.contains(format);
}

int exifOrientation(QImageIOHandler::Transformations transformation)
{
    switch (int(transformation)) {
    case QImageIOHandler::TransformationMirror:
        return 2;
    case QImageIOHandler::TransformationRotate180:
        return 3;
    case QImageIOHandler::TransformationFlip:
        return 4;
    case QImageIOHandler::TransformationFlipAndRotate90:
        return 5;
    case QImageIOHandler::TransformationRotate90:
        return 6;
    case QImageIOHandler::TransformationMirrorAndRotate90:
        return 7;
    case QImageIOHandler::TransformationRotate270:
        return 8;
    default:
        return 1;
    }
}

qint64 decodedBytes(QSize size, QImage::Format format)
{
    const int bits
        = format == QImage::Format_Invalid ? 32 : QImage::toPixelFormat(format).bitsPerPixel();
    return qint64(size.width()) * size.height() * std::max(bits / 8, 1);
}

// JPEG has no alpha: transparent areas would turn black, so they are laid on white paper.
QImage flattenOnWhite(const QImage &image)
{
    QImage flat(image.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    QPainter painter(&flat);
    painter.drawImage(0, 0, image);
    painter.end();
    return flat;
}

} // namespace

ImagePreparer::ImagePreparer(ImagePreparationOptions options)
    : m_options(options)
{ }

QSize ImagePreparer::decodeSize(QSize stored, int maxSide)
{
    if (stored.isEmpty() || maxSide <= 0 || std::max(stored.width(), stored.height()) <= maxSide)
        return stored;
    // Rounded rather than truncated (QSize::scaled), so 3000x1000 gives 2048x683.
    const auto shorter = [&](int side, int longest) {
        return std::max(1, int((qint64(side) * maxSide + longest / 2) / longest));
    };
    if (stored.width() >= stored.height())
        return QSize(maxSide, shorter(stored.height(), stored.width()));
    return QSize(shorter(stored.width(), stored.height()), maxSide);
}

QSize ImageHeader::uprightSize() const
{
    return orientation >= 5 ? storedSize.transposed() : storedSize;
}

int ImagePreparer::normalisedRotation(int degrees)
{
    const int rotation = ((degrees % 360) + 360) % 360;
    return rotation % 90 == 0 ? rotation : -1;
}

ImagePreparation ImagePreparer::prepare(const QString &path, int extraRotation) const
{
    QElapsedTimer timer;
    timer.start();
    if (normalisedRotation(extraRotation) < 0)
        return failure(QStringLiteral("unsupported rotation of %1 degrees (use 0, 90, 180 or 270)")
                           .arg(extraRotation));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(QStringLiteral("cannot open the file: %1").arg(file.errorString()));
    const ImageInspection inspection = inspect(&file);
    if (const auto *error = std::get_if<ImagePreparationError>(&inspection))
        return *error;
    const ImageHeader &header = std::get<ImageHeader>(inspection);
    const ImageDecoding decoding = decode(&file, header);
    if (const auto *error = std::get_if<ImagePreparationError>(&decoding))
        return *error;
    ImagePreparation prepared = encode(std::get<QImage>(decoding), header, extraRotation);
    if (auto *image = std::get_if<PreparedImage>(&prepared))
        image->elapsed = std::chrono::microseconds(timer.nsecsElapsed() / 1000);
    return prepared;
}

ImageInspection ImagePreparer::inspect(QIODevice *device) const
{
    if (device->size() == 0)
        return failure(QStringLiteral("empty file (0 bytes)"));
    device->seek(0);
    const QByteArray head = device->peek(16);
    const QByteArray format = sniffFormat(head);
    if (format.isEmpty()) {
        const QString other = otherImageFormat(head);
        if (!other.isEmpty())
            return failure(
                QStringLiteral("unsupported image format %1 (use JPEG, PNG, TIFF or WebP)")
                    .arg(other));
        return failure(QStringLiteral("not an image (the content is not JPEG, PNG, TIFF or WebP)"));
    }
    if (!qtCanRead(format))
        return failure(QStringLiteral("%1 support is missing: install Qt's image format plugins "
                                      "(Debian: qt6-image-formats-plugins)")
                           .arg(QString::fromLatin1(format.toUpper())));

    if (format == "jpeg") {
        const QString incomplete = jpegIncompleteReason(*device);
        if (!incomplete.isEmpty())
            return failure(incomplete);
        device->seek(0);
    }

    QImageReader reader(device, format);
    reader.setAutoTransform(true);
    const QSize stored = reader.size();
    if (!stored.isValid() || stored.isEmpty())
        return failure(
            QStringLiteral("cannot read the image header (%1)").arg(reader.errorString()));
    const qint64 pixels = qint64(stored.width()) * stored.height();
    if (pixels > m_options.maxPixels)
        return failure(QStringLiteral("image of %1x%2 pixels (%3 megapixels) is above the limit of "
                                      "%4 megapixels: not decoded (possible decompression bomb)")
                           .arg(stored.width())
                           .arg(stored.height())
                           .arg(pixels / 1'000'000)
                           .arg(m_options.maxPixels / 1'000'000));
    ImageHeader header;
    header.format = format;
    header.storedSize = stored;
    header.orientation = exifOrientation(reader.transformation());
    return header;
}

bool ImagePreparer::canSendAsIs(const ImageHeader &header) const
{
    return header.format == "jpeg" && header.orientation == 1
        && decodeSize(header.storedSize, m_options.maxSide) == header.storedSize;
}

ImageDecoding ImagePreparer::decode(QIODevice *device, const ImageHeader &header,
                                    int longSide) const
{
    device->seek(0);
    QImageReader reader(device, header.format);
    reader.setAutoTransform(true);
    const QSize stored = header.storedSize;
    const int side = longSide > 0 ? std::min(longSide, m_options.maxSide) : m_options.maxSide;
    const QSize target = decodeSize(stored, side);
    if (target != stored)
        reader.setScaledSize(target);

    // A format that cannot scale while decoding holds the whole image: 4 bytes a pixel for
    // 8-bit colour (400 MB for a 100-megapixel TIFF master), 8 for 16-bit, plus the scaled
    // copy. Qt refuses that above its allocation limit, so it is raised for this decode,
    // within a process-wide budget, after the pixel count above was checked.
    std::optional<DecodeMemoryLease> lease;
    const qint64 limitBytes = qint64(QImageReader::allocationLimit()) * 1024 * 1024;
    const qint64 needed = decodedBytes(stored, reader.imageFormat());
    // Handlers with the ScaledSize option scale inside the decoder (JPEG through libjpeg's DCT
    // scaling); for the others (TIFF, WebP in Qt 6.4) QImageReader decodes the whole image and
    // scales it afterwards.
    const bool decodesScaled = reader.supportsOption(QImageIOHandler::ScaledSize);
    if (!decodesScaled && limitBytes > 0 && needed > limitBytes) {
        lease.emplace(needed, m_options.decodeBudgetBytes);
        if (!lease->isGranted())
            return failure(QStringLiteral("decoding %1x%2 pixels needs %3 MB, above the decode "
                                          "memory budget of %4 MB")
                               .arg(stored.width())
                               .arg(stored.height())
                               .arg(needed / (1024 * 1024))
                               .arg(m_options.decodeBudgetBytes / (1024 * 1024)));
    }

    QImage image;
    if (!reader.read(&image) || image.isNull())
        return failure(
            QStringLiteral("cannot decode the %1 image: %2")
                .arg(QString::fromLatin1(header.format.toUpper()), reader.errorString()));
    return image;
}

ImagePreparation ImagePreparer::encode(const QImage &upright, const ImageHeader &header,
                                       int extraRotation) const
{
    const int rotation = normalisedRotation(extraRotation);
    if (rotation < 0)
        return failure(QStringLiteral("unsupported rotation of %1 degrees (use 0, 90, 180 or 270)")
                           .arg(extraRotation));
    QImage image = upright;
    if (rotation != 0)
        image = image.transformed(QTransform().rotate(rotation));
    if (image.hasAlphaChannel())
        image = flattenOnWhite(image);

    PreparedImage prepared;
    {
        QBuffer buffer(&prepared.jpeg);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, "jpeg");
        writer.setQuality(m_options.jpegQuality);
        if (!writer.write(image))
            return failure(QStringLiteral("cannot encode JPEG: %1").arg(writer.errorString()));
    }
    prepared.size = image.size();
    prepared.storedSize = header.storedSize;
    prepared.orientation = header.orientation;
    prepared.orientationApplied = header.orientation != 1;
    prepared.extraRotation = rotation;
    prepared.format = header.format;
    return prepared;
}

PreparedImage ImagePreparer::asIs(const QByteArray &jpeg, const ImageHeader &header)
{
    PreparedImage prepared;
    prepared.jpeg = jpeg;
    prepared.size = header.storedSize;
    prepared.storedSize = header.storedSize;
    prepared.format = header.format;
    prepared.sentAsIs = true;
    return prepared;
}

} // namespace herb
