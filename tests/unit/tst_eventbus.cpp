#include "TestSupport.h"
#include "events/EventBus.h"
#include "events/EventLogReader.h"
#include "events/JsonlEventLog.h"
#include "monitor/RunMetrics.h"
#include "monitor/ValidationMonitor.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <set>
#include <thread>

using namespace herb;

namespace {

// Records what it saw and on which thread.
class RecordingConsumer final : public EventConsumer
{
public:
    RecordingConsumer(QString name, std::vector<QString> *order)
        : m_name(std::move(name))
        , m_order(order)
    { }
    QString name() const override { return m_name; }
    std::optional<HaltRequest> consume(const Event &event, EventEmitter &) override
    {
        threads.insert(std::this_thread::get_id());
        seqs.push_back(event.seq);
        if (m_order && m_order->size() < 10)
            m_order->push_back(m_name);
        return std::nullopt;
    }
    std::set<std::thread::id> threads;
    std::vector<qint64> seqs;

private:
    QString m_name;
    std::vector<QString> *m_order;
};

class ThrowingConsumer final : public EventConsumer
{
public:
    QString name() const override { return QStringLiteral("Thrower"); }
    std::optional<HaltRequest> consume(const Event &event, EventEmitter &) override
    {
        if (event.type == EventType::SpecimenFailed)
            throw std::runtime_error("consumer bug");
        return std::nullopt;
    }
};

Event failedSpecimen(int i)
{
    SpecimenFinished f;
    f.specimenId = QStringLiteral("s%1.jpg").arg(i);
    f.error = { ErrorKind::Parse, 0, QStringLiteral("prose") };
    return Event::failed(f);
}

// Publishes one warning per tick, and holds the bus on a chosen specimen until released: lets a
// test put events of both origins (producers, ticks) before a flush.
class GatedTickConsumer final : public EventConsumer
{
public:
    QString name() const override { return QStringLiteral("Gated"); }
    std::optional<HaltRequest> consume(const Event &event, EventEmitter &) override
    {
        if (const auto *f = event.as<SpecimenFinished>();
            f && f->specimenId == QLatin1String("gate")) {
            std::unique_lock lock(mutex);
            opened.wait(lock, [this] { return open; });
            return HaltRequest { FailureReason::EarlyValidationFailed, QStringLiteral("verdict") };
        }
        if (event.type == EventType::ValidationWarning)
            ++ticksSeen;
        return std::nullopt;
    }
    std::optional<HaltRequest> tick(qint64, EventEmitter &out) override
    {
        ValidationWarning warning;
        warning.message = QStringLiteral("tick");
        out.publish(Event::warning(warning));
        return std::nullopt;
    }
    void release()
    {
        {
            std::lock_guard lock(mutex);
            open = true;
        }
        opened.notify_all();
    }
    std::atomic<int> ticksSeen { 0 };

private:
    std::mutex mutex;
    std::condition_variable opened;
    bool open = false;
};

} // namespace

