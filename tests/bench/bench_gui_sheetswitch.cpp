// Review workbench (issue 13): switching to the next sheet, from the request to the viewer
// having painted it, as a curator pages through a run: the next sheet prefetched while the
// current one is read (targets: 150 ms for a 1600 x 1068 sheet, 400 ms for 40 megapixels),
// and, for reference, a cold switch that decodes the sheet after it is asked for.
#include "BenchEvents.h"
#include "review/SheetImageCache.h"
#include "review/SheetReductions.h"
#include "review/SheetViewer.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QPainter>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <functional>
#include <vector>

using namespace herb;

namespace {

constexpr int kSheetsPerSize = 3; // paged in a cycle; the cache bound keeps only two

// Paper with grain (so JPEG is not trivially small), dark strokes for a plant, a label of text
// in the lower-right quarter.
QImage makeSheet(QSize size, quint32 seed)
{
    QImage image(size, QImage::Format_RGB32);
    QRandomGenerator random(seed);
    for (int y = 0; y < size.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < size.width(); ++x) {
            const int grain = int(random.bounded(24u));
            line[x] = qRgb(226 + grain, 220 + grain, 200 + grain);
        }
    }
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const double unit = size.width() / 100.0;
    painter.setPen(QPen(QColor(60, 80, 40), unit * 0.4));
    for (int i = 0; i < 60; ++i)
        painter.drawLine(QPointF(random.bounded(size.width()), random.bounded(size.height())),
                         QPointF(random.bounded(size.width()), random.bounded(size.height())));
    const QRectF label(size.width() * 0.6, size.height() * 0.8, size.width() * 0.35,
                       size.height() * 0.15);
    painter.fillRect(label, QColor(250, 250, 245));
    painter.setPen(Qt::black);
    QFont font = painter.font();
    font.setPixelSize(std::max(8, int(label.height() / 9)));
    painter.setFont(font);
    painter.drawText(label.adjusted(unit, unit, -unit, -unit), Qt::TextWordWrap,
                     QStringLiteral("HERBARIUM OF THE BENCH\nCarex nigra (L.) Reichard\n"
                                    "Wet meadow by the river, 412 m\nleg. A. Smith 14.6.1987\n"
                                    "No. %1")
                         .arg(seed));
    painter.end();
    return image;
}

struct SheetSet
{
    QTemporaryDir dir;
    QStringList paths;
    QSize size;
    qint64 fileBytes = 0;

    explicit SheetSet(QSize sheetSize)
        : size(sheetSize)
    {
        for (int i = 0; i < kSheetsPerSize; ++i) {
            const QString path = dir.filePath(QStringLiteral("sheet_%1.jpg").arg(i));
            makeSheet(size, quint32(i + 1)).save(path, "JPG", 90);
            fileBytes += QFileInfo(path).size();
            paths.append(path);
        }
    }
};

// The two sheets; a smoke run in ctest uses a 10-megapixel one for the large.
SheetSet &sheets(bool large)
{
    static SheetSet small(QSize(1600, 1068));
    static SheetSet big(bench::smokeRun() ? QSize(2592, 3888) : QSize(5184, 7776));
    return large ? big : small;
}

