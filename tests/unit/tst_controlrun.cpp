// Issue 12, check 6, in the run: control sheets go first and decide the start; one comes again
// every K specimens; a model that drifts to records of other sheets is caught within K + 5
// specimens. RunController with a scripted engine, on real run folders.
#include "ScriptedEngine.h"
#include "SheetAnswers.h"
#include "TestImages.h"
#include "TestSupport.h"
#include "normalise/RecordNormaliser.h"
#include "run/RecordStore.h"
#include "run/RunController.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace herb;
using test::ScriptedEngine;

namespace {

constexpr int kControls = 5;

// The known values of the first kControls sheets, as a truth.csv.
QByteArray truthCsv()
{
    QByteArray csv = "specimen,catalogNumber,scientificName,recordedBy,recordNumber,eventDate,"
                     "locality,habitat\n";
    for (int i = 0; i < kControls; ++i) {
        const DwcRecord r = test::sheetRecord(i);
        csv += QStringLiteral("sheet_%1.jpg,%2,%3,%4,%5,%6,\"%7\",%8\n")
                   .arg(i, 3, 10, QLatin1Char('0'))
                   .arg(r.dwc.value(QStringLiteral("catalogNumber")),
                        r.dwc.value(QStringLiteral("scientificName")),
                        r.dwc.value(QStringLiteral("recordedBy")),
                        r.dwc.value(QStringLiteral("recordNumber")),
                        r.dwc.value(QStringLiteral("eventDate")),
                        r.dwc.value(QStringLiteral("locality")),
                        r.dwc.value(QStringLiteral("habitat")))
                   .toUtf8();
    }
    return csv;
}

struct Session
{
    std::shared_ptr<ScriptedEngine::Log> log = std::make_shared<ScriptedEngine::Log>();
    std::unique_ptr<RunController> controller;
    EventBatch events;
    std::unique_ptr<QSignalSpy> finished;

    Session(const RunConfig &config, ScriptedEngine::Script script)
    {
        controller = std::make_unique<RunController>(
            config, [this, script](const RunConfig &, const Prompt &, QString *) {
                return std::unique_ptr<Engine>(std::make_unique<ScriptedEngine>(script, log));
            });
        QObject::connect(controller.get(), &RunController::eventsDelivered, controller.get(),
                         [this](const EventBatch &batch) { events << batch; });
        finished = std::make_unique<QSignalSpy>(controller.get(), &RunController::finished);
    }

    bool run()
    {
        controller->start();
        return !finished->isEmpty() || finished->wait(60000);
    }

    std::optional<ValidationCheckpoint> controlCheckpoint() const
    {
        for (const Event &event : events) {
            if (const auto *c = event.as<ValidationCheckpoint>(); c && c->controls)
                return *c;
        }
        return std::nullopt;
    }
    QList<ControlScore> controlScores() const
    {
        QList<ControlScore> scores;
        for (const Event &event : events) {
            if (const auto *s = event.as<ControlScore>())
                scores.append(*s);
        }
        return scores;
    }
};

} // namespace

class TestControlRun : public QObject
{
    Q_OBJECT

private:
    RunConfig configFor(const QString &folder, int images)
    {
        RunConfig config;
        config.imagesFolder = test::writeSheetFolder(folder + QStringLiteral("/images"), images);
        config.outFolder = folder + QStringLiteral("/run");
        config.engine = EngineKind::Tesseract; // no key, no endpoint check
        config.concurrency = 4;
        config.trust.controlsPath = folder + QStringLiteral("/truth.csv");
        test::writeFile(config.trust.controlsPath, truthCsv());
        return config;
    }

private Q_SLOTS:
    void controlsGoFirstAndDecideTheStart()
    {
        QTemporaryDir dir;
        const RunConfig config = configFor(dir.path(), 30);
        Session session(config,
                        [](const QString &id) { return test::sheetAnswer(test::sheetIndex(id)); });
        QVERIFY(session.run());
        QCOMPARE(session.controller->exitCode(), 0);
        // The controls are the first specimens sent, and nothing else goes before their verdict.
        for (int i = 0; i < kControls; ++i)
            QCOMPARE(test::sheetIndex(session.log->submitted.at(i)), i);
        qsizetype sentBeforeVerdict = 0;
        for (const Event &event : std::as_const(session.events)) {
            if (event.type == EventType::SpecimenProcessing)
                ++sentBeforeVerdict;
            if (const auto *c = event.as<ValidationCheckpoint>(); c && c->controls)
                break;
        }
        QCOMPARE(sentBeforeVerdict, qsizetype(kControls));
        const auto checkpoint = session.controlCheckpoint();
        QVERIFY(checkpoint);
        QVERIFY(checkpoint->passed);
        QCOMPARE(checkpoint->checked, kControls);
        QCOMPARE(checkpoint->fieldsCompared, 7 * kControls);
        QCOMPARE(checkpoint->fieldsExact, 7 * kControls);
        QCOMPARE(session.controlScores().size(), kControls); // K = 50: none sent again
        QCOMPARE(test::readLines(config.outFolder + QStringLiteral("/controls.jsonl")).size(),
                 kControls);
    }

