// Replay: reading a 1,000,000-event log (DESIGN.md example events): target >= 100 MB/s.
#include "BenchEvents.h"
#include "events/EventJson.h"
#include "events/EventLogReader.h"

#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace herb;

namespace {

void BM_ReplayLog(benchmark::State &state)
{
    const int count = bench::smokeRun() ? 10'000 : 1'000'000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("events.jsonl"));
    {
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        std::string buffer;
        Event event = bench::exampleEvent();
        event.runId = QStringLiteral("20261127T205102Z-3f9c");
        for (int i = 1; i <= count; ++i) {
            event.seq = i;
            event.as<SpecimenFinished>()->sequence = i;
            event.as<SpecimenFinished>()->metrics = { i, i, 0, 1.0, 24.1 };
            appendEventLine(buffer, event);
            if (buffer.size() > (1 << 20)) {
                file.write(buffer.data(), qint64(buffer.size()));
                buffer.clear();
            }
        }
        file.write(buffer.data(), qint64(buffer.size()));
    }
    const qint64 bytes = QFile(path).size();
    for (auto _ : state) {
        const auto result = EventLogReader::readAll(path);
        if (result.events.size() != size_t(count))
            state.SkipWithError("events missing");
        benchmark::DoNotOptimize(result.events.data());
    }
    state.SetBytesProcessed(state.iterations() * bytes);
    state.counters["events"] = count;
    state.counters["bytes_per_event"] = double(bytes) / count;
}
BENCHMARK(BM_ReplayLog)->Unit(benchmark::kMillisecond)->MinTime(1.0);

} // namespace

BENCHMARK_MAIN();
