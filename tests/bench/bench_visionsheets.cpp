// The vision path on real-size sheets (issue 18): what preparing a sheet for a vision model costs
// on the worker (hash, EXIF, orientation check, scaling, encoding, barcode scan), and whole runs
// against the loopback server at L = 300 ms.
//
// Sheets: the real AAFC sheets (1600x1068 JPEGs, most with EXIF orientation 6, four stored
// sideways without a tag) from the folder in HERBSTREAM_REAL_SHEETS, or from
// ../shared/data/specimens-aafc where it exists; plus 40 generated sheets (`herbstream samples`,
// 1200x1800, some sideways with or without an EXIF tag, some with a Code 128 barcode). Without
// real sheets the benchmark runs on the generated ones alone.
//
// - BM_PrepareSheet: one worker preparing every sheet in turn (steady state: each sheet is
//   prepared once before the clock starts, so Tesseract's start is not counted). CPU ms per
//   sheet by kind of input: upright (no EXIF turn, portrait: nothing must change), exif (an EXIF
//   tag turns it), sideways (landscape without a tag: the orientation check decides). Counters
//   sideways_upright / sideways_total: sideways sheets sent upright, turned the right way.
// - BM_VisionRun/C: a whole run (RunController, OpenAI-compatible engine) in a child process,
//   a re-execution of this program with --child-run, so its CPU time and peak memory are the
//   run's alone (the server, in this process, is not counted). sheets_per_s against C / L.
#include "BenchEvents.h"
#include "ChatTestServer.h"
#include "TestSupport.h"
#include "extraction/VisionPreparation.h"
#include "run/RunController.h"
#include "samples/SampleSheetGenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include "BenchResources.h"

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstring>
#include <memory>

#include <sys/resource.h>
#include <unistd.h>

using namespace herb;
using herb::test::ChatTestServer;

