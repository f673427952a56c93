#include "CliRun.h"
#include "ScriptedEngine.h"
#include "TestImages.h"
#include "TestSupport.h"
#include "review/ReviewLog.h"
#include "run/RecordStore.h"
#include "run/RunController.h"

#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace herb;
using test::ScriptedEngine;

// RunController alone, with a scripted engine in place of the model or Tesseract: slow start,
// halts from the bus thread, fatal errors, resume and interrupt, on real run folders.
class TestRunController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void slowStartSendsOnlyTheCheckpointBeforeTheVerdict();
    void failedCheckpointHaltsFromTheBusThread();
    void fatalErrorStopsTheRun();
    void engineThatCannotStartFailsThePreflight();
    void resumeSendsOnlyWhatDidNotFinish();
    void resumeReadsOnlyFilesWhoseSizeOrTimeChanged();
    void resumedTrustChecksKnowTheEarlierRecords();
    void resumeAfterAReviewExportsTheReviewedState();
    void interruptCancelsWhatIsInFlight_data();
    void interruptCancelsWhatIsInFlight();

private:
    // One session with a scripted engine; the events it delivered, in log order.
    struct Session
    {
        std::shared_ptr<ScriptedEngine::Log> log = std::make_shared<ScriptedEngine::Log>();
        QPointer<ScriptedEngine> engine;
        std::unique_ptr<RunController> controller;
        EventBatch events;
        std::unique_ptr<QSignalSpy> finished;

        Session(const RunConfig &config, ScriptedEngine::Script script, bool held = false)
        {
            controller = std::make_unique<RunController>(
                config, [this, script, held](const RunConfig &, const Prompt &, QString *) {
                    auto made = std::make_unique<ScriptedEngine>(script, log, held);
                    engine = made.get();
                    return std::unique_ptr<Engine>(std::move(made));
                });
            QObject::connect(controller.get(), &RunController::eventsDelivered, controller.get(),
                             [this](const EventBatch &batch) { events << batch; });
            finished = std::make_unique<QSignalSpy>(controller.get(), &RunController::finished);
        }

        QList<const Event *> ofType(EventType type) const
        {
            QList<const Event *> found;
            for (const Event &event : events)
                if (event.type == type)
                    found << &event;
            return found;
        }
        const ExtractionFailed *failure() const
        {
            return events.isEmpty() ? nullptr : events.constLast().as<ExtractionFailed>();
        }
    };

    RunConfig configFor(const QString &folder, int images, int concurrency, int checkpoint) const
    {
        RunConfig config;
        if (images > 0)
            config.imagesFolder
                = test::writeSheetFolder(folder + QStringLiteral("/images"), images);
        else
            config.imagesFolder = folder + QStringLiteral("/images");
        config.outFolder = folder + QStringLiteral("/run");
        // The offline engine's settings: no key and no endpoint check before the first specimen.
        config.engine = EngineKind::Tesseract;
        config.concurrency = concurrency;
        config.validation.checkpointSize = checkpoint;
        return config;
    }

    static qsizetype recordCount(const QString &runFolder)
    {
        return test::readLines(runFolder + QStringLiteral("/records.jsonl")).size();
    }

    static bool runToEnd(Session &session)
    {
        session.controller->start();
        return !session.finished->isEmpty() || session.finished->wait(60000);
    }
};

void TestRunController::slowStartSendsOnlyTheCheckpointBeforeTheVerdict()
{
    QTemporaryDir dir;
    const RunConfig config = configFor(dir.path(), 12, 8, 4);
    Session session(config, [](const QString &) { return ScriptedEngine::success(); });
    QVERIFY(runToEnd(session));
    QCOMPARE(session.controller->exitCode(), 0);

    // Until the checkpoint's verdict only its 4 specimens are out, whatever the concurrency.
    qsizetype dispatchedBeforeVerdict = -1;
    qsizetype dispatched = 0;
    for (const Event &event : std::as_const(session.events)) {
        if (event.type == EventType::SpecimenProcessing)
            ++dispatched;
        if (const auto *checkpoint = event.as<ValidationCheckpoint>()) {
            QVERIFY(checkpoint->passed);
            dispatchedBeforeVerdict = dispatched;
        }
    }
    QCOMPARE(dispatchedBeforeVerdict, 4);
    QCOMPARE(dispatched, 12);
    // After it, full concurrency opens.
    QCOMPARE(session.log->maxInFlight, 8);
    QCOMPARE(session.log->submitted.size(), 12);
    QCOMPARE(recordCount(config.outFolder), 12);
    QCOMPARE(session.events.constLast().type, EventType::ExtractionCompleted);
    // The specimens after the first ones were prepared ahead, in queue order, each once, and
    // never more than one concurrency's worth beyond what was sent.
    QCOMPARE(session.log->preparedAhead, session.log->submitted.mid(4));
    QCOMPARE(session.log->maxAhead, 8);
    QCOMPARE(session.log->ahead, 0);
}

