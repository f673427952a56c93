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
};

QTEST_GUILESS_MAIN(TestEventLogReader)
#include "tst_eventlogreader.moc"
