#include "Named.h"
#include "SyntheticRun.h"
#include "dashboard/DashboardCharts.h"
#include "dashboard/RunDashboard.h"
#include "dashboard/ThroughputTrack.h"

#include <QLineSeries>
#include <QTest>

using namespace herb;

// Specimens per minute over the run's time, and the dashboard's chart of it.
class TestThroughputTrack : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bucketsAndRates()
    {
        ThroughputTrack track;
        QVERIFY(track.points(0).isEmpty());
        const qint64 start = 1'000'000;
        track.start(start);
        // Two specimens a second for the first minute, then one every two seconds.
        for (int s = 0; s < 60; ++s) {
            track.add(start + s * 1000 + 100);
            track.add(start + s * 1000 + 600);
        }
        for (int s = 60; s < 120; s += 2)
            track.add(start + s * 1000 + 100);
        const QList<QPointF> points = track.points(start + 120'000, 4);
        QCOMPARE(points.size(), 4); // 30-second buckets
        QCOMPARE(points.at(0).x(), 0.25);
        QCOMPARE(points.at(0).y(), 120.0);
        QCOMPARE(points.at(1).y(), 120.0);
        QCOMPARE(points.at(2).y(), 30.0);
        QCOMPARE(points.at(3).y(), 30.0);

        // Never narrower than five seconds, and a sliver of a last bucket waits.
        QCOMPARE(ThroughputTrack::bucketSeconds(20, 120), 5);
        QCOMPARE(ThroughputTrack::bucketSeconds(3600, 120), 30);
        ThroughputTrack early;
        early.start(start);
        early.add(start + 2000);
        QCOMPARE(early.points(start + 6000).size(), 1);
        early.add(start + 5500);
        QCOMPARE(early.points(start + 6000).size(), 1); // 5..6 s is not half a bucket
        QCOMPARE(early.points(start + 8000).size(), 2);
    }

    void dashboardDrawsIt()
    {
        RunDashboard dashboard;
        test::SyntheticRun run; // a specimen a second: 60 per minute
        run.specimens = 60;
        dashboard.addEvents(run.events());
        dashboard.redraw();
        QLineSeries *series
            = test::chartPart<QLineSeries>(&dashboard, QStringLiteral("throughput"));
        // 5-second buckets over the minute; the first starts before the first specimen ends.
        QCOMPARE(series->count(), 12);
        QCOMPARE(series->at(0).y(), 48.0);
        for (int i = 1; i < series->count(); ++i)
            QCOMPARE(series->at(i).y(), 60.0);
        dashboard.clear();
        QCOMPARE(series->count(), 0);
    }
};

QTEST_MAIN(TestThroughputTrack)
#include "tst_throughputtrack.moc"
