#include "ChatTestServer.h"
#include "CliRun.h"
#include "ProcessSignals.h"
#include "TestImages.h"
#include "TestSupport.h"
#include "events/EventLogReader.h"
#include "run/RecordStore.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace herb;
using herb::test::ChatMode;
using herb::test::ChatTestServer;
using herb::test::ModelsListing;

// `herbstream run` against a real chat-completions server on loopback (DESIGN.md, "Command
// line", "Validation semantics", "Reliability").
class TestRunCommand : public QObject
{
    Q_OBJECT

private:
    static constexpr const char *kModel = test::kTestModel; // what the command line asks for

    using Outcome = test::CliOutcome;

    static constexpr QSize kSheetSize { 320, 480 };

    static void verifyKeyAppearsNowhere(const ChatTestServer &server, const QString &runFolder,
                                        const Outcome &outcome)
    {
        const QByteArray key = server.apiKey();
        QVERIFY(!outcome.out.contains(key));
        QVERIFY(!outcome.err.contains(key));
        QDirIterator it(runFolder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QVERIFY2(!test::readFile(path).contains(key), qPrintable(path));
        }
    }

private Q_SLOTS:
    void healthyRunWritesEveryOutput()
    {
        ChatTestServer server;
        server.setModels({ QString::fromLatin1(kModel) });
        QTemporaryDir dir;
        const QString images = dir.filePath(QStringLiteral("images"));
        test::writeSheets(images, 12, kSheetSize);
        const QString out = dir.filePath(QStringLiteral("run"));
        const Outcome outcome = test::runAgainst(
            server, images, out, { QStringLiteral("--concurrency"), QStringLiteral("4") });
        QVERIFY2(outcome.exitCode == 0, outcome.err.right(2000).constData());
        QCOMPARE(server.imagesReceived(), 12);

        const auto all = test::runEvents(out);
        QCOMPARE(all.front().type, EventType::ExtractionStarted);
        QCOMPARE(all.back().type, EventType::ExtractionCompleted);
        QCOMPARE(test::countEvents(all, EventType::SpecimenCompleted), 12);
        QCOMPARE(test::countEvents(all, EventType::ValidationCheckpoint), 1);
        const auto *started = all.front().as<ExtractionStarted>();
        QCOMPARE(started->details.value(QLatin1String("model")).toString(),
                 QString::fromLatin1(kModel));
        QVERIFY(!started->details.value(QLatin1String("prompt"))
                     .toObject()
                     .value(QLatin1String("sha256"))
                     .toString()
                     .isEmpty());

        QString error;
        const auto finals = RecordStore::readFinal(out + QLatin1String("/records.jsonl"), &error);
        QCOMPARE(finals.size(), 12);
        for (const SpecimenRecord &record : finals) {
            QVERIFY(record.success);
            QCOMPARE(record.sha256.size(), 64);
            QVERIFY(!record.record.dwc.value(QStringLiteral("scientificName")).isEmpty());
            QCOMPARE(record.model, QString::fromLatin1(kModel));
        }
        QCOMPARE(test::occurrenceRowCount(out), 12);
        QVERIFY(QFile::exists(out + QLatin1String("/dwca.zip")));
        QVERIFY(QFile::exists(out + QLatin1String("/run.json")));
        verifyKeyAppearsNowhere(server, out, outcome);
    }

    // The product's reason to exist: a wrong prompt stops after the checkpoint, whatever the
    // concurrency, having sent no more than the checkpoint's specimens.
    void wrongPromptStopsAtTheCheckpoint_data()
    {
        QTest::addColumn<int>("concurrency");
        QTest::addColumn<int>("images");
        QTest::addColumn<QStringList>("extra");
        QTest::addRow("1") << 1 << 40 << QStringList();
        QTest::addRow("16") << 16 << 40 << QStringList();
        // Issue 16 §1: sessions no larger than the checkpoint get their verdict as they end.
        QTest::addRow("5 images") << 4 << 5 << QStringList();
        QTest::addRow("--dry-run") << 4 << 5 << QStringList { QStringLiteral("--dry-run") };
    }