class TestEventBus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<EventBatch>(); }

    void manyProducersLoseNothingAndSeqIsContiguous()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("events.jsonl"));
        auto log = JsonlEventLog::open(path, { QStringLiteral("run-x") }, nullptr);
        EventBus bus;
        bus.setRunId(log->runId());
        bus.setNextSeq(log->lastSeq() + 1);
        bus.attachLog(log.get());
        RecordingConsumer recorder(QStringLiteral("rec"), nullptr);
        bus.addConsumer(&recorder);
        bus.start();

        constexpr int kProducers = 4, kEach = 5000;
        std::vector<std::thread> producers;
        for (int p = 0; p < kProducers; ++p) {
            producers.emplace_back([&bus, p] {
                for (int i = 0; i < kEach; ++i)
                    bus.publish(Event::processing(QStringLiteral("p%1/%2").arg(p).arg(i)));
            });
        }
        for (auto &t : producers)
            t.join();
        QVERIFY(bus.flush());
        QCOMPARE(bus.eventsWritten(), qint64(kProducers * kEach));
        bus.stop();
        log->close();

        // Consumers ran on the bus thread only, never on a producer's.
        QCOMPARE(recorder.threads.size(), size_t(1));
        QVERIFY(*recorder.threads.begin() != std::this_thread::get_id());

        const auto result = EventLogReader::readAll(path);
        QVERIFY(result.corruptions.empty());
        QCOMPARE(result.events.size(), size_t(kProducers * kEach));
        QHash<QString, int> lastPerProducer;
        for (size_t i = 0; i < result.events.size(); ++i) {
            const Event &e = result.events[i];
            QCOMPARE(e.seq, qint64(i + 1));
            QCOMPARE(e.runId, QStringLiteral("run-x"));
            // Each producer's events keep their order.
            const QStringList parts
                = e.as<SpecimenProcessing>()->specimenId.split(QLatin1Char('/'));
            const int index = parts[1].toInt();
            QVERIFY(index > lastPerProducer.value(parts[0], -1));
            lastPerProducer[parts[0]] = index;
        }
    }

    void consumersRunInTheOrderAdded()
    {
        std::vector<QString> order;
        RecordingConsumer a(QStringLiteral("a"), &order), b(QStringLiteral("b"), &order),
            c(QStringLiteral("c"), &order);
        EventBus bus;
        bus.addConsumer(&a);
        bus.addConsumer(&b);
        bus.addConsumer(&c);
        bus.start();
        bus.publish(Event::processing(QStringLiteral("x")));
        bus.publish(Event::processing(QStringLiteral("y")));
        QVERIFY(bus.flush());
        QCOMPARE(order,
                 (std::vector<QString> { QStringLiteral("a"), QStringLiteral("b"),
                                         QStringLiteral("c"), QStringLiteral("a"),
                                         QStringLiteral("b"), QStringLiteral("c") }));
    }

    // Defect 1 of the first design: the halt was an exception inside a handler, the bus caught
    // it, and the run went on. Here a consumer that throws sits before the monitor; the failure
    // is reported as an event and the monitor's halt still reaches the handler.
    void throwingConsumerIsReportedAndTheHaltStillArrives()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("events.jsonl"));
        auto log = JsonlEventLog::open(path, { QStringLiteral("r") }, nullptr);
        EventBus bus;
        bus.attachLog(log.get());
        ThrowingConsumer thrower;
        RunMetrics metrics;
        RunMetricsStamper stamper(metrics);
        ValidationMonitor monitor;
        bus.addConsumer(&thrower);
        bus.addConsumer(&stamper);
        bus.addConsumer(&monitor);
        std::atomic<int> halts { 0 };
        std::atomic<qint64> haltSeenAtWritten { -1 };
        bus.setHaltHandler([&](const HaltRequest &halt) {
            if (halt.reason == FailureReason::EarlyValidationFailed) {
                halts.fetch_add(1);
                haltSeenAtWritten.store(bus.eventsWritten());
            }
        });
        QSignalSpy haltSpy(&bus, &EventBus::haltRequested);
        bus.start();
        ExtractionStarted started;
        started.pendingCount = 50;
        bus.publish(Event::started(started));
        for (int i = 1; i <= 5; ++i)
            bus.publish(failedSpecimen(i));
        QVERIFY(bus.flush());
        QCOMPARE(halts.load(), 1);
        QCOMPARE(haltSpy.size(), 1);
        bus.stop();
        log->close();

        const auto result = EventLogReader::readAll(path);
        QStringList types;
        for (const Event &e : result.events)
            types << e.typeName();
        // Each failure is followed by the consumer's failure report; the checkpoint comes right
        // after the fifth specimen, before anything else.
        QCOMPARE(types.count(QStringLiteral("bus.consumer_failed")), 5);
        QCOMPARE(types.last(), QStringLiteral("validation.checkpoint"));
        QCOMPARE(types.at(types.size() - 3), QStringLiteral("specimen.failed"));
        const Event &last = result.events.back();
        QVERIFY(!last.as<ValidationCheckpoint>()->passed);
        // The stamped sequence numbers are 1..5.
        int expected = 1;
        for (const Event &e : result.events)
            if (const auto *f = e.as<SpecimenFinished>())
                QCOMPARE(f->sequence, qint64(expected++));
    }

    void batchesReachQtListenersInOrder()
    {
        EventBus bus;
        qint64 received = 0;
        qint64 lastSeq = 0;
        bool ordered = true;
        connect(&bus, &EventBus::eventsDelivered, this, [&](const EventBatch &batch) {
            for (const Event &e : batch) {
                ordered = ordered && e.seq == lastSeq + 1;
                lastSeq = e.seq;
            }
            received += batch.size();
        });
        bus.setMaxBatch(64);
        bus.start();
        for (int i = 0; i < 1000; ++i)
            bus.publish(Event::processing(QStringLiteral("s")));
        QVERIFY(bus.flush());
        QTRY_COMPARE(received, 1000);
        QVERIFY(ordered);
    }

    void unwritableLogHaltsTheRunAndKeepsTheEvents()
    {
        if (!QFile::exists(QStringLiteral("/dev/full")))
            QSKIP("no /dev/full on this system");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("events.jsonl"));
        QVERIFY(QFile::link(QStringLiteral("/dev/full"), path));
        auto log = JsonlEventLog::open(path, { QStringLiteral("r") }, nullptr);
        QVERIFY(log);
        EventBus bus;
        bus.attachLog(log.get());
        FailureReason haltReason = FailureReason::Other;
        bus.setHaltHandler([&](const HaltRequest &halt) { haltReason = halt.reason; });
        QSignalSpy failures(&bus, &EventBus::logWriteFailed);
        bus.start();
        bus.publish(Event::processing(QStringLiteral("a")));
        bus.publish(Event::processing(QStringLiteral("b")));
        QVERIFY(bus.flush());
        bus.stop();
        QCOMPARE(haltReason, FailureReason::IoError);
        QCOMPARE(failures.size(), 1); // reported once, not per batch
        QVERIFY(failures.first().first().toString().contains(QLatin1String("events.jsonl")));
        QCOMPARE(bus.eventsWritten(), 0);
    }

    // Issue 16 §1: flush() is the barrier the controller waits on before it reads the halt.
    // Events a tick put on the queue count like published ones: they once made flush() return
    // while an earlier published event (the one deciding the verdict) was still unprocessed.
    void flushIsABarrierIncludingTickEventsAndTheHaltHandler()
    {
        GatedTickConsumer gated;
        EventBus bus;
        bus.addConsumer(&gated);
        bus.setTickIntervalMs(10);
        std::atomic<bool> halted { false };
        bus.setHaltHandler([&](const HaltRequest &) { halted.store(true); });
        bus.start();
        const auto releaseOnFailure = qScopeGuard([&] { gated.release(); }); // never hang
        QTRY_VERIFY_WITH_TIMEOUT(gated.ticksSeen.load() >= 3, 10000); // ticks were processed
        SpecimenFinished finished;
        finished.specimenId = QStringLiteral("gate");
        bus.publish(Event::failed(finished));
        // The gate holds the event: no flush may report it processed.
        QVERIFY(!bus.flush(300));
        QVERIFY(!halted.load());
        gated.release();
        QVERIFY(bus.flush());
        QVERIFY(halted.load()); // the halt handler ran before flush() returned
        bus.stop();
    }

    void tickDrivesTimeBasedChecks()
    {
        ValidationSettings settings;
        settings.stallSeconds = 1;
        ValidationMonitor monitor(settings);
        EventBus bus;
        bus.addConsumer(&monitor);
        bus.setTickIntervalMs(50);
        QList<QString> reasons;
        connect(&bus, &EventBus::eventsDelivered, this, [&](const EventBatch &batch) {
            for (const Event &e : batch)
                if (const auto *w = e.as<ValidationWarning>())
                    reasons << nameOf(w->reason);
        });
        bus.start();
        ExtractionStarted started;
        started.pendingCount = 10;
        bus.publish(Event::started(started));
        QTRY_COMPARE_WITH_TIMEOUT(reasons, QList<QString> { QStringLiteral("stalled") }, 10000);
    }
};

QTEST_GUILESS_MAIN(TestEventBus)
#include "tst_eventbus.moc"
