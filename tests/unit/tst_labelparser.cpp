#include "labels/LabelParser.h"

#include <QRandomGenerator>
#include <QTest>

using herb::LabelParser;
using herb::ParsedLabel;

// Each row: label text as OCR gives it, then expectations one per line, "term=value". An empty
// value ("locality=") asserts the term is absent.
class tst_LabelParser : public QObject
{
    Q_OBJECT

private slots:
    void labels_data();
    void labels();
    void coordinates_data();
    void coordinates();
    void verbatimLabelJoinsNonEmptyLines();
    void confidenceIsBoundedAndScaledByOcr();
    void ambiguousDateLowersConfidence();
    void headersNeverBecomeLocalityOrCollector();
    void arbitraryInputNeverCrashes();
};

namespace {

void addLabel(const char *name, const char *text, const char *expected)
{
    QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(expected);
}

} // namespace

void tst_LabelParser::labels_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    addLabel("regina agriculture canada",
             "AGRICULTURE CANADA\nREGINA RESEARCH STATION\nHERBARIUM\n"
             "Bouteloua gracilis (HBK.) Lag.\nLoc.: 10 km S of Regina, Sask.\n"
             "Hab.: dry prairie hillside\nColl.: J. H. Hudson  No. 2345\nDate: 14 Aug. 1969\n",
             "scientificName=Bouteloua gracilis (HBK.) Lag.\n"
             "scientificNameAuthorship=(HBK.) Lag.\nlocality=10 km S of Regina, Sask.\n"
             "habitat=dry prairie hillside\nrecordedBy=J. H. Hudson\nrecordNumber=2345\n"
             "eventDate=1969-08-14\nverbatimEventDate=14 Aug. 1969\n"
             "stateProvince=Saskatchewan\ncountry=Canada\ncountryCode=CA");
    addLabel("plants of saskatchewan, no cues",
             "PLANTS OF SASKATCHEWAN\nRosa woodsii Lindl.\n"
             "Moose Jaw, along Thunder Creek, coulee bank.\nJ. Smith 123     14 June 1975",
             "stateProvince=Saskatchewan\ncountry=Canada\nscientificName=Rosa woodsii Lindl.\n"
             "scientificNameAuthorship=Lindl.\n"
             "locality=Moose Jaw, along Thunder Creek, coulee bank.\nrecordedBy=J. Smith\n"
             "recordNumber=123\neventDate=1975-06-14");
    addLabel("bilingual quebec",
             "HERBIER DU QUÉBEC / QUEBEC HERBARIUM\nCarex aquatilis Wahlenb.\n"
             "Localité / Locality: Lac Saint-Jean, Roberval, Qué.\nHabitat: tourbière / bog\n"
             "Récolteur / Collector: M. Tremblay  n° 456\nDate: 3 juil. 1958\n"
             "Déterminé par / Det.: J. Cayouette 1990",
             "scientificName=Carex aquatilis Wahlenb.\n"
             "locality=Lac Saint-Jean, Roberval, Qué.\nhabitat=tourbière / bog\n"
             "recordedBy=M. Tremblay\nrecordNumber=456\neventDate=1958-07-03\n"
             "identifiedBy=J. Cayouette\ndateIdentified=1990\nstateProvince=Quebec\n"
             "countryCode=CA");
    addLabel("montana decimal coordinates",
             "PLANTS OF MONTANA\nArtemisia frigida Willd.\n"
             "Fallon Co.: 5 mi. N of Baker, open sagebrush slope.\nElev. 3000 ft.\n"
             "Lat. 46.44 N  Long. 104.27 W\nColl. R. Brown 77   Aug. 2, 1981",
             "stateProvince=Montana\ncountry=United States\ncountryCode=US\n"
             "scientificName=Artemisia frigida Willd.\n"
             "locality=Fallon Co.: 5 mi. N of Baker, open sagebrush slope.\n"
             "verbatimElevation=3000 ft.\nminimumElevationInMeters=914\n"
             "decimalLatitude=46.44\ndecimalLongitude=-104.27\n"
             "verbatimCoordinates=46.44 N 104.27 W\nrecordedBy=R. Brown\nrecordNumber=77\n"
             "eventDate=1981-08-02");
    addLabel("ocr confusions",
             "AGR1CULTURE CANADA\nCo11. : J. Looman  No 1O234\nLoca1ity: Cypress Hil1s, Sask\n"
             "Date l4 VIII l969\nAstragalus bisulcatus (Hook.) A. Gray",
             "recordedBy=J. Looman\nrecordNumber=10234\nlocality=Cypress Hil1s, Sask\n"
             "eventDate=1969-08-14\nverbatimEventDate=l4 VIII l969\n"
             "scientificName=Astragalus bisulcatus (Hook.) A. Gray\n"
             "scientificNameAuthorship=(Hook.) A. Gray\nstateProvince=Saskatchewan");
    addLabel("north dakota dms",
             "FLORA OF NORTH DAKOTA\nStipa comata Trin. & Rupr.\n"
             "Slope County, 8 mi W of Amidon\n46°25'30\"N 103°20'W\n"
             "Mixed grass prairie on clay.\nColl. & det. O. A. Stevens 1234\nJuly 12, 1940",
             "stateProvince=North Dakota\ncountryCode=US\n"
             "scientificName=Stipa comata Trin. & Rupr.\n"
             "scientificNameAuthorship=Trin. & Rupr.\nlocality=Slope County, 8 mi W of Amidon\n"
             "decimalLatitude=46.425\ndecimalLongitude=-103.333333\n"
             "verbatimCoordinates=46°25'30\"N 103°20'W\nhabitat=Mixed grass prairie on clay.\n"
             "recordedBy=O. A. Stevens\nidentifiedBy=O. A. Stevens\nrecordNumber=1234\n"
             "eventDate=1940-07-12");
    addLabel("french ouest longitude",
             "HERBIER MARIE-VICTORIN\nUniversité de Montréal\nSarracenia purpurea L.\n"
             "Tourbière à 2 km à l'est de Saint-Hippolyte, comté de Prévost, Québec\n"
             "Lat. 45.9333° N Long. 74.0167° O\nRécolté par: J. Rousseau\nNo. 31245\n"
             "Date: 20 août 1946",
             "scientificName=Sarracenia purpurea L.\nscientificNameAuthorship=L.\n"
             "locality=Tourbière à 2 km à l'est de Saint-Hippolyte, comté de Prévost, Québec\n"
             "decimalLatitude=45.9333\ndecimalLongitude=-74.0167\nrecordedBy=J. Rousseau\n"
             "recordNumber=31245\neventDate=1946-08-20\nstateProvince=Quebec\ncountry=Canada");
    addLabel("wyoming acronym catalogue",
             "UNIVERSITY OF WYOMING\nROCKY MOUNTAIN HERBARIUM\nRM 0123456\n"
             "Pinus flexilis James\n"
             "Wyo.: Albany Co., Medicine Bow Mountains, 2 mi E of Centennial\n"
             "Elevation 8500 ft\nCollected by C. L. Porter, No. 5531\nJune 30, 1951",
             "catalogNumber=RM 0123456\nscientificName=Pinus flexilis James\n"
             "scientificNameAuthorship=James\nstateProvince=Wyoming\ncountryCode=US\n"
             "locality=Wyo.: Albany Co., Medicine Bow Mountains, 2 mi E of Centennial\n"
             "verbatimElevation=8500 ft\nminimumElevationInMeters=2591\n"
             "recordedBy=C. L. Porter\nrecordNumber=5531\neventDate=1951-06-30");
    addLabel("barcode digits and variety",
             "HERBARIUM\n00012345\nAchillea millefolium L. var. occidentalis DC.\n"
             "Ont.: Ottawa, Central Experimental Farm, roadside\nColl. W. G. Dore 18345\n"
             "1 July 1950",
             "catalogNumber=00012345\n"
             "scientificName=Achillea millefolium L. var. occidentalis DC.\n"
             "scientificNameAuthorship=DC.\nstateProvince=Ontario\n"
             "locality=Ont.: Ottawa, Central Experimental Farm, roadside\n"
             "recordedBy=W. G. Dore\nrecordNumber=18345\neventDate=1950-07-01");
    addLabel("no. with leading zeros is a catalogue number",
             "DEPARTMENT OF AGRICULTURE, OTTAWA (DAO)\nNo. 000123\nSolidago canadensis L.\n"
             "Man.: Brandon, sandy riverbank\nA. Jones 56\n14/8/69",
             "catalogNumber=000123\nrecordNumber=56\nrecordedBy=A. Jones\n"
             "stateProvince=Manitoba\nlocality=Man.: Brandon, sandy riverbank\n"
             "eventDate=1969-08-14\nverbatimEventDate=14/8/69\n"
             "scientificName=Solidago canadensis L.");
    addLabel("alberta ambiguous date",
             "Plants of Alberta\nShepherdia argentea (Pursh) Nutt.\nCalgary, Bow River valley\n"
             "Coll. A. H. Brinkman 4021\nDate: 5/6/1922",
             "stateProvince=Alberta\nscientificNameAuthorship=(Pursh) Nutt.\n"
             "locality=Calgary, Bow River valley\nrecordedBy=A. H. Brinkman\n"
             "recordNumber=4021\neventDate=1922-06-05");
    addLabel("british columbia range and signed decimals",
             "FLORA OF BRITISH COLUMBIA\nAbies lasiocarpa (Hook.) Nutt.\n"
             "Locality: Mount Robson Provincial Park, Berg Lake trail\n"
             "Habitat: subalpine forest\nAlt.: 1600-1700 m\nCoordinates: 53.1500, -119.1500\n"
             "Det. T. M. C. Taylor 1962\nColl.: R. Pojar  No. 889\nDate: 22 July 1961",
             "stateProvince=British Columbia\n"
             "locality=Mount Robson Provincial Park, Berg Lake trail\n"
             "habitat=subalpine forest\nverbatimElevation=1600-1700 m\n"
             "minimumElevationInMeters=1600\nmaximumElevationInMeters=1700\n"
             "decimalLatitude=53.15\ndecimalLongitude=-119.15\nidentifiedBy=T. M. C. Taylor\n"
             "dateIdentified=1962\nrecordedBy=R. Pojar\nrecordNumber=889\n"
             "eventDate=1961-07-22");
    addLabel("french cues",
             "Herbier Louis-Marie, Université Laval\nNom: Vaccinium angustifolium Ait.\n"
             "Lieu: Sainte-Foy, Québec\nHabitat: sol sablonneux, pinède\n"
             "Récolteur: L. Cinq-Mars  N° 1234\nDate de récolte: 28 juin 1965",
             "scientificName=Vaccinium angustifolium Ait.\nscientificNameAuthorship=Ait.\n"
             "locality=Sainte-Foy, Québec\nhabitat=sol sablonneux, pinède\n"
             "recordedBy=L. Cinq-Mars\nrecordNumber=1234\neventDate=1965-06-28\n"
             "verbatimEventDate=28 juin 1965\nstateProvince=Quebec");
    addLabel("texas thousands separator",
             "PLANTS OF TEXAS\nOpuntia engelmannii Salm-Dyck\n"
             "Brewster Co.: Big Bend National Park, 3 mi. S of Panther Junction\n"
             "Rocky limestone hillside\nElev. 3,800 ft.\nColl. B. L. Turner 2O45\nMar. 15, 1955",
             "stateProvince=Texas\nscientificName=Opuntia engelmannii Salm-Dyck\n"
             "locality=Brewster Co.: Big Bend National Park, 3 mi. S of Panther Junction\n"
             "habitat=Rocky limestone hillside\nverbatimElevation=3,800 ft.\n"
             "minimumElevationInMeters=1158\nrecordedBy=B. L. Turner\nrecordNumber=2045\n"
             "eventDate=1955-03-15");
    addLabel("france roman date",
             "FLORE DE FRANCE\nGentiana lutea L.\nFrance, Jura: Col de la Faucille, pâturages\n"
             "Alt. 1320 m\nLeg. P. Dupont\n12.VII.1978",
             "country=France\ncountryCode=FR\nstateProvince=\n"
             "locality=France, Jura: Col de la Faucille, pâturages\nverbatimElevation=1320 m\n"
             "minimumElevationInMeters=1320\nrecordedBy=P. Dupont\neventDate=1978-07-12");
    addLabel("hash record number and header catalogue",
             "Herbarium of the University of Saskatchewan 01234567\n"
             "Elymus trachycaulus (Link) Gould ex Shinners\n"
             "Sask.: Saskatoon, river bank below the university\n#4512 J. Smith\n14-08-1969",
             "catalogNumber=01234567\n"
             "scientificName=Elymus trachycaulus (Link) Gould ex Shinners\n"
             "scientificNameAuthorship=(Link) Gould ex Shinners\nrecordNumber=4512\n"
             "recordedBy=J. Smith\nlocality=Sask.: Saskatoon, river bank below the university\n"
             "eventDate=1969-08-14");
    addLabel("hybrid and month precision",
             "PLANTS OF MANITOBA\nBetula × sandbergii Britton\n"
             "Riding Mountain National Park, Clear Lake\nColl. H. J. Scoggan 10234\nAug 1948",
             "scientificName=Betula × sandbergii Britton\nscientificNameAuthorship=Britton\n"
             "locality=Riding Mountain National Park, Clear Lake\nrecordedBy=H. J. Scoggan\n"
             "recordNumber=10234\neventDate=1948-08\nstateProvince=Manitoba");
    addLabel("subspecies autonym",
             "HERBARIUM, DEPARTMENT OF BOTANY, UNIVERSITY OF ALBERTA\n"
             "Castilleja miniata Douglas ex Hook. subsp. miniata\n"
             "Alta.: Jasper National Park, Maligne Canyon\nmoist open woods\n"
             "Coll.: J. G. Packer  No. 2233\nDet.: J. M. Egger, 2005\nDate: 9 Aug. 1963",
             "scientificName=Castilleja miniata Douglas ex Hook. subsp. miniata\n"
             "scientificNameAuthorship=\nlocality=Alta.: Jasper National Park, Maligne Canyon\n"
             "habitat=moist open woods\nrecordedBy=J. G. Packer\nrecordNumber=2233\n"
             "identifiedBy=J. M. Egger\ndateIdentified=2005\neventDate=1963-08-09\n"
             "stateProvince=Alberta");
    addLabel("spaced dms with cues",
             "PLANTS OF SASKATCHEWAN\nEriogonum flavum Nutt.\n"
             "Big Muddy Badlands, 15 km SE of Bengough\nLat. 49 17 00 N   Long. 105 02 30 W\n"
             "eroded sandstone butte\nV. L. Harms 24311\n12.VI.1971",
             "locality=Big Muddy Badlands, 15 km SE of Bengough\ndecimalLatitude=49.283333\n"
             "decimalLongitude=-105.041667\nverbatimCoordinates=49 17 00 N 105 02 30 W\n"
             "habitat=eroded sandstone butte\nrecordedBy=V. L. Harms\nrecordNumber=24311\n"
             "eventDate=1971-06-12");
    addLabel("acronym catalogue line",
             "SASK 012345\nPotentilla fruticosa L.\n"
             "Prince Albert National Park, Waskesiu Lake, Sask.\nShrubby fen margin\n"
             "A. J. Breitung 5678\nAugust 14 1938",
             "catalogNumber=SASK 012345\nscientificName=Potentilla fruticosa L.\n"
             "locality=Prince Albert National Park, Waskesiu Lake, Sask.\n"
             "habitat=Shrubby fen margin\nrecordedBy=A. J. Breitung\nrecordNumber=5678\n"
             "eventDate=1938-08-14\nstateProvince=Saskatchewan");
    addLabel("us postal code after a county",
             "Herbarium, Brigham Young University (BRY)\nPenstemon eatonii A. Gray\n"
             "Washington Co., St. George, UT\nsandy wash\nS. L. Welsh 12345\n5 May 1985",
             "stateProvince=Utah\ncountry=United States\ncountryCode=US\n"
             "locality=Washington Co., St. George, UT\nhabitat=sandy wash\n"
             "recordedBy=S. L. Welsh\nrecordNumber=12345\neventDate=1985-05-05");
    addLabel("regina header gives no locality",
             "AGRICULTURE CANADA\nRESEARCH STATION, REGINA, SASKATCHEWAN\n"
             "Agropyron smithii Rydb.\nColl. A. C. Budd  No. 1O5\nDate: I2 Sept. I95O\n"
             "Regina Plains, heavy clay, roadside ditch",
             "locality=\nhabitat=Regina Plains, heavy clay, roadside ditch\n"
             "recordedBy=A. C. Budd\nrecordNumber=105\neventDate=1950-09-12\n"
             "stateProvince=Saskatchewan\ncountry=Canada");
    addLabel("french new brunswick",
             "FLORE DU NOUVEAU-BRUNSWICK\nNuphar variegata Durand\n"
             "Comté de Kent, lac Bouctouche, eau peu profonde\n"
             "Récolté par / Collected by: R. Godin\nN° 778\nDate: 2 sept. 1992",
             "stateProvince=New Brunswick\ncountry=Canada\n"
             "scientificName=Nuphar variegata Durand\n"
             "locality=Comté de Kent, lac Bouctouche, eau peu profonde\nrecordedBy=R. Godin\n"
             "recordNumber=778\neventDate=1992-09-02");
    addLabel("several cues on one line",
             "PLANTS OF NORTH DAKOTA\nSymphoricarpos occidentalis Hook.\n"
             "Coll. O. A. Stevens No. 567 Date 14 Aug. 1969\n"
             "Loc. Fargo, Cass Co., N. Dak. Hab. river bottom woods",
             "recordedBy=O. A. Stevens\nrecordNumber=567\neventDate=1969-08-14\n"
             "locality=Fargo, Cass Co., N. Dak.\nhabitat=river bottom woods\n"
             "stateProvince=North Dakota");
    addLabel("longitude without W in Canada",
             "CANADA\nProvince of Manitoba\nTypha latifolia L.\n"
             "Locality: Delta Marsh, S shore of Lake Manitoba\nLat. 50.18  Long. 98.38\n"
             "Coll. J. M. Shay 3301\n5/6/70",
             "country=Canada\nstateProvince=Manitoba\ndecimalLatitude=50.18\n"
             "decimalLongitude=-98.38\nlocality=Delta Marsh, S shore of Lake Manitoba\n"
             "recordedBy=J. M. Shay\nrecordNumber=3301\neventDate=1970-06-05\n"
             "verbatimEventDate=5/6/70");
    addLabel("yukon two collectors",
             "NATIONAL MUSEUM OF CANADA\nPLANTS OF THE YUKON TERRITORY\nDryas integrifolia Vahl\n"
             "Y.T.: Dempster Highway km 120, limestone scree\nElev. ca. 1200 m\n"
             "65°12'N 138°20'W\nColl. J. A. Calder & J. M. Gillett  No. 4567\n20 July 1960",
             "stateProvince=Yukon\nscientificName=Dryas integrifolia Vahl\n"
             "locality=Y.T.: Dempster Highway km 120, limestone scree\n"
             "verbatimElevation=ca. 1200 m\nminimumElevationInMeters=1200\n"
             "decimalLatitude=65.2\ndecimalLongitude=-138.333333\n"
             "recordedBy=J. A. Calder & J. M. Gillett\nrecordNumber=4567\neventDate=1960-07-20");
    addLabel("quebec p.q. and family",
             "HERBIER DU JARDIN BOTANIQUE DE MONTRÉAL\nLILIACEAE\nTrillium erectum L.\n"
             "P.Q.: Mont Saint-Hilaire, érablière\n25 mai 1932",
             "family=Liliaceae\nscientificName=Trillium erectum L.\nstateProvince=Quebec\n"
             "locality=P.Q.: Mont Saint-Hilaire, érablière\neventDate=1932-05-25");
    addLabel("continued locality",
             "PLANTS OF SASKATCHEWAN\nLocality: 5 mi S of Regina,\nalong Hwy 6\n"
             "Collector: G. F. Ledingham 1234",
             "locality=5 mi S of Regina, along Hwy 6\nrecordedBy=G. F. Ledingham\n"
             "recordNumber=1234");
    addLabel("explicit catalogue and name cues",
             "Catalogue No.: DAO 654321\nName: Carex siccata Dewey\nState: Minn.\n"
             "Collected on 1 Sept. 1939\nDet. by: J. Smith",
             "catalogNumber=DAO 654321\nscientificName=Carex siccata Dewey\n"
             "stateProvince=Minnesota\ncountry=United States\neventDate=1939-09-01\n"
             "identifiedBy=J. Smith");
}

