#include "ProcessSignals.h"
#include "TestSupport.h"
#include "events/EventJson.h"
#include "events/JsonlEventLog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace herb;

class TestJsonlEventLog : public QObject
{
    Q_OBJECT

private:
    static std::string lines(const QString &runId, qint64 firstSeq, int count)
    {
        std::string out;
        for (int i = 0; i < count; ++i) {
            Event event = Event::processing(QStringLiteral("s%1.jpg").arg(i));
            event.runId = runId;
            event.seq = firstSeq + i;
            appendEventLine(out, event);
        }
        return out;
    }

private Q_SLOTS:
    void newLogIsEmptyAndKeepsTheGivenRunId()
    {
        QTemporaryDir dir;
        QString error;
        auto log = JsonlEventLog::open(dir.filePath(QStringLiteral("run/events.jsonl")),
                                       { QStringLiteral("r1") }, &error);
        QVERIFY2(log, qPrintable(error));
        QCOMPARE(log->runId(), QStringLiteral("r1"));
        QCOMPARE(log->lastSeq(), 0);
        QVERIFY(!log->wasRepaired());
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("run/events.jsonl"))));
    }

    void appendWritesImmediatelyAndReopenContinuesSeq()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("events.jsonl"));
        {
            auto log = JsonlEventLog::open(path, { QStringLiteral("run-a") }, nullptr);
            std::string pending = lines(QStringLiteral("run-a"), 1, 3);
            QVERIFY(log->append(pending));
            QVERIFY(pending.empty());
            // Without close(): the bytes are already in the file (write(2), no user buffer).
            QCOMPARE(test::readLines(path).size(), 3);
        }
        auto reopened = JsonlEventLog::open(path, { QStringLiteral("ignored") }, nullptr);
        QCOMPARE(reopened->lastSeq(), 3);
        QCOMPARE(reopened->runId(), QStringLiteral("run-a")); // an existing log keeps its run id
    }

    void tornTailIsMovedAsideAndTruncated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("events.jsonl"));
        const std::string good = lines(QStringLiteral("r"), 1, 4);
        const QByteArray fragment = "{\"event_type\":\"specimen.comp";
        QVERIFY(test::writeFile(path, QByteArray::fromStdString(good) + fragment));

        auto log = JsonlEventLog::open(path, {}, nullptr);
        QVERIFY(log);
        QVERIFY(log->wasRepaired());
        QCOMPARE(log->repairedBytes(), fragment.size());
        QCOMPARE(log->lastSeq(), 4);
        QCOMPARE(test::readFile(path), QByteArray::fromStdString(good));
        QCOMPARE(test::readFile(path + QLatin1String(".torn")), fragment + '\n');

        std::string more = lines(QStringLiteral("r"), 5, 1);
        QVERIFY(log->append(more));
        const QByteArrayList all = test::readLines(path);
        QCOMPARE(all.size(), 5);
        QVERIFY(all.last().contains("\"seq\":5"));
    }

    void aLogWithoutAnyNewlineIsRepairedToEmpty()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("events.jsonl"));
        QVERIFY(test::writeFile(path, "{\"event_type\""));
        auto log = JsonlEventLog::open(path, { QStringLiteral("fresh") }, nullptr);
        QVERIFY(log);
        QCOMPARE(QFileInfo(path).size(), 0);
        QCOMPARE(log->lastSeq(), 0);
        QCOMPARE(log->runId(), QStringLiteral("fresh"));
    }

    void secondWriterIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("events.jsonl"));
        auto first = JsonlEventLog::open(path, {}, nullptr);
        QVERIFY(first);
        QString error;
        auto second = JsonlEventLog::open(path, {}, &error);
        QVERIFY(!second);
        QVERIFY2(error.contains(QLatin1String("in use")), qPrintable(error));
        QVERIFY(error.contains(QLatin1String("events.jsonl")));
        first->close();
        QVERIFY(JsonlEventLog::open(path, {}, nullptr)); // released on close
    }

    void readOnlyFolderIsAClearError()
    {
        if (test::runsAsRoot())
            QSKIP("running as root: a read-only folder is still writable");
        QTemporaryDir dir;
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
        QString error;
        auto log = JsonlEventLog::open(dir.filePath(QStringLiteral("events.jsonl")), {}, &error);
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!log);
        QVERIFY2(error.contains(QLatin1String("events.jsonl")), qPrintable(error));
    }

    void diskFullKeepsTheUnwrittenBytesAndSaysWhy()
    {
        if (!QFile::exists(QStringLiteral("/dev/full")))
            QSKIP("no /dev/full on this system");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("events.jsonl"));
        // A symlink to /dev/full: every write fails with ENOSPC, like a full disk.
        QVERIFY(QFile::link(QStringLiteral("/dev/full"), path));
        QString error;
        auto log = JsonlEventLog::open(path, { QStringLiteral("r") }, &error);
        QVERIFY2(log, qPrintable(error));
        std::string pending = lines(QStringLiteral("r"), 1, 2);
        const size_t size = pending.size();
        QVERIFY(!log->append(pending));
        QCOMPARE(pending.size(), size); // nothing silently dropped
        QVERIFY2(log->lastError().contains(QLatin1String("events.jsonl")),
                 qPrintable(log->lastError()));
    }

    void syncRunsSoonAfterARequest()
    {
        QTemporaryDir dir;
        JsonlEventLog::OpenOptions options;
        options.syncIntervalMs = 60000; // only requests can trigger it within the test
        auto log
            = JsonlEventLog::open(dir.filePath(QStringLiteral("events.jsonl")), options, nullptr);
        std::string pending = lines(QStringLiteral("r"), 1, 1);
        QVERIFY(log->append(pending));
        QCOMPARE(log->syncCount(), 0);
        log->requestSync();
        QTRY_COMPARE_WITH_TIMEOUT(log->syncCount(), 1, 5000);
    }
};

QTEST_GUILESS_MAIN(TestJsonlEventLog)
#include "tst_jsonleventlog.moc"
