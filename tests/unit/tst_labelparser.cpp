#include "labels/LabelParser.h"

#include "TestSupport.h"

#include <QRandomGenerator>
#include <QTest>

using herb::LabelParser;
using herb::ParsedLabel;

// Each row of labels(): label text as OCR gives it (tests/unit/data/labels/labels.txt), then
// expectations one per line, "term=value"; an empty value ("locality=") asserts absence.
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

void tst_LabelParser::labels_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    // The cases live in a text file so the labels read as they are printed.
    const QString path = QStringLiteral(HERBSTREAM_SOURCE_DIR "/tests/unit/data/labels/labels.txt");
    const QString all = QString::fromUtf8(herb::test::readFile(path));
    QVERIFY2(!all.isEmpty(), qPrintable(path));

    QString name;
    QStringList text;
    QStringList expected;
    bool inExpected = false;
    int cases = 0;
    const auto flush = [&] {
        if (name.isEmpty())
            return;
        QTest::newRow(qPrintable(name)) << text.join(u'\n') << expected.join(u'\n');
        ++cases;
    };
    for (const QString &line : all.split(u'\n')) {
        if (line.startsWith(QLatin1String("=== "))) {
            flush();
            name = line.mid(4).trimmed();
            text.clear();
            expected.clear();
            inExpected = false;
        } else if (name.isEmpty()) {
            continue; // comments before the first case
        } else if (line == QLatin1String("---")) {
            inExpected = true;
        } else if (inExpected) {
            if (!line.trimmed().isEmpty())
                expected << line;
        } else {
            text << line;
        }
    }
    flush();
    QVERIFY(cases >= 25);
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
    // Shapes that make backtracking regular expressions explode must stay cheap.
    const ParsedLabel longName = LabelParser::parse(
        QStringLiteral("Rosa woodsii ") + QString(58, u'A') + QStringLiteral("1\n")
        + QString(300, u'J') + QStringLiteral(". Smith x\n") + QString(200, u'5')
        + QStringLiteral(" 1 2 3 4 5 6 7 8 9 N"));
    QVERIFY(!longName.dwc.contains("scientificNameAuthorship"));
}

QTEST_GUILESS_MAIN(tst_LabelParser)
#include "tst_labelparser.moc"
