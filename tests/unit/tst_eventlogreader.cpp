#include "TestSupport.h"
#include "events/EventJson.h"
#include "events/EventLogFollower.h"
#include "events/JsonlEventLog.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace herb;

namespace {
QByteArray line(qint64 seq)
{
    Event event = Event::processing(QStringLiteral("s%1.jpg").arg(seq));
    event.runId = QStringLiteral("r");
    event.seq = seq;
    return QByteArray::fromStdString(eventLine(event));
}

bool append(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Append) && file.write(bytes) == bytes.size();
}
} // namespace

class TestEventLogReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<EventBatch>(); }

    void tornLastLineIsToleratedNotReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("events.jsonl"));
        QVERIFY(test::writeFile(path, line(1) + line(2) + "{\"event_type\":\"spec"));
        const auto result = EventLogReader::readAll(path);
        QCOMPARE(result.events.size(), size_t(2));
        QVERIFY(result.corruptions.empty());
        QVERIFY(result.tornTail);
    }

    void corruptionElsewhereIsReportedWithItsLineNumber()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("events.jsonl"));
        QVERIFY(test::writeFile(path, line(1) + "garbage\n" + line(3) + "\n" + line(4)));
        const auto result = EventLogReader::readAll(path);
        QCOMPARE(result.events.size(), size_t(3));
        QCOMPARE(result.corruptions.size(), size_t(1));
        QCOMPARE(result.corruptions.front().lineNumber, 2);
        QVERIFY(!result.tornTail);
    }

    void missingFileIsAnErrorNamingIt()
    {
        const auto result = EventLogReader::readAll(QStringLiteral("/nonexistent/events.jsonl"));
        QVERIFY(result.error.contains(QLatin1String("/nonexistent/events.jsonl")));
    }

    void incrementalReadsConsumeOnlyWholeLines()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("events.jsonl"));
        QVERIFY(test::writeFile(path, line(1)));
        EventLogReader reader(path);
        std::vector<Event> events;
        std::vector<LogCorruption> corruptions;
        QVERIFY(reader.readAvailable(events, corruptions, nullptr));
        QCOMPARE(events.size(), size_t(1));

        const QByteArray second = line(2);
        QVERIFY(append(path, second.left(10))); // a writer in the middle of a line
        QVERIFY(reader.readAvailable(events, corruptions, nullptr));
        QCOMPARE(events.size(), size_t(1));
        QVERIFY(reader.hasTornTail());
        QVERIFY(append(path, second.mid(10) + line(3)));
        QVERIFY(reader.readAvailable(events, corruptions, nullptr));
        QCOMPARE(events.size(), size_t(3));
        QCOMPARE(events.back().seq, 3);
        QVERIFY(corruptions.empty());
    }

    void followerSurvivesTheWritersTailRepair()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("events.jsonl"));
        // A crashed writer left a torn line.
        QVERIFY(test::writeFile(path, line(1) + line(2) + "{\"event_type\":\"torn"));
        EventLogFollower follower(path);
        QSignalSpy read(&follower, &EventLogFollower::eventsRead);
        QSignalSpy corrupt(&follower, &EventLogFollower::corruptLine);
        follower.start(20);
        QCOMPARE(read.size(), 1);
        QCOMPARE(read.first().first().value<EventBatch>().size(), 2);

        // A new writer repairs the tail and continues.
        auto log = JsonlEventLog::open(path, {}, nullptr);
        QVERIFY(log);
        QCOMPARE(log->lastSeq(), 2);
        std::string more = line(3).toStdString();
        QVERIFY(log->append(more));
        QTRY_COMPARE(read.size(), 2);
        const EventBatch batch = read.at(1).first().value<EventBatch>();
        QCOMPARE(batch.size(), 1);
        QCOMPARE(batch.first().seq, 3);
        QCOMPARE(corrupt.size(), 0);
    }

    // A log truncated and written again is a new log, even when it grew past the old end.
    void aTruncatedAndRegrownLogIsReadFromItsStart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("events.jsonl"));
        QVERIFY(test::writeFile(path, line(1) + line(2)));
        EventLogReader reader(path);
        std::vector<Event> events;
        std::vector<LogCorruption> corruptions;
        QVERIFY(reader.readAvailable(events, corruptions, nullptr));
        QCOMPARE(events.size(), size_t(2));
        QVERIFY(!reader.takeRestarted());

        QFile file(path); // in place: the same file, new content
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        Event other = Event::processing(QStringLiteral("other.jsonl"));
        other.runId = QStringLiteral("another-run");
        for (int seq = 1; seq <= 4; ++seq) {
            other.seq = seq;
            file.write(QByteArray::fromStdString(eventLine(other)));
        }
        file.close();
        events.clear();
        QVERIFY(reader.readAvailable(events, corruptions, nullptr));
        QVERIFY(reader.takeRestarted());
        QVERIFY(!reader.takeRestarted()); // said once
        QCOMPARE(events.size(), size_t(4));
        QCOMPARE(events.front().runId, QStringLiteral("another-run"));
        QCOMPARE(events.front().seq, 1);
        QVERIFY(corruptions.empty());
    }

    void aLogDeletedWhileFollowedIsGone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("events.jsonl"));
        QVERIFY(test::writeFile(path, line(1)));
        EventLogFollower follower(path);
        QSignalSpy read(&follower, &EventLogFollower::eventsRead);
        QSignalSpy failed(&follower, &EventLogFollower::readFailed);
        follower.start(20);
        QCOMPARE(read.size(), 1);
        QVERIFY(QFile::remove(path));
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains(QLatin1String("deleted or renamed")));
        // Following stopped: no error every poll from now on.
        QTest::qWait(100);
        QCOMPARE(failed.size(), 1);
    }

    void aLogOfThePythonToolIsReadAndNamedSo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("events.jsonl"));
        QVERIFY(test::writeFile(
            path,
            R"({"event_type": "extraction.started", "timestamp": "2025-10-10T18:39:00.123456+00:00", "data": {"total_specimens": 4}}
{"event_type": "validation.checkpoint", "timestamp": "2025-10-10T18:39:01.5+00:00", "data": {"checkpoint": 5, "status": "passed", "success_rate": 0.8}}
)"));
        const auto result = EventLogReader::readAll(path);
        QVERIFY(result.legacyFormat);
        QVERIFY(result.corruptions.empty());
        QCOMPARE(result.events.size(), size_t(2));
        QCOMPARE(result.events[0].as<ExtractionStarted>()->specimenCount, 4);
        QCOMPARE(result.events[1].as<ValidationCheckpoint>()->checked, 5);
        QCOMPARE(result.events[1].seq, 2);
        QVERIFY(!EventLogReader::readAll(dir.filePath(QStringLiteral("x"))).legacyFormat);
    }
};

QTEST_GUILESS_MAIN(TestEventLogReader)
#include "tst_eventlogreader.moc"
