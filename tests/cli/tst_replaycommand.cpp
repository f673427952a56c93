#include "CliRun.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

#if defined(Q_OS_UNIX)
#include <sys/stat.h>
#endif

// `herbstream replay` (issue 10, issue 16 §3): pipes, FIFOs and standard input; --json; logs of
// the original Python tool; --follow on a log deleted, renamed, or truncated and regrown.
class TestReplayCommand : public QObject
{
    Q_OBJECT

private:
    using Outcome = herb::test::CliOutcome;

    static Outcome finish(QProcess &process)
    {
        return herb::test::finishHerbstream(process, 60000);
    }

    static Outcome run(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcess process;
        process.start(QStringLiteral(HERBSTREAM_EXE), arguments);
        process.waitForStarted();
        if (!input.isNull()) {
            process.write(input);
            process.closeWriteChannel(); // a pipe: its size is 0 and it ends when closed
        }
        return finish(process);
    }

    static QJsonObject json(const QByteArray &out)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
        if (!doc.isObject())
            qWarning("not one JSON object (%s): %s", qPrintable(error.errorString()),
                     out.constData());
        return doc.object();
    }

    static QByteArray line(const QJsonObject &object)
    {
        return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    }

    static QByteArray event(const char *runId, int seq, const char *type, const QJsonObject &data)
    {
        return line(
            { { "event_type", type },
              { "timestamp",
                QStringLiteral("2026-12-01T10:00:%1.000Z").arg(seq % 60, 2, 10, QLatin1Char('0')) },
              { "run_id", runId },
              { "seq", seq },
              { "data", data } });
    }

    // A run of `count` specimens: started and completed events, and the end when `finished`.
    static QByteArray runLog(const char *runId, int count, bool finished)
    {
        QByteArray log = event(runId, 1, "extraction.started",
                               { { "session", 1 }, { "specimen_count", count } });
        int seq = 1;
        for (int i = 1; i <= count; ++i)
            log += event(
                runId, ++seq, "specimen.completed",
                { { "specimen_id", QStringLiteral("s%1.jpg").arg(i) },
                  { "sequence", i },
                  { "result", QJsonObject { { "success", true }, { "fields_extracted", 5 } } } });
        if (finished)
            log += event(runId, ++seq, "extraction.completed", { { "session", 1 } });
        return log;
    }

    static QJsonObject metrics(int processed, int failed)
    {
        return { { "total_processed", processed },
                 { "success_count", processed - failed },
                 { "failed_count", failed },
                 { "success_rate", double(processed - failed) / processed } };
    }

    // The Python tool's log: no run_id or seq, isoformat timestamps, `checkpoint`,
    // `total_specimens`, and a failure written as completed with success false.
    static QByteArray pythonLog()
    {
        auto python = [](const char *type, const char *timestamp, const QJsonObject &data) {
            return line({ { "event_type", type }, { "timestamp", timestamp }, { "data", data } });
        };
        auto specimen = [&](const char *id, int sequence, bool success, const char *timestamp) {
            return python("specimen.completed", timestamp,
                          { { "specimen_id", id },
                            { "sequence", sequence },
                            { "success", success },
                            { "metrics", metrics(sequence, sequence == 3 ? 1 : 0) } });
        };
        return python("extraction.started", "2025-10-10T18:39:00.123456+00:00",
                      { { "total_specimens", 6 }, { "model", "qwen-vl" } })
            + specimen("a.jpg", 1, true, "2025-10-10T18:39:02.250000+00:00")
            + specimen("b.jpg", 2, true, "2025-10-10T18:39:03.500000+00:00")
            + specimen("c.jpg", 3, false, "2025-10-10T18:39:04.000001+00:00")
            + python("validation.checkpoint", "2025-10-10T18:39:04.100000+00:00",
                     { { "checkpoint", 3 }, { "status", "passed" }, { "success_rate", 0.667 } })
            + python("extraction.completed", "2025-10-10T18:39:05.000000+00:00",
                     { { "metrics", metrics(3, 1) } });
    }

    // Starts `replay --follow --json` and waits until it has read the log's first event.
    static bool startFollowing(QProcess &process, const QString &log)
    {
        process.start(QStringLiteral(HERBSTREAM_EXE),
                      { QStringLiteral("replay"), QStringLiteral("--follow"),
                        QStringLiteral("--json"), log });
        if (!process.waitForStarted())
            return false;
        QByteArray err;
        for (int i = 0; i < 600 && !err.contains("Run "); ++i) {
            process.waitForReadyRead(100);
            err += process.readAllStandardError();
        }
        return err.contains("Run ");
    }

