// Issue 12: runs whose model answers well-formed, plausible, wrong records, against a
// chat-completions server on loopback. Each must end with its trust warning or halt within
// the first 20 specimens; a healthy run raises none.
#include "ChatTestServer.h"
#include "CliRun.h"
#include "TestImages.h"
#include "TestSupport.h"
#include "run/RecordStore.h"
#include "samples/SampleSetFiles.h"
#include "samples/SampleSheetGenerator.h"

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
        || reason == WarningReason::ImplausibleValues || reason == WarningReason::ControlAccuracy
        || reason == WarningReason::UnknownNames || reason == WarningReason::ModelDisagreement;
}

// The true values of generated sheet `index` (`herbstream samples`, seed 12): a healthy model's
// answer, with the variety of real labels (names, collectors, dates, places, coordinates).
QJsonObject sampleValues(int index)
{
    static const SampleSheetGenerator generator(12);
    const SampleSheet sheet = generator.describe(index);
    QJsonObject values;
    for (auto it = sheet.truth.cbegin(); it != sheet.truth.cend(); ++it) {
        if (!it.value().isEmpty())
            values.insert(it.key(), it.value());
    }
    return values;
}

QByteArray sampleAnswer(int index)
{
    return QJsonDocument(sampleValues(index)).toJson(QJsonDocument::Compact);
}

// The known values of generated sheets 0 to count - 1, as a truth.csv for --controls.
QByteArray sampleControlsCsv(int count)
{
    QStringList terms = SampleSetFiles::truthColumns();
    terms.removeFirst(); // specimen_id: the images of these tests are sheet_000.jpg…
    QByteArray csv = "specimen," + terms.join(QLatin1Char(',')).toUtf8() + '\n';
    for (int i = 0; i < count; ++i) {
        const QJsonObject values = sampleValues(i);
        QStringList cells { QStringLiteral("sheet_%1.jpg").arg(i, 3, 10, QLatin1Char('0')) };
        for (const QString &term : std::as_const(terms))
            cells.append(SampleSetFiles::csvField(values.value(term).toString()));
        csv += cells.join(QLatin1Char(',')).toUtf8() + '\n';
    }
    return csv;
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

    // Check 7: a second model reads every second sheet; it reads other values than the run's
    // model (one of them is wrong), and the run is warned about after three audits.
    void aSecondModelThatDisagreesWarns()
    {
        ChatTestServer server;
        server.setModels({ QString::fromLatin1(test::kTestModel), QStringLiteral("vision/audit") });
        auto sheets = std::make_shared<SheetsBySight>();
        server.setRecordForModel([sheets](const QByteArray &model, int, const QByteArray &digest) {
            const int sheet = sheets->indexOf(digest);
            return readRecord(model == "vision/audit" ? sheet + 500 : sheet);
        });
        QTemporaryDir dir;
        const TrustOutcome outcome
            = runTrust(server, 20,
                       { QStringLiteral("--audit-model"), QStringLiteral("vision/audit"),
                         QStringLiteral("--audit-every"), QStringLiteral("2"),
                         QStringLiteral("--concurrency"), QStringLiteral("1") },
                       dir.path());
        QVERIFY2(outcome.cli.exitCode == 0, outcome.cli.err.right(2000).constData());
        QCOMPARE(outcome.warnings.size(), 1);
        QCOMPARE(outcome.warnings.first().reason, WarningReason::ModelDisagreement);
        // The third audit, at the 6th specimen; its second answer may come in while the run's
        // model answers a few more (audits run beside the run, not in its slots).
        QVERIFY2(outcome.finishedAtFirstWarning >= 6 && outcome.finishedAtFirstWarning <= 12,
                 qPrintable(QString::number(outcome.finishedAtFirstWarning)));
        QCOMPARE(test::countEvents(outcome.events, EventType::ValidationAudit), 10);
        QCOMPARE(test::readLines(dir.filePath(QStringLiteral("run/audits.jsonl"))).size(), 10);
        // 20 sheets and 10 audits reached the server; the records are the run's model's.
        QCOMPARE(server.chatCompletionCount(), 30);
        QString error;
        for (const SpecimenRecord &record :
             RecordStore::readFinal(dir.filePath(QStringLiteral("run/records.jsonl")), &error))
            QCOMPARE(record.model, QString::fromLatin1(test::kTestModel));
        QVERIFY(outcome.cli.err.contains("model_disagreement"));
    }

    void misspeltAuditModelIsAPreflightError()
    {
        ChatTestServer server;
        server.setModels({ QString::fromLatin1(test::kTestModel), QStringLiteral("vision/audit") });
        QTemporaryDir dir;
        const TrustOutcome outcome = runTrust(
            server, 3, { QStringLiteral("--audit-model"), QStringLiteral("vision/audti") },
            dir.path());
        QCOMPARE(outcome.cli.exitCode, 4);
        QVERIFY2(outcome.cli.err.contains("Audit model:"), outcome.cli.err.constData());
        QVERIFY2(outcome.cli.err.contains("vision/audit"), outcome.cli.err.constData());
        QCOMPARE(server.chatCompletionCount(), 0);
    }

    void healthyRunWithAnExamplePromptRaisesNothing()
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

    // No false alarm: 200 generated sheets answered with their true values (every check on,
    // GBIF off: no network), control sheets at the start and every 50, and a second model
    // that writes names without their authors (a difference on one field of seven).
    void healthyRunRaisesNoTrustWarning()
    {
        ChatTestServer server;
        server.setModels({ QString::fromLatin1(test::kTestModel), QStringLiteral("vision/audit") });
        auto sheets = std::make_shared<SheetsBySight>();
        server.setRecordForModel([sheets](const QByteArray &model, int, const QByteArray &digest) {
            const int sheet = sheets->indexOf(digest);
            if (model != "vision/audit")
                return sampleAnswer(sheet);
            QJsonObject values = sampleValues(sheet);
            const QStringList name = values.value(u"scientificName").toString().split(u' ');
            values.insert(QStringLiteral("scientificName"), name.mid(0, 2).join(u' '));
            return QJsonDocument(values).toJson(QJsonDocument::Compact);
        });
        QTemporaryDir dir;
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("truth.csv")), sampleControlsCsv(5)));
        const TrustOutcome outcome
            = runTrust(server, 200,
                       { QStringLiteral("--controls"), dir.filePath(QStringLiteral("truth.csv")),
                         QStringLiteral("--audit-model"), QStringLiteral("vision/audit"),
                         QStringLiteral("--concurrency"), QStringLiteral("1") },
                       dir.path());
        QVERIFY2(outcome.cli.exitCode == 0, outcome.cli.err.right(2000).constData());
        QVERIFY2(outcome.warnings.isEmpty(), qPrintable(outcome.warnings.value(0).message));
        QCOMPARE(test::countEvents(outcome.events, EventType::SpecimenCompleted), 200);
        // Every 10th of the 195 sheets after the 5 controls (controls are not audited).
        QCOMPARE(test::countEvents(outcome.events, EventType::ValidationAudit), 19);
        // The controls were scored (at the start and again), and passed.
        QVERIFY(test::countEvents(outcome.events, EventType::ValidationControl) > 5);
        QString error;
        for (const SpecimenRecord &record :
             RecordStore::readFinal(dir.filePath(QStringLiteral("run/records.jsonl")), &error))
            QVERIFY2(record.flags.isEmpty(),
                     qPrintable(record.specimenId + u": " + record.flags.join(u',')));
    }
};

QTEST_GUILESS_MAIN(TestTrustRun)
#include "tst_trustrun.moc"
