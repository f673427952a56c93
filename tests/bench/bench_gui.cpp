// GUI: opening a 100,000-event log (target <= 2 s) and the GUI thread's longest stall while a
// live run delivers 2,000 events/s through the real EventBus (target <= 50 ms). Offscreen
// QApplication, real widgets (DESIGN.md, "Performance targets").
#include "BenchEvents.h"
#include "SyntheticRun.h"
#include "dashboard/RunDashboard.h"
#include "eventlog/EventLogModel.h"
#include "eventlog/EventLogView.h"
#include "events/EventBus.h"
#include "events/EventJson.h"
#include "events/JsonlEventLog.h"
#include "review/SpecimenListModel.h"
#include "review/SpecimenReviewView.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>

using namespace herb;

namespace {

// Times every event the GUI thread dispatches, to say what a long gap was spent on.
class TimedApplication final : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        QElapsedTimer timer;
        timer.start();
        const int type = event->type(); // the event may be gone after delivery
        const bool result = QApplication::notify(receiver, event);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (ms > longestMs) {
            longestMs = ms;
            longestType = type;
        }
        return result;
    }

    double longestMs = 0.0;
    int longestType = 0;
};

TimedApplication *timedApp()
{
    return static_cast<TimedApplication *>(QCoreApplication::instance());
}

// A realistic log, written once with the real serialiser: started, then processing and
// completed (every 4th failed) per specimen, the checkpoint, completed.
struct BigLog
{
    QTemporaryDir dir;
    QString path;
    qsizetype events = 0;

    BigLog()
    {
        test::SyntheticRun run;
        run.specimens = bench::smokeRun() ? 1'000 : 49'998; // ~100,000 events
        run.stepMs = 700;
        const EventBatch batch = run.events();
        events = batch.size();
        path = dir.filePath(QStringLiteral("events.jsonl"));
        std::string text;
        for (const Event &event : batch)
            appendEventLine(text, event);
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(text.data(), qint64(text.size()));
    }
};

void BM_OpenLargeLog(benchmark::State &state)
{
    static BigLog log;
    for (auto _ : state) {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QApplication::processEvents();
        auto *dashboard = window.findChild<RunDashboard *>();
        QElapsedTimer timer;
        timer.start();
        window.openRunLog(log.path);
        // Until the views are filled and painted once.
        dashboard->redraw();
        QApplication::processEvents();
        state.SetIterationTime(double(timer.nsecsElapsed()) / 1e9);
        if (window.findChild<EventLogModel *>()->rowCount() != log.events
            || dashboard->summary().eventCount() != log.events)
            state.SkipWithError("views not populated");
    }
    state.counters["events"] = double(log.events);
}
BENCHMARK(BM_OpenLargeLog)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(3);

// Publishes pairs of specimen.processing / specimen.completed at `rate` events a second.
void produce(EventBus &bus, int rate, std::chrono::milliseconds duration, std::atomic<bool> &stop)
{
    using clock = std::chrono::steady_clock;
    const auto start = clock::now();
    constexpr int kTickMs = 10;
    const int perTick = qMax(2, rate * kTickMs / 1000);
    qint64 specimen = 0;
    auto next = start;
    while (rate > 0 && !stop.load() && clock::now() - start < duration) {
        for (int i = 0; i < perTick; i += 2) {
            const QString id
                = QStringLiteral("box%1/sheet_%2.jpg").arg(specimen / 500).arg(specimen);
            bus.publish(Event::processing(id));
            SpecimenFinished finished;
            finished.specimenId = id;
            finished.latencyMs = 800 + (specimen % 7) * 300;
            finished.filledTerms = { QStringLiteral("scientificName"),
                                     QStringLiteral("catalogNumber"), QStringLiteral("eventDate") };
            finished.fieldsExtracted = 3;
            finished.usage = { 1000, 200, 0.001 };
            if (specimen % 5 == 0) {
                finished.error = { ErrorKind::Parse, 0, QStringLiteral("the reply is not JSON") };
                bus.publish(Event::failed(finished));
            } else {
                bus.publish(Event::completed(finished));
            }
            ++specimen;
        }
        next += std::chrono::milliseconds(kTickMs);
        std::this_thread::sleep_until(next);
    }
}

