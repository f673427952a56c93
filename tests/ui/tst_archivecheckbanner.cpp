// The banner that tells, at a run's end, what GBIF's validator would say of its dwca.zip
// (issue 14): passes, accepted with flags, or refused, in GBIF's words with counts.

#include "alerts/ArchiveCheckBanner.h"

#include <QTest>

using namespace herb;

namespace {

ArchiveIssue issue(ArchiveIssue::Severity severity, const QString &name, int count)
{
    ArchiveIssue result;
    result.severity = severity;
    result.name = name;
    result.count = count;
    return result;
}

} // namespace

class TestArchiveCheckBanner : public QObject
{
    Q_OBJECT

private slots:
    void hiddenUntilARunEnds()
    {
        ArchiveCheckBanner banner;
        QVERIFY(banner.isHidden());
    }

    void aCleanArchivePasses()
    {
        ArchiveCheckBanner banner;
        ArchiveCheckResult result;
        result.records = 12;
        banner.showResult(result);
        QVERIFY(!banner.isHidden());
        QCOMPARE(banner.verdict(), ArchiveCheckBanner::Verdict::Passes);
        QVERIFY2(banner.text().contains(QLatin1String("12 records")), qPrintable(banner.text()));
        QVERIFY(banner.text().contains(QLatin1String("no warning")));
    }

    void warningsAreNamedWithTheirCounts()
    {
        ArchiveCheckBanner banner;
        ArchiveCheckResult result;
        result.records = 40;
        result.issues
            = { issue(ArchiveIssue::Severity::Warning, QStringLiteral("Recorded date invalid"), 3),
                issue(ArchiveIssue::Severity::Warning, QStringLiteral("Country code invalid"), 1) };
        banner.showResult(result);
        QCOMPARE(banner.verdict(), ArchiveCheckBanner::Verdict::Warnings);
        QVERIFY2(banner.text().contains(QLatin1String("Recorded date invalid (3 records)")),
                 qPrintable(banner.text()));
        QVERIFY(banner.text().contains(QLatin1String("Country code invalid (1 record)")));
        QVERIFY(banner.toolTip().contains(QLatin1String("Recorded date invalid")));
    }

    void aRefusalSaysWhatGbifRefuses()
    {
        ArchiveCheckBanner banner;
        ArchiveCheckResult result;
        result.records = 5;
        result.issues
            = { issue(ArchiveIssue::Severity::Warning, QStringLiteral("Recorded date invalid"), 3),
                issue(ArchiveIssue::Severity::Error, QStringLiteral("Occurrence ID not unique"),
                      2) };
        banner.showResult(result);
        QCOMPARE(banner.verdict(), ArchiveCheckBanner::Verdict::Refused);
        QVERIFY2(banner.text().contains(QLatin1String("refuse")), qPrintable(banner.text()));
        QVERIFY(banner.text().contains(QLatin1String("Occurrence ID not unique (2 records)")));
        QVERIFY(!banner.text().contains(QLatin1String("Recorded date")));

        // The next run's clean archive brings the banner back as a pass.
        result.issues.clear();
        banner.hide();
        banner.showResult(result);
        QVERIFY(!banner.isHidden());
        QCOMPARE(banner.verdict(), ArchiveCheckBanner::Verdict::Passes);
    }
};

QTEST_MAIN(TestArchiveCheckBanner)
#include "tst_archivecheckbanner.moc"
