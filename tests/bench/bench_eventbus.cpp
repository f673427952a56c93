// Event bus figures (DESIGN.md, "Performance targets"):
// - events through the bus into events.jsonl, 4 producer threads, 2 s sustained, with the
//   validation and metrics consumers attached: target >= 1,000,000 events/s;
// - cost of publish() on the producer thread: target <= 1 us median;
// - issue 12: the trust checks cost <= 10 % of the bus's events/s. The bus runs TrustHalt on
//   every event (BM_BusThroughputFourProducers with and without it); the value checks run
//   in the record path, once per record (BM_TrustChecksPerRecord), where a specimen's own
//   events number at least two (specimen.processing, specimen.completed).
#include "BenchEvents.h"
#include "events/EventBus.h"
#include "events/JsonlEventLog.h"
#include "extraction/Prompt.h"
#include "monitor/RunMetrics.h"
#include "monitor/ValidationMonitor.h"
#include "samples/SampleSheetGenerator.h"
#include "trust/TrustChecks.h"
#include "trust/TrustHalt.h"

#include <QJsonArray>

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>

using namespace herb;
using Clock = std::chrono::steady_clock;

namespace {

// HERBSTREAM_BENCH_DIR puts the log elsewhere (e.g. /dev/shm) to tell the bus's own rate
// from the disk's: at 1,000,000 events/s the log grows by about 390 MB/s, more than many
// disks sustain once the kernel starts throttling dirty pages.
QString benchFolder()
{
    const QString base = qEnvironmentVariable("HERBSTREAM_BENCH_DIR");
    return base.isEmpty() ? QDir::tempPath() : base;
}

struct Pipeline
{
    QTemporaryDir dir { benchFolder() + QLatin1String("/herbstream-bench-XXXXXX") };
    std::unique_ptr<JsonlEventLog> log;
    RunMetrics metrics;
    RunMetricsStamper stamper { metrics };
    ValidationMonitor monitor;
    TrustHalt trustHalt { TrustSettings {} };
    EventBus bus;

    explicit Pipeline(bool withTrust = true)
    {
        log = JsonlEventLog::open(dir.filePath(QStringLiteral("events.jsonl")),
                                  { QStringLiteral("bench") }, nullptr);
        bus.setRunId(log->runId());
        bus.attachLog(log.get());
        bus.addConsumer(&stamper);
        bus.addConsumer(&monitor);
        if (withTrust)
            bus.addConsumer(&trustHalt);
        bus.start();
    }
    ~Pipeline()
    {
        bus.stop();
        log->close();
    }
};

// Argument 1: with TrustHalt on the bus (the run's pipeline), 0: without (the reference).
void BM_BusThroughputFourProducers(benchmark::State &state)
{
    const auto sustain = std::chrono::milliseconds(bench::smokeRun() ? 100 : 2000);
    for (auto _ : state) {
        Pipeline pipeline(state.range(0) == 1);
        const Event prototype = bench::exampleEvent();
        std::atomic<bool> stop { false };
        std::atomic<qint64> published { 0 };
        const auto start = Clock::now();
        std::vector<std::thread> producers;
        for (int p = 0; p < 4; ++p) {
            producers.emplace_back([&] {
                qint64 mine = 0;
                while (!stop.load(std::memory_order_relaxed)) {
                    for (int i = 0; i < 256; ++i)
                        pipeline.bus.publish(prototype);
                    mine += 256;
                    // Stay near what the bus sustains: the figure is throughput, not queue growth.
                    while (mine * 4 - pipeline.bus.eventsWritten() > 200'000 && !stop.load())
                        std::this_thread::sleep_for(std::chrono::microseconds(100));
                }
                published.fetch_add(mine);
            });
        }
        std::this_thread::sleep_for(sustain);
        stop.store(true);
        for (auto &t : producers)
            t.join();
        pipeline.bus.flush(600000);
        const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
        state.SetIterationTime(seconds);
        state.counters["events"] = double(pipeline.bus.eventsWritten());
        state.counters["events_per_s"] = double(pipeline.bus.eventsWritten()) / seconds;
        state.counters["MB_per_s"] = double(QFileInfo(pipeline.log->path()).size()) / seconds / 1e6;
        if (pipeline.bus.eventsWritten() < published.load())
            state.SkipWithError("events were lost");
    }
}
BENCHMARK(BM_BusThroughputFourProducers)
    ->Arg(0)
    ->Arg(1)
    ->UseManualTime()
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond);

void BM_PublishCost(benchmark::State &state)
{
    const int samples = bench::smokeRun() ? 10'000 : 1'000'000;
    for (auto _ : state) {
        Pipeline pipeline;
        const Event prototype = bench::exampleEvent();
        std::vector<qint64> ns;
        ns.reserve(size_t(samples));
        for (int i = 0; i < samples; ++i) {
            Event copy = prototype; // the producer's own event, made before publishing
            const auto t0 = Clock::now();
            pipeline.bus.publish(std::move(copy));
            ns.push_back(
                std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - t0).count());
        }
        pipeline.bus.flush(600000);
        std::sort(ns.begin(), ns.end());
        state.counters["median_ns"] = double(ns[ns.size() / 2]);
        state.counters["p99_ns"] = double(ns[ns.size() * 99 / 100]);
        state.counters["p999_ns"] = double(ns[ns.size() * 999 / 1000]);
    }
}
BENCHMARK(BM_PublishCost)->Iterations(1)->Unit(benchmark::kMillisecond);

// The record path's trust checks on the true values of generated sheets (with the built-in
// prompt and barcodes): what one record costs the controller's thread.
void BM_TrustChecksPerRecord(benchmark::State &state)
{
    const Prompt prompt = Prompt::builtIn();
    const SampleSheetGenerator generator(7);
    std::vector<SpecimenRecord> records;
    for (int i = 0; i < 2000; ++i) {
        const SampleSheet sheet = generator.describe(i);
        SpecimenRecord record;
        record.specimenId = sheet.fileName;
        record.sha256 = QString::number(i);
        record.success = true;
        record.record.dwc = sheet.truth;
        if (sheet.hasBarcode())
            record.record.extra.insert(
                QStringLiteral("barcodes"),
                QJsonArray { sheet.truth.value(QStringLiteral("catalogNumber")) });
        records.push_back(record);
    }
    TrustChecks checks(TrustSettings(), prompt.system() + QLatin1Char('\n') + prompt.user());
    size_t next = 0;
    for (auto _ : state) {
        SpecimenRecord record = records[next++ % records.size()];
        // A new specimen each time: its own id, image and catalogue number.
        record.specimenId += QString::number(next);
        record.sha256 = QString::number(next);
        record.record.dwc[QStringLiteral("catalogNumber")] += QString::number(next);
        benchmark::DoNotOptimize(checks.inspect(record));
    }
    state.counters["records_per_s"]
        = benchmark::Counter(double(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_TrustChecksPerRecord)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