void tst_LabelParser::labels()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const ParsedLabel parsed = LabelParser::parse(text);
    for (const QString &line : expected.split(u'\n')) {
        const qsizetype eq = line.indexOf(u'=');
        QVERIFY2(eq > 0, qPrintable(line));
        const QString term = line.left(eq);
        const QString value = line.mid(eq + 1);
        if (value.isEmpty()) {
            QVERIFY2(!parsed.dwc.contains(term),
                     qPrintable(term + QStringLiteral(" should be absent, got ")
                                + parsed.dwc.value(term)));
            continue;
        }
        QVERIFY2(parsed.dwc.contains(term), qPrintable(term + QStringLiteral(" missing")));
        QCOMPARE(parsed.dwc.value(term), value);
        QVERIFY(parsed.confidence.value(term) > 0.0);
        QVERIFY(parsed.confidence.value(term) <= 1.0);
    }
    QCOMPARE(parsed.confidence.keys(), parsed.dwc.keys());
}

void tst_LabelParser::coordinates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("latitude");
    QTest::addColumn<QString>("longitude");

    QTest::newRow("decimal hemispheres") << "Lat. 50.28 N Long. 107.8 W"
                                         << "50.28"
                                         << "-107.8";
    QTest::newRow("signed decimals") << "Lat: 50.28, Long: -107.8"
                                     << "50.28"
                                     << "-107.8";
    QTest::newRow("degree sign decimal") << "50.2833°N 107.8°W"
                                         << "50.2833"
                                         << "-107.8";
    QTest::newRow("dms marks") << "50°17'N 107°48'W"
                               << "50.283333"
                               << "-107.8";
    QTest::newRow("dms spaces") << "Lat. 50 17 00 N Long. 107 48 00 W"
                                << "50.283333"
                                << "-107.8";
    QTest::newRow("prefix hemispheres") << "GPS: N 50.2833 W 107.8"
                                        << "50.2833"
                                        << "-107.8";
    QTest::newRow("southern east") << "Coordinates: 33°52'S 151°12'E"
                                   << "-33.866667"
                                   << "151.2";
    QTest::newRow("seconds") << "49°05'30\"N 123°10'15\"W"
                             << "49.091667"
                             << "-123.170833";
    QTest::newRow("no cue, no mark") << "Hwy 1 N, 50 17"
                                     << ""
                                     << "";
    QTest::newRow("out of range") << "Lat. 95.5 N"
                                  << ""
                                  << "";
    QTest::newRow("minutes over 59") << "Lat. 50°75'N"
                                     << ""
                                     << "";
}