void BM_LiveRunStall(benchmark::State &state)
{
    const int rate = int(state.range(0));
    const auto duration = std::chrono::milliseconds(bench::smokeRun() ? 500 : 5'000);
    std::vector<double> gapsMs;
    double maxGap = 0.0;
    for (auto _ : state) {
        QTemporaryDir dir;
        QString error;
        auto log = JsonlEventLog::open(dir.filePath(QStringLiteral("events.jsonl")),
                                       { QStringLiteral("bench"), 1000 }, &error);
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QApplication::processEvents();
        // The views RunSession feeds, looked up once (the window keeps no getters for them).
        auto *dashboard = window.findChild<RunDashboard *>();
        auto *eventLog = window.findChild<EventLogView *>();
        auto *review = window.findChild<SpecimenReviewView *>();
        auto *events = window.findChild<EventLogModel *>();
        EventBus bus;
        bus.setRunId(QStringLiteral("bench"));
        bus.attachLog(log.get());
        // What RunSession feeds the window, minus the controller: every view gets each batch.
        double longestBatchMs = 0.0;
        qint64 batches = 0;
        QObject::connect(&bus, &EventBus::eventsDelivered, &window, [&](const EventBatch &b) {
            QElapsedTimer handling;
            handling.start();
            dashboard->addEvents(b);
            eventLog->addEvents(b);
            review->addEvents(b);
            longestBatchMs = qMax(longestBatchMs, double(handling.nsecsElapsed()) / 1e6);
            ++batches;
        });
        bus.start();
        ExtractionStarted started;
        started.specimenCount = 1'000'000;
        started.pendingCount = started.specimenCount;
        bus.publish(Event::started(started));

        gapsMs.clear();
        QElapsedTimer sinceTick;
        QTimer ticker;
        ticker.setTimerType(Qt::PreciseTimer);
        ticker.setInterval(1);
        QObject::connect(&ticker, &QTimer::timeout, &window, [&] {
            gapsMs.push_back(double(sinceTick.nsecsElapsed()) / 1e6);
            sinceTick.restart();
        });
        std::atomic<bool> stop { false };
        std::thread producer([&] { produce(bus, rate, duration, stop); });
        QEventLoop loop;
        QTimer::singleShot(duration + std::chrono::milliseconds(300), &loop, &QEventLoop::quit);
        timedApp()->longestMs = 0.0;
        sinceTick.start();
        ticker.start();
        loop.exec();
        ticker.stop();
        stop.store(true);
        producer.join();
        bus.stop();
        QApplication::processEvents();
        // Most of what was produced (the producer may fall a tick behind on a loaded machine).
        if (events->rowCount() < rate * duration.count() / 1000 / 2)
            state.SkipWithError("events not delivered");
        state.counters["events"] = events->rowCount();
        // One dashboard redraw (charts replaced, then painted) with the run's events in it.
        QElapsedTimer redrawTimer;
        redrawTimer.start();
        for (int i = 0; i < 5; ++i) {
            dashboard->redraw();
            dashboard->repaint();
        }
        state.counters["dashboard_redraw_paint_ms"] = double(redrawTimer.nsecsElapsed()) / 5e6;
        state.counters["batches"] = double(batches);
        state.counters["longest_event_ms"] = timedApp()->longestMs;
        state.counters["longest_event_type"] = timedApp()->longestType;
        state.counters["longest_batch_ms"] = longestBatchMs;
        state.counters["dashboard_redraws"] = dashboard->redrawCount();
    }
    std::sort(gapsMs.begin(), gapsMs.end());
    maxGap = gapsMs.empty() ? 0.0 : gapsMs.back();
    state.counters["max_gap_ms"] = maxGap;
    state.counters["p99_gap_ms"]
        = gapsMs.empty() ? 0.0 : gapsMs[size_t(double(gapsMs.size() - 1) * 0.99)];
    state.counters["ticks"] = double(gapsMs.size());
}
// Rate 0: the same window and timer with no events, the machine's own noise.
BENCHMARK(BM_LiveRunStall)->Arg(0)->Arg(2'000)->Iterations(1)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true); // never touch the user's settings
    TimedApplication app(argc, argv);
    qRegisterMetaType<herb::EventBatch>();
    QCoreApplication::setOrganizationName(QStringLiteral("HerbstreamBench"));
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
