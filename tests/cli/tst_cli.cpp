#include "CliRun.h"
#include "ProcessSignals.h"
#include "TestSupport.h"
#include "events/EventLogReader.h"
#include "events/JsonlEventLog.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace herb;

// The command-line contract (DESIGN.md, "Command line"), through the built executable.
class TestCli : public QObject
{
    Q_OBJECT

private:
    using Outcome = test::CliOutcome;

    static Outcome run(const QStringList &arguments)
    {
        return test::runHerbstream(arguments, 60000);
    }

    static QStringList types(const QString &log)
    {
        QStringList result;
        for (const Event &e : EventLogReader::readAll(log).events)
            result << e.typeName();
        return result;
    }

    static QByteArray jq(const QString &filter, const QString &file)
    {
        QProcess process;
        process.start(QStringLiteral("jq"), { QStringLiteral("-c"), filter, file });
        process.waitForFinished(30000);
        return process.exitCode() == 0 ? process.readAllStandardOutput() : QByteArray("jq failed");
    }

    // Starts a long demo, waits until its log has at least `lines` lines.
    static bool startLongDemo(QProcess &process, const QString &folder, int lines)
    {
        process.start(QStringLiteral(HERBSTREAM_EXE),
                      { QStringLiteral("demo"), QStringLiteral("healthy"),
                        QStringLiteral("--count"), QStringLiteral("1000000"),
                        QStringLiteral("--latency-ms"), QStringLiteral("0"),
                        QStringLiteral("--out"), folder });
        if (!process.waitForStarted())
            return false;
        const QString log = folder + QLatin1String("/events.jsonl");
        for (int i = 0; i < 600; ++i) {
            if (test::readLines(log).size() >= lines)
                return true;
            QTest::qWait(50);
        }
        return false;
    }

private Q_SLOTS:
    void versionAndHelp()
    {
        const Outcome version = run({ QStringLiteral("--version") });
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("herbstream "));
        const Outcome help = run({ QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("herbstream replay"));
        QVERIFY(help.out.contains("Exit codes"));
    }

    void usageErrorsExitWithTwo()
    {
        QCOMPARE(run({ QStringLiteral("frobnicate") }).exitCode, 2);
        QCOMPARE(run({ QStringLiteral("replay") }).exitCode, 2);
        QCOMPARE(run({ QStringLiteral("replay"), QStringLiteral("--bogus"), QStringLiteral("x") })
                     .exitCode,
                 2);
        QCOMPARE(run({ QStringLiteral("demo"), QStringLiteral("sideways") }).exitCode, 2);
    }