void tst_LabelParser::coordinates()
{
    QFETCH(QString, text);
    QFETCH(QString, latitude);
    QFETCH(QString, longitude);
    const ParsedLabel parsed = LabelParser::parse(text);
    QCOMPARE(parsed.dwc.value(QStringLiteral("decimalLatitude")), latitude);
    QCOMPARE(parsed.dwc.value(QStringLiteral("decimalLongitude")), longitude);
    QCOMPARE(parsed.dwc.contains(QStringLiteral("verbatimCoordinates")),
             !latitude.isEmpty() || !longitude.isEmpty());
}

void tst_LabelParser::verbatimLabelJoinsNonEmptyLines()
{
    const ParsedLabel parsed
        = LabelParser::parse(QStringLiteral("  HERBARIUM \r\n\n\nRosa  woodsii\r\n  "));
    QCOMPARE(parsed.dwc.value(QStringLiteral("verbatimLabel")),
             QStringLiteral("HERBARIUM\nRosa woodsii"));
    QVERIFY(LabelParser::parse(QString()).dwc.isEmpty());
    QVERIFY(LabelParser::parse(QStringLiteral("\n \n\t\n")).dwc.isEmpty());
}

void tst_LabelParser::confidenceIsBoundedAndScaledByOcr()
{
    const QString text = QStringLiteral("Coll.: J. Smith\nDate: 14 Aug. 1969");
    const ParsedLabel clean = LabelParser::parse(text);
    const ParsedLabel noisy = LabelParser::parse(text, { 0.5, 1.0 });
    QCOMPARE(noisy.dwc, clean.dwc);
    QCOMPARE(noisy.confidence.value("recordedBy"), clean.confidence.value("recordedBy") * 0.5);
    QCOMPARE(noisy.confidence.value("eventDate"), clean.confidence.value("eventDate"));
    QCOMPARE(noisy.confidence.value("verbatimLabel"), 0.75);
    // Out-of-range OCR values are clamped, never produce confidences outside 0..1.
    const ParsedLabel odd = LabelParser::parse(text, { 7.0, -2.0 });
    for (double c : odd.confidence)
        QVERIFY(c >= 0.0 && c <= 1.0);
    // A cue beats a guess from the shape of a line.
    const ParsedLabel guessed = LabelParser::parse(QStringLiteral("J. Smith 12"));
    QVERIFY(guessed.confidence.value("recordedBy") < clean.confidence.value("recordedBy"));
}

