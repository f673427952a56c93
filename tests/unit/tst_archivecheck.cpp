#include "dwc/DwcArchiveWriter.h"
#include "dwc/ZipWriter.h"
#include "publish/ArchiveCheck.h"
#include "publish/ArchiveCheckReport.h"

#include <QTest>

using namespace herb;

namespace {

DwcExportSettings settings()
{
    DwcExportSettings s;
    s.institutionCode = QStringLiteral("WIN");
    s.creatorName = QStringLiteral("Ada Curator");
    return s;
}

OccurrenceEntry entry(const char *sha, QMap<QString, QString> dwc)
{
    return { QString::fromLatin1(sha) + QStringLiteral(".jpg"), QString::fromLatin1(sha),
             std::move(dwc) };
}

// Normalised values, as a run writes them after issue 14.
OccurrenceEntry goodEntry(const char *sha)
{
    return entry(sha,
                 { { QStringLiteral("scientificName"), QStringLiteral("Carex aquatilis") },
                   { QStringLiteral("eventDate"), QStringLiteral("1955-06-19") },
                   { QStringLiteral("decimalLatitude"), QStringLiteral("49.033333") },
                   { QStringLiteral("decimalLongitude"), QStringLiteral("-111.55") },
                   { QStringLiteral("geodeticDatum"), QStringLiteral("not recorded") },
                   { QStringLiteral("countryCode"), QStringLiteral("CA") } });
}

const ArchiveIssue *find(const ArchiveCheckResult &result, const QString &name)
{
    for (const ArchiveIssue &issue : result.issues) {
        if (issue.name == name)
            return &issue;
    }
    return nullptr;
}

QString names(const ArchiveCheckResult &result)
{
    QStringList out;
    for (const ArchiveIssue &issue : result.issues)
        out << issue.name;
    return out.join(QStringLiteral("; "));
}

} // namespace

// `herbstream check-archive` (issue 14): GBIF's validator's checks, run on real archives the
// writer makes, good and spoilt.
class TestArchiveCheck : public QObject
{
    Q_OBJECT

private slots:
    void normalisedArchivePassesWithoutWarning()
    {
        const QByteArray zip = DwcArchiveWriter(settings())
                                   .archive({ goodEntry("a1"), goodEntry("b2"), goodEntry("c3") });
        const ArchiveCheckResult result = checkArchiveData(zip);
        QCOMPARE(result.records, 3);
        QVERIFY2(result.issues.isEmpty(), qPrintable(names(result)));
        QVERIFY(!result.isRefused());
        QCOMPARE(archiveCheckSummary(result), QStringLiteral("GBIF check: accepted, no warning."));
    }

    // The issue's values as the model wrote them: GBIF flags each, in its words, counted.
    void rawValuesAreWarnedInGbifsWords()
    {
        auto raw = [](const char *sha) {
            return entry(sha,
                         { { QStringLiteral("eventDate"), QStringLiteral("19 June 1955") },
                           { QStringLiteral("decimalLatitude"), QStringLiteral("49°02'N") },
                           { QStringLiteral("decimalLongitude"), QStringLiteral("111.55 W") },
                           { QStringLiteral("countryCode"), QStringLiteral("Canada") } });
        };
        const ArchiveCheckResult result = checkArchiveData(
            DwcArchiveWriter(settings()).archive({ raw("a1"), raw("b2"), goodEntry("c3") }));
        QVERIFY(!result.isRefused());
        QCOMPARE(find(result, QStringLiteral("Recorded date invalid"))->count, 2);
        QCOMPARE(find(result, QStringLiteral("Recorded date invalid"))->example,
                 QStringLiteral("19 June 1955"));
        QCOMPARE(find(result, QStringLiteral("Coordinate invalid"))->count, 2);
        QCOMPARE(find(result, QStringLiteral("Country invalid"))->count, 2);
        QCOMPARE(result.warningCount(), 3);
        const QString report = archiveCheckReport(result);
        QVERIFY2(report.contains(QStringLiteral(
                     "warning: Recorded date invalid (2 record(s)), e.g. '19 June 1955'")),
                 qPrintable(report));
    }

    void coordinatesOutOfRangeAndNoDatum()
    {
        const ArchiveCheckResult result = checkArchiveData(
            DwcArchiveWriter(settings())
                .archive(
                    { entry("a1",
                            { { QStringLiteral("decimalLatitude"), QStringLiteral("95.5") },
                              { QStringLiteral("decimalLongitude"), QStringLiteral("-100") },
                              { QStringLiteral("geodeticDatum"), QStringLiteral("WGS84") } }),
                      entry("b2",
                            { { QStringLiteral("decimalLatitude"), QStringLiteral("45.5") },
                              { QStringLiteral("decimalLongitude"), QStringLiteral("-100") } }) }));
        QVERIFY(find(result, QStringLiteral("Coordinate out of range")));
        QVERIFY(find(result, QStringLiteral("Geodetic datum assumed WGS84")));
        QVERIFY(!result.isRefused());
    }

