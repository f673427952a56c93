// Offline engine: seconds per sheet on ONE core (run with OMP_THREAD_LIMIT=1, as the app does)
// for Tesseract OCR of a real 1600x1068 sheet, of a 40-megapixel scan (scaled down to the
// engine's maximum long side first, as recognize() does), and for orientation detection.
#include "BenchEvents.h"
#include "TestSupport.h"
#include "extraction/OfflineSheetReader.h"
#include "ocr/OrientationDetector.h"
#include "ocr/ReadingOrientation.h"
#include "ocr/TesseractOcr.h"

#include <QGuiApplication>
#include <QImageReader>
#include <QPainter>
#include <QTemporaryDir>
#include <QTransform>

#include <benchmark/benchmark.h>

#include <algorithm>

using namespace herb;

namespace {

// A portrait sheet of width x height with a label of a few lines in its lower right corner,
// text sized in proportion to the sheet (about 1% of its height, as on real sheets).
QImage syntheticSheet(int width, int height)
{
    QImage sheet(width, height, QImage::Format_RGB32);
    sheet.fill(QColor(238, 232, 218));
    QPainter painter(&sheet);
    painter.fillRect(QRect(width / 20, height / 20, width / 2, height * 3 / 5),
                     QColor(70, 110, 60));
    const QRect label(width / 2, height * 3 / 4, width * 9 / 20, height / 5);
    painter.fillRect(label, Qt::white);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(std::max(8, height / 100));
    painter.setFont(font);
    painter.setPen(Qt::black);
    const QStringList lines
        = { QStringLiteral("REGINA RESEARCH STATION"), QStringLiteral("AGRICULTURE CANADA"),
            QStringLiteral("Astragalus agrestis Douglas"),
            QStringLiteral("Swift Current, Saskatchewan, 14 June 1969"),
            QStringLiteral("Coll. J. Looman 4411") };
    int y = label.top() + font.pixelSize() * 2;
    for (const QString &line : lines) {
        painter.drawText(QPoint(label.left() + font.pixelSize(), y), line);
        y += font.pixelSize() * 2;
    }
    return sheet;
}

// specimen_001 upright (EXIF applied), or a synthetic sheet of the same size without shared data.
QImage realSheet()
{
    if (bench::smokeRun())
        return syntheticSheet(267, 400);
    const QString data = test::sharedDataDir();
    if (!data.isEmpty()) {
        QImageReader reader(data + QStringLiteral("/specimens-aafc/specimen_001.jpg"));
        reader.setAutoTransform(true);
        const QImage image = reader.read();
        if (!image.isNull())
            return image;
    }
    return syntheticSheet(1068, 1600);
}

bool requireOneCore(benchmark::State &state)
{
    if (TesseractOcr::ompThreadLimitIsSet())
        return true;
    state.SkipWithError("set OMP_THREAD_LIMIT=1 before starting: figures are per core");
    return false;
}

void BM_OcrSheet(benchmark::State &state)
{
    if (!requireOneCore(state))
        return;
    const QImage sheet = realSheet();
    TesseractOcr ocr;
    if (!ocr.isReady()) {
        state.SkipWithError(qPrintable(ocr.errorString()));
        return;
    }
    OcrResult result;
    for (auto _ : state)
        result = ocr.recognize(sheet);
    state.counters["width"] = sheet.width();
    state.counters["height"] = sheet.height();
    state.counters["scale"] = result.scale;
    state.counters["lines"] = double(result.lines.size());
    state.counters["mean_conf"] = result.meanConfidence;
}
BENCHMARK(BM_OcrSheet)->Unit(benchmark::kSecond)->Iterations(bench::smokeRun() ? 1 : 3);

void BM_OcrLargeScan(benchmark::State &state)
{
    if (!requireOneCore(state))
        return;
    // 5164 x 7746 = 40 megapixels, a full-resolution herbarium scan.
    const QImage sheet = bench::smokeRun() ? syntheticSheet(400, 600) : syntheticSheet(5164, 7746);
    TesseractOcr ocr;
    if (!ocr.isReady()) {
        state.SkipWithError(qPrintable(ocr.errorString()));
        return;
    }
    OcrResult result;
    for (auto _ : state)
        result = ocr.recognize(sheet); // includes the grey conversion and the downscale
    state.counters["megapixels"] = double(sheet.width()) * sheet.height() / 1e6;
    state.counters["scale"] = result.scale;
    state.counters["lines"] = double(result.lines.size());
    state.counters["mean_conf"] = result.meanConfidence;
}
BENCHMARK(BM_OcrLargeScan)->Unit(benchmark::kSecond)->Iterations(bench::smokeRun() ? 1 : 2);

void BM_Orientation(benchmark::State &state)
{
    if (!requireOneCore(state))
        return;
    const QImage sheet = realSheet();
    OrientationDetector detector;
    if (!detector.isReady()) {
        state.SkipWithError(qPrintable(detector.errorString()));
        return;
    }
    Orientation result;
    for (auto _ : state)
        result = detector.detect(sheet);
    state.counters["rotate"] = result.rotateClockwiseDegrees;
    state.counters["confidence"] = result.confidence;
}
BENCHMARK(BM_Orientation)->Unit(benchmark::kMillisecond)->Iterations(bench::smokeRun() ? 1 : 10);

// A sheet stored sideways without an EXIF tag settled by reading it both ways (two OCR runs).
void BM_ReadingOrientation(benchmark::State &state)
{
    if (!requireOneCore(state))
        return;
    QImage sheet = realSheet().transformed(QTransform().rotate(270));
    const QString data = test::sharedDataDir();
    if (!bench::smokeRun() && !data.isEmpty()) {
        const QImage sideways(
            data
            + QStringLiteral(
                "/specimens-aafc/"
                "0a4a6d53f4c6e7a759b782a1bc06c4647ff998d97d8e25d3e5fc04b4c4db981d.jpg"));
        if (!sideways.isNull())
            sheet = sideways;
    }
    TesseractOcr ocr;
    if (!ocr.isReady()) {
        state.SkipWithError(qPrintable(ocr.errorString()));
        return;
    }
    Orientation result;
    for (auto _ : state)
        result = ReadingOrientation::detect(ocr, sheet);
    state.counters["rotate"] = result.rotateClockwiseDegrees;
    state.counters["ratio"] = result.confidence;
}
BENCHMARK(BM_ReadingOrientation)->Unit(benchmark::kSecond)->Iterations(bench::smokeRun() ? 1 : 2);

// The whole offline read of one sheet as a run does it (decode, orientation, barcodes, OCR at
// the size the text needs): a synthetic 1200x1800 upright sheet whose 18 px text counts as
// small, so it is read unscaled and then doubled (ocr_passes 2, ocr_scale 2).
void BM_OfflineSheetRead(benchmark::State &state)
{
    if (!requireOneCore(state))
        return;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sheet.jpg"));
    const QImage sheet = bench::smokeRun() ? syntheticSheet(400, 600) : syntheticSheet(1200, 1800);
    if (!sheet.save(path, "JPEG", 90)) {
        state.SkipWithError("cannot write the sheet");
        return;
    }
    OfflineSheetReader reader({});
    if (!reader.isReady()) {
        state.SkipWithError(qPrintable(reader.errorString()));
        return;
    }
    EngineOutcome outcome;
    for (auto _ : state)
        outcome = reader.read(path);
    state.counters["ocr_passes"] = outcome.preparation.value(QLatin1String("ocr_passes")).toInt();
    state.counters["ocr_scale"] = outcome.preparation.value(QLatin1String("ocr_scale")).toDouble();
}
BENCHMARK(BM_OfflineSheetRead)->Unit(benchmark::kSecond)->Iterations(bench::smokeRun() ? 1 : 3);

} // namespace

int main(int argc, char **argv)
{
    // Fonts for the synthetic sheets need a QGuiApplication (offscreen is enough).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
