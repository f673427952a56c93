#include "Named.h"
#include "alerts/WarningBanner.h"
#include "alerts/WarningNotifier.h"

#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace herb;

// The non-modal warning: plain words, dismissible, back on the next warning; and the
// decision to notify the desktop (window not active, tray available).
class TestWarningBanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void describesInPlainWords()
    {
        ValidationWarning low;
        low.reason = WarningReason::LowSuccessRate;
        low.window = 50;
        low.successRate = 0.24;
        low.threshold = 0.7;
        QCOMPARE(WarningBanner::describe(low),
                 QStringLiteral("Only 12 of the last 50 specimens succeeded (24 %), below the "
                                "70 % threshold. The run goes on; check the failed specimens."));
        ValidationWarning stall;
        stall.reason = WarningReason::Stalled;
        stall.idleSeconds = 360;
        QCOMPARE(WarningBanner::describe(stall),
                 QStringLiteral("No specimen has finished for 6 minute(s). The model or the "
                                "network may be stuck."));
        // A stall announced by a server's Retry-After: its own words, not "nothing finished".
        ValidationWarning wait;
        wait.reason = WarningReason::Stalled;
        wait.waitSeconds = 900;
        wait.message
            = QStringLiteral("a.jpg: HTTP 429; the run waits 900 s, until 2026-12-03T08:15:00Z "
                             "UTC, longer than the stall interval (300 s)");
        QCOMPARE(WarningBanner::describe(wait), wait.message);
        ValidationWarning other;
        other.reason = warningReasonFromName(QStringLiteral("something_new"));
        other.message = QStringLiteral("as the monitor said");
        QCOMPARE(WarningBanner::describe(other), QStringLiteral("as the monitor said"));
    }

    void dismissAndComeBack()
    {
        WarningBanner banner;
        QVERIFY(!banner.isVisible());
        ValidationWarning stall;
        stall.reason = WarningReason::Stalled;
        stall.idleSeconds = 30;
        banner.showWarning(stall);
        QVERIFY(banner.isVisible());
        QVERIFY(banner.text().contains(QStringLiteral("30 second(s)")));
        QSignalSpy dismissed(&banner, &WarningBanner::dismissed);
        QTest::mouseClick(test::named<QToolButton>(&banner, QStringLiteral("dismiss")),
                          Qt::LeftButton);
        QCOMPARE(dismissed.count(), 1);
        QVERIFY(!banner.isVisible());
        banner.showWarning(stall);
        QVERIFY(banner.isVisible());
    }

    void notifiesOnlyWhenAwayAndTrayExists()
    {
        QVERIFY(WarningNotifier::shouldNotify(false, true));
        QVERIFY(!WarningNotifier::shouldNotify(true, true));
        QVERIFY(!WarningNotifier::shouldNotify(false, false));

        WarningNotifier notifier;
        // The offscreen platform has no tray.
        QVERIFY(!notifier.isTrayAvailable());
        QSignalSpy notified(&notifier, &WarningNotifier::notified);
        QVERIFY(!notifier.warn(QStringLiteral("t"), QStringLiteral("x"), false));
        notifier.setTrayAvailable(true);
        QVERIFY(!notifier.warn(QStringLiteral("t"), QStringLiteral("x"), true));
        QCOMPARE(notified.count(), 0);
        QVERIFY(notifier.warn(QStringLiteral("Run warning"), QStringLiteral("stalled"), false));
        QCOMPARE(notified.count(), 1);
        QCOMPARE(notified.first().at(0).toString(), QStringLiteral("Run warning"));
        QCOMPARE(notified.first().at(1).toString(), QStringLiteral("stalled"));
    }
};

QTEST_MAIN(TestWarningBanner)
#include "tst_warningbanner.moc"