namespace {

constexpr int kLatencyMs = 300;
constexpr quint64 kSeed = 18;
const QString kModel = QStringLiteral("vision/test-model");

using herb::bench::cpuTimeUs;
using herb::bench::peakRssKb;

enum class Kind
{
    Upright, // nothing must change
    Exif, // an EXIF tag turns it
    Sideways // landscape without a tag: the orientation check decides
};

struct Sheet
{
    QString path;
    Kind kind = Kind::Upright;
    int expectedRotation = -1; // clockwise degrees that make a sideways sheet upright; -1: unknown
};

QString realSheetsFolder()
{
    const QString given = qEnvironmentVariable("HERBSTREAM_REAL_SHEETS");
    if (!given.isEmpty())
        return QDir(given).exists() ? given : QString();
    const QString shared = test::sharedDataDir();
    if (shared.isEmpty())
        return {};
    const QString folder = shared + QStringLiteral("/specimens-aafc");
    return QDir(folder).exists() ? folder : QString();
}

Kind kindOf(const QString &path)
{
    QImageReader reader(path);
    const QSize stored = reader.size();
    const QImageIOHandler::Transformations turn = reader.transformation();
    if (turn != QImageIOHandler::TransformationNone)
        return Kind::Exif;
    return stored.width() > stored.height() ? Kind::Sideways : Kind::Upright;
}

struct Fixtures
{
    QTemporaryDir dir;
    QString images;
    QList<Sheet> sheets;
    int realCount = 0;
};

Fixtures &fixtures()
{
    static const std::unique_ptr<Fixtures> instance = [] {
        auto made = std::make_unique<Fixtures>();
        made->images = made->dir.filePath(QStringLiteral("images"));
        QDir().mkpath(made->images);
        // The real sheets are left out of the smoke run: it only keeps the benchmark working.
        const QString real = bench::smokeRun() ? QString() : realSheetsFolder();
        if (!real.isEmpty()) {
            const QDir from(real);
            for (const QString &name :
                 from.entryList({ QStringLiteral("*.jpg") }, QDir::Files, QDir::Name)) {
                const QString path = QDir(made->images).filePath(name);
                if (!QFile::copy(from.filePath(name), path))
                    continue;
                Sheet sheet { path, kindOf(path) };
                // The four AAFC sheets stored sideways without a tag all turn by 90 degrees
                // (docs/PERFORMANCE.md, offline engine).
                if (sheet.kind == Kind::Sideways)
                    sheet.expectedRotation = 90;
                made->sheets.append(sheet);
                ++made->realCount;
            }
        }
        const SampleSheetGenerator generator(kSeed);
        const int generated = bench::smokeRun() ? 6 : 40;
        const QString samples = made->dir.filePath(QStringLiteral("samples"));
        if (!generator.writeSet(samples, generated))
            return made;
        for (int i = 0; i < generated; ++i) {
            const SampleSheet described = generator.describe(i);
            const QString path = QDir(made->images).filePath(described.fileName);
            if (!QFile::copy(QDir(samples).filePath(described.fileName), path))
                continue;
            Sheet sheet { path, kindOf(path) };
            if (sheet.kind == Kind::Sideways)
                sheet.expectedRotation = (360 - described.storedRotation) % 360;
            made->sheets.append(sheet);
        }
        return made;
    }();
    return *instance;
}

void BM_PrepareSheet(benchmark::State &state)
{
    const Fixtures &fix = fixtures();
    if (fix.sheets.isEmpty()) {
        state.SkipWithError("no sheets");
        return;
    }
    const ImagePreparer preparer;
    VisionPreparation preparation;
    for (const Sheet &sheet : fix.sheets) // warm up: Tesseract's start, plugins, caches
        preparation.prepare(sheet.path, preparer);

    qint64 cpuUs[3] = {};
    int count[3] = {};
    int sidewaysUpright = 0;
    int sidewaysTotal = 0;
    qint64 sentBytes = 0;
    int rounds = 0;
    for (auto _ : state) {
        for (const Sheet &sheet : fix.sheets) {
            const qint64 before = cpuTimeUs();
            const VisionPreparation::Result result = preparation.prepare(sheet.path, preparer);
            const int k = int(sheet.kind);
            cpuUs[k] += cpuTimeUs() - before;
            ++count[k];
            if (!result.error.isEmpty()) {
                state.SkipWithError(qPrintable(result.error));
                return;
            }
            sentBytes += result.image.jpeg.size();
            if (rounds == 0 && sheet.kind == Kind::Sideways) {
                ++sidewaysTotal;
                const bool portrait = result.image.size.height() > result.image.size.width();
                if (portrait && result.detectedRotation == sheet.expectedRotation)
                    ++sidewaysUpright;
            }
        }
        ++rounds;
    }
    const auto perSheetMs = [&](Kind kind) {
        const int k = int(kind);
        return count[k] ? double(cpuUs[k]) / count[k] / 1000.0 : 0.0;
    };
    qint64 allUs = 0;
    int all = 0;
    for (int k = 0; k < 3; ++k) {
        allUs += cpuUs[k];
        all += count[k];
    }
    state.counters["sheets"] = double(fix.sheets.size());
    state.counters["real_sheets"] = fix.realCount;
    state.counters["cpu_ms_upright"] = perSheetMs(Kind::Upright);
    state.counters["cpu_ms_exif"] = perSheetMs(Kind::Exif);
    state.counters["cpu_ms_sideways"] = perSheetMs(Kind::Sideways);
    state.counters["cpu_ms_mean"] = all ? double(allUs) / all / 1000.0 : 0.0;
    state.counters["n_upright"] = double(count[0]) / std::max(1, rounds);
    state.counters["n_exif"] = double(count[1]) / std::max(1, rounds);
    state.counters["n_sideways"] = double(count[2]) / std::max(1, rounds);
    state.counters["sideways_upright"] = sidewaysUpright;
    state.counters["sideways_total"] = sidewaysTotal;
    state.counters["sent_KB_mean"] = all ? double(sentBytes) / all / 1024.0 : 0.0;
}
BENCHMARK(BM_PrepareSheet)->Unit(benchmark::kMillisecond)->Iterations(bench::smokeRun() ? 1 : 3);

struct ChildFigures
{
    bool ok = false;
    int exitCode = -1;
    qint64 processed = 0;
    double seconds = 0;
    double cpuSeconds = 0;
    double peakMb = 0;
};

ChildFigures runChild(const QStringList &arguments)
{
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // As the application's main insists (TesseractOcr): one OpenMP thread per Tesseract.
    environment.insert(QStringLiteral("OMP_THREAD_LIMIT"), QStringLiteral("1"));
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), arguments);
    ChildFigures figures;
    // The child's run is driven by the server in this process: keep this event loop turning.
    while (!child.waitForFinished(50))
        QCoreApplication::processEvents();
    const QRegularExpression line(QStringLiteral("exit=(-?\\d+) processed=(\\d+) seconds=([0-9.]+) "
                                                 "cpu_us=(\\d+) peak_kb=(\\d+)"));
    const QRegularExpressionMatch match
        = line.match(QString::fromLatin1(child.readAllStandardOutput()));
    if (!match.hasMatch())
        return figures;
    figures.ok = true;
    figures.exitCode = match.captured(1).toInt();
    figures.processed = match.captured(2).toLongLong();
    figures.seconds = match.captured(3).toDouble();
    figures.cpuSeconds = match.captured(4).toDouble() / 1e6;
    figures.peakMb = match.captured(5).toDouble() / 1024.0;
    return figures;
}

