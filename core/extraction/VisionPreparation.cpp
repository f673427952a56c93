#include "VisionPreparation.h"

#include "OrientationCache.h"
#include "ocr/BarcodeReader.h"
#include "ocr/GreyImage.h"
#include "ocr/ReadingOrientation.h"
#include "ocr/TesseractOcr.h"
#include "ocr/TextBlockFinder.h"
#include "specimens/Sha256.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QTransform>

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
        { QStringLiteral("sent_as_is"), image.sentAsIs },
    };
}

VisionPreparation::VisionPreparation(OrientationCache *cache)
    : m_cache(cache)
    , m_barcodes(std::make_unique<BarcodeReader>())
{
    // A sparse scan finds lone EAN-2/EAN-5 "add-ons" in stems and ruler ticks (real sheets gave
    // "24" and "63"); never a catalogue number, so they are not read (as the offline engine).
    m_barcodes->setEanAddOnsEnabled(false);
}

VisionPreparation::~VisionPreparation() = default;

VisionPreparation::Result VisionPreparation::prepare(const QString &imagePath,
                                                     const ImagePreparer &preparer)
{
    QElapsedTimer timer;
    timer.start();
    Result result;
    QString error;
    std::optional<HashedFile> read = readFileHashed(imagePath, kReadWholeBytes, &error);
    if (!read) {
        result.error = error;
        return result;
    }
    result.sha256 = QString::fromLatin1(read->sha256);

    QBuffer buffer(&read->contents);
    QFile file(imagePath);
    QIODevice *device = &buffer;
    if (read->contents.isEmpty() && QFile(imagePath).size() > kReadWholeBytes)
        device = &file; // too large to hold: decoded from the disk, as it streams
    if (!device->open(QIODevice::ReadOnly)) {
        result.error = QStringLiteral("cannot open the file: %1").arg(device->errorString());
        return result;
    }
    const ImageInspection inspection = preparer.inspect(device);
    if (const auto *failure = std::get_if<ImagePreparationError>(&inspection)) {
        result.error = failure->message;
        return result;
    }
    const ImageHeader &header = std::get<ImageHeader>(inspection);

    // Herbarium sheets are portrait: one still landscape after EXIF lies on its side.
    const QSize upright = header.uprightSize();
    const bool sideways = upright.width() > upright.height();
    int rotation = 0;
    bool decided = !sideways;
    if (sideways && m_cache) {
        if (const std::optional<int> known = m_cache->find(result.sha256)) {
            rotation = *known;
            decided = true;
        }
    }
    const auto fail = [&](const ImageDecoding &decoding) {
        result.error = std::get<ImagePreparationError>(decoding).message;
        return result;
    };

    // The upload-size pixels: needed to check the orientation or to encode anew.
    QImage pixels;
    const bool asIs = decided && rotation == 0 && device == &buffer && preparer.canSendAsIs(header);
    if (!asIs) {
        const ImageDecoding decoding = preparer.decode(device, header);
        if (!std::holds_alternative<QImage>(decoding))
            return fail(decoding);
        pixels = std::get<QImage>(decoding);
    }
    if (!decided) {
        if (const std::optional<int> checked = sidewaysRotation(pixels)) {
            rotation = *checked;
            result.orientationChecked = true;
            if (m_cache)
                m_cache->record(result.sha256, rotation);
        }
    }
    result.detectedRotation = rotation;

    if (asIs || (rotation == 0 && device == &buffer && preparer.canSendAsIs(header))) {
        result.image = ImagePreparer::asIs(read->contents, header);
    } else {
        ImagePreparation encoded = preparer.encode(pixels, header, rotation);
        if (auto *failure = std::get_if<ImagePreparationError>(&encoded)) {
            result.error = failure->message;
            return result;
        }
        result.image = std::move(std::get<PreparedImage>(encoded));
    }

    // Barcodes: a half-size copy first, the upload-size image only when it shows none.
    if (pixels.isNull()) {
        const QSize stored = header.storedSize;
        const int half = (std::max(stored.width(), stored.height()) + 1) / 2;
        const ImageDecoding small = preparer.decode(device, header, half);
        if (!std::holds_alternative<QImage>(small))
            return fail(small);
        result.barcodes = barcodes(std::get<QImage>(small), kSmallScanDensity);
        if (result.barcodes.isEmpty()) {
            const ImageDecoding full = preparer.decode(device, header);
            if (!std::holds_alternative<QImage>(full))
                return fail(full);
            result.barcodes = barcodes(std::get<QImage>(full), kFullScanDensity);
        }
    } else {
        result.barcodes = barcodes(GreyImage::prepare(pixels, {}, 0.5), kSmallScanDensity);
        if (result.barcodes.isEmpty())
            result.barcodes = barcodes(pixels, kFullScanDensity);
    }
    result.image.elapsed = std::chrono::microseconds(timer.nsecsElapsed() / 1000);
    return result;
}

