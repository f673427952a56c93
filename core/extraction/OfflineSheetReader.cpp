#include "OfflineSheetReader.h"

#include "dwc/DwcRecord.h"
#include "labels/LabelParser.h"
#include "ocr/BarcodeReader.h"
#include "ocr/OrientationDetector.h"
#include "ocr/ReadingOrientation.h"
#include "ocr/TesseractOcr.h"
#include "specimens/JpegCompleteness.h"
#include "specimens/Sha256.h"

#include <QElapsedTimer>
#include <QFile>
#include <QImageReader>
#include <QJsonArray>
#include <QTransform>

namespace herb {

namespace {
// OCR gains nothing from more pixels than this on the long side (TesseractOcr scales to 4000).
constexpr int kDecodeLongSide = 6000;
// Tesseract's own line confidence below which a line is not parsed into terms (see read()).
constexpr double kMinLineConfidence = 0.55;

EngineOutcome failure(ErrorKind kind, const QString &message)
{
    EngineOutcome outcome;
    outcome.error = { kind, 0, message };
    return outcome;
}
} // namespace

OfflineSheetReader::OfflineSheetReader(Options options)
    : m_options(std::move(options))
    , m_ocr(std::make_unique<TesseractOcr>(m_options.languages))
    , m_orientation(std::make_unique<OrientationDetector>())
    , m_barcodes(std::make_unique<BarcodeReader>())
{ }

OfflineSheetReader::~OfflineSheetReader() = default;

bool OfflineSheetReader::isReady() const
{
    return m_ocr->isReady();
}

QString OfflineSheetReader::errorString() const
{
    return m_ocr->errorString();
}

EngineOutcome OfflineSheetReader::read(const QString &imagePath)
{
    QElapsedTimer timer;
    timer.start();
    QString error;
    const auto sha = sha256OfFile(imagePath, &error);
    if (!sha)
        return failure(ErrorKind::Image, error);
    {
        // libjpeg decodes a truncated JPEG (or one whose header claims more pixels than its
        // data holds) into grey rows without an error: that is an unreadable file, not an
        // empty label, and must not count toward the checkpoint.
        QFile file(imagePath);
        if (file.open(QIODevice::ReadOnly) && file.peek(2) == QByteArray("\xFF\xD8", 2)) {
            if (const QString incomplete = jpegIncompleteReason(file); !incomplete.isEmpty())
                return failure(ErrorKind::Image, incomplete);
        }
    }

    QImageReader reader(imagePath);
    reader.setAutoTransform(true);
    const QSize stored = reader.size();
    if (!stored.isValid())
        return failure(ErrorKind::Image,
                       QStringLiteral("not a readable image: %1").arg(reader.errorString()));
    if (qint64(stored.width()) * stored.height() > m_options.maxPixels)
        return failure(
            ErrorKind::Image,
            QStringLiteral("%1x%2 pixels is more than this engine reads (a decompression bomb?)")
                .arg(stored.width())
                .arg(stored.height()));
    if (qMax(stored.width(), stored.height()) > kDecodeLongSide
        && reader.supportsOption(QImageIOHandler::ScaledSize))
        reader.setScaledSize(stored.scaled(kDecodeLongSide, kDecodeLongSide, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (image.isNull())
        return failure(ErrorKind::Image,
                       QStringLiteral("cannot decode the image: %1").arg(reader.errorString()));

    // Sheets are portrait: one still landscape after EXIF was stored sideways without a tag.
    // Reading it both ways decides better than Tesseract's OSD on real sheets (see
    // ReadingOrientation); upright-looking ones get OSD, trusted only when it is sure.
    Orientation orientation = image.width() > image.height()
        ? ReadingOrientation::detect(*m_ocr, image)
        : m_orientation->detect(image);
    int rotation = 0;
    if (orientation.isOk() && orientation.reliable && orientation.rotateClockwiseDegrees != 0) {
        rotation = orientation.rotateClockwiseDegrees;
        image = image.transformed(QTransform().rotate(rotation));
    }

    EngineOutcome outcome;
    outcome.sha256 = QString::fromLatin1(*sha);
    outcome.preparation = QJsonObject {
        { QStringLiteral("stored_size"),
          QStringLiteral("%1x%2").arg(stored.width()).arg(stored.height()) },
        { QStringLiteral("read_size"),
          QStringLiteral("%1x%2").arg(image.width()).arg(image.height()) },
        { QStringLiteral("rotation"), rotation },
        { QStringLiteral("rotation_confidence"), orientation.confidence },
    };

    const QList<Barcode> barcodes = m_barcodes->read(image);
    const OcrResult ocr = m_ocr->recognize(image);
    if (!ocr.isOk())
        return failure(ErrorKind::Parse, QStringLiteral("OCR failed: %1").arg(ocr.error));
    // Lines Tesseract itself doubts (handwriting, the colour chart, specimen shadows) are kept
    // in verbatimLabel but not parsed: read as terms they turn noise into "values", and a
    // record of noise would pass the success rule.
    QStringList allLines;
    QStringList confidentLines;
    QList<double> confidences;
    for (const OcrLine &line : ocr.lines) {
        allLines << line.text;
        if (line.confidence < kMinLineConfidence)
            continue;
        confidentLines << line.text;
        confidences << line.confidence;
    }
    const ParsedLabel label
        = LabelParser::parse(confidentLines.join(QLatin1Char('\n')), confidences);
    outcome.record.dwc = label.dwc;
    outcome.record.confidence = label.confidence;
    if (!allLines.isEmpty())
        outcome.record.dwc.insert(QStringLiteral("verbatimLabel"),
                                  allLines.join(QLatin1Char('\n')));
    if (!barcodes.isEmpty()) {
        QJsonArray found;
        for (const Barcode &barcode : barcodes)
            found.append(QJsonObject { { QStringLiteral("data"), barcode.data },
                                       { QStringLiteral("symbology"), barcode.symbology } });
        outcome.record.extra.insert(QStringLiteral("barcodes"), found);
        // A barcode is read exactly; OCR of a stamped number is not.
        const QString ocrNumber = outcome.record.dwc.value(QStringLiteral("catalogNumber"));
        if (!ocrNumber.isEmpty() && ocrNumber != barcodes.first().data)
            outcome.record.extra.insert(QStringLiteral("catalogNumber_ocr"), ocrNumber);
        outcome.record.dwc.insert(QStringLiteral("catalogNumber"), barcodes.first().data);
        outcome.record.confidence.insert(QStringLiteral("catalogNumber"), 1.0);
    }
    outcome.rawResponse = ocr.text;
    outcome.attempts = 1;
    outcome.latencyMs = timer.elapsed();
    outcome.success = isSuccess(outcome.record, m_options.minCoreFields);
    if (!outcome.success)
        outcome.error = { ErrorKind::EmptyRecord, 0,
                          QStringLiteral("the label text gave %1 of the %2 core fields needed")
                              .arg(countCoreFields(outcome.record))
                              .arg(m_options.minCoreFields) };
    return outcome;
}

} // namespace herb
