// Issue 12: runs whose model answers well-formed, plausible, wrong records, against a
// chat-completions server on loopback. Each must end with its trust warning or halt within
// the first 20 specimens; a healthy run raises none.
#include "ChatTestServer.h"
#include "CliRun.h"
#include "TestImages.h"
#include "TestSupport.h"
#include "run/RecordStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QTemporaryDir>
#include <QTest>

using namespace herb;
using herb::test::ChatTestServer;

namespace {

constexpr QSize kSheetSize { 240, 360 };

// A prompt with a worked example, as prompt libraries write them.
const QByteArray kPromptWithExample
    = "Transcribe the herbarium label into one JSON object of Darwin Core terms: catalogNumber, "
      "scientificName, recordedBy, recordNumber, eventDate, locality, habitat, country, "
      "stateProvince. Example of an answer:\n"
      R"({"catalogNumber": "019121", "scientificName": "Carex aquatilis Wahlenb.", )"
      R"("recordedBy": "J. Macoun", "recordNumber": "4417", "eventDate": "1923-07-15", )"
      R"("locality": "Dow's Lake, Ottawa", "habitat": "wet meadow", "country": "Canada", )"
      R"("stateProvince": "Ontario"})"
      "\nAnswer with the JSON object only.\n";

const QByteArray kExampleCopy
    = R"({"catalogNumber": "019121", "scientificName": "Carex aquatilis Wahlenb.", )"
      R"("recordedBy": "J. Macoun", "recordNumber": "4417", "eventDate": "1923-07-15", )"
      R"("locality": "Dow's Lake, Ottawa", "habitat": "wet meadow", "country": "Canada", )"
      R"("stateProvince": "Ontario"})";

// What a model reading sheet `index` would answer: its own numbers, a real name and place.
QByteArray readRecord(int index)
{
    return QStringLiteral(
               R"({"catalogNumber": "CAN %1", "scientificName": "Carex nigra (L.) Reichard", )"
               R"("recordedBy": "M. O. Malte", "recordNumber": "%2", "eventDate": "19%3-06-1%4", )"
               R"("locality": "Mer Bleue bog, %5 km E of Ottawa", "habitat": "open bog", )"
               R"("country": "Canada", "stateProvince": "Ontario", )"
               R"("decimalLatitude": "45.4%4", "decimalLongitude": "-75.5%4"})")
        .arg(100000 + index)
        .arg(200 + index)
        .arg(20 + index % 70)
        .arg(index % 10)
        .arg(index)
        .toUtf8();
}

struct TrustOutcome
{
    test::CliOutcome cli;
    std::vector<Event> events;
    QList<ValidationWarning> warnings;
    // Specimens finished when the first trust warning was published (0: none).
    qint64 finishedAtFirstWarning = 0;
    std::optional<ExtractionFailed> failure;
};

bool isTrustReason(WarningReason reason)
{
    return reason == WarningReason::PromptLeak || reason == WarningReason::RepeatedValues
        || reason == WarningReason::IdenticalRecords || reason == WarningReason::BarcodeMismatch
        || reason == WarningReason::ImplausibleValues || reason == WarningReason::ControlAccuracy;
}

// The known values of sheets 0 to count - 1 (what readRecord answers for them), as a
// truth.csv for --controls.
QByteArray controlsCsv(int count)
{
    QByteArray csv = "specimen,catalogNumber,scientificName,recordedBy,recordNumber,eventDate,"
                     "locality,habitat,country\n";
    for (int i = 0; i < count; ++i) {
        const QJsonObject r = QJsonDocument::fromJson(readRecord(i)).object();
        QStringList cells { QStringLiteral("sheet_%1.jpg").arg(i, 3, 10, QLatin1Char('0')) };
        for (const char *term : { "catalogNumber", "scientificName", "recordedBy", "recordNumber",
                                  "eventDate", "locality", "habitat", "country" })
            cells.append(QLatin1Char('"') + r.value(QLatin1String(term)).toString()
                         + QLatin1Char('"'));
        csv += cells.join(QLatin1Char(',')).toUtf8() + '\n';
    }
    return csv;
}

// Which sheet an image the server receives is: the order images are first seen in, which,
// with one request at a time and the controls being the first sheets, is the sheets' order.
class SheetsBySight
{
public:
    int indexOf(const QByteArray &digest)
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_index.constFind(digest);
        if (it != m_index.cend())
            return *it;
        const int index = int(m_index.size());
        m_index.insert(digest, index);
        return index;
    }

private:
    QMutex m_mutex;
    QHash<QByteArray, int> m_index;
};

