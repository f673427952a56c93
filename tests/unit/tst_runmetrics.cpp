#include "monitor/RunMetrics.h"
#include "monitor/RunSummary.h"

#include <QTest>

using namespace herb;

namespace {
Event finished(bool success, qint64 atMs, qint64 latencyMs, QStringList terms = {},
               TokenUsage usage = {})
{
    SpecimenFinished f;
    f.specimenId = QStringLiteral("x.jpg");
    f.latencyMs = latencyMs;
    f.filledTerms = std::move(terms);
    f.usage = usage;
    if (!success)
        f.error = { ErrorKind::Parse, 0, QStringLiteral("prose") };
    Event e = success ? Event::completed(f) : Event::failed(f);
    e.timestampMs = atMs;
    return e;
}

Event started(int session, qint64 pending, qint64 atMs)
{
    ExtractionStarted s;
    s.session = session;
    s.pendingCount = pending;
    s.specimenCount = 100;
    Event e = Event::started(s);
    e.timestampMs = atMs;
    return e;
}
} // namespace

class TestRunMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsRatesLatencyTokensAndCoverage()
    {
        RunMetrics m(4);
        m.observe(started(1, 10, 0));
        m.observe(finished(true, 30'000, 1000,
                           { QStringLiteral("locality"), QStringLiteral("eventDate") },
                           { 100, 50, 0.01 }));
        m.observe(finished(true, 60'000, 3000, { QStringLiteral("locality") }, { 100, 40, 0.02 }));
        m.observe(finished(false, 90'000, 2000, { QStringLiteral("habitat") }));
        m.observe(finished(false, 120'000, 4000));
        m.observe(finished(true, 120'000, 5000));
        QCOMPARE(m.totalProcessed(), 5);
        QCOMPARE(m.successCount(), 3);
        QCOMPARE(m.failedCount(), 2);
        QCOMPARE(m.successRate(), 0.6);
        QCOMPARE(m.rollingSuccessRate(), 0.5); // last 4: ok, fail, fail, ok
        QCOMPARE(m.specimensPerMinute(120'000), 2.5);
        QCOMPARE(*m.etaSeconds(120'000), 120.0); // 5 left at 2.5 a minute
        QCOMPARE(m.latencyPercentileMs(0.5), 3000);
        QCOMPARE(m.latencyPercentileMs(1.0), 5000);
        QCOMPARE(m.promptTokens(), 200);
        QCOMPARE(m.completionTokens(), 90);
        QCOMPARE(m.cost(), 0.03);
        QCOMPARE(m.fieldCoverage().value(QStringLiteral("locality")), 2);
        QCOMPARE(m.fieldCoverage().value(QStringLiteral("habitat")), 0); // failures do not cover
    }

    // Requests that are no specimen's (a control sent again, a second model's opinion) cost
    // tokens too, and count nowhere else.
    void controlAndAuditAnswersAddTheirCost()
    {
        RunMetrics m(4);
        RunSummary summary;
        m.observe(finished(true, 1000, 1000, {}, { 100, 10, 0.01 }));
        ControlScore control;
        control.recheck = true;
        control.usage = { 200, 20, 0.02 };
        AuditComparison audit;
        audit.compared = 7;
        audit.agreed = 5;
        audit.usage = { 400, 40, 0.04 };
        for (const Event &event : { Event::control(control), Event::audit(audit) }) {
            m.observe(event);
            summary.observe(event);
        }
        QCOMPARE(m.totalProcessed(), 1);
        QCOMPARE(m.promptTokens(), 700);
        QCOMPARE(m.completionTokens(), 70);
        QVERIFY(qAbs(m.cost() - 0.07) < 1e-12);
        QCOMPARE(summary.auditAnswers(), 1);
        QCOMPARE(summary.auditFieldsCompared(), 7);
        QCOMPARE(summary.auditFieldsAgreed(), 5);
    }

    void countsAreCumulativeAcrossSessionsButPaceIsPerSession()
    {
        RunMetrics m;
        m.observe(started(1, 10, 0));
        for (int i = 0; i < 4; ++i)
            m.observe(finished(true, 1000 * (i + 1), 100));
        m.observe(started(2, 6, 3'600'000)); // resumed an hour later
        m.observe(finished(false, 3'660'000, 100));
        QCOMPARE(m.totalProcessed(), 5);
        QCOMPARE(m.session(), 2);
        QCOMPARE(m.sessionFinished(), 1);
        QCOMPARE(m.specimensPerMinute(3'660'000), 1.0);
    }

    void stamperNumbersFinishedSpecimensInFinishOrder()
    {
        RunMetrics m;
        RunMetricsStamper stamper(m);
        Event first = finished(true, 1000, 10);
        Event processing = Event::processing(QStringLiteral("y"));
        Event second = finished(false, 2000, 10);
        stamper.annotate(first);
        stamper.annotate(processing);
        stamper.annotate(second);
        QCOMPARE(first.as<SpecimenFinished>()->sequence, 1);
        QCOMPARE(second.as<SpecimenFinished>()->sequence, 2);
        QCOMPARE(second.as<SpecimenFinished>()->metrics.successRate, 0.5);
        QCOMPARE(second.as<SpecimenFinished>()->metrics.failedCount, 1);
    }

    void summaryKnowsWhyARunStopped()
    {
        RunSummary s;
        s.observe(started(1, 10, 0));
        s.observe(finished(false, 1, 1));
        Event stop = Event::extractionFailed(FailureReason::EarlyValidationFailed,
                                             QStringLiteral("0 of 5"));
        s.observe(stop);
        QCOMPARE(s.state(), RunSummary::State::Failed);
        QCOMPARE(s.exitCode(), 3);
        QCOMPARE(s.firstErrors().size(), 1);
        QCOMPARE(s.countsByType().value(QStringLiteral("specimen.failed")), 1);
        s.observe(started(2, 9, 10)); // resumed
        QCOMPARE(s.state(), RunSummary::State::Running);
        QCOMPARE(s.sessions(), 2);
    }
};

QTEST_GUILESS_MAIN(TestRunMetrics)
#include "tst_runmetrics.moc"
