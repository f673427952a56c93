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

#include <algorithm>

namespace herb {

namespace {
// The read at the size TesseractOcr picks by itself (doubled below 2500 px) and the unscaled
// one (still scaled down above 4000 px).
const OcrOptions kUpscaled;
OcrOptions unscaled()
{
    OcrOptions options;
    options.upscaleFactor = 1.0;
    return options;
}
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

struct OfflineSheetReader::Reading
{
    QImage upright;
    int rotation = 0;
    Orientation orientation;
    // How the orientation was settled: "text" (read upright with confidence, no check needed),
    // "both_ways" (a landscape image read turned each way), "osd" (Tesseract's orientation
    // model, for a portrait sheet whose text did not read well).
    QString check;
    OcrResult ocr;
    int passes = 0;
};

OfflineSheetReader::OfflineSheetReader(Options options)
    : m_options(std::move(options))
    , m_ocr(std::make_unique<TesseractOcr>(m_options.languages))
    , m_barcodes(std::make_unique<BarcodeReader>())
{
    m_barcodes->setScanDensity(2);
    m_barcodes->setEanAddOnsEnabled(false);
}

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

    // One grey copy for the orientation, the barcodes and every OCR pass.
    const Reading reading = readUpright(image.convertToFormat(QImage::Format_Grayscale8));
    if (!reading.ocr.isOk())
        return failure(ErrorKind::Parse, QStringLiteral("OCR failed: %1").arg(reading.ocr.error));
    image = reading.upright;
    const Orientation &orientation = reading.orientation;
    const int rotation = reading.rotation;

    EngineOutcome outcome;
    outcome.sha256 = QString::fromLatin1(*sha);
    outcome.preparation = QJsonObject {
        { QStringLiteral("stored_size"),
          QStringLiteral("%1x%2").arg(stored.width()).arg(stored.height()) },
        { QStringLiteral("read_size"),
          QStringLiteral("%1x%2").arg(image.width()).arg(image.height()) },
        { QStringLiteral("rotation"), rotation },
        { QStringLiteral("rotation_confidence"), orientation.confidence },
        { QStringLiteral("rotation_check"), reading.check },
        { QStringLiteral("ocr_passes"), reading.passes },
        { QStringLiteral("ocr_scale"), reading.ocr.scale },
    };