    void healthyDemoCompletesAndTheSeedsJqRecipesWork()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("healthy"));
        const Outcome outcome = run({ QStringLiteral("demo"), QStringLiteral("healthy"),
                                      QStringLiteral("--latency-ms"), QStringLiteral("2"),
                                      QStringLiteral("--out"), folder });
        QCOMPARE(outcome.exitCode, 0);
        QVERIFY(outcome.err.contains("Checkpoint passed"));
        QVERIFY(outcome.out.contains("completed"));
        const QString log = folder + QLatin1String("/events.jsonl");
        const QStringList t = types(log);
        QCOMPARE(t.first(), QStringLiteral("extraction.started"));
        QCOMPARE(t.last(), QStringLiteral("extraction.completed"));
        QCOMPARE(t.count(QStringLiteral("specimen.completed"))
                     + t.count(QStringLiteral("specimen.failed")),
                 25);

        if (QStandardPaths::findExecutable(QStringLiteral("jq")).isEmpty())
            QSKIP("jq is not installed (.ci/run installs it)");
        // The three recipes of the original design, verbatim.
        QProcess countsInFolder;
        countsInFolder.setWorkingDirectory(folder);
        countsInFolder.start(
            QStringLiteral("sh"),
            { QStringLiteral("-c"),
              QStringLiteral("jq -r '.event_type' events.jsonl | sort | uniq -c") });
        QVERIFY(countsInFolder.waitForFinished());
        const QByteArray countText = countsInFolder.readAllStandardOutput();
        QVERIFY2(countText.contains("1 validation.checkpoint"), countText.constData());

        const QByteArray track
            = jq(QStringLiteral("select(.event_type == \"specimen.completed\") | {seq: "
                                ".data.sequence, rate: .data.metrics.success_rate}"),
                 log);
        const QByteArrayList rows = track.trimmed().split('\n');
        QCOMPARE(rows.size(), t.count(QStringLiteral("specimen.completed")));
        QVERIFY2(rows.first().startsWith("{\"seq\":1,\"rate\":1"), rows.first().constData());
        const QByteArray checkpoint
            = jq(QStringLiteral("select(.event_type == \"validation.checkpoint\")"), log);
        QVERIFY(checkpoint.contains("\"status\":\"passed\""));
    }

    void failingDemoStopsAtTheCheckpointWithExitThree()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("failing"));
        const Outcome outcome = run({ QStringLiteral("demo"), QStringLiteral("failing"),
                                      QStringLiteral("--latency-ms"), QStringLiteral("2"),
                                      QStringLiteral("--out"), folder });
        QCOMPARE(outcome.exitCode, 3);
        const QString log = folder + QLatin1String("/events.jsonl");
        const QStringList t = types(log);
        QCOMPARE(t.count(QStringLiteral("specimen.processing")),
                 5); // nothing dispatched after the verdict
        QCOMPARE(t.count(QStringLiteral("specimen.failed")), 5);
        QCOMPARE(t.count(QStringLiteral("validation.checkpoint")), 1);
        QCOMPARE(t.last(), QStringLiteral("extraction.failed"));
        const Event last = EventLogReader::readAll(log).events.back();
        QCOMPARE(last.as<ExtractionFailed>()->reason, FailureReason::EarlyValidationFailed);

        const Outcome replay = run({ QStringLiteral("replay"), log });
        QCOMPARE(replay.exitCode, 0);
        QVERIFY(replay.out.contains("stopped: early_validation_failed"));
        QVERIFY(replay.out.contains("Checkpoint:  FAILED, 0 of 5"));
        QVERIFY(replay.out.contains("specimen.failed"));
    }

    void replayToleratesATornLogAndNamesCorruptLines()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("run"));
        QCOMPARE(run({ QStringLiteral("demo"), QStringLiteral("--latency-ms"), QStringLiteral("0"),
                       QStringLiteral("--out"), folder })
                     .exitCode,
                 0);
        const QString log = folder + QLatin1String("/events.jsonl");
        QByteArray bytes = test::readFile(log);
        QVERIFY(test::writeFile(log, bytes + "{\"event_type\":\"specimen.proc"));
        Outcome torn = run({ QStringLiteral("replay"), folder }); // a run folder works too
        QCOMPARE(torn.exitCode, 0);
        QVERIFY(torn.err.contains("incomplete"));
        QVERIFY(torn.out.contains("completed"));

        QByteArrayList lines = bytes.split('\n');
        lines[3] = "not json";
        QVERIFY(test::writeFile(log, lines.join('\n')));
        const Outcome corrupt = run({ QStringLiteral("replay"), log });
        QCOMPARE(corrupt.exitCode, 1);
        QVERIFY2(corrupt.err.contains("events.jsonl:4: corrupt line"), corrupt.err.constData());
    }

    void followTailsALiveRunUntilItEnds()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("live"));
        QProcess writer;
        writer.start(QStringLiteral(HERBSTREAM_EXE),
                     { QStringLiteral("demo"), QStringLiteral("--count"), QStringLiteral("40"),
                       QStringLiteral("--latency-ms"), QStringLiteral("50"),
                       QStringLiteral("--out"), folder });
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(folder + QLatin1String("/events.jsonl")), 20000);
        QProcess follower;
        follower.start(QStringLiteral(HERBSTREAM_EXE),
                       { QStringLiteral("replay"), QStringLiteral("--follow"), folder });
        QVERIFY(follower.waitForFinished(60000));
        QCOMPARE(follower.exitCode(), 0);
        const QByteArray err = follower.readAllStandardError();
        const QByteArray out = follower.readAllStandardOutput();
        QVERIFY2(err.contains("[40/40]"), err.right(400).constData()); // saw the last specimen live
        QVERIFY(out.contains("Run ") && out.contains(": completed"));
        QVERIFY(writer.waitForFinished(30000));
        QCOMPARE(writer.exitCode(), 0);
    }

    void interruptClosesTheLogWithExitCode_data()
    {
        QTest::addColumn<int>("signal");
        QTest::addColumn<int>("expectedExit");
        QTest::addRow("SIGINT") << int(SIGINT) << 130;
        QTest::addRow("SIGTERM") << int(SIGTERM) << 143;
    }

    void interruptClosesTheLogWithExitCode()
    {
        if (!test::kHasPosixSignals)
            QSKIP("no POSIX signals on this system (Windows: Ctrl+C is a console event)");
        QFETCH(int, signal);
        QFETCH(int, expectedExit);
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("interrupted"));
        QProcess process;
        QVERIFY(startLongDemo(process, folder, 200));
        QVERIFY(test::sendSignal(process, signal));
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), expectedExit);
        const auto events = EventLogReader::readAll(folder + QLatin1String("/events.jsonl")).events;
        QCOMPARE(events.back().typeName(), QStringLiteral("extraction.failed"));
        QCOMPARE(events.back().as<ExtractionFailed>()->reason, FailureReason::Interrupted);
    }

    // SIGKILL while events stream: no earlier line is corrupt, the reopened log repairs any torn
    // tail and continues seq, and a new session appends after it.
    void killedWriterLeavesARepairableLogThatContinues()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("killed"));
        const QString log = folder + QLatin1String("/events.jsonl");
        QProcess process;
        QVERIFY(startLongDemo(process, folder, 2000));
        process.kill(); // SIGKILL
        QVERIFY(process.waitForFinished(10000));

        const auto before = EventLogReader::readAll(log);
        QVERIFY(before.corruptions.empty());
        QVERIFY(before.events.size() >= 2000);
        for (size_t i = 0; i < before.events.size(); ++i)
            QCOMPARE(before.events[i].seq, qint64(i + 1));
        const qint64 lastSeq = before.events.back().seq;

        const Outcome resumed = run({ QStringLiteral("demo"), QStringLiteral("--count"),
                                      QStringLiteral("5"), QStringLiteral("--latency-ms"),
                                      QStringLiteral("0"), QStringLiteral("--out"), folder });
        QCOMPARE(resumed.exitCode, 0);
        const auto after = EventLogReader::readAll(log);
        QVERIFY(after.corruptions.empty());
        QVERIFY(!after.tornTail);
        for (size_t i = 0; i < after.events.size(); ++i)
            QCOMPARE(after.events[i].seq, qint64(i + 1));
        QVERIFY(after.events.back().seq > lastSeq);
        const auto *started = after.events[before.events.size()].as<ExtractionStarted>();
        QVERIFY(started);
        QCOMPARE(started->session, 2);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
