#include "events/EventJson.h"
#include "events/JsonlEventLog.h"
#include "run/RunOutputs.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace herb;

namespace {

struct LogWriter
{
    std::unique_ptr<JsonlEventLog> log;
    qint64 seq = 0;
    qint64 clock = 1'764'000'000'000;

    void add(Event event)
    {
        event.seq = ++seq;
        event.runId = QStringLiteral("run-1");
        event.timestampMs = clock += 1000;
        std::string line;
        appendEventLine(line, event);
        QVERIFY(log->append(line));
    }

    void session(int number)
    {
        ExtractionStarted started;
        started.session = number;
        started.details = QJsonObject {
            { QStringLiteral("engine"), QStringLiteral("openai") },
            { QStringLiteral("model"), QStringLiteral("vision/m") },
            { QStringLiteral("prompt"),
              QJsonObject { { QStringLiteral("sha256"), QStringLiteral("abc") } } },
        };
        add(Event::started(started));
    }

    void specimen(const QString &id, bool success)
    {
        add(Event::processing(id));
        SpecimenFinished finished;
        finished.specimenId = id;
        if (!success)
            finished.error = { ErrorKind::Parse, 0, QStringLiteral("prose") };
        add(success ? Event::completed(finished) : Event::failed(finished));
    }
};

QJsonArray sessionsOf(const QString &folder)
{
    QFile file(QDir(folder).filePath(QStringLiteral("run.json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll())
        .object()
        .value(QLatin1String("sessions"))
        .toArray();
}

} // namespace

// Issue 16 §5: run.json lists every session, also one killed before it wrote run.json and one
// whose run.json could not be written (a full disk): they are rebuilt from events.jsonl.
class TestRunOutputs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sessionsMissingFromRunJsonAreRebuiltFromTheLog()
    {
        QTemporaryDir dir;
        LogWriter writer;
        writer.log = JsonlEventLog::open(dir.filePath(QStringLiteral("events.jsonl")),
                                         { QStringLiteral("run-1") }, nullptr);
        QVERIFY(writer.log);
        // Session 1: killed after two specimens (no terminal event, no run.json).
        writer.session(1);
        writer.specimen(QStringLiteral("a.jpg"), true);
        writer.specimen(QStringLiteral("b.jpg"), false);
        // Session 2: the disk filled; its extraction.failed reached the log, run.json did not.
        writer.session(2);
        writer.specimen(QStringLiteral("b.jpg"), true);
        writer.add(Event::extractionFailed(FailureReason::IoError, QStringLiteral("disk full"), 2));
        // Session 3 ends normally and writes run.json.
        writer.session(3);
        writer.log->close();

        RunConfig config;
        SessionSummary summary;
        summary.session = 3;
        summary.outcome = QStringLiteral("completed");
        QString error;
        QVERIFY2(writeRunJson(dir.path(), QStringLiteral("run-1"), config, summary, &error),
                 qPrintable(error));
        const QJsonArray sessions = sessionsOf(dir.path());
        QCOMPARE(sessions.size(), 3);
        const QJsonObject first = sessions.at(0).toObject();
        QCOMPARE(first.value(QLatin1String("session")).toInt(), 1);
        QCOMPARE(first.value(QLatin1String("outcome")).toString(), QStringLiteral("unfinished"));
        QCOMPARE(first.value(QLatin1String("processed")).toInt(), 2);
        QCOMPARE(first.value(QLatin1String("succeeded")).toInt(), 1);
        QCOMPARE(first.value(QLatin1String("failed")).toInt(), 1);
        QCOMPARE(first.value(QLatin1String("model")).toString(), QStringLiteral("vision/m"));
        QVERIFY(first.value(QLatin1String("rebuilt_from_log")).toBool());
        const QJsonObject second = sessions.at(1).toObject();
        QCOMPARE(second.value(QLatin1String("session")).toInt(), 2);
        QCOMPARE(second.value(QLatin1String("outcome")).toString(), QStringLiteral("failed"));
        QCOMPARE(second.value(QLatin1String("reason")).toString(), QStringLiteral("io_error"));
        const QJsonObject third = sessions.at(2).toObject();
        QCOMPARE(third.value(QLatin1String("session")).toInt(), 3);
        QVERIFY(!third.contains(QLatin1String("rebuilt_from_log")));

        // A second write keeps them once each.
        summary.session = 4;
        QVERIFY(writeRunJson(dir.path(), QStringLiteral("run-1"), config, summary, &error));
        QCOMPARE(sessionsOf(dir.path()).size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestRunOutputs)
#include "tst_runoutputs.moc"
