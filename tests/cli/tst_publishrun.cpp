#include "ChatTestServer.h"
#include "CliRun.h"
#include "TestImages.h"
#include "TestSupport.h"
#include "ZipReader.h"
#include "run/RecordStore.h"
#include "scoring/CsvReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace herb;
using herb::test::ChatMode;
using herb::test::ChatTestServer;

// Issue 14 from the command line: a vision server answering values as the label writes them
// ("19 June 1955", "49°02'N", "111.55 W", "Canada"), the archive carrying them in GBIF's forms,
// the label's text in the verbatim terms, and the licence and codes of the Publication options.
class TestPublishRun : public QObject
{
    Q_OBJECT

private:
    static QByteArray issueAnswer()
    {
        return QByteArrayLiteral(
            R"({"catalogNumber":"DAO 000123","scientificName":"Carex aquatilis Wahlenb.",)"
            R"("eventDate":"19 June 1955","recordedBy":"J. Smith","locality":"Cypress Hills",)"
            R"("decimalLatitude":"49°02'N","decimalLongitude":"111.55 W",)"
            R"("countryCode":"Canada","verbatimElevation":"3900 ft"})");
    }

    // Column name -> value of the only data row.
    static QMap<QString, QString> onlyRow(const QList<QStringList> &rows)
    {
        QMap<QString, QString> row;
        if (rows.size() != 2)
            return row;
        for (qsizetype i = 0; i < rows.first().size(); ++i)
            row.insert(rows.first().at(i), rows.last().value(i));
        return row;
    }

