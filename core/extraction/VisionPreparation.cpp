#include "VisionPreparation.h"

#include "ocr/BarcodeReader.h"
#include "ocr/ReadingOrientation.h"
#include "ocr/TesseractOcr.h"
#include "specimens/Sha256.h"

#include <QImage>

namespace herb {

QJsonObject VisionPreparation::Result::describe() const
{
    return QJsonObject {
        { QStringLiteral("stored_size"),
          QStringLiteral("%1x%2").arg(image.storedSize.width()).arg(image.storedSize.height()) },
        { QStringLiteral("sent_size"),
          QStringLiteral("%1x%2").arg(image.size.width()).arg(image.size.height()) },
        { QStringLiteral("exif_orientation"), image.orientation },
        { QStringLiteral("rotation"), detectedRotation },
        { QStringLiteral("format"), QString::fromLatin1(image.format) },
        { QStringLiteral("jpeg_bytes"), image.jpeg.size() },
    };
}

VisionPreparation::VisionPreparation()
    : m_barcodes(std::make_unique<BarcodeReader>())
{ }

VisionPreparation::~VisionPreparation() = default;

VisionPreparation::Result VisionPreparation::prepare(const QString &imagePath,
                                                     const ImagePreparer &preparer)
{
    Result result;
    QString error;
    if (const auto sha = sha256OfFile(imagePath, &error)) {
        result.sha256 = QString::fromLatin1(*sha);
    } else {
        result.error = error;
        return result;
    }
    ImagePreparation prepared = preparer.prepare(imagePath);
    if (const auto *failure = std::get_if<ImagePreparationError>(&prepared)) {
        result.error = failure->message;
        return result;
    }
    result.image = std::move(std::get<PreparedImage>(prepared));
    const QImage decoded = QImage::fromData(result.image.jpeg, "JPEG");

    // Without Tesseract's data the check is skipped: the sheet goes as EXIF says.
    if (decoded.width() > decoded.height() && !m_ocr) // started on first need: it takes ~0.3 s
        m_ocr = std::make_unique<TesseractOcr>(QStringLiteral("eng"));
    if (decoded.width() > decoded.height() && m_ocr->isReady()) {
        const Orientation orientation = ReadingOrientation::detect(*m_ocr, decoded);
        if (orientation.isOk() && orientation.reliable && orientation.rotateClockwiseDegrees != 0) {
            ImagePreparation turned
                = preparer.prepare(imagePath, orientation.rotateClockwiseDegrees);
            if (auto *image = std::get_if<PreparedImage>(&turned)) {
                result.image = std::move(*image);
                result.detectedRotation = orientation.rotateClockwiseDegrees;
            }
        }
    }
    for (const Barcode &barcode : m_barcodes->read(decoded))
        result.barcodes << barcode.data;
    return result;
}

} // namespace herb