    void noLicenceIsRefused()
    {
        DwcExportSettings s = settings();
        s.license.clear();
        const ArchiveCheckResult result
            = checkArchiveData(DwcArchiveWriter(s).archive({ goodEntry("a1") }));
        QVERIFY(result.isRefused());
        QVERIFY2(
            find(result, QStringLiteral("Dataset licence missing or not CC0, CC BY or CC BY-NC")),
            qPrintable(names(result)));
        QVERIFY(archiveCheckSummary(result).startsWith(QStringLiteral("GBIF check: refused")));
    }

    // occurrenceID derives from the image's hash; an archive assembled by hand can repeat one.
    void repeatedOccurrenceIdAndBadBasisAreRefused()
    {
        const QByteArray meta = DwcArchiveWriter(settings())
                                    .metaXml(OccurrenceTable({ goodEntry("a1") }, settings()));
        const QString id = OccurrenceTable::occurrenceId(QStringLiteral("a1"));
        const QByteArray header
            = DwcArchiveWriter(settings())
                  .occurrenceText(OccurrenceTable({ goodEntry("a1") }, settings()))
                  .split('\n')
                  .first();
        QByteArray rows = header + '\n';
        QByteArray row = DwcArchiveWriter(settings())
                             .occurrenceText(OccurrenceTable({ goodEntry("a1") }, settings()))
                             .split('\n')
                             .at(1);
        rows += row + '\n' + row + '\n' + QByteArray(row).replace("PreservedSpecimen", "Herbarium")
            + '\n';
        ZipWriter zip;
        QVERIFY(zip.addFile(QStringLiteral("meta.xml"), meta));
        QVERIFY(zip.addFile(QStringLiteral("eml.xml"), DwcArchiveWriter(settings()).emlXml()));
        QVERIFY(zip.addFile(QStringLiteral("occurrence.txt"), rows));
        const ArchiveCheckResult result = checkArchiveData(zip.archive());
        QVERIFY(result.isRefused());
        QCOMPARE(result.records, 3);
        QCOMPARE(find(result, QStringLiteral("Occurrence ID not unique"))->count, 2);
        QCOMPARE(find(result, QStringLiteral("Occurrence ID not unique"))->example, id);
        QCOMPARE(find(result, QStringLiteral("Basis of record invalid"))->example,
                 QStringLiteral("Herbarium"));
    }

    void brokenMetaAndMissingEmlFields()
    {
        ZipWriter noId;
        QVERIFY(noId.addFile(QStringLiteral("meta.xml"),
                             "<archive xmlns=\"http://rs.tdwg.org/dwc/text/\"><core "
                             "rowType=\"http://rs.tdwg.org/dwc/terms/Occurrence\"><files>"
                             "<location>occurrence.txt</location></files></core></archive>"));
        ArchiveCheckResult result = checkArchiveData(noId.archive());
        QVERIFY(result.isRefused());
        QCOMPARE(find(result, QStringLiteral("meta.xml is invalid"))->example,
                 QStringLiteral("<core> has no <id>"));

        ZipWriter thinEml;
        const OccurrenceTable table({ goodEntry("a1") }, settings());
        QVERIFY(thinEml.addFile(QStringLiteral("meta.xml"),
                                DwcArchiveWriter(settings()).metaXml(table)));
        QVERIFY(thinEml.addFile(
            QStringLiteral("eml.xml"),
            "<eml:eml xmlns:eml=\"eml://ecoinformatics.org/eml-2.1.1\"><dataset><title>T</title>"
            "</dataset></eml:eml>"));
        QVERIFY(thinEml.addFile(QStringLiteral("occurrence.txt"),
                                DwcArchiveWriter(settings()).occurrenceText(table)));
        result = checkArchiveData(thinEml.archive());
        QVERIFY(result.isRefused());
        QCOMPARE(find(result, QStringLiteral("Dataset metadata (eml.xml) missing required field"))
                     ->count,
                 3); // creator, contact, abstract
        QVERIFY(
            find(result, QStringLiteral("Dataset metadata (eml.xml) has no metadata provider")));

        QVERIFY(checkArchiveData("not a zip").isRefused());
    }
};

QTEST_GUILESS_MAIN(TestArchiveCheck)
#include "tst_archivecheck.moc"