void TestRunController::failedCheckpointHaltsFromTheBusThread()
{
    QTemporaryDir dir;
    const RunConfig config = configFor(dir.path(), 12, 8, 4);
    Session session(config,
                    [](const QString &) { return ScriptedEngine::failure(ErrorKind::Parse); });
    QVERIFY(runToEnd(session));

    QCOMPARE(session.controller->exitCode(), 3);
    QCOMPARE(session.log->submitted.size(), 4); // nothing sent after the verdict
    // The next 8 were prepared meanwhile (locally), and dropped.
    QCOMPARE(session.log->preparedAhead.size(), 8);
    QCOMPARE(session.log->ahead, 8);
    QCOMPARE(session.ofType(EventType::SpecimenProcessing).size(), 4);
    QCOMPARE(recordCount(config.outFolder), 4);
    QVERIFY(session.failure());
    QCOMPARE(session.failure()->reason, FailureReason::EarlyValidationFailed);
    QVERIFY(QFileInfo::exists(config.outFolder + QStringLiteral("/run.json")));
}

void TestRunController::fatalErrorStopsTheRun()
{
    QTemporaryDir dir;
    const RunConfig config = configFor(dir.path(), 12, 1, 5);
    // Held: the first specimen is answered (401, fatal) by the test; whatever the controller
    // sends before the halt reaches it stays in flight until the halt cancels it.
    Session session(
        config, [](const QString &) { return ScriptedEngine::failure(ErrorKind::Http, true, 401); },
        true);
    session.controller->start();
    QTRY_COMPARE_WITH_TIMEOUT(session.log->submitted.size(), 1, 60000);
    session.engine->release();
    QVERIFY(session.finished->wait(60000));

    QCOMPARE(session.controller->exitCode(), 4);
    QVERIFY(session.failure());
    QCOMPARE(session.failure()->reason, FailureReason::FatalError);
    // At most the one sent while the halt was on its way, and that one was cancelled.
    QVERIFY(session.log->submitted.size() <= 2);
    QCOMPARE(session.log->cancelled, session.log->submitted.size() - 1);
    QCOMPARE(recordCount(config.outFolder), 1); // a cancelled specimen leaves no record
    QCOMPARE(session.log->inFlight, 0);
}

void TestRunController::engineThatCannotStartFailsThePreflight()
{
    QTemporaryDir dir;
    const RunConfig config = configFor(dir.path(), 3, 2, 5);
    RunController controller(config, [](const RunConfig &, const Prompt &, QString *error) {
        *error = QStringLiteral("the engine has no language data");
        return std::unique_ptr<Engine>();
    });
    EventBatch events;
    connect(&controller, &RunController::eventsDelivered, &controller,
            [&](const EventBatch &batch) { events << batch; });
    QSignalSpy finished(&controller, &RunController::finished);
    controller.start();
    QVERIFY(finished.wait(60000));

    QCOMPARE(controller.exitCode(), 4);
    QVERIFY(!events.isEmpty());
    const auto *failure = events.constLast().as<ExtractionFailed>();
    QVERIFY(failure);
    QCOMPARE(failure->reason, FailureReason::PreflightFailed);
    QCOMPARE(failure->message, QStringLiteral("the engine has no language data"));
    QCOMPARE(controller.specimensSent(), 0);
}

