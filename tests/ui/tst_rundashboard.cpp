#include "Named.h"
#include "SyntheticRun.h"
#include "dashboard/DashboardCharts.h"
#include "dashboard/RunDashboard.h"
#include "dashboard/SuccessRateTrack.h"

#include <QBarSet>
#include <QLineSeries>
#include <QRegularExpression>
#include <QTest>

using namespace herb;
using herb::test::SyntheticRun;

class TestRunDashboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void emptyDashboard()
    {
        RunDashboard dashboard;
        QCOMPARE(dashboard.tileText(RunDashboard::Tile::Processed), QStringLiteral("0 / 0"));
        QCOMPARE(dashboard.tileText(RunDashboard::Tile::SuccessRate), QStringLiteral("–"));
        QCOMPARE(test::chartPart<QLineSeries>(&dashboard, QStringLiteral("cumulative"))->count(),
                 0);
        QCOMPARE(test::chartPart<QBarSet>(&dashboard, QStringLiteral("latency"))->count(), 0);
    }

    void flaggedTileCountsFlaggedSpecimens()
    {
        RunDashboard dashboard;
        EventBatch events = SyntheticRun().events();
        int flagged = 0;
        for (Event &event : events) {
            auto *finished = event.as<SpecimenFinished>();
            if (finished && event.type == EventType::SpecimenCompleted && flagged < 3) {
                finished->flags
                    = { { QStringLiteral("repeated_value:catalogNumber"), QStringLiteral("E1") } };
                if (++flagged == 3)
                    finished->alsoFlagged = { QStringLiteral("box1/sheet_00099.jpg") };
            }
        }
        dashboard.addEvents(events);
        dashboard.redraw();
        QCOMPARE(dashboard.tileText(RunDashboard::Tile::Flagged), QStringLiteral("4 no controls"));
    }

    void flaggedTileShowsControlAccuracy()
    {
        RunDashboard dashboard;
        EventBatch events = SyntheticRun().events();
        // Two control answers: 7 of 7 known values at the start, 1 of 7 sent again.
        ControlScore first;
        first.specimenId = QStringLiteral("box1/sheet_00001.jpg");
        first.compared = 7;
        first.exact = 7;
        ControlScore again = first;
        again.recheck = true;
        again.exact = 1;
        events.insert(3, Event::control(first));
        events.insert(10, Event::control(again));
        dashboard.addEvents(events);
        dashboard.redraw();
        QCOMPARE(dashboard.tileText(RunDashboard::Tile::Flagged),
                 QStringLiteral("0 controls 57 % exact (2 scored)"));
    }

    void flaggedTileShowsAuditAgreement()
    {
        RunDashboard dashboard;
        EventBatch events = SyntheticRun().events();
        // Two audited specimens: 7 of 7 core values alike, then 2 of 5.
        AuditComparison first;
        first.specimenId = QStringLiteral("box1/sheet_00002.jpg");
        first.model = QStringLiteral("vision/audit");
        first.compared = 7;
        first.agreed = 7;
        AuditComparison second = first;
        second.compared = 5;
        second.agreed = 2;
        events.insert(5, Event::audit(first));
        events.insert(12, Event::audit(second));
        dashboard.addEvents(events);
        dashboard.redraw();
        QCOMPARE(dashboard.tileText(RunDashboard::Tile::Flagged),
                 QStringLiteral("0 no controls · audit 75 % agree (2 audited)"));
    }

    void finishedRunFillsTilesAndCharts()
    {
        RunDashboard dashboard;
        dashboard.resize(1000, 700);
        SyntheticRun run; // 20 specimens, every 4th fails
        dashboard.addEvents(run.events());
        dashboard.redraw();

        QCOMPARE(dashboard.tileText(RunDashboard::Tile::Processed), QStringLiteral("20 / 20"));
        QCOMPARE(dashboard.tileText(RunDashboard::Tile::SuccessRate), QStringLiteral("75.0 %"));
        QCOMPARE(dashboard.tileText(RunDashboard::Tile::Throughput), QStringLiteral("60.0 /min"));
        QCOMPARE(dashboard.tileText(RunDashboard::Tile::Eta), QStringLiteral("Done"));
        QCOMPARE(dashboard.tileText(RunDashboard::Tile::TokensCost),
                 QStringLiteral("24,000 tokens cost 0.0200"));

        DashboardCharts *charts = test::named<DashboardCharts>(&dashboard);
        const auto *cumulative = test::chartPart<QLineSeries>(charts, QStringLiteral("cumulative"));
        const auto *rolling = test::chartPart<QLineSeries>(charts, QStringLiteral("rolling"));
        const auto *checkpointLine
            = test::chartPart<QLineSeries>(charts, QStringLiteral("checkpointThreshold"));
        const auto *monitorLine
            = test::chartPart<QLineSeries>(charts, QStringLiteral("monitorThreshold"));
        const auto *latency = test::chartPart<QBarSet>(charts, QStringLiteral("latency"));
        const auto *coverage = test::chartPart<QBarSet>(charts, QStringLiteral("coverage"));
        QCOMPARE(cumulative->count(), 20);
        QCOMPARE(rolling->count(), 20);
        QCOMPARE(cumulative->at(19), QPointF(20, 75.0));
        QCOMPARE(cumulative->at(3), QPointF(4, 75.0));
        QCOMPARE(checkpointLine->count(), 2);
        QCOMPARE(checkpointLine->at(0).y(), 50.0);
        QCOMPARE(checkpointLine->at(1), QPointF(20, 50.0));
        QCOMPARE(monitorLine->at(1).y(), 70.0);

        QCOMPARE(latency->count(), DashboardCharts::kLatencyBins);
        QCOMPARE(charts->latencyBins().size(), DashboardCharts::kLatencyBins);
        qreal specimens = 0;
        for (int i = 0; i < latency->count(); ++i)
            specimens += latency->at(i);
        QCOMPARE(specimens, 20.0);

        QCOMPARE(coverage->count(), 4);
        const QStringList terms = charts->coverageTerms();
        QCOMPARE(terms.size(), 4);
        QCOMPARE(terms.first(), QStringLiteral("recordedBy")); // least covered first
        QVERIFY(qAbs(coverage->at(0) - 100.0 / 3.0) < 1e-9);
        QCOMPARE(coverage->at(3), 100.0);
    }

    void liveRunShowsEta()
    {
        RunDashboard dashboard;
        SyntheticRun run;
        run.specimens = 40;
        run.startMs = currentTimeMs() - 10'000;
        run.stepMs = 500;
        const EventBatch events = run.events();
        dashboard.addEvents(events.mid(0, 1 + 2 * 20 + 1)); // half of the specimens
        dashboard.redraw();
        QCOMPARE(dashboard.tileText(RunDashboard::Tile::Processed), QStringLiteral("20 / 40"));
        const QString eta = dashboard.tileText(RunDashboard::Tile::Eta);
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d+:\\d\\d$")).match(eta).hasMatch(),
                 qPrintable(eta));
    }

    void stoppedRunSaysStopped()
    {
        RunDashboard dashboard;
        SyntheticRun run;
        run.stopAtCheckpoint = true;
        dashboard.addEvents(run.events());
        dashboard.redraw();
        QCOMPARE(dashboard.tileText(RunDashboard::Tile::Processed), QStringLiteral("5 / 20"));
        QCOMPARE(dashboard.tileText(RunDashboard::Tile::SuccessRate), QStringLiteral("40.0 %"));
        QCOMPARE(dashboard.tileText(RunDashboard::Tile::Eta), QStringLiteral("Stopped"));
        QCOMPARE(test::chartPart<QLineSeries>(&dashboard, QStringLiteral("cumulative"))->count(),
                 5);
        QCOMPARE(test::chartPart<QBarSet>(&dashboard, QStringLiteral("coverage"))->count(), 4);
    }

    void manyBatchesRedrawLessOften()
    {
        RunDashboard dashboard;
        const int before = dashboard.redrawCount();
        SyntheticRun run;
        run.specimens = 2000;
        const EventBatch events = run.events();
        int batches = 0;
        for (qsizetype i = 0; i < events.size(); i += 10, ++batches)
            dashboard.addEvents(events.mid(i, 10));
        // The throttle fires at once for the first batch, then waits for its interval.
        QVERIFY(dashboard.redrawCount() - before < batches);
        QTRY_COMPARE(dashboard.tileText(RunDashboard::Tile::Processed),
                     QStringLiteral("2,000 / 2,000"));
    }

    void trackKeepsBoundedPoints()
    {
        SuccessRateTrack track(100);
        for (int i = 1; i <= 10'000; ++i)
            track.add(i, 0.5, 0.25);
        QVERIFY(track.cumulative().size() < 100);
        QVERIFY(track.cumulative().size() >= 50);
        QCOMPARE(track.rolling().size(), track.cumulative().size());
        QCOMPARE(track.lastSequence(), 10'000);
        for (qsizetype i = 1; i < track.cumulative().size(); ++i)
            QVERIFY(track.cumulative().at(i).x() > track.cumulative().at(i - 1).x());
        QCOMPARE(track.rolling().first().y(), 25.0);
    }
};

QTEST_MAIN(TestRunDashboard)
#include "tst_rundashboard.moc"