    void recordsOfOtherSheetsAreCaughtWithinKPlus5()
    {
        QTemporaryDir dir;
        RunConfig config = configFor(dir.path(), 100);
        config.concurrency = 1; // the answers in the order sent: the switch is exact
        constexpr int kGoodAnswers = 10;
        int answered = 0;
        Session session(config, [&answered](const QString &id) {
            // After 10 good answers, records of sheets of another folder.
            const int index = test::sheetIndex(id);
            return test::sheetAnswer(++answered <= kGoodAnswers ? index : index + 1000);
        });
        QVERIFY(session.run());
        QCOMPARE(session.controller->exitCode(), 0); // control_accuracy warns by default

        qint64 finished = 0;
        qint64 finishedAtWarning = -1;
        for (const Event &event : std::as_const(session.events)) {
            if (event.isSpecimenFinished())
                ++finished;
            const auto *warning = event.as<ValidationWarning>();
            if (warning && warning->reason == WarningReason::ControlAccuracy
                && finishedAtWarning < 0) {
                finishedAtWarning = finished;
                QVERIFY(!warning->evidence.isEmpty());
                QCOMPARE(warning->evidence.first().field, QStringLiteral("catalogNumber"));
            }
        }
        QVERIFY(session.controlCheckpoint() && session.controlCheckpoint()->passed);
        QVERIFY2(finishedAtWarning > 0, "no control_accuracy warning");
        const qint64 latency = finishedAtWarning - kGoodAnswers;
        qInfo("other sheets after %d answers: control_accuracy after %lld more specimens (K = %d)",
              kGoodAnswers, latency, config.trust.controlEvery);
        QVERIFY2(latency <= config.trust.controlEvery + 5, qPrintable(QString::number(latency)));

        // The controls sent again were scored, not written: one final record per image, each
        // control's the right one from the start, and 100 lines in records.jsonl.
        QCOMPARE(test::readLines(config.outFolder + QStringLiteral("/records.jsonl")).size(), 100);
        QString error;
        const auto finals
            = RecordStore::readFinal(config.outFolder + QStringLiteral("/records.jsonl"), &error);
        for (const SpecimenRecord &record : finals) {
            if (test::sheetIndex(record.specimenId) >= kControls)
                continue;
            // The answer as the run records it: normalised (kingdom, taxonRank added).
            DwcRecord expected = test::sheetRecord(test::sheetIndex(record.specimenId));
            normaliseRecord(expected, config.exportSettings);
            QCOMPARE(record.record.dwc, expected.dwc);
        }
        const QList<ControlScore> scores = session.controlScores();
        QVERIFY(scores.size() > kControls);
        QVERIFY(scores.last().recheck);
        QCOMPARE(scores.last().usage.promptTokens, 1000); // its cost is counted
        QCOMPARE(test::readLines(config.outFolder + QStringLiteral("/controls.jsonl")).size(),
                 scores.size());
        // Every image was sent once, and the controls again every 50.
        QCOMPARE(session.log->submitted.size(), 100 + int(scores.size()) - kControls);
    }

    void wrongControlsStopTheRunAtTheStart()
    {
        QTemporaryDir dir;
        const RunConfig config = configFor(dir.path(), 30);
        Session session(config, [](const QString &id) {
            return test::sheetAnswer(test::sheetIndex(id) + 1000);
        });
        QVERIFY(session.run());
        QCOMPARE(session.controller->exitCode(), 3);
        const auto checkpoint = session.controlCheckpoint();
        QVERIFY(checkpoint);
        QVERIFY(!checkpoint->passed);
        const auto *failure = session.events.constLast().as<ExtractionFailed>();
        QVERIFY(failure);
        QCOMPARE(failure->reason, FailureReason::EarlyValidationFailed);
        QVERIFY2(failure->message.contains(QLatin1String("control sheets")),
                 qPrintable(failure->message));
        // Only the controls (5, the checkpoint's size too) were sent.
        QCOMPARE(session.log->submitted.size(), kControls);
    }

    void resumeSendsTheControlsAgainFirst()
    {
        QTemporaryDir dir;
        RunConfig config = configFor(dir.path(), 12);
        {
            Session first(
                config, [](const QString &id) { return test::sheetAnswer(test::sheetIndex(id)); });
            QVERIFY(first.run());
            QCOMPARE(first.controller->exitCode(), 0);
        }
        // Every image has its record; the resumed session's model reads other sheets: its
        // controls, sent again at its start, stop it, and the records stay as they were.
        config.resume = true;
        Session resumed(config, [](const QString &id) {
            return test::sheetAnswer(test::sheetIndex(id) + 1000);
        });
        QVERIFY(resumed.run());
        QCOMPARE(resumed.controller->exitCode(), 3);
        QCOMPARE(resumed.log->submitted.size(), kControls);
        const QList<ControlScore> scores = resumed.controlScores();
        QCOMPARE(scores.size(), kControls);
        QVERIFY(scores.first().recheck);
        QVERIFY(resumed.controlCheckpoint() && !resumed.controlCheckpoint()->passed);
        QCOMPARE(test::readLines(config.outFolder + QStringLiteral("/records.jsonl")).size(), 12);
    }

    void badControlsFileFailsThePreflight()
    {
        QTemporaryDir dir;
        RunConfig config = configFor(dir.path(), 3);
        test::writeFile(config.trust.controlsPath,
                        "specimen,catalogNumber\nsheet_000.jpg,CAN 1\nsheet_999.jpg,CAN 2\n");
        Session session(config,
                        [](const QString &id) { return test::sheetAnswer(test::sheetIndex(id)); });
        QSignalSpy notices(session.controller.get(), &RunController::notice);
        QVERIFY(session.run());
        QCOMPARE(session.controller->exitCode(), 4);
        QVERIFY(session.log->submitted.isEmpty());
        QVERIFY(!notices.isEmpty());
        const QString notice = notices.constLast().first().toString();
        QVERIFY2(notice.contains(QLatin1String("row 3: 'sheet_999.jpg' is not an image")),
                 qPrintable(notice));
    }
};

QTEST_GUILESS_MAIN(TestControlRun)
#include "tst_controlrun.moc"