void TestRunController::resumeSendsOnlyWhatDidNotFinish()
{
    QTemporaryDir dir;
    RunConfig config = configFor(dir.path(), 6, 2, 5);
    const auto firstScript = [](const QString &id) {
        if (id == QLatin1String("sheet_002.jpg"))
            return ScriptedEngine::failure(ErrorKind::Parse);
        if (id == QLatin1String("sheet_004.jpg") || id == QLatin1String("sheet_005.jpg"))
            return ScriptedEngine::failure(ErrorKind::Image);
        return ScriptedEngine::success();
    };
    {
        Session first(config, firstScript);
        QVERIFY(runToEnd(first));
        QCOMPARE(first.controller->exitCode(), 0);
        QCOMPARE(first.log->submitted.size(), 6);
    }
    // An unreadable file that was replaced since is read again; one left as it was is not.
    // (Another size: a sheet drawn like sheet_001 would be its duplicate, processed once.)
    const QStringList replaced
        = test::writeSheets(dir.path() + QStringLiteral("/other"), 1, QSize(250, 370));
    QVERIFY(QFile::remove(config.imagesFolder + QStringLiteral("/sheet_004.jpg")));
    QVERIFY(
        QFile::copy(replaced.constFirst(), config.imagesFolder + QStringLiteral("/sheet_004.jpg")));

    config.resume = true;
    Session second(config, [](const QString &) { return ScriptedEngine::success(); });
    QVERIFY(runToEnd(second));
    QCOMPARE(second.controller->exitCode(), 0);

    QStringList sent = second.log->submitted;
    sent.sort();
    QCOMPARE(sent,
             (QStringList { QStringLiteral("sheet_002.jpg"), QStringLiteral("sheet_004.jpg") }));
    QStringList skipped;
    for (const Event *event : second.ofType(EventType::SpecimenSkipped))
        skipped << event->as<SpecimenSkipped>()->specimenId + QLatin1Char(' ')
                + event->as<SpecimenSkipped>()->reason;
    skipped.sort();
    QCOMPARE(skipped,
             (QStringList { QStringLiteral("sheet_000.jpg already succeeded"),
                            QStringLiteral("sheet_001.jpg already succeeded"),
                            QStringLiteral("sheet_003.jpg already succeeded"),
                            QStringLiteral("sheet_005.jpg unreadable, unchanged") }));
    const auto *started = second.ofType(EventType::ExtractionStarted).constFirst();
    QCOMPARE(started->as<ExtractionStarted>()->session, 2);
    QCOMPARE(started->as<ExtractionStarted>()->pendingCount, 2);
}

void TestRunController::resumeReadsOnlyFilesWhoseSizeOrTimeChanged()
{
    QTemporaryDir dir;
    RunConfig config = configFor(dir.path(), 3, 2, 5);
    // Sizes far apart, so that the duplicate scan hashes none of them: what the resume knows
    // of a file is then only what the records say (trailing bytes: the scripted engine reads
    // no image).
    const QStringList files = QDir(config.imagesFolder).entryList(QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 3);
    for (int i = 0; i < files.size(); ++i) {
        QFile file(config.imagesFolder + QLatin1Char('/') + files.at(i));
        QVERIFY(file.resize(100000 + 1000 * i));
    }
    {
        Session first(config, [](const QString &) { return ScriptedEngine::success(); });
        QVERIFY(runToEnd(first));
        QCOMPARE(first.log->submitted.size(), 3);
    }
    const auto rewrite = [&](const QString &name, bool keepTime) {
        QFile file(config.imagesFolder + QLatin1Char('/') + name);
        const QDateTime modified = QFileInfo(file).lastModified();
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(99990));
        QVERIFY(file.write("changed") == 7);
        file.close();
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(keepTime ? modified : modified.addSecs(3600),
                                 QFileDevice::FileModificationTime));
    };
    // sheet_000: other bytes, same size and time: taken as unchanged, not read again.
    rewrite(files.at(0), true);
    // sheet_001: the same bytes, a later time: read again, found unchanged.
    {
        QFile file(config.imagesFolder + QLatin1Char('/') + files.at(1));
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(QFileInfo(file).lastModified().addSecs(3600),
                                 QFileDevice::FileModificationTime));
    }
    // sheet_002: other bytes, a later time: sent again.
    rewrite(files.at(2), false);

    config.resume = true;
    Session second(config, [](const QString &) { return ScriptedEngine::success(); });
    QVERIFY(runToEnd(second));
    QCOMPARE(second.controller->exitCode(), 0);
    QCOMPARE(second.log->submitted, QStringList { files.at(2) });
    QStringList skipped;
    for (const Event *event : second.ofType(EventType::SpecimenSkipped))
        skipped << event->as<SpecimenSkipped>()->specimenId;
    skipped.sort();
    QCOMPARE(skipped, (QStringList { files.at(0), files.at(1) }));
    // The records say what was listed: size and time.
    const auto finals
        = RecordStore::readFinal(config.outFolder + QStringLiteral("/records.jsonl"), nullptr);
    const SpecimenRecord resent = finals.value(files.at(2));
    QCOMPARE(resent.fileSize, 102000);
    QCOMPARE(resent.fileModifiedMs,
             QFileInfo(config.imagesFolder + QLatin1Char('/') + files.at(2))
                 .lastModified()
                 .toMSecsSinceEpoch());
}