TrustOutcome runTrust(ChatTestServer &server, int sheets, const QStringList &extra,
                      const QString &folder)
{
    TrustOutcome outcome;
    const QString images = folder + QLatin1String("/images");
    test::writeSheets(images, sheets, kSheetSize);
    outcome.cli = test::runAgainst(server, images, folder + QLatin1String("/run"), extra);
    outcome.events = test::runEvents(folder + QLatin1String("/run"));
    qint64 finished = 0;
    for (const Event &event : outcome.events) {
        if (event.isSpecimenFinished())
            ++finished;
        if (const auto *w = event.as<ValidationWarning>(); w && isTrustReason(w->reason)) {
            outcome.warnings.append(*w);
            if (outcome.finishedAtFirstWarning == 0)
                outcome.finishedAtFirstWarning = finished;
        }
        if (const auto *f = event.as<ExtractionFailed>())
            outcome.failure = *f;
    }
    // The detection latency, for the record (README, "Trust checks").
    qInfo("first trust warning (%s) after %lld finished specimens; exit %d",
          outcome.warnings.isEmpty() ? "none"
                                     : warningReasonName(outcome.warnings.first().reason).data(),
          outcome.finishedAtFirstWarning, outcome.cli.exitCode);
    return outcome;
}

} // namespace

class TestTrustRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void copyingThePromptsExampleStops()
    {
        ChatTestServer server;
        server.setModels({ QString::fromLatin1(test::kTestModel) });
        // 27 of 55 answers copy the example, the others read their sheet.
        server.setRecordFor([](int index, const QByteArray &) {
            return index % 2 == 1 || index == 54 ? kExampleCopy : readRecord(index);
        });
        QTemporaryDir dir;
        QVERIFY(
            test::writeFile(dir.filePath(QStringLiteral("example.prompt")), kPromptWithExample));
        const TrustOutcome outcome
            = runTrust(server, 55,
                       { QStringLiteral("--prompt"), dir.filePath(QStringLiteral("example.prompt")),
                         QStringLiteral("--concurrency"), QStringLiteral("4") },
                       dir.path());
        QVERIFY2(outcome.cli.exitCode == 3, outcome.cli.err.right(2000).constData());
        QVERIFY(outcome.failure);
        QCOMPARE(outcome.failure->reason, FailureReason::TrustCheckFailed);
        QVERIFY(!outcome.warnings.isEmpty());
        QCOMPARE(outcome.warnings.first().reason, WarningReason::PromptLeak);
        QVERIFY2(outcome.finishedAtFirstWarning <= 20,
                 qPrintable(QString::number(outcome.finishedAtFirstWarning)));
        const ValidationWarning &warning = outcome.warnings.first();
        QVERIFY(!warning.evidence.isEmpty() && warning.evidence.size() <= 10);
        QCOMPARE(warning.evidence.first().value, QStringLiteral("019121"));
        QVERIFY(outcome.cli.err.contains("prompt_leak"));
        // The copies are flagged in records.jsonl, counted in run.json; the exports are as before.
        QString error;
        const auto finals
            = RecordStore::readFinal(dir.filePath(QStringLiteral("run/records.jsonl")), &error);
        int flagged = 0;
        for (const SpecimenRecord &record : finals) {
            if (record.record.dwc.value(QStringLiteral("catalogNumber"))
                == QLatin1String("019121")) {
                QVERIFY(record.flags.contains(QStringLiteral("value_from_prompt:catalogNumber")));
                ++flagged;
            } else {
                QVERIFY2(!record.flags.join(u',').contains(QLatin1String("value_from_prompt")),
                         qPrintable(record.specimenId));
            }
        }
        QVERIFY(flagged >= 2);
        const QJsonObject runJson
            = QJsonDocument::fromJson(test::readFile(dir.filePath(QStringLiteral("run/run.json"))))
                  .object();
        QVERIFY(runJson.value(QLatin1String("flags"))
                    .toObject()
                    .value(QLatin1String("flagged_records"))
                    .toInt()
                >= flagged);
        QCOMPARE(runJson.value(QLatin1String("settings"))
                     .toObject()
                     .value(QLatin1String("trust"))
                     .toObject()
                     .value(QLatin1String("halt_on"))
                     .toArray()
                     .size(),
                 2);
        const QByteArray csv = test::readFile(dir.filePath(QStringLiteral("run/occurrence.csv")));
        QVERIFY(!csv.contains("flag"));
    }

    void oneRecordForEverySheetStops()
    {
        ChatTestServer server;
        server.setModels({ QString::fromLatin1(test::kTestModel) });
        server.setRecordContent(readRecord(7)); // the same answer whatever the sheet
        QTemporaryDir dir;
        const TrustOutcome outcome = runTrust(
            server, 55, { QStringLiteral("--concurrency"), QStringLiteral("4") }, dir.path());
        QVERIFY2(outcome.cli.exitCode == 3, outcome.cli.err.right(2000).constData());
        QCOMPARE(outcome.failure->reason, FailureReason::TrustCheckFailed);
        bool identical = false;
        for (const ValidationWarning &w : outcome.warnings)
            identical = identical || w.reason == WarningReason::IdenticalRecords;
        QVERIFY(identical);
        QVERIFY2(outcome.finishedAtFirstWarning <= 20,
                 qPrintable(QString::number(outcome.finishedAtFirstWarning)));
        QVERIFY(outcome.failure->message.contains(QLatin1String("identical_records")));
    }

    void haltOnNoneOnlyWarns()
    {
        ChatTestServer server;
        server.setModels({ QString::fromLatin1(test::kTestModel) });
        server.setRecordContent(readRecord(7));
        QTemporaryDir dir;
        const TrustOutcome outcome
            = runTrust(server, 12,
                       { QStringLiteral("--concurrency"), QStringLiteral("4"),
                         QStringLiteral("--halt-on"), QStringLiteral("none") },
                       dir.path());
        QVERIFY2(outcome.cli.exitCode == 0, outcome.cli.err.right(2000).constData());
        QVERIFY(!outcome.warnings.isEmpty());
        // Every record of the set ends flagged, the first ones through a later line.
        QString error;
        const auto finals
            = RecordStore::readFinal(dir.filePath(QStringLiteral("run/records.jsonl")), &error);
        QCOMPARE(finals.size(), 12);
        for (const SpecimenRecord &record : finals)
            QVERIFY2(record.flags.contains(QStringLiteral("repeated_value:catalogNumber")),
                     qPrintable(record.specimenId));
    }

    void badHaltOnNameIsAUsageError()
    {
        const test::CliOutcome outcome = test::runHerbstream(
            { QStringLiteral("run"), QStringLiteral("/nonexistent"), QStringLiteral("--halt-on"),
              QStringLiteral("prompt_leak,typo") });
        QCOMPARE(outcome.exitCode, 2);
        QVERIFY2(outcome.err.contains("--halt-on: 'typo'"), outcome.err.constData());
    }

    // Check 6: after 10 good answers the model answers with records of other sheets. Only the
    // control sheets can see it: the control sent again after K = 50 specimens warns.
    void recordsOfOtherSheetsAreCaughtByTheControls()
    {
        ChatTestServer server;
        server.setModels({ QString::fromLatin1(test::kTestModel) });
        auto sheets = std::make_shared<SheetsBySight>();
        constexpr int kGoodAnswers = 10;
        server.setRecordFor([sheets](int index, const QByteArray &digest) {
            const int sheet = sheets->indexOf(digest);
            return readRecord(index < kGoodAnswers ? sheet : sheet + 500);
        });
        QTemporaryDir dir;
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("truth.csv")), controlsCsv(5)));
        const TrustOutcome outcome
            = runTrust(server, 70,
                       { QStringLiteral("--controls"), dir.filePath(QStringLiteral("truth.csv")),
                         QStringLiteral("--concurrency"), QStringLiteral("1"),
                         QStringLiteral("--halt-on"), QStringLiteral("control_accuracy") },
                       dir.path());
        QVERIFY2(outcome.cli.exitCode == 3, outcome.cli.err.right(2000).constData());
        QCOMPARE(outcome.failure->reason, FailureReason::TrustCheckFailed);
        QVERIFY(!outcome.warnings.isEmpty());
        QCOMPARE(outcome.warnings.first().reason, WarningReason::ControlAccuracy);
        const qint64 latency = outcome.finishedAtFirstWarning - kGoodAnswers;
        qInfo("records of other sheets: caught %lld specimens after the switch (K = 50)", latency);
        QVERIFY2(latency > 0 && latency <= 50 + 5, qPrintable(QString::number(latency)));
        // The start's controls passed, and the console said so.
        bool passed = false;
        for (const Event &event : outcome.events) {
            if (const auto *c = event.as<ValidationCheckpoint>(); c && c->controls)
                passed = c->passed;
        }
        QVERIFY(passed);
        QVERIFY(outcome.cli.err.contains("Control sheets passed"));
        QVERIFY(outcome.cli.err.contains("control_accuracy"));
    }

    void badControlsFileIsAPreflightError()
    {
        ChatTestServer server;
        server.setModels({ QString::fromLatin1(test::kTestModel) });
        QTemporaryDir dir;
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("truth.csv")),
                                controlsCsv(2) + "sheet_404.jpg,CAN 1,,,,,,,\n"));
        const TrustOutcome outcome = runTrust(
            server, 3, { QStringLiteral("--controls"), dir.filePath(QStringLiteral("truth.csv")) },
            dir.path());
        QCOMPARE(outcome.cli.exitCode, 4);
        QVERIFY2(outcome.cli.err.contains("row 4: 'sheet_404.jpg' is not an image of the folder"),
                 outcome.cli.err.constData());
        QCOMPARE(server.chatCompletionCount(), 0);
    }

    void healthyRunRaisesNoTrustWarning()
    {
        ChatTestServer server;
        server.setModels({ QString::fromLatin1(test::kTestModel) });
        server.setRecordFor([](int index, const QByteArray &) { return readRecord(index); });
        QTemporaryDir dir;
        QVERIFY(
            test::writeFile(dir.filePath(QStringLiteral("example.prompt")), kPromptWithExample));
        const TrustOutcome outcome
            = runTrust(server, 40,
                       { QStringLiteral("--prompt"), dir.filePath(QStringLiteral("example.prompt")),
                         QStringLiteral("--concurrency"), QStringLiteral("4") },
                       dir.path());
        QVERIFY2(outcome.cli.exitCode == 0, outcome.cli.err.right(2000).constData());
        QVERIFY2(outcome.warnings.isEmpty(), qPrintable(outcome.warnings.value(0).message));
        QString error;
        for (const SpecimenRecord &record :
             RecordStore::readFinal(dir.filePath(QStringLiteral("run/records.jsonl")), &error))
            QVERIFY2(record.flags.isEmpty(), qPrintable(record.flags.join(u',')));
    }
};

QTEST_GUILESS_MAIN(TestTrustRun)
#include "tst_trustrun.moc"
