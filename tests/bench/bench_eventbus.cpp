// Event bus figures (DESIGN.md, "Performance targets"):
// - events through the bus into events.jsonl, 4 producer threads, 2 s sustained, with the
//   validation and metrics consumers attached: target >= 1,000,000 events/s;
// - cost of publish() on the producer thread: target <= 1 us median.
#include "BenchEvents.h"
#include "events/EventBus.h"
#include "events/JsonlEventLog.h"
#include "monitor/RunMetrics.h"
#include "monitor/ValidationMonitor.h"

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
    EventBus bus;

    Pipeline()
    {
        log = JsonlEventLog::open(dir.filePath(QStringLiteral("events.jsonl")),
                                  { QStringLiteral("bench") }, nullptr);
        bus.setRunId(log->runId());
        bus.attachLog(log.get());
        bus.addConsumer(&stamper);
        bus.addConsumer(&monitor);
        bus.start();
    }
    ~Pipeline()
    {
        bus.stop();
        log->close();
    }
};

void BM_BusThroughputFourProducers(benchmark::State &state)
{
    const auto sustain = std::chrono::milliseconds(bench::smokeRun() ? 100 : 2000);
    for (auto _ : state) {
        Pipeline pipeline;
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

} // namespace

BENCHMARK_MAIN();
