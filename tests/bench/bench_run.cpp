// Runs against a chat-completions server on loopback (DESIGN.md, "Performance targets"):
// - throughput at latency L = 100 ms, concurrency C = 16 and 32, 400 small pre-made images
//   (the network path, not image decoding): target >= 90 % of C / L;
// - a wrong-prompt run at concurrency 8 and 32: specimens sent (must be <= 5) and the time from
//   the first dispatch to the halt (the checkpoint's verdict, on which the bus halts the run at
//   once), in round trips of the server's latency (target: one).
#include "BenchEvents.h"
#include "ChatTestServer.h"
#include "run/RunController.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace herb;
using herb::test::ChatMode;
using herb::test::ChatTestServer;

namespace {

QString makeImages(QTemporaryDir &dir, int count)
{
    const QString folder = dir.filePath(QStringLiteral("images"));
    QDir().mkpath(folder);
    for (int i = 0; i < count; ++i) {
        QImage image(48, 64, QImage::Format_RGB32);
        image.fill(QColor(200, i % 256, (i * 7) % 256));
        image.save(QStringLiteral("%1/s%2.jpg").arg(folder).arg(i, 4, 10, QLatin1Char('0')));
    }
    return folder;
}

struct RunFigures
{
    int exitCode = -1;
    double seconds = 0; // first dispatch to the end of the session
    qint64 processed = 0;
    double haltSeconds = 0; // first dispatch to the checkpoint's verdict (where a halt is decided)
};

RunFigures runOnce(ChatTestServer &server, const QString &images, const QString &out,
                   int concurrency)
{
    RunConfig config;
    config.imagesFolder = images;
    config.outFolder = out;
    config.engine = EngineKind::OpenAi;
    config.model = QStringLiteral("vision/test-model");
    config.baseUrl = server.baseUrl();
    config.apiKey = QString::fromLatin1(server.apiKey());
    config.concurrency = concurrency;
    RunController controller(config);
    RunFigures figures;
    QElapsedTimer clock;
    QObject::connect(&controller, &RunController::eventsDelivered, &controller,
                     [&](const EventBatch &batch) {
                         for (const Event &e : batch) {
                             if (e.type == EventType::SpecimenProcessing && !clock.isValid())
                                 clock.start();
                             if (e.isSpecimenFinished())
                                 ++figures.processed;
                             if (e.isTerminal())
                                 figures.seconds = double(clock.nsecsElapsed()) / 1e9;
                             if (e.type == EventType::ValidationCheckpoint)
                                 figures.haltSeconds = double(clock.nsecsElapsed()) / 1e9;
                         }
                     });
    QObject::connect(&controller, &RunController::finished, &controller,
                     [](int) { QCoreApplication::quit(); });
    controller.start();
    QCoreApplication::exec();
    figures.exitCode = controller.exitCode();
    return figures;
}

void BM_RunThroughput(benchmark::State &state)
{
    const int concurrency = int(state.range(0));
    const int count = bench::smokeRun() ? 40 : 400;
    constexpr int latencyMs = 100;
    QTemporaryDir dir;
    const QString images = makeImages(dir, count);
    ChatTestServer server;
    server.setModels({ QStringLiteral("vision/test-model") });
    server.setLatencyMs(latencyMs);
    int round = 0;
    for (auto _ : state) {
        const RunFigures figures = runOnce(
            server, images, dir.filePath(QStringLiteral("run%1").arg(round++)), concurrency);
        if (figures.exitCode != 0 || figures.processed != count)
            state.SkipWithError("the run did not complete");
        state.SetIterationTime(figures.seconds);
        const double perSecond = double(figures.processed) / figures.seconds;
        state.counters["specimens_per_s"] = perSecond;
        state.counters["ideal_per_s"] = concurrency * 1000.0 / latencyMs;
        state.counters["of_ideal_pct"] = 100.0 * perSecond / (concurrency * 1000.0 / latencyMs);
        state.counters["server_max_in_flight"] = server.maxInFlight();
    }
}
BENCHMARK(BM_RunThroughput)
    ->Arg(16)
    ->Arg(32)
    ->UseManualTime()
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond);

void BM_WrongPromptHalt(benchmark::State &state)
{
    const int concurrency = int(state.range(0));
    constexpr int latencyMs = 200;
    QTemporaryDir dir;
    const QString images = makeImages(dir, 100);
    ChatTestServer server;
    server.setModels({ QStringLiteral("vision/test-model") });
    server.setMode(ChatMode::Prose);
    server.setLatencyMs(latencyMs);
    int round = 0;
    for (auto _ : state) {
        server.clearRecords();
        const RunFigures figures = runOnce(
            server, images, dir.filePath(QStringLiteral("run%1").arg(round++)), concurrency);
        if (figures.exitCode != 3 || server.imagesReceived() > 5)
            state.SkipWithError("the wrong-prompt run was not stopped at its checkpoint");
        state.SetIterationTime(figures.seconds);
        state.counters["images_sent"] = server.imagesReceived();
        state.counters["halt_in_round_trips"] = figures.haltSeconds * 1000.0 / latencyMs;
    }
}
BENCHMARK(BM_WrongPromptHalt)
    ->Arg(8)
    ->Arg(32)
    ->UseManualTime()
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