// Reading both ways, as ReadingOrientation does, but cheaper: on a grey copy no larger than
// kOrientationLongSide and without Tesseract's 2x upscale (the question is only which way the
// text reads better, not what it says), and only where the label would be: a label sits at the
// foot of a sheet, and the foot of the sheet turned by 90 is the right half of the stored image,
// turned by 270 its left half. Tesseract's cost grows with the area and the text it reads, so
// first only a strip of each half, kLabelFraction of its width and its whole height (a label's
// lines run along the stored image's height), where TextBlockFinder finds the most glyph-like
// ink (no OCR, ~2 ms a half): ten confidently read characters, twice the other side's, decide.
// On the 15 sideways sheets of bench_visionsheets the strips settled 13 (35:0 and 25:0 on two
// of the four AAFC sheets, 80 or more on the generated ones) in 40-120 ms of OCR; on two
// AAFC sheets a plant's flowers or a grass's spikelets outscored the label and read nothing, so
// the halves are read next, as before this step: they gave 36:0, 14:0, 83:2 and 70:0
// characters for the right side in 0.18-0.65 s (the whole sheet read both ways at twice its
// size took 1.2-4.9 s). When the halves do not settle it either (a label at the head of the
// sheet), the whole sheet is read both ways.
std::optional<int> VisionPreparation::sidewaysRotation(const QImage &upright)
{
    if (!m_ocr) // started on first need: it takes ~0.3 s
        m_ocr = std::make_unique<TesseractOcr>(QStringLiteral("eng"));
    if (!m_ocr->isReady())
        return std::nullopt;
    const QImage grey = GreyImage::prepare(
        upright, {}, GreyImage::fitScale(upright.width(), upright.height(), kOrientationLongSide));
    OcrOptions options;
    options.upscaleFactor = 1.0;
    const auto read = [&](const QRect &region, int degrees) -> std::optional<int> {
        const OcrResult result = m_ocr->recognize(
            grey.copy(region).transformed(QTransform().rotate(degrees)), options);
        if (!result.isOk())
            return std::nullopt;
        return ReadingOrientation::confidentCharacters(result);
    };
    const auto decide = [](int at90, int at270) -> std::optional<int> {
        const int best = std::max(at90, at270);
        const int runnerUp = std::min(at90, at270);
        if (best < ReadingOrientation::kMinCharacters
            || best < ReadingOrientation::kMinRatio * runnerUp)
            return std::nullopt;
        return at90 >= at270 ? 90 : 270;
    };
    const int half = grey.width() / 2;
    const QRect rightHalf(half, 0, grey.width() - half, grey.height());
    const QRect leftHalf(0, 0, half, grey.height());
    const auto label = [&](const QRect &area) {
        const QRect found = TextBlockFinder::densest(grey.copy(area), kLabelFraction);
        return found.isNull() ? found : found.translated(area.topLeft());
    };
    const QRect label90 = label(rightHalf);
    const QRect label270 = label(leftHalf);
    if (!label90.isNull() || !label270.isNull()) {
        // A half with no ink at all has no text to read either way.
        const std::optional<int> at90 = label90.isNull() ? 0 : read(label90, 90);
        const std::optional<int> at270 = label270.isNull() ? 0 : read(label270, 270);
        if (!at90 || !at270)
            return std::nullopt;
        if (const std::optional<int> rotation = decide(*at90, *at270))
            return rotation;
    }
    const std::optional<int> right = read(rightHalf, 90);
    const std::optional<int> left = read(leftHalf, 270);
    if (!right || !left)
        return std::nullopt;
    if (const std::optional<int> rotation = decide(*right, *left))
        return rotation;
    const std::optional<int> whole90 = read(grey.rect(), 90);
    const std::optional<int> whole270 = read(grey.rect(), 270);
    if (!whole90 || !whole270)
        return std::nullopt;
    return decide(*whole90, *whole270).value_or(0);
}

QStringList VisionPreparation::barcodes(const QImage &image, int density)
{
    m_barcodes->setScanDensity(density);
    QStringList found;
    for (const Barcode &barcode : m_barcodes->read(image))
        found << barcode.data;
    return found;
}

} // namespace herb