// Runs the event loop until `done` holds; false after a minute (a bench never hangs).
bool spinUntil(const std::function<bool()> &done)
{
    QElapsedTimer waited;
    waited.start();
    while (!done()) {
        if (waited.elapsed() > 60'000)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (!done())
            QThread::usleep(500);
    }
    return true;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// Counts paints, so a switch is only timed once the new sheet is really on screen.
class PaintCounter final : public QObject
{
public:
    int paints = 0;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

// range(0): 1 = the 40-megapixel sheets; range(1): 1 = prefetched, 0 = cold;
// range(2): 1 = the label preset instead of fit.
void BM_SwitchSheet(benchmark::State &state)
{
    const bool large = state.range(0) == 1;
    const bool prefetched = state.range(1) == 1;
    SheetSet &set = sheets(large);
    const qint64 sheetBytes = qint64(set.size.width()) * set.size.height() * 4;

    SheetImageCache cache;
    // Two sheets with their halved copies (a third more): the one on display and the next;
    // the third of the cycle is decoded again. Cold: only the one on display.
    cache.setByteLimit(prefetched ? sheetBytes * 3 : 1);
    SheetViewer viewer;
    viewer.resize(1000, 800);
    viewer.show();
    if (state.range(2) == 1)
        viewer.showLabel();
    PaintCounter counter;
    viewer.installEventFilter(&counter);
    const auto *copies = viewer.findChild<SheetReductions *>();

    QImage delivered;
    QList<QImage> halvings;
    QString error;
    bool answered = false;
    QObject::connect(
        &cache, &SheetImageCache::ready, &viewer,
        [&](const QString &path, int rotation, const QImage &image, const QString &why) {
            delivered = image;
            halvings = cache.halvings(path, rotation);
            error = why;
            answered = true;
        });
    const auto show = [&](int index) {
        answered = false;
        cache.request(set.paths.at(index), 0);
        if (prefetched)
            cache.prefetch({ { set.paths.at((index + 1) % kSheetsPerSize), 0 } });
        if (!spinUntil([&] { return answered; }))
            return false;
        viewer.setImage(delivered, halvings);
        const int paintsBefore = counter.paints;
        viewer.repaint();
        return counter.paints > paintsBefore && !delivered.isNull();
    };
    // The curator reads a sheet: the prefetch and the viewer's smaller copies finish.
    const auto read = [&](int index) {
        return spinUntil([&] {
            return !copies->isBusy()
                && (!prefetched || cache.isCached(set.paths.at((index + 1) % kSheetsPerSize), 0));
        });
    };

    int current = 0;
    if (!show(current) || !read(current)) {
        state.SkipWithError("the first sheet was not shown");
        return;
    }
    std::vector<double> switchMs;
    std::vector<double> sharpMs;
    for (auto _ : state) {
        const int next = (current + 1) % kSheetsPerSize;
        QElapsedTimer timer;
        timer.start();
        if (!show(next)) {
            state.SkipWithError(qPrintable(QStringLiteral("not shown: ") + error));
            break;
        }
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        state.SetIterationTime(ms / 1e3);
        switchMs.push_back(ms);
        spinUntil([&] { return !copies->isBusy(); });
        QCoreApplication::processEvents(); // the repaint from the smaller copy
        sharpMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!read(next)) {
            state.SkipWithError("the next sheet was not prefetched");
            break;
        }
        current = next;
    }
    state.counters["median_ms"] = median(switchMs);
    state.counters["max_ms"]
        = switchMs.empty() ? 0.0 : *std::max_element(switchMs.begin(), switchMs.end());
    // Until the view is painted from the smaller, averaged copy (a fitted large sheet).
    state.counters["sharp_median_ms"] = median(sharpMs);
    state.counters["megapixels"] = double(set.size.width()) * set.size.height() / 1e6;
    state.counters["jpeg_MB"] = double(set.fileBytes) / kSheetsPerSize / 1e6;
    state.counters["scale"] = viewer.scale();
}

int iterations(bool large)
{
    if (bench::smokeRun())
        return 2;
    return large ? 12 : 30;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    // { large, prefetched, label }: the two targets, the label preset on the large
    // sheet, and both sizes cold for reference.
    const std::vector<std::vector<int64_t>> cases
        = { { 0, 1, 0 }, { 1, 1, 0 }, { 1, 1, 1 }, { 0, 0, 0 }, { 1, 0, 0 } };
    for (const std::vector<int64_t> &args : cases)
        benchmark::RegisterBenchmark("BM_SwitchSheet", BM_SwitchSheet)
            ->ArgNames({ "large", "prefetched", "label" })
            ->Args(args)
            ->UseManualTime()
            ->Unit(benchmark::kMillisecond)
            ->Iterations(iterations(args.at(0) == 1));
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
