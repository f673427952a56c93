#include "normalise/CatalogPrefixes.h"
#include "normalise/CoordinateNormaliser.h"
#include "normalise/CountryCodes.h"
#include "normalise/ElevationNormaliser.h"
#include "normalise/EventDateNormaliser.h"
#include "normalise/RecordNormaliser.h"
#include "normalise/TaxonRank.h"

#include <QTest>

using namespace herb;

Q_DECLARE_METATYPE(herb::Normalised::Status)

// Issue 14: the values a vision model writes as the label does, turned into the forms GBIF
// reads, the label's text kept, and what cannot be read flagged.
class tst_RecordNormaliser : public QObject
{
    Q_OBJECT

private slots:
    void eventDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("iso");
        QTest::addColumn<Normalised::Status>("status");
        using S = Normalised::Status;
        QTest::newRow("issue's date") << "19 June 1955"
                                      << "1955-06-19" << S::Changed;
        QTest::newRow("already ISO") << "1955-06-19"
                                     << "1955-06-19" << S::Kept;
        QTest::newRow("ISO interval") << "1955-06-19/1955-06-21"
                                      << "1955-06-19/1955-06-21" << S::Kept;
        QTest::newRow("year-month not invented") << "June 1955"
                                                 << "1955-06" << S::Changed;
        QTest::newRow("year only") << "1955"
                                   << "1955" << S::Kept;
        QTest::newRow("French") << "19 juin 1955"
                                << "1955-06-19" << S::Changed;
        QTest::newRow("day range") << "19-21 June 1955"
                                   << "1955-06-19/1955-06-21" << S::Changed;
        QTest::newRow("French day range") << "19 au 21 juin 1955"
                                          << "1955-06-19/1955-06-21" << S::Changed;
        QTest::newRow("two dates") << "19 June 1955 - 2 July 1955"
                                   << "1955-06-19/1955-07-02" << S::Changed;
        QTest::newRow("month first, certain") << "6/19/1955"
                                              << "1955-06-19" << S::Changed;
        QTest::newRow("day first, certain") << "19/6/1955"
                                            << "1955-06-19" << S::Changed;
        // Both numbers could be the month: day first, as the label parser reads it, flagged.
        QTest::newRow("undecidable") << "3/6/1955"
                                     << "1955-06-03" << S::Ambiguous;
        QTest::newRow("no date") << "spring"
                                 << "" << S::Failed;
        QTest::newRow("impossible day") << "31 June 1955"
                                        << "" << S::Failed;
    }
    void eventDates()
    {
        QFETCH(QString, text);
        QFETCH(QString, iso);
        QFETCH(Normalised::Status, status);
        const Normalised result = normaliseEventDate(text);
        QCOMPARE(result.value, iso);
        QCOMPARE(result.status, status);
    }

    void coordinates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("latitude");
        QTest::addColumn<QString>("decimal"); // empty: fails
        QTest::newRow("issue's latitude") << "49°02'N" << true << "49.033333";
        QTest::newRow("issue's longitude") << "111.55 W" << false << "-111.55";
        QTest::newRow("DMS") << "107°48'30\"W" << false << "-107.808333";
        QTest::newRow("degrees decimal minutes") << "49°02.5'N" << true << "49.041667";
        QTest::newRow("south") << "33.5 S" << true << "-33.5";
        QTest::newRow("French ouest") << "72°30'O" << false << "-72.5";
        QTest::newRow("plain kept") << "-111.55" << false << "-111.55";
        QTest::newRow("latitude out of range") << "95.2" << true << "";
        QTest::newRow("longitude out of range") << "-190" << false << "";
        QTest::newRow("wrong axis") << "49°02'N" << false << "";
        QTest::newRow("words") << "near the lake" << true << "";
    }
    void coordinates()
    {
        QFETCH(QString, text);
        QFETCH(bool, latitude);
        QFETCH(QString, decimal);
        const Normalised result = latitude ? normaliseLatitude(text) : normaliseLongitude(text);
        QCOMPARE(result.value, decimal);
        QCOMPARE(result.status == Normalised::Status::Failed, decimal.isEmpty());
    }

    void countryCodes_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("code");
        QTest::newRow("issue's") << "Canada"
                                 << "CA";
        QTest::newRow("code") << "ca"
                              << "CA";
        QTest::newRow("USA") << "U.S.A."
                             << "US";
        QTest::newRow("long") << "United States of America"
                              << "US";
        QTest::newRow("French accents") << "États-Unis"
                                        << "US";
        QTest::newRow("French") << "Mexique"
                                << "MX";
        QTest::newRow("French Germany") << "Allemagne"
                                        << "DE";
        QTest::newRow("French Greenland") << "Groenland"
                                          << "GL";
        QTest::newRow("case") << "FRANCE"
                              << "FR";
        QTest::newRow("unknown") << "Atlantis"
                                 << "";
        QTest::newRow("unknown code") << "XX"
                                      << "";
    }
    void countryCodes()
    {
        QFETCH(QString, name);
        QFETCH(QString, code);
        QCOMPARE(countryCodeFor(name), code);
    }

    void elevations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("minimum");
        QTest::addColumn<QString>("maximum");
        QTest::newRow("metres") << "1200 m"
                                << "1200"
                                << "1200";
        QTest::newRow("feet") << "3900 ft"
                              << "1189"
                              << "1189";
        QTest::newRow("feet range") << "3,500-4,000 ft."
                                    << "1067"
                                    << "1219";
        QTest::newRow("about") << "ca. 850 m"
                               << "850"
                               << "850";
        QTest::newRow("French") << "1 200 mètres"
                                << "1200"
                                << "1200";
        QTest::newRow("pieds") << "900 pieds"
                               << "274"
                               << "274";
        QTest::newRow("bare number") << "640"
                                     << "640"
                                     << "640";
        QTest::newRow("words") << "high on the ridge"
                               << ""
                               << "";
        QTest::newRow("too high") << "12000 m"
                                  << ""
                                  << "";
    }
    void elevations()
    {
        QFETCH(QString, text);
        QFETCH(QString, minimum);
        QFETCH(QString, maximum);
        const auto range = parseElevation(text);
        QCOMPARE(bool(range), !minimum.isEmpty());
        if (range) {
            QCOMPARE(range->minimumMeters, minimum);
            QCOMPARE(range->maximumMeters, maximum);
        }
    }

    void taxonRanks_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("rank");
        QTest::newRow("genus") << "Carex"
                               << "genus";
        QTest::newRow("genus sp.") << "Carex sp."
                                   << "genus";
        QTest::newRow("species") << "Carex aquatilis"
                                 << "species";
        QTest::newRow("species with author") << "Carex aquatilis Wahlenb."
                                             << "species";
        QTest::newRow("subspecies") << "Betula nana subsp. exilis (Sukaczev) Hultén"
                                    << "subspecies";
        QTest::newRow("ssp.") << "Betula nana ssp. exilis"
                              << "subspecies";
        QTest::newRow("variety") << "Rosa acicularis var. bourgeauiana Crép."
                                 << "variety";
        QTest::newRow("form") << "Trillium grandiflorum f. roseum"
                              << "form";
        QTest::newRow("no name") << "illegible scrawl"
                                 << "";
    }
    void taxonRanks()
    {
        QFETCH(QString, name);
        QFETCH(QString, rank);
        QCOMPARE(taxonRankOf(name), rank);
    }

    void catalogPrefixes()
    {
        const QString table
            = QStringLiteral("DAO=AAFC/DAO, WIN=WIN/WIN; SASK=SASK\nALTA=ALTA/VASC");
        auto codes = codesForCatalogNumber(table, QStringLiteral("DAO 123456"));
        QVERIFY(codes);
        QCOMPARE(codes->institutionCode, QStringLiteral("AAFC"));
        QCOMPARE(codes->collectionCode, QStringLiteral("DAO"));
        codes = codesForCatalogNumber(table, QStringLiteral("sask-0042"));
        QVERIFY(codes);
        QCOMPARE(codes->institutionCode, QStringLiteral("SASK"));
        QVERIFY(codes->collectionCode.isEmpty());
        QVERIFY(!codesForCatalogNumber(table, QStringLiteral("DAOX1")));
        QVERIFY(!codesForCatalogNumber(table, QStringLiteral("MO-1234")));
        QVERIFY(!codesForCatalogNumber(QString(), QStringLiteral("DAO 1")));
    }

    // The issue's record: every value GBIF's validator flagged, read into its form, the text as
    // written kept in the verbatim terms.
    void issueRecord()
    {
        DwcRecord record;
        record.dwc = {
            { QStringLiteral("catalogNumber"), QStringLiteral("DAO 000123") },
            { QStringLiteral("scientificName"), QStringLiteral("Carex aquatilis Wahlenb.") },
            { QStringLiteral("eventDate"), QStringLiteral("19 June 1955") },
            { QStringLiteral("decimalLatitude"), QStringLiteral("49°02'N") },
            { QStringLiteral("decimalLongitude"), QStringLiteral("111.55 W") },
            { QStringLiteral("countryCode"), QStringLiteral("Canada") },
            { QStringLiteral("verbatimElevation"), QStringLiteral("3900 ft") },
        };
        DwcExportSettings settings;
        settings.catalogPrefixes = QStringLiteral("DAO=AAFC/DAO");
        const QStringList flags = normaliseRecord(record, settings);
        QVERIFY2(flags.isEmpty(), qPrintable(flags.join(QLatin1Char(' '))));
        const auto &dwc = record.dwc;
        QCOMPARE(dwc.value("eventDate"), QStringLiteral("1955-06-19"));
        QCOMPARE(dwc.value("verbatimEventDate"), QStringLiteral("19 June 1955"));
        QCOMPARE(dwc.value("decimalLatitude"), QStringLiteral("49.033333"));
        QCOMPARE(dwc.value("verbatimLatitude"), QStringLiteral("49°02'N"));
        QCOMPARE(dwc.value("decimalLongitude"), QStringLiteral("-111.55"));
        QCOMPARE(dwc.value("verbatimLongitude"), QStringLiteral("111.55 W"));
        QCOMPARE(dwc.value("geodeticDatum"), QStringLiteral("not recorded"));
        QCOMPARE(dwc.value("countryCode"), QStringLiteral("CA"));
        QCOMPARE(dwc.value("country"), QStringLiteral("Canada"));
        QCOMPARE(dwc.value("minimumElevationInMeters"), QStringLiteral("1189"));
        QCOMPARE(dwc.value("maximumElevationInMeters"), QStringLiteral("1189"));
        QCOMPARE(dwc.value("verbatimElevation"), QStringLiteral("3900 ft"));
        QCOMPARE(dwc.value("kingdom"), QStringLiteral("Plantae"));
        QCOMPARE(dwc.value("taxonRank"), QStringLiteral("species"));
        QCOMPARE(dwc.value("institutionCode"), QStringLiteral("AAFC"));
        QCOMPARE(dwc.value("collectionCode"), QStringLiteral("DAO"));
    }

    // Nothing silently dropped: the text stays verbatim, the interpreted term is emptied and
    // the record says which.
    void unreadableValuesAreFlagged()
    {
        DwcRecord record;
        record.dwc = {
            { QStringLiteral("eventDate"), QStringLiteral("3/6/1955") },
            { QStringLiteral("decimalLatitude"), QStringLiteral("95.5") },
            { QStringLiteral("decimalLongitude"), QStringLiteral("-111.55") },
            { QStringLiteral("countryCode"), QStringLiteral("Atlantis") },
            { QStringLiteral("minimumElevationInMeters"), QStringLiteral("on the ridge") },
            { QStringLiteral("verbatimCoordinates"), QStringLiteral("95.5, -111.55 NAD 27") },
        };
        DwcExportSettings settings;
        settings.institutionCode = QStringLiteral("WIN");
        settings.kingdom = QStringLiteral("Fungi");
        const QStringList flags = normaliseRecord(record, settings);
        QCOMPARE(
            flags,
            QStringList({ "ambiguous:eventDate", "unnormalised:decimalLatitude",
                          "unnormalised:countryCode", "unnormalised:minimumElevationInMeters" }));
        const auto &dwc = record.dwc;
        QCOMPARE(dwc.value("eventDate"), QStringLiteral("1955-06-03"));
        QCOMPARE(dwc.value("verbatimEventDate"), QStringLiteral("3/6/1955"));
        QVERIFY(!dwc.contains("decimalLatitude"));
        QCOMPARE(dwc.value("verbatimLatitude"), QStringLiteral("95.5"));
        QCOMPARE(dwc.value("decimalLongitude"), QStringLiteral("-111.55"));
        QVERIFY(!dwc.contains("geodeticDatum")); // no position, no datum
        QVERIFY(!dwc.contains("countryCode"));
        QCOMPARE(dwc.value("country"), QStringLiteral("Atlantis"));
        QVERIFY(!dwc.contains("minimumElevationInMeters"));
        QCOMPARE(dwc.value("verbatimElevation"), QStringLiteral("on the ridge"));
        QCOMPARE(dwc.value("kingdom"), QStringLiteral("Fungi"));
        QVERIFY(!dwc.contains("institutionCode")); // the settings' code is the export's
    }

    void datumFromTheLabelAndCoordinatesFromVerbatim()
    {
        DwcRecord record;
        record.dwc = {
            { QStringLiteral("verbatimCoordinates"), QStringLiteral("49°02'N 111°33'W (NAD 83)") },
            { QStringLiteral("kingdom"), QStringLiteral("Plantae") },
        };
        QVERIFY(normaliseRecord(record, DwcExportSettings()).isEmpty());
        QCOMPARE(record.dwc.value("decimalLatitude"), QStringLiteral("49.033333"));
        QCOMPARE(record.dwc.value("decimalLongitude"), QStringLiteral("-111.55"));
        QCOMPARE(record.dwc.value("geodeticDatum"), QStringLiteral("NAD83"));
    }
};

QTEST_GUILESS_MAIN(tst_RecordNormaliser)
#include "tst_recordnormaliser.moc"