private Q_SLOTS:
    void readsStandardInputAndDevStdin_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("-") << QStringLiteral("-");
        QTest::newRow("/dev/stdin") << QStringLiteral("/dev/stdin");
    }

    void readsStandardInputAndDevStdin()
    {
        QFETCH(QString, path);
        const Outcome outcome = run({ QStringLiteral("replay"), QStringLiteral("--json"), path },
                                    runLog("R1", 4, true));
        QCOMPARE(outcome.exitCode, 0);
        const QJsonObject summary = json(outcome.out);
        QCOMPARE(summary.value(QLatin1String("events")).toInt(), 6);
        QCOMPARE(summary.value(QLatin1String("run_id")).toString(), QStringLiteral("R1"));
        QCOMPARE(summary.value(QLatin1String("state")).toString(), QStringLiteral("completed"));
        QCOMPARE(summary.value(QLatin1String("metrics"))
                     .toObject()
                     .value(QLatin1String("success_count"))
                     .toInt(),
                 4);
    }

    void readsAFifo()
    {
#if !defined(Q_OS_UNIX)
        QSKIP("named pipes made with mkfifo are a Unix feature");
#else
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("events.fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QProcess process;
        process.start(QStringLiteral(HERBSTREAM_EXE),
                      { QStringLiteral("replay"), QStringLiteral("--json"), fifo });
        QVERIFY(process.waitForStarted());
        // Opening a FIFO for writing waits for its reader: the replay above.
        std::thread writer([&] {
            QFile file(fifo);
            if (file.open(QIODevice::WriteOnly)) {
                const QByteArray log = runLog("R2", 3, true);
                file.write(log.left(100));
                file.flush();
                file.write(log.mid(100));
            }
        });
        const Outcome outcome = finish(process);
        writer.join();
        QCOMPARE(outcome.exitCode, 0);
        QCOMPARE(json(outcome.out).value(QLatin1String("events")).toInt(), 5);
#endif
    }

    void jsonIsOneObject()
    {
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("events.jsonl"));
        QVERIFY(herb::test::writeFile(log, runLog("R3", 2, true)));
        const Outcome outcome
            = run({ QStringLiteral("replay"), dir.path(), QStringLiteral("--json") });
        QCOMPARE(outcome.exitCode, 0);
        QCOMPARE(outcome.out.count('\n'), 1);
        const QJsonObject summary = json(outcome.out);
        QCOMPARE(summary.value(QLatin1String("format")).toString(), QStringLiteral("herbstream"));
        QCOMPARE(summary.value(QLatin1String("exit_code")).toInt(), 0);
        QCOMPARE(summary.value(QLatin1String("events_by_type"))
                     .toObject()
                     .value(QLatin1String("specimen.completed"))
                     .toInt(),
                 2);
        QCOMPARE(summary.value(QLatin1String("corrupt_lines")).toInt(), 0);
    }

    void summarisesALogOfThePythonTool()
    {
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("events.jsonl"));
        QVERIFY(herb::test::writeFile(log, pythonLog()));
        const Outcome text = run({ QStringLiteral("replay"), log });
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.err.contains("older format"), text.err.constData());
        QVERIFY2(!text.err.contains("corrupt"), text.err.constData());
        QVERIFY(text.out.contains("3 processed, 2 succeeded, 1 failed"));

        const QJsonObject summary
            = json(run({ QStringLiteral("replay"), QStringLiteral("--json"), log }).out);
        QCOMPARE(summary.value(QLatin1String("format")).toString(), QStringLiteral("python"));
        QCOMPARE(summary.value(QLatin1String("events")).toInt(), 6);
        QCOMPARE(summary.value(QLatin1String("state")).toString(), QStringLiteral("completed"));
        const QJsonObject checkpoint = summary.value(QLatin1String("checkpoint")).toObject();
        QCOMPARE(checkpoint.value(QLatin1String("checked")).toInt(), 3);
        QCOMPARE(checkpoint.value(QLatin1String("status")).toString(), QStringLiteral("passed"));
        const QJsonObject metrics = summary.value(QLatin1String("metrics")).toObject();
        QCOMPARE(metrics.value(QLatin1String("specimen_count")).toInt(), 6);
        QCOMPARE(metrics.value(QLatin1String("failed_count")).toInt(), 1);
        QCOMPARE(summary.value(QLatin1String("first_timestamp")).toString(),
                 QStringLiteral("2025-10-10T18:39:00.123Z"));
    }

    // Herbstream's own logs keep their format: a line without run_id or seq in one is corrupt.
    void aHerbstreamLineWithoutSeqIsStillCorrupt()
    {
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("events.jsonl"));
        QByteArray bytes = runLog("R4", 2, false);
        // Valid JSON, but neither run_id nor seq: corrupt in a Herbstream log.
        bytes += line({ { "event_type", "specimen.completed" },
                        { "timestamp", "2026-12-01T10:00:09.000Z" },
                        { "data", QJsonObject() } });
        QVERIFY(herb::test::writeFile(log, bytes));
        const Outcome outcome = run({ QStringLiteral("replay"), log });
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY2(outcome.err.contains(":4: corrupt line: no run_id"), outcome.err.constData());
        QVERIFY(!outcome.err.contains("older format"));
    }

    void followNoticesALogDeletedOrRenamed_data()
    {
        QTest::addColumn<bool>("rename");
        QTest::newRow("deleted") << false;
        QTest::newRow("renamed") << true;
    }

    void followNoticesALogDeletedOrRenamed()
    {
        QFETCH(bool, rename);
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("events.jsonl"));
        QVERIFY(herb::test::writeFile(log, runLog("R5", 2, false)));
        QProcess process;
        QVERIFY(startFollowing(process, log));
        if (rename)
            QVERIFY(QFile::rename(log, dir.filePath(QStringLiteral("events-old.jsonl"))));
        else
            QVERIFY(QFile::remove(log));
        const Outcome outcome = finish(process);
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY2(outcome.err.contains("deleted or renamed"), outcome.err.constData());
        QCOMPARE(json(outcome.out).value(QLatin1String("events")).toInt(), 3);
    }

    // A log truncated and written again is a new log: its events alone are summarised.
    void followTreatsATruncatedAndRegrownLogAsANewLog()
    {
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("events.jsonl"));
        QVERIFY(herb::test::writeFile(log, runLog("OLD", 2, false)));
        QProcess process;
        QVERIFY(startFollowing(process, log));
        // Longer than before, so only its content tells it apart; written in place.
        QFile file(log);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(runLog("NEW", 5, true));
        file.close();
        const Outcome outcome = finish(process);
        QCOMPARE(outcome.exitCode, 0);
        QVERIFY2(outcome.err.contains("truncated or replaced"), outcome.err.constData());
        const QJsonObject summary = json(outcome.out);
        QCOMPARE(summary.value(QLatin1String("run_id")).toString(), QStringLiteral("NEW"));
        QCOMPARE(summary.value(QLatin1String("events")).toInt(), 7);
    }

    void followRefusesAPipe()
    {
        const Outcome outcome = run(
            { QStringLiteral("replay"), QStringLiteral("--follow"), QStringLiteral("-") }, "");
        QCOMPARE(outcome.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestReplayCommand)
#include "tst_replaycommand.moc"