    void wrongPromptStopsAtTheCheckpoint()
    {
        QFETCH(int, concurrency);
        QFETCH(int, images);
        QFETCH(QStringList, extra);
        ChatTestServer server;
        server.setModels({ QString::fromLatin1(kModel) });
        server.setMode(ChatMode::Prose);
        server.setLatencyMs(50);
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("images"));
        test::writeSheets(folder, images, kSheetSize);
        const QString out = dir.filePath(QStringLiteral("run"));
        const Outcome outcome = test::runAgainst(
            server, folder, out,
            QStringList { QStringLiteral("--concurrency"), QString::number(concurrency) } + extra);
        QCOMPARE(outcome.exitCode, 3);
        QVERIFY2(server.imagesReceived() <= 5,
                 qPrintable(QString::number(server.imagesReceived())));
        const auto all = test::runEvents(out);
        QCOMPARE(all.back().type, EventType::ExtractionFailed);
        QCOMPARE(all.back().as<ExtractionFailed>()->reason, FailureReason::EarlyValidationFailed);
        const auto checkpoint = std::find_if(all.begin(), all.end(), [](const Event &e) {
            return e.type == EventType::ValidationCheckpoint;
        });
        QVERIFY(checkpoint != all.end());
        QVERIFY(!checkpoint->as<ValidationCheckpoint>()->passed);
        QVERIFY(outcome.out.contains("early_validation_failed"));
    }

    void badKeyOrUnknownModelSendsNoImage_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<bool>("badKey");
        QTest::addRow("bad key") << QString::fromLatin1(kModel) << true;
        QTest::addRow("unknown model") << QStringLiteral("vision/tset-model") << false;
    }

    void badKeyOrUnknownModelSendsNoImage()
    {
        QFETCH(QString, model);
        QFETCH(bool, badKey);
        ChatTestServer server;
        server.setModels({ QString::fromLatin1(kModel) });
        QTemporaryDir dir;
        const QString images = dir.filePath(QStringLiteral("images"));
        test::writeSheets(images, 8, kSheetSize);
        const QString out = dir.filePath(QStringLiteral("run"));
        QStringList arguments = test::runCommandLine(server, images, out);
        arguments[arguments.indexOf(QString::fromLatin1(kModel))] = model;
        QProcess process;
        QProcessEnvironment env = test::environmentWithKey(server);
        if (badKey)
            env.insert(QString::fromLatin1(test::kTestKeyVariable), QStringLiteral("sk-wrong-key"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(HERBSTREAM_EXE), arguments);
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 4);
        QCOMPARE(server.imagesReceived(), 0);
        const auto all = test::runEvents(out);
        QCOMPARE(all.back().as<ExtractionFailed>()->reason, FailureReason::PreflightFailed);
        if (!badKey)
            QVERIFY(all.back().as<ExtractionFailed>()->message.contains(
                QLatin1String("vision/test-model")));
    }

    // A server that can check neither key nor model: the first wave (at most the checkpoint's
    // specimens) is the check, and the 401 stops the run at once.
    void serverThatCannotCheckStopsAtTheFirstWave()
    {
        ChatTestServer server;
        server.setModelsListing(ModelsListing::NotFound);
        server.setMode(ChatMode::Unauthorized);
        QTemporaryDir dir;
        const QString images = dir.filePath(QStringLiteral("images"));
        test::writeSheets(images, 30, kSheetSize);
        const QString out = dir.filePath(QStringLiteral("run"));
        const Outcome outcome = test::runAgainst(
            server, images, out, { QStringLiteral("--concurrency"), QStringLiteral("16") });
        QCOMPARE(outcome.exitCode, 4);
        QVERIFY(server.imagesReceived() <= 5);
        QCOMPARE(test::runEvents(out).back().as<ExtractionFailed>()->reason,
                 FailureReason::FatalError);
    }

    // Issue 16 §5: a storm of 503s is the server's fault, not the prompt's: exit 4 and a
    // message that says so, not exit 3 and "check the prompt".
    void failingServerIsNotBlamedOnThePrompt()
    {
        ChatTestServer server;
        server.setModels({ QString::fromLatin1(kModel) });
        server.setMode(ChatMode::Unavailable);
        QTemporaryDir dir;
        const QString images = dir.filePath(QStringLiteral("images"));
        test::writeSheets(images, 12, kSheetSize);
        const QString out = dir.filePath(QStringLiteral("run"));
        // Retries give up after 1 s of waiting in all, so the storm is quick to play.
        const Outcome outcome
            = test::runAgainst(server, images, out,
                               { QStringLiteral("--concurrency"), QStringLiteral("4"),
                                 QStringLiteral("--max-retry-wait"), QStringLiteral("1") });
        QCOMPARE(outcome.exitCode, 4);
        QVERIFY2(outcome.err.contains("server is failing"), outcome.err.right(2000).constData());
        QVERIFY2(!outcome.err.contains("Check the prompt"), outcome.err.right(2000).constData());
        QCOMPARE(test::runEvents(out).back().as<ExtractionFailed>()->reason,
                 FailureReason::FatalError);
    }

    void flakyServerStillSucceedsEverywhere()
    {
        ChatTestServer server;
        server.setModels({ QString::fromLatin1(kModel) });
        server.setScript({ ChatMode::Unavailable, ChatMode::DropConnection, ChatMode::BadGateway,
                           ChatMode::GoodRecord, ChatMode::InternalError });
        QTemporaryDir dir;
        const QString images = dir.filePath(QStringLiteral("images"));
        test::writeSheets(images, 6, kSheetSize);
        const QString out = dir.filePath(QStringLiteral("run"));
        const Outcome outcome = test::runAgainst(
            server, images, out, { QStringLiteral("--concurrency"), QStringLiteral("2") });
        QVERIFY2(outcome.exitCode == 0, outcome.err.right(2000).constData());
        QCOMPARE(test::occurrenceRowCount(out), 6);
    }

    void nonEmptyRunFolderNeedsResume()
    {
        ChatTestServer server;
        server.setModels({ QString::fromLatin1(kModel) });
        QTemporaryDir dir;
        const QString images = dir.filePath(QStringLiteral("images"));
        test::writeSheets(images, 7, kSheetSize);
        const QString out = dir.filePath(QStringLiteral("run"));
        QCOMPARE(test::runAgainst(server, images, out,
                                  { QStringLiteral("--limit"), QStringLiteral("3") })
                     .exitCode,
                 0);
        QCOMPARE(server.imagesReceived(), 3);
        QCOMPARE(test::runAgainst(server, images, out).exitCode, 2);
        const Outcome resumed
            = test::runAgainst(server, images, out, { QStringLiteral("--resume") });
        QCOMPARE(resumed.exitCode, 0);
        QCOMPARE(server.imagesReceived(), 7); // the 3 finished ones were not sent again
        const auto all = test::runEvents(out);
        QCOMPARE(test::countEvents(all, EventType::SpecimenSkipped), 3);
        QCOMPARE(test::countEvents(all, EventType::ExtractionStarted), 2);
        for (size_t i = 0; i < all.size(); ++i)
            QCOMPARE(all[i].seq, qint64(i + 1)); // seq continues across sessions
        QCOMPARE(test::occurrenceRowCount(out), 7);
    }

    void interruptClosesTheRun_data()
    {
        QTest::addColumn<int>("signal");
        QTest::addColumn<int>("expectedExit");
        QTest::addRow("SIGINT") << int(SIGINT) << 130;
        QTest::addRow("SIGTERM") << int(SIGTERM) << 143;
    }

    void interruptClosesTheRun()
    {
        if (!test::kHasPosixSignals)
            QSKIP("no POSIX signals on this system (Windows: Ctrl+C is a console event)");
        QFETCH(int, signal);
        QFETCH(int, expectedExit);
        ChatTestServer server;
        server.setModels({ QString::fromLatin1(kModel) });
        server.setLatencyMs(3000);
        QTemporaryDir dir;
        const QString images = dir.filePath(QStringLiteral("images"));
        test::writeSheets(images, 10, kSheetSize);
        const QString out = dir.filePath(QStringLiteral("run"));
        QProcess process;
        process.setProcessEnvironment(test::environmentWithKey(server));
        process.start(QStringLiteral(HERBSTREAM_EXE), test::runCommandLine(server, images, out));
        QTRY_VERIFY_WITH_TIMEOUT(server.chatCompletionCount() > 0, 30000);
        QVERIFY(test::sendSignal(process, signal));
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), expectedExit);
        const auto all = test::runEvents(out);
        QCOMPARE(all.back().as<ExtractionFailed>()->reason, FailureReason::Interrupted);
    }

    // kill -9 in the middle, then --resume: every specimen ends with exactly one final,
    // successful record and one occurrence.csv row.
    void killAndResumeLosesAndDuplicatesNothing()
    {
        ChatTestServer server;
        server.setModels({ QString::fromLatin1(kModel) });
        server.setLatencyMs(150);
        QTemporaryDir dir;
        const QString images = dir.filePath(QStringLiteral("images"));
        test::writeSheets(images, 24, kSheetSize);
        const QString out = dir.filePath(QStringLiteral("run"));
        QProcess process;
        process.setProcessEnvironment(test::environmentWithKey(server));
        process.start(
            QStringLiteral(HERBSTREAM_EXE),
            test::runCommandLine(server, images, out,
                                 { QStringLiteral("--concurrency"), QStringLiteral("4") }));
        QTRY_VERIFY_WITH_TIMEOUT(test::readLines(out + QLatin1String("/records.jsonl")).size() >= 8,
                                 60000);
        process.kill();
        QVERIFY(process.waitForFinished(10000));

        const Outcome resumed
            = test::runAgainst(server, images, out, { QStringLiteral("--resume") });
        QVERIFY2(resumed.exitCode == 0, resumed.err.right(2000).constData());
        QString error;
        const auto finals = RecordStore::readFinal(out + QLatin1String("/records.jsonl"), &error);
        QCOMPARE(finals.size(), 24);
        for (const SpecimenRecord &record : finals)
            QVERIFY(record.success);
        QCOMPARE(test::occurrenceRowCount(out), 24);
        const auto log = EventLogReader::readAll(out + QLatin1String("/events.jsonl"));
        QVERIFY(log.corruptions.empty());
        QCOMPARE(log.events.back().type, EventType::ExtractionCompleted);
    }

    void dryRunPrintsTheParsedRecord()
    {
        ChatTestServer server;
        server.setModels({ QString::fromLatin1(kModel) });
        QTemporaryDir dir;
        const QString images = dir.filePath(QStringLiteral("images"));
        test::writeSheets(images, 5, kSheetSize);
        const QString out = dir.filePath(QStringLiteral("run"));
        const Outcome outcome
            = test::runAgainst(server, images, out, { QStringLiteral("--dry-run") });
        QCOMPARE(outcome.exitCode, 0);
        QCOMPARE(server.imagesReceived(), 1);
        QVERIFY(outcome.out.contains("\"scientificName\""));
    }

    // Sheets stored sideways without an EXIF tag are turned upright before they are sent, and
    // barcodes cross-check the model's catalogue number.
    void visionRunTurnsSidewaysSheetsAndCrossChecksBarcodes()
    {
        ChatTestServer server;
        server.setModels({ QString::fromLatin1(kModel) });
        QTemporaryDir dir;
        const QString samples = dir.filePath(QStringLiteral("samples"));
        QProcess generator;
        generator.start(QStringLiteral(HERBSTREAM_EXE),
                        { QStringLiteral("samples"), samples, QStringLiteral("--count"),
                          QStringLiteral("16"), QStringLiteral("--seed"), QStringLiteral("5") });
        QVERIFY(generator.waitForFinished(120000));
        QCOMPARE(generator.exitCode(), 0);
        const QJsonArray sheets
            = QJsonDocument::fromJson(test::readFile(samples + QLatin1String("/samples.json")))
                  .object()
                  .value(QLatin1String("sheets"))
                  .toArray();
        const QString out = dir.filePath(QStringLiteral("run"));
        const Outcome outcome = test::runAgainst(
            server, samples, out, { QStringLiteral("--concurrency"), QStringLiteral("4") });
        QVERIFY2(outcome.exitCode == 0, outcome.err.right(2000).constData());
        QString error;
        const auto finals = RecordStore::readFinal(out + QLatin1String("/records.jsonl"), &error);
        int sidewaysWithoutTag = 0, withBarcode = 0;
        for (const QJsonValue &value : sheets) {
            const QJsonObject sheet = value.toObject();
            const SpecimenRecord record
                = finals.value(sheet.value(QLatin1String("file")).toString());
            const QStringList sent = record.preparation.value(QLatin1String("sent_size"))
                                         .toString()
                                         .split(QLatin1Char('x'));
            QVERIFY2(sent.value(1).toInt() > sent.value(0).toInt(),
                     qPrintable(record.specimenId)); // upright
            if (sheet.value(QLatin1String("storedRotation")).toInt() != 0
                && !sheet.value(QLatin1String("exifOrientation")).toBool()) {
                ++sidewaysWithoutTag;
                QVERIFY(record.preparation.value(QLatin1String("rotation")).toInt() != 0);
            }
            if (sheet.value(QLatin1String("barcode")).toBool()) {
                ++withBarcode;
                QVERIFY(!record.record.extra.value(QLatin1String("barcodes")).toArray().isEmpty());
                // The test server always answers catalogue number E00412345.
                QVERIFY(record.record.extra.value(QLatin1String("catalogNumber_barcode_mismatch"))
                            .toBool());
            }
        }
        QVERIFY(sidewaysWithoutTag > 0);
        QVERIFY(withBarcode > 0);
    }

    void missingImagesFolderIsAFatalConfigurationError()
    {
        ChatTestServer server;
        QTemporaryDir dir;
        const Outcome outcome = test::runAgainst(server, dir.filePath(QStringLiteral("nope")),
                                                 dir.filePath(QStringLiteral("run")));
        QCOMPARE(outcome.exitCode, 4);
        QVERIFY(outcome.err.contains("nope"));
    }

    // Issue 16 §5: the key itself given to --api-key-env is refused, and never echoed.
    void keyGivenAsTheVariableNameIsRefusedWithoutEcho()
    {
        ChatTestServer server;
        QTemporaryDir dir;
        const QString images = dir.filePath(QStringLiteral("images"));
        test::writeSheets(images, 1, kSheetSize);
        const QString key = QStringLiteral("sk-or-v1-0123456789abcdef0123456789abcdef");
        QStringList arguments
            = test::runCommandLine(server, images, dir.filePath(QStringLiteral("run")));
        arguments[arguments.indexOf(QString::fromLatin1(test::kTestKeyVariable))] = key;
        const Outcome outcome = test::runHerbstream(server, arguments);
        QCOMPARE(outcome.exitCode, 2);
        QVERIFY2(outcome.err.contains("not the key itself"), outcome.err.constData());
        QVERIFY(!outcome.err.contains(key.toLatin1()) && !outcome.out.contains(key.toLatin1()));
        QCOMPARE(server.requestCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRunCommand)
#include "tst_runcommand.moc"
