#include "monitor/ValidationMonitor.h"

#include <QTest>

using namespace herb;

// Drives a ValidationMonitor the way the bus does: one event at a time, collecting what it
// publishes and whether it asks for a halt.
class MonitorDriver
{
public:
    explicit MonitorDriver(ValidationSettings settings = {})
        : monitor(settings)
    { }

    std::optional<HaltRequest> feed(Event event)
    {
        event.timestampMs = m_clock += 1000;
        EventEmitter out;
        auto halt = monitor.consume(event, out);
        for (Event &e : out.events())
            published.push_back(std::move(e));
        if (halt)
            halts.push_back(*halt);
        return halt;
    }

    void start(int session, qint64 pending)
    {
        ExtractionStarted started;
        started.session = session;
        started.pendingCount = pending;
        started.specimenCount = pending;
        feed(Event::started(started));
    }

    std::optional<HaltRequest> finish(bool success, ErrorKind kind = ErrorKind::Parse,
                                      bool fatal = false)
    {
        SpecimenFinished f;
        f.specimenId = QStringLiteral("s%1.jpg").arg(++m_ids);
        f.latencyMs = 1000;
        if (success)
            return feed(Event::completed(f));
        f.error.kind = kind;
        f.error.status = fatal ? 401 : 0;
        f.error.message = QStringLiteral("boom");
        f.fatal = fatal;
        return feed(Event::failed(f));
    }

    std::optional<HaltRequest> finishWith(const SpecimenError &error)
    {
        SpecimenFinished f;
        f.specimenId = QStringLiteral("s%1.jpg").arg(++m_ids);
        f.latencyMs = 1000;
        f.error = error;
        return feed(Event::failed(f));
    }

    std::vector<const Event *> ofType(EventType type) const
    {
        std::vector<const Event *> found;
        for (const Event &e : published)
            if (e.type == type)
                found.push_back(&e);
        return found;
    }

    qint64 now() const { return m_clock; }

    ValidationMonitor monitor;
    std::vector<Event> published;
    std::vector<HaltRequest> halts;

private:
    qint64 m_clock = 1'700'000'000'000;
    int m_ids = 0;
};