    static void verifyRow(const QMap<QString, QString> &row)
    {
        QCOMPARE(row.value("eventDate"), QStringLiteral("1955-06-19"));
        QCOMPARE(row.value("verbatimEventDate"), QStringLiteral("19 June 1955"));
        QCOMPARE(row.value("decimalLatitude"), QStringLiteral("49.033333"));
        QCOMPARE(row.value("verbatimLatitude"), QStringLiteral("49°02'N"));
        QCOMPARE(row.value("decimalLongitude"), QStringLiteral("-111.55"));
        QCOMPARE(row.value("verbatimLongitude"), QStringLiteral("111.55 W"));
        QCOMPARE(row.value("geodeticDatum"), QStringLiteral("not recorded"));
        QCOMPARE(row.value("countryCode"), QStringLiteral("CA"));
        QCOMPARE(row.value("country"), QStringLiteral("Canada"));
        QCOMPARE(row.value("minimumElevationInMeters"), QStringLiteral("1189"));
        QCOMPARE(row.value("verbatimElevation"), QStringLiteral("3900 ft"));
        QCOMPARE(row.value("kingdom"), QStringLiteral("Plantae"));
        QCOMPARE(row.value("taxonRank"), QStringLiteral("species"));
        // From the prefix table: no --institution-code was given.
        QCOMPARE(row.value("institutionCode"), QStringLiteral("AAFC"));
        QCOMPARE(row.value("collectionCode"), QStringLiteral("DAO"));
        QCOMPARE(row.value("license"),
                 QStringLiteral("http://creativecommons.org/licenses/by-nc/4.0/legalcode"));
    }

private Q_SLOTS:
    void archiveCarriesNormalisedValuesAndTheLicence()
    {
        ChatTestServer server;
        server.setModels({ QString::fromLatin1(test::kTestModel) });
        server.setMode(ChatMode::GoodRecord);
        server.setRecordContent(issueAnswer());
        QTemporaryDir dir;
        const QString images = dir.filePath(QStringLiteral("images"));
        test::writeSheets(images, 1, QSize(320, 480));
        const QString out = dir.filePath(QStringLiteral("run"));
        const test::CliOutcome outcome = test::runAgainst(
            server, images, out,
            { QStringLiteral("--license"),
              QStringLiteral("http://creativecommons.org/licenses/by-nc/4.0/legalcode"),
              QStringLiteral("--catalog-prefixes"), QStringLiteral("DAO=AAFC/DAO,WIN=WIN/WIN"),
              QStringLiteral("--creator-name"), QStringLiteral("Ada Curator"),
              QStringLiteral("--creator-email"), QStringLiteral("ada@example.org") });
        QVERIFY2(outcome.exitCode == 0, outcome.err.right(2000).constData());

        QString error;
        const QList<QStringList> csv
            = CsvReader::readFile(out + QStringLiteral("/occurrence.csv"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        verifyRow(onlyRow(csv));

        ZipReader zip;
        QVERIFY2(zip.readFile(out + QStringLiteral("/dwca.zip")), qPrintable(zip.errorString()));
        const QList<QStringList> text
            = CsvReader::parse(QString::fromUtf8(zip.data(QStringLiteral("occurrence.txt"))),
                               &error, QLatin1Char('\t'));
        verifyRow(onlyRow(text));
        const QByteArray eml = zip.data(QStringLiteral("eml.xml"));
        QVERIFY(eml.contains("<surName>Curator</surName>"));
        QVERIFY(eml.contains("<metadataProvider>"));
        QVERIFY(eml.contains("Creative Commons Attribution Non Commercial (CC-BY-NC) 4.0"));

        // records.jsonl keeps both, and nothing was flagged.
        const auto finals = RecordStore::readFinal(out + QStringLiteral("/records.jsonl"), &error);
        QCOMPARE(finals.size(), 1);
        QVERIFY2(finals.cbegin().value().flags.isEmpty(),
                 qPrintable(finals.cbegin().value().flags.join(QLatin1Char(' '))));

        // The run checked its archive as GBIF would, and said so.
        QVERIFY2(outcome.err.contains("GBIF check: accepted, no warning."),
                 outcome.err.right(2000).constData());
        const test::CliOutcome check = test::runHerbstream(
            { QStringLiteral("check-archive"), out + QStringLiteral("/dwca.zip") });
        QVERIFY2(check.exitCode == 0, check.out.constData());
        QVERIFY2(check.out.contains("1 record(s) checked.\nGBIF check: accepted, no warning."),
                 check.out.constData());

        // run.json says what the run publishes under.
        const QJsonObject runJson
            = QJsonDocument::fromJson(test::readFile(out + QStringLiteral("/run.json"))).object();
        const QJsonObject exported = runJson.value(QLatin1String("sessions"))
                                         .toArray()
                                         .last()
                                         .toObject()
                                         .value(QLatin1String("settings"))
                                         .toObject()
                                         .value(QLatin1String("export"))
                                         .toObject();
        QCOMPARE(exported.value(QLatin1String("license")).toString(),
                 QStringLiteral("http://creativecommons.org/licenses/by-nc/4.0/legalcode"));
        QCOMPARE(exported.value(QLatin1String("catalog_prefixes")).toString(),
                 QStringLiteral("DAO=AAFC/DAO,WIN=WIN/WIN"));
    }

    // A value the normaliser cannot read is flagged on the record, its text kept verbatim.
    void unreadableValueIsFlaggedNotDropped()
    {
        ChatTestServer server;
        server.setModels({ QString::fromLatin1(test::kTestModel) });
        server.setMode(ChatMode::GoodRecord);
        server.setRecordContent(QByteArrayLiteral(
            R"({"catalogNumber":"WIN 42","scientificName":"Carex","recordedBy":"J. Smith",)"
            R"("eventDate":"spring 1955","decimalLatitude":"95.5","decimalLongitude":"-100"})"));
        QTemporaryDir dir;
        const QString images = dir.filePath(QStringLiteral("images"));
        test::writeSheets(images, 1, QSize(320, 480));
        const QString out = dir.filePath(QStringLiteral("run"));
        const test::CliOutcome outcome = test::runAgainst(server, images, out);
        QVERIFY2(outcome.exitCode == 0, outcome.err.right(2000).constData());
        QString error;
        const auto finals = RecordStore::readFinal(out + QStringLiteral("/records.jsonl"), &error);
        QCOMPARE(finals.size(), 1);
        const SpecimenRecord &record = finals.cbegin().value();
        QVERIFY(record.flags.contains(QStringLiteral("unnormalised:eventDate")));
        QVERIFY(record.flags.contains(QStringLiteral("unnormalised:decimalLatitude")));
        QCOMPARE(record.record.dwc.value(QStringLiteral("verbatimEventDate")),
                 QStringLiteral("spring 1955"));
        QCOMPARE(record.record.dwc.value(QStringLiteral("verbatimLatitude")),
                 QStringLiteral("95.5"));
        QVERIFY(!record.record.dwc.contains(QStringLiteral("decimalLatitude")));
    }

    // An archive GBIF would refuse: exit 1, the issue in GBIF's words with its count.
    void checkArchiveRefusesAnArchiveWithoutLicence()
    {
        ChatTestServer server;
        server.setModels({ QString::fromLatin1(test::kTestModel) });
        server.setMode(ChatMode::GoodRecord);
        QTemporaryDir dir;
        const QString images = dir.filePath(QStringLiteral("images"));
        test::writeSheets(images, 2, QSize(320, 480));
        const QString out = dir.filePath(QStringLiteral("run"));
        const test::CliOutcome outcome
            = test::runAgainst(server, images, out, { QStringLiteral("--license"), QString() });
        QVERIFY2(outcome.exitCode == 0, outcome.err.right(2000).constData());
        // Warned at the preflight, not stopped.
        QVERIFY2(outcome.err.contains("No licence is set"), outcome.err.right(2000).constData());
        QVERIFY2(outcome.err.contains("GBIF check: refused"), outcome.err.right(2000).constData());
        const test::CliOutcome check
            = test::runHerbstream({ QStringLiteral("check-archive"), out });
        QCOMPARE(check.exitCode, 1);
        QVERIFY2(check.out.contains("error: Dataset licence missing or not CC0, CC BY or CC BY-NC"),
                 check.out.constData());
        QVERIFY2(check.out.contains("error: Licence invalid (2 record(s))"), check.out.constData());

        const test::CliOutcome missing = test::runHerbstream(
            { QStringLiteral("check-archive"), dir.filePath(QStringLiteral("none.zip")) });
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("none.zip: no such file"));
    }
};

QTEST_GUILESS_MAIN(TestPublishRun)
#include "tst_publishrun.moc"