void TestRunController::resumedTrustChecksKnowTheEarlierRecords()
{
    // The checks are seeded on the pool while the resumed session starts; the first new record
    // must still be compared with the earlier ones.
    QTemporaryDir dir;
    RunConfig config = configFor(dir.path(), 3, 2, 5);
    const auto withCatalogue = [](const QString &catalogue) {
        EngineOutcome outcome = ScriptedEngine::success();
        outcome.record.dwc.insert(QStringLiteral("catalogNumber"), catalogue);
        return outcome;
    };
    {
        Session first(config, [&](const QString &id) {
            return withCatalogue(id == QLatin1String("sheet_000.jpg")
                                     ? QStringLiteral("DAO 4242")
                                     : QStringLiteral("DAO %1").arg(id));
        });
        QVERIFY(runToEnd(first));
        QCOMPARE(first.controller->exitCode(), 0);
    }
    // A sheet added since (another size: not a duplicate) answers with sheet_000's number.
    const QStringList added
        = test::writeSheets(dir.path() + QStringLiteral("/other"), 1, QSize(250, 370));
    QVERIFY(
        QFile::copy(added.constFirst(), config.imagesFolder + QStringLiteral("/sheet_new.jpg")));
    config.resume = true;
    Session second(config,
                   [&](const QString &) { return withCatalogue(QStringLiteral("DAO 4242")); });
    QVERIFY(runToEnd(second));
    QCOMPARE(second.log->submitted, QStringList { QStringLiteral("sheet_new.jpg") });
    const auto finals
        = RecordStore::readFinal(config.outFolder + QStringLiteral("/records.jsonl"), nullptr);
    const QString flag = QStringLiteral("repeated_value:catalogNumber");
    QVERIFY(finals.value(QStringLiteral("sheet_new.jpg")).flags.contains(flag));
    QVERIFY(finals.value(QStringLiteral("sheet_000.jpg")).flags.contains(flag));
    QVERIFY(finals.value(QStringLiteral("sheet_001.jpg")).flags.isEmpty());
}

// Issue 13: a session that ends in a reviewed run folder writes occurrence.csv with the
// corrections applied and the rejected records left out, not the machine's values again.
void TestRunController::resumeAfterAReviewExportsTheReviewedState()
{
    QTemporaryDir dir;
    RunConfig config = configFor(dir.path(), 3, 1, 5);
    {
        Session first(config, [](const QString &) { return ScriptedEngine::success(); });
        QVERIFY(runToEnd(first));
        QCOMPARE(first.controller->exitCode(), 0);
    }
    QCOMPARE(test::occurrenceRowCount(config.outFolder), 3);
    {
        QString error;
        auto reviews = ReviewLog::open(config.outFolder, &error);
        QVERIFY2(reviews, qPrintable(error));
        ReviewEntry rejected;
        rejected.specimenId = QStringLiteral("sheet_001.jpg");
        rejected.statusFrom = ReviewStatus::Unreviewed;
        rejected.statusTo = ReviewStatus::Rejected;
        QVERIFY(reviews->append(rejected, &error));
        ReviewEntry corrected;
        corrected.specimenId = QStringLiteral("sheet_000.jpg");
        corrected.field = QStringLiteral("recordedBy");
        corrected.before = QStringLiteral("A. Script");
        corrected.after = QStringLiteral("Corrected Collector");
        QVERIFY(reviews->append(corrected, &error));
    }
    config.resume = true;
    Session second(config, [](const QString &) { return ScriptedEngine::success(); });
    QVERIFY(runToEnd(second));
    QCOMPARE(second.controller->exitCode(), 0);
    QCOMPARE(test::occurrenceRowCount(config.outFolder), 2);
    const QByteArray csv = test::readFile(config.outFolder + QStringLiteral("/occurrence.csv"));
    QVERIFY(csv.contains("Corrected Collector"));
    QVERIFY(csv.contains("dynamicProperties"));
}

void TestRunController::interruptCancelsWhatIsInFlight_data()
{
    QTest::addColumn<int>("exitCode");
    QTest::newRow("Ctrl-C") << 130;
    QTest::newRow("SIGTERM") << 143;
}

void TestRunController::interruptCancelsWhatIsInFlight()
{
    QFETCH(int, exitCode);
    QTemporaryDir dir;
    const RunConfig config = configFor(dir.path(), 10, 3, 5);
    Session session(
        config, [](const QString &) { return ScriptedEngine::success(); }, true);
    session.controller->start();
    QTRY_COMPARE_WITH_TIMEOUT(session.log->submitted.size(), 3, 60000);

    session.controller->interrupt(exitCode);
    QVERIFY(session.finished->wait(60000));
    QCOMPARE(session.controller->exitCode(), exitCode);
    QCOMPARE(session.log->submitted.size(), 3); // nothing sent after the interrupt
    QCOMPARE(session.log->cancelled, 3);
    QCOMPARE(session.log->inFlight, 0);
    QVERIFY(session.failure());
    QCOMPARE(session.failure()->reason, FailureReason::Interrupted);
    // Cancelled specimens have no record, so a resume sends them again.
    QCOMPARE(recordCount(config.outFolder), 0);
    QCOMPARE(session.ofType(EventType::SpecimenFailed).size(), 3);
}

QTEST_GUILESS_MAIN(TestRunController)
#include "tst_runcontroller.moc"