class TestValidationMonitor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Defect 2 of the first design: a checkpoint that only counted successes never fired when
    // every specimen failed.
    void allFailingRunFailsTheCheckpointAtTheFifth()
    {
        MonitorDriver d;
        d.start(1, 100);
        for (int i = 0; i < 4; ++i)
            QVERIFY(!d.finish(false));
        QVERIFY(d.ofType(EventType::ValidationCheckpoint).empty());
        const auto halt = d.finish(false);
        QVERIFY(halt);
        QCOMPARE(halt->reason, FailureReason::EarlyValidationFailed);
        QVERIFY2(halt->message.contains(QLatin1String("0 of the first 5")),
                 qPrintable(halt->message));
        const auto checkpoints = d.ofType(EventType::ValidationCheckpoint);
        QCOMPARE(checkpoints.size(), size_t(1));
        const auto *c = checkpoints.front()->as<ValidationCheckpoint>();
        QVERIFY(!c->passed);
        QCOMPARE(c->checked, 5);
        QCOMPARE(c->successCount, 0);
        QCOMPARE(c->threshold, 0.5);
    }

    // Issue 16 §5: refused connections or a storm of 5xx are not a prompt problem.
    void serverFailuresAtTheCheckpointSayTheServerIsFailing()
    {
        MonitorDriver d;
        d.start(1, 100);
        const QList<SpecimenError> errors {
            { ErrorKind::Network, 0, QStringLiteral("Connection refused") },
            { ErrorKind::Http, 503, QStringLiteral("Service Unavailable") },
            { ErrorKind::Timeout, 0, QStringLiteral("no answer from the server within 5 s") },
            { ErrorKind::Http, 500, QStringLiteral("Internal Server Error") },
            { ErrorKind::Network, 0, QStringLiteral("Connection refused") },
        };
        std::optional<HaltRequest> halt;
        for (const SpecimenError &error : errors)
            halt = d.finishWith(error);
        QVERIFY(halt);
        QCOMPARE(halt->reason, FailureReason::FatalError); // exit 4, not 3
        QVERIFY2(halt->message.contains(QLatin1String("server is failing"))
                     && halt->message.contains(QLatin1String("Connection refused"))
                     && !halt->message.contains(QLatin1String("Check the prompt")),
                 qPrintable(halt->message));
        const auto checkpoints = d.ofType(EventType::ValidationCheckpoint);
        QCOMPARE(checkpoints.size(), size_t(1));
        QVERIFY(!checkpoints.front()->as<ValidationCheckpoint>()->passed);

        // One failure that the model caused makes it a checkpoint failure again.
        MonitorDriver mixed;
        mixed.start(1, 100);
        for (int i = 0; i < 4; ++i)
            mixed.finishWith({ ErrorKind::Http, 503, QStringLiteral("Service Unavailable") });
        const auto mixedHalt = mixed.finish(false, ErrorKind::Parse);
        QVERIFY(mixedHalt);
        QCOMPARE(mixedHalt->reason, FailureReason::EarlyValidationFailed);
        QVERIFY(mixedHalt->message.contains(QLatin1String("Check the prompt")));
    }

    void healthyRunPassesAndNeverHalts()
    {
        MonitorDriver d;
        d.start(1, 100);
        for (int i = 0; i < 5; ++i)
            QVERIFY(!d.finish(i != 2));
        const auto checkpoints = d.ofType(EventType::ValidationCheckpoint);
        QCOMPARE(checkpoints.size(), size_t(1));
        QVERIFY(checkpoints.front()->as<ValidationCheckpoint>()->passed);
        QCOMPARE(checkpoints.front()->as<ValidationCheckpoint>()->successRate, 0.8);
        for (int i = 0; i < 20; ++i)
            d.finish(true);
        QCOMPARE(d.ofType(EventType::ValidationCheckpoint).size(), size_t(1)); // once per session
        QVERIFY(d.halts.empty());
    }

    void exactlyTheThresholdPasses()
    {
        ValidationSettings s;
        s.checkpointSize = 4;
        MonitorDriver d(s);
        d.start(1, 10);
        d.finish(true);
        d.finish(false);
        d.finish(true);
        QVERIFY(!d.finish(false)); // 2 of 4 = 50 %, not below 50 %
        QVERIFY(
            d.ofType(EventType::ValidationCheckpoint).front()->as<ValidationCheckpoint>()->passed);
    }

    // Defect 3: starting part-way (a resume) moved the sequence numbers past 5 and the
    // checkpoint never fired. Here the folder already has 120 finished specimens.
    void resumedSessionGetsItsOwnCheckpoint()
    {
        MonitorDriver d;
        d.start(1, 200);
        for (int i = 0; i < 120; ++i)
            d.finish(true);
        d.feed(Event::extractionFailed(FailureReason::Interrupted, QStringLiteral("Ctrl-C")));
        d.published.clear();

        d.start(2, 80);
        for (int i = 0; i < 4; ++i)
            QVERIFY(!d.finish(false));
        QVERIFY(d.finish(false)); // the fifth of session 2
        const auto checkpoints = d.ofType(EventType::ValidationCheckpoint);
        QCOMPARE(checkpoints.size(), size_t(1));
        QCOMPARE(checkpoints.front()->as<ValidationCheckpoint>()->session, 2);
    }

    void skippedAndUnreadableSpecimensDoNotMoveTheCheckpoint()
    {
        MonitorDriver d;
        d.start(1, 20);
        d.feed(Event::skipped(QStringLiteral("done.jpg"), QStringLiteral("already succeeded")));
        for (int i = 0; i < 3; ++i)
            d.finish(false, ErrorKind::Image); // could not be read: reported, not counted
        d.finish(false, ErrorKind::Cancelled);
        for (int i = 0; i < 4; ++i)
            d.finish(true);
        QVERIFY(d.ofType(EventType::ValidationCheckpoint).empty());
        d.finish(true);
        const auto checkpoints = d.ofType(EventType::ValidationCheckpoint);
        QCOMPARE(checkpoints.size(), size_t(1));
        QCOMPARE(checkpoints.front()->as<ValidationCheckpoint>()->checked, 5);
        QVERIFY(checkpoints.front()->as<ValidationCheckpoint>()->passed);
    }

    // Defect 4 lives in the success rule (an all-empty object is empty_record, a failure);
    // here: such failures count against the checkpoint like any other.
    void emptyRecordsFailTheCheckpoint()
    {
        MonitorDriver d;
        d.start(1, 50);
        std::optional<HaltRequest> halt;
        for (int i = 0; i < 5; ++i)
            halt = d.finish(false, ErrorKind::EmptyRecord);
        QVERIFY(halt);
    }

    void smallSessionGetsItsVerdictWhenAllHaveFinished()
    {
        MonitorDriver d;
        d.start(1, 3);
        d.finish(false);
        d.finish(false);
        QVERIFY(d.ofType(EventType::ValidationCheckpoint).empty());
        QVERIFY(d.finish(true)); // 1 of 3 < 50 %
        QCOMPARE(
            d.ofType(EventType::ValidationCheckpoint).front()->as<ValidationCheckpoint>()->checked,
            3);
    }

    void fatalErrorHaltsAtOnce()
    {
        MonitorDriver d;
        d.start(1, 100);
        const auto halt = d.finish(false, ErrorKind::Http, true);
        QVERIFY(halt);
        QCOMPARE(halt->reason, FailureReason::FatalError);
        QVERIFY(halt->message.contains(QLatin1String("401")));
        QVERIFY(d.ofType(EventType::ValidationCheckpoint).empty());
    }

    void rollingWindowWarnsWhenTheRateDrops()
    {
        ValidationSettings s;
        s.monitorEvery = 10;
        MonitorDriver d(s);
        d.start(1, 1000);
        for (int i = 0; i < 10; ++i)
            d.finish(true);
        QVERIFY(d.ofType(EventType::ValidationWarning).empty());
        for (int i = 0; i < 10; ++i)
            d.finish(i < 6); // 60 % < 70 %
        const auto warnings = d.ofType(EventType::ValidationWarning);
        QCOMPARE(warnings.size(), size_t(1));
        const auto *w = warnings.front()->as<ValidationWarning>();
        QCOMPARE(w->reason, WarningReason::LowSuccessRate);
        QCOMPARE(w->window, 10);
        QCOMPARE(w->successRate, 0.6);
        QVERIFY(d.halts.empty()); // a warning, not a stop
    }

    void stallWarningAfterTheIntervalAndOnlyOnce()
    {
        ValidationSettings s;
        s.stallSeconds = 60;
        MonitorDriver d(s);
        d.start(1, 10);
        d.finish(true); // latency 1 s: 10 x median = 10 s < 60 s
        QCOMPARE(d.monitor.stallIntervalMs(), 60'000);
        EventEmitter out;
        d.monitor.tick(d.now() + 59'000, out);
        QVERIFY(out.events().empty());
        d.monitor.tick(d.now() + 61'000, out);
        QCOMPARE(out.events().size(), size_t(1));
        QCOMPARE(out.events().front().as<ValidationWarning>()->reason, WarningReason::Stalled);
        d.monitor.tick(d.now() + 120'000, out);
        QCOMPARE(out.events().size(), size_t(1));
    }

    void stallIntervalGrowsWithSlowModels()
    {
        ValidationSettings s;
        s.stallSeconds = 60;
        MonitorDriver d(s);
        d.start(1, 10);
        SpecimenFinished slow;
        slow.latencyMs = 30'000;
        d.feed(Event::completed(slow));
        QCOMPARE(d.monitor.stallIntervalMs(), 300'000);
    }

    void noStallWarningOutsideASession()
    {
        MonitorDriver d;
        d.start(1, 1);
        d.finish(true);
        d.feed(Event::extractionCompleted({}));
        EventEmitter out;
        d.monitor.tick(d.now() + 3'600'000, out);
        QVERIFY(out.events().empty());
    }

    void burstOfUnreadableFilesWarns()
    {
        MonitorDriver d;
        d.start(1, 100);
        for (int i = 0; i < 5; ++i)
            d.finish(false, ErrorKind::Image);
        const auto warnings = d.ofType(EventType::ValidationWarning);
        QCOMPARE(warnings.size(), size_t(1));
        QCOMPARE(warnings.front()->as<ValidationWarning>()->reason, WarningReason::ImageErrors);
    }
};

QTEST_GUILESS_MAIN(TestValidationMonitor)
#include "tst_validationmonitor.moc"
