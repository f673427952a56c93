#include "extraction/ModelOutputParser.h"

#include <QJsonArray>
#include <QTest>

using namespace herb;

namespace {

const QString kGood
    = QStringLiteral("{\"scientificName\": \"Carex lurida\", \"recordedBy\": \"J. A. Steyermark\", "
                     "\"eventDate\": \"1969-06-02\", \"locality\": \"Ozark Plateau\"}");

} // namespace

class TestModelOutputParser : public QObject
{
    Q_OBJECT

private slots:
    void bareJson()
    {
        const ParsedModelOutput out = ModelOutputParser().parse(kGood);
        QVERIFY2(out.ok, qPrintable(out.errorMessage));
        QCOMPARE(out.errorKind, ErrorKind::None);
        QCOMPARE(out.record.dwc.value(QStringLiteral("scientificName")),
                 QStringLiteral("Carex lurida"));
        QCOMPARE(out.record.dwc.size(), 4);
        QVERIFY(out.record.extra.isEmpty());
    }

    void fenced_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::newRow("json fence")
            << QStringLiteral("```json\n") + kGood + QStringLiteral("\n```");
        QTest::newRow("plain fence") << QStringLiteral("```\n") + kGood + QStringLiteral("\n```\n");
        QTest::newRow("fence with prose")
            << QStringLiteral("Here is the record {as asked}:\n```json\n") + kGood
                + QStringLiteral("\n```\nLet me know if you need more.");
        QTest::newRow("prose around") << QStringLiteral("Sure! The label reads: ") + kGood
                + QStringLiteral(" I hope this helps.");
        QTest::newRow("braces in prose first")
            << QStringLiteral("Format {term: value} used. ") + kGood;
        QTest::newRow("bom and blanks")
            << QStringLiteral("\uFEFF \n") + kGood + QStringLiteral("\n\n");
    }

    void fenced()
    {
        QFETCH(QString, answer);
        const ParsedModelOutput out = ModelOutputParser().parse(answer);
        QVERIFY2(out.ok, qPrintable(out.errorMessage));
        QCOMPARE(out.record.dwc.value(QStringLiteral("locality")), QStringLiteral("Ozark Plateau"));
    }

    void bracesInsideStrings()
    {
        const QString answer = QStringLiteral(
            "Result: {\"scientificName\": \"Carex {sect. Ovales}\", \"locality\": \"a \\\"}\\\" "
            "b\", \"recordedBy\": \"X\", \"habitat\": \"wet\"} done");
        const ParsedModelOutput out = ModelOutputParser().parse(answer);
        QVERIFY2(out.ok, qPrintable(out.errorMessage));
        QCOMPARE(out.record.dwc.value(QStringLiteral("locality")), QStringLiteral("a \"}\" b"));
        QCOMPARE(out.record.dwc.value(QStringLiteral("scientificName")),
                 QStringLiteral("Carex {sect. Ovales}"));
    }

    void perFieldValueAndConfidence()
    {
        const QString answer = QStringLiteral(
            "{\n"
            "            \"scientificName\": {\"value\": \"Carex lurida\", \"confidence\": 0.93},\n"
            "            \"dwc:recordedBy\": {\"value\": \"Steyermark\", \"confidence\": "
            "\"80%\"},\n"
            "            \"eventDate\": {\"value\": \"1969-06-02\", \"confidence\": 0.5, "
            "\"source\": \"stamp\"},\n"
            "            \"habitat\": {\"value\": null, \"confidence\": 0.1},\n"
            "            \"locality\": \"Ozark Plateau\"}");
        const ParsedModelOutput out = ModelOutputParser().parse(answer);
        QVERIFY2(out.ok, qPrintable(out.errorMessage));
        QCOMPARE(out.record.dwc.value(QStringLiteral("scientificName")),
                 QStringLiteral("Carex lurida"));
        QCOMPARE(out.record.dwc.value(QStringLiteral("recordedBy")), QStringLiteral("Steyermark"));
        QCOMPARE(out.record.confidence.value(QStringLiteral("scientificName")), 0.93);
        QCOMPARE(out.record.confidence.value(QStringLiteral("recordedBy")), 0.8);
        QCOMPARE(out.record.confidence.value(QStringLiteral("eventDate")), 0.5);
        QVERIFY(!out.record.dwc.contains(QStringLiteral("habitat")));
        QVERIFY(!out.record.confidence.contains(QStringLiteral("locality")));
        // What sat beside the value is kept, not dropped.
        QCOMPARE(out.record.extra.value(QStringLiteral("eventDate"))
                     .toObject()
                     .value(QStringLiteral("source")),
                 QJsonValue(QStringLiteral("stamp")));
    }

    void separateConfidenceMap()
    {
        const QString answer = QStringLiteral(
            "{\"scientificName\": \"Carex\", \"locality\": \"Ozarks\", \"recordedBy\": \"X\", "
            "\"confidence\": {\"scientificName\": 0.7, \"notATerm\": 0.2}}");
        const ParsedModelOutput out = ModelOutputParser().parse(answer);
        QVERIFY(out.ok);
        QCOMPARE(out.record.confidence.value(QStringLiteral("scientificName")), 0.7);
        QCOMPARE(out.record.confidence.size(), 1);
        QVERIFY(out.record.extra.contains(QStringLiteral("confidence")));
    }

    void numbersAndBools()
    {
        const QString answer
            = QStringLiteral("{\"recordNumber\": 10231, \"year\": 1969.0, \"decimalLongitude\": "
                             "-45.5, \"decimalLatitude\": 38.25, \"catalogNumber\": 123456789012, "
                             "\"scientificName\": \"Carex\", \"recordedBy\": \"X\", \"locality\": "
                             "true, \"eventDate\": [\"1969-06-02\", \"\", \"1969-06-03\"]}");
        const ParsedModelOutput out = ModelOutputParser().parse(answer);
        QVERIFY2(out.ok, qPrintable(out.errorMessage));
        QCOMPARE(out.record.dwc.value(QStringLiteral("recordNumber")), QStringLiteral("10231"));
        QCOMPARE(out.record.dwc.value(QStringLiteral("year")), QStringLiteral("1969"));
        QCOMPARE(out.record.dwc.value(QStringLiteral("decimalLongitude")), QStringLiteral("-45.5"));
        QCOMPARE(out.record.dwc.value(QStringLiteral("decimalLatitude")), QStringLiteral("38.25"));
        QCOMPARE(out.record.dwc.value(QStringLiteral("catalogNumber")),
                 QStringLiteral("123456789012"));
        QCOMPARE(out.record.dwc.value(QStringLiteral("locality")), QStringLiteral("true"));
        QCOMPARE(out.record.dwc.value(QStringLiteral("eventDate")),
                 QStringLiteral("1969-06-02; 1969-06-03"));
    }

    void unknownKeysAreKept()
    {
        const QString answer
            = QStringLiteral("{\"scientificName\": \"Carex\", \"locality\": \"Ozarks\", "
                             "\"recordedBy\": \"X\", \"collector_notes\": \"det. 1970\", "
                             "\"barcode\": {\"type\": \"EAN\"}, \"nothing\": null}");
        const ParsedModelOutput out = ModelOutputParser().parse(answer);
        QVERIFY(out.ok);
        QCOMPARE(out.record.extra.value(QStringLiteral("collector_notes")),
                 QJsonValue(QStringLiteral("det. 1970")));
        QVERIFY(out.record.extra.value(QStringLiteral("barcode")).isObject());
        QVERIFY(out.record.extra.contains(QStringLiteral("nothing")));
        QCOMPARE(out.record.dwc.size(), 3);
    }

    void duplicateTermKeepsBoth()
    {
        const QString answer
            = QStringLiteral("{\"locality\": \"Ozarks\", \"dwc:locality\": \"Ozark Plateau\", "
                             "\"scientificName\": \"Carex\", \"recordedBy\": \"X\"}");
        const ParsedModelOutput out = ModelOutputParser().parse(answer);
        QVERIFY(out.ok);
        QCOMPARE(out.record.dwc.value(QStringLiteral("locality")), QStringLiteral("Ozarks"));
        QCOMPARE(out.record.extra.value(QStringLiteral("dwc:locality")),
                 QJsonValue(QStringLiteral("Ozark Plateau")));
    }

    void wrapperObjects_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::newRow("record") << QStringLiteral("{\"record\": ") + kGood + QStringLiteral("}");
        QTest::newRow("dwc") << QStringLiteral("{\"dwc\": ") + kGood
                + QStringLiteral(", \"notes\": \"faded\"}");
        QTest::newRow("darwin_core")
            << QStringLiteral("{\"darwin_core\": ") + kGood + QStringLiteral("}");
        QTest::newRow("two levels")
            << QStringLiteral("{\"response\": {\"darwin_core\": ") + kGood + QStringLiteral("}}");
        QTest::newRow("array of one")
            << QStringLiteral("{\"records\": [") + kGood + QStringLiteral("]}");
    }

    void wrapperObjects()
    {
        QFETCH(QString, answer);
        const ParsedModelOutput out = ModelOutputParser().parse(answer);
        QVERIFY2(out.ok, qPrintable(out.errorMessage));
        QCOMPARE(out.record.dwc.value(QStringLiteral("recordedBy")),
                 QStringLiteral("J. A. Steyermark"));
        if (answer.contains(QLatin1String("notes")))
            QCOMPARE(out.record.extra.value(QStringLiteral("notes")),
                     QJsonValue(QStringLiteral("faded")));
    }

    void htmlErrorPageIsAParseError()
    {
        const QString answer = QStringLiteral(
            "<html><head><title>502 Bad Gateway</title><style>body { color: red }</style></head>"
            "<body><h1>502 Bad Gateway</h1></body></html>");
        const ParsedModelOutput out = ModelOutputParser().parse(answer);
        QVERIFY(!out.ok);
        QCOMPARE(out.errorKind, ErrorKind::Parse);
        QVERIFY2(out.errorMessage.contains(QLatin1String("<html><head><title>502 Bad Gateway")),
                 qPrintable(out.errorMessage));
        QVERIFY(out.record.dwc.isEmpty());
    }

    void truncatedJsonIsAParseError()
    {
        const QString answer
            = QStringLiteral("{\"scientificName\": {\"value\": \"Carex\", \"confidence\": 0.9}, "
                             "\"recordedBy\": {\"value\": \"X\"}, \"locality\": \"Ozark Pla");
        const ParsedModelOutput out = ModelOutputParser().parse(answer);
        QVERIFY(!out.ok);
        QCOMPARE(out.errorKind, ErrorKind::Parse);
        QVERIFY2(out.errorMessage.contains(QLatin1String("truncated")),
                 qPrintable(out.errorMessage));
    }

    void otherParseErrors_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral(" \n ");
        QTest::newRow("prose") << QStringLiteral("I cannot read this label.");
        QTest::newRow("array") << QStringLiteral("[\"Carex\", \"Ozarks\"]");
        QTest::newRow("invalid") << QStringLiteral("{\"scientificName\": 'Carex'}");
    }

    void otherParseErrors()
    {
        QFETCH(QString, answer);
        const ParsedModelOutput out = ModelOutputParser().parse(answer);
        QVERIFY(!out.ok);
        QCOMPARE(out.errorKind, ErrorKind::Parse);
        QVERIFY(!out.errorMessage.isEmpty());
    }

    void emptyObjectIsAnEmptyRecord()
    {
        ParsedModelOutput out = ModelOutputParser().parse(QStringLiteral("{}"));
        QVERIFY(!out.ok);
        QCOMPARE(out.errorKind, ErrorKind::EmptyRecord);

        out = ModelOutputParser().parse(QStringLiteral(
            "{\"scientificName\": \"N/A\", \"locality\": \"illegible\", \"recordedBy\": "
            "\"unknown\", \"country\": \"USA\", \"stateProvince\": \"Missouri\"}"));
        QVERIFY(!out.ok);
        QCOMPARE(out.errorKind, ErrorKind::EmptyRecord);
        QVERIFY2(out.errorMessage.contains(QLatin1String("0 of the core fields")),
                 qPrintable(out.errorMessage));
        QCOMPARE(out.record.dwc.value(QStringLiteral("country")),
                 QStringLiteral("USA")); // still kept

        QVERIFY(ModelOutputParser(4).parse(kGood).ok);
        QCOMPARE(ModelOutputParser(5).parse(kGood).errorKind, ErrorKind::EmptyRecord);
    }

    void hugeAnswer()
    {
        QString answer = QStringLiteral("Thinking... ").repeated(200000) + kGood
            + QStringLiteral(" {").repeated(100000);
        ParsedModelOutput out = ModelOutputParser().parse(answer);
        QVERIFY2(out.ok, qPrintable(out.errorMessage));
        // A flood of unbalanced braces ends in a parse error, not a hang.
        out = ModelOutputParser().parse(QStringLiteral("{").repeated(1000000));
        QCOMPARE(out.errorKind, ErrorKind::Parse);
        out = ModelOutputParser().parse(QStringLiteral("{} ").repeated(300000));
        QCOMPARE(out.errorKind, ErrorKind::EmptyRecord);
    }

    void truncateForStorage()
    {
        bool truncated = true;
        QCOMPARE(ModelOutputParser::truncateForStorage(kGood, 65536, &truncated), kGood);
        QVERIFY(!truncated);

        // 'é' is 2 bytes and '😀' 4 in UTF-8: cuts must never split one.
        const QString text
            = QStringLiteral("a") + QStringLiteral("\u00e9\U0001F600").repeated(20000);
        for (qsizetype limit :
             { qsizetype(65536), qsizetype(65537), qsizetype(65538), qsizetype(65539) }) {
            const QString cut = ModelOutputParser::truncateForStorage(text, limit, &truncated);
            QVERIFY(truncated);
            const QByteArray utf8 = cut.toUtf8();
            QVERIFY(utf8.size() <= limit);
            QVERIFY(utf8.size() > limit - 4);
            QVERIFY(text.startsWith(cut));
            QCOMPARE(QString::fromUtf8(utf8).toUtf8(), utf8); // round-trips: valid UTF-8
            QVERIFY(!cut.back().isHighSurrogate());
        }
        const QString ascii(70000, QLatin1Char('x'));
        QCOMPARE(ModelOutputParser::truncateForStorage(ascii).size(), 65536);
    }

    void valueText()
    {
        QCOMPARE(ModelOutputParser::valueText(QJsonValue(1969.0)), QStringLiteral("1969"));
        QCOMPARE(ModelOutputParser::valueText(QJsonValue(-0.000125)), QStringLiteral("-0.000125"));
        QCOMPARE(ModelOutputParser::valueText(QJsonValue(false)), QStringLiteral("false"));
        QCOMPARE(ModelOutputParser::valueText(QJsonValue()), QString());
        QCOMPARE(
            ModelOutputParser::valueText(QJsonArray({ QStringLiteral(" A "), 2, QJsonValue() })),
            QStringLiteral("A; 2"));
    }
};

QTEST_GUILESS_MAIN(TestModelOutputParser)
#include "tst_modeloutputparser.moc"