    const QList<Barcode> barcodes = m_barcodes->read(image);
    const OcrResult &ocr = reading.ocr;
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

bool OfflineSheetReader::textIsSmall(const OcrResult &read)
{
    QList<std::pair<int, qsizetype>> lines; // height, characters
    qsizetype characters = 0;
    for (const OcrLine &line : read.lines) {
        if (line.confidence < ReadingOrientation::kConfidentLine || line.text.size() < 3)
            continue;
        lines.append({ line.bounds.height(), line.text.size() });
        characters += line.text.size();
    }
    if (lines.isEmpty())
        return true; // nothing read well: perhaps too small to read at all
    std::sort(lines.begin(), lines.end());
    qsizetype seen = 0;
    for (const auto &[height, count] : lines) {
        seen += count;
        if (seen * 4 >= characters)
            return height < kSmallTextLineHeight;
    }
    return false;
}

OcrResult OfflineSheetReader::readAtSize(const QImage &grey, Reading &reading,
                                         bool tryUnscaledFirst)
{
    const bool upscales = TesseractOcr::scaleFor(grey.width(), grey.height(), kUpscaled)
        > TesseractOcr::scaleFor(grey.width(), grey.height(), unscaled());
    if (!upscales || tryUnscaledFirst) {
        ++reading.passes;
        OcrResult first = m_ocr->recognize(grey, unscaled());
        if (!upscales || !first.isOk() || !textIsSmall(first))
            return first;
    }
    ++reading.passes;
    return m_ocr->recognize(grey, kUpscaled);
}

Orientation OfflineSheetReader::osd(const QImage &grey)
{
    // Started only for the few sheets that need it: loading the model costs time and memory.
    if (!m_orientation)
        m_orientation = std::make_unique<OrientationDetector>();
    return m_orientation->detect(grey);
}

// Sheets are portrait. One still landscape after EXIF was stored sideways without a tag:
// reading it both ways decides better than Tesseract's OSD on real sheets (see
// ReadingOrientation). A portrait sheet whose text reads with confidence is upright; only one
// that reads poorly gets OSD, trusted only when it is sure. Each pass first reads the sheet
// unscaled and redoes it doubled only when the text proves small (textIsSmall), so most sheets
// take one OCR pass where they took two or three plus OSD.
OfflineSheetReader::Reading OfflineSheetReader::readUpright(const QImage &grey)
{
    Reading reading;
    reading.upright = grey;
    if (grey.width() > grey.height()) {
        reading.check = QStringLiteral("both_ways");
        const QList<int> rotations { 90, 270 };
        QList<QImage> turned;
        QList<OcrResult> reads;
        QList<int> characters;
        for (const int degrees : rotations) {
            turned << grey.transformed(QTransform().rotate(degrees));
            ++reading.passes;
            reads << m_ocr->recognize(turned.constLast(), unscaled());
            if (!reads.constLast().isOk()) {
                reading.ocr = reads.constLast();
                return reading;
            }
            characters << ReadingOrientation::confidentCharacters(reads.constLast());
        }
        Orientation chosen = ReadingOrientation::choose(rotations, characters);
        const qsizetype winner = rotations.indexOf(chosen.rotateClockwiseDegrees);
        const bool clear = chosen.reliable && characters.value(winner) >= kUprightCharacters;
        const bool upscales = TesseractOcr::scaleFor(grey.width(), grey.height(), kUpscaled)
            > TesseractOcr::scaleFor(grey.width(), grey.height(), unscaled());
        if (clear) {
            reading.ocr = textIsSmall(reads[winner]) && upscales
                ? (++reading.passes, m_ocr->recognize(turned[winner], kUpscaled))
                : reads[winner];
        } else if (upscales) {
            // Unscaled, the text was too small to tell: both ways again at the size used
            // before this pass existed.
            reads.clear();
            characters.clear();
            for (const QImage &image : std::as_const(turned)) {
                ++reading.passes;
                reads << m_ocr->recognize(image, kUpscaled);
                characters << ReadingOrientation::confidentCharacters(reads.constLast());
            }
            chosen = ReadingOrientation::choose(rotations, characters);
        }
        reading.orientation = chosen;
        if (chosen.isOk() && chosen.reliable) {
            const qsizetype index = rotations.indexOf(chosen.rotateClockwiseDegrees);
            reading.rotation = chosen.rotateClockwiseDegrees;
            reading.upright = turned[index];
            if (!clear)
                reading.ocr = reads[index];
            return reading;
        }
        ++reading.passes;
        reading.ocr = m_ocr->recognize(grey, upscales ? kUpscaled : unscaled());
        return reading;
    }

    reading.check = QStringLiteral("text");
    reading.ocr = readAtSize(grey, reading, true);
    if (!reading.ocr.isOk())
        return reading;
    const int characters = ReadingOrientation::confidentCharacters(reading.ocr);
    if (characters >= kUprightCharacters) {
        reading.orientation.reliable = true;
        reading.orientation.confidence = characters;
        return reading;
    }
    reading.check = QStringLiteral("osd");
    reading.orientation = osd(grey);
    if (reading.orientation.isOk() && reading.orientation.reliable
        && reading.orientation.rotateClockwiseDegrees != 0) {
        reading.rotation = reading.orientation.rotateClockwiseDegrees;
        reading.upright = grey.transformed(QTransform().rotate(reading.rotation));
        reading.ocr = readAtSize(reading.upright, reading, true);
    }
    return reading;
}

} // namespace herb
