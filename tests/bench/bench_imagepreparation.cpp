// Preparing a large scan for upload (DESIGN.md, "Performance targets"): a 40-megapixel JPEG
// to <= 2048 px within 250 ms and 80 MB, and a 100-megapixel TIFF master (reported only).
// Peak memory is measured in a child process, a re-execution of this program with
// --child-prepare FILE, so the benchmark's own images and allocator do not count.
//
// Time is the benchmark's own loop: a worker's steady state. child_ms / child_cpu_ms are one
// cold call in a fresh process, which also pays for loading the image plugins and for the
// first touch of every page of its buffers (about 8,000 page faults for the 40 MP JPEG; on a
// virtual machine each can cost over 10 us). Run it on an idle machine: with other work on
// the cores, wall time includes waiting for one.

#include "specimens/ImagePreparer.h"

#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QImageWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include "BenchResources.h"

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstring>
#include <memory>

#include <sys/resource.h>

using namespace herb;

namespace {

bool isSmokeRun()
{
    return qEnvironmentVariable("HERBSTREAM_BENCH_SMOKE") == QLatin1String("1");
}

using herb::bench::cpuTimeUs;
using herb::bench::peakRssKb;

// A scan-like picture: paper-coloured gradient, dark strokes and sensor noise, so the encoder
// and decoder do realistic work (a flat image would compress to nothing).
QImage syntheticSheet(QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    quint32 state = 0x9E3779B9u;
    for (int y = 0; y < size.height(); ++y) {
        auto *row = reinterpret_cast<QRgb *>(image.scanLine(y));
        const int base = 200 + (y * 40) / size.height();
        for (int x = 0; x < size.width(); ++x) {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            const int noise = int(state & 15) - 8;
            const bool stroke = ((x / 37 + y / 53) % 11 == 0) || ((x * 7 + y * 3) % 997 < 6);
            const int v = stroke ? 40 + noise : base + noise;
            row[x] = qRgb(v, std::min(255, v + 8), std::max(0, v - 12));
        }
    }
    return image;
}

struct Specimen
{
    QString path;
    QSize size;
    qint64 fileBytes = 0;
};

struct Fixtures
{
    QTemporaryDir dir;
    Specimen jpeg;
    Specimen tiff;
};

Specimen writeSpecimen(const QTemporaryDir &dir, const QString &name, QSize size,
                       const QByteArray &format)
{
    const QString path = dir.filePath(name);
    QImageWriter writer(path, format);
    if (format == "jpeg")
        writer.setQuality(90);
    if (!writer.write(syntheticSheet(size)))
        return {};
    return { path, size, QFile(path).size() };
}

Fixtures &fixtures()
{
    static const std::unique_ptr<Fixtures> instance = [] {
        auto made = std::make_unique<Fixtures>();
        const bool smoke = isSmokeRun();
        made->jpeg = writeSpecimen(made->dir, QStringLiteral("sheet.jpg"),
                                   smoke ? QSize(1732, 1155) : QSize(7746, 5164), "jpeg");
        made->tiff = writeSpecimen(made->dir, QStringLiteral("master.tif"),
                                   smoke ? QSize(1732, 1155) : QSize(10000, 10000), "tiff");
        return made;
    }();
    return *instance;
}

struct ChildFigures
{
    bool ok = false;
    double peakMb = 0;
    double elapsedMs = 0;
    double cpuMs = 0;
};

ChildFigures runChild(const QStringList &arguments)
{
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), arguments);
    if (!child.waitForFinished(120'000) || child.exitCode() != 0)
        return {};
    const QString out = QString::fromLatin1(child.readAllStandardOutput());
    const QRegularExpression figures(
        QStringLiteral("peak_kb=(\\d+) elapsed_us=(\\d+) cpu_us=(\\d+)"));
    const QRegularExpressionMatch match = figures.match(out);
    if (!match.hasMatch())
        return {};
    return { true, match.captured(1).toDouble() / 1024.0, match.captured(2).toDouble() / 1000.0,
             match.captured(3).toDouble() / 1000.0 };
}

void benchmarkPreparation(benchmark::State &state, const Specimen &specimen)
{
    if (specimen.path.isEmpty()) {
        state.SkipWithError("could not write the test image");
        return;
    }
    const ImagePreparer preparer;
    PreparedImage last;
    for (auto _ : state) {
        ImagePreparation result = preparer.prepare(specimen.path);
        if (auto *error = std::get_if<ImagePreparationError>(&result)) {
            state.SkipWithError(qPrintable(error->message));
            return;
        }
        last = std::move(std::get<PreparedImage>(result));
        benchmark::DoNotOptimize(last.jpeg.constData());
    }
    const ChildFigures baseline = runChild({ QStringLiteral("--child-baseline") });
    const ChildFigures child = runChild({ QStringLiteral("--child-prepare"), specimen.path });
    if (!child.ok) {
        state.SkipWithError("the child process failed to prepare the image");
        return;
    }
    state.counters["megapixels"] = double(specimen.size.width()) * specimen.size.height() / 1e6;
    state.counters["file_MB"] = double(specimen.fileBytes) / (1024.0 * 1024.0);
    state.counters["out_w"] = last.size.width();
    state.counters["out_h"] = last.size.height();
    state.counters["out_KB"] = double(last.jpeg.size()) / 1024.0;
    state.counters["child_ms"] = child.elapsedMs;
    state.counters["child_cpu_ms"] = child.cpuMs;
    state.counters["child_peak_MB"] = child.peakMb;
    state.counters["child_baseline_MB"] = baseline.peakMb;
}

void BM_PrepareJpeg40Mp(benchmark::State &state)
{
    benchmarkPreparation(state, fixtures().jpeg);
}
BENCHMARK(BM_PrepareJpeg40Mp)->Unit(benchmark::kMillisecond)->MinTime(isSmokeRun() ? 0.01 : 2.0);

void BM_PrepareTiff100Mp(benchmark::State &state)
{
    benchmarkPreparation(state, fixtures().tiff);
}
BENCHMARK(BM_PrepareTiff100Mp)->Unit(benchmark::kMillisecond)->Iterations(isSmokeRun() ? 1 : 3);

// The child: prepare once, print the figures, exit. Nothing else runs in it.
int runChildMode(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qint64 elapsedUs = 0;
    qint64 cpuUs = 0;
    if (std::strcmp(argv[1], "--child-prepare") == 0) {
        if (argc < 3)
            return 2;
        const qint64 cpuBefore = cpuTimeUs();
        const ImagePreparation result = ImagePreparer().prepare(QString::fromLocal8Bit(argv[2]));
        if (const auto *error = std::get_if<ImagePreparationError>(&result)) {
            std::fprintf(stderr, "%s\n", qPrintable(error->message));
            return 1;
        }
        elapsedUs = std::get<PreparedImage>(result).elapsed.count();
        cpuUs = cpuTimeUs() - cpuBefore;
    }
    std::printf("peak_kb=%lld elapsed_us=%lld cpu_us=%lld\n", static_cast<long long>(peakRssKb()),
                static_cast<long long>(elapsedUs), static_cast<long long>(cpuUs));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc >= 2
        && (std::strcmp(argv[1], "--child-prepare") == 0
            || std::strcmp(argv[1], "--child-baseline") == 0))
        return runChildMode(argc, argv);

    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