void BM_VisionRun(benchmark::State &state)
{
    const int concurrency = int(state.range(0));
    const Fixtures &fix = fixtures();
    if (fix.sheets.isEmpty()) {
        state.SkipWithError("no sheets");
        return;
    }
    ChatTestServer server;
    server.setModels({ kModel });
    server.setLatencyMs(kLatencyMs);
    server.setRecordBodies(false);
    int round = 0;
    for (auto _ : state) {
        const QString out
            = fix.dir.filePath(QStringLiteral("run-c%1-%2").arg(concurrency).arg(round++));
        const ChildFigures figures = runChild(
            { QStringLiteral("--child-run"), fix.images, out, server.baseUrl().toString(),
              QString::fromLatin1(server.apiKey()), QString::number(concurrency) });
        if (!figures.ok || figures.exitCode != 0 || figures.processed != fix.sheets.size()) {
            state.SkipWithError("the run did not complete");
            return;
        }
        state.SetIterationTime(figures.seconds);
        const double perSecond = double(figures.processed) / figures.seconds;
        const double ideal = concurrency * 1000.0 / kLatencyMs;
        state.counters["sheets"] = double(figures.processed);
        state.counters["sheets_per_s"] = perSecond;
        state.counters["ideal_per_s"] = ideal;
        state.counters["of_ideal_pct"] = 100.0 * perSecond / ideal;
        state.counters["cpu_s_per_sheet"] = figures.cpuSeconds / double(figures.processed);
        state.counters["cpu_s_total"] = figures.cpuSeconds;
        state.counters["peak_RSS_MB"] = figures.peakMb;
    }
}
BENCHMARK(BM_VisionRun)
    ->Apply([](benchmark::internal::Benchmark *b) {
        b->Arg(8);
        if (!bench::smokeRun()) // the smoke run only keeps it working
            b->Arg(32);
    })
    ->UseManualTime()
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond);

// The child: one run over the images folder, figures on stdout. Seconds run from the first
// specimen dispatched to the end of the session, as in bench_run.
int runChildMode(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 7)
        return 2;
    RunConfig config;
    config.imagesFolder = QString::fromLocal8Bit(argv[2]);
    config.outFolder = QString::fromLocal8Bit(argv[3]);
    config.engine = EngineKind::OpenAi;
    config.model = kModel;
    config.baseUrl = QUrl(QString::fromLocal8Bit(argv[4]));
    config.apiKey = QString::fromLocal8Bit(argv[5]);
    config.concurrency = QByteArray(argv[6]).toInt();
    RunController controller(config);
    qint64 processed = 0;
    double seconds = 0;
    QElapsedTimer clock;
    QObject::connect(&controller, &RunController::eventsDelivered, &controller,
                     [&](const EventBatch &batch) {
                         for (const Event &e : batch) {
                             if (e.type == EventType::SpecimenProcessing && !clock.isValid())
                                 clock.start();
                             if (e.isSpecimenFinished())
                                 ++processed;
                             if (e.isTerminal())
                                 seconds = double(clock.nsecsElapsed()) / 1e9;
                         }
                     });
    QObject::connect(&controller, &RunController::finished, &controller,
                     [](int) { QCoreApplication::quit(); });
    controller.start();
    QCoreApplication::exec();
    std::printf("exit=%d processed=%lld seconds=%.4f cpu_us=%lld peak_kb=%lld\n",
                controller.exitCode(), static_cast<long long>(processed), seconds,
                static_cast<long long>(cpuTimeUs()), static_cast<long long>(peakRssKb()));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    // Tesseract's OpenMP reads its thread limit once, at load: re-executed with it set, as the
    // application's main does, so CPU time is work and not spinning threads.
    if (qgetenv("OMP_THREAD_LIMIT") != "1") {
        qputenv("OMP_THREAD_LIMIT", "1");
        execv("/proc/self/exe", argv);
    }
    if (argc >= 2 && std::strcmp(argv[1], "--child-run") == 0)
        return runChildMode(argc, argv);

    // The sample generator draws text: it needs a QGuiApplication, offscreen is enough.
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