void tst_LabelParser::ambiguousDateLowersConfidence()
{
    const ParsedLabel sure = LabelParser::parse(QStringLiteral("Date: 14/8/1969"));
    const ParsedLabel unsure = LabelParser::parse(QStringLiteral("Date: 5/8/1969"));
    QCOMPARE(unsure.dwc.value("eventDate"), QStringLiteral("1969-08-05"));
    QVERIFY(unsure.confidence.value("eventDate") < sure.confidence.value("eventDate"));
}

void tst_LabelParser::headersNeverBecomeLocalityOrCollector()
{
    const QStringList headers = { QStringLiteral("AGRICULTURE CANADA"),
                                  QStringLiteral("REGINA RESEARCH STATION"),
                                  QStringLiteral("HERBARIUM"),
                                  QStringLiteral("PLANTS OF SASKATCHEWAN"),
                                  QStringLiteral("FLORA OF THE NORTHWEST TERRITORIES"),
                                  QStringLiteral("Herbarium of the University of Manitoba") };
    for (const QString &header : headers) {
        const ParsedLabel parsed = LabelParser::parse(header);
        QVERIFY2(!parsed.dwc.contains("locality"), qPrintable(header));
        QVERIFY2(!parsed.dwc.contains("recordedBy"), qPrintable(header));
        QVERIFY2(!parsed.dwc.contains("scientificName"), qPrintable(header));
    }
    const ParsedLabel plants = LabelParser::parse(QStringLiteral("PLANTS OF SASKATCHEWAN"));
    QCOMPARE(plants.dwc.value("stateProvince"), QStringLiteral("Saskatchewan"));
    QCOMPARE(plants.dwc.value("countryCode"), QStringLiteral("CA"));
    const ParsedLabel nwt = LabelParser::parse(headers[4]);
    QCOMPARE(nwt.dwc.value("stateProvince"), QStringLiteral("Northwest Territories"));
}

void tst_LabelParser::arbitraryInputNeverCrashes()
{
    // Fixed seed: the same noise every run.
    QRandomGenerator rng(20261127);
    const QString alphabet
        = QString::fromUtf8("abcXYZ019 .,:;'\"°º#/-–()&\n\r\tNSEWOlI|éûß×\u2212");
    for (int i = 0; i < 400; ++i) {
        QString text;
        const int length = int(rng.bounded(120));
        for (int k = 0; k < length; ++k)
            text += alphabet[int(rng.bounded(alphabet.size()))];
        const ParsedLabel parsed = LabelParser::parse(text, { 0.3 });
        for (double c : parsed.confidence)
            QVERIFY(c >= 0.0 && c <= 1.0);
    }
    QVERIFY(LabelParser::parse(QString(5000, u'9')).dwc.contains("verbatimLabel"));
    LabelParser::parse(QStringLiteral("Lat. Long. Coll. No. Date: Det. Alt. Hab. Loc."));
}

QTEST_GUILESS_MAIN(tst_LabelParser)
#include "tst_labelparser.moc"
